// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/ResultLettersDialog.h"

#include "Clock.h"
#include "print/DocumentPrinter.h"
#include "widgets/FileDialog.h"
#include "LetterBatch.h"
#include "domain/LetterTemplate.h"
#include "widgets/MessageBox.h"
#include "PrintSource.h"
#include "store/Store.h"
#include "store/FileSettings.h"
#include "store/Letters.h"
#include "store/Decisions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

ResultLettersDialog::ResultLettersDialog(Store* store, const QUuid& workshopId, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_workshop(workshopId)
{
    setObjectName(QStringLiteral("resultLettersDialog"));
    setWindowTitle(tr("Result Letters"));
    m_decision = new QComboBox(this);
    m_decision->setObjectName(QStringLiteral("letterDecision"));
    m_decision->setAccessibleName(tr("Decision the letters tell"));
    for (Stage s : LetterTemplate::decisions()) {
        m_decision->addItem(labelOf(s), keyOf(s));
    }
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("letterLanguage"));
    m_language->setAccessibleName(tr("Language of the letters"));
    m_language->addItem(tr("Each candidate's language"), QString());
    for (const QString& language : LetterTemplate::languages()) {
        m_language->addItem(LetterTemplate::languageName(language), language);
    }
    m_recipients = new QTableWidget(0, 3, this);
    m_recipients->setObjectName(QStringLiteral("letterRecipients"));
    m_recipients->setAccessibleName(tr("Candidates who receive the letter"));
    m_recipients->setHorizontalHeaderLabels({tr("Candidate"), tr("Language"), tr("E-mail draft")});
    m_recipients->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recipients->setTabKeyNavigation(false);
    m_recipients->verticalHeader()->hide();
    m_recipients->horizontalHeader()->setStretchLastSection(true);
    m_noRecipients = new QWidget(this);
    m_noRecipients->setObjectName(QStringLiteral("noLetterRecipients"));
    m_noRecipientsText = new QLabel(m_noRecipients);
    m_noRecipientsText->setWordWrap(true);
    m_noRecipientsText->setAlignment(Qt::AlignCenter);
    m_otherDecision = new QPushButton(tr("Show a Decision &with Letters"), m_noRecipients);
    m_otherDecision->setObjectName(QStringLiteral("showDecisionWithLetters"));
    connect(m_otherDecision, &QPushButton::clicked, this, &ResultLettersDialog::showADecisionWithLetters);
    auto* noRecipientsLayout = new QVBoxLayout(m_noRecipients);
    noRecipientsLayout->addStretch();
    noRecipientsLayout->addWidget(m_noRecipientsText);
    noRecipientsLayout->addWidget(m_otherDecision, 0, Qt::AlignHCenter);
    noRecipientsLayout->addStretch();
    m_noRecipients->hide();

    auto* who = new QFormLayout;
    auto* decisionLabel = new QLabel(tr("&Decision:"), this);
    decisionLabel->setBuddy(m_decision);
    who->addRow(decisionLabel, m_decision);
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    who->addRow(languageLabel, m_language);

    // Who signs: a setting of the file, so that every letter of a round is signed alike,
    // whichever account prints it.
    auto* signedBy = new QGroupBox(tr("Signed by (kept in the file)"), this);
    m_signatoryName = new QLineEdit(signedBy);
    m_signatoryName->setObjectName(QStringLiteral("signatoryName"));
    m_signatoryName->setAccessibleName(tr("Name of the person who signs the letters"));
    m_signatoryName->setPlaceholderText(tr("Nobody named: the letters are signed by the WCO Secretariat"));
    m_signatoryTitle = new QLineEdit(signedBy);
    m_signatoryTitle->setObjectName(QStringLiteral("signatoryTitle"));
    m_signatoryTitle->setAccessibleName(tr("Title of the person who signs the letters"));
    m_saveSignatory = new QPushButton(tr("Save Si&gnatory"), signedBy);
    m_saveSignatory->setObjectName(QStringLiteral("saveSignatory"));
    if (m_store) {
        const LetterSignatory signatory = m_store->settings().letterSignatory();
        m_signatoryName->setText(signatory.name);
        m_signatoryTitle->setText(signatory.title);
    }
    auto* signedForm = new QFormLayout(signedBy);
    auto* signatoryNameLabel = new QLabel(tr("&Name:"), signedBy);
    signatoryNameLabel->setBuddy(m_signatoryName);
    signedForm->addRow(signatoryNameLabel, m_signatoryName);
    auto* signatoryTitleLabel = new QLabel(tr("T&itle:"), signedBy);
    signatoryTitleLabel->setBuddy(m_signatoryTitle);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_signatoryTitle, 1);
    titleRow->addWidget(m_saveSignatory);
    signedForm->addRow(signatoryTitleLabel, titleRow);
    connect(m_saveSignatory, &QPushButton::clicked, this, &ResultLettersDialog::saveSignatory);

    // The letter's text, as kept in the file.
    auto* text = new QGroupBox(tr("Text of the letter (kept in the file)"), this);
    m_textLanguage = new QComboBox(text);
    m_textLanguage->setObjectName(QStringLiteral("letterTextLanguage"));
    m_textLanguage->setAccessibleName(tr("Language of the text edited"));
    for (const QString& language : LetterTemplate::languages()) {
        m_textLanguage->addItem(LetterTemplate::languageName(language), language);
    }
    m_subject = new QLineEdit(text);
    m_subject->setObjectName(QStringLiteral("letterSubject"));
    m_subject->setAccessibleName(tr("Subject of the letter"));
    m_body = new QPlainTextEdit(text);
    m_body->setObjectName(QStringLiteral("letterBody"));
    m_body->setAccessibleName(tr("Text of the letter"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(fontMetrics().lineSpacing() * 12);
    QStringList names;
    for (const auto& placeholder : LetterTemplate::placeholders()) {
        names.append(QStringLiteral("{%1}").arg(placeholder.first));
    }
    auto* placeholders = new QLabel(tr("Placeholders: %1").arg(names.join(QStringLiteral(", "))), text);
    placeholders->setWordWrap(true);
    placeholders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_textState = new QLabel(text);
    m_textState->setObjectName(QStringLiteral("letterTextState"));
    m_saveText = new QPushButton(tr("&Save Text"), text);
    m_saveText->setObjectName(QStringLiteral("saveLetterText"));
    m_resetText = new QPushButton(tr("Restore &Built-in Text"), text);
    m_resetText->setObjectName(QStringLiteral("resetLetterText"));
    auto* textForm = new QFormLayout(text);
    auto* textLanguageLabel = new QLabel(tr("&Text in:"), text);
    textLanguageLabel->setBuddy(m_textLanguage);
    textForm->addRow(textLanguageLabel, m_textLanguage);
    auto* subjectLabel = new QLabel(tr("S&ubject:"), text);
    subjectLabel->setBuddy(m_subject);
    textForm->addRow(subjectLabel, m_subject);
    auto* bodyLabel = new QLabel(tr("Te&xt:"), text);
    bodyLabel->setBuddy(m_body);
    textForm->addRow(bodyLabel, m_body);
    textForm->addRow(placeholders);
    auto* textButtons = new QHBoxLayout;
    textButtons->addWidget(m_textState, 1);
    textButtons->addWidget(m_resetText);
    textButtons->addWidget(m_saveText);
    textForm->addRow(textButtons);

    m_preview = new QPushButton(tr("Pre&view…"), this);
    m_preview->setObjectName(QStringLiteral("letterPreview"));
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("letterPrint"));
    m_write = new QPushButton(tr("&Write Letters and E-mail Drafts…"), this);
    m_write->setObjectName(QStringLiteral("writeLetters"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->addButton(m_preview, QDialogButtonBox::ActionRole);
    close->addButton(m_print, QDialogButtonBox::ActionRole);
    close->addButton(m_write, QDialogButtonBox::ActionRole);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const auto maker = [this]() -> Result<PrintedDocument> {
        const QList<LetterData> list = letters();
        if (list.isEmpty()) {
            return Result<PrintedDocument>::failure(ErrorCode::Refused,
                                                    tr("Nobody of this workshop stands at \"%1\": there is no letter "
                                                       "to print.")
                                                        .arg(m_decision->currentText()));
        }
        return PrintSource(*m_store).letterDocument(list);
    };
    connect(m_preview, &QPushButton::clicked, this, [this, maker]() { DocumentPrinter::preview(this, maker); });
    connect(m_print, &QPushButton::clicked, this, [this, maker]() { DocumentPrinter::print(this, maker); });
    connect(m_write, &QPushButton::clicked, this, &ResultLettersDialog::writeLetters);
    connect(m_saveText, &QPushButton::clicked, this, &ResultLettersDialog::saveText);
    connect(m_resetText, &QPushButton::clicked, this, &ResultLettersDialog::restoreBuiltInText);
    connect(m_decision, &QComboBox::currentIndexChanged, this, [this]() {
        reloadRecipients();
        loadText();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &ResultLettersDialog::reloadRecipients);
    connect(m_textLanguage, &QComboBox::currentIndexChanged, this, &ResultLettersDialog::loadText);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(who);
    layout->addWidget(m_recipients, 1);
    layout->addWidget(m_noRecipients, 1);
    layout->addWidget(signedBy);
    layout->addWidget(text, 2);
    layout->addWidget(close);
    resize(820, 760);
    const bool writable = m_store && !m_store->isReadOnly();
    m_saveText->setEnabled(writable);
    m_resetText->setEnabled(writable);
    m_saveSignatory->setEnabled(writable);
    m_signatoryName->setReadOnly(!writable);
    m_signatoryTitle->setReadOnly(!writable);
    reloadRecipients();
    loadText();
}

bool ResultLettersDialog::saveSignatory()
{
    if (!m_store) {
        return false;
    }
    const Status saved = m_store->settings().setLetterSignatory({m_signatoryName->text(), m_signatoryTitle->text()});
    if (!saved.ok()) {
        MessageBox::critical(this, tr("Signatory not saved"), saved.message());
        return false;
    }
    return true;
}

void ResultLettersDialog::setDecision(Stage decision)
{
    m_decision->setCurrentIndex(std::max(0, m_decision->findData(keyOf(decision))));
}

QString ResultLettersDialog::chosenLanguage() const
{
    return m_language->currentData().toString();
}

QList<LetterData> ResultLettersDialog::letters() const
{
    const auto decision = fromKey<Stage>(m_decision->currentData().toString());
    return decision ? lettersFor(*decision) : QList<LetterData>();
}

QList<LetterData> ResultLettersDialog::lettersFor(Stage decision) const
{
    if (!m_store) {
        return {};
    }
    PrintSource source(*m_store);
    const auto list = source.letters(m_workshop, decision, chosenLanguage());
    return list.ok() ? list.value() : QList<LetterData>();
}

void ResultLettersDialog::showADecisionWithLetters()
{
    for (int i = 0; i < m_decision->count(); ++i) {
        const auto decision = fromKey<Stage>(m_decision->itemData(i).toString());
        if (decision && !lettersFor(*decision).isEmpty()) {
            m_decision->setCurrentIndex(i);
            return;
        }
    }
}

void ResultLettersDialog::reloadRecipients()
{
    const QList<LetterData> list = letters();
    m_recipients->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const LetterData& l = list.at(row);
        m_recipients->setItem(row, 0, new QTableWidgetItem(l.candidate.sortName()));
        m_recipients->setItem(row, 1, new QTableWidgetItem(LetterTemplate::languageName(l.text.language)));
        m_recipients->setItem(
            row, 2, new QTableWidgetItem(l.candidate.email.isEmpty() ? tr("No e-mail address") : l.candidate.email));
    }
    m_recipients->resizeColumnsToContents();
    const bool any = !list.isEmpty();
    // An empty list would say nothing: say why, and lead to a decision that has letters.
    bool anyDecision = false;
    for (int i = 0; !any && !anyDecision && i < m_decision->count(); ++i) {
        const auto decision = fromKey<Stage>(m_decision->itemData(i).toString());
        anyDecision = decision && !lettersFor(*decision).isEmpty();
    }
    m_noRecipientsText->setText(
        anyDecision ? tr("Nobody of this workshop stands at \"%1\": there is no letter to write for it. Choose "
                         "another decision above.")
                          .arg(m_decision->currentText())
                    : tr("Nobody of this workshop has a decision to be told yet: record the decisions on the "
                         "workshop's board (Workshops area), then write their letters here."));
    m_otherDecision->setVisible(anyDecision);
    m_recipients->setVisible(any);
    m_noRecipients->setVisible(!any);
    m_preview->setEnabled(any);
    m_print->setEnabled(any);
    m_write->setEnabled(any);
}

void ResultLettersDialog::loadText()
{
    const auto decision = fromKey<Stage>(m_decision->currentData().toString());
    if (!m_store || !decision) {
        return;
    }
    const auto text = m_store->letters().templateFor(*decision, m_textLanguage->currentData().toString());
    if (!text.ok()) {
        MessageBox::critical(this, tr("Letter not read"), text.message());
        return;
    }
    m_subject->setText(text.value().subject);
    m_body->setPlainText(text.value().body);
    m_textVersion = text.value().meta.rowVersion;
    m_textId = text.value().meta.id;
    m_textState->setText(text.value().meta.isNew()
                             ? tr("The built-in text.")
                             : tr("Edited in this file by %1.").arg(text.value().meta.modifiedBy));
}

bool ResultLettersDialog::saveText()
{
    const auto decision = fromKey<Stage>(m_decision->currentData().toString());
    if (!m_store || !decision) {
        return false;
    }
    LetterTemplate text;
    text.meta.id = m_textId;
    text.meta.rowVersion = m_textVersion;
    text.decision = *decision;
    text.language = m_textLanguage->currentData().toString();
    text.subject = m_subject->text();
    text.body = m_body->toPlainText();
    const auto saved = m_store->letters().save(text);
    if (!saved.ok()) {
        MessageBox::critical(this, tr("Text not saved"), saved.message());
        return false;
    }
    loadText();
    reloadRecipients();
    return true;
}

void ResultLettersDialog::restoreBuiltInText()
{
    const auto decision = fromKey<Stage>(m_decision->currentData().toString());
    if (!m_store || !decision) {
        return;
    }
    if (auto done = m_store->letters().reset(*decision, m_textLanguage->currentData().toString()); !done.ok()) {
        MessageBox::critical(this, tr("Text not restored"), done.message());
        return;
    }
    loadText();
}

int ResultLettersDialog::writeLetters()
{
    const QList<LetterData> list = letters();
    if (!m_store || list.isEmpty()) {
        return 0;
    }
    const QString folder = FileDialog::folderName(this, tr("Folder for the Letters"),
                                                  QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty()) {
        return 0;
    }
    const auto written =
        LetterBatch::write(list, folder, PrintSettings::paper(), QFileInfo(m_store->path()).fileName());
    if (!written.ok()) {
        MessageBox::critical(this, tr("Letters not written"), written.message());
        return 0;
    }
    int drafts = 0;
    for (const LetterFiles& files : written.value()) {
        drafts += files.emailPath.isEmpty() ? 0 : 1;
    }
    const int count = int(written.value().size());
    int toRecord = 0;
    for (const LetterFiles& files : written.value()) {
        toRecord += files.alreadyInformed ? 0 : 1;
    }
    // Three counts, each its own plural: one message per count. %1 is "N letter(s) written".
    const QString summary =
        tr("%1, with %n e-mail draft(s).", nullptr, drafts).arg(tr("%n letter(s) written", nullptr, count));
    if (toRecord == 0) {
        MessageBox::information(this, tr("Letters Written"),
                                summary + QLatin1Char(' ') +
                                    tr("These candidates had already been recorded as informed."));
        return count;
    }
    if (!m_store->isReadOnly() &&
        MessageBox::question(
            this, tr("Record as Informed?"),
            summary + QLatin1Char(' ') +
                tr("Record the %n candidate(s) not yet told as informed by letter today?", nullptr, toRecord),
            tr("Record as Informed"))) {
        for (const LetterFiles& files : written.value()) {
            if (files.alreadyInformed) {
                continue;
            }
            if (auto done =
                    m_store->decisions().recordInformed(files.candidateId, Clock::today(), InformChannel::Letter);
                !done.ok()) {
                MessageBox::critical(this, tr("Not recorded"), tr("%1: %2").arg(files.candidateName, done.message()));
                return count;
            }
        }
        emit changed();
    }
    return count;
}
