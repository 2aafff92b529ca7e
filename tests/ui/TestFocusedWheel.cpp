// SPDX-License-Identifier: GPL-3.0-or-later
// The mouse wheel over a combo, spin or date box that has no focus scrolls the page and
// leaves the value alone (issue 13, defect 2: scrolling the candidate editor changed
// "WCO region"). With the focus, the wheel is the box's own, as in KeePassXC and Qt Creator.
#include "candidates/CandidateEditor.h"
#include "candidates/CandidateListView.h"
#include "candidates/CandidateTableModel.h"
#include "demo/DemoFile.h"
#include "MainWindow.h"
#include "widgets/MessageBox.h"
#include "Translations.h"
#include "TestMain.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSpontaneKeyEvent>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

class TestFocusedWheel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// One notch of the wheel over the middle of `target`, as the window system delivers it
    /// (spontaneous: only then does Qt hand an ignored wheel on to the parents).
    static void turnWheelOver(QWidget* target, int notches)
    {
        const QPointF local = QRectF(target->rect()).center();
        QWheelEvent event(local, target->mapToGlobal(local), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QSpontaneKeyEvent::setSpontaneous(&event);
        QApplication::sendEvent(target, &event);
    }

    static QScrollArea* scrollAreaAround(QWidget* widget)
    {
        for (QWidget* w = widget->parentWidget(); w; w = w->parentWidget()) {
            if (auto* area = qobject_cast<QScrollArea*>(w)) {
                return area;
            }
        }
        return nullptr;
    }

    static void openOnSato(MainWindow& window, const QString& file)
    {
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openFile(file));
        auto* model = window.candidateModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, CandidateTableModel::FamilyName).data().toString() == QStringLiteral("Sato")) {
                window.candidateList()->table()->selectRow(row);
            }
        }
        QCOMPARE(window.candidateEditor()->working().familyName, QStringLiteral("Sato"));
        window.candidateList()->table()->setFocus();
        QTRY_VERIFY(window.candidateList()->table()->hasFocus());
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk wheel tests"));
        QSettings().clear();
        Translations::install();
        MessageBox::recordInsteadOfShowing(true);
        QVERIFY(DemoFile::create(m_dir.filePath(QStringLiteral("demo.accred"))).ok());
    }

    void theWheelOverTheEditorScrollsItAndChangesNoField()
    {
        MainWindow window;
        openOnSato(window, m_dir.filePath(QStringLiteral("demo.accred")));
        CandidateEditor* editor = window.candidateEditor();
        auto* region = editor->findChild<QComboBox*>(QStringLiteral("region"));
        auto* years = editor->findChild<QSpinBox*>(QStringLiteral("years_in_customs"));
        auto* born = editor->findChild<QDateEdit*>(QStringLiteral("date_of_birth"));
        QVERIFY(region && years && born);
        QScrollArea* page = scrollAreaAround(region);
        QVERIFY(page);
        QVERIFY(page->verticalScrollBar()->maximum() > 0);  // at 1024x700 the form is taller than its place
        // Qt would otherwise focus a box the wheel passes over before the wheel reaches it.
        QCOMPARE(region->focusPolicy(), Qt::StrongFocus);
        QCOMPARE(years->focusPolicy(), Qt::StrongFocus);
        QCOMPARE(born->focusPolicy(), Qt::StrongFocus);

        const int regionBefore = region->currentIndex();
        const int yearsBefore = years->value();
        const QDate bornBefore = born->date();
        turnWheelOver(born, -1);
        turnWheelOver(region, -1);
        turnWheelOver(years, -1);
        QCOMPARE(born->date(), bornBefore);
        QCOMPARE(region->currentIndex(), regionBefore);
        QCOMPARE(years->value(), yearsBefore);
        QVERIFY(!region->hasFocus() && !years->hasFocus() && !born->hasFocus());
        QVERIFY(!window.isWindowModified());
        QVERIFY(page->verticalScrollBar()->value() > 0);  // the page scrolled instead

        // A box the user clicked or tabbed into takes the wheel.
        region->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(region->hasFocus());
        turnWheelOver(region, -1);
        QVERIFY(region->currentIndex() != regionBefore);
        QVERIFY(window.isWindowModified());
    }

    void theWheelChangesNoUnfocusedBoxInTheActivitiesArea()
    {
        MainWindow window;
        openOnSato(window, m_dir.filePath(QStringLiteral("demo.accred")));
        window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(2);
        auto* from = window.findChild<QDateEdit*>(QStringLiteral("activityFrom"));
        auto* kind = window.findChild<QComboBox*>(QStringLiteral("activityKind"));
        QVERIFY(from && kind);
        QTRY_VERIFY(from->isVisible());
        const QDate fromBefore = from->date();
        const int kindBefore = kind->currentIndex();
        turnWheelOver(from, 1);
        turnWheelOver(kind, -1);
        QCOMPARE(from->date(), fromBefore);
        QCOMPARE(kind->currentIndex(), kindBefore);

        from->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(from->hasFocus());
        turnWheelOver(from, 1);
        QVERIFY(from->date() != fromBefore);
    }
};

AD_TEST_MAIN(TestFocusedWheel)
#include "TestFocusedWheel.moc"
