// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "PrintSettings.h"
#include "Translations.h"
#include "domain/Vocabulary.h"
#include "store/Store.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

/// A line under a field that says what it does, in the palette's quieter text.
QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

/// A form label whose mnemonic moves to `field`.
QLabel* labelFor(const QString& text, QWidget* field, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(field);
    return label;
}

}  // namespace

SettingsDialog::SettingsDialog(Store* store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    m_pages->setAccessibleName(tr("Settings pages"));
    m_pages->addTab(createFilePage(), tr("This File"));
    m_pages->addTab(createComputerPage(), tr("This Computer"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    if (m_store) {
        m_read = m_store->settings().values();
        showFileValues(m_read);
    }
    // Why the file's page cannot be changed, where the eye lands first.
    QString why;
    if (!m_store) {
        why = tr("No file is open: open one (File > Open) to see and change its settings.");
    } else if (m_store->isReadOnly()) {
        why = tr("The file's settings are shown but cannot be changed: %1").arg(m_store->readOnlyReason());
    }
    m_fileNotice->setText(why);
    m_fileNotice->setVisible(!why.isEmpty());
    m_fileForm->setEnabled(why.isEmpty());
    // The page the user can change comes first.
    m_pages->setCurrentIndex(why.isEmpty() ? 0 : 1);
    setMinimumWidth(640);
    // The wrapped lines need the height they take at this width (and the notice, when shown):
    // a dialog's minimum height does not follow its labels' height for width by itself.
    layout->activate();
    const int height = layout->totalHeightForWidth(minimumWidth());
    setMinimumHeight(std::max(height, sizeHint().height()));
    adjustSize();
}

QWidget* SettingsDialog::createFilePage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("fileSettingsPage"));
    m_fileNotice = new QLabel(page);
    m_fileNotice->setObjectName(QStringLiteral("fileSettingsNotice"));
    m_fileNotice->setWordWrap(true);
    m_fileNotice->setMargin(8);
    m_fileNotice->setStyleSheet(QStringLiteral("background: #fff4ce; color: #3d3000; border: 1px solid #e0c860;"));
    m_fileNotice->hide();

    m_fileForm = new QWidget(page);
    m_fileForm->setObjectName(QStringLiteral("fileSettingsForm"));
    auto* intro = hint(
        tr("Kept in the file, for everyone who opens it. Each change is recorded in the file's history."), m_fileForm);

    auto* data = new QGroupBox(tr("Backups and personal data"), m_fileForm);
    m_backups = new QSpinBox(data);
    m_backups->setObjectName(QStringLiteral("backupsToKeep"));
    m_backups->setAccessibleName(tr("Daily backups kept"));
    m_backups->setRange(1, 365);
    m_retention = new QSpinBox(data);
    m_retention->setObjectName(QStringLiteral("retentionYears"));
    m_retention->setAccessibleName(tr("Data retention period in years"));
    m_retention->setRange(1, 50);
    const QString backupFolder =
        m_store ? QFileInfo(m_store->path()).completeBaseName() + QStringLiteral("-backups") : QString();
    auto* dataForm = new QFormLayout(data);
    dataForm->addRow(labelFor(tr("Daily backups &kept:"), m_backups, data), m_backups);
    dataForm->addRow(hint(tr("Opening the file for editing makes one backup a day in the folder \"%1\" beside it; "
                             "older ones beyond this number are removed.")
                              .arg(backupFolder),
                          data));
    dataForm->addRow(labelFor(tr("Data &retention (years):"), m_retention, data), m_retention);
    dataForm->addRow(hint(tr("Years after their last decision when the data of candidates who did not consent to "
                             "keep it is due for erasure (the list's \"Retention due\" filter)."),
                          data));

    auto* pool = new QGroupBox(tr("Advisors' commitment"), m_fileForm);
    m_weekCounting = new QComboBox(pool);
    m_weekCounting->setObjectName(QStringLiteral("weekCounting"));
    m_weekCounting->setAccessibleName(tr("How part weeks count"));
    for (WeekCounting rule : {WeekCounting::WorkingDays, WeekCounting::StartedWeeks, WeekCounting::OnlineHalfDays}) {
        m_weekCounting->addItem(labelOf(rule), keyOf(rule));
    }
    m_weekCountingRule = hint(QString(), pool);
    m_weekCountingRule->setObjectName(QStringLiteral("weekCountingRule"));
    auto* poolForm = new QFormLayout(pool);
    poolForm->addRow(labelFor(tr("&Week counting:"), m_weekCounting, pool), m_weekCounting);
    poolForm->addRow(m_weekCountingRule);
    connect(m_weekCounting, &QComboBox::currentIndexChanged, this, &SettingsDialog::describeWeekCounting);

    auto* letters = new QGroupBox(tr("Result letters"), m_fileForm);
    m_signatoryName = new QLineEdit(letters);
    m_signatoryName->setObjectName(QStringLiteral("signatoryName"));
    m_signatoryName->setAccessibleName(tr("Name of the person who signs the letters"));
    m_signatoryName->setPlaceholderText(tr("Nobody named: the WCO Secretariat signs"));
    m_signatoryTitle = new QLineEdit(letters);
    m_signatoryTitle->setObjectName(QStringLiteral("signatoryTitle"));
    m_signatoryTitle->setAccessibleName(tr("Title of the person who signs the letters"));
    auto* lettersForm = new QFormLayout(letters);
    lettersForm->addRow(labelFor(tr("Signed by (&name):"), m_signatoryName, letters), m_signatoryName);
    lettersForm->addRow(labelFor(tr("Their &title:"), m_signatoryTitle, letters), m_signatoryTitle);
    lettersForm->addRow(hint(tr("Printed under every result letter, whoever prints it."), letters));

    // What reviewers see of the candidates (CandidateDisclosure); never contact details.
    auto* reviewing = new QGroupBox(tr("Reviewers"), m_fileForm);
    m_reviewersSee = new QComboBox(reviewing);
    m_reviewersSee->setObjectName(QStringLiteral("reviewersSee"));
    m_reviewersSee->setAccessibleName(tr("Which candidates reviewers see"));
    m_reviewersSee->addItem(tr("The candidates assigned to them"), CandidateDisclosure::keyOf(ReviewerScope::Assigned));
    m_reviewersSee->addItem(tr("All candidates"), CandidateDisclosure::keyOf(ReviewerScope::All));
    // Short names side by side, so that the page fits a 1024×700 screen; the whole name is the
    // box's accessible name and tip.
    auto* rounds = new QHBoxLayout;
    int number = 0;
    for (const PipelineStep step : allOf<PipelineStep>()) {
        auto* box = new QCheckBox(tr("Stage %1").arg(++number), reviewing);
        box->setObjectName(QStringLiteral("anonymise_") + keyOf(step));
        box->setProperty("round", keyOf(step));
        box->setAccessibleName(tr("Anonymised review in %1").arg(labelOf(step)));
        m_anonymised.append(box);
        rounds->addWidget(box);
    }
    rounds->addStretch();
    auto* reviewingForm = new QFormLayout(reviewing);
    reviewingForm->addRow(labelFor(tr("Reviewers &see:"), m_reviewersSee, reviewing), m_reviewersSee);
    reviewingForm->addRow(tr("Anonymised review in:"), rounds);
    // The page must fit a 1024×700 screen: the rule is told where the choices are, as tips.
    const QString rule = tr("Reviewers never see candidates' e-mail, phone or date of birth. In an anonymised round "
                            "they see a code instead of the name, administration, nationality and position, as on "
                            "the anonymised sheet.");
    reviewing->setToolTip(rule);
    m_reviewersSee->setToolTip(rule);
    m_reviewersSee->setAccessibleDescription(rule);
    for (QCheckBox* box : std::as_const(m_anonymised)) {
        box->setToolTip(box->accessibleName() + QStringLiteral("\n\n") + rule);
    }

    auto* formLayout = new QVBoxLayout(m_fileForm);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(intro);
    formLayout->addWidget(data);
    formLayout->addWidget(pool);
    formLayout->addWidget(letters);
    formLayout->addWidget(reviewing);
    formLayout->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_fileNotice);
    layout->addWidget(m_fileForm, 1);
    describeWeekCounting();
    return page;
}

QWidget* SettingsDialog::createComputerPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("computerSettingsPage"));
    auto* intro = hint(
        tr("Kept on this computer for your account; the file and the people who share it are not affected."), page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language of the window"));
    m_language->addItem(tr("The system's language (%1)").arg(QLocale::system().nativeLanguageName()),
                        Translations::keyOf(Translations::Language::System));
    m_language->addItem(tr("English"), Translations::keyOf(Translations::Language::English));
    m_language->addItem(tr("French"), Translations::keyOf(Translations::Language::French));
    m_language->setCurrentIndex(m_language->findData(Translations::keyOf(Translations::chosen())));
    auto* languageNote = hint(tr("The language changes at the next start of Accreditation Desk."), page);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    m_paper = new QComboBox(page);
    m_paper->setObjectName(QStringLiteral("paperSize"));
    m_paper->setAccessibleName(tr("Paper size for printing"));
    for (PrintSettings::Paper size : {PrintSettings::Paper::A4, PrintSettings::Paper::Letter}) {
        m_paper->addItem(PrintSettings::labelOf(size), PrintSettings::keyOf(size));
    }
    m_paper->setCurrentIndex(m_paper->findData(PrintSettings::keyOf(PrintSettings::paper())));
    auto* form = new QFormLayout;
    form->addRow(labelFor(tr("&Language:"), m_language, page), m_language);
    form->addRow(languageNote);
    form->addRow(labelFor(tr("&Paper size:"), m_paper, page), m_paper);
    form->addRow(hint(tr("For the sheets, lists and letters printed or saved as PDF on this computer."), page));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

void SettingsDialog::showFileValues(const FileSettings::Values& values)
{
    m_backups->setValue(values.backupsToKeep);
    m_retention->setValue(values.retentionYears);
    m_weekCounting->setCurrentIndex(m_weekCounting->findData(keyOf(values.weekCounting)));
    m_signatoryName->setText(values.signatory.name);
    m_signatoryTitle->setText(values.signatory.title);
    m_reviewersSee->setCurrentIndex(m_reviewersSee->findData(CandidateDisclosure::keyOf(values.reviewersSee)));
    for (QCheckBox* box : std::as_const(m_anonymised)) {
        const auto round = fromKey<PipelineStep>(box->property("round").toString());
        box->setChecked(round && values.anonymisedRounds.contains(*round));
    }
}

FileSettings::Values SettingsDialog::fileValuesWanted() const
{
    FileSettings::Values wanted;
    wanted.backupsToKeep = m_backups->value();
    wanted.retentionYears = m_retention->value();
    wanted.weekCounting =
        fromKey<WeekCounting>(m_weekCounting->currentData().toString()).value_or(WeekCounting::WorkingDays);
    wanted.signatory = {m_signatoryName->text(), m_signatoryTitle->text()};
    wanted.reviewersSee =
        CandidateDisclosure::scopeFromKey(m_reviewersSee->currentData().toString()).value_or(ReviewerScope::Assigned);
    for (const QCheckBox* box : m_anonymised) {
        if (const auto round = fromKey<PipelineStep>(box->property("round").toString()); round && box->isChecked()) {
            wanted.anonymisedRounds.insert(*round);
        }
    }
    return wanted;
}

void SettingsDialog::describeWeekCounting()
{
    const auto rule = fromKey<WeekCounting>(m_weekCounting->currentData().toString());
    QString text;
    switch (rule.value_or(WeekCounting::WorkingDays)) {
    case WeekCounting::WorkingDays:
        text = tr("Each working day from Monday to Friday counts one day; five make a week, so three days count "
                  "0.6 weeks. Weekends do not count.");
        break;
    case WeekCounting::StartedWeeks:
        text = tr("Each calendar week with any day on an activity, weekends included, counts as a whole week: "
                  "Thursday to Tuesday counts two weeks.");
        break;
    case WeekCounting::OnlineHalfDays:
        text = tr("As working days, but a working day online counts half a day.");
        break;
    }
    m_weekCountingRule->setText(text + QLatin1Char(' ') +
                                tr("The pool counts every advisor's weeks with the rule chosen here."));
}

bool SettingsDialog::save()
{
    if (m_store && m_fileForm->isEnabled()) {
        const Status saved = m_store->settings().update(m_read, fileValuesWanted());
        if (!saved.ok()) {
            if (saved.error().code == ErrorCode::Conflict) {
                // Told, the user may now save their values over the ones just found.
                m_read = m_store->settings().values();
            }
            MessageBox::critical(this, tr("Settings not saved"), saved.message());
            return false;
        }
        m_read = m_store->settings().values();
    }
    Translations::choose(
        Translations::languageFromKey(m_language->currentData().toString()).value_or(Translations::Language::System));
    PrintSettings::setPaper(
        PrintSettings::paperFromKey(m_paper->currentData().toString()).value_or(PrintSettings::Paper::A4));
    return true;
}

void SettingsDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}
