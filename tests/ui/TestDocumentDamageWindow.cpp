// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #18 in the window: the open no longer hashes the documents, so a document whose
// bytes changed on the disk opens with the file, and is refused, named, when the user opens
// it or saves a copy of it: nothing is handed to a viewer or written out.
#include "candidates/AttachmentsView.h"
#include "candidates/CandidateListView.h"
#include "candidates/CandidateTableModel.h"
#include "demo/DemoFile.h"
#include "widgets/FileDialog.h"
#include "MainWindow.h"
#include "widgets/MessageBox.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QApplication>
#include <QFileInfo>
#include <QListWidget>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestDocumentDamageWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk document damage tests"));
        QSettings().clear();
        Translations::install();
        MessageBox::recordInsteadOfShowing(true);
    }

    void damagedDocumentIsRefusedWhenOpenedOrCopied()
    {
        const QString file = m_dir.filePath(QStringLiteral("demo.accred"));
        QVERIFY(DemoFile::create(file).ok());
        // Nguyen's CV changed in place, as a failing disk would; its SHA-256 and seal stay.
        const QString error =
            runSql(file, {QStringLiteral("UPDATE document SET content = randomblob(length(content)) WHERE sha256 = "
                                         "(SELECT a.sha256 FROM attachment a JOIN candidate c ON c.id = a.candidate_id "
                                         "WHERE c.family_name = 'Nguyen')")});
        QVERIFY2(error.isEmpty(), qPrintable(error));

        MainWindow window;
        window.show();
        QVERIFY(window.openFile(file));
        auto* model = window.candidateModel();
        int row = 0;
        while (row < model->rowCount() &&
               model->index(row, CandidateTableModel::FamilyName).data().toString() != QLatin1String("Nguyen")) {
            ++row;
        }
        QVERIFY(row < model->rowCount());
        window.candidateList()->table()->selectRow(row);
        AttachmentsView* documents = window.attachmentsView();
        QCOMPARE(documents->list()->count(), 1);
        documents->list()->setCurrentRow(0);
        const QString name = documents->list()->currentItem()->data(Qt::UserRole + 1).toString();
        QVERIFY(!name.isEmpty());

        bool shown = false;
        AttachmentsView::setViewer([&shown](const QString&) {
            shown = true;
            return true;
        });
        documents->openSelected();
        AttachmentsView::setViewer({});
        QVERIFY2(!shown, "damaged bytes must not reach a viewer");
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("\"%1\" is damaged in the file").arg(name)),
                 qPrintable(MessageBox::lastRecorded()));

        const QString copy = m_dir.filePath(QStringLiteral("copy-out"));
        FileDialog::setNextFileName(copy);
        documents->saveSelectedCopy();
        QVERIFY(!QFileInfo::exists(copy));
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("restore the latest backup")),
                 qPrintable(MessageBox::lastRecorded()));
    }
};

QTEST_MAIN(TestDocumentDamageWindow)
#include "TestDocumentDamageWindow.moc"
