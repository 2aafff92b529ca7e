// SPDX-License-Identifier: GPL-3.0-or-later
// Help > User Guide shows docs/user-guide.md with its screenshots, from the program's
// resources, and finds words in it; the menus and commands the guide names exist; Help >
// Keyboard Shortcuts lists every shortcut of the window, read from its actions.
#include "MainWindow.h"
#include "Translations.h"
#include "demo/DemoFile.h"
#include "help/ShortcutsDialog.h"
#include "help/UserGuideDialog.h"
#include "widgets/MessageBox.h"
#include "TestMain.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

namespace {

QString guideSource()
{
    QFile file(QStringLiteral(":/guide/user-guide.md"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QAction* helpAction(MainWindow& window, const QString& name)
{
    auto* help = window.menuBar()->findChild<QMenu*>(QStringLiteral("helpMenu"));
    if (!help) {
        return nullptr;
    }
    for (QAction* action : help->actions()) {
        if (action->objectName() == name) {
            return action;
        }
    }
    return nullptr;
}

/// The window's actions that have a shortcut, as the dialog should list them: text and keys.
QList<QPair<QString, QString>> shortcutsOf(QWidget& window)
{
    QList<QPair<QString, QString>> expected;
    for (QAction* action : window.findChildren<QAction*>()) {
        bool inDialog = false;
        for (QObject* o = action->parent(); o && o != &window; o = o->parent()) {
            inDialog = inDialog || qobject_cast<QDialog*>(o);
        }
        if (action->shortcuts().isEmpty() || action->text().isEmpty() || inDialog) {
            continue;
        }
        expected.append(
            {ShortcutsDialog::plainText(action->text()), action->shortcut().toString(QKeySequence::NativeText)});
    }
    return expected;
}

}  // namespace

class TestUserGuide : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk guide tests"));
        QSettings().clear();
        Translations::install();
        MessageBox::recordInsteadOfShowing(true);
        m_demo = m_dir.filePath(QStringLiteral("demo.accred"));
        QVERIFY(DemoFile::create(m_demo).ok());
    }

    void helpUserGuideShowsTheGuide()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction* guide = helpAction(window, QStringLiteral("actionUserGuide"));
        QVERIFY(guide);
        QVERIFY(guide->isEnabled());  // also without a file: the guide says how to make one
        guide->trigger();
        auto* dialog = window.findChild<UserGuideDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const QString shown = dialog->browser()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("Accreditation Desk User Guide")), qPrintable(shown.left(200)));
        // Rendered, not the markdown source: headings lose their "#".
        QVERIFY(!shown.contains(QStringLiteral("## ")));
        QVERIFY(shown.contains(QStringLiteral("Score as a reviewer")));
        // Asked for again, the same window comes forward rather than a second one.
        guide->trigger();
        QCOMPARE(window.findChildren<UserGuideDialog*>().size(), 1);
    }

    /// The contents' links go to their section inside the program too.
    void theGuidesOwnLinksGoToTheirSection()
    {
        UserGuideDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QScrollBar* scroll = dialog.browser()->verticalScrollBar();
        QCOMPARE(scroll->value(), 0);
        static const QRegularExpression link(QStringLiteral(R"(\]\((#[a-z0-9-]+)\))"));
        int links = 0;
        for (auto it = link.globalMatch(guideSource()); it.hasNext();) {
            const QString target = it.next().captured(1);
            ++links;
            scroll->setValue(0);
            // As a click on the link does: resolved against the guide's own address.
            dialog.browser()->setSource(UserGuideDialog::guideUrl().resolved(QUrl(target)));
            QVERIFY2(scroll->value() > 0, qPrintable(target));
        }
        QVERIFY(links >= 5);
    }

    void everyScreenshotOfTheGuideIsShown()
    {
        UserGuideDialog dialog;
        const QString source = guideSource();
        static const QRegularExpression image(QStringLiteral(R"(!\[[^\]]*\]\(([^)\s]+)\))"));
        int images = 0;
        for (auto it = image.globalMatch(source); it.hasNext();) {
            const QString path = it.next().captured(1);
            ++images;
            QVERIFY2(QFile::exists(QStringLiteral(AD_SOURCE_DIR "/docs/") + path), qPrintable(path));
            const QUrl url = UserGuideDialog::guideUrl().resolved(QUrl(path));
            const QVariant loaded = dialog.browser()->loadResource(QTextDocument::ImageResource, url);
            const QImage shown = loaded.value<QImage>();
            QVERIFY2(!shown.isNull(), qPrintable(url.toString()));
            QVERIFY2(shown.width() <= 800, qPrintable(path));  // scaled to the dialog, no sideways scroll
        }
        QVERIFY2(images >= 8, qPrintable(QString::number(images)));
    }

    void findsWordsInTheGuide()
    {
        UserGuideDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.findText(QStringLiteral("review file")));
        QCOMPARE(dialog.browser()->textCursor().selectedText().toLower(), QStringLiteral("review file"));
        const int first = dialog.browser()->textCursor().position();
        QVERIFY(dialog.findText(QStringLiteral("review file")));
        QVERIFY(dialog.browser()->textCursor().position() > first);
        QVERIFY(!dialog.findText(QStringLiteral("zqxjv nowhere")));
        auto* notice = dialog.findChild<QLabel*>(QStringLiteral("userGuideFindNotice"));
        QVERIFY(!notice->text().isEmpty());
        // Ctrl+F goes to the find field.
        dialog.browser()->setFocus();
        QTest::keyClick(&dialog, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("userGuideFind"))->hasFocus());
    }

    /// The guide's "**File > Import Applications…**" are menu items of the window, so that
    /// a renamed menu cannot leave the guide pointing at nothing.
    void theMenusTheGuideNamesExist()
    {
        MainWindow window;
        QVERIFY(window.openFile(m_demo));
        static const QRegularExpression menuPath(QStringLiteral(R"(\*\*((?:File|Edit|View|Help)\s+>\s+[^*]+)\*\*)"));
        int paths = 0;
        for (auto it = menuPath.globalMatch(guideSource()); it.hasNext();) {
            const QStringList parts = it.next().captured(1).simplified().split(QStringLiteral(" > "));
            ++paths;
            QList<QAction*> level = window.menuBar()->actions();
            for (const QString& part : parts) {
                QAction* found = nullptr;
                for (QAction* action : level) {
                    if (ShortcutsDialog::plainText(action->text()) == ShortcutsDialog::plainText(part)) {
                        found = action;
                    }
                }
                QVERIFY2(found, qPrintable(QStringLiteral("%1 (in %2)").arg(part, parts.join(QStringLiteral(" > ")))));
                level = found->menu() ? found->menu()->actions() : QList<QAction*>();
            }
        }
        QVERIFY2(paths >= 10, qPrintable(QString::number(paths)));
    }

    /// Every `accreditation-desk-cli COMMAND` of the guide is a command the tool knows.
    void theCommandsTheGuideNamesExist()
    {
        static const QRegularExpression command(QStringLiteral(R"(accreditation-desk-cli ([a-z][a-z-]*))"));
        QSet<QString> commands;
        for (auto it = command.globalMatch(guideSource()); it.hasNext();) {
            commands.insert(it.next().captured(1));
        }
        QVERIFY2(commands.size() >= 8, qPrintable(QStringList(commands.begin(), commands.end()).join(u' ')));
        for (const QString& name : commands) {
            QProcess cli;
            cli.start(QStringLiteral(AD_CLI_PATH), {name, QStringLiteral("--help")});
            QVERIFY(cli.waitForFinished(30000));
            QVERIFY2(cli.exitCode() == 0,
                     qPrintable(name + QStringLiteral(": ") + QString::fromLocal8Bit(cli.readAllStandardError())));
        }
    }

    void helpKeyboardShortcutsListsEveryShortcut()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(m_demo));
        // A shortcut added later is listed too: the list is read from the window, not written down.
        auto* added = new QAction(QStringLiteral("A shortcut added later"), &window);
        added->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+Shift+K")));
        window.addAction(added);
        // The guide's own Find (Ctrl+F in its dialog) is not a shortcut of the window.
        helpAction(window, QStringLiteral("actionUserGuide"))->trigger();
        QAction* shortcutsAction = helpAction(window, QStringLiteral("actionKeyboardShortcuts"));
        QVERIFY(shortcutsAction);
        shortcutsAction->trigger();
        auto* dialog = window.findChild<ShortcutsDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QTableWidget* table = dialog->table();
        QSet<QString> listed;
        for (int r = 0; r < table->rowCount(); ++r) {
            listed.insert(table->item(r, 0)->text() + u'|' + table->item(r, 2)->text());
        }
        const auto expected = shortcutsOf(window);
        QVERIFY(expected.size() >= 10);
        for (const auto& [text, keys] : expected) {
            bool found = false;
            for (const QString& row : listed) {
                found = found || (row.startsWith(text + u'|') && row.contains(keys));
            }
            QVERIFY2(found, qPrintable(text + QStringLiteral(": ") + keys));
        }
        QCOMPARE(table->rowCount(), expected.size());
        QVERIFY(listed.contains(QStringLiteral("A shortcut added later|") +
                                QKeySequence(QStringLiteral("Ctrl+Alt+Shift+K")).toString(QKeySequence::NativeText)));
        // File > Open is there under its menu.
        const QList<QTableWidgetItem*> open = table->findItems(QStringLiteral("Open"), Qt::MatchExactly);
        QCOMPARE(open.size(), 1);
        QCOMPARE(table->item(open.first()->row(), 1)->text(), QStringLiteral("File"));
        QCOMPARE(table->item(open.first()->row(), 2)->text(),
                 QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
    }
};

AD_TEST_MAIN(TestUserGuide)
#include "TestUserGuide.moc"
