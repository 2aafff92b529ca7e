// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/internal/FileProbe.h"

#include "store/ReviewSchema.h"
#include "store/internal/Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace {

// Gives the free functions of this file a translation context that lupdate sees.
struct FileProbeText {
    Q_DECLARE_TR_FUNCTIONS(FileProbeText)
};

Result<FileHeader> refuse(ErrorCode code, const QString& message)
{
    return Result<FileHeader>::failure(code, message);
}

constexpr int kHeaderSize = 100;

}  // namespace

FileKind FileKind::accreditation()
{
    return {Schema::kApplicationId, Schema::kCurrentVersion, FileProbeText::tr("an Accreditation Desk file"),
            QStringLiteral(".accred")};
}

FileKind FileKind::review()
{
    return {ReviewSchema::kApplicationId, ReviewSchema::kCurrentVersion, FileProbeText::tr("a review file"),
            QStringLiteral(".review")};
}

Result<FileHeader> FileProbe::inspect(const QString& path, const FileKind& kind)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (info.isSymLink() && !info.exists()) {
        return refuse(
            ErrorCode::NotFound,
            FileProbeText::tr("\"%1\" is a link that leads nowhere (its target is missing or the links form a loop). "
                              "Open the file it should point to instead.")
                .arg(shown));
    }
    if (!info.exists()) {
        return refuse(
            ErrorCode::NotFound,
            FileProbeText::tr("\"%1\" does not exist. If it is on a shared folder, check that the share is connected.")
                .arg(shown));
    }
    if (info.isDir()) {
        return refuse(ErrorCode::NotOurs,
                      FileProbeText::tr("\"%1\" is a folder, not %2.").arg(shown, kind.description));
    }
    if (!info.isFile()) {
        return refuse(ErrorCode::NotOurs,
                      FileProbeText::tr("\"%1\" is not a regular file (it may be a device or a pipe).").arg(shown));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return refuse(ErrorCode::Io, FileProbeText::tr("\"%1\" cannot be read: %2. Check the file's permissions.")
                                         .arg(shown, file.errorString()));
    }
    const QByteArray header = file.read(kHeaderSize);
    const qint64 size = file.size();
    file.close();
    if (size == 0) {
        return refuse(ErrorCode::NotOurs,
                      FileProbeText::tr("\"%1\" is empty, so it holds no accreditation data (perhaps a copy failed). "
                                        "Open a backup instead.")
                          .arg(shown));
    }
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        // Say what was found: a file named like ours holding something else was overwritten
        // or damaged; a file of another name was most likely chosen by mistake.
        if (path.endsWith(kind.extension, Qt::CaseInsensitive)) {
            return refuse(ErrorCode::NotOurs,
                          FileProbeText::tr("\"%1\" is not an SQLite database at all (its first bytes are not "
                                            "those of a database), so it is not %2 although its name ends in %3: it "
                                            "was overwritten or damaged. It was left untouched; restore the latest "
                                            "backup.")
                              .arg(shown, kind.description, kind.extension));
        }
        return refuse(ErrorCode::NotOurs,
                      FileProbeText::tr("\"%1\" is not an SQLite database at all, so it is not %2. Choose a file "
                                        "ending in %3.")
                          .arg(shown, kind.description, kind.extension));
    }
    if (header.size() < kHeaderSize) {
        return refuse(
            ErrorCode::Damaged,
            FileProbeText::tr("\"%1\" is cut short (only %2 bytes). Restore the latest backup.").arg(shown).arg(size));
    }
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    FileHeader result;
    result.applicationId = qFromBigEndian<qint32>(bytes + 68);
    result.userVersion = qFromBigEndian<qint32>(bytes + 60);
    result.walMode = bytes[18] == 2 || bytes[19] == 2;
    if (result.applicationId != kind.applicationId && result.applicationId == Schema::kApplicationId) {
        return refuse(ErrorCode::NotOurs,
                      FileProbeText::tr("\"%1\" is a shared Accreditation Desk file, not %2. Give the reviewer's "
                                        "review file instead (NAME.review, made by review-init or by their first "
                                        "score). It was left untouched.")
                          .arg(shown, kind.description));
    }
    if (result.applicationId != kind.applicationId && result.applicationId == ReviewSchema::kApplicationId) {
        return refuse(ErrorCode::NotOurs,
                      FileProbeText::tr("\"%1\" is a reviewer's review file, not %2. Open the shared file it was "
                                        "made for, or import it into that file with import-review. It was left "
                                        "untouched.")
                          .arg(shown, kind.description));
    }
    if (result.applicationId != kind.applicationId) {
        return refuse(ErrorCode::NotOurs, FileProbeText::tr("\"%1\" is a database of another program, not %2. "
                                                            "It was left untouched.")
                                              .arg(shown, kind.description));
    }
    if (result.userVersion > kind.currentVersion) {
        return refuse(
            ErrorCode::Newer,
            FileProbeText::tr("\"%1\" was saved by a newer version of Accreditation Desk (file format %2; this version "
                              "reads up to %3). Install the newer version to open it; the file was left untouched.")
                .arg(shown)
                .arg(result.userVersion)
                .arg(kind.currentVersion));
    }
    if (result.userVersion < 1) {
        return refuse(
            ErrorCode::Damaged,
            FileProbeText::tr("\"%1\" was never completed (its format version is missing). Restore the latest backup.")
                .arg(shown));
    }
    if (result.walMode) {
        return refuse(
            ErrorCode::Refused,
            FileProbeText::tr("\"%1\" was switched to write-ahead logging by another program. That mode corrupts files "
                              "on shared folders, so Accreditation Desk will not open it. Restore the latest backup, "
                              "or ask your IT support to switch it back to journal mode \"delete\".")
                .arg(shown));
    }
    // Page size (bytes 16-17, 1 meaning 65536) and the page count (bytes 28-31, valid when the
    // change counters at 24 and 92 agree) tell us whether the file was truncated. Not while a
    // rollback journal lies beside it: a writer that died mid-commit leaves a header that
    // already counts pages it never wrote, and replaying the journal is what mends that.
    const QFileInfo journal(path + QStringLiteral("-journal"));
    const bool interruptedWrite = journal.exists() && journal.size() > 0;
    const quint32 pageSize = qFromBigEndian<quint16>(bytes + 16) == 1 ? 65536u : qFromBigEndian<quint16>(bytes + 16);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const bool countValid = qFromBigEndian<quint32>(bytes + 24) == qFromBigEndian<quint32>(bytes + 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 ||
        (!interruptedWrite && countValid && pageCount > 0 && quint64(size) < quint64(pageCount) * pageSize)) {
        return refuse(
            ErrorCode::Damaged,
            FileProbeText::tr("\"%1\" is cut short or its header is damaged. Restore the latest backup.").arg(shown));
    }
    const QFileInfo folder(info.absolutePath());
    // The rollback journal is created beside the file, so the folder must be writable too.
    result.readOnlyHere = !info.isWritable() || !folder.isWritable();
    return result;
}
