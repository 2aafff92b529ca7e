// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of opening a file (issue #18, docs/performance.md): the demo file, and the same
// file with N MB of attached documents, each opened read-only as every CLI command and every
// reader's window does, the median of several runs. The target: the documents' size adds
// nothing (within 10 %). Also times SQLite's whole-file quick check on each, the check every
// open ran before. Run by hand, never by ctest.
//   bench_open [--mb N] [--runs N]
//   bench_open --mb N --files-in DIR   # only makes the two files in DIR, for bench/open.sh,
//                                      # which times whole CLI processes from outside
#include "domain/Attachment.h"
#include "domain/Candidate.h"
#include "demo/DemoFile.h"
#include "store/Store.h"
#include "store/Candidates.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

QTextStream out(stdout);

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
                                          : QStringLiteral("?");
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

/// Adds `megabytes` of incompressible documents of 5 MB (a JPEG's first bytes, then noise)
/// to the file's first candidate.
bool attachDocuments(const QString& path, int megabytes)
{
    auto store = Store::open(path, Store::Access::Edit);
    if (!store.ok()) {
        out << "cannot open " << path << ": " << store.message() << Qt::endl;
        return false;
    }
    const auto candidates = store.value()->candidates().all();
    if (!candidates.ok() || candidates.value().isEmpty()) {
        return false;
    }
    QRandomGenerator noise(18);
    const int documentMb = 5;
    for (int i = 0; i * documentMb < megabytes; ++i) {
        Attachment document;
        document.candidateId = candidates.value().first().meta.id;
        document.kind = AttachmentKind::Other;
        document.fileName = QStringLiteral("scan-%1.jpg").arg(i + 1);
        document.mediaType = QStringLiteral("image/jpeg");
        QByteArray bytes(documentMb * 1000 * 1000, Qt::Uninitialized);
        noise.fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
        bytes.replace(0, 3, "\xff\xd8\xff");
        document.content = bytes;
        if (const auto added = store.value()->candidates().addAttachment(document); !added.ok()) {
            out << "cannot attach: " << added.message() << Qt::endl;
            return false;
        }
    }
    return true;
}

double openMs(const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    {
        auto store = Store::open(path, Store::Access::ReadOnly);
        if (!store.ok()) {
            out << "cannot open " << path << ": " << store.message() << Qt::endl;
            return -1;
        }
    }
    return timer.nsecsElapsed() / 1e6;
}

double quickCheckMs(const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench_open"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA quick_check"));
            while (q.next()) {
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench_open"));
    return timer.nsecsElapsed() / 1e6;
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const QString& name, int fallback) {
        const int at = int(args.indexOf(name));
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
    };
    const int megabytes = option(QStringLiteral("--mb"), 300);
    const int runs = option(QStringLiteral("--runs"), 9);
    const int filesAt = int(args.indexOf(QStringLiteral("--files-in")));

    QTemporaryDir temporary;
    const QDir dir(filesAt >= 0 && filesAt + 1 < args.size() ? args.at(filesAt + 1) : temporary.path());
    const QString plain = dir.filePath(QStringLiteral("demo.accred"));
    const QString heavy = dir.filePath(QStringLiteral("demo-with-documents.accred"));
    if (!DemoFile::create(plain).ok() || !QFile::copy(plain, heavy) || !attachDocuments(heavy, megabytes)) {
        out << "could not make the files" << Qt::endl;
        return 1;
    }
    if (filesAt >= 0) {
        out << plain << "\n" << heavy << Qt::endl;
        return 0;
    }
    out << "load average before: " << loadAverage() << Qt::endl;
    QList<double> plainOpen, heavyOpen, plainCheck, heavyCheck;
    openMs(plain);  // warm the page cache: both files are read from memory, as a daily file is
    openMs(heavy);
    quickCheckMs(heavy);
    for (int run = 0; run < runs; ++run) {
        plainOpen.append(openMs(plain));
        heavyOpen.append(openMs(heavy));
        plainCheck.append(quickCheckMs(plain));
        heavyCheck.append(quickCheckMs(heavy));
    }
    const auto mib = [](const QString& path) { return QFileInfo(path).size() / 1e6; };
    out << QStringLiteral("%1 runs, medians (ms)\n").arg(runs);
    out << QStringLiteral("| file | size | Store::open (read-only) | whole-file PRAGMA quick_check |\n");
    out << QStringLiteral("| demo | %1 MB | %2 | %3 |\n")
               .arg(mib(plain), 0, 'f', 1)
               .arg(median(plainOpen), 0, 'f', 1)
               .arg(median(plainCheck), 0, 'f', 1);
    out << QStringLiteral("| demo + %1 MB of documents | %2 MB | %3 | %4 |\n")
               .arg(megabytes)
               .arg(mib(heavy), 0, 'f', 1)
               .arg(median(heavyOpen), 0, 'f', 1)
               .arg(median(heavyCheck), 0, 'f', 1);
    out << "load average after: " << loadAverage() << Qt::endl;
    return 0;
}
