// SPDX-License-Identifier: GPL-3.0-or-later
// File > Settings…: the file's settings shown, saved through the store in one audited unit
// of work, refused without losing what was typed, read-only for whoever cannot edit; and
// this computer's language and paper kept in its settings.
#include "MainWindow.h"
#include "PrintSettings.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "Translations.h"
#include "domain/Person.h"
#include "store/AuditEntry.h"
#include "store/FileSettings.h"
#include "store/People.h"
#include "store/Store.h"
#include "widgets/MessageBox.h"
#include "TestMain.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

template<typename T>
T* field(QWidget& dialog, const char* name)
{
    auto* found = dialog.findChild<T*>(QString::fromLatin1(name));
    if (!found) {
        qWarning("no %s in the dialog", name);
    }
    return found;
}

void selectKey(QComboBox* box, const QString& key)
{
    box->setCurrentIndex(box->findData(key));
}

}  // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString newFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("settings-%1.accred").arg(++m_files));
        createStore(path);  // closed again at once: each test opens it as it needs
        return path;
    }

    static qsizetype entries(const Store& store) { return store.auditTrail().value().size(); }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk settings tests"));
        QSettings().clear();
        Translations::install();
        MessageBox::recordInsteadOfShowing(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(QStringLiteral(AD_BINARY_DIR "/screenshots")));
    }

    void showsTheCurrentValues()
    {
        auto store = Store::open(newFile());
        QVERIFY(store.ok());
        FileSettings& settings = store.value()->settings();
        QVERIFY(settings.setBackupsToKeep(7).ok());
        QVERIFY(settings.setRetentionYears(3).ok());
        QVERIFY(settings.setWeekCounting(WeekCounting::StartedWeeks).ok());
        QVERIFY(settings.setLetterSignatory({QStringLiteral("Ana Pereira"), QStringLiteral("Programme Manager")}).ok());
        PrintSettings::setPaper(PrintSettings::Paper::Letter);
        Translations::choose(Translations::Language::French);

        SettingsDialog dialog(store.value().get());
        QCOMPARE(field<QSpinBox>(dialog, "backupsToKeep")->value(), 7);
        QCOMPARE(field<QSpinBox>(dialog, "retentionYears")->value(), 3);
        QCOMPARE(field<QComboBox>(dialog, "weekCounting")->currentData().toString(), QStringLiteral("started_weeks"));
        QVERIFY(field<QLabel>(dialog, "weekCountingRule")->text().contains(QStringLiteral("whole week")));
        QCOMPARE(field<QLineEdit>(dialog, "signatoryName")->text(), QStringLiteral("Ana Pereira"));
        QCOMPARE(field<QLineEdit>(dialog, "signatoryTitle")->text(), QStringLiteral("Programme Manager"));
        QCOMPARE(field<QComboBox>(dialog, "paperSize")->currentData().toString(), QStringLiteral("letter"));
        QCOMPARE(field<QComboBox>(dialog, "language")->currentData().toString(), QStringLiteral("fr"));
        QVERIFY(field<QWidget>(dialog, "fileSettingsForm")->isEnabled());
        QVERIFY(field<QLabel>(dialog, "fileSettingsNotice")->isHidden());
        QCOMPARE(dialog.pages()->currentIndex(), 0);
        PrintSettings::setPaper(PrintSettings::Paper::A4);
        Translations::choose(Translations::Language::System);
    }

    void aChangeIsSavedThroughTheStoreWithOneAuditEntry()
    {
        auto store = Store::open(newFile());
        QVERIFY(store.ok());
        Store& file = *store.value();
        const qsizetype before = entries(file);
        {
            SettingsDialog dialog(&file);
            QVERIFY(dialog.save());  // nothing changed: nothing written
        }
        QCOMPARE(entries(file), before);

        SettingsDialog dialog(&file);
        field<QSpinBox>(dialog, "backupsToKeep")->setValue(4);
        field<QSpinBox>(dialog, "retentionYears")->setValue(6);
        selectKey(field<QComboBox>(dialog, "weekCounting"), QStringLiteral("online_half_days"));
        field<QLineEdit>(dialog, "signatoryName")->setText(QStringLiteral("  Ana Pereira "));
        QVERIFY(dialog.save());
        QCOMPARE(file.settings().backupsToKeep(), 4);
        QCOMPARE(file.settings().retentionYears(), 6);
        QCOMPARE(file.settings().weekCounting(), WeekCounting::OnlineHalfDays);
        QCOMPARE(file.settings().letterSignatory().name, QStringLiteral("Ana Pereira"));
        // One unit of work, one entry, naming each setting before and after.
        const QList<AuditEntry> trail = file.auditTrail().value();
        QCOMPARE(trail.size(), before + 1);
        const AuditEntry& entry = trail.constLast();
        QCOMPARE(entry.action, QStringLiteral("settings.update"));
        const QJsonObject was = QJsonDocument::fromJson(entry.oldValue.toUtf8()).object();
        const QJsonObject is = QJsonDocument::fromJson(entry.newValue.toUtf8()).object();
        QCOMPARE(was.value(QStringLiteral("backups_to_keep")).toInt(), FileSettings::kDefaultBackupsToKeep);
        QCOMPARE(is.value(QStringLiteral("backups_to_keep")).toInt(), 4);
        QCOMPARE(is.value(QStringLiteral("retention_years")).toInt(), 6);
        QCOMPARE(was.value(QStringLiteral("week_counting")).toString(), QStringLiteral("working_days"));
        QCOMPARE(is.value(QStringLiteral("week_counting")).toString(), QStringLiteral("online_half_days"));
        QCOMPARE(is.value(QStringLiteral("signatory_name")).toString(), QStringLiteral("Ana Pereira"));
        QVERIFY(file.check().value().isEmpty());

        // The same dialog saved again with one change: one more entry, for that setting alone.
        field<QSpinBox>(dialog, "retentionYears")->setValue(8);
        QVERIFY(dialog.save());
        QCOMPARE(entries(file), before + 2);
        QCOMPARE(file.auditTrail().value().constLast().entityId, QStringLiteral("retention_years"));
    }

    void aRefusedWriteKeepsWhatWasTyped()
    {
        auto store = Store::open(newFile());
        QVERIFY(store.ok());
        Store& file = *store.value();
        const qsizetype before = entries(file);
        SettingsDialog dialog(&file);
        dialog.show();
        // A title without a name: refused by the store's rule, nothing written, not even the
        // backups changed beside it.
        field<QSpinBox>(dialog, "backupsToKeep")->setValue(5);
        field<QLineEdit>(dialog, "signatoryTitle")->setText(QStringLiteral("Programme Manager"));
        dialog.accept();
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("needs their name")),
                 qPrintable(MessageBox::lastRecorded()));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(field<QSpinBox>(dialog, "backupsToKeep")->value(), 5);
        QCOMPARE(field<QLineEdit>(dialog, "signatoryTitle")->text(), QStringLiteral("Programme Manager"));
        QCOMPARE(file.settings().backupsToKeep(), FileSettings::kDefaultBackupsToKeep);
        QCOMPARE(entries(file), before);

        // Someone else (another window) saves the backups meanwhile: refused, saying so, the
        // input kept; OK again saves it over theirs, as the message says.
        field<QLineEdit>(dialog, "signatoryName")->setText(QStringLiteral("Ana Pereira"));
        auto theirs = Store::open(file.path());
        QVERIFY(theirs.ok());
        QVERIFY(theirs.value()->settings().setBackupsToKeep(3).ok());
        QVERIFY(!dialog.save());
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("daily backups kept")),
                 qPrintable(MessageBox::lastRecorded()));
        QVERIFY(MessageBox::lastRecorded().contains(QStringLiteral("OK again")));
        QCOMPARE(file.settings().backupsToKeep(), 3);
        QVERIFY(file.settings().letterSignatory().name.isEmpty());  // all or nothing
        QCOMPARE(field<QSpinBox>(dialog, "backupsToKeep")->value(), 5);
        QCOMPARE(field<QLineEdit>(dialog, "signatoryName")->text(), QStringLiteral("Ana Pereira"));
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(file.settings().backupsToKeep(), 5);
        QCOMPARE(file.settings().letterSignatory().title, QStringLiteral("Programme Manager"));
    }

    void aReadOnlySessionSeesTheFilePageDisabled()
    {
        const QString path = newFile();
        auto store = Store::open(path, Store::Access::ReadOnly);
        QVERIFY(store.ok());
        QVERIFY(store.value()->isReadOnly());
        SettingsDialog dialog(store.value().get());
        QVERIFY(!field<QWidget>(dialog, "fileSettingsForm")->isEnabled());
        auto* notice = field<QLabel>(dialog, "fileSettingsNotice");
        QVERIFY(!notice->isHidden());
        QVERIFY2(notice->text().contains(store.value()->readOnlyReason()), qPrintable(notice->text()));
        QCOMPARE(dialog.pages()->currentIndex(), 1);  // what can be changed
        dialog.pages()->setCurrentIndex(0);
        dialog.show();
        QApplication::processEvents();
        QVERIFY(dialog.grab().save(QStringLiteral(AD_BINARY_DIR "/screenshots/settings-file-read-only.png")));
        // This computer's settings are still saved; the file is not written.
        const QString hash = sha256Of(path);
        selectKey(field<QComboBox>(dialog, "paperSize"), QStringLiteral("letter"));
        QVERIFY(dialog.save());
        QCOMPARE(PrintSettings::paper(), PrintSettings::Paper::Letter);
        QCOMPARE(sha256Of(path), hash);
        PrintSettings::setPaper(PrintSettings::Paper::A4);
    }

    void aReviewerSeesTheFilePageDisabled()
    {
        const QString path = newFile();
        {
            auto officer = Store::open(path);
            QVERIFY(officer.ok());
            Person reviewer;
            reviewer.name = QStringLiteral("Kenji Morita");
            reviewer.account = QStringLiteral("kmorita");
            reviewer.role = PersonRole::Reviewer;
            QVERIFY(officer.value()->people().save(reviewer).ok());
        }
        auto store = Store::open(path, Store::Access::Edit, Actor{QStringLiteral("kmorita"), QStringLiteral("pc-2")});
        QVERIFY(store.ok());
        QCOMPARE(store.value()->role(), PersonRole::Reviewer);
        SettingsDialog dialog(store.value().get());
        QVERIFY(!field<QWidget>(dialog, "fileSettingsForm")->isEnabled());
        auto* notice = field<QLabel>(dialog, "fileSettingsNotice");
        QVERIFY2(notice->text().contains(QStringLiteral("Reviewer")), qPrintable(notice->text()));
    }

    void theLanguageIsKeptForTheNextStart()
    {
        SettingsDialog dialog(nullptr);  // no file open: this computer's page alone
        QVERIFY(!field<QWidget>(dialog, "fileSettingsForm")->isEnabled());
        QVERIFY(field<QLabel>(dialog, "fileSettingsNotice")->text().contains(QStringLiteral("File > Open")));
        QVERIFY(field<QLabel>(dialog, "languageNote")->text().contains(QStringLiteral("next start")));
        QCOMPARE(field<QComboBox>(dialog, "language")->currentData().toString(), QStringLiteral("system"));
        selectKey(field<QComboBox>(dialog, "language"), QStringLiteral("fr"));
        QVERIFY(dialog.save());
        QCOMPARE(Translations::chosen(), Translations::Language::French);
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
        selectKey(field<QComboBox>(dialog, "language"), QStringLiteral("system"));
        QVERIFY(dialog.save());
        QCOMPARE(Translations::chosen(), Translations::Language::System);
        QVERIFY(!QSettings().contains(QStringLiteral("language")));
    }

    void theWindowOpensItFromTheFileMenu()
    {
        MainWindow window;
        QVERIFY(window.openFile(newFile()));
        auto* action = window.findChild<QAction*>(QStringLiteral("actionSettings"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        QVERIFY(!action->shortcut().isEmpty());
        QCOMPARE(action->menuRole(), QAction::PreferencesRole);
        // The one-line prompts it replaces are gone.
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionBackupsToKeep")));
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionRetentionYears")));
        action->trigger();
        auto* dialog = window.findChild<SettingsDialog*>();
        QVERIFY(dialog);
        field<QSpinBox>(*dialog, "backupsToKeep")->setValue(3);
        dialog->accept();
        QCOMPARE(window.store()->settings().backupsToKeep(), 3);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Settings saved."));
    }

    void screenshotsOfBothPages()
    {
        // The window at each size with the dialog over it, as the user sees it.
        QDir().mkpath(QStringLiteral(AD_BINARY_DIR "/screenshots"));
        for (const QSize size : {QSize(1024, 700), QSize(1920, 1080)}) {
            MainWindow window;
            window.resize(size);
            window.show();
            QVERIFY(window.openFile(newFile()));
            auto* store = const_cast<Store*>(window.store());
            QVERIFY(store->settings()
                        .setLetterSignatory({QStringLiteral("Ana Pereira"), QStringLiteral("Head, IPR Programme")})
                        .ok());
            SettingsDialog dialog(store, &window);
            dialog.show();
            QApplication::processEvents();
            QVERIFY(dialog.width() <= size.width() && dialog.height() <= size.height());
            for (int page = 0; page < 2; ++page) {
                dialog.pages()->setCurrentIndex(page);
                QApplication::processEvents();
                QImage shot = window.grab().toImage();
                QPainter painter(&shot);
                painter.fillRect(shot.rect(), QColor(0, 0, 0, 60));
                const QPixmap box = dialog.grab();
                painter.drawPixmap((shot.width() - box.width()) / 2, (shot.height() - box.height()) / 2, box);
                painter.end();
                const QString name = QStringLiteral("settings-%1-%2x%3.png")
                                         .arg(page == 0 ? QStringLiteral("file") : QStringLiteral("computer"))
                                         .arg(size.width())
                                         .arg(size.height());
                QVERIFY(shot.save(QStringLiteral(AD_BINARY_DIR "/screenshots/") + name));
            }
        }
    }
};

AD_TEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
