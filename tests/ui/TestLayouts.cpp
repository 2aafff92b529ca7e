// SPDX-License-Identifier: GPL-3.0-or-later
// Layouts that fit (issue #17): every area is usable at 1024×700, and the window's
// minimum size never changes with what it shows (the sample banner, a workshop chosen, a
// candidate selected, a tab opened). A widget that asks for more room than that (a long
// label that does not wrap, a fixed-width form, a row of buttons) breaks it here.
#include "MainWindow.h"
#include "TestSupport.h"
#include "Translations.h"
#include "candidates/CandidateListView.h"
#include "candidates/CandidateTableModel.h"
#include "widgets/MessageBox.h"
#include "workshops/PipelineBoard.h"
#include "workshops/PipelineColumnModel.h"
#include "workshops/WorkshopsPage.h"
#include "TestMain.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QListView>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QPushButton>
#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <cstdlib>

namespace {

const QSize kSmallScreen(1024, 700);

/// The widgets whose minimum width or height is above `limit`, with their path: where the
/// room goes when the window asks for too much.
QStringList greedyWidgets(QWidget* root, const QSize& limit)
{
    QStringList found;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        // Hidden pages count too: a stacked widget is as large as its largest page.
        if (w->isWindow()) {
            continue;
        }
        const QSize min = w->minimumSizeHint().expandedTo(w->minimumSize());
        if (min.width() <= limit.width() && min.height() <= limit.height()) {
            continue;
        }
        QStringList path;
        for (QWidget* up = w; up && up != root; up = up->parentWidget()) {
            path.prepend(QLatin1String(up->metaObject()->className()) + QLatin1Char('#') + up->objectName());
        }
        found.append(QStringLiteral("%1x%2 %3").arg(min.width()).arg(min.height()).arg(path.join(QLatin1Char('/'))));
    }
    return found;
}

}  // namespace

class TestLayouts : public QObject
{
    Q_OBJECT

private:
    QStringList m_problems;

    /// Notes where the window's minimum is beyond the small screen, and checks that
    /// showing it at that size does not raise the minimum.
    void check(MainWindow& window, const QString& where)
    {
        QApplication::processEvents();
        const QSize before = window.minimumSizeHint();
        if (before.width() > kSmallScreen.width() || before.height() > kSmallScreen.height()) {
            m_problems.append(QStringLiteral("%1: minimum %2x%3\n  %4")
                                  .arg(where)
                                  .arg(before.width())
                                  .arg(before.height())
                                  .arg(greedyWidgets(&window, QSize(400, 380)).join(QStringLiteral("\n  "))));
            qInfo().noquote() << m_problems.constLast();
            return;
        }
        window.resize(kSmallScreen);
        QApplication::processEvents();
        if (window.size() != kSmallScreen || window.minimumSizeHint() != before) {
            m_problems.append(QStringLiteral("%1: at 1024x700 the window is %2x%3, its minimum %4x%5 (was %6x%7)")
                                  .arg(where)
                                  .arg(window.width())
                                  .arg(window.height())
                                  .arg(window.minimumSizeHint().width())
                                  .arg(window.minimumSizeHint().height())
                                  .arg(before.width())
                                  .arg(before.height()));
        }
    }

    /// The demo opened in a shown, active window, on `area`.
    static void openDemo(MainWindow& window, int area)
    {
        window.resize(kSmallScreen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDemo());
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(area);
        QApplication::processEvents();
    }

    /// Every tab of every tab widget shown now, one at a time.
    void checkTabs(MainWindow& window, const QString& where)
    {
        check(window, where);
        for (QTabWidget* tabs : window.findChildren<QTabWidget*>()) {
            if (!tabs->isVisible()) {
                continue;
            }
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                check(window, where + QStringLiteral(" / ") + tabs->tabText(tab).remove(QLatin1Char('&')));
            }
            tabs->setCurrentIndex(0);
        }
    }

    /// Every area, tab, candidate and workshop at 1024x700: m_problems says where it does not fit.
    void walkEveryArea()
    {
        MainWindow window;
        window.resize(kSmallScreen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        check(window, QStringLiteral("Welcome"));
        QVERIFY(window.openDemo());  // with the "Sample data" banner, as --demo opens it
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("sampleDataBanner"))->isVisible());
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("areaNavigation"));
        QVERIFY(navigation);
        for (int area = 0; area < navigation->count(); ++area) {
            navigation->setCurrentRow(area);
            checkTabs(window, navigation->item(area)->text());
        }

        // A candidate selected fills the editor and its tabs.
        navigation->setCurrentRow(0);
        QTableView* table = window.candidateList()->table();
        QVERIFY(table->model()->rowCount() > 1);
        for (int row : {0, table->model()->rowCount() - 1}) {
            table->selectRow(row);
            checkTabs(window, QStringLiteral("Candidates, row %1").arg(row));
        }

        // Each workshop chosen: its title, its seats, its board and lists.
        navigation->setCurrentRow(1);
        auto* chooser = window.workshopsPage()->findChild<QComboBox*>(QStringLiteral("workshopChooser"));
        QVERIFY(chooser->count() > 1);
        for (int workshop = 1; workshop < chooser->count(); ++workshop) {
            chooser->setCurrentIndex(workshop);
            checkTabs(window, QStringLiteral("Workshops, ") + chooser->currentText());
        }
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk layout tests"));
        QSettings().clear();
        Translations::install();
        MessageBox::recordInsteadOfShowing(true);
    }

    void init() { m_problems.clear(); }

    void everyAreaFitsASmallScreen()
    {
        walkEveryArea();
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    }

    void screenshotsOfEveryArea()
    {
        // Into the build folder's screenshots/, as the other tests do; docs/screenshots holds
        // the ones looked at (areas-*-1024x700.png and areas-*-1920x1080.png).
        QDir().mkpath(QStringLiteral(AD_BINARY_DIR "/screenshots"));
        const QStringList names = {QStringLiteral("candidates"), QStringLiteral("workshops"),
                                   QStringLiteral("activities"), QStringLiteral("pool"), QStringLiteral("dashboard")};
        for (const QSize size : {kSmallScreen, QSize(1920, 1080)}) {
            MainWindow window;
            window.resize(size);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openDemo());
            window.candidateList()->table()->selectRow(0);
            auto* navigation = window.findChild<QListWidget*>(QStringLiteral("areaNavigation"));
            QCOMPARE(navigation->count(), names.size());
            for (int area = 0; area < navigation->count(); ++area) {
                navigation->setCurrentRow(area);
                if (names.at(area) == QLatin1String("workshops")) {  // read once shown
                    auto* chooser = window.workshopsPage()->findChild<QComboBox*>(QStringLiteral("workshopChooser"));
                    QVERIFY(chooser->count() > 1);
                    chooser->setCurrentIndex(1);
                }
                QTest::qWait(50);  // the board's columns take their widths in a layout pass of their own
                QCOMPARE(window.size(), size);
                QVERIFY(window.grab().save(QStringLiteral(AD_BINARY_DIR "/screenshots/area-%1-%2x%3.png")
                                               .arg(names.at(area))
                                               .arg(size.width())
                                               .arg(size.height())));
            }
        }
    }

    void theNamesAndTheStageStayInSight()
    {
        MainWindow window;
        openDemo(window, 0);
        window.resize(1920, 1080);  // at 1024 px the names and stage are all the list shows
        QApplication::processEvents();
        QTableView* table = window.candidateList()->table();
        auto* frozen = table->findChild<QTableView*>(QStringLiteral("frozenColumns"));
        QVERIFY(frozen);
        QVERIFY(frozen->isVisible());
        const QHeaderView* header = table->horizontalHeader();
        // The stage right after the names, in the list and in the view that stays.
        QCOMPARE(header->visualIndex(CandidateTableModel::FamilyName), 0);
        QCOMPARE(header->visualIndex(CandidateTableModel::GivenNames), 1);
        QCOMPARE(header->visualIndex(CandidateTableModel::Stage), 2);
        for (int column = 0; column < CandidateTableModel::ColumnCount; ++column) {
            const bool kept = column == CandidateTableModel::FamilyName || column == CandidateTableModel::GivenNames ||
                              column == CandidateTableModel::Stage;
            QCOMPARE(frozen->isColumnHidden(column), !kept);
        }
        // Scrolled to the far right, the names and stage are still where they were, row by row.
        QVERIFY(table->horizontalScrollBar()->maximum() > 0);
        table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
        table->selectRow(5);
        QApplication::processEvents();
        QVERIFY(frozen->isVisible());
        QCOMPARE(frozen->geometry().left(), table->viewport()->geometry().left());
        QCOMPARE(frozen->width(), table->columnWidth(CandidateTableModel::FamilyName) +
                                      table->columnWidth(CandidateTableModel::GivenNames) +
                                      table->columnWidth(CandidateTableModel::Stage));
        QCOMPARE(frozen->selectionModel(), table->selectionModel());
        QCOMPARE(frozen->verticalScrollBar()->value(), table->verticalScrollBar()->value());
        // A column hidden through View > Columns leaves the frozen view too.
        window.candidateList()->columnsMenu()->actions().at(CandidateTableModel::GivenNames)->setChecked(false);
        QVERIFY(frozen->isColumnHidden(CandidateTableModel::GivenNames));
        QCOMPARE(frozen->width(),
                 table->columnWidth(CandidateTableModel::FamilyName) + table->columnWidth(CandidateTableModel::Stage));
        window.candidateList()->columnsMenu()->actions().at(CandidateTableModel::GivenNames)->setChecked(true);
    }

    void theEditorsTabsAndActivitiesListGetAFairShare()
    {
        QSettings().clear();  // no splitter remembered: the shares the window starts with
        QList<int> moved;
        {
            MainWindow window;
            openDemo(window, 0);
            window.candidateList()->table()->selectRow(0);
            QApplication::processEvents();
            auto* details = window.findChild<QSplitter*>(QStringLiteral("detailsSplitter"));
            auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("candidateTabs"));
            QVERIFY(tabs->height() * 10 >= details->height() * 4);
            window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(2);
            QApplication::processEvents();
            auto* activities = window.findChild<QSplitter*>(QStringLiteral("activitiesSplitter"));
            auto* list = window.findChild<QWidget*>(QStringLiteral("activityTable"));
            QVERIFY2(list->height() * 10 >= activities->height() * 4,
                     qPrintable(QStringLiteral("%1 of %2").arg(list->height()).arg(activities->height())));
            // Moved by the user, remembered with the window.
            details->setSizes({details->height() - tabs->minimumSizeHint().height(), 1});
            QApplication::processEvents();
            moved = details->sizes();
            QVERIFY(moved.at(0) > moved.at(1));
            window.close();
        }
        MainWindow again;
        openDemo(again, 0);
        const QList<int> sizes = again.findChild<QSplitter*>(QStringLiteral("detailsSplitter"))->sizes();
        // As moved (give or take the rounding of a splitter sized before it is shown).
        QVERIFY2(qAbs(sizes.at(1) - moved.at(1)) <= 8 && sizes.at(0) > sizes.at(1),
                 qPrintable(QStringLiteral("%1, %2 for %3, %4")
                                .arg(sizes.at(0))
                                .arg(sizes.at(1))
                                .arg(moved.at(0))
                                .arg(moved.at(1))));
        QSettings().clear();
    }

    void theDashboardsChartsHaveRoomForTheirLegends()
    {
        MainWindow window;
        openDemo(window, 4);
        auto* funnel = window.findChild<QWidget*>(QStringLiteral("funnelPanel"));
        auto* pool = window.findChild<QWidget*>(QStringLiteral("poolByRegionPanel"));
        QVERIFY(funnel && pool);
        // At 1024 px one chart a row, as wide as the area; at 1920 two side by side.
        QVERIFY2(funnel->width() >= 700, qPrintable(QString::number(funnel->width())));
        QVERIFY(pool->y() > funnel->y());
        window.resize(1920, 1080);
        QApplication::processEvents();
        QCOMPARE(pool->y(), funnel->y());
        QVERIFY(funnel->width() >= 700);
    }

    void theBoardIsDrivenByTheArrows()
    {
        MainWindow window;
        openDemo(window, 1);
        PipelineBoard* board = window.workshopsPage()->board();
        // The stages of the pipeline that hold cards, left to right.
        QList<QListView*> filled;
        for (Stage stage : {Stage::Applied, Stage::Waitlisted, Stage::Selected, Stage::Confirmed, Stage::WorkshopPassed,
                            Stage::Accredited}) {
            if (board->column(stage)->model()->rowCount() > 0) {
                filled.append(board->column(stage));
            }
        }
        QVERIFY(filled.size() >= 2);
        QListView* first = filled.at(0);
        QListView* second = filled.at(1);
        QVERIFY(board->focusCandidate(static_cast<PipelineColumnModel*>(first->model())->cardAt(0).candidateId));
        QCOMPARE(QApplication::focusWidget(), first);
        QTest::keyClick(first, Qt::Key_Right);
        QCOMPARE(QApplication::focusWidget(), second);
        QCOMPARE(second->currentIndex().row(), 0);
        QCOMPARE(board->currentCandidate(), static_cast<PipelineColumnModel*>(second->model())->cardAt(0).candidateId);
        QTest::keyClick(second, Qt::Key_Left);
        QCOMPARE(QApplication::focusWidget(), first);
        QCOMPARE(board->currentCandidate(), static_cast<PipelineColumnModel*>(first->model())->cardAt(0).candidateId);
        // Down moves within the column, to the card below, when there is one.
        if (first->model()->rowCount() > 1) {
            QTest::keyClick(first, Qt::Key_Down);
            QCOMPARE(first->currentIndex().row(), 1);
            // Right keeps the height where the next column is as tall, the last card otherwise.
            QTest::keyClick(first, Qt::Key_Right);
            QCOMPARE(second->currentIndex().row(), std::min(1, second->model()->rowCount() - 1));
        }
    }

    void ctrlNumbersGoToTheAreasAndCtrlFToTheirSearch()
    {
        MainWindow window;
        openDemo(window, 0);
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("areaNavigation"));
        for (int area = navigation->count(); area >= 1; --area) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_0 + area), Qt::ControlModifier);
            QCOMPARE(navigation->currentRow(), area - 1);
        }
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), window.findChild<QWidget*>(QStringLiteral("quickFilter")));
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);  // Pool
        QTest::keySequence(&window, QKeySequence::Find);
        QCOMPARE(QApplication::focusWidget(), window.findChild<QWidget*>(QStringLiteral("searchLanguage")));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);  // Workshops
        QTest::keySequence(&window, QKeySequence::Find);
        QCOMPARE(QApplication::focusWidget(), window.findChild<QWidget*>(QStringLiteral("workshopChooser")));
        // An area without a search field says so instead of doing nothing.
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);  // Dashboard
        auto* find = window.findChild<QAction*>(QStringLiteral("actionFind"));
        QVERIFY(find);
        QVERIFY(!find->isEnabled());
        QVERIFY(find->toolTip().contains(QStringLiteral("Candidates")));
    }

    void theFocusedAreaIsSeen()
    {
        MainWindow window;
        openDemo(window, 0);
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("areaNavigation"));
        window.findChild<QWidget*>(QStringLiteral("quickFilter"))->setFocus();
        QApplication::processEvents();
        const QImage unfocused = navigation->grab().toImage();
        navigation->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        QVERIFY(navigation->hasFocus());
        const QImage focused = navigation->grab().toImage();
        // A ring in the text's colour around the current area's item, on its selection colour.
        const QRect item =
            navigation->visualItemRect(navigation->currentItem()).translated(navigation->viewport()->pos());
        const QColor ring = navigation->palette().color(QPalette::Active, QPalette::Text);
        const auto ringAt = [&](const QImage& image) {
            int count = 0;
            for (int x = item.left(); x <= item.right(); ++x) {
                count += QColor(image.pixel(x, item.top())) == ring ? 1 : 0;
            }
            return count;
        };
        QVERIFY2(ringAt(focused) > item.width() / 2, qPrintable(QString::number(ringAt(focused))));
        QVERIFY2(ringAt(unfocused) < item.width() / 2, qPrintable(QString::number(ringAt(unfocused))));
        // Inside the ring, focused or not, the area's item keeps the selection's colour and
        // its name in the selected text's colour (it was once drawn white on white).
        const QColor highlight = navigation->palette().color(QPalette::Active, QPalette::Highlight);
        const QColor highlightedText = navigation->palette().color(QPalette::Active, QPalette::HighlightedText);
        // Near the colour, not equal: the style shades a selection a little.
        const auto countIn = [&](const QImage& image, const QColor& colour) {
            int count = 0;
            for (int y = item.top() + 3; y <= item.bottom() - 3; ++y) {
                for (int x = item.left() + 3; x <= item.right() - 3; ++x) {
                    const QColor c(image.pixel(x, y));
                    const bool near = std::abs(c.red() - colour.red()) < 32 &&
                                      std::abs(c.green() - colour.green()) < 32 &&
                                      std::abs(c.blue() - colour.blue()) < 32;
                    count += near ? 1 : 0;
                }
            }
            return count;
        };
        const int inside = (item.width() - 6) * (item.height() - 6);
        for (const QImage* image : {&focused, &unfocused}) {
            QVERIFY2(countIn(*image, highlight) > inside / 2,
                     qPrintable(QStringLiteral("%1 of %2").arg(countIn(*image, highlight)).arg(inside)));
            QVERIFY2(countIn(*image, highlightedText) > 10,
                     qPrintable(QString::number(countIn(*image, highlightedText))));
        }
    }

    void declareUnavailableSaysWhyItIsDisabled()
    {
        MainWindow window;
        openDemo(window, 3);
        auto* pool = window.findChild<QTableView*>(QStringLiteral("poolTable"));
        auto* declare = window.findChild<QPushButton*>(QStringLiteral("declareUnavailable"));
        QVERIFY(pool && declare);
        pool->selectionModel()->clearCurrentIndex();
        pool->clearSelection();
        QVERIFY(!declare->isEnabled());
        QVERIFY2(declare->toolTip().contains(QStringLiteral("Select an advisor first")),
                 qPrintable(declare->toolTip()));
        pool->selectRow(0);
        QVERIFY(declare->isEnabled());
        QVERIFY(!declare->toolTip().contains(QStringLiteral("Select an advisor first")));
        QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("withdrawUnavailability"))->isEnabled());
        QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("withdrawUnavailability"))->toolTip().isEmpty());
    }

    // French words are longer: the window must fit 1024x700 in French too. Last: the
    // French translator stays installed.
    void everyAreaFitsASmallScreenInFrenchToo()
    {
        Translations::choose(Translations::Language::French);
        Translations::install(Translations::chosen());
        walkEveryArea();
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    }
};

AD_TEST_MAIN(TestLayouts)
#include "TestLayouts.moc"
