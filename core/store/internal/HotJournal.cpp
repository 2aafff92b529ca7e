// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/internal/HotJournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <QtEndian>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

// Gives the free functions of this file a translation context that lupdate sees.
struct HotJournalText {
    Q_DECLARE_TR_FUNCTIONS(HotJournalText)
};

// SQLite's journal format (https://www.sqlite.org/fileformat.html, "The Rollback Journal"):
// each segment starts with a header of one sector: magic, number of records, checksum nonce,
// the database's size in pages before the transaction, sector size, page size; then records
// of a page number, the page's original bytes and a checksum.
const char kMagic[8] = {char(0xd9), char(0xd5), char(0x05), char(0xf9), char(0x20), char(0xa1), char(0x63), char(0xd7)};
constexpr int kJournalHeader = 28;
constexpr int kChangeCounter = 24;
constexpr int kPageCount = 28;
constexpr int kVersionValidFor = 92;
constexpr int kApplicationIdOffset = 68;
// Where SQLite's RESERVED lock lives (PENDING_BYTE + 1): a writer at work holds it, and
// then its journal is live, not left by a crash.
constexpr qint64 kReservedByte = 0x40000001;

quint32 be32(const QByteArray& bytes, int offset)
{
    return qFromBigEndian<quint32>(reinterpret_cast<const uchar*>(bytes.constData()) + offset);
}

quint32 pageSizeOf(const QByteArray& header)
{
    const quint32 raw = qFromBigEndian<quint16>(reinterpret_cast<const uchar*>(header.constData()) + 16);
    return raw == 1 ? 65536u : raw;
}

bool validSize(quint32 size, quint32 smallest)
{
    return size >= smallest && size <= 65536 && (size & (size - 1)) == 0;
}

/// Whether another connection is writing the file right now (its journal is then live).
bool writerAtWork(const QString& path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0) {
        return false;
    }
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = kReservedByte;
    lock.l_len = 1;
    const bool held = ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(fd);
    return held;
#else
    Q_UNUSED(path);
    return false;
#endif
}

Status foreign(const QString& path, const QString& why)
{
    const QString shown = QDir::toNativeSeparators(path);
    return Status::failure(
        ErrorCode::Refused,
        HotJournalText::tr("\"%1\" has a journal beside it (\"%2\") left by a save that was interrupted, but that "
                           "journal was not written for the file as it is now (%3): the file was perhaps replaced "
                           "by a copy, or the journal belongs to another file. Completing it would write another "
                           "file's pages into this one, so the file was not opened and both were left untouched. If "
                           "you put this file here on purpose, move \"%2\" out of the folder, then open the file "
                           "again.")
            .arg(shown, QDir::toNativeSeparators(HotJournal::journalPath(path)), why));
}

}  // namespace

QString HotJournal::journalPath(const QString& path)
{
    return path + QStringLiteral("-journal");
}

bool HotJournal::present(const QString& path)
{
    QFile journal(journalPath(path));
    if (!journal.open(QIODevice::ReadOnly)) {
        return false;
    }
    // SQLite ignores an empty journal, or one whose header was zeroed.
    const QByteArray first = journal.read(1);
    if (first.isEmpty() || first.at(0) == 0) {
        return false;
    }
    return !writerAtWork(path);
}

Status HotJournal::judge(const QString& path)
{
    QFile journal(journalPath(path));
    QFile file(path);
    if (!journal.open(QIODevice::ReadOnly) || !file.open(QIODevice::ReadOnly)) {
        return Status::success();  // gone meanwhile: nothing to replay
    }
    const QByteArray header = journal.read(kJournalHeader);
    if (header.size() < kJournalHeader || !header.startsWith(QByteArray(kMagic, 8))) {
        return Status::success();  // SQLite replays nothing from a journal without its header
    }
    const QByteArray fileHeader = file.read(100);
    if (fileHeader.size() < 100) {
        return foreign(path, HotJournalText::tr("the file is shorter than a database header"));
    }
    const quint32 pageSize = be32(header, 24);
    const quint32 sectorSize = be32(header, 20);
    const quint32 originalPages = be32(header, 16);
    if (!validSize(pageSize, 512) || !validSize(sectorSize, 32)) {
        return foreign(path, HotJournalText::tr("its header is damaged"));
    }
    if (pageSize != pageSizeOf(fileHeader)) {
        return foreign(path, HotJournalText::tr("it holds pages of %1 bytes, the file has pages of %2 bytes")
                                 .arg(pageSize)
                                 .arg(pageSizeOf(fileHeader)));
    }
    // Find the original page 1 in any segment of the journal.
    const qint64 recordSize = qint64(pageSize) + 8;
    const qint64 journalSize = journal.size();
    QByteArray originalFirstPage;
    qint64 segment = 0;
    while (originalFirstPage.isEmpty() && segment + kJournalHeader <= journalSize) {
        journal.seek(segment);
        const QByteArray segmentHeader = journal.read(kJournalHeader);
        if (!segmentHeader.startsWith(QByteArray(kMagic, 8))) {
            break;
        }
        const quint32 count = be32(segmentHeader, 8);
        const qint64 available = (journalSize - segment - sectorSize) / recordSize;
        const qint64 records = count == 0xFFFFFFFFu ? available : std::min<qint64>(count, available);
        for (qint64 i = 0; i < records; ++i) {
            journal.seek(segment + sectorSize + i * recordSize);
            const QByteArray number = journal.read(4);
            if (number.size() == 4 && be32(number, 0) == 1) {
                originalFirstPage = journal.read(pageSize);
                break;
            }
        }
        if (count == 0 || count == 0xFFFFFFFFu) {
            break;
        }
        // The next segment starts at the next sector boundary.
        const qint64 end = segment + sectorSize + qint64(count) * recordSize;
        segment = (end + sectorSize - 1) / sectorSize * sectorSize;
    }
    if (originalFirstPage.isEmpty()) {
        // Page 1 was never journaled, so the interrupted save never wrote it: the file's
        // header is still the one the save started from, and counts the pages it did.
        if (be32(fileHeader, kChangeCounter) != be32(fileHeader, kVersionValidFor) ||
            be32(fileHeader, kPageCount) != originalPages) {
            return foreign(path, HotJournalText::tr("it starts from a file of %1 pages, the file counts %2")
                                     .arg(originalPages)
                                     .arg(be32(fileHeader, kPageCount)));
        }
        return Status::success();
    }
    if (originalFirstPage.size() != int(pageSize) ||
        !originalFirstPage.startsWith(QByteArrayLiteral("SQLite format 3")) ||
        be32(originalFirstPage, kApplicationIdOffset) != be32(fileHeader, kApplicationIdOffset)) {
        return foreign(path, HotJournalText::tr("it comes from a database of another kind"));
    }
    file.seek(0);
    const QByteArray firstPage = file.read(pageSize);
    // Either the save had not written page 1 yet (the file's is the journal's), or it had,
    // and then SQLite counted exactly one change more than the journal's copy.
    if (firstPage == originalFirstPage ||
        be32(firstPage, kChangeCounter) == be32(originalFirstPage, kChangeCounter) + 1u) {
        return Status::success();
    }
    return foreign(path, HotJournalText::tr("it was written when the file had seen %1 changes, the file has seen %2")
                             .arg(be32(originalFirstPage, kChangeCounter))
                             .arg(be32(firstPage, kChangeCounter)));
}

HotJournal::Keep::~Keep()
{
    discard();
}

Status HotJournal::Keep::take(const QString& path)
{
    const QFileInfo info(path);
    const QString stem = info.absolutePath() + QStringLiteral("/.") + info.fileName() + QLatin1Char('.') +
                         QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_path = path;
    m_fileCopy = stem + QStringLiteral(".before-replay");
    m_journalCopy = stem + QStringLiteral(".before-replay-journal");
    if (!QFile::copy(path, m_fileCopy) || !QFile::copy(journalPath(path), m_journalCopy)) {
        discard();
        return Status::failure(
            ErrorCode::Io,
            HotJournalText::tr("\"%1\" has a journal beside it left by a save that was interrupted. Completing it "
                               "needs room for a copy of the file beside it first, which could not be made; nothing "
                               "was changed. Free some space in the folder and open the file again.")
                .arg(QDir::toNativeSeparators(path)));
    }
    return Status::success();
}

Status HotJournal::Keep::restore()
{
    if (m_fileCopy.isEmpty()) {
        return Status::success();
    }
    // rename() replaces the target in one step, so the file is never missing meanwhile.
    const bool fileBack =
        std::rename(QFile::encodeName(m_fileCopy).constData(), QFile::encodeName(m_path).constData()) == 0;
    const bool journalBack = std::rename(QFile::encodeName(m_journalCopy).constData(),
                                         QFile::encodeName(journalPath(m_path)).constData()) == 0;
    if (!fileBack || !journalBack) {
        // The copies stay where they are: they are the only way back.
        const QString copy = m_fileCopy;
        m_fileCopy.clear();
        m_journalCopy.clear();
        return Status::failure(ErrorCode::Io,
                               HotJournalText::tr("\"%1\" could not be put back as it was; its copy is \"%2\".")
                                   .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(copy)));
    }
    m_fileCopy.clear();
    m_journalCopy.clear();
    return Status::success();
}

void HotJournal::Keep::discard()
{
    if (!m_fileCopy.isEmpty()) {
        QFile::remove(m_fileCopy);
        QFile::remove(m_journalCopy);
    }
    m_fileCopy.clear();
    m_journalCopy.clear();
}
