// SPDX-License-Identifier: GPL-3.0-or-later
// The candidate editor driven through its real widgets: editing, validation next to the
// field, undo and redo with the window's modified mark, new candidates, unsaved changes
// when leaving, and a conflicting save.
#include "domain/Candidate.h"
#include "import/ApplicationImport.h"
#include "candidates/AttachmentsView.h"
#include "candidates/CandidateEditor.h"
#include "widgets/FileDialog.h"
#include "candidates/ImportDialog.h"
#include "candidates/CandidateListView.h"
#include "candidates/CandidateTableModel.h"
#include "widgets/ConflictDialog.h"
#include "demo/DemoFile.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "widgets/MessageBox.h"
#include "store/Store.h"
#include "store/FileSettings.h"
#include "store/Candidates.h"
#include "TestSupport.h"
#include "Translations.h"
#include "TestMain.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QUrl>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QLabel>
#include <QStatusBar>

using namespace TestSupport;

class TestCandidateEditor : public QObject
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

    static QAction* action(QWidget& window, const char* name)
    {
        return window.findChild<QAction*>(QLatin1String(name));
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk editor tests"));
        QSettings().clear();
        Translations::install();
        MessageBox::recordInsteadOfShowing(true);
    }

    void selectingShowsTheCandidateAndEditsAreUndoable()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(freshDemo()));
        selectByName(window, QStringLiteral("Marchand"));
        CandidateEditor* editor = window.candidateEditor();
        auto* given = editor->findChild<QLineEdit*>(QStringLiteral("given_names"));
        QCOMPARE(given->text(), QStringLiteral("Élodie"));
        QVERIFY(!window.isWindowModified());

        auto* position = editor->findChild<QLineEdit*>(QStringLiteral("position"));
        position->selectAll();
        QTest::keyClicks(position, QStringLiteral("Senior adviser"));
        QCOMPARE(editor->working().position, QStringLiteral("Senior adviser"));
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.undoStack()->count(), 1);  // typing in one field is one step
        action(window, "actionUndo")->trigger();
        QCOMPARE(position->text(), QStringLiteral("IPR policy adviser"));
        QVERIFY(!window.isWindowModified());
        action(window, "actionRedo")->trigger();
        QCOMPARE(position->text(), QStringLiteral("Senior adviser"));
        auto* region = editor->findChild<QComboBox*>(QStringLiteral("region"));
        region->setCurrentIndex(region->findData(int(Region::WestCentralAfrica)));
        QCOMPARE(window.undoStack()->count(), 2);
        QVERIFY(editor->findChild<QPushButton*>(QStringLiteral("saveCandidate"))->isEnabled());
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("saveCandidate")), Qt::LeftButton);
        QVERIFY(!window.isWindowModified());
        auto stored = window.store()->candidates().find(QStringLiteral("Marchand")).value().first();
        QCOMPARE(stored.position, QStringLiteral("Senior adviser"));
        QCOMPARE(stored.region, std::optional<Region>(Region::WestCentralAfrica));
        QCOMPARE(stored.meta.rowVersion, editor->working().meta.rowVersion);
        QCOMPARE(window.candidateList()->currentCandidate()->familyName, QStringLiteral("Marchand"));
    }

    void spacesAroundTypedTextAreDroppedOnSaving()
    {
        // The window path of the one free-text rule (FreeText): ends trimmed, inner spaces kept.
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(freshDemo()));
        selectByName(window, QStringLiteral("Marchand"));
        CandidateEditor* editor = window.candidateEditor();
        auto* position = editor->findChild<QLineEdit*>(QStringLiteral("position"));
        position->selectAll();
        QTest::keyClicks(position, QStringLiteral("  Senior  adviser  "));
        auto* given = editor->findChild<QLineEdit*>(QStringLiteral("given_names"));
        given->selectAll();
        QTest::keyClicks(given, QStringLiteral(" Élodie "));
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("saveCandidate")), Qt::LeftButton);
        const auto stored = window.store()->candidates().find(QStringLiteral("Marchand")).value().first();
        QCOMPARE(stored.position, QStringLiteral("Senior  adviser"));
        QCOMPARE(stored.givenNames, QStringLiteral("Élodie"));
    }

    void validationIsShownNextToTheFieldAndBlocksSaving()
    {
        MainWindow window;
        window.show();
        const QString file = freshDemo();
        QVERIFY(window.openFile(file));
        selectByName(window, QStringLiteral("Sato"));
        CandidateEditor* editor = window.candidateEditor();
        auto* email = editor->findChild<QLineEdit*>(QStringLiteral("email"));
        email->selectAll();
        QTest::keyClicks(email, QStringLiteral("haruka at customs"));
        QVERIFY2(editor->problemShown(QStringLiteral("email")).contains(QStringLiteral("not an e-mail address")),
                 qPrintable(editor->problemShown(QStringLiteral("email"))));
        QVERIFY(editor->problemShown(QStringLiteral("phone")).isEmpty());
        const QString before = sha256Of(file);
        QVERIFY(!editor->save());
        QCOMPARE(sha256Of(file), before);
        QVERIFY(window.isWindowModified());
        email->selectAll();
        QTest::keyClicks(email, QStringLiteral("haruka.sato@customs.example"));
        QVERIFY(editor->problemShown(QStringLiteral("email")).isEmpty());
        QVERIFY(editor->save());
        QVERIFY(!window.isWindowModified());
    }

    void aNewCandidateIsAddedToTheList()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(freshDemo()));
        action(window, "actionNewCandidate")->trigger();
        CandidateEditor* editor = window.candidateEditor();
        QVERIFY(!editor->save());  // empty: every required field says what is missing
        QVERIFY(editor->problemShown(QStringLiteral("family_name")).contains(QStringLiteral("family name")));
        QVERIFY(editor->problemShown(QStringLiteral("region")).contains(QStringLiteral("WCO region")));
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("family_name")), QStringLiteral("Okafor"));
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("given_names")), QStringLiteral("Chidi"));
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("nationality")), QStringLiteral("Nigerian"));
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("administration")),
                         QStringLiteral("Nigeria Customs Service"));
        auto* region = editor->findChild<QComboBox*>(QStringLiteral("region"));
        region->setCurrentIndex(region->findData(int(Region::WestCentralAfrica)));
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("addLanguage")), Qt::LeftButton);
        auto* languages = editor->findChild<QTableWidget*>(QStringLiteral("languages"));
        QCOMPARE(languages->rowCount(), 1);
        languages->item(0, 0)->setText(QStringLiteral("Hausa"));
        QCOMPARE(editor->working().otherLanguages.first().language, QStringLiteral("Hausa"));
        QVERIFY2(editor->save(), qPrintable(editor->problemShown(QStringLiteral("languages"))));
        QCOMPARE(window.candidateModel()->rowCount(), 15);
        QCOMPARE(window.candidateList()->currentCandidate()->familyName, QStringLiteral("Okafor"));
        const Candidate stored = window.store()->candidates().find(QStringLiteral("Okafor")).value().first();
        QCOMPARE(stored.otherLanguages.size(), 1);
        QCOMPARE(stored.stage, Stage::Applied);
        editor->resize(560, 900);
        QDir().mkpath(QStringLiteral(AD_BINARY_DIR "/screenshots"));
        window.resize(1280, 760);
        QApplication::processEvents();
        QVERIFY(window.grab().save(QStringLiteral(AD_BINARY_DIR "/screenshots/candidate-editor.png")));
    }

    void leavingWithUnsavedChangesAsks()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(freshDemo()));
        selectByName(window, QStringLiteral("Haddad"));
        auto* position = window.candidateEditor()->findChild<QLineEdit*>(QStringLiteral("position"));
        QTest::keyClicks(position, QStringLiteral(" (acting)"));
        MessageBox::setNextUnsavedChoice(MessageBox::UnsavedChoice::Cancel);
        selectByName(window, QStringLiteral("Sato"));
        QVERIFY(MessageBox::lastRecorded().contains(QStringLiteral("Save your changes to Layla Haddad?")));
        QCOMPARE(window.candidateList()->currentCandidate()->familyName, QStringLiteral("Haddad"));
        QVERIFY(window.isWindowModified());
        MessageBox::setNextUnsavedChoice(MessageBox::UnsavedChoice::Discard);
        selectByName(window, QStringLiteral("Sato"));
        QCOMPARE(window.candidateEditor()->working().familyName, QStringLiteral("Sato"));
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.store()->candidates().find(QStringLiteral("Haddad")).value().first().position,
                 QStringLiteral("Legal adviser"));
        // Saving on the way out keeps the change.
        QTest::keyClicks(window.candidateEditor()->findChild<QLineEdit*>(QStringLiteral("position")),
                         QStringLiteral(" (chief)"));
        MessageBox::setNextUnsavedChoice(MessageBox::UnsavedChoice::Save);
        selectByName(window, QStringLiteral("Haddad"));
        QCOMPARE(window.store()->candidates().find(QStringLiteral("Sato")).value().first().position,
                 QStringLiteral("Senior IPR officer (chief)"));
    }

    void aConflictingSaveLetsTheUserChoose()
    {
        const QString file = freshDemo();
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(file));
        selectByName(window, QStringLiteral("Rahman"));
        auto other = Store::open(file);  // a second window of the same officer
        QVERIFY(other.ok());
        Candidate theirs = other.value()->candidates().find(QStringLiteral("Rahman")).value().first();
        theirs.position = QStringLiteral("Saved in the other window");
        QVERIFY(other.value()->candidates().save(theirs).ok());

        auto* position = window.candidateEditor()->findChild<QLineEdit*>(QStringLiteral("position"));
        position->selectAll();
        QTest::keyClicks(position, QStringLiteral("Saved here"));
        ConflictDialog::setNextChoice(ConflictDialog::Choice::TakeTheirs);
        QVERIFY(window.candidateEditor()->save());
        QCOMPARE(position->text(), QStringLiteral("Saved in the other window"));
        QVERIFY(!window.isWindowModified());

        theirs = other.value()->candidates().find(QStringLiteral("Rahman")).value().first();
        theirs.position = QStringLiteral("Theirs again");
        QVERIFY(other.value()->candidates().save(theirs).ok());
        position->selectAll();
        QTest::keyClicks(position, QStringLiteral("Mine, deliberately"));
        ConflictDialog::setNextChoice(ConflictDialog::Choice::KeepMine);
        QVERIFY(window.candidateEditor()->save());
        QCOMPARE(other.value()->candidates().find(QStringLiteral("Rahman")).value().first().position,
                 QStringLiteral("Mine, deliberately"));
    }

    void aPossibleDuplicateIsToldAndCanBeLinked()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(freshDemo()));
        action(window, "actionNewCandidate")->trigger();
        CandidateEditor* editor = window.candidateEditor();
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("family_name")), QStringLiteral("Satou"));
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("nationality")), QStringLiteral("Japanese"));
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("administration")),
                         QStringLiteral("Japan Customs"));
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("email")),
                         QStringLiteral("HARUKA.SATO@customs.example"));
        auto* region = editor->findChild<QComboBox*>(QStringLiteral("region"));
        region->setCurrentIndex(region->findData(int(Region::AsiaPacific)));
        MessageBox::setNextAnswer(true);
        QVERIFY(editor->save());
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("may be the same person as")),
                 qPrintable(MessageBox::lastRecorded()));
        QVERIFY(MessageBox::lastRecorded().contains(QStringLiteral("Haruka Sato (the same e-mail address)")));
        const QUuid created = editor->working().meta.id;
        const auto linked = window.store()->candidates().linkedCandidates(created);
        QCOMPARE(linked.value().size(), 1);
        QCOMPARE(window.store()->candidates().byId(linked.value().first()).value().familyName, QStringLiteral("Sato"));
        QCOMPARE(window.candidateModel()->rowCount(), 15);  // nothing merged
    }

    void archivingHidesACandidateAndCanBeUndone()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(freshDemo()));
        selectByName(window, QStringLiteral("Tupou"));
        QVERIFY(action(window, "actionArchiveCandidate")->isEnabled());
        QVERIFY(!action(window, "actionBringBackCandidate")->isEnabled());
        MessageBox::setNextAnswer(true);  // archiving asks first, naming the candidate
        action(window, "actionArchiveCandidate")->trigger();
        QVERIFY(MessageBox::lastRecorded().contains(QStringLiteral("Sione Tupou")));
        QCOMPARE(window.candidateModel()->rowCount(), 13);
        auto* showArchived = window.candidateList()->findChild<QCheckBox*>(QStringLiteral("archivedFilter"));
        showArchived->setChecked(true);
        QCOMPARE(window.candidateModel()->rowCount(), 14);
        selectByName(window, QStringLiteral("Tupou"));
        const QModelIndex row = window.candidateList()->table()->currentIndex();
        QVERIFY(window.candidateModel()
                    ->index(row.row(), CandidateTableModel::Stage)
                    .data()
                    .toString()
                    .contains(QStringLiteral("(archived)")));
        QVERIFY(action(window, "actionBringBackCandidate")->isEnabled());
        action(window, "actionBringBackCandidate")->trigger();
        showArchived->setChecked(false);
        QCOMPARE(window.candidateModel()->rowCount(), 14);
    }

    void documentsAreAttachedOpenedCopiedAndRemoved()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(freshDemo()));
        selectByName(window, QStringLiteral("Nguyen"));
        AttachmentsView* documents = window.attachmentsView();
        QListWidget* list = documents->list();
        QCOMPARE(list->count(), 1);  // the demo CV

        const QString folder = m_dir.filePath(QStringLiteral("to-attach"));
        QDir().mkpath(folder);
        const QString letter = folder + QStringLiteral("/motivation.pdf");
        const QByteArray pdf = DemoFile::simplePdf({QStringLiteral("Motivation letter")});
        QVERIFY(writeFile(letter, pdf));
        QCOMPARE(documents->addFiles({letter}), 1);
        QCOMPARE(list->count(), 2);

        // Refused, each with its reason; nothing half-added.
        const QString program = folder + QStringLiteral("/cv.pdf");
        QVERIFY(writeFile(program, QByteArray("MZ\x90\x00\x03\x00", 6) + QByteArray(2000, '\x01')));
        QCOMPARE(documents->addFiles({program}), 0);
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("judged by its content")),
                 qPrintable(MessageBox::lastRecorded()));
        const QString huge = folder + QStringLiteral("/scan.pdf");
        {
            QFile file(huge);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("%PDF-1.4\n");
            QVERIFY(file.resize(26 * 1000 * 1000));
        }
        QCOMPARE(documents->addFiles({huge}), 0);
        QVERIFY(MessageBox::lastRecorded().contains(QStringLiteral("at most 25")));
        QCOMPARE(documents->addFiles({folder + QStringLiteral("/missing.pdf")}), 0);
        QVERIFY(MessageBox::lastRecorded().contains(QStringLiteral("cannot be read")));
        QCOMPARE(documents->addFiles({letter}), 0);
        QVERIFY(MessageBox::lastRecorded().contains(QStringLiteral("already attached")));
        QCOMPARE(list->count(), 2);

        // Dropped onto the view from a file manager.
        const QString note = folder + QStringLiteral("/note.txt");
        QVERIFY(writeFile(note, "Speaks at the regional IPR network meetings.\n"));
        QMimeData dragged;
        dragged.setUrls({QUrl::fromLocalFile(note)});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &dragged, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(documents, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &dragged, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(documents, &drop);
        QCOMPARE(list->count(), 3);

        // Opened through a copy the system's viewer is handed, and saved as a copy.
        list->setCurrentRow(1);
        QString shown;
        AttachmentsView::setViewer([&](const QString& path) {
            shown = path;
            return true;
        });
        documents->openSelected();
        AttachmentsView::setViewer({});
        QVERIFY(!shown.isEmpty());
        const QString chosenName = list->currentItem()->text();
        QVERIFY(QFileInfo(shown).fileName() == QStringLiteral("motivation.pdf") ||
                QFileInfo(shown).fileName() == QStringLiteral("note.txt"));
        const QString copy = folder + QStringLiteral("/copy-out");
        FileDialog::setNextFileName(copy);
        documents->saveSelectedCopy();
        QCOMPARE(sha256Of(copy), sha256Of(shown));

        MessageBox::setNextAnswer(true);
        documents->removeSelected();
        QCOMPARE(list->count(), 2);
        QVERIFY(!list->findItems(chosenName, Qt::MatchExactly).size());
        QVERIFY(window.store()->check().value().isEmpty());
        window.resize(1280, 760);
        QApplication::processEvents();
        QVERIFY(window.grab().save(QStringLiteral(AD_BINARY_DIR "/screenshots/documents.png")));
    }

    void applicationsAreImportedThroughTheFileMenu()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(freshDemo()));
        const QString csv = m_dir.filePath(QStringLiteral("applications.csv"));
        QVERIFY(writeFile(csv, QByteArray("\xEF\xBB\xBF") +
                                   "family_name,given_names,nationality,administration,region,email,application_date,"
                                   "favourite_colour\r\n"
                                   "Okafor,Chidi,Nigerian,Nigeria Customs Service,west_central_africa,"
                                   "chidi@ncs.example,2026-09-01,green\r\n"
                                   "\"Ba, Jr.\",Moussa,Malian,Douanes du Mali,west_central_africa,not-an-email,"
                                   "2026-09-02,blue\r\n"
                                   "Sato,Haruka,Japanese,Japan Customs,asia_pacific,haruka.sato@customs.example,"
                                   "2026-09-03,red\r\n"));
        FileDialog::setNextFileName(csv);
        int problems = -1;
        QStringList duplicateRows;
        QString defaultChoice;
        QString warnings;
        bool allEnabled = true;
        QTimer::singleShot(0, this, [&]() {
            auto* dialog = qobject_cast<ImportDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            problems = dialog->problems()->rowCount();
            for (int r = 0; r < dialog->duplicates()->rowCount(); ++r) {
                duplicateRows.append(dialog->duplicates()->item(r, 0)->text());
            }
            auto* choice = dialog->findChild<QComboBox*>(QStringLiteral("duplicateChoice4"));
            defaultChoice = choice ? choice->currentText() : QString();
            warnings = dialog->findChild<QLabel*>(QStringLiteral("importWarnings"))->text();
            allEnabled = dialog->importAllButton()->isEnabled();
            QVERIFY(dialog->importValidButton()->isEnabled());
            dialog->grab().save(QStringLiteral(AD_BINARY_DIR "/screenshots/import.png"));
            QTest::mouseClick(dialog->importValidButton(), Qt::LeftButton);
        });
        action(window, "actionImportApplications")->trigger();
        QCOMPARE(problems, 1);  // row 3, the e-mail
        QVERIFY(!allEnabled);  // not while a row is invalid
        QVERIFY2(warnings.contains(QStringLiteral("favourite_colour")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("Haruka Sato")), qPrintable(warnings));  // a possible duplicate
        // Haruka Sato may be the demo's Haruka Sato: skipped, as nobody chose otherwise.
        QCOMPARE(duplicateRows, QStringList{QStringLiteral("4")});
        QCOMPARE(defaultChoice, QStringLiteral("Skip"));
        QCOMPARE(window.candidateModel()->rowCount(), 15);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Imported 1 application")));
        const auto named = [&](const QString& family) {
            QList<Candidate> found;
            for (const Candidate& c : window.store()->candidates().all().value()) {
                if (c.familyName == family) {
                    found.append(c);
                }
            }
            return found;
        };
        QCOMPARE(named(QStringLiteral("Sato")).size(), 1);

        // Imported again: both rows are possible duplicates now. Okafor stays skipped; Sato is
        // chosen, row by row, to be imported and linked to the demo's record.
        FileDialog::setNextFileName(csv);
        QTimer::singleShot(0, this, [&]() {
            auto* dialog = qobject_cast<ImportDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->duplicates()->rowCount(), 2);
            QVERIFY(!dialog->importValidButton()->isEnabled());  // every valid row skipped: nothing to import
            auto* sato = dialog->findChild<QComboBox*>(QStringLiteral("duplicateChoice4"));
            QVERIFY(sato);
            sato->setCurrentIndex(sato->findData(int(DuplicateChoice::Link)));
            QVERIFY(dialog->importValidButton()->isEnabled());
            QVERIFY2(dialog->importValidButton()->text().contains(QStringLiteral("1")),
                     qPrintable(dialog->importValidButton()->text()));
            QTest::mouseClick(dialog->importValidButton(), Qt::LeftButton);
        });
        action(window, "actionImportApplications")->trigger();
        QCOMPARE(window.candidateModel()->rowCount(), 16);
        const QList<Candidate> satos = named(QStringLiteral("Sato"));
        QCOMPARE(satos.size(), 2);
        QCOMPARE(window.store()->candidates().linkedCandidates(satos.first().meta.id).value(),
                 QList<QUuid>{satos.last().meta.id});
        QCOMPARE(named(QStringLiteral("Okafor")).size(), 1);
        QVERIFY(window.store()->check().value().isEmpty());
    }

    void personalDataIsErasedAfterConfirmationAndAReason()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(freshDemo()));
        selectByName(window, QStringLiteral("Dlamini"));
        MessageBox::setNextAnswer(false);
        action(window, "actionEraseCandidate")->trigger();  // declined: nothing happens
        QVERIFY(!window.store()->candidates().find(QStringLiteral("Dlamini")).value().isEmpty());
        MessageBox::setNextAnswer(true);
        MessageBox::setNextText(QStringLiteral("Asked by the candidate on 28 November"));
        action(window, "actionEraseCandidate")->trigger();
        QVERIFY(window.store()->candidates().find(QStringLiteral("Dlamini")).value().isEmpty());
        QCOMPARE(window.candidateModel()->rowCount(), 14);  // the placeholder stays
        QCOMPARE(window.candidateList()->currentCandidate()->familyName, QStringLiteral("[erased]"));
        QVERIFY(!action(window, "actionEraseCandidate")->isEnabled());
        QVERIFY(!window.candidateEditor()->save() || window.candidateEditor()->working().isErased());
        QVERIFY(window.store()->check().value().isEmpty());

        // Retention: flagged when there is no consent and the period is over.
        auto* retention = window.candidateList()->findChild<QCheckBox*>(QStringLiteral("retentionFilter"));
        retention->setChecked(true);
        QCOMPARE(window.candidateModel()->rowCount(), 0);  // the demo's candidates all consented
        action(window, "actionSettings")->trigger();  // File > Settings, this file's page
        auto* settings = window.findChild<SettingsDialog*>();
        QVERIFY(settings);
        settings->findChild<QSpinBox*>(QStringLiteral("retentionYears"))->setValue(5);
        settings->accept();
        QCOMPARE(window.store()->settings().retentionYears(), 5);
    }

    void splittersAreRemembered()
    {
        QList<int> sizes;
        {
            MainWindow window;
            window.resize(1200, 700);
            window.show();
            QVERIFY(window.openFile(freshDemo(), true));
            QApplication::processEvents();
            auto* splitter = window.findChild<QSplitter*>(QStringLiteral("registerSplitter"));
            splitter->setSizes({300, 800});
            sizes = splitter->sizes();
            window.close();
        }
        MainWindow later;
        later.resize(1200, 700);
        later.show();
        QVERIFY(later.openFile(freshDemo(), true));
        QApplication::processEvents();
        QCOMPARE(later.findChild<QSplitter*>(QStringLiteral("registerSplitter"))->sizes(), sizes);
    }

    void readOnlyFilesShowButDoNotEdit()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(freshDemo(), true));
        selectByName(window, QStringLiteral("Sato"));
        QVERIFY(!window.candidateEditor()->findChild<QLineEdit*>(QStringLiteral("position"))->isEnabled());
        QVERIFY(!window.candidateEditor()->findChild<QPushButton*>(QStringLiteral("saveCandidate"))->isEnabled());
        QVERIFY(!action(window, "actionNewCandidate")->isEnabled());
    }
};

AD_TEST_MAIN(TestCandidateEditor)
#include "TestCandidateEditor.moc"
