#include "MainWindow.h"

#include "CandidateTableModel.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "Store.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace {

const QString kRecentKey = QStringLiteral("recentFiles");
constexpr int kMaxRecent = 8;

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_model(new CandidateTableModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createWelcomePage());

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("candidateTable"));
    m_table->setAccessibleName(tr("Candidates"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CandidateTableModel::FamilyName, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);  // Tab leaves the table, arrows move within it
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_pages->addWidget(m_table);
    setCentralWidget(m_pages);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("candidateCount"));
    m_accessLabel = new QLabel(this);
    m_accessLabel->setObjectName(QStringLiteral("accessNotice"));
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_accessLabel);

    createMenus();
    updateTitle();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        resize(1100, 680);
    }
}

MainWindow::~MainWindow() = default;

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
    QAction* quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("actionQuit"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Accreditation Desk"), this, [this]() {
        MessageBox::information(this, tr("About Accreditation Desk"),
                                tr("Accreditation Desk %1\nAccreditation of WCO IPR Technical and Operational "
                                   "Advisors.\nLicensed under the GNU GPL, version 3 or later.")
                                    .arg(QApplication::applicationVersion()));
    });
}

QWidget* MainWindow::createWelcomePage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomePage"));
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    auto* title = new QLabel(tr("<h2>Accreditation Desk</h2><p>Open an accreditation file, or create a new one.</p>"),
                             page);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto* open = new QPushButton(tr("&Open a file…"), page);
    open->setObjectName(QStringLiteral("welcomeOpen"));
    connect(open, &QPushButton::clicked, this, &MainWindow::chooseAndOpen);
    auto* create = new QPushButton(tr("Create a &new file…"), page);
    create->setObjectName(QStringLiteral("welcomeNew"));
    connect(create, &QPushButton::clicked, this, &MainWindow::chooseAndCreate);
    for (QPushButton* button : {open, create}) {
        layout->addWidget(button, 0, Qt::AlignHCenter);
    }
    layout->addStretch();
    return page;
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

bool MainWindow::openFile(const QString& path, bool readOnly)
{
    auto opened = Store::open(path, readOnly ? Store::Access::ReadOnly : Store::Access::Edit);
    if (!opened.ok()) {
        MessageBox::critical(this, tr("Cannot open the file"), opened.message());
        return false;
    }
    adopt(std::move(opened).value());
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
    m_store = std::move(store);
    rememberRecent(m_store->path());
    reloadCandidates();
    m_pages->setCurrentWidget(m_table);
    updateTitle();
}

void MainWindow::reloadCandidates()
{
    const auto candidates = m_store->candidates();
    if (!candidates.ok()) {
        MessageBox::critical(this, tr("Cannot read the candidates"), candidates.message());
        m_model->setCandidates({});
    } else {
        m_model->setCandidates(candidates.value());
    }
    QHeaderView* header = m_table->horizontalHeader();
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_table->resizeColumnsToContents();
    header->setSectionResizeMode(CandidateTableModel::Administration, QHeaderView::Stretch);
    m_countLabel->setText(tr("%Ln candidate(s)", nullptr, m_model->rowCount()));
}

void MainWindow::updateTitle()
{
    if (!m_store) {
        setWindowTitle(tr("Accreditation Desk"));
        m_accessLabel->clear();
        return;
    }
    const QString name = QFileInfo(m_store->path()).fileName();
    setWindowTitle(m_store->isReadOnly() ? tr("Accreditation Desk — %1 (read-only)").arg(name)
                                         : tr("Accreditation Desk — %1").arg(name));
    m_accessLabel->setText(m_store->readOnlyReason());
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
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        // Numbered mnemonics make the list usable from the keyboard.
        QAction* action = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)), this, [this, path]() { openFile(path); });
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
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}
