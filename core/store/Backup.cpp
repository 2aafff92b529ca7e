// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Backup.h"

#include "Clock.h"
#include "store/internal/FileProbe.h"
#include "store/NewFile.h"
#include "store/internal/Schema.h"
#include "store/internal/SqlConnection.h"
#include "store/internal/SqlError.h"

#include <QSqlError>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Gives the free functions of this file a translation context that lupdate sees.
struct BackupText {
    Q_DECLARE_TR_FUNCTIONS(BackupText)
};

/// Removes what earlier attempts left in `folder` when they were killed mid-copy (their
/// hidden partial copies and journals, see Backup::write), once untouched for long enough
/// that no copy in progress can own them.
void removeLeftovers(const QString& folder)
{
    static const QRegularExpression partial(QStringLiteral("^\\..+\\.[0-9a-f]{8}\\.partial(-journal)?$"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-10 * 60);
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo& entry : entries) {
        if (partial.match(entry.fileName()).hasMatch() && entry.lastModified().toUTC() < before) {
            QFile::remove(entry.absoluteFilePath());
        }
    }
}

bool syncPath(const QString& path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0) {
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

}  // namespace

Status Backup::verify(const QString& path)
{
    const auto header = FileProbe::inspect(path);
    if (!header.ok()) {
        return Status(header.error());
    }
    SqlConnection connection;
    if (auto opened = connection.open(path, SqlConnection::Mode::ReadOnly); !opened.ok()) {
        return opened;
    }
    QSqlQuery query(QSqlDatabase::database(connection.name(), false));
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        return sqlFailure(query.lastError(), BackupText::tr("The copy could not be checked."));
    }
    if (!query.next() || query.value(u"quick_check"_s).toString() != QLatin1String("ok")) {
        return Status::failure(ErrorCode::Damaged,
                               BackupText::tr("The copy \"%1\" is damaged; it cannot serve as a backup.")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    return Status::success();
}

Status Backup::write(const QString& connectionName, const QString& target)
{
    const QString shown = QDir::toNativeSeparators(target);
    if (QFileInfo::exists(target)) {
        return Status::failure(ErrorCode::Invalid,
                               BackupText::tr("\"%1\" already exists; choose another name for the backup.").arg(shown));
    }
    const QFileInfo info(target);
    removeLeftovers(info.absolutePath());
    const QString temporary = info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".") +
                              QUuid::createUuid().toString(QUuid::Id128).left(8) + QStringLiteral(".partial");
    // SQLite may leave the copy's own journal beside it when writing the copy fails (a full
    // disk, a folder that cannot be written): every way out removes both.
    const auto discard = [&temporary]() {
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-journal"));
    };
    {
        QSqlQuery vacuum(QSqlDatabase::database(connectionName, false));
        vacuum.prepare(QStringLiteral("VACUUM INTO :target"));
        vacuum.bindValue(QStringLiteral(":target"), temporary);
        if (!vacuum.exec()) {
            discard();
            return sqlFailure(vacuum.lastError(), BackupText::tr("Could not write the backup \"%1\".").arg(shown));
        }
    }
    if (auto verified = verify(temporary); !verified.ok()) {
        discard();
        return verified;
    }
    if (!syncPath(temporary, false)) {
        discard();
        return Status::failure(ErrorCode::Io, BackupText::tr("Could not flush the backup \"%1\" to disk.").arg(shown));
    }
    if (NewFile::place(temporary, target) != NewFile::Placed::Done) {
        discard();
        // NewFile::place never replaces a file: a backup made meanwhile under this name is kept.
        if (QFileInfo::exists(target) || QFileInfo(target).isSymLink()) {
            return Status::failure(
                ErrorCode::Invalid,
                BackupText::tr("\"%1\" already exists; choose another name for the backup.").arg(shown));
        }
        return Status::failure(
            ErrorCode::Io,
            BackupText::tr("Could not give the backup its name \"%1\"; check the folder's permissions.").arg(shown));
    }
    QFile::remove(temporary + QStringLiteral("-journal"));
    syncPath(info.absolutePath(), true);
    return Status::success();
}

Result<QString> Backup::automaticTarget(const QString& filePath, const QString& why)
{
    const QFileInfo info(filePath);
    const QString folder =
        info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral("-backups");
    if (!QDir().mkpath(folder)) {
        return Result<QString>::failure(
            ErrorCode::Io,
            BackupText::tr("Could not create the backup folder \"%1\".").arg(QDir::toNativeSeparators(folder)));
    }
    const QString stamp = Clock::nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    return QString(folder + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('-') + stamp + QLatin1Char('-') +
                   why + QStringLiteral(".accred"));
}
