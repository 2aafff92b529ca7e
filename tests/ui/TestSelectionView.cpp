// SPDX-License-Identifier: GPL-3.0-or-later
// The Selection tab of the Workshops area on a scored workshop: the ranking against the
// seats (with the officer's consensus in place of the mean where recorded), each criterion's
// statistics for the candidate chosen by keyboard, the reviewers' agreement as core computes
// it, and a proposal under the officer's constraints where a greedy pick would be wrong,
// every candidate explained; a decision for a proposed candidate opens the pipeline's dialog.
#include "assessment/AssessmentRecords.h"
#include "store/AuditEntry.h"
#include "candidates/DecisionDialog.h"
#include "MainWindow.h"
#include "widgets/MessageBox.h"
#include "assessment/ReviewerAgreement.h"
#include "assessment/SelectionView.h"
#include "store/Store.h"
#include "store/Assessment.h"
#include "TestSupport.h"
#include "Translations.h"
#include "workshops/WorkshopsPage.h"
#include "TestMain.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

QStringList column(const QTableWidget* table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row) {
        texts.append(table->item(row, column) ? table->item(row, column)->text() : QString());
    }
    return texts;
}

int rowOf(const QTableWidget* table, int column, const QString& startsWith)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, column) && table->item(row, column)->text().startsWith(startsWith)) {
            return row;
        }
    }
    return -1;
}

}  // namespace

class TestSelectionView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk selection tests"));
        QSettings().clear();
        Translations::install();
        MessageBox::recordInsteadOfShowing(true);
    }

    void ranksExplainsAndProposes()
    {
        const QString file = m_dir.filePath(QStringLiteral("selection.accred"));
        QUuid workshop;
        {
            auto store = createStore(file);
            QVERIFY(store);
            workshop = makeAssessedWorkshop(*store, m_dir.path());
            QVERIFY(!workshop.isNull());
            // The officer settles Quispe's wco.trips (reviewers gave 1 and 3) at 4.
            QUuid quispe;
            for (const WorkshopApplicant& a : store->assessment().applicants(workshop).value()) {
                quispe = a.name.startsWith(QStringLiteral("Quispe")) ? a.candidateId : quispe;
            }
            QVERIFY(store->assessment().recordConsensus({quispe, QStringLiteral("wco.trips"), 1, 4, {}, {}, {}}).ok());
        }
        MainWindow window;
        window.resize(1500, 950);
        window.show();
        QVERIFY(window.openFile(file));
        window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(1);
        WorkshopsPage* page = window.workshopsPage();
        page->selectWorkshop(workshop);
        SelectionView* view = page->selection();
        page->tabs()->setCurrentWidget(view);
        QVERIFY(view->isVisible());

        // The ranking: Quispe's consensus makes 3 + 4 + 2 = 9 (the means gave 7), level with Sato.
        QTableWidget* ranking = view->ranking();
        QAbstractItemModelTester rankingTester(ranking->model(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(column(ranking, 1), (QStringList{QStringLiteral("Arai, Alex"), QStringLiteral("Quispe, Alex"),
                                                  QStringLiteral("Sato, Alex"), QStringLiteral("Kamau, Alex"),
                                                  QStringLiteral("Flores, Alex")}));
        QCOMPARE(column(ranking, 0), (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("2"),
                                                  QStringLiteral("4"), QStringLiteral("5")}));
        QCOMPARE(column(ranking, 2), (QStringList{QStringLiteral("10"), QStringLiteral("9"), QStringLiteral("9"),
                                                  QStringLiteral("8"), QStringLiteral("2")}));
        QCOMPARE(column(ranking, 5), (QStringList{QStringLiteral("yes"), QStringLiteral("yes"), QStringLiteral("yes"),
                                                  QStringLiteral("no"), QStringLiteral("no")}));
        QVERIFY(column(ranking, 6).join(QString()).isEmpty());  // no tie across the last seat
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("selectionNote"))->text().contains(QStringLiteral("seats: 3")));

        // Quispe chosen by keyboard: the reviewers' spread on TRIPS, and the consensus in the total.
        ranking->setFocus();
        ranking->setCurrentCell(0, 1);
        QTest::keyClick(ranking, Qt::Key_Down);
        QTableWidget* statistics = view->statistics();
        QAbstractItemModelTester statisticsTester(statistics->model(),
                                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int trips = rowOf(statistics, 0, QStringLiteral("International IPR standards"));
        QVERIFY(trips >= 0);
        QCOMPARE(statistics->item(trips, 1)->text(), QStringLiteral("2"));  // ratings
        QCOMPARE(statistics->item(trips, 2)->text(), QStringLiteral("2"));  // mean of 1 and 3
        QCOMPARE(statistics->item(trips, 3)->text(), QStringLiteral("2"));  // median
        QCOMPARE(statistics->item(trips, 4)->text(), QStringLiteral("2"));  // spread
        QCOMPARE(statistics->item(trips, 5)->text(), QStringLiteral("1"));  // population SD
        QVERIFY(statistics->item(trips, 6)->text().startsWith(QStringLiteral("yes")));
        QCOMPARE(statistics->item(trips, 7)->text(), QStringLiteral("4 (consensus)"));
        const int hard = rowOf(statistics, 7, QStringLiteral("no: a hard requirement"));
        QVERIFY(hard >= 0);
        // The tab reads the Stage 1 round: the workshop's presentations are Stage 2's, not listed.
        QCOMPARE(rowOf(statistics, 7, QStringLiteral("no: not a Stage 1 criterion")), -1);
        QVERIFY(
            view->findChild<QLabel*>(QStringLiteral("statisticsHeading"))->text().contains(QStringLiteral("Quispe")));

        // Agreement: the figures core computes from the submitted ratings, with their bands.
        QTableWidget* agreement = view->agreement();
        QAbstractItemModelTester agreementTester(agreement->model(),
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(agreement->rowCount(), 4);
        const QList<AgreementFigure> expected =
            ReviewerAgreement::ofSubmitted(window.store()->assessment().ratings(workshop).value());
        for (int row = 0; row < expected.size(); ++row) {
            QCOMPARE(agreement->item(row, 0)->text(), ReviewerAgreement::methodName(expected.at(row).method));
            QVERIFY(expected.at(row).result.ok());
            QCOMPARE(agreement->item(row, 1)->text(),
                     QLocale().toString(expected.at(row).result.value().value, 'f', 3));
            QVERIFY(agreement->item(row, 4)->text().startsWith(expected.at(row).result.value().band));
        }
        QCOMPARE(agreement->item(3, 0)->text(), QStringLiteral("Krippendorff's alpha (interval)"));

        // The officer's rules: one per administration, at least one woman. Greedy would take
        // Arai (10) first; the best set leaves him out for Sato.
        auto* perAdministration = view->findChild<QSpinBox*>(QStringLiteral("maxPerAdministration"));
        QCOMPARE(perAdministration->text(), QStringLiteral("no limit"));
        perAdministration->setFocus();
        QTest::keyClick(perAdministration, Qt::Key_Up);
        QCOMPARE(perAdministration->value(), 1);
        auto* women = view->findChild<QSpinBox*>(QStringLiteral("minPerGender_female"));
        QVERIFY(women);
        women->setFocus();
        QTest::keyClick(women, Qt::Key_Up);
        const auto auditBefore = window.store()->auditTrail().value().size();
        auto* propose = view->findChild<QPushButton*>(QStringLiteral("proposeSelection"));
        QVERIFY(propose->isEnabled());
        QTest::keyClick(propose, Qt::Key_Space);
        QTableWidget* proposal = view->proposal();
        QAbstractItemModelTester proposalTester(proposal->model(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proposal->rowCount(), 5);
        QStringList picked;
        for (int row = 0; row < proposal->rowCount(); ++row) {
            QVERIFY2(!proposal->item(row, 4)->text().isEmpty(), "every candidate is explained");
            if (proposal->item(row, 3)->text() == QStringLiteral("picked")) {
                picked.append(proposal->item(row, 0)->text().section(QLatin1Char(','), 0, 0));
            }
        }
        picked.sort();
        QCOMPARE(picked, (QStringList{QStringLiteral("Kamau"), QStringLiteral("Quispe"), QStringLiteral("Sato")}));
        const int arai = rowOf(proposal, 0, QStringLiteral("Arai"));
        QCOMPARE(proposal->item(arai, 3)->text(), QStringLiteral("left out"));
        QVERIFY(proposal->item(arai, 4)->text().contains(QStringLiteral("Japan Customs")));
        const QString notes = view->findChild<QLabel*>(QStringLiteral("proposalNotes"))->text();
        QVERIFY(notes.contains(QStringLiteral("3 of 3 seats proposed, total 26")));
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("onlyProposesNote"))
                    ->text()
                    .contains(QStringLiteral("only proposes")));
        QApplication::processEvents();
        QDir().mkpath(QStringLiteral(AD_BINARY_DIR "/screenshots"));
        QVERIFY(window.grab().save(QStringLiteral(AD_BINARY_DIR "/screenshots/selection-tab.png")));

        // Nothing was decided; a decision for a pick goes through the pipeline's dialog.
        QCOMPARE(window.store()->auditTrail().value().size(), auditBefore);
        auto* decide = view->findChild<QPushButton*>(QStringLiteral("decideProposed"));
        QVERIFY(!decide->isEnabled());
        proposal->setFocus();
        proposal->setCurrentCell(rowOf(proposal, 0, QStringLiteral("Sato")), 0);
        QVERIFY(decide->isEnabled());
        DecisionDialog* dialog = view->decideChosen();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->reject();
    }
};

AD_TEST_MAIN(TestSelectionView)
#include "TestSelectionView.moc"
