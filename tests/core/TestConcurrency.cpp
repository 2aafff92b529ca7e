// SPDX-License-Identifier: GPL-3.0-or-later
// The file is shared: several windows and processes write it at once, a process may die in
// the middle of a save, the disk may fill up and backups are taken while people work. Each
// test here runs real processes (stress-writer) against one file and then checks that
// nothing was lost, nothing was half-written and every change is in the audit trail.
#include "store/AuditEntry.h"
#include "domain/Candidate.h"
#include "store/Store.h"
#include "store/Candidates.h"
#include "TestSupport.h"
#include "TestMain.h"

#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <memory>
#include <vector>

using namespace TestSupport;

namespace {

const QString kWriter = QStringLiteral(AD_STRESS_WRITER);

// Generous bounds for a process to finish or answer, so that a slow sanitizer build never
// fails for being slow; a hang still ends the test.
constexpr int kProcessTimeoutMs = 240000;
constexpr int kAnswerTimeoutMs = 60000;

/// The lines a writer completed; a line cut short by a kill reports nothing.
QStringList completeLines(const QByteArray& output)
{
    const int end = output.lastIndexOf('\n');
    if (end < 0) {
        return {};
    }
    return QString::fromUtf8(output.left(end)).split(QLatin1Char('\n'));
}

/// Waits until `process` has printed a whole line, without consuming it.
bool waitForLine(QProcess& process)
{
    for (int waited = 0; waited < kAnswerTimeoutMs && !process.canReadLine(); waited += 100) {
        if (!process.waitForReadyRead(100) && process.state() == QProcess::NotRunning) {
            break;
        }
    }
    return process.canReadLine();
}

QString readLine(QProcess& process)
{
    return waitForLine(process) ? QString::fromUtf8(process.readLine()).trimmed() : QString();
}

QString stderrOf(QProcess& process)
{
    return QString::fromUtf8(process.readAllStandardError());
}

QSet<QString> idsIn(const QList<Candidate>& candidates)
{
    QSet<QString> ids;
    for (const Candidate& c : candidates) {
        ids.insert(c.meta.id.toString(QUuid::WithoutBraces));
    }
    return ids;
}

/// How often each action occurs in an audit trail.
QHash<QString, int> actionCounts(const QList<AuditEntry>& trail)
{
    QHash<QString, int> counts;
    for (const AuditEntry& entry : trail) {
        ++counts[entry.action];
    }
    return counts;
}

/// The ids that "candidate.create" entries name; each must appear once.
QStringList createdInTrail(const QList<AuditEntry>& trail)
{
    QStringList ids;
    for (const AuditEntry& entry : trail) {
        if (entry.action == QLatin1String("candidate.create")) {
            ids.append(entry.entityId);
        }
    }
    return ids;
}

}  // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    /// Opens `file`; null, with the reason logged, unless it opens and its full check is clean.
    static std::unique_ptr<Store> openChecked(const QString& file, Store::Access access)
    {
        auto opened = Store::open(file, access);
        if (!opened.ok()) {
            qWarning("%s: %s", qPrintable(file), qPrintable(opened.message()));
            return nullptr;
        }
        const auto problems = opened.value()->check();
        if (!problems.ok() || !problems.value().isEmpty()) {
            qWarning("%s: %s", qPrintable(file),
                     qPrintable(problems.ok() ? problems.value().join(QLatin1Char('\n')) : problems.message()));
            return nullptr;
        }
        return std::move(opened).value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(kWriter).isExecutable(), qPrintable(kWriter));
    }

    // Four processes of one officer (sharing the editing lease by design) each save 500
    // candidates into one file at the same time: every save succeeds, every candidate is
    // there exactly once, and each has exactly one audit entry.
    void fourProcessesSaveEveryUnitExactlyOnce()
    {
        constexpr int kProcesses = 4;
        constexpr int kUnits = 500;
        const QString file = path(QStringLiteral("four.accred"));
        QVERIFY(createStore(file));  // closed at once: the writers race for the lease too

        // Owned here, so that a failing check still ends (kills) every writer.
        std::vector<std::unique_ptr<QProcess>> writers;
        for (int p = 0; p < kProcesses; ++p) {
            writers.push_back(std::make_unique<QProcess>());
            writers.back()->start(kWriter, {file, QString::number(kUnits), QStringLiteral("Process%1").arg(p)});
        }
        QSet<QString> reported;
        for (int p = 0; p < kProcesses; ++p) {
            QProcess& writer = *writers.at(p);
            QVERIFY2(writer.waitForFinished(kProcessTimeoutMs), qPrintable(QStringLiteral("writer %1 hangs").arg(p)));
            const QString errors = stderrOf(writer);
            QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
            QVERIFY2(writer.exitCode() == 0, qPrintable(errors));
            const QStringList lines = completeLines(writer.readAllStandardOutput());
            QCOMPARE(lines.size(), kUnits);
            for (const QString& id : lines) {
                QVERIFY2(!reported.contains(id), qPrintable(id));
                reported.insert(id);
            }
        }

        auto store = openChecked(file, Store::Access::ReadOnly);
        QVERIFY(store);
        const auto candidates = store->candidates().all();
        QVERIFY(candidates.ok());
        QCOMPARE(candidates.value().size(), kProcesses * kUnits);
        QCOMPARE(idsIn(candidates.value()), reported);
        QHash<QString, int> perProcess;
        for (const Candidate& c : candidates.value()) {
            ++perProcess[c.familyName.section(QLatin1Char(' '), 0, 0)];
        }
        for (int p = 0; p < kProcesses; ++p) {
            QCOMPARE(perProcess.value(QStringLiteral("Process%1").arg(p)), kUnits);
        }

        const auto trail = store->auditTrail();
        QVERIFY(trail.ok());
        const QStringList created = createdInTrail(trail.value());
        QCOMPARE(created.size(), kProcesses * kUnits);
        QCOMPARE(QSet<QString>(created.cbegin(), created.cend()), reported);
        // Besides the saves, only creating the file leaves an entry: the lease changing
        // hands is housekeeping, however often it did.
        QHash<QString, int> counts = actionCounts(trail.value());
        QCOMPARE(counts.take(QStringLiteral("file.create")), 1);
        QCOMPARE(counts.take(QStringLiteral("candidate.create")), kProcesses * kUnits);
        QVERIFY2(counts.isEmpty(), qPrintable(QStringList(counts.keys()).join(QLatin1Char(' '))));
        QCOMPARE(trail.value().size(), 1 + kProcesses * kUnits);
    }

    // Two processes hold the same candidate and both save: whoever saves second gets a
    // Conflict and the first save stays, in either order.
    void theSecondOfTwoProcessesSavingOneRecordGetsAConflict()
    {
        const QString file = path(QStringLiteral("conflict.accred"));
        auto store = createStore(file);
        QVERIFY(store);
        const auto created = store->candidates().save(sampleCandidate(QStringLiteral("Okafor")));
        QVERIFY(created.ok());
        const QUuid id = created.value().meta.id;
        const QString idText = id.toString(QUuid::WithoutBraces);

        // The other process saves first; our copy, read before that, is refused.
        {
            QProcess other;
            other.start(kWriter,
                        {QStringLiteral("--edit"), file, idText, QStringLiteral("Saved by the other process")});
            QCOMPARE(readLine(other), QStringLiteral("read 1"));
            Candidate mine = store->candidates().byId(id).value();
            QCOMPARE(mine.meta.rowVersion, 1);
            other.write("go\n");
            QVERIFY(other.waitForFinished(kProcessTimeoutMs));
            QVERIFY2(other.exitStatus() == QProcess::NormalExit && other.exitCode() == 0, qPrintable(stderrOf(other)));
            QCOMPARE(readLine(other), QStringLiteral("saved 2"));

            mine.position = QStringLiteral("Saved from a stale copy");
            const auto refused = store->candidates().save(mine);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.code(), ErrorCode::Conflict);
            const Candidate stored = store->candidates().byId(id).value();
            QCOMPARE(stored.position, QStringLiteral("Saved by the other process"));
            QCOMPARE(stored.meta.rowVersion, 2);
        }
        // We save first; the other process, holding its older copy, is refused.
        {
            QProcess other;
            other.start(kWriter, {QStringLiteral("--edit"), file, idText, QStringLiteral("Stale save of the other")});
            QCOMPARE(readLine(other), QStringLiteral("read 2"));
            Candidate mine = store->candidates().byId(id).value();
            mine.position = QStringLiteral("Saved here first");
            QVERIFY(store->candidates().save(mine).ok());
            other.write("go\n");
            QVERIFY(other.waitForFinished(kProcessTimeoutMs));
            QCOMPARE(readLine(other), QStringLiteral("conflict"));
            QCOMPARE(other.exitStatus(), QProcess::NormalExit);
            QCOMPARE(other.exitCode(), 3);
            const Candidate stored = store->candidates().byId(id).value();
            QCOMPARE(stored.position, QStringLiteral("Saved here first"));
            QCOMPARE(stored.meta.rowVersion, 3);
        }
        // Refused saves leave no trace: one create and the two saves that went through.
        const auto history = store->auditTrail(id);
        QVERIFY(history.ok());
        const QHash<QString, int> counts = actionCounts(history.value());
        QCOMPARE(counts.value(QStringLiteral("candidate.create")), 1);
        QCOMPARE(counts.value(QStringLiteral("candidate.update")), 2);
        QCOMPARE(history.value().size(), 3);
        QVERIFY(store->check().value().isEmpty());
    }

    // A writer killed at random moments never leaves a file that fails to open or check,
    // never loses a save it reported, and never half-saves one: at most the save in flight
    // when it died may land without having been reported.
    void aKilledWriterLeavesAWholeFileAndEveryReportedSave()
    {
        constexpr int kKills = 100;
        constexpr quint32 kSeed = 20230601;
        const QString file = path(QStringLiteral("killed.accred"));
        QVERIFY(createStore(file));
        QRandomGenerator random(kSeed);
        QSet<QString> reported;
        int unreported = 0;
        for (int round = 0; round < kKills; ++round) {
            const int delayMs = random.bounded(5, 61);
            const QString context = QStringLiteral("seed %1, round %2, delay %3 ms").arg(kSeed).arg(round).arg(delayMs);
            QProcess writer;
            writer.start(kWriter, {file, QStringLiteral("1000000"), QStringLiteral("Round%1").arg(round)});
            QVERIFY2(writer.waitForStarted(kAnswerTimeoutMs), qPrintable(context));
            // Most delays count from the first save, so that the kill lands among saves
            // however slowly the process starts (sanitizers); every fourth counts from the
            // start and may hit the opening of the file (lease, daily backup).
            if (round % 4 != 0) {
                QVERIFY2(waitForLine(writer), qPrintable(context + QLatin1Char(' ') + stderrOf(writer)));
            }
            QThread::msleep(delayMs);
            writer.kill();
            QVERIFY2(writer.waitForFinished(kProcessTimeoutMs), qPrintable(context));
            QVERIFY2(writer.exitStatus() == QProcess::CrashExit,
                     qPrintable(context + QLatin1Char(' ') + stderrOf(writer)));
            const QStringList lines = completeLines(writer.readAllStandardOutput());
            reported.unite(QSet<QString>(lines.cbegin(), lines.cend()));

            auto reopened = Store::open(file);
            // Names the rollback journal too: a refusal with one beside the file means a
            // save that SQLite itself would roll back on opening.
            QVERIFY2(reopened.ok(), qPrintable(context + QLatin1Char(' ') + reopened.message() +
                                               QStringLiteral(" (rollback journal: %1 bytes)")
                                                   .arg(QFileInfo(file + QStringLiteral("-journal")).size())));
            Store& store = *reopened.value();
            QVERIFY2(!store.isReadOnly(), qPrintable(context + QLatin1Char(' ') + store.readOnlyReason()));
            const auto problems = store.check();
            QVERIFY2(problems.ok(), qPrintable(context + QLatin1Char(' ') + problems.message()));
            QVERIFY2(problems.value().isEmpty(),
                     qPrintable(context + QLatin1Char(' ') + problems.value().join(QLatin1Char('\n'))));
            const auto candidates = store.candidates().all();
            QVERIFY2(candidates.ok(), qPrintable(context));
            const QSet<QString> stored = idsIn(candidates.value());
            for (const QString& id : reported) {
                QVERIFY2(stored.contains(id), qPrintable(context + QStringLiteral(": lost ") + id));
            }
            const int extra = stored.size() - reported.size();
            QVERIFY2(extra == unreported || extra == unreported + 1, qPrintable(context));
            unreported = extra;
            const auto trail = store.auditTrail();
            QVERIFY2(trail.ok(), qPrintable(context));
            QCOMPARE(createdInTrail(trail.value()).size(), stored.size());
        }
        qInfo("%d kills, %lld reported saves, %d saved but unreported", kKills, static_cast<long long>(reported.size()),
              unreported);
    }

    // A save that meets a full disk (here a file-size limit on the writing process) fails
    // with a message that says nothing was saved, leaves the file whole with all it held,
    // and goes through once there is room again, in the same session.
    void aFullDiskRefusesTheSaveAndKeepsTheFile()
    {
        const QString file = path(QStringLiteral("full.accred"));
        {
            auto store = createStore(file);
            QVERIFY(store);
            for (int i = 0; i < 20; ++i) {
                QVERIFY(store->candidates().save(sampleCandidate(QStringLiteral("Earlier %1").arg(i))).ok());
            }
        }
        QSet<QString> earlier;
        {
            auto store = openChecked(file, Store::Access::ReadOnly);
            QVERIFY(store);
            earlier = idsIn(store->candidates().all().value());
            QCOMPARE(earlier.size(), 20);
        }

        // The limit lives only in the helper process, so this test keeps its own.
        QProcess writer;
        writer.start(kWriter, {QStringLiteral("--disk-full"), file, QString::number(256 * 1024)});
        const QString outcome = readLine(writer);
        QVERIFY2(outcome.startsWith(QLatin1String("failed ")),
                 qPrintable(outcome + QLatin1Char(' ') + stderrOf(writer)));
        const int code = outcome.section(QLatin1Char(' '), 1, 1).toInt();
        const QString message = outcome.section(QLatin1Char(' '), 2);
        qInfo("code %d: %s", code, qPrintable(message));
        QVERIFY2(code == static_cast<int>(ErrorCode::DiskFull) || code == static_cast<int>(ErrorCode::Io),
                 qPrintable(outcome));
        QVERIFY2(message.contains(QLatin1String("Nothing was saved")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("disk"), Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("audit trail")), qPrintable(message));
        {
            // A reader elsewhere is not locked out while the writer waits: the failed unit
            // was undone at once, not left as a hot journal for the writer's next access.
            auto reader = openChecked(file, Store::Access::ReadOnly);
            QVERIFY(reader);
            QCOMPARE(idsIn(reader->candidates().all().value()), earlier);
        }
        {
            auto store = openChecked(file, Store::Access::Edit);
            QVERIFY(store);
            QCOMPARE(idsIn(store->candidates().all().value()), earlier);
            QCOMPARE(createdInTrail(store->auditTrail().value()).size(), 20);
        }

        writer.write("go\n");
        const QString retry = readLine(writer);
        QVERIFY(writer.waitForFinished(kProcessTimeoutMs));
        QVERIFY2(retry.startsWith(QLatin1String("saved ")), qPrintable(retry + QLatin1Char(' ') + stderrOf(writer)));
        QCOMPARE(writer.exitCode(), 0);
        const QUuid big = QUuid::fromString(retry.section(QLatin1Char(' '), 1, 1));
        auto store = openChecked(file, Store::Access::ReadOnly);
        QVERIFY(store);
        const auto saved = store->candidates().byId(big);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        QCOMPARE(saved.value().iprExperience.size(), 2000000);
        const QSet<QString> all = idsIn(store->candidates().all().value());
        QCOMPARE(all.size(), 21);
        QVERIFY(all.contains(earlier));
        QCOMPARE(createdInTrail(store->auditTrail().value()).size(), 21);
    }

    // Backups taken every second while another process saves are each a whole file that
    // opens read-only, checks clean, and holds every save reported before it was started.
    void backupsTakenDuringSavesAreWhole()
    {
        constexpr int kBackups = 5;
        const QString file = path(QStringLiteral("busy.accred"));
        auto store = createStore(file);
        QVERIFY(store);
        QProcess writer;
        writer.start(kWriter, {file, QStringLiteral("1000000"), QStringLiteral("Busy")});
        // Start once saves are flowing, however slowly the writer starts.
        QVERIFY2(waitForLine(writer), qPrintable(stderrOf(writer)));

        QStringList backups;
        QList<QSet<QString>> reportedBefore;
        QSet<QString> reported;
        for (int i = 0; i < kBackups; ++i) {
            QTest::qWait(1000);  // also lets QProcess collect what the writer printed
            const QStringList lines = completeLines(writer.readAll());
            reported.unite(QSet<QString>(lines.cbegin(), lines.cend()));
            const QString backup = path(QStringLiteral("busy-backup-%1.accred").arg(i));
            const auto made = store->backupTo(backup);
            QVERIFY2(made.ok(), qPrintable(made.message()));
            backups.append(backup);
            reportedBefore.append(reported);
        }
        writer.terminate();  // stress-writer stops after the save in flight and exits 0
        QVERIFY(writer.waitForFinished(kProcessTimeoutMs));
        QVERIFY2(writer.exitStatus() == QProcess::NormalExit && writer.exitCode() == 0, qPrintable(stderrOf(writer)));

        int previous = 0;
        for (int i = 0; i < kBackups; ++i) {
            auto copy = openChecked(backups.at(i), Store::Access::ReadOnly);
            QVERIFY2(copy, qPrintable(backups.at(i)));
            const QSet<QString> ids = idsIn(copy->candidates().all().value());
            QVERIFY2(ids.contains(reportedBefore.at(i)), qPrintable(backups.at(i)));
            QCOMPARE(createdInTrail(copy->auditTrail().value()).size(), ids.size());
            QVERIFY(ids.size() >= previous);
            previous = ids.size();
            qInfo("backup %d holds %lld candidates", i, static_cast<long long>(ids.size()));
        }
        store.reset();
        QVERIFY(openChecked(file, Store::Access::ReadOnly));
    }
};

AD_TEST_GUILESS_MAIN(TestConcurrency)
#include "TestConcurrency.moc"
