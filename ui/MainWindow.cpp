// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "assessment/AssessmentRound.h"
#include "help/ShortcutsDialog.h"
#include "help/UserGuideDialog.h"

#include "pool/ActivitiesPage.h"
#include "domain/Activity.h"
#include "import/ApplicationImport.h"
#include "widgets/AreaPage.h"
#include "assessment/AssignmentView.h"
#include "ExportSources.h"
#include "ListExport.h"
#include "assessment/AssessmentRecords.h"
#include "candidates/AttachmentsView.h"
#include "history/AuditTrailDialog.h"
#include "domain/Candidate.h"
#include "candidates/CandidateEditor.h"
#include "store/CandidateFilter.h"
#include "candidates/CandidateListView.h"
#include "candidates/CandidateStandingView.h"
#include "candidates/CandidateTableModel.h"
#include "Clock.h"
#include "domain/CompetenceProfile.h"
#include "dashboard/DashboardPage.h"
#include "candidates/DocumentIndexer.h"
#include "store/LeaseHolder.h"
#include "store/FileEvents.h"
#include "store/FileSession.h"
#include "widgets/FileDialog.h"
#include "widgets/FilePage.h"
#include "widgets/FocusedWheel.h"
#include "candidates/ImportDialog.h"
#include "widgets/MessageBox.h"
#include "PeopleDialog.h"
#include "domain/Person.h"
#include "pool/PoolPage.h"
#include "print/PrintMenus.h"
#include "PrintSettings.h"
#include "SettingsDialog.h"
#include "SampleDataBanner.h"
#include "WelcomePage.h"
#include "demo/DemoFile.h"
#include "store/ReviewFile.h"
#include "domain/Score.h"
#include "assessment/ScoresView.h"
#include "assessment/ScoringForm.h"
#include "assessment/ScoringFormView.h"
#include "assessment/ScoresGridView.h"
#include "domain/StageDecision.h"
#include "store/Store.h"
#include "store/FileSettings.h"
#include "store/People.h"
#include "store/Candidates.h"
#include "store/Assessment.h"
#include "domain/Workshop.h"
#include "workshops/WorkshopCriteriaView.h"
#include "workshops/WorkshopsPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QLocale>
#include <QActionGroup>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QUndoStack>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTableView>
#include <QVBoxLayout>

namespace {

const QString kRecentKey = QStringLiteral("recentFiles");
constexpr int kMaxRecent = 8;
/// How long after a file opens its documents' text starts to be read (after the first paint).
constexpr int kDocumentReadingDelayMs = 500;

/// The areas in the order of the list beside them (and of Ctrl+1…Ctrl+5).
enum Area { CandidatesArea, WorkshopsArea, ActivitiesArea, PoolArea, DashboardArea, AreaCount };

/// The field Edit > Find (Ctrl+F) goes to in an area: the one its page marked
/// "areaSearch"; null when the area has none.
QWidget* areaSearchField(QWidget* area)
{
    const QList<QWidget*> fields = area ? area->findChildren<QWidget*>() : QList<QWidget*>();
    const auto marked = std::find_if(fields.cbegin(), fields.cend(),
                                     [](const QWidget* w) { return w->property("areaSearch").toBool(); });
    return marked == fields.cend() ? nullptr : *marked;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    FocusedWheel::install();  // before anything is shown: each box is polished with it when first shown
    m_pages = new QStackedWidget(this);
    m_welcome = new WelcomePage(this);
    connect(m_welcome, &WelcomePage::createRequested, this, &MainWindow::chooseAndCreate);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseAndOpen);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::recentChosen, this, [this](const QString& path) { openFile(path); });
    m_pages->addWidget(m_welcome);

    m_undo = new QUndoStack(this);
    m_list = new CandidateListView(this);
    m_editor = new CandidateEditor(m_undo, this);
    connect(m_list, &CandidateListView::currentCandidateChanged, this, &MainWindow::showSelectedCandidate);
    connect(m_list, &CandidateListView::newCandidateRequested, this, &MainWindow::newCandidate);
    connect(m_list, &CandidateListView::importRequested, this, &MainWindow::importApplications);
    // The list read the saved candidate from the file's events already; the window keeps
    // showing the one saved (a new one is selected now that it is listed).
    connect(m_editor, &CandidateEditor::saved, this, [this](const QUuid& id) {
        m_shownCandidate = id;
        m_list->select(id);
        statusBar()->showMessage(tr("Saved."), 3000);
    });
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { setWindowModified(!clean); });
    m_scores = new ScoresView(this);
    m_attachments = new AttachmentsView(this);
    auto* below = new QTabWidget(this);
    below->setObjectName(QStringLiteral("candidateTabs"));
    below->setAccessibleName(tr("About the selected candidate"));
    below->addTab(m_attachments, tr("&Documents"));
    below->addTab(m_scores, tr("Sc&ores"));
    m_assessment = new ScoringFormView(this);
    below->addTab(m_assessment, tr("&Assessment"));
    m_standing = new CandidateStandingView(this);
    below->addTab(m_standing, tr("&History and Decisions"));
    auto* details = new QSplitter(Qt::Vertical, this);
    details->setObjectName(QStringLiteral("detailsSplitter"));
    details->addWidget(m_editor);
    details->addWidget(below);
    // The editor and the tabs about the candidate (scores, assessment) share the height
    // evenly until the user moves the handle (remembered with the window).
    details->setStretchFactor(0, 1);
    details->setStretchFactor(1, 1);
    details->setSizes({1000, 1000});
    auto* register_ = new QSplitter(this);
    register_->setObjectName(QStringLiteral("registerSplitter"));
    register_->addWidget(m_list);
    register_->addWidget(details);
    // The names and the stage stay in sight in the list, so the editor can have more.
    register_->setStretchFactor(0, 1);
    register_->setStretchFactor(1, 1);
    register_->setSizes({900, 1100});
    // Only the area shown first is built before the first paint; the others are built when
    // first shown (buildArea), a blank stand-in holding their place until then (issue #18).
    // What one area records, the others count: each area follows the file's events itself
    // (FileEvents), and one not shown reads again when it is.
    m_areas = new QStackedWidget(this);
    m_areas->addWidget(register_);
    for (int area = WorkshopsArea; area < AreaCount; ++area) {
        m_areas->addWidget(new QWidget(m_areas));
    }
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("areaNavigation"));
    m_navigation->setAccessibleName(tr("Areas of the file"));
    for (const QString& area : {tr("Candidates"), tr("Workshops"), tr("Activities"), tr("Pool"), tr("Dashboard")}) {
        m_navigation->addItem(area);
    }
    // The area with the keyboard focus gets a dark ring, seen on the selection's colour too
    // (a style sheet drops the style's own focus frame). Every item has the ring's room, a
    // transparent border, so nothing moves when it shows. The selection's colours are named
    // too: with a border of its own, an item is no longer painted by the style, which then
    // drew the focused current area white on white.
    m_navigation->setStyleSheet(QStringLiteral("QListWidget::item { padding: 4px 8px; border: 2px solid transparent; } "
                                               "QListWidget::item:selected { background: palette(highlight); "
                                               "color: palette(highlighted-text); } "
                                               "QListWidget::item:focus { border-color: palette(text); }"));
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 48);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        buildArea(row);
        m_areas->setCurrentIndex(row);
    });
    m_navigation->setCurrentRow(0);
    auto* fileView = new QWidget(this);
    fileView->setObjectName(QStringLiteral("fileView"));
    auto* fileLayout = new QHBoxLayout(fileView);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_navigation);
    fileLayout->addWidget(m_areas, 1);
    m_pages->addWidget(fileView);
    m_fileView = fileView;
    // Why the file cannot be edited, where the eye goes first; the status bar repeats it.
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setStyleSheet(QStringLiteral("background: #fff4ce; color: #3d3000; border-bottom: 1px solid #e0c860;"));
    m_banner->hide();
    m_sampleBanner = new SampleDataBanner(this);
    connect(m_sampleBanner, &SampleDataBanner::createRequested, this, &MainWindow::chooseAndCreate);
    m_sampleBanner->hide();
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_sampleBanner);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_accessLabel = new QLabel(this);
    m_accessLabel->setObjectName(QStringLiteral("accessNotice"));
    statusBar()->addPermanentWidget(m_accessLabel);
    m_indexer = new DocumentIndexer(statusBar(), this);

    createMenus();
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::updateActions);
    updateTitle();
    updateActions();

    QSettings settings;
    for (auto* splitter : findChildren<QSplitter*>()) {
        splitter->restoreState(settings.value(QStringLiteral("mainWindow/") + splitter->objectName()).toByteArray());
    }
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        resize(1100, 680);
    }
}

MainWindow::~MainWindow()
{
    // The undo stack is a child, destroyed after the members: clearing it would tell the
    // editor, which would then ask the store that is already gone.
    m_undo->disconnect();
}

WorkshopsPage* MainWindow::workshopsPage()
{
    buildArea(WorkshopsArea);
    return m_workshops;
}

QList<FilePage*> MainWindow::builtPages() const
{
    QList<FilePage*> built;
    for (FilePage* page : {static_cast<FilePage*>(m_workshops), static_cast<FilePage*>(m_activities),
                           static_cast<FilePage*>(m_pool), static_cast<FilePage*>(m_dashboard)}) {
        if (page) {
            built.append(page);
        }
    }
    return built;
}

void MainWindow::buildArea(int row)
{
    FilePage* page = nullptr;
    if (row == WorkshopsArea && !m_workshops) {
        page = m_workshops = new WorkshopsPage(this);
    } else if (row == ActivitiesArea && !m_activities) {
        page = m_activities = new ActivitiesPage(this);
    } else if (row == PoolArea && !m_pool) {
        page = m_pool = new PoolPage(this);
    } else if (row == DashboardArea && !m_dashboard) {
        page = m_dashboard = new DashboardPage(this);
    }
    if (!page) {
        return;  // built already, or the Candidates area, built with the window
    }
    QWidget* standIn = m_areas->widget(row);
    m_areas->insertWidget(row, page);
    m_areas->removeWidget(standIn);
    delete standIn;
    QSettings settings;
    for (auto* splitter : page->findChildren<QSplitter*>()) {
        splitter->restoreState(settings.value(QStringLiteral("mainWindow/") + splitter->objectName()).toByteArray());
    }
    // The area reads the file when shown, and again when shown after a change.
    page->setStore(m_store.get());
    if (page == m_workshops) {
        m_workshops->scoresGrid()->setReviewFile(m_review.get());
    }
}

CandidateTableModel* MainWindow::candidateModel() const
{
    return m_list->model();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New…"), this, &MainWindow::chooseAndCreate);
    newAction->setObjectName(QStringLiteral("actionNew"));
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(tr("&Open…"), this, &MainWindow::chooseAndOpen);
    openAction->setObjectName(QStringLiteral("actionOpen"));
    openAction->setShortcut(QKeySequence::Open);
    QAction* openReadOnly = file->addAction(tr("Open Read-&Only…"), this, &MainWindow::chooseAndOpenReadOnly);
    openReadOnly->setObjectName(QStringLiteral("actionOpenReadOnly"));
    openReadOnly->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction* backup = file->addAction(tr("&Back Up Now…"), this, &MainWindow::backUpNow);
    backup->setObjectName(QStringLiteral("actionBackUp"));
    QAction* restore = file->addAction(tr("Res&tore from Backup…"), this, &MainWindow::restoreFromBackup);
    restore->setObjectName(QStringLiteral("actionRestore"));
    QAction* reviews = file->addAction(tr("&Import Review Files…"), this, &MainWindow::importReviewFiles);
    reviews->setObjectName(QStringLiteral("actionImportReviews"));
    QAction* importApplications = file->addAction(tr("Import &Applications…"), this, &MainWindow::importApplications);
    importApplications->setObjectName(QStringLiteral("actionImportApplications"));
    m_exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportCurrentList);
    m_exportAction->setObjectName(QStringLiteral("actionExport"));
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->setToolTipsVisible(true);  // why Export is disabled
    QAction* createReview = file->addAction(tr("Create &My Review File…"), this, &MainWindow::createReviewFile);
    createReview->setObjectName(QStringLiteral("actionCreateReviewFile"));
    QAction* openReview = file->addAction(tr("Open My Re&view File…"), this, &MainWindow::openReviewFile);
    openReview->setObjectName(QStringLiteral("actionOpenReviewFile"));
    m_reviewerActions = {createReview, openReview};
    file->addSeparator();
    // Printing what concerns the whole file; a candidate's and a workshop's documents are
    // printed from where they are shown.
    QMenu* print = file->addMenu(tr("&Print"));
    print->setObjectName(QStringLiteral("printMenu"));
    QMenu* roster = PrintMenus::rosterMenu(this, [this]() { return m_store.get(); });
    print->addMenu(roster);
    m_fileActions.append(roster->menuAction());
    QMenu* paper = print->addMenu(tr("Paper &Size"));
    paper->setObjectName(QStringLiteral("paperMenu"));
    auto* papers = new QActionGroup(paper);
    for (PrintSettings::Paper size : {PrintSettings::Paper::A4, PrintSettings::Paper::Letter}) {
        QAction* choice =
            paper->addAction(PrintSettings::labelOf(size), this, [size]() { PrintSettings::setPaper(size); });
        choice->setObjectName(QStringLiteral("paper_") + PrintSettings::keyOf(size));
        choice->setCheckable(true);
        choice->setChecked(PrintSettings::paper() == size);
        papers->addAction(choice);
    }
    // The Settings dialog chooses the paper too: the menu shows what is chosen now.
    connect(paper, &QMenu::aboutToShow, paper, [paper]() {
        for (QAction* choice : paper->actions()) {
            choice->setChecked(choice->objectName() ==
                               QStringLiteral("paper_") + PrintSettings::keyOf(PrintSettings::paper()));
        }
    });
    file->addSeparator();
    // The file's settings and this computer's; also without a file, for the computer's.
    QAction* settingsAction = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settingsAction->setObjectName(QStringLiteral("actionSettings"));
    settingsAction->setShortcut(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                    ? QKeySequence(tr("Ctrl+,"))
                                    : QKeySequence(QKeySequence::Preferences));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("actionQuit"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* newCandidate = edit->addAction(tr("&New Candidate"), this, &MainWindow::newCandidate);
    newCandidate->setObjectName(QStringLiteral("actionNewCandidate"));
    newCandidate->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_archiveAction = edit->addAction(tr("&Archive Candidate"), this, &MainWindow::archiveCandidate);
    m_archiveAction->setObjectName(QStringLiteral("actionArchiveCandidate"));
    m_bringBackAction = edit->addAction(tr("&Bring Back from Archive"), this, &MainWindow::bringBackCandidate);
    m_bringBackAction->setObjectName(QStringLiteral("actionBringBackCandidate"));
    edit->addSeparator();
    m_eraseAction = edit->addAction(tr("&Erase Personal Data…"), this, &MainWindow::eraseCandidate);
    m_eraseAction->setObjectName(QStringLiteral("actionEraseCandidate"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* history = view->addAction(tr("File &History…"), this, &MainWindow::showFileHistory);
    history->setObjectName(QStringLiteral("actionFileHistory"));
    history->setShortcut(QKeySequence(tr("Ctrl+H")));
    QAction* candidateHistory = view->addAction(tr("&Candidate History…"), this, &MainWindow::showCandidateHistory);
    candidateHistory->setObjectName(QStringLiteral("actionCandidateHistory"));
    candidateHistory->setShortcut(QKeySequence(tr("Ctrl+Shift+H")));
    view->addMenu(m_list->columnsMenu());
    view->addSeparator();
    QAction* people = view->addAction(tr("&People…"), this, &MainWindow::showPeople);
    people->setObjectName(QStringLiteral("actionPeople"));
    m_fileActions = {backup, history, candidateHistory, people};
    m_editingActions = {reviews, newCandidate, importApplications};
    // Ctrl+1…Ctrl+5 go to the areas in the order of the list beside them.
    view->addSeparator();
    for (int area = 0; area < m_navigation->count(); ++area) {
        QAction* go = view->addAction(tr("Go to %1").arg(m_navigation->item(area)->text()), this,
                                      [this, area]() { m_navigation->setCurrentRow(area); });
        go->setObjectName(QStringLiteral("actionArea%1").arg(area + 1));
        go->setShortcut(QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + area))));
        m_fileActions.append(go);
    }
    // Ctrl+F: the search field of the area shown (the one marked "areaSearch").
    m_findAction = edit->addAction(tr("&Find in This Area"), this, [this]() {
        if (QWidget* field = areaSearchField(m_areas->currentWidget())) {
            field->setFocus(Qt::ShortcutFocusReason);
            if (auto* line = qobject_cast<QLineEdit*>(field)) {
                line->selectAll();
            }
        }
    });
    m_findAction->setObjectName(QStringLiteral("actionFind"));
    m_findAction->setShortcut(QKeySequence::Find);
    edit->setToolTipsVisible(true);  // why Find is disabled

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* guide = help->addAction(tr("&User Guide"), this, [this]() {
        // One guide window, kept beside the main window while the user follows its steps.
        auto* dialog = findChild<UserGuideDialog*>();
        if (!dialog) {
            dialog = new UserGuideDialog(this);
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction* shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, [this]() {
        // Built afresh each time: the actions' shortcuts may have changed (the undo action's text does).
        delete findChild<ShortcutsDialog*>();
        auto* dialog = new ShortcutsDialog(this, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    shortcuts->setObjectName(QStringLiteral("actionKeyboardShortcuts"));
    help->addSeparator();
    help->addAction(tr("&About Accreditation Desk"), this, [this]() {
        MessageBox::information(this, tr("About Accreditation Desk"),
                                tr("Accreditation Desk %1\nAccreditation of WCO IPR Technical and Operational "
                                   "Advisors.\nLicensed under the GNU GPL, version 3 or later.")
                                    .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::chooseAndOpen()
{
    const QString directory = m_store ? QFileInfo(m_store->path()).absolutePath()
                                      : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::openFileName(this, tr("Open an accreditation file"), directory);
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void MainWindow::chooseAndOpenReadOnly()
{
    const QString directory = m_store ? QFileInfo(m_store->path()).absolutePath()
                                      : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::openFileName(this, tr("Open an accreditation file to read"), directory);
    if (!path.isEmpty()) {
        openFile(path, true);
    }
}

void MainWindow::chooseAndCreate()
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::saveFileName(this, tr("Create an accreditation file"), directory);
    if (!path.isEmpty()) {
        createFile(path);
    }
}

QString MainWindow::demoFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.accred");
}

bool MainWindow::openDemo()
{
    const QString path = demoFilePath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (auto created = DemoFile::create(path); !created.ok()) {
            MessageBox::critical(this, tr("Cannot create the demo file"), created.message());
            return false;
        }
    }
    return openFile(path);
}

bool MainWindow::openFile(const QString& path, bool readOnly)
{
    if (!settleUnsavedChanges()) {
        return false;
    }
    // The tables are checked after the first paint (FileSession's whole-file check) or before
    // the first change, whichever comes first (issue #18).
    auto opened = Store::open(path, readOnly ? Store::Access::ReadOnly : Store::Access::Edit, Actor::current(),
                              Store::DailyBackup::Later, Store::OpenCheck::BeforeWriting);
    if (!opened.ok()) {
        MessageBox::critical(this, tr("Cannot open the file"), opened.message());
        return false;
    }
    adopt(std::move(opened).value());
    if (!m_store->historyWarning().isEmpty()) {
        // A history rewritten with its chain recomputed is whole in itself: only what this
        // computer remembers can tell, so the user must hear it now.
        MessageBox::warning(this, tr("The file's history was changed"), m_store->historyWarning());
    }
    if (!m_store->upgradeBackup().isEmpty()) {
        MessageBox::information(this, tr("File upgraded"),
                                tr("The file was upgraded to this version's format. A copy of it as it was is kept "
                                   "in \"%1\".")
                                    .arg(QDir::toNativeSeparators(m_store->upgradeBackup())));
    }
    return true;
}

bool MainWindow::createFile(const QString& path)
{
    if (!settleUnsavedChanges()) {
        return false;
    }
    auto created = Store::create(path);
    if (!created.ok()) {
        MessageBox::critical(this, tr("Cannot create the file"), created.message());
        return false;
    }
    adopt(std::move(created).value());
    return true;
}

void MainWindow::adopt(std::unique_ptr<Store> store)
{
    // The views hold the store by pointer: let go of it before it is replaced.
    m_session.reset();
    m_indexer->setStore(nullptr);
    m_list->setStore(nullptr);
    m_editor->setStore(nullptr);
    m_attachments->setStore(nullptr);
    m_standing->setStore(nullptr);
    for (FilePage* page : builtPages()) {
        page->setStore(nullptr);
    }
    if (m_workshops) {
        m_workshops->scoresGrid()->setReviewFile(nullptr);  // before the review file goes
    }
    m_review.reset();
    if (m_store) {
        m_store->close();  // hands back the lease before another file is taken
    }
    m_store = std::move(store);
    rememberRecent(m_store->path());
    m_list->setStore(m_store.get());
    m_editor->setStore(m_store.get());
    m_attachments->setStore(m_store.get());
    m_standing->setStore(m_store.get());
    // The areas read the file when first shown, and again when shown after a change.
    for (FilePage* page : builtPages()) {
        page->setStore(m_store.get());
    }
    // After the views' own: the window's actions and scores read what the list reads.
    connect(&m_store->events(), &FileEvents::changed, this, &MainWindow::fileChanged);
    connect(&m_store->events(), &FileEvents::reviewFileChanged, this, &MainWindow::showScores);
    // Damage found before a change, or editing taken over: the title and the actions say so.
    connect(&m_store->events(), &FileEvents::accessChanged, this, [this]() {
        updateTitle();
        updateActions();
    });
    m_session = std::make_unique<FileSession>(*m_store);
    connect(m_session.get(), &FileSession::heartbeatFailed, this, [this](const QString& message) {
        updateTitle();
        updateActions();
        MessageBox::information(this, tr("Editing taken over"), message);
    });
    connect(m_session.get(), &FileSession::dailyBackupMade, this,
            [this]() { statusBar()->showMessage(tr("Today's automatic backup of the file is made."), 5000); });
    connect(m_session.get(), &FileSession::backupWarning, this,
            [this](const QString& text) { MessageBox::information(this, tr("Automatic backup"), text); });
    // The open checked the schema; the rest (the tables, the documents' bytes) is checked after
    // the first paint (issue #18), and the tables before a first change made sooner. Damage
    // found there stops every save, as damage found at open does.
    connect(m_session.get(), &FileSession::damageFound, this, [this](const QString& message) {
        updateTitle();
        updateActions();
        MessageBox::critical(this, tr("The file is damaged"), message);
    });
    connect(m_session.get(), &FileSession::wholeFileChecked, this, [this](const QString& failure) {
        if (!failure.isEmpty()) {
            statusBar()->showMessage(tr("The whole file could not be checked: %1").arg(failure), 10000);
        }
    });
    m_shownCandidate = QUuid();
    if (m_workshops) {
        m_workshops->scoresGrid()->setReviewFile(nullptr);  // before the review file goes
    }
    m_review.reset();
    m_scores->clear();
    if (m_store->role() == PersonRole::Reviewer) {
        // A reviewer's own review file, kept beside the shared file under their account.
        const QString mine = QFileInfo(m_store->path()).absolutePath() + QLatin1Char('/') + m_store->actor().person +
                             QStringLiteral(".review");
        if (QFileInfo::exists(mine) && adoptReviewFile(mine)) {
            statusBar()->showMessage(tr("Your review file is open: your scores show until the officer imports "
                                        "them."),
                                     10000);
        }
    }
    showScores();
    m_pages->setCurrentWidget(m_fileView);
    updateTitle();
    offerTakeOver();
    m_session->start();  // the day's backup once the file is shown, the heartbeat, the poll
    importReviewFilesBeside();
    updateActions();
    m_indexer->setStore(m_store.get());
    // The documents' text is read by helper processes that compete with the first paint for
    // the processor: they start once the first screen is shown, as the whole-file check does.
    QTimer::singleShot(kDocumentReadingDelayMs, m_indexer, &DocumentIndexer::start);
}

void MainWindow::offerTakeOver()
{
    const auto holder = m_store->otherEditor();
    if (!holder || !holder->isStale(Clock::nowUtc()) || m_store->role() != PersonRole::Officer) {
        return;
    }
    const QString question =
        tr("%1 was editing this file on %2, but their session shows no sign of life since %3.\n\nIf they have "
           "stopped working (a closed laptop, a crash), you can take over editing. If they are still working, "
           "their unsaved changes will be refused.")
            .arg(holder->person, holder->machine,
                 QLocale().toString(holder->heartbeat.toLocalTime(), QLocale::ShortFormat));
    if (!MessageBox::question(this, tr("Take over editing?"), question, tr("&Take Over Editing"))) {
        return;
    }
    if (auto taken = m_store->takeOverLease(); !taken.ok()) {
        MessageBox::critical(this, tr("Editing not taken over"), taken.message());
    }
    updateTitle();
}

void MainWindow::importReviewFilesBeside()
{
    if (m_store->isReadOnly()) {
        return;
    }
    const auto imports = m_store->assessment().importReviewFilesBeside();
    if (!imports.ok()) {
        MessageBox::critical(this, tr("Review files not imported"), imports.message());
        return;
    }
    int changed = 0;
    int conflicts = 0;
    for (const ReviewImport& import : imports.value()) {
        changed += import.scoresChanged;
        conflicts += import.conflictsDeclared;
    }
    if (changed > 0 || conflicts > 0) {
        QString message = tr("Imported %Ln new score(s) from the review files beside the file.", nullptr, changed);
        if (conflicts > 0) {
            // Never "nothing new" when a conflict was recorded and an assignment removed.
            message +=
                QLatin1Char(' ') + tr("%Ln conflict(s) of interest recorded; the reviewers' assignments were removed.",
                                      nullptr, conflicts);
        }
        statusBar()->showMessage(message, 10000);
    }
}

void MainWindow::updateCandidateActions()
{
    // The actions act on the candidate shown; the list shows the same one once a switch is
    // settled, and holds their archived and erased marks.
    const Candidate* selected = m_list->currentCandidate();
    if (selected && selected->meta.id != m_shownCandidate) {
        selected = nullptr;
    }
    const bool editable = m_store && !m_store->isReadOnly();
    m_archiveAction->setEnabled(editable && selected && !selected->isArchived());
    m_bringBackAction->setEnabled(editable && selected && selected->isArchived());
    m_eraseAction->setEnabled(editable && selected && !selected->isErased());
}

void MainWindow::archiveCandidate()
{
    const auto target = candidateToActOn();
    if (!target) {
        return;
    }
    const QString name = target->displayName();
    if (!MessageBox::question(this, tr("Archive candidate?"),
                              tr("Archive %1? They leave the candidate list, and their record, decisions and "
                                 "documents stay in the file. To find them again, tick \"Show archived\" in the "
                                 "list; Edit > Bring Back from Archive returns them.")
                                  .arg(name),
                              tr("&Archive"))) {
        return;
    }
    if (auto done = m_store->candidates().setArchived(target->meta.id, true); !done.ok()) {
        MessageBox::critical(this, tr("Not archived"), tr("%1 was not archived: %2").arg(name, done.message()));
        return;
    }
    statusBar()->showMessage(tr("%1 was archived. Show archived candidates to bring them back.").arg(name), 10000);
}

void MainWindow::eraseCandidate()
{
    const auto target = candidateToActOn();
    if (!target) {
        return;
    }
    const QUuid id = target->meta.id;
    const QString name = target->displayName();
    if (!MessageBox::question(this, tr("Erase personal data?"),
                              tr("Erase the personal data of %1 for good? Names, contact details, notes and "
                                 "documents are removed from the file and from its history; an anonymous record "
                                 "keeps the stage and decisions. This cannot be undone. Backups made before keep "
                                 "the data until they are rotated out.")
                                  .arg(name),
                              tr("&Erase"))) {
        return;
    }
    const auto reason =
        MessageBox::text(this, tr("Erase personal data"), tr("Why is the data of %1 erased?").arg(name));
    if (!reason) {
        return;
    }
    if (auto done = m_store->candidates().erasePersonalData(id, *reason); !done.ok()) {
        MessageBox::critical(this, tr("Not erased"), tr("The data of %1 was not erased: %2").arg(name, done.message()));
        return;
    }
    // Shown again, as erased: the list may still select them, so read them afresh.
    m_shownCandidate = QUuid();
    m_list->select(id);
    showSelectedCandidate();
    statusBar()->showMessage(tr("The personal data of %1 was erased.").arg(name), 10000);
}

void MainWindow::bringBackCandidate()
{
    const auto target = candidateToActOn();
    if (!target) {
        return;
    }
    const QUuid id = target->meta.id;
    if (auto done = m_store->candidates().setArchived(id, false); !done.ok()) {
        MessageBox::critical(this, tr("Not brought back"),
                             tr("%1 was not brought back: %2").arg(target->displayName(), done.message()));
        return;
    }
    m_list->select(id);
    statusBar()->showMessage(tr("%1 is back in the candidate list.").arg(target->displayName()), 10000);
}

void MainWindow::updateActions()
{
    updateCandidateActions();
    for (QAction* action : std::as_const(m_reviewerActions)) {
        action->setEnabled(m_store && m_store->role() == PersonRole::Reviewer);
    }
    // Export follows the area: the Dashboard's charts export themselves, as images.
    const bool listed = m_areas->currentIndex() != DashboardArea;
    m_exportAction->setEnabled(m_store && listed);
    m_exportAction->setToolTip(listed ? tr("Export this area's list, with its filters, as a spreadsheet (XLSX) or CSV.")
                                      : tr("The Dashboard has no list to export (its charts have their own "
                                           "Export buttons): go to Candidates, Workshops, Activities or Pool."));
    for (QAction* action : std::as_const(m_fileActions)) {
        action->setEnabled(m_store != nullptr);
    }
    const bool searchable = areaSearchField(m_areas->currentWidget()) != nullptr;
    m_findAction->setEnabled(m_store && searchable);
    m_findAction->setToolTip(searchable ? tr("Go to this area's search field.")
                                        : tr("This area has nothing to search: Candidates, Workshops and Pool have "
                                             "a search field."));
    for (QAction* action : std::as_const(m_editingActions)) {
        action->setEnabled(m_store && !m_store->isReadOnly());
    }
    if (m_session) {
        m_session->followAccess();  // the heartbeat while the file is editable
    }
}

void MainWindow::refreshIfChangedElsewhere()
{
    if (m_session) {
        m_session->lookForChangesElsewhere();  // what changed comes back through fileChanged()
    }
}

void MainWindow::keepLeaseAlive()
{
    if (m_session) {
        m_session->keepLeaseAlive();
    }
}

void MainWindow::fileChanged(const QList<FileChange>& changes)
{
    // The views follow the file themselves; the window keeps its own actions and the
    // scores it shows in step with them.
    updateCandidateActions();
    showScores();
    if (std::any_of(changes.cbegin(), changes.cend(), [](const FileChange& c) { return c.elsewhere; })) {
        statusBar()->showMessage(tr("Updated with changes saved by others."), 5000);
    }
}

void MainWindow::backUpNow()
{
    const QFileInfo info(m_store->path());
    const QString suggested = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
                              QStringLiteral(" backup ") + Clock::today().toString(Qt::ISODate) +
                              QStringLiteral(".accred");
    const QString target = FileDialog::saveFileName(this, tr("Back up the file to"), suggested);
    if (target.isEmpty()) {
        return;
    }
    if (auto done = m_store->backupTo(target); !done.ok()) {
        MessageBox::critical(this, tr("Backup failed"), done.message());
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(target)), 10000);
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(m_store.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this]() { statusBar()->showMessage(tr("Settings saved."), 5000); });
    dialog->open();
}

void MainWindow::restoreFromBackup()
{
    const QString directory = m_store ? QFileInfo(m_store->path()).absolutePath()
                                      : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString backup = FileDialog::openFileName(this, tr("Choose the backup to restore"), directory);
    if (backup.isEmpty()) {
        return;
    }
    const QString target = FileDialog::saveFileName(this, tr("Restore into a new file"), directory);
    if (target.isEmpty()) {
        return;
    }
    if (auto done = Store::restore(backup, target); !done.ok()) {
        MessageBox::critical(this, tr("Restore failed"), done.message());
        return;
    }
    openFile(target);
}

void MainWindow::importReviewFiles()
{
    const QString path =
        FileDialog::openFileName(this, tr("Import a review file"), QFileInfo(m_store->path()).absolutePath());
    if (path.isEmpty()) {
        return;
    }
    const auto imported = m_store->assessment().importReview(path);
    if (!imported.ok()) {
        MessageBox::critical(this, tr("Review file not imported"), imported.message());
        return;
    }
    MessageBox::information(this, tr("Review file imported"), imported.value().summary());
}

void MainWindow::showFileHistory()
{
    AuditTrailDialog dialog(*m_store, QUuid(), QString(), this);
    dialog.exec();
}

void MainWindow::showCandidateHistory()
{
    const QUuid id = m_shownCandidate;  // the one shown now
    if (id.isNull() || !m_store) {
        MessageBox::information(this, tr("Candidate history"), tr("Select a candidate in the list first."));
        return;
    }
    const auto shown = m_store->candidates().byId(id);
    if (!shown.ok()) {
        MessageBox::critical(this, tr("Candidate history"), shown.message());
        return;
    }
    AuditTrailDialog dialog(*m_store, id, shown.value().displayName(), this);
    dialog.exec();
}

void MainWindow::newCandidate()
{
    if (!settleUnsavedChanges()) {
        return;
    }
    Candidate candidate;
    candidate.applicationDate = Clock::today();
    m_list->select(QUuid());
    m_shownCandidate = QUuid();
    m_editor->load(candidate);
    m_navigation->setCurrentRow(0);
    m_editor->setFocus();
}

bool MainWindow::settleUnsavedChanges()
{
    // An area never shown holds nothing unsaved.
    if (m_workshops &&
        (!m_workshops->criteria()->settleUnsavedChanges() || !m_workshops->scoresGrid()->settleUnsavedChanges())) {
        m_navigation->setCurrentRow(WorkshopsArea);  // show what is being asked about
        return false;
    }
    if (m_editor->isModified()) {
        const QString name =
            m_editor->working().meta.isNew() ? tr("the new candidate") : m_editor->working().displayName();
        switch (MessageBox::askToSave(this, name)) {
        case MessageBox::UnsavedChoice::Save:
            if (!m_editor->save()) {
                return false;
            }
            break;
        case MessageBox::UnsavedChoice::Discard:
            m_editor->revert();
            break;
        case MessageBox::UnsavedChoice::Cancel:
            return false;
        }
    }
    // Ratings typed in the Assessment tab are the candidate's too: another candidate, or
    // another file, must not drop them unasked.
    if (m_assessment->hasUnsavedChanges()) {
        switch (MessageBox::askToSave(this, m_assessment->unsavedSubject())) {
        case MessageBox::UnsavedChoice::Save:
            return m_assessment->saveDraft();
        case MessageBox::UnsavedChoice::Discard:
            m_assessment->revert();
            return true;
        case MessageBox::UnsavedChoice::Cancel:
            return false;
        }
    }
    return true;
}

void MainWindow::showSelectedCandidate()
{
    const Candidate* selected = m_list->currentCandidate();
    const QUuid id = selected ? selected->meta.id : QUuid();
    updateCandidateActions();
    if (id == m_shownCandidate && !id.isNull()) {
        return;
    }
    if (!settleUnsavedChanges()) {
        m_list->select(m_shownCandidate);  // stay with the unsaved candidate
        return;
    }
    // Saving on the way reloads the list and selects what was saved (and `selected` points
    // into the old list): come back to the one asked for, so that the list, the editor and
    // every action show and act on the same person.
    m_shownCandidate = id;
    if (listedCandidateId() != id) {
        m_list->select(id);
        if (listedCandidateId() != id) {
            m_shownCandidate = QUuid();  // no longer listed (a filter): show no one
        }
    }
    updateCandidateActions();
    showScores();
    m_attachments->setCandidate(m_shownCandidate);
    m_standing->setCandidate(m_shownCandidate);
    if (m_shownCandidate.isNull()) {
        m_editor->clear();
        return;
    }
    // Read afresh: the list may be older than the file, and holds only what it shows.
    const auto fresh = m_store->candidates().byId(id);
    if (!fresh.ok()) {
        m_editor->clear();
        statusBar()->showMessage(fresh.message());
        return;
    }
    m_editor->load(fresh.value());
}

QUuid MainWindow::listedCandidateId() const
{
    const Candidate* listed = m_list->currentCandidate();
    return listed ? listed->meta.id : QUuid();
}

std::optional<Candidate> MainWindow::candidateToActOn()
{
    // The target is taken now, from what the window shows; settling unsaved changes may
    // save and reload the list, so nothing is read from the list after it.
    const QUuid id = m_shownCandidate;
    if (id.isNull() || !m_store || !settleUnsavedChanges()) {
        return std::nullopt;
    }
    const auto fresh = m_store->candidates().byId(id);
    if (!fresh.ok()) {
        MessageBox::critical(this, tr("Candidate not found"), fresh.message());
        return std::nullopt;
    }
    return fresh.value();
}

void MainWindow::exportCurrentList()
{
    if (!m_store) {
        return;
    }
    ExportRequest request;
    if (m_areas->currentIndex() == WorkshopsArea) {
        // The workshop's list its tab shows: participants, those to inform, the reviewers'
        // scores; the ranking from the other tabs.
        const QWidget* tab = m_workshops->tabs()->currentWidget();
        request.workshopId = m_workshops->currentWorkshop();
        if (tab && tab->findChild<QWidget*>(QStringLiteral("toInformTable"))) {
            request.list = ExportedList::ToInform;
        } else if (tab && tab->findChild<QWidget*>(QStringLiteral("participantsTable"))) {
            request.list = ExportedList::Participants;
        } else if (tab == m_workshops->assignments()) {
            request.list = ExportedList::Scores;
        } else {
            request.list = ExportedList::Ranking;
        }
        if (request.workshopId.isNull() && ExportSources::needsWorkshop(request.list)) {
            MessageBox::information(this, tr("Export"),
                                    tr("Choose a workshop at the top of the Workshops area first: its %1 is what is "
                                       "exported from this tab.")
                                        .arg(ExportSources::labelOf(request.list).toLower()));
            return;
        }
    } else if (m_areas->currentIndex() == PoolArea) {
        request.list = ExportedList::Pool;
    } else if (m_areas->currentIndex() == ActivitiesArea) {
        request.list = ExportedList::Activities;
    } else {
        request.list = ExportedList::Candidates;
        request.filter = m_list->filter();
    }
    const QString path = ListExport::run(this, *m_store, request);
    if (!path.isEmpty()) {
        statusBar()->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), 5000);
    }
}

void MainWindow::createReviewFile()
{
    const auto people = m_store->people().all();
    const auto fileId = m_store->fileId();
    if (!people.ok() || !fileId.ok()) {
        MessageBox::critical(this, tr("No review file"), people.ok() ? fileId.message() : people.message());
        return;
    }
    const auto me = std::find_if(people.value().cbegin(), people.value().cend(),
                                 [this](const Person& p) { return p.meta.id == m_store->personId(); });
    if (me == people.value().cend()) {
        return;
    }
    const QString suggested =
        QFileInfo(m_store->path()).absolutePath() + QLatin1Char('/') + me->account + QStringLiteral(".review");
    const QString path = FileDialog::saveFileName(this, tr("Create your review file"), suggested);
    if (path.isEmpty()) {
        return;
    }
    auto created = ReviewFile::create(path, fileId.value(), *me);
    if (!created.ok()) {
        MessageBox::critical(this, tr("No review file"), created.message());
        return;
    }
    m_review = std::move(created).value();
    showScores();
    statusBar()->showMessage(tr("Your scores go to %1; the officer imports them.").arg(QDir::toNativeSeparators(path)),
                             10000);
}

void MainWindow::openReviewFile()
{
    const QString path =
        FileDialog::openFileName(this, tr("Open your review file"), QFileInfo(m_store->path()).absolutePath());
    if (!path.isEmpty() && adoptReviewFile(path)) {
        showScores();
    }
}

bool MainWindow::adoptReviewFile(const QString& path)
{
    auto opened = ReviewFile::open(path);
    if (!opened.ok()) {
        MessageBox::critical(this, tr("Review file not opened"), opened.message());
        return false;
    }
    if (opened.value()->identity().sharedFileId != m_store->fileId().value() ||
        opened.value()->identity().reviewerId != m_store->personId()) {
        MessageBox::critical(
            this, tr("Review file not opened"),
            tr("\"%1\" belongs to another file or another reviewer.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_review = std::move(opened).value();
    return true;
}

void MainWindow::showScores()
{
    // The scores of the candidate the editor shows, who is also the one selected once a
    // switch is settled.
    const QUuid shownId = m_shownCandidate;
    if (m_workshops) {
        m_workshops->scoresGrid()->setReviewFile(m_review.get());
    }
    m_assessment->setCandidate(m_store.get(), m_review.get(), shownId);
    if (!m_store || shownId.isNull()) {
        m_scores->clear();
        return;
    }
    QHash<QUuid, QString> reviewers;
    for (const Person& p : m_store->people().all().ok() ? m_store->people().all().value() : QList<Person>()) {
        reviewers.insert(p.meta.id, p.name);
    }
    QHash<QString, QString> criteria;
    for (const PipelineStep round : AssessmentRound::all()) {  // the names of every round's items
        if (const auto form = m_store->assessment().scoringForm(shownId, round); form.ok()) {
            for (const FormSection& section : form.value().sections) {
                for (const FormCriterion& criterion : section.criteria) {
                    criteria.insert(criterion.key, criterion.name);
                }
            }
        }
    }
    QList<Score> own;
    QList<ConflictDeclaration> ownConflicts;
    if (m_review) {
        for (const Score& score : m_review->scores().ok() ? m_review->scores().value() : QList<Score>()) {
            if (score.candidateId == shownId) {
                own.append(score);
            }
        }
        ownConflicts = m_review->conflicts().ok() ? m_review->conflicts().value() : QList<ConflictDeclaration>();
    }
    // Blind until submitted: a reviewer sees the others' scores only once theirs are in.
    const auto visible = m_store->assessment().visibleScores(shownId, own, ownConflicts);
    const auto imported = m_store->assessment().scores(shownId);
    QList<Score> shown;
    for (const Score& s : imported.ok() ? imported.value() : QList<Score>()) {
        const bool seen =
            visible.ok() && std::any_of(visible.value().cbegin(), visible.value().cend(), [&](const Score& v) {
                return v.reviewerId == s.reviewerId && v.round == s.round && v.criterionKey == s.criterionKey;
            });
        if (seen) {
            shown.append(s);
        }
    }
    m_scores->setScores(shown, own, reviewers, criteria);
}

void MainWindow::importApplications()
{
    const QString path = FileDialog::openFileName(this, tr("Import applications from a CSV file"),
                                                  QFileInfo(m_store->path()).absolutePath(), FileDialog::csvFilter());
    if (path.isEmpty()) {
        return;
    }
    const auto report = ApplicationImport::read(path, m_store.get());
    if (!report.ok()) {
        MessageBox::critical(this, tr("Cannot import"), report.message());
        return;
    }
    ImportDialog dialog(*m_store, report.value(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.imported() > 0) {
        statusBar()->showMessage(tr("Imported %Ln application(s).", nullptr, dialog.imported()), 10000);
    }
}

void MainWindow::showPeople()
{
    PeopleDialog dialog(*m_store, this);
    dialog.exec();
}

void MainWindow::updateTitle()
{
    if (!m_store) {
        setWindowTitle(tr("Accreditation Desk"));
        m_accessLabel->clear();
        m_banner->hide();
        m_sampleBanner->hide();
        return;
    }
    const QString name = QFileInfo(m_store->path()).fileName();
    // "[*]" is where Qt shows the modified mark that the undo stack's clean state drives.
    setWindowTitle(m_store->isReadOnly() ? tr("Accreditation Desk — %1 (read-only)").arg(name)
                                         : tr("Accreditation Desk — %1[*]").arg(name));
    m_accessLabel->setText(m_store->readOnlyReason());
    m_banner->setText(m_store->readOnlyReason());
    m_banner->setVisible(m_store->isReadOnly());
    // The demo is known by where it lives: a file of one's own never shows as sample data.
    m_sampleBanner->setVisible(QFileInfo(m_store->path()) == QFileInfo(demoFilePath()));
}

void MainWindow::rememberRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent) {
        recent.removeLast();
    }
    settings.setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    m_welcome->setRecentFiles(recent);
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        // Numbered mnemonics make the list usable from the keyboard.
        QAction* action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)), this,
                                                  [this, path]() { openFile(path); });
        action->setObjectName(QStringLiteral("recentFile%1").arg(i));
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear the list"), this, [this]() {
            QSettings().remove(kRecentKey);
            rebuildRecentMenu();
        });
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!settleUnsavedChanges()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    for (const auto* splitter : findChildren<QSplitter*>()) {
        settings.setValue(QStringLiteral("mainWindow/") + splitter->objectName(), splitter->saveState());
    }
    if (m_session) {
        m_session->stop();
    }
    m_indexer->setStore(nullptr);
    if (m_store) {
        m_store->close();  // hands back the editing lease now, not at some later destruction
    }
    event->accept();
}
