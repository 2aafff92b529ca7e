// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Loads the translations that match the user's locale, for the desktop application and
// the command-line tool alike. The .qm files are compiled into the programs.
// The window's language may also be chosen on this computer (Settings > This computer),
// kept in QSettings and applied at the next start: translators are installed once, before
// any widget exists, so a change cannot reach the widgets already built.

#include <QString>

#include <optional>

namespace Translations {

/// The languages the window can be shown in.
enum class Language {
    System,  ///< the system's, as the locale says (the default)
    English,
    French
};

/// The language chosen on this computer; the system's when none is chosen.
Language chosen();
/// Keeps `language` as this computer's choice, for the next start.
void choose(Language language);
/// "system", "en" or "fr", as kept in the settings.
QString keyOf(Language language);
std::optional<Language> languageFromKey(const QString& key);

/// Installs our translation and Qt's own for the current locale; English plurals when the
/// locale is "C". Call once, after the application object exists.
void install();
/// The same for `language` (System: the locale's), as the window does with chosen().
void install(Language language);

}  // namespace Translations
