// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/WholeFileCheck.h"

#include "FrontEnd.h"
#include "store/internal/DocumentBytes.h"
#include "store/internal/SqlConnection.h"
#include "store/internal/SqlError.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

WholeFileCheck::WholeFileCheck(QString path, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
{
}

WholeFileCheck::~WholeFileCheck()
{
    m_interruption.stop = true;
    {
        const std::lock_guard<std::mutex> lock(m_interruption.mutex);
        if (m_interruption.handle) {
            sqlite3_interrupt(m_interruption.handle);  // safe from another thread while it is open
        }
    }
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void WholeFileCheck::start()
{
    if (m_running || m_thread.joinable()) {
        return;
    }
    m_running = true;
    m_thread = std::thread([this] {
        const auto result = runOn(m_path, &m_interruption);
        if (m_interruption.stop) {
            return;
        }
        const QStringList damage = result.ok() ? result.value() : QStringList();
        const QString failure = result.ok() ? QString() : result.message();
        // Queued to this object's thread; dropped with the object if it is destroyed first.
        QMetaObject::invokeMethod(
            this,
            [this, damage, failure] {
                m_running = false;
                emit finished(damage, failure);
            },
            Qt::QueuedConnection);
    });
}

Result<QStringList> WholeFileCheck::run(const QString& path)
{
    return runOn(path, nullptr);
}

Result<QStringList> WholeFileCheck::runOn(const QString& path, Interruption* interruption)
{
    using R = Result<QStringList>;
    const QString shown = QDir::toNativeSeparators(path);
    // A connection of its own, made and closed on this thread, read-only: the check never
    // takes a lock that would stop a save for longer than one statement.
    SqlConnection connection;
    if (auto opened = connection.open(path, SqlConnection::Mode::ReadOnly); !opened.ok()) {
        return R(opened.error());
    }
    if (interruption) {
        const std::lock_guard<std::mutex> lock(interruption->mutex);
        interruption->handle = SqlConnection::nativeHandle(connection.name());
    }
    const auto forget = [interruption] {
        if (interruption) {
            const std::lock_guard<std::mutex> lock(interruption->mutex);
            interruption->handle = nullptr;
        }
    };
    QStringList damage;
    {
        QSqlQuery query(QSqlDatabase::database(connection.name(), false));
        query.setForwardOnly(true);
        // The whole file, as every open checked it before issue #18.
        if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
            forget();
            if (sqlError(query.lastError(), QString()).code == ErrorCode::Damaged) {
                return QStringList{query.lastError().databaseText()};
            }
            return R(sqlError(query.lastError(), tr("\"%1\" could not be read whole.").arg(shown)));
        }
        while (query.next()) {
            if (query.value(u"quick_check"_s).toString() != QLatin1String("ok")) {
                damage.append(query.value(u"quick_check"_s).toString());
            }
        }
        if (query.lastError().isValid() && sqlError(query.lastError(), QString()).code == ErrorCode::Damaged) {
            damage.append(query.lastError().databaseText());
        }
    }
    if (interruption && interruption->stop) {
        forget();
        return damage;
    }
    // Bytes changed on the disk leave SQLite's pages well formed: their SHA-256 tells.
    const auto documents = DocumentBytes::problems(connection.name(), interruption ? &interruption->stop : nullptr);
    forget();
    if (!documents.ok()) {
        return damage.isEmpty() ? documents : R(damage);
    }
    damage.append(documents.value());
    return damage;
}

QString WholeFileCheck::damageMessage(const QString& path, const QStringList& damage)
{
    // SQLite's words name pages, the documents' sentences name attachments: they come last,
    // a few of them, after what the user must know and do.
    return tr("\"%1\" is damaged in a part that opening the file does not read. Nothing more can be saved to it. "
              "%2\n\nWhat was found: %3")
        .arg(QDir::toNativeSeparators(path),
             FrontEnd::choose(tr("Restore the latest backup (File > Restore from Backup…) and open the restored "
                                 "file."),
                              tr("Run \"accreditation-desk-cli check %1\" for the whole report, then restore the "
                                 "latest backup with \"accreditation-desk-cli restore\".")
                                  .arg(QDir::toNativeSeparators(path))),
             damage.mid(0, 3).join(QLatin1Char('\n')));
}
