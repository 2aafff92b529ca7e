// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #18 in the window: the open no longer hashes the documents, so a document whose
// bytes changed on the disk opens with the file, and is refused, named, when the user opens
// it or saves a copy of it: nothing is handed to a viewer or written out.
#include "candidates/AttachmentsView.h"
#include "candidates/CandidateListView.h"
#include "candidates/CandidateEditor.h"
#include "candidates/CandidateTableModel.h"
#include "demo/DemoFile.h"
#include "store/Store.h"
#include "widgets/FileDialog.h"
#include "MainWindow.h"
#include "widgets/MessageBox.h"
#include "FilePages.h"
#include "TestSupport.h"
#include "Translations.h"
#include "TestMain.h"

#include <QApplication>
#include <QFileInfo>
#include <QLineEdit>
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

    // Issue #18: the window's open checks the file's layout and what it reads itself; the
    // tables and the documents' bytes are checked after its first paint, on a thread of its
    // own, and damage found there stops every save and says to restore, as damage found at
    // open does.
    void damagedDocumentsTableIsReportedAfterTheFirstPaint()
    {
        const QString file = m_dir.filePath(QStringLiteral("broken-documents.accred"));
        QVERIFY(DemoFile::create(file).ok());
        QVERIFY(breakRootPage(file, QStringLiteral("document")));

        MainWindow window;
        window.show();
        QVERIFY2(window.openFile(file), qPrintable(MessageBox::lastRecorded()));
        QVERIFY(!window.store()->isReadOnly());
        QVERIFY(window.candidateModel()->rowCount() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(window.store()->isReadOnly(), 20000);
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("is damaged in a part that opening the file does "
                                                                    "not read")),
                 qPrintable(MessageBox::lastRecorded()));
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("File > Restore from Backup")),
                 qPrintable(MessageBox::lastRecorded()));
        QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
        QCOMPARE(window.store()->readOnlyReason(), MessageBox::lastRecorded());
    }

    void damagedTableIsReportedAfterTheFirstPaint_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<bool>("listed");
        QTest::newRow("attachment") << "attachment" << true;
        QTest::newRow("search index") << "search_index_data" << true;
        // The list itself cannot be read: the window opens empty and says why soon after.
        QTest::newRow("candidate") << "candidate" << false;
    }

    void damagedTableIsReportedAfterTheFirstPaint()
    {
        QFETCH(QString, table);
        QFETCH(bool, listed);
        MessageBox::recordInsteadOfShowing(true);  // forgets the messages of the tests before
        const QString file = m_dir.filePath(table + QStringLiteral("-broken.accred"));
        QVERIFY(DemoFile::create(file).ok());
        QVERIFY(breakRootPage(file, table));

        MainWindow window;
        window.show();
        QVERIFY2(window.openFile(file), qPrintable(MessageBox::lastRecorded()));
        QVERIFY(!window.store()->isReadOnly());
        QCOMPARE(window.candidateModel()->rowCount() > 0, listed);
        // The day's backup (a second after the open) may find the damage first and stop
        // every save; the whole-file check names it in any case.
        QTRY_VERIFY_WITH_TIMEOUT(MessageBox::lastRecorded().contains(QStringLiteral("is damaged in a part that opening "
                                                                                    "the file does not read")),
                                 20000);
        QVERIFY(window.store()->isReadOnly());
        QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
    }

    // A change made before the whole-file check has read the tables checks them first: it
    // is refused, nothing is written, and the window says at once that the file is read-only.
    void aChangeBeforeTheCheckFindsTheDamageFirst()
    {
        const QString file = m_dir.filePath(QStringLiteral("attachment-broken-early.accred"));
        QVERIFY(DemoFile::create(file).ok());
        QVERIFY(breakRootPage(file, QStringLiteral("attachment")));

        MainWindow window;
        window.show();
        QVERIFY2(window.openFile(file), qPrintable(MessageBox::lastRecorded()));
        QVERIFY(!window.store()->isReadOnly());
        QVERIFY(!window.windowTitle().contains(QStringLiteral("read-only")));
        const QString before = sha256Of(file);
        // The officer edits the first candidate's position and saves, as in the window.
        window.candidateList()->table()->selectRow(0);
        auto* position = window.candidateEditor()->findChild<QLineEdit*>(QStringLiteral("position"));
        QVERIFY(position);
        QTest::keyClicks(position, QStringLiteral(" (acting)"));
        QVERIFY(window.isWindowModified());
        QVERIFY2(!window.candidateEditor()->save(), "a change into a damaged file is refused");
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("Nothing was saved")) &&
                     MessageBox::lastRecorded().contains(QStringLiteral("restore the latest backup")),
                 qPrintable(MessageBox::lastRecorded()));
        QVERIFY(window.store()->isReadOnly());
        QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
        QCOMPARE(sha256Of(file), before);
    }
};

AD_TEST_MAIN(TestDocumentDamageWindow)
#include "TestDocumentDamageWindow.moc"
