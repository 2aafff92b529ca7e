#include "ImportDialog.h"

#include "ApplicationImport.h"
#include "MessageBox.h"
#include "Store.h"

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
    const int valid = int(report.validCandidates().size());
    auto* summary = new QLabel(tr("%Ln row(s) with applications: ", nullptr, int(report.rows.size())) +
                                   tr("%Ln can be imported, ", nullptr, valid) +
                                   tr("%Ln with problems.", nullptr, invalid),
                               this);
    summary->setObjectName(QStringLiteral("importSummary"));
    summary->setWordWrap(true);
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
    for (const ImportDuplicate& duplicate : report.duplicates) {
        notes.append(duplicate.otherRow > 0
                         ? tr("Row %1 (%2) may be the same person as row %3 (%4): %5.")
                               .arg(duplicate.row)
                               .arg(duplicate.name)
                               .arg(duplicate.otherRow)
                               .arg(duplicate.otherName, duplicate.reasons.join(QStringLiteral(", ")))
                         : tr("Row %1 (%2) may be the same person as %3, already in the file: %4.")
                               .arg(duplicate.row)
                               .arg(duplicate.name, duplicate.otherName, duplicate.reasons.join(QStringLiteral(", "))));
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

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importAll = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importAll->setObjectName(QStringLiteral("importAll"));
    m_importValid = buttons->addButton(tr("Import the %Ln &Valid Row(s)", nullptr, valid), QDialogButtonBox::AcceptRole);
    m_importValid->setObjectName(QStringLiteral("importValid"));
    const bool editable = !store.isReadOnly();
    m_importAll->setEnabled(editable && ApplicationImport::importable(report, false).ok());
    m_importValid->setVisible(invalid > 0);
    m_importValid->setEnabled(editable && ApplicationImport::importable(report, true).ok());
    connect(m_importAll, &QPushButton::clicked, this, [this]() { importRows(false); });
    connect(m_importValid, &QPushButton::clicked, this, [this]() { importRows(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(warnings);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(760, problems.isEmpty() ? 220 : 480);
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
