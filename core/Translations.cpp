// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

const QString kLanguageKey = QStringLiteral("language");

}  // namespace

Translations::Language Translations::chosen()
{
    return languageFromKey(QSettings().value(kLanguageKey).toString()).value_or(Language::System);
}

void Translations::choose(Language language)
{
    QSettings settings;
    if (language == Language::System) {
        settings.remove(kLanguageKey);  // the system's, also when the system's language changes later
    } else {
        settings.setValue(kLanguageKey, keyOf(language));
    }
}

QString Translations::keyOf(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::French:
        return QStringLiteral("fr");
    case Language::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<Translations::Language> Translations::languageFromKey(const QString& key)
{
    for (Language language : {Language::System, Language::English, Language::French}) {
        if (keyOf(language) == key) {
            return language;
        }
    }
    return std::nullopt;
}

void Translations::install()
{
    install(Language::System);
}

void Translations::install(Language language)
{
    QLocale locale;
    if (language == Language::English) {
        locale = QLocale(QLocale::English);
    } else if (language == Language::French) {
        locale = QLocale(QLocale::French);
    }
    if (locale.language() == QLocale::C) {
        locale = QLocale(QLocale::English);
    }
    if (language != Language::System) {
        // Numbers and dates follow the language chosen ("2,6 semaines", not "2.6"), in the
        // system's country when it speaks that language, else in the language's home.
        const QLocale system = QLocale::system();
        if (system.language() == locale.language()) {
            locale = system;
        } else if (locale.language() == QLocale::English) {
            locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        }
        QLocale::setDefault(locale);
    }
    // Owned by the application object, so they live exactly as long as it does.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    auto* ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(locale, QStringLiteral("accreditation-desk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
    }
}
