// SPDX-License-Identifier: GPL-3.0-or-later
// Applicants of a workshop in the window (issue #16): the candidate editor's "Workshop
// applied to" records the application at once, refuses to move it away from a seat held,
// and the Workshops area's board shows the workshop's applicants without a seat. A seat is
// in the workshop applied to, on every path of the window: the editor's box, Participants
// > Enrol (which moves the application and says so), Hand Seat Back and Undo.
#include "candidates/AppliedWorkshopBox.h"
#include "candidates/CandidateEditor.h"
#include "candidates/CandidateListView.h"
#include "candidates/CandidateTableModel.h"
#include "demo/DemoFile.h"
#include "domain/Candidate.h"
#include "domain/Invariants.h"
#include "domain/Pipeline.h"
#include "MainWindow.h"
#include "store/Candidates.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "TestSupport.h"
#include "Translations.h"
#include "widgets/MessageBox.h"
#include "workshops/PipelineBoard.h"
#include "workshops/PipelineColumnModel.h"
#include "workshops/WorkshopsPage.h"
#include "TestMain.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTableWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestApplicantsWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString freshDemo()
    {
        const QString file = m_dir.filePath(QStringLiteral("demo-%1.accred").arg(++m_count));
        return DemoFile::create(file).ok() ? file : QString();
    }

    /// Pictures of `widget` at both sizes, scrolled so that `shown` (if given) is in view.
    static void screenshot(QWidget* widget, const QString& name, QWidget* shown = nullptr)
    {
        QDir().mkpath(QStringLiteral(AD_BINARY_DIR "/screenshots"));
        for (const QSize size : {QSize(1024, 700), QSize(1920, 1080)}) {
            widget->resize(size);
            QApplication::processEvents();
            for (QWidget* parent = shown ? shown->parentWidget() : nullptr; parent; parent = parent->parentWidget()) {
                if (auto* scroll = qobject_cast<QScrollArea*>(parent)) {
                    scroll->ensureWidgetVisible(shown);
                    QApplication::processEvents();
                    break;
                }
            }
            QVERIFY(widget->grab().save(QStringLiteral(AD_BINARY_DIR "/screenshots/%1-%2x%3.png")
                                            .arg(name)
                                            .arg(size.width())
                                            .arg(size.height())));
        }
    }

    /// Selects the candidate at `stage` whose family name comes first; returns their id.
    static QUuid selectAt(MainWindow& window, Stage stage)
    {
        auto* model = window.candidateModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(CandidateTableModel::StageKeyRole).toString() == keyOf(stage)) {
                window.candidateList()->table()->selectRow(row);
                return model->index(row, 0).data(CandidateTableModel::CandidateIdRole).toUuid();
            }
        }
        return {};
    }

    /// Every broken invariant of the window's file, one a line; empty when none.
    static QString broken(const Store& store)
    {
        const auto found = store.invariants();
        if (!found.ok()) {
            return found.message();
        }
        QStringList lines;
        for (const InvariantFinding& f : found.value()) {
            lines.append(QStringLiteral("[%1] %2").arg(InvariantFinding::key(f.rule), f.message));
        }
        return lines.join(QLatin1Char('\n'));
    }

    static void choose(AppliedWorkshopBox* box, const QString& words)
    {
        const int index = box->findText(words, Qt::MatchContains);
        QVERIFY(index > 0);
        box->setCurrentIndex(index);
        emit box->activated(index);
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk applicants tests"));
        QSettings().clear();
        Translations::install();
        MessageBox::recordInsteadOfShowing(true);
    }

    void theEditorRecordsTheWorkshopAppliedToAndTheBoardShowsTheApplicant()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(freshDemo()));
        const QUuid id = selectAt(window, Stage::Applied);
        QVERIFY(!id.isNull());
        auto* box = window.candidateEditor()->findChild<AppliedWorkshopBox*>(QStringLiteral("appliedWorkshop"));
        QVERIFY(box);
        QCOMPARE(box->accessibleName(), QStringLiteral("Workshop applied to"));
        QVERIFY(box->isEnabled());
        QCOMPARE(box->currentIndex(), 0);  // none yet
        choose(box, QStringLiteral("Nairobi"));
        const QUuid nairobi = window.store()->workshops().applicationOf(id).value();
        QVERIFY(!nairobi.isNull());
        QCOMPARE(window.store()->workshops().enrolmentOf(id).value(), QUuid());  // no seat
        screenshot(&window, QStringLiteral("editor-workshop-applied-to"), box);

        // The board of that workshop shows them among its applicants.
        window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(1);
        WorkshopsPage* page = window.workshopsPage();
        auto* chooser = page->findChild<QComboBox*>(QStringLiteral("workshopChooser"));
        chooser->setCurrentIndex(chooser->findText(QStringLiteral("Nairobi"), Qt::MatchContains));
        QApplication::processEvents();
        PipelineColumnModel* applied = page->board()->columnModel(Stage::Applied);
        bool shown = false;
        for (int row = 0; row < applied->rowCount(); ++row) {
            shown = shown || applied->cardAt(row).candidateId == id;
        }
        QVERIFY(shown);
        screenshot(&window, QStringLiteral("board-applicants"));
    }

    void aSeatHeldElsewhereKeepsTheApplicationAndSaysWhy()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(freshDemo()));
        const QUuid id = selectAt(window, Stage::Confirmed);
        QVERIFY(!id.isNull());
        const QUuid seat = window.store()->workshops().enrolmentOf(id).value();
        QVERIFY(!seat.isNull());
        auto* box = window.candidateEditor()->findChild<AppliedWorkshopBox*>(QStringLiteral("appliedWorkshop"));
        const QString before = box->currentText();
        QVERIFY(!before.isEmpty() && box->currentIndex() > 0);
        const int other = box->findText(before) == 1 ? 2 : 1;
        box->setCurrentIndex(other);
        emit box->activated(other);
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("holds a seat")),
                 qPrintable(MessageBox::lastRecorded()));
        QCOMPARE(box->currentText(), before);
        QCOMPARE(window.store()->workshops().applicationOf(id).value(), seat);
    }

    void aSeatTakenInTheWindowIsInTheWorkshopAppliedTo()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(freshDemo()));
        const Store& store = *window.store();
        const QUuid id = selectAt(window, Stage::Applied);
        QVERIFY(!id.isNull());
        auto* box = window.candidateEditor()->findChild<AppliedWorkshopBox*>(QStringLiteral("appliedWorkshop"));
        // The editor: an application to a workshop other than Nairobi.
        int other = -1;
        for (int i = 1; i < box->count() && other < 0; ++i) {
            other = box->itemText(i).contains(QStringLiteral("Nairobi")) ? -1 : i;
        }
        QVERIFY(other > 0);
        const QString appliedTitle = box->itemText(other);
        box->setCurrentIndex(other);
        emit box->activated(other);
        const QUuid applied = store.workshops().applicationOf(id).value();
        QVERIFY(!applied.isNull());
        QVERIFY2(broken(store).isEmpty(), qPrintable(broken(store)));

        // Undo takes back the editor's typing, not the application recorded at once.
        auto* position = window.candidateEditor()->findChild<QLineEdit*>(QStringLiteral("position"));
        QVERIFY(position);
        const QString typedBefore = position->text();
        QTest::keyClicks(position, QStringLiteral(" (acting)"));
        QVERIFY(window.undoStack()->canUndo());
        while (window.undoStack()->canUndo()) {
            window.undoStack()->undo();
        }
        QCOMPARE(position->text(), typedBefore);
        QCOMPARE(store.workshops().applicationOf(id).value(), applied);
        QCOMPARE(box->currentText(), appliedTitle);
        QVERIFY2(broken(store).isEmpty(), qPrintable(broken(store)));

        // Participants > Enrol in Nairobi: the seat takes the application with it, and the
        // officer is told where it was.
        window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(1);
        WorkshopsPage* page = window.workshopsPage();
        auto* chooser = page->findChild<QComboBox*>(QStringLiteral("workshopChooser"));
        chooser->setCurrentIndex(chooser->findText(QStringLiteral("Nairobi"), Qt::MatchContains));
        QApplication::processEvents();
        auto* toEnrol = page->findChild<QComboBox*>(QStringLiteral("candidateToEnrol"));
        toEnrol->setCurrentIndex(toEnrol->findData(id.toString(QUuid::WithoutBraces)));
        QVERIFY(toEnrol->currentIndex() >= 0);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("enrolCandidate")), Qt::LeftButton);
        const QUuid seat = store.workshops().enrolmentOf(id).value();
        QVERIFY2(!seat.isNull() && seat != applied, qPrintable(MessageBox::lastRecorded()));
        QCOMPARE(store.workshops().applicationOf(id).value(), seat);
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("application moved")) &&
                     MessageBox::lastRecorded().contains(appliedTitle),
                 qPrintable(MessageBox::lastRecorded()));
        QVERIFY2(broken(store).isEmpty(), qPrintable(broken(store)));

        // Undo does not take the seat or the application back either: both are recorded.
        while (window.undoStack()->canUndo()) {
            window.undoStack()->undo();
        }
        QCOMPARE(store.workshops().enrolmentOf(id).value(), seat);
        QCOMPARE(store.workshops().applicationOf(id).value(), seat);

        // Hand Seat Back keeps the application where the seat was.
        auto* participants = page->findChild<QTableWidget*>(QStringLiteral("participantsTable"));
        int row = -1;
        for (int r = 0; r < participants->rowCount(); ++r) {
            row = participants->item(r, 0)->data(Qt::UserRole).toUuid() == id ? r : row;
        }
        QVERIFY(row >= 0);
        participants->selectRow(row);
        MessageBox::setNextAnswer(true);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("handSeatBack")), Qt::LeftButton);
        QCOMPARE(store.workshops().enrolmentOf(id).value(), QUuid());
        QCOMPARE(store.workshops().applicationOf(id).value(), seat);
        QVERIFY2(broken(store).isEmpty(), qPrintable(broken(store)));
    }
};

AD_TEST_MAIN(TestApplicantsWindow)
#include "TestApplicantsWindow.moc"
