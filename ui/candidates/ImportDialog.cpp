// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidates/ImportDialog.h"

#include "import/ApplicationImport.h"
#include "widgets/MessageBox.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ImportDialog::ImportDialog(Store& store, const ImportReport& report, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_report(std::make_unique<ImportReport>(report))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import applications from %1").arg(report.sourceName));
    const int invalid = report.invalidRowCount();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    QStringList notes;
    if (!report.missingColumns.isEmpty()) {
        notes.append(tr("Required columns missing: %1.").arg(report.missingColumns.join(QStringLiteral(", "))));
    }
    if (!report.unknownColumns.isEmpty()) {
        notes.append(tr("Columns not read, because a candidate has no such field: %1.")
                         .arg(report.unknownColumns.join(QStringLiteral(", "))));
    }
    if (!report.ignoredColumns.isEmpty()) {
        notes.append(tr("Columns the application sets itself, not read: %1.")
                         .arg(report.ignoredColumns.join(QStringLiteral(", "))));
    }
    // One note per group of rows sharing something; the choice for each row is below.
    for (const ImportDuplicateGroup& group : report.duplicates) {
        QString note = ApplicationImport::describe(group) + QLatin1Char('.');
        note[0] = note.at(0).toUpper();
        notes.append(note);
    }
    auto* warnings = new QLabel(notes.join(QLatin1Char('\n')), this);
    warnings->setObjectName(QStringLiteral("importWarnings"));
    warnings->setWordWrap(true);
    warnings->setVisible(!notes.isEmpty());

    const QList<ImportProblem> problems = report.problems();
    m_problems = new QTableWidget(int(problems.size()), 3, this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setAccessibleName(tr("Problems by row"));
    m_problems->setHorizontalHeaderLabels({tr("Row"), tr("Field"), tr("Problem")});
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setTabKeyNavigation(false);
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < problems.size(); ++row) {
        m_problems->setItem(row, 0, new QTableWidgetItem(QString::number(problems.at(row).row)));
        m_problems->setItem(row, 1, new QTableWidgetItem(problems.at(row).field));
        m_problems->setItem(row, 2, new QTableWidgetItem(problems.at(row).message));
    }
    m_problems->resizeColumnsToContents();
    m_problems->setVisible(!problems.isEmpty());

    // Each possible duplicate is skipped, imported or imported and linked by the user's
    // choice, row by row; skipping is the default so that a file imported twice adds nobody.
    QList<int> duplicateRows;
    for (int i = 0; i < report.rows.size(); ++i) {
        if (report.rows.at(i).ok() && report.rows.at(i).possibleDuplicate) {
            duplicateRows.append(i);
        }
    }
    m_duplicates = new QTableWidget(int(duplicateRows.size()), 4, this);
    m_duplicates->setObjectName(QStringLiteral("importDuplicates"));
    m_duplicates->setAccessibleName(tr("Possible duplicates, and what to do with each"));
    m_duplicates->setHorizontalHeaderLabels({tr("Row"), tr("Name"), tr("May be the same person as"), tr("Import?")});
    m_duplicates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_duplicates->setTabKeyNavigation(false);
    m_duplicates->verticalHeader()->hide();
    m_duplicates->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < duplicateRows.size(); ++r) {
        const int index = duplicateRows.at(r);
        const ImportRow& row = report.rows.at(index);
        m_duplicates->setItem(r, 0, new QTableWidgetItem(QString::number(row.row)));
        m_duplicates->setItem(r, 1, new QTableWidgetItem(row.candidate.displayName()));
        m_duplicates->setItem(r, 2,
                              new QTableWidgetItem(row.sameAsId.isNull()
                                                       ? tr("row %1").arg(row.sameAsRow)
                                                       : tr("%1, already in the file").arg(row.sameAsName)));
        auto* choice = new QComboBox(m_duplicates);
        choice->setObjectName(QStringLiteral("duplicateChoice%1").arg(row.row));
        choice->setAccessibleName(tr("Row %1: import?").arg(row.row));
        choice->addItem(tr("Skip"), int(DuplicateChoice::Skip));
        choice->addItem(tr("Import as a new candidate"), int(DuplicateChoice::Import));
        if (!row.sameAsId.isNull()) {
            choice->addItem(tr("Import and link to %1").arg(row.sameAsName), int(DuplicateChoice::Link));
        }
        choice->setCurrentIndex(choice->findData(int(row.choice)));
        connect(choice, &QComboBox::currentIndexChanged, this, [this, index, choice]() {
            m_report->rows[index].choice = DuplicateChoice(choice->currentData().toInt());
            updateButtons();
        });
        m_duplicates->setCellWidget(r, 3, choice);
    }
    m_duplicates->resizeColumnsToContents();
    m_duplicates->setVisible(!duplicateRows.isEmpty());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importAll = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importAll->setObjectName(QStringLiteral("importAll"));
    m_importValid = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_importValid->setObjectName(QStringLiteral("importValid"));
    m_importValid->setVisible(invalid > 0);
    updateButtons();
    connect(m_importAll, &QPushButton::clicked, this, [this]() { importRows(false); });
    connect(m_importValid, &QPushButton::clicked, this, [this]() { importRows(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(warnings);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_duplicates, 1);
    layout->addWidget(buttons);
    resize(760, problems.isEmpty() && duplicateRows.isEmpty() ? 220 : 480);
}

void ImportDialog::updateButtons()
{
    // What the buttons would import follows the choices made for the possible duplicates.
    const int rows = int(m_report->rows.size());
    const int skipped = int(m_report->skippedDuplicateRows().size());
    QString summary = tr("%Ln row(s) with applications: ", nullptr, rows) +
                      tr("%Ln can be imported, ", nullptr, m_report->validRowCount()) +
                      tr("%Ln with problems.", nullptr, m_report->invalidRowCount());
    if (skipped > 0) {
        summary +=
            QLatin1Char(' ') + tr("%Ln possible duplicate(s) skipped (choose for each below).", nullptr, skipped);
    }
    m_summary->setText(summary);
    m_importValid->setText(tr("Import the %Ln &Valid Row(s)", nullptr, int(m_report->importedCandidates().size())));
    const bool editable = !m_store.isReadOnly();
    m_importAll->setEnabled(editable && ApplicationImport::importable(*m_report, false).ok());
    m_importValid->setEnabled(editable && ApplicationImport::importable(*m_report, true).ok());
    const Status refused = ApplicationImport::importable(*m_report, m_report->invalidRowCount() > 0);
    m_importAll->setToolTip(refused.ok() ? QString() : refused.message());
    m_importValid->setToolTip(refused.ok() ? QString() : refused.message());
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::importRows(bool skipInvalid)
{
    const auto done = ApplicationImport::apply(m_store, *m_report, skipInvalid);
    if (!done.ok()) {
        MessageBox::critical(this, tr("Nothing imported"), done.message());
        return;
    }
    m_imported = int(done.value().size());
    accept();
}
