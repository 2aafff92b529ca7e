// SPDX-License-Identifier: GPL-3.0-or-later
// A tour of the real window on the demo file: every area and every tab in it, in English
// (the user guide's screenshots, docs/screenshots/guide) and in French at 1024x700 and
// 1920x1080 (docs/screenshots/fr), as the language chosen in Settings shows it. What a
// person would see is read as it is grabbed: no "(s)" plural anywhere, and, in French, no
// message left in English (a source text of the French translation shown as it is).
// The screenshots go to AD_SCREENSHOT_DIR when set (scripts/update-screenshots sets it to
// docs/screenshots), else to the build folder.
#include "MainWindow.h"
#include "Translations.h"
#include "candidates/CandidateListView.h"
#include "candidates/CandidateStandingView.h"
#include "demo/DemoFile.h"
#include "domain/Workshop.h"
#include "help/ShortcutsDialog.h"
#include "help/UserGuideDialog.h"
#include "domain/Person.h"
#include "store/People.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"
#include "workshops/WorkshopsPage.h"
#include "TestMain.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QXmlStreamReader>

#include <functional>

namespace {

QString outputFolder(const QString& sub)
{
    QString base = qEnvironmentVariable("AD_SCREENSHOT_DIR");
    if (base.isEmpty()) {
        base = QStringLiteral(AD_BINARY_DIR "/screenshots");
    }
    const QString folder = base + QLatin1Char('/') + sub;
    QDir().mkpath(folder);
    return folder;
}

QString plain(const QString& text)
{
    QString t = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    t.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    t.remove(QLatin1Char('&'));
    t.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return t.simplified();
}

/// The texts a person sees in `root` now: labels, buttons, tabs, group titles, placeholders,
/// the headers and the first rows of lists, menus. The lists' cells go to `data` when given:
/// they hold what was typed or imported (an administration's name, "French" as a language
/// spoken), which stays as it was written whatever the window's language.
QStringList visibleTexts(QWidget* root, QStringList* data = nullptr)
{
    QStringList texts;
    const auto seen = [](QWidget* w) { return w->isVisible(); };
    for (auto* label : root->findChildren<QLabel*>()) {
        if (seen(label)) {
            texts.append(plain(label->text()));
        }
    }
    for (auto* button : root->findChildren<QAbstractButton*>()) {
        if (seen(button)) {
            texts.append(plain(button->text()));
            texts.append(plain(button->toolTip()));
        }
    }
    for (auto* tabs : root->findChildren<QTabWidget*>()) {
        if (seen(tabs)) {
            for (int i = 0; i < tabs->count(); ++i) {
                texts.append(plain(tabs->tabText(i)));
            }
        }
    }
    for (auto* group : root->findChildren<QGroupBox*>()) {
        if (seen(group)) {
            texts.append(plain(group->title()));
        }
    }
    for (auto* edit : root->findChildren<QLineEdit*>()) {
        if (seen(edit)) {
            texts.append(plain(edit->placeholderText()));
        }
    }
    for (auto* view : root->findChildren<QAbstractItemView*>()) {
        QAbstractItemModel* model = view->model();
        if (!seen(view) || !model) {
            continue;
        }
        for (int c = 0; c < model->columnCount(); ++c) {
            texts.append(plain(model->headerData(c, Qt::Horizontal).toString()));
            for (int r = 0; r < qMin(model->rowCount(), 30); ++r) {
                (data ? *data : texts).append(plain(model->index(r, c).data().toString()));
            }
        }
    }
    if (auto* window = qobject_cast<QMainWindow*>(root)) {
        for (QAction* menu : window->menuBar()->actions()) {
            texts.append(plain(menu->text()));
            if (menu->menu()) {
                for (QAction* action : menu->menu()->actions()) {
                    texts.append(plain(action->text()));
                }
            }
        }
    }
    texts.append(plain(root->windowTitle()));
    texts.removeAll(QString());
    texts.removeDuplicates();
    return texts;
}

/// The English source texts that French translates differently, read from the .ts file.
QSet<QString> englishSourcesOfFrench()
{
    QFile file(QStringLiteral(AD_SOURCE_DIR "/resources/translations/accreditation-desk_fr.ts"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QSet<QString> sources;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == u"source") {
            source = plain(xml.readElementText());
        } else if (xml.name() == u"translation") {
            const QString translation = plain(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            // Words alike in both languages ("Region", "Date") and names are not English left behind.
            static const QRegularExpression word(QStringLiteral("[A-Za-z]{4,}"));
            if (translation != source && source.contains(word) && !source.contains(QLatin1Char('%'))) {
                sources.insert(source);
            }
        }
    }
    return sources;
}

}  // namespace

class TestScreenshotTour : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QStringList m_problems;
    QSet<QString> m_englishSources;  ///< checked against only in French
    QMainWindow* m_menus = nullptr;  ///< the window whose menus the messages must name rightly

    bool menuItemExists(const QString& menu, const QString& item) const
    {
        for (QAction* top : m_menus->menuBar()->actions()) {
            if (plain(top->text()) != menu || !top->menu()) {
                continue;
            }
            for (QAction* action : top->menu()->actions()) {
                QString text = plain(action->text());
                text.remove(QChar(0x2026));
                if (text == item || (action->menu() && plain(action->menu()->title()) == item)) {
                    return true;
                }
            }
        }
        return false;
    }

    void look(QWidget* root, const QString& where)
    {
        if (m_menus) {
            // A message that sends the user to "File > Export…" names a menu item that exists.
            static const QRegularExpression path(QStringLiteral(R"(\b(File|Edit|View|Help) > ([A-Z][A-Za-z -]+))"));
            for (const QString& text : visibleTexts(root)) {
                for (auto it = path.globalMatch(text); it.hasNext();) {
                    const auto match = it.next();
                    if (!menuItemExists(match.captured(1), match.captured(2).trimmed())) {
                        m_problems.append(QStringLiteral("%1: no menu item %2").arg(where, match.captured(0)));
                    }
                }
            }
        }
        QStringList data;
        const QStringList chrome = visibleTexts(root, &data);
        for (const QString& text : chrome + data) {
            if (text.contains(QStringLiteral("(s)")) || text.contains(QStringLiteral("(es)"))) {
                m_problems.append(QStringLiteral("%1: a \"(s)\" plural: %2").arg(where, text));
            }
        }
        for (const QString& text : chrome) {
            if (m_englishSources.contains(text)) {
                m_problems.append(QStringLiteral("%1: English under French: %2").arg(where, text));
            }
        }
    }

    void shoot(QWidget* widget, const QString& folder, const QString& name)
    {
        QApplication::processEvents();
        const QString path = folder + QLatin1Char('/') + name + QStringLiteral(".png");
        if (!widget->grab().save(path)) {
            m_problems.append(QStringLiteral("cannot write %1").arg(path));
        }
        look(widget, name);
    }

    /// Grabs every tab of the tab widgets shown in `scope`, and the tabs within them.
    void shootTabs(QWidget* window, QWidget* scope, const QString& folder, const QString& prefix, const QString& suffix)
    {
        int unnamed = 0;
        for (auto* tabs : scope->findChildren<QTabWidget*>()) {
            // Only the outermost tab widgets here; the nested ones when their tab is shown.
            bool nested = false;
            for (QWidget* p = tabs->parentWidget(); p && p != scope; p = p->parentWidget()) {
                nested = nested || qobject_cast<QTabWidget*>(p);
            }
            if (nested || !tabs->isVisible()) {
                continue;
            }
            const int was = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                if (!tabs->isTabVisible(i) || !tabs->isTabEnabled(i)) {
                    continue;
                }
                tabs->setCurrentIndex(i);
                const QString tabsName =
                    tabs->objectName().isEmpty() ? QStringLiteral("tabs%1-").arg(unnamed + 1) : tabs->objectName();
                const QString name = QStringLiteral("%1-%2%3").arg(prefix, tabsName).arg(i + 1);
                shoot(window, folder, name + suffix);
                shootTabs(window, tabs->widget(i), folder, name, suffix);
            }
            tabs->setCurrentIndex(was);
            unnamed += tabs->objectName().isEmpty() ? 1 : 0;
        }
    }

    /// Shows the dialog a slot opens with exec() or open(), grabs it and closes it.
    void shootDialog(const std::function<void()>& open, const QString& folder, const QString& name)
    {
        bool grabbed = false;
        QTimer::singleShot(300, this, [&]() {
            QWidget* dialog = QApplication::activeModalWidget();
            if (!dialog) {
                return;
            }
            shoot(dialog, folder, name);
            grabbed = true;
            if (auto* d = qobject_cast<QDialog*>(dialog)) {
                d->reject();
            }
        });
        open();
        QTRY_VERIFY_WITH_TIMEOUT(grabbed, 5000);
    }

    /// Every area of the window and every tab in it, the demo file open, a candidate and a
    /// workshop chosen so that the tabs have something to show.
    void tour(MainWindow& window, const QString& folder, const QString& suffix)
    {
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("areaNavigation"));
        QVERIFY(navigation);
        auto* areas = window.findChild<QWidget*>(QStringLiteral("fileView"))
                          ->findChild<QStackedWidget*>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(areas);
        const QStringList keys{QStringLiteral("candidates"), QStringLiteral("workshops"), QStringLiteral("activities"),
                               QStringLiteral("pool"), QStringLiteral("dashboard")};
        const auto workshops = window.store()->workshops().all();
        QVERIFY(workshops.ok());
        for (int i = 0; i < navigation->count(); ++i) {
            navigation->setCurrentRow(i);
            const QString key = i < keys.size() ? keys.at(i) : QStringLiteral("area%1").arg(i + 1);
            if (key == u"candidates") {
                QTableView* table = window.candidateList()->table();
                table->setCurrentIndex(table->model()->index(0, 0));
                table->selectRow(0);
            }
            if (key == u"workshops") {
                // Kashiwa 2023, the workshop of the demo that has results.
                for (const Workshop& w : workshops.value()) {
                    if (w.title.contains(QStringLiteral("Kashiwa"))) {
                        window.workshopsPage()->selectWorkshop(w.meta.id);
                    }
                }
            }
            QApplication::processEvents();
            shoot(&window, folder, key + suffix);
            shootTabs(&window, areas->currentWidget(), folder, key, suffix);
        }
        navigation->setCurrentRow(0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk screenshot tour"));
        QSettings().clear();
        MessageBox::recordInsteadOfShowing(true);
        m_demo = m_dir.filePath(QStringLiteral("demo.accred"));
        QVERIFY(DemoFile::create(m_demo).ok());
        // Two reviewers, so that the Reviewers tab shows its grid as in a real call.
        auto officer = Store::open(m_demo);
        QVERIFY(officer.ok());
        for (const auto& [name, account] : {std::pair{QStringLiteral("Ana Souza"), QStringLiteral("asouza")},
                                            std::pair{QStringLiteral("Kenji Morita"), QStringLiteral("kmorita")}}) {
            Person reviewer;
            reviewer.name = name;
            reviewer.account = account;
            reviewer.role = PersonRole::Reviewer;
            reviewer.administration = QStringLiteral("WCO Secretariat");
            QVERIFY(officer.value()->people().save(reviewer).ok());
        }
    }

    /// The screenshots of docs/user-guide.md, in English at 1024x700.
    void englishForTheGuide()
    {
        Translations::install(Translations::Language::English);
        m_problems.clear();
        const QString folder = outputFolder(QStringLiteral("guide"));
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        shoot(&window, folder, QStringLiteral("welcome"));
        QVERIFY(window.openFile(m_demo));
        m_menus = &window;
        tour(window, folder, QString());

        // The candidate's History and Decisions whole, as it reads with room to spare: the
        // pre-check scrolls inside its tab at 700 px.
        auto* scroll = window.standingView()->findChild<QScrollArea*>();
        QVERIFY(scroll && scroll->widget());
        scroll->widget()->resize(qMax(scroll->widget()->width(), 760), scroll->widget()->sizeHint().height());
        shoot(scroll->widget(), folder, QStringLiteral("standing-whole"));

        // The dialogs the guide walks through.
        shootDialog([&]() { window.showSettings(); }, folder, QStringLiteral("settings"));
        shootDialog([&]() { window.showPeople(); }, folder, QStringLiteral("people"));
        shootDialog([&]() { window.showFileHistory(); }, folder, QStringLiteral("file-history"));
        const QString csv = m_dir.filePath(QStringLiteral("applications.csv"));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("family_name,given_names,gender,nationality,administration,region,email,application_date\n"
                       "Okafor,Ngozi,female,Nigerian,Nigeria Customs Service,west_central_africa,"
                       "n.okafor@example.org,2026-01-12\n"
                       "Lindqvist,Per,male,Swedish,Swedish Customs,europe,,2026-01-14\n"
                       ",Ana,female,Chilean,Servicio Nacional de Aduanas,americas_caribbean,,2026-01-15\n");
        }
        FileDialog::setNextFileName(csv);
        shootDialog([&]() { window.importApplications(); }, folder, QStringLiteral("import-applications"));
        window.findChild<QAction*>(QStringLiteral("actionKeyboardShortcuts"))->trigger();
        auto* shortcuts = window.findChild<ShortcutsDialog*>();
        QVERIFY(shortcuts);
        shoot(shortcuts, folder, QStringLiteral("keyboard-shortcuts"));
        shortcuts->close();
        window.findChild<QAction*>(QStringLiteral("actionUserGuide"))->trigger();
        auto* guide = window.findChild<UserGuideDialog*>();
        QVERIFY(guide);
        shoot(guide, folder, QStringLiteral("user-guide"));
        guide->close();
        m_menus = nullptr;
        for (const QString& problem : std::as_const(m_problems)) {
            qWarning("%s", qPrintable(problem));  // each one: the failure message is cut short
        }
        QVERIFY2(m_problems.isEmpty(), qPrintable(QString::number(m_problems.size()) + QStringLiteral(" problems")));
    }

    /// The look itself sees what it is meant to find, so that an empty list of problems means something.
    void theLookFindsPluralsAndEnglish()
    {
        m_englishSources = englishSourcesOfFrench();
        QVERIFY(m_englishSources.contains(QStringLiteral("Candidates to inform")));
        m_problems.clear();
        QWidget page;
        auto* plural = new QLabel(QStringLiteral("14 candidate(s)"), &page);
        auto* english = new QPushButton(QStringLiteral("Record as &Informed"), &page);
        auto* french = new QLabel(QStringLiteral("Candidats à informer"), &page);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        look(&page, QStringLiteral("sample"));
        m_englishSources.clear();
        QCOMPARE(m_problems.size(), 2);
        QVERIFY(m_problems.at(0).contains(plural->text()) || m_problems.at(1).contains(plural->text()));
        QVERIFY(m_problems.join(u' ').contains(QStringLiteral("Record as Informed")));
        QVERIFY(!m_problems.join(u' ').contains(french->text()));
        Q_UNUSED(english);
        m_problems.clear();
    }

    /// Every area and tab in French, as the language chosen in Settings shows the window.
    /// Last: the French translator stays installed, above the English one.
    void frenchEverywhere()
    {
        Translations::choose(Translations::Language::French);
        Translations::install(Translations::chosen());
        // French figures too, whatever the system's locale (en_GB here): "2,6 / 12 semaines".
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));
        QCOMPARE(QLocale().toString(2.5), QStringLiteral("2,5"));
        m_englishSources = englishSourcesOfFrench();
        QVERIFY(m_englishSources.size() > 1000);
        // The demo's own data (activities' titles, notes) in French too, as a French
        // officer's demo file is made: English data would read as English left behind.
        const QString demo = m_dir.filePath(QStringLiteral("demo-fr.accred"));
        QVERIFY(DemoFile::create(demo).ok());
        m_problems.clear();
        const QString folder = outputFolder(QStringLiteral("fr"));
        for (const QSize size : {QSize(1024, 700), QSize(1920, 1080)}) {
            const QString suffix = QStringLiteral("-%1x%2").arg(size.width()).arg(size.height());
            MainWindow window;
            window.resize(size);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            shoot(&window, folder, QStringLiteral("welcome") + suffix);
            QVERIFY(window.openFile(demo));
            tour(window, folder, suffix);
            shootDialog([&]() { window.showSettings(); }, folder, QStringLiteral("settings") + suffix);
            // The shortcuts as the actions read in French: nothing to translate twice.
            window.findChild<QAction*>(QStringLiteral("actionKeyboardShortcuts"))->trigger();
            auto* shortcuts = window.findChild<ShortcutsDialog*>();
            QVERIFY(shortcuts);
            shoot(shortcuts, folder, QStringLiteral("keyboard-shortcuts") + suffix);
            shortcuts->close();
        }
        m_englishSources.clear();
        for (const QString& problem : std::as_const(m_problems)) {
            qWarning("%s", qPrintable(problem));  // each one: the failure message is cut short
        }
        QVERIFY2(m_problems.isEmpty(), qPrintable(QString::number(m_problems.size()) + QStringLiteral(" problems")));
    }
};

AD_TEST_MAIN(TestScreenshotTour)
#include "TestScreenshotTour.moc"
