// SPDX-License-Identifier: GPL-3.0-or-later
// The pipeline in the window: the Workshops area with its seats, the board whose cards
// move by drag and drop or by keyboard through the decision dialog, a refused move
// explained, a commitment recorded on the candidate's page, informing and closing a step.
#include "domain/Candidate.h"
#include "candidates/CandidateListView.h"
#include "candidates/CandidateStandingView.h"
#include "domain/AvailabilityCommitment.h"
#include "candidates/DecisionDialog.h"
#include "demo/DemoFile.h"
#include "MainWindow.h"
#include "widgets/MessageBox.h"
#include "domain/Pipeline.h"
#include "workshops/PipelineBoard.h"
#include "workshops/PipelineColumnModel.h"
#include "store/Store.h"
#include "store/Decisions.h"
#include "store/Candidates.h"
#include "TestSupport.h"
#include "Translations.h"
#include "workshops/WorkshopDialog.h"
#include "workshops/WorkshopsPage.h"
#include "TestMain.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace TestSupport;

class TestPipelineBoard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    static void screenshot(QWidget* widget, const QString& name)
    {
        QDir().mkpath(QStringLiteral(AD_BINARY_DIR "/screenshots"));
        QApplication::processEvents();  // lets pending layout requests run, as the event loop would
        QVERIFY(widget->grab().save(QStringLiteral(AD_BINARY_DIR "/screenshots/") + name));
    }

    static WorkshopsPage* openWorkshops(MainWindow& window)
    {
        window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(1);
        return window.workshopsPage();
    }

    static QUuid idOf(const Store* store, const QString& family)
    {
        const auto found = store->candidates().find(family);
        return found.ok() && found.value().size() == 1 ? found.value().constFirst().meta.id : QUuid();
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk board tests"));
        QSettings().clear();
        Translations::install();
        MessageBox::recordInsteadOfShowing(true);
        m_demo = m_dir.filePath(QStringLiteral("demo.accred"));
        QVERIFY(DemoFile::create(m_demo).ok());
    }

    void theBoardShowsEveryStageWithFlags()
    {
        MainWindow window;
        window.resize(1400, 800);
        window.show();
        QVERIFY(window.openFile(m_demo, true));
        WorkshopsPage* page = openWorkshops(window);
        auto* chooser = page->findChild<QComboBox*>(QStringLiteral("workshopChooser"));
        chooser->setCurrentIndex(2);  // Kashiwa, the workshop of 2023
        QVERIFY(chooser->currentText().contains(QStringLiteral("Kashiwa")));
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("workshopSeats"))->text().contains(QStringLiteral("6 / 10")));
        PipelineBoard* board = page->board();
        QCOMPARE(board->columnModel(Stage::Accredited)->rowCount(), 2);
        QCOMPARE(board->columnModel(Stage::WorkshopPassed)->rowCount(), 2);
        QVERIFY(board->column(Stage::Accredited)->accessibleName().contains(QStringLiteral("2 candidates")));
        for (Stage stage : allOf<Stage>()) {
            QAbstractItemModelTester tester(board->columnModel(stage),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        }
        screenshot(&window, QStringLiteral("pipeline-board.png"));
        // Read-only: nothing can be decided from here.
        QVERIFY(board->focusCandidate(board->columnModel(Stage::Accredited)->cardAt(0).candidateId));
        QVERIFY(!board->findChild<QPushButton*>(QStringLiteral("boardDecide"))->isEnabled());
    }

    void aRefusedMoveIsExplainedAndAnAllowedOneRecorded()
    {
        const QString file = m_dir.filePath(QStringLiteral("moves.accred"));
        QVERIFY(QFile::copy(m_demo, file));
        MainWindow window;
        window.resize(1400, 800);
        window.show();
        QVERIFY(window.openFile(file));
        WorkshopsPage* page = openWorkshops(window);
        page->findChild<QComboBox*>(QStringLiteral("workshopChooser"))->setCurrentIndex(1);  // Nairobi, upcoming
        PipelineBoard* board = page->board();
        const QUuid njoroge = idOf(window.store(), QStringLiteral("Njoroge"));
        PipelineColumnModel* selected = board->columnModel(Stage::Selected);
        const int row = selected->rowOf(njoroge);
        QVERIFY(row >= 0);
        QVERIFY(selected->data(selected->index(row), PipelineColumnModel::FlagsRole)
                    .toStringList()
                    .contains(QStringLiteral("commitment missing")));

        // Drag the card to "Confirmed": the dialog opens and says why not, before anything is written.
        std::unique_ptr<QMimeData> dragged(selected->mimeData({selected->index(row)}));
        PipelineColumnModel* confirmed = board->columnModel(Stage::Confirmed);
        QVERIFY(confirmed->canDropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {}));
        confirmed->dropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {});
        QTRY_VERIFY(board->findChild<DecisionDialog*>());
        auto* dialog = board->findChild<DecisionDialog*>();
        QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("decisionTo"))->currentText(), labelOf(Stage::Confirmed));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("decisionReason")),
                         QStringLiteral("Seat confirmed"));
        auto* verdict = dialog->findChild<QLabel*>(QStringLiteral("decisionVerdict"));
        QVERIFY2(verdict->text().contains(QStringLiteral("availability commitment")), qPrintable(verdict->text()));
        QApplication::processEvents();
        screenshot(dialog, QStringLiteral("decision-refused.png"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("decisionRecord")), Qt::LeftButton);
        QVERIFY(MessageBox::lastRecorded().contains(QStringLiteral("availability commitment")));
        QVERIFY(dialog->isVisible());  // the user can still change their mind
        dialog->reject();
        QCOMPARE(window.store()->candidates().byId(njoroge).value().stage, Stage::Selected);

        // The commitment is recorded on the candidate's page, by keyboard.
        window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(0);
        window.candidateList()->select(njoroge);
        CandidateStandingView* standing = window.standingView();
        QTRY_VERIFY(standing->history()->rowCount() == 1);
        auto* how = standing->findChild<QLineEdit*>(QStringLiteral("commitmentHow"));
        how->setFocus();
        QTest::keyClicks(how, QStringLiteral("Signed form handed over in Nairobi"));
        QTest::mouseClick(standing->findChild<QPushButton*>(QStringLiteral("saveCommitment")), Qt::LeftButton);
        QVERIFY(window.store()->decisions().commitment(njoroge).value().has_value());
        QVERIFY(standing->findChild<QLabel*>(QStringLiteral("commitmentState"))
                    ->text()
                    .startsWith(QStringLiteral("Given on")));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("candidateTabs"));
        tabs->setCurrentWidget(standing);
        auto* details = window.findChild<QSplitter*>(QStringLiteral("detailsSplitter"));
        details->setSizes({250, 550});
        screenshot(&window, QStringLiteral("candidate-decisions.png"));

        // Back on the board, by keyboard only: focus the card, Enter, choose, type, record.
        openWorkshops(window);
        QVERIFY(board->focusCandidate(njoroge));
        QListView* column = board->column(Stage::Selected);
        QTest::keyClick(column, Qt::Key_Return);
        QTRY_VERIFY(board->findChild<DecisionDialog*>());
        dialog = board->findChild<DecisionDialog*>();
        auto* to = dialog->findChild<QComboBox*>(QStringLiteral("decisionTo"));
        to->setCurrentIndex(to->findText(labelOf(Stage::Confirmed)));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("decisionReason")),
                         QStringLiteral("Commitment received; seat confirmed."));
        QCOMPARE(dialog->refusal(), QString());
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("decisionRecord")), Qt::LeftButton);
        QTRY_COMPARE(window.store()->candidates().byId(njoroge).value().stage, Stage::Confirmed);
        QTRY_VERIFY(board->columnModel(Stage::Confirmed)->rowOf(njoroge) >= 0);
        QCOMPARE(board->columnModel(Stage::Selected)->rowOf(njoroge), -1);
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("workshopSeats"))->text().contains(QStringLiteral("2 / 10")));

        // Ctrl+Right walks to the next column with cards.
        QVERIFY(board->focusCandidate(njoroge));
        QTest::keyClick(board->column(Stage::Confirmed), Qt::Key_Left, Qt::ControlModifier);
        QVERIFY(QApplication::focusWidget() != board->column(Stage::Confirmed));
    }

    void informingAndClosingTheSelection()
    {
        const QString file = m_dir.filePath(QStringLiteral("inform.accred"));
        QVERIFY(QFile::copy(m_demo, file));
        MainWindow window;
        window.resize(1400, 800);
        window.show();
        QVERIFY(window.openFile(file));
        WorkshopsPage* page = openWorkshops(window);
        page->findChild<QComboBox*>(QStringLiteral("workshopChooser"))->setCurrentIndex(1);  // Nairobi
        page->tabs()->setCurrentIndex(3);
        auto* close = page->findChild<QPushButton*>(QStringLiteral("stepButton_selection"));
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("still await being told")),
                 qPrintable(MessageBox::lastRecorded()));

        page->tabs()->setCurrentIndex(2);
        auto* pending = page->findChild<QTableWidget*>(QStringLiteral("toInformTable"));
        QCOMPARE(pending->rowCount(), 1);
        QVERIFY(pending->item(0, 0)->text().contains(QStringLiteral("Njoroge")));
        QVERIFY(page->tabs()->tabText(2).contains(QStringLiteral("(1)")));
        screenshot(&window, QStringLiteral("workshop-to-inform.png"));
        pending->selectRow(0);
        auto* channel = page->findChild<QComboBox*>(QStringLiteral("informedBy"));
        channel->setCurrentIndex(channel->findData(QStringLiteral("letter")));
        MessageBox::setNextAnswer(true);  // "Record that Amani Njoroge was told…?"
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("recordInformed")), Qt::LeftButton);
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("Njoroge")),
                 qPrintable(MessageBox::lastRecorded()));
        QCOMPARE(pending->rowCount(), 0);
        const auto decisions = window.store()->decisions().of(idOf(window.store(), QStringLiteral("Njoroge"))).value();
        QCOMPARE(decisions.constLast().informedBy, std::optional<InformChannel>(InformChannel::Letter));

        page->tabs()->setCurrentIndex(3);
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("stepState_selection"))
                    ->text()
                    .startsWith(QStringLiteral("Closed")));
        QCOMPARE(close->text(), QStringLiteral("Reopen"));
        screenshot(&window, QStringLiteral("workshop-steps.png"));
    }

    void aNewWorkshopAndItsLastSeat()
    {
        const QString file = m_dir.filePath(QStringLiteral("seats.accred"));
        QVERIFY(QFile::copy(m_demo, file));
        MainWindow window;
        window.resize(1400, 800);
        window.show();
        QVERIFY(window.openFile(file));
        WorkshopsPage* page = openWorkshops(window);
        QTimer::singleShot(0, this, []() {
            auto* dialog = qobject_cast<WorkshopDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("workshopTitle")),
                             QStringLiteral("Accreditation workshop, Lima"));
            dialog->findChild<QSpinBox*>(QStringLiteral("workshopCapacity"))->setValue(1);
            dialog->findChild<QDateEdit*>(QStringLiteral("workshopStart"))->setDate(QDate::currentDate().addDays(90));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("workshopSave")), Qt::LeftButton);
        });
        page->newWorkshop();
        auto* chooser = page->findChild<QComboBox*>(QStringLiteral("workshopChooser"));
        QVERIFY(chooser->currentText().contains(QStringLiteral("Lima")));
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("workshopSeats"))->text().contains(QStringLiteral("0 / 1")));
        page->tabs()->setCurrentIndex(1);
        auto* enrol = page->findChild<QComboBox*>(QStringLiteral("candidateToEnrol"));
        QVERIFY(enrol->count() > 0);
        enrol->setCurrentIndex(enrol->findText(QStringLiteral("Diallo"), Qt::MatchStartsWith));
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("enrolCandidate")), Qt::LeftButton);
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("workshopSeats"))->text().contains(QStringLiteral("1 / 1")));
        QCOMPARE(page->findChild<QTableWidget*>(QStringLiteral("participantsTable"))->rowCount(), 1);
        // The next one is refused with the reason.
        enrol->setCurrentIndex(0);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("enrolCandidate")), Qt::LeftButton);
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("is full")),
                 qPrintable(MessageBox::lastRecorded()));
        screenshot(&window, QStringLiteral("workshop-participants.png"));
    }
};

AD_TEST_MAIN(TestPipelineBoard)
#include "TestPipelineBoard.moc"
