// SPDX-License-Identifier: GPL-3.0-or-later
// What a screen reader user meets: in every area of the window and every tab in it, each
// control that takes the keyboard focus has a name that assistive technology can read
// (its own accessible name, its text, or the label it is the buddy of).
#include "domain/Candidate.h"
#include "candidates/DecisionDialog.h"
#include "demo/DemoFile.h"
#include "MainWindow.h"
#include "candidates/CandidateListView.h"
#include "widgets/MessageBox.h"
#include "TestSupport.h"
#include "store/Store.h"
#include "store/Candidates.h"
#include "Translations.h"
#include "workshops/WorkshopCriteriaView.h"
#include "workshops/WorkshopDialog.h"
#include "workshops/WorkshopsPage.h"
#include "TestMain.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    /// The focusable, visible controls of `root` that a screen reader could not name.
    static QStringList unnamedControls(QWidget* root)
    {
        QStringList unnamed;
        for (QWidget* w : root->findChildren<QWidget*>()) {
            if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus || !w->isEnabled() || qobject_cast<QScrollBar*>(w) ||
                w->inherits("QTabBar") || w->inherits("QHeaderView") || w->inherits("QCalendarWidget")) {
                continue;
            }
            // A scroll area's viewport is presented by the area itself.
            if (auto* area = qobject_cast<QAbstractScrollArea*>(w->parentWidget()); area && area->viewport() == w) {
                continue;
            }
            // The line edit inside a spin box is named by its owner; the one of an editable
            // combo is a child of its own to a screen reader (a11y-walk lists it), so it
            // needs a name too.
            if (w->parentWidget() && w->parentWidget()->inherits("QAbstractSpinBox")) {
                continue;
            }
            QAccessibleInterface* face = QAccessible::queryAccessibleInterface(w);
            const QString name = face ? face->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty()) {
                unnamed.append(
                    QStringLiteral("%1 \"%2\"").arg(QLatin1String(w->metaObject()->className()), w->objectName()));
            }
        }
        return unnamed;
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk accessibility tests"));
        QSettings().clear();
        Translations::install();
        MessageBox::recordInsteadOfShowing(true);
        m_demo = m_dir.filePath(QStringLiteral("demo.accred"));
        QVERIFY(DemoFile::create(m_demo).ok());
    }

    void everyFocusableControlHasAName()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openFile(m_demo));
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("areaNavigation"));
        QStringList problems;
        // Each area and tab as it opens, then again with a candidate selected and a
        // workshop chosen: their forms are enabled only then.
        for (int area = 0; area < navigation->count() * 2; ++area) {
            navigation->setCurrentRow(area % navigation->count());
            if (area == navigation->count()) {
                window.candidateList()->table()->selectRow(0);
            }
            if (area == navigation->count() + 1) {
                auto* chosen = window.workshopsPage()->findChild<QComboBox*>(QStringLiteral("workshopChooser"));
                QVERIFY(chosen->count() > 1);
                chosen->setCurrentIndex(1);
            }
            QApplication::processEvents();
            // Every tab of every tab widget shown in the area, one at a time.
            const QList<QTabWidget*> tabs = window.findChildren<QTabWidget*>();
            bool anyTabs = false;
            for (QTabWidget* tabWidget : tabs) {
                if (!tabWidget->isVisible()) {
                    continue;
                }
                anyTabs = true;
                for (int tab = 0; tab < tabWidget->count(); ++tab) {
                    tabWidget->setCurrentIndex(tab);
                    QApplication::processEvents();
                    for (const QString& control : unnamedControls(&window)) {
                        problems.append(navigation->currentItem()->text() + QStringLiteral(" / ") +
                                        tabWidget->tabText(tab).remove(QLatin1Char('&')) + QStringLiteral(": ") +
                                        control);
                    }
                }
            }
            if (!anyTabs) {
                for (const QString& control : unnamedControls(&window)) {
                    problems.append(navigation->currentItem()->text() + QStringLiteral(": ") + control);
                }
            }
        }
        // The Criteria tab with a workshop chosen and a criterion selected, so that its
        // editing controls are enabled (with "all workshops" they are not, and are skipped).
        navigation->setCurrentRow(1);
        WorkshopsPage* workshops = window.workshopsPage();
        QVERIFY(workshops->isVisible());
        auto* chooser = workshops->findChild<QComboBox*>(QStringLiteral("workshopChooser"));
        QVERIFY(chooser->count() > 1);
        chooser->setCurrentIndex(1);
        workshops->tabs()->setCurrentWidget(workshops->criteria());
        QVERIFY(workshops->criteria()->table()->rowCount() > 1);
        workshops->criteria()->table()->selectRow(1);
        QApplication::processEvents();
        QVERIFY(workshops->criteria()->findChild<QWidget*>(QStringLiteral("criterionName"))->isEnabled());
        for (const QString& control : unnamedControls(workshops->criteria())) {
            problems.append(QStringLiteral("Workshops / Criteria: ") + control);
        }

        // The dialogs the areas open.
        Store* store = const_cast<Store*>(window.store());
        const auto candidates = store->candidates().find(QStringLiteral("Njoroge"));
        QVERIFY(candidates.ok() && candidates.value().size() == 1);
        DecisionDialog decision(store, candidates.value().constFirst().meta.id, std::nullopt, &window);
        decision.show();
        WorkshopDialog workshop(store, Workshop(), &window);
        workshop.show();
        QApplication::processEvents();
        for (QDialog* dialog : std::initializer_list<QDialog*>{&decision, &workshop}) {
            for (const QString& control : unnamedControls(dialog)) {
                problems.append(dialog->windowTitle() + QStringLiteral(": ") + control);
            }
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

AD_TEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
