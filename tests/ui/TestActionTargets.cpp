// SPDX-License-Identifier: GPL-3.0-or-later
// Every action of the window acts on what the window shows when it is triggered, and every
// confirmation names who it acts on (issue 13, defect 1). The path that broke: edit a
// candidate, pick another, answer Save to "Unsaved changes", then act; the save reloaded the
// list and left it on the first candidate while the editor showed the second.
#include "domain/Candidate.h"
#include "candidates/CandidateEditor.h"
#include "candidates/CandidateListView.h"
#include "candidates/CandidateTableModel.h"
#include "candidates/DecisionDialog.h"
#include "demo/DemoFile.h"
#include "MainWindow.h"
#include "widgets/MessageBox.h"
#include "workshops/PipelineBoard.h"
#include "workshops/PipelineColumnModel.h"
#include "assessment/ScoringFormView.h"
#include "store/Store.h"
#include "store/Candidates.h"
#include "TestSupport.h"
#include "Translations.h"
#include "workshops/WorkshopsPage.h"
#include "TestMain.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace TestSupport;

class TestActionTargets : public QObject
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

    static bool selectByName(MainWindow& window, const QString& familyName)
    {
        auto* model = window.candidateModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, CandidateTableModel::FamilyName).data().toString() == familyName) {
                window.candidateList()->table()->selectRow(row);
                return true;
            }
        }
        return false;
    }

    static QUuid idOf(const MainWindow& window, const QString& familyName)
    {
        const auto found = window.store()->candidates().find(familyName);
        return found.ok() && !found.value().isEmpty() ? found.value().first().meta.id : QUuid();
    }

    /// Edits Haddad, then picks Sato and answers Save: the editor shows Sato.
    static void switchThroughTheSavePrompt(MainWindow& window)
    {
        QVERIFY(selectByName(window, QStringLiteral("Haddad")));
        auto* position = window.candidateEditor()->findChild<QLineEdit*>(QStringLiteral("position"));
        QTest::keyClicks(position, QStringLiteral(" (acting)"));
        QVERIFY(window.isWindowModified());
        MessageBox::setNextUnsavedChoice(MessageBox::UnsavedChoice::Save);
        QVERIFY(selectByName(window, QStringLiteral("Sato")));
        QCOMPARE(window.candidateEditor()->working().familyName, QStringLiteral("Sato"));
        QVERIFY(!window.isWindowModified());
        MessageBox::recordInsteadOfShowing(true);  // forget the save prompt
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk action target tests"));
        QSettings().clear();
        Translations::install();
        MessageBox::recordInsteadOfShowing(true);
    }

    void theListFollowsTheEditorThroughTheSavePrompt()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(freshDemo()));
        switchThroughTheSavePrompt(window);
        // The assessment below the editor scores the same person (it followed the list).
        const QString scoring = window.scoringForm()->findChild<QLabel*>(QStringLiteral("scoringHeading"))->text();
        QVERIFY2(scoring.contains(QStringLiteral("Haruka Sato")), qPrintable(scoring));
        QVERIFY(window.candidateList()->currentCandidate());
        QCOMPARE(window.candidateList()->currentCandidate()->familyName, QStringLiteral("Sato"));
        QCOMPARE(window.store()->candidates().find(QStringLiteral("Haddad")).value().first().position,
                 QStringLiteral("Legal adviser (acting)"));
    }

    void eraseActsOnTheShownCandidateAndNamesThem()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(freshDemo()));
        const QUuid haddad = idOf(window, QStringLiteral("Haddad"));
        const QUuid sato = idOf(window, QStringLiteral("Sato"));
        switchThroughTheSavePrompt(window);
        const QString shownName = window.candidateEditor()->working().displayName();

        MessageBox::setNextAnswer(true);
        MessageBox::setNextText(QStringLiteral("Asked by the candidate"));
        window.findChild<QAction*>(QStringLiteral("actionEraseCandidate"))->trigger();
        const QStringList asked = MessageBox::allRecorded();
        QVERIFY2(!asked.isEmpty() && asked.first().contains(shownName), qPrintable(asked.join(QLatin1Char('|'))));
        QVERIFY(!asked.first().contains(QStringLiteral("Haddad")));
        QVERIFY(window.store()->candidates().byId(sato).value().isErased());
        QVERIFY(!window.store()->candidates().byId(haddad).value().isErased());
    }

    void archiveAsksNamingTheShownCandidateAndActsOnThem()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(freshDemo()));
        const QUuid haddad = idOf(window, QStringLiteral("Haddad"));
        const QUuid sato = idOf(window, QStringLiteral("Sato"));
        switchThroughTheSavePrompt(window);
        const QString shownName = window.candidateEditor()->working().displayName();
        QAction* archive = window.findChild<QAction*>(QStringLiteral("actionArchiveCandidate"));

        // Cancelled: asked, named, nothing archived.
        MessageBox::setNextAnswer(false);
        archive->trigger();
        QCOMPARE(MessageBox::allRecorded().size(), 1);
        QVERIFY2(MessageBox::lastRecorded().contains(shownName), qPrintable(MessageBox::lastRecorded()));
        QVERIFY(!MessageBox::lastRecorded().contains(QStringLiteral("Haddad")));
        QVERIFY(!window.store()->candidates().byId(sato).value().isArchived());
        QVERIFY(!window.store()->candidates().byId(haddad).value().isArchived());

        MessageBox::setNextAnswer(true);
        archive->trigger();
        QVERIFY(window.store()->candidates().byId(sato).value().isArchived());
        QVERIFY(!window.store()->candidates().byId(haddad).value().isArchived());
    }

    void theBoardDecidesAboutTheCardPickedLast()
    {
        // Each column of the board kept its own selection; with the focus off the board
        // (on the Decide button, say) "the selected candidate" was the first column's.
        MainWindow window;
        window.resize(1400, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openFile(freshDemo()));
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("areaNavigation"));
        navigation->setCurrentRow(1);
        auto* chooser = window.workshopsPage()->findChild<QComboBox*>(QStringLiteral("workshopChooser"));
        chooser->setCurrentIndex(2);  // Kashiwa
        PipelineBoard* board = window.workshopsPage()->board();
        const QUuid passed = board->columnModel(Stage::WorkshopPassed)->cardAt(0).candidateId;
        const QUuid sato = idOf(window, QStringLiteral("Sato"));
        QVERIFY(board->columnModel(Stage::Accredited)->rowOf(sato) >= 0);
        QVERIFY(board->focusCandidate(passed));
        QVERIFY(board->focusCandidate(sato));  // picked last
        navigation->setFocus();
        QTRY_VERIFY(navigation->hasFocus());
        QCOMPARE(board->currentCandidate(), sato);
        auto* decide = board->findChild<QPushButton*>(QStringLiteral("boardDecide"));
        QVERIFY(decide->isEnabled());
        decide->click();
        QTRY_VERIFY(board->findChild<DecisionDialog*>());
        auto* heading = board->findChild<DecisionDialog*>()->findChild<QLabel*>(QStringLiteral("decisionHeading"));
        QVERIFY2(heading->text().contains(QStringLiteral("Haruka Sato")), qPrintable(heading->text()));
        board->findChild<DecisionDialog*>()->reject();
    }

    void theArchiveConfirmationAsSeen()
    {
        // The real dialog, taken as the user sees it, then answered Cancel.
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(window.openFile(freshDemo()));
        QVERIFY(selectByName(window, QStringLiteral("Sato")));
        MessageBox::recordInsteadOfShowing(false);
        bool grabbed = false;
        QTimer::singleShot(300, this, [&]() {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box) {
                return;
            }
            box->resize(box->sizeHint());
            QPixmap shot(1024, 700);
            shot.fill(Qt::transparent);
            QPainter painter(&shot);
            painter.drawPixmap(0, 0, window.grab());
            const QPixmap dialog = box->grab();
            painter.drawPixmap((1024 - dialog.width()) / 2, (700 - dialog.height()) / 2, dialog);
            painter.end();
            grabbed = shot.save(QStringLiteral("/tmp/archive-confirmation.png")) &&
                      box->text().contains(QStringLiteral("Haruka Sato"));
            box->reject();
        });
        window.findChild<QAction*>(QStringLiteral("actionArchiveCandidate"))->trigger();
        MessageBox::recordInsteadOfShowing(true);
        QVERIFY(grabbed);
        QVERIFY(!window.store()->candidates().byId(idOf(window, QStringLiteral("Sato"))).value().isArchived());
    }
};

AD_TEST_MAIN(TestActionTargets)
#include "TestActionTargets.moc"
