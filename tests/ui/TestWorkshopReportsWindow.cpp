// SPDX-License-Identifier: GPL-3.0-or-later
// The Results and Summary tabs of the Workshops area on a held workshop: each participant's
// ratings from each assessor with the mean, the consensus, the outcome and the decision; the
// summary of the workshop's applicants or of the whole file, by the breakdown chosen; both
// follow a change to the file and print to PDF from where they are shown. A reviewer still
// blind to a candidate sees their own ratings only, as the scores panel shows them.
// Screenshots of both at 1024×700 and 1920×1080.
#include "HeldWorkshop.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Translations.h"
#include "assessment/AssessmentRecords.h"
#include "assessment/RoundSummaryView.h"
#include "assessment/WorkshopResultsView.h"
#include "store/Assessment.h"
#include "store/Store.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"
#include "workshops/WorkshopsPage.h"
#include "TestMain.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace TestSupport;

namespace {

QAction* findAction(QMenu* menu, const QString& name)
{
    for (QAction* action : menu->actions()) {
        if (action->objectName() == name) {
            return action;
        }
        if (action->menu()) {
            if (QAction* found = findAction(action->menu(), name)) {
                return found;
            }
        }
    }
    return nullptr;
}

QString text(const QTableWidget* table, int row, int column)
{
    return table->item(row, column) ? table->item(row, column)->text() : QString();
}

QStringList headers(const QTableWidget* table)
{
    QStringList texts;
    for (int c = 0; c < table->columnCount(); ++c) {
        texts.append(table->horizontalHeaderItem(c) ? table->horizontalHeaderItem(c)->text() : QString());
    }
    return texts;
}

int rowOf(const QTableWidget* table, const QString& startsWith)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (text(table, row, 0).startsWith(startsWith)) {
            return row;
        }
    }
    return -1;
}

QString pdfText(const QString& pdf)
{
    QString out;
    run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}, &out);
    return out;
}

void screenshot(QWidget& window, const QSize& size, const QString& name)
{
    window.resize(size);
    QApplication::processEvents();
    QDir().mkpath(QStringLiteral(AD_BINARY_DIR "/screenshots"));
    QVERIFY(window.grab().save(QStringLiteral(AD_BINARY_DIR "/screenshots/") + name));
}

}  // namespace

class TestWorkshopReportsWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    HeldWorkshop m_held;

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk reports tests"));
        QSettings().clear();
        Translations::install();
        MessageBox::recordInsteadOfShowing(true);
        m_file = m_dir.filePath(QStringLiteral("round.accred"));
        auto store = createStore(m_file);
        QVERIFY(store);
        m_held = makeHeldWorkshop(*store);
        QVERIFY(!m_held.workshop.isNull());
    }

    void theOfficerReadsTheResultsInTheWorkshopsArea()
    {
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(window.openFile(m_file));
        window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(1);
        WorkshopsPage* page = window.workshopsPage();
        page->selectWorkshop(m_held.workshop);
        WorkshopResultsView* view = page->results();
        page->tabs()->setCurrentWidget(view);
        QVERIFY(view->isVisible());
        QTableWidget* table = view->table();
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(headers(table),
                 (QStringList{QStringLiteral("Participant"), QStringLiteral("Criterion"),
                              QStringLiteral("Kenji Morita"), QStringLiteral("Lina Haddad"), QStringLiteral("Mean"),
                              QStringLiteral("Consensus"), QStringLiteral("Outcome"), QStringLiteral("Decision")}));
        QCOMPARE(table->rowCount(), 12);  // four participants, three criteria each
        QVERIFY(view->note()->text().startsWith(QStringLiteral("4 participant")));
        const int arai = rowOf(table, QStringLiteral("Arai, Taro"));
        QCOMPARE(arai, 0);
        QCOMPARE(table->rowSpan(arai, 0), 3);
        QCOMPARE(text(table, arai, 1), QStringLiteral("Participation in discussions"));
        QCOMPARE(text(table, arai, 2), QStringLiteral("4"));
        QCOMPARE(text(table, arai, 3), QStringLiteral("3"));
        QCOMPARE(text(table, arai, 4), QStringLiteral("3.5"));
        QCOMPARE(text(table, arai, 5), QStringLiteral("4"));
        QCOMPARE(table->item(arai, 5)->toolTip(), QStringLiteral("Led the debate"));
        QCOMPARE(text(table, arai + 1, 5), QStringLiteral("–"));
        QCOMPARE(text(table, arai, 6), QStringLiteral("Passed\nReady for Stage 3"));
        QVERIFY(text(table, arai, 7).startsWith(QStringLiteral("Passed the workshop")));
        const int haddou = rowOf(table, QStringLiteral("Haddou, Amina"));
        QVERIFY(haddou > 0);
        QCOMPARE(text(table, haddou, 3), QStringLiteral("–"));  // Haddad's draft never counts
        QCOMPARE(text(table, haddou, 6), QStringLiteral("Not recorded"));
        screenshot(window, {1024, 700}, QStringLiteral("workshop-results-1024.png"));
        screenshot(window, {1920, 1080}, QStringLiteral("workshop-results-1920.png"));

        // Recorded in the window's file, the outcome shows at once: the page follows the file.
        AssessmentOutcome o;
        o.candidateId = m_held.candidates.value(QStringLiteral("Haddou"));
        o.step = PipelineStep::Workshop;
        o.passed = true;
        o.note = QStringLiteral("Strong presenter");
        Store* store = const_cast<Store*>(window.store());  // the window's own file, written as it would
        QVERIFY(store->assessment().recordOutcome(o).ok());
        QTRY_COMPARE(text(view->table(), rowOf(view->table(), QStringLiteral("Haddou")), 6),
                     QStringLiteral("Passed\nStrong presenter"));

        // Printed from the tab: the same results, in a PDF.
        // Kept beside the screenshots, to be looked at as pages (pdftoppm).
        QDir().mkpath(QStringLiteral(AD_BINARY_DIR "/screenshots"));
        const QString pdf = QStringLiteral(AD_BINARY_DIR "/screenshots/stage-2-results.pdf");
        auto* print = view->findChild<QToolButton*>(QStringLiteral("printResults"));
        QVERIFY(print && print->isEnabled());
        FileDialog::setNextFileName(pdf);
        QAction* toPdf = findAction(print->menu(), QStringLiteral("resultsPdf"));
        QVERIFY(toPdf);
        toPdf->trigger();
        const QString printed = pdfText(pdf);
        QVERIFY2(printed.contains(QStringLiteral("Stage 2 results")), qPrintable(printed));
        QVERIFY(printed.contains(QStringLiteral("Strong presenter")));
        QVERIFY(printed.contains(QStringLiteral("Led the debate")));
        // The workshop's own print menu offers it too.
        auto* workshopPrint = page->findChild<QToolButton*>(QStringLiteral("printWorkshop"));
        QVERIFY(findAction(workshopPrint->menu(), QStringLiteral("workshopResultsPdf")));
        QVERIFY(findAction(workshopPrint->menu(), QStringLiteral("workshopSummaryPdf")));

        // All workshops: the results ask for one.
        page->selectWorkshop(QUuid());
        QCOMPARE(view->table()->rowCount(), 0);
        QVERIFY(view->note()->text().contains(QStringLiteral("Choose a workshop")));
        QVERIFY(!print->isEnabled());
    }

    void theSummaryIsOfTheWorkshopOrOfTheWholeFile()
    {
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(window.openFile(m_file));
        window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(1);
        WorkshopsPage* page = window.workshopsPage();
        page->selectWorkshop(m_held.workshop);
        RoundSummaryView* view = page->summary();
        page->tabs()->setCurrentWidget(view);
        QTableWidget* table = view->table();
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(view->scope()->text().contains(QStringLiteral("Kashiwa workshop, Japan")),
                 qPrintable(view->scope()->text()));
        QCOMPARE(headers(table),
                 (QStringList{QStringLiteral("Region"), QStringLiteral("Applied"), QStringLiteral("Selected"),
                              QStringLiteral("Passed the workshop"), QStringLiteral("Accredited")}));
        QCOMPARE(text(table, 0, 0), QStringLiteral("All"));
        QCOMPARE((QStringList{text(table, 0, 1), text(table, 0, 2), text(table, 0, 3), text(table, 0, 4)}),
                 (QStringList{QStringLiteral("6"), QStringLiteral("4"), QStringLiteral("2"), QStringLiteral("0")}));
        QCOMPARE(table->rowCount(), 7);  // all, then the six regions
        const int asia = rowOf(table, QStringLiteral("Asia"));
        QVERIFY(asia > 0);
        QCOMPARE(text(table, asia, 3), QStringLiteral("2"));

        // By gender, chosen by keyboard.
        QComboBox* breakdown = view->breakdown();
        breakdown->setFocus();
        QTest::keyClick(breakdown, Qt::Key_Down);
        QCOMPARE(breakdown->currentData().toString(), QStringLiteral("gender"));
        QCOMPARE(headers(table).at(0), QStringLiteral("Gender"));
        const int female = rowOf(table, QStringLiteral("Female"));
        QVERIFY(female > 0);
        QCOMPARE((QStringList{text(table, female, 1), text(table, female, 2), text(table, female, 3)}),
                 (QStringList{QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1")}));
        screenshot(window, {1024, 700}, QStringLiteral("round-summary-1024.png"));
        screenshot(window, {1920, 1080}, QStringLiteral("round-summary-1920.png"));

        // All workshops: every candidate of the file.
        page->selectWorkshop(QUuid());
        QVERIFY(view->scope()->text().startsWith(QStringLiteral("Every candidate")));
        QCOMPARE(text(table, 0, 1), QStringLiteral("6"));
        // Printed from the tab, with every breakdown.
        const QString pdf = QStringLiteral(AD_BINARY_DIR "/screenshots/round-summary.pdf");
        FileDialog::setNextFileName(pdf);
        QAction* toPdf = findAction(view->findChild<QToolButton*>(QStringLiteral("printSummary"))->menu(),
                                    QStringLiteral("summaryPdf"));
        QVERIFY(toPdf);
        toPdf->trigger();
        const QString printed = pdfText(pdf);
        QVERIFY2(printed.contains(QStringLiteral("By administration")), qPrintable(printed));
        // "file" comes back from the PDF with an "fi" ligature.
        QVERIFY(printed.contains(QStringLiteral("Every candidate of the")));
    }

    void aReviewerSeesInTheResultsOnlyWhatTheWindowShowsThem()
    {
        auto opened =
            Store::open(m_file, Store::Access::ReadOnly, Actor{QStringLiteral("lhaddad"), QStringLiteral("pc-2")});
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QCOMPARE(opened.value()->role(), PersonRole::Reviewer);
        WorkshopsPage page;
        page.resize(1200, 700);
        page.setStore(opened.value().get());
        page.show();
        QTRY_VERIFY(page.findChild<QComboBox*>(QStringLiteral("workshopChooser"))->count() > 1);
        page.selectWorkshop(m_held.workshop);
        page.tabs()->setCurrentWidget(page.results());
        QTableWidget* table = page.results()->table();
        QTRY_VERIFY(table->rowCount() > 0);
        const int haddou = rowOf(table, QStringLiteral("Haddou"));
        QVERIFY(haddou >= 0);
        QVERIFY2(text(table, haddou, 0).contains(QStringLiteral("hidden until you submit")),
                 qPrintable(text(table, haddou, 0)));
        // Her own columns only where she is blind: no Morita column entry, no mean, no consensus.
        const int morita = int(headers(table).indexOf(QStringLiteral("Kenji Morita")));
        QVERIFY(morita > 0);
        for (int row = haddou; row < haddou + 3; ++row) {
            QCOMPARE(text(table, row, morita), QStringLiteral("–"));
            QCOMPARE(text(table, row, headers(table).indexOf(QStringLiteral("Mean"))), QStringLiteral("–"));
            QCOMPARE(text(table, row, headers(table).indexOf(QStringLiteral("Consensus"))), QStringLiteral("–"));
        }
        // Where she submitted, she sees Morita's as the scores panel would.
        const int arai = rowOf(table, QStringLiteral("Arai"));
        QCOMPARE(text(table, arai, morita), QStringLiteral("4"));
    }
};

AD_TEST_MAIN(TestWorkshopReportsWindow)
#include "TestWorkshopReportsWindow.moc"
