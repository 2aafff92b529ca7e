// SPDX-License-Identifier: GPL-3.0-or-later
// Search in documents from the main window: a CV attached is read off the GUI thread with
// progress, a word only the CV holds finds its candidate with where and the words around,
// picking the place picks the candidate, and a picture is noted as having no text layer.
#include "candidates/AttachmentsView.h"
#include "domain/Candidate.h"
#include "candidates/CandidateListView.h"
#include "candidates/CandidateTableModel.h"
#include "demo/DemoFile.h"
#include "candidates/DocumentIndexer.h"
#include "MainWindow.h"
#include "widgets/MessageBox.h"
#include "candidates/SearchResultsModel.h"
#include "store/Store.h"
#include "store/CandidateSearch.h"
#include "TestSupport.h"
#include "Translations.h"
#include "TestMain.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestDocumentSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void selectByName(MainWindow& window, const QString& familyName)
    {
        auto* model = window.candidateModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, CandidateTableModel::FamilyName).data().toString() == familyName) {
                window.candidateList()->table()->selectRow(row);
                return;
            }
        }
        QFAIL("candidate not listed");
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk tests"));
        QSettings().clear();
        Translations::install();
        MessageBox::recordInsteadOfShowing(true);
    }

    void aWordOnlyInTheCvFindsItsCandidate()
    {
        const QString file = m_dir.filePath(QStringLiteral("demo.accred"));
        QVERIFY(DemoFile::create(file).ok());
        MainWindow window;
        window.resize(1280, 760);
        window.show();
        QVERIFY(window.openFile(file));
        auto* progress = window.findChild<QProgressBar*>(QStringLiteral("indexingProgress"));
        QVERIFY(progress);
        QVERIFY(!progress->accessibleName().isEmpty());
        // The demo's own documents are read once the file is shown, off the GUI thread.
        QTRY_VERIFY_WITH_TIMEOUT(window.store()->search().documentsToReadCount().value() == 0 &&
                                     !window.documentIndexer()->isRunning(),
                                 30000);
        QCOMPARE(window.store()->search().documentsToReadCount().value(), 0);
        QVERIFY(progress->isHidden());

        // A CV holding a word no field has, and a scanned passport with no text at all.
        selectByName(window, QStringLiteral("Nguyen"));
        const QString cv = m_dir.filePath(QStringLiteral("CV Nguyen 2023.pdf"));
        QVERIFY(writeFile(cv, DemoFile::simplePdf({QStringLiteral("Curriculum vitae"),
                                                   QStringLiteral("Seized counterfeit Quetzalcoatl figurines"),
                                                   QStringLiteral("at the port of Hai Phong")})));
        const QString scan = m_dir.filePath(QStringLiteral("passport scan.png"));
        QVERIFY(writeFile(scan, QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, '\0')));
        QCOMPARE(window.attachmentsView()->addFiles({cv, scan}), 2);
        QTRY_VERIFY_WITH_TIMEOUT(window.store()->search().documentsToReadCount().value() == 0 &&
                                     !window.documentIndexer()->isRunning(),
                                 30000);

        // The picture is noted in the Documents tab, not refused and not an error.
        QListWidget* documents = window.attachmentsView()->list();
        QStringList items;
        for (int row = 0; row < documents->count(); ++row) {
            items.append(documents->item(row)->text());
        }
        const QString scanItem = items.filter(QStringLiteral("passport scan.png")).value(0);
        QVERIFY2(scanItem.contains(QStringLiteral("No text layer")), qPrintable(items.join(QLatin1Char('\n'))));
        QVERIFY(!items.filter(QStringLiteral("CV Nguyen 2023.pdf")).value(0).contains(QStringLiteral("text layer")));

        // Search in documents: the word only the CV holds.
        CandidateListView* list = window.candidateList();
        list->table()->clearSelection();
        auto* inDocuments = list->findChild<QCheckBox*>(QStringLiteral("searchInDocuments"));
        QVERIFY(inDocuments);
        auto* filter = list->findChild<QLineEdit*>(QStringLiteral("quickFilter"));
        QTest::keyClicks(filter, QStringLiteral("quetzalcoatl"));
        QTRY_COMPARE(window.candidateModel()->rowCount(), 0);  // not in any field
        inDocuments->setChecked(true);
        QAbstractItemModelTester tester(list->searchResults(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(window.candidateModel()->rowCount(), 1);
        SearchResultsModel* results = list->searchResults();
        // The list first; the places once it is painted.
        list->reload();
        QCOMPARE(window.candidateModel()->rowCount(), 1);
        QCOMPARE(results->rowCount(), 0);
        auto* note = list->findChild<QLabel*>(QStringLiteral("searchResultsNote"));
        QVERIFY(note);
        QCOMPARE(note->text(), QStringLiteral("Looking for where the words were found…"));
        QTRY_COMPARE(results->rowCount(), 1);
        QCOMPARE(note->text(), QStringLiteral("Where the words were found:"));
        auto* resultsView = list->findChild<QTableView*>(QStringLiteral("searchResults"));
        QVERIFY(resultsView->isVisible());
        QCOMPARE(results->index(0, SearchResultsModel::CandidateName).data().toString(),
                 QStringLiteral("Minh Anh Nguyen"));
        QCOMPARE(results->index(0, SearchResultsModel::Where).data().toString(), QStringLiteral("CV Nguyen 2023.pdf"));
        QVERIFY(results->index(0, SearchResultsModel::Snippet)
                    .data(SearchResultsModel::SnippetHtmlRole)
                    .toString()
                    .contains(QStringLiteral("<b>Quetzalcoatl</b> figurines")));

        // Several words: the name and the CV together; every place is shown.
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("nguyen figurines"));
        QTRY_VERIFY(results->rowCount() >= 2);
        QStringList places;
        for (int row = 0; row < results->rowCount(); ++row) {
            places.append(results->index(row, SearchResultsModel::Where).data().toString());
        }
        QVERIFY2(places.contains(QStringLiteral("Family name")), qPrintable(places.join(QLatin1Char(','))));
        QVERIFY(places.contains(QStringLiteral("CV Nguyen 2023.pdf")));

        // Picking a place picks the candidate, whose editor and documents show.
        list->table()->clearSelection();
        QVERIFY(!list->currentCandidate());
        resultsView->setFocus();
        resultsView->selectRow(int(places.indexOf(QStringLiteral("CV Nguyen 2023.pdf"))));
        QVERIFY(list->currentCandidate());
        QCOMPARE(list->currentCandidate()->familyName, QStringLiteral("Nguyen"));
        QTRY_COMPARE(window.attachmentsView()->list()->count(), 3);

        QDir().mkpath(QStringLiteral(AD_BINARY_DIR "/screenshots"));
        QApplication::processEvents();
        QVERIFY(window.grab().save(QStringLiteral(AD_BINARY_DIR "/screenshots/search-in-documents.png")));

        // Back to the quick filter: the places go away.
        inDocuments->setChecked(false);
        QVERIFY(!resultsView->isVisible());
    }

    void readOnlySessionsSayWhatIsNotSearchedYet()
    {
        const QString file = m_dir.filePath(QStringLiteral("reader.accred"));
        QVERIFY(DemoFile::create(file).ok());  // its documents were never read
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(file, true));
        QVERIFY(!window.documentIndexer()->isRunning());
        CandidateListView* list = window.candidateList();
        list->findChild<QCheckBox*>(QStringLiteral("searchInDocuments"))->setChecked(true);
        QTest::keyClicks(list->findChild<QLineEdit*>(QStringLiteral("quickFilter")), QStringLiteral("wrobel"));
        QTRY_VERIFY(list->searchResults()->rowCount() >= 1);  // fields are indexed from the start
        auto* note = list->findChild<QLabel*>(QStringLiteral("searchResultsNote"));
        QVERIFY2(note->text().contains(QStringLiteral("not searchable yet")), qPrintable(note->text()));
        QCOMPARE(window.store()->search().documentsToReadCount().value(), 21);
    }
};

AD_TEST_MAIN(TestDocumentSearch)
#include "TestDocumentSearch.moc"
