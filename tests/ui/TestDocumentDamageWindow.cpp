// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #18 in the window: the open no longer hashes the documents, so a document whose
// bytes changed on the disk opens with the file, and is refused, named, when the user opens
// it or saves a copy of it: nothing is handed to a viewer or written out.
#include "candidates/AttachmentsView.h"
#include "candidates/CandidateListView.h"
#include "candidates/CandidateTableModel.h"
#include "demo/DemoFile.h"
#include "store/Store.h"
#include "widgets/FileDialog.h"
#include "MainWindow.h"
#include "widgets/MessageBox.h"
#include "TestSupport.h"
#include "Translations.h"
#include "TestMain.h"

#include <QApplication>
#include <QFileInfo>
#include <QListWidget>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
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

    // Issue #18: the open reads every table but the documents' bytes; the window checks
    // those after its first paint, on a thread of its own, and damage found there stops
    // every save and says to restore, as damage found at open does.
    void damagedDocumentsTableIsReportedAfterTheFirstPaint()
    {
        const QString file = m_dir.filePath(QStringLiteral("broken-documents.accred"));
        QVERIFY(DemoFile::create(file).ok());
        int root = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("root"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'document'")) && q.next());
            root = q.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("root"));
        QFile bytes(file);
        QVERIFY(root > 1 && bytes.open(QIODevice::ReadWrite));
        const QByteArray header = bytes.read(18);
        const qint64 at = qint64(root - 1) * ((uchar(header.at(16)) << 8) | uchar(header.at(17)));
        QVERIFY(bytes.seek(at));
        QByteArray page = bytes.read(8);
        page[0] = char(page.at(0) ^ 0x5A);
        page[3] = char(page.at(3) ^ 0xFF);
        QVERIFY(bytes.seek(at));
        QCOMPARE(bytes.write(page), qint64(8));
        bytes.close();

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
};

AD_TEST_MAIN(TestDocumentDamageWindow)
#include "TestDocumentDamageWindow.moc"
