// SPDX-License-Identifier: GPL-3.0-or-later
// Every command of the CLI that can change the shared file, run by 4 processes at once, 5
// times each, on one copy of the demo file. The list comes from the CLI's own command table
// (Command::writeSamples), so a writing command added tomorrow is run here too (and one that
// opens the file for editing without declaring it is refused by Command::openStore, which
// its own tests then see). For each command: every run either succeeds (exit 0) or is
// refused with a message (exit 1); each acknowledged run is in the audit trail exactly once
// and its change is in the file; every audit entry's before-image is what the entry before
// it on the same record left; and `check` finds nothing wrong.
// The same for the commands that write a reviewer's review file (Command::reviewWriteSamples:
// every acknowledged run counts once in the file's revision, the file opens and imports) and
// for those that create files (Command::createSamples: 4 processes making the same target
// leave exactly what was acknowledged, nothing half-written or left over, and every refusal
// says the target already exists). A command that writes a review file or makes a file it
// names without declaring it is stopped with an internal error (ReviewerCommand::openSession,
// Command::run), which its own tests then see.
#include "store/AuditEntry.h"
#include "domain/Candidate.h"
#include "Command.h"
#include "store/ReviewFile.h"
#include "assessment/ScoringForm.h"
#include "assessment/ScoreSheet.h"
#include "store/Store.h"
#include "store/Candidates.h"
#include "store/Assessment.h"
#include "TestSupport.h"
#include "TestMain.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace TestSupport;

namespace {

const QString kCli = QStringLiteral(AD_CLI_PATH);
constexpr int kProcesses = 4;
// Each lane's runs of a command, one after the other (tests/CMakeLists.txt lowers it in the
// sanitizer build, where every process costs several times as much to start).
#ifndef AD_CONCURRENT_RUNS_EACH
#define AD_CONCURRENT_RUNS_EACH 5
#endif
constexpr int kRunsEach = AD_CONCURRENT_RUNS_EACH;
constexpr int kRunTimeoutMs = 120000;

struct RunResult {
    QString tag;
    int number = 0;
    int exitCode = -1;
    QString out;
    QString err;
};

/// Every text of the file's records (not the audit trail, not the search index), so that a
/// run's change can be found in the file itself.
QString recordsText(const QString& path)
{
    QString all;
    const QString name = QStringLiteral("records-text");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery tables(db);
            tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                                       "'sqlite_%' AND name NOT LIKE 'search_%' AND name <> 'audit_log'"));
            QStringList names;
            while (tables.next()) {
                names.append(tables.value(0).toString());
            }
            tables.finish();
            for (const QString& table : names) {
                QSqlQuery rows(db);
                rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
                while (rows.next()) {
                    for (int i = 0; i < rows.record().count(); ++i) {
                        if (rows.value(i).metaType().id() == QMetaType::QString) {
                            all += rows.value(i).toString() + QLatin1Char('\n');
                        }
                    }
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return all;
}

QJsonObject objectOf(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

/// The entries a run of commands added, without the lease's own (taken and handed back as
/// processes start and end).
QList<AuditEntry> changesAfter(const QList<AuditEntry>& before, const QList<AuditEntry>& after)
{
    QList<AuditEntry> added;
    // Taking and handing back the lease write no entry; taking over a dead session's does,
    // and counts like any other change.
    for (qsizetype i = before.size(); i < after.size(); ++i) {
        added.append(after.at(i));
    }
    return added;
}

}  // namespace

class TestWriteCommandsConcurrently : public QObject
{
    Q_OBJECT

private:
    /// One row per sample of every command, from the list `samples` gives (writes to the
    /// shared file, to a review file, or files made): a new command is covered the day it
    /// declares its samples.
    static void addSampleRows(const QList<QStringList>& (Command::*samples)() const)
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("sample");
        for (const Command* command : allCommands()) {
            const QList<QStringList>& list = (command->*samples)();
            for (qsizetype i = 0; i < list.size(); ++i) {
                QTest::newRow(qPrintable(QStringLiteral("%1 #%2").arg(command->name()).arg(i + 1)))
                    << command->name() << list.at(i);
            }
        }
    }

    QTemporaryDir m_dir;
    QString m_template;
    QString m_review;
    QUuid m_njoroge;
    QString m_backup;

    int cli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr)
    {
        return run(kCli, arguments, out, err);
    }

    QList<AuditEntry> trailOf(const QString& file)
    {
        auto store = Store::open(file, Store::Access::ReadOnly);
        if (!store.ok()) {
            qWarning() << store.message();
            return {};
        }
        return store.value()->auditTrail().value();
    }

    QStringList expand(const QStringList& sample, const QString& file, const QString& folder, const RunResult& r,
                       const QHash<QString, QString>& places = {})
    {
        QStringList arguments;
        for (QString argument : sample) {
            for (auto it = places.constBegin(); it != places.constEnd(); ++it) {
                argument.replace(it.key(), it.value());
            }
            if (argument.contains(QLatin1String("{csv}"))) {
                const QString csv = folder + QStringLiteral("/applications-%1.csv").arg(r.tag);
                writeFile(csv, "family_name,given_names,nationality,administration,region,email,phone,"
                               "application_date\r\nImport" +
                                   r.tag.toUtf8() +
                                   ",Ana,Kenyan,Kenya Revenue Authority,east_southern_africa,,,"
                                   "2026-06-01\r\n");
                argument.replace(QLatin1String("{csv}"), csv);
            }
            if (argument == QLatin1String("{scores:{tag}}")) {
                // A sheet for scores-import: Njoroge on one criterion, the run's tag as the comment.
                // Beside the run's folder, which must hold nothing but what the command writes.
                const QString scores =
                    m_dir.filePath(QStringLiteral("scores-%1-%2.csv").arg(QFileInfo(folder).fileName(), r.tag));
                writeFile(scores, "candidate,criterion,rating,comment\r\n" +
                                      ScoreSheet::candidateCode(m_njoroge).toUtf8() +
                                      ",personal.interpersonal,2,Comment " + r.tag.toUtf8() + "\r\n");
                argument = scores;
            }
            argument.replace(QLatin1String("{file}"), file);
            argument.replace(QLatin1String("{tag}"), r.tag);
            argument.replace(QLatin1String("{n}"), QString::number(r.number));
            argument.replace(QLatin1String("{run}"), QString::number(r.number));
            argument.replace(QLatin1String("{dir}"), folder);
            argument.replace(QLatin1String("{today}"), QDate::currentDate().toString(Qt::ISODate));
            argument.replace(QLatin1String("{review}"), m_review);
            argument.replace(QLatin1String("{reviewer}"), QStringLiteral("ana"));
            argument.replace(QLatin1String("{backup}"), m_backup);
            arguments.append(argument);
        }
        return arguments;
    }

    /// Runs `command` from 4 processes at once, each `runsEach` times one after the other.
    QList<RunResult> runAtOnce(const QString& command, const std::function<QStringList(const RunResult&)>& arguments,
                               int runsEach)
    {
        QList<RunResult> results;
        std::vector<std::unique_ptr<QProcess>> lanes(kProcesses);
        std::vector<int> next(kProcesses, 0);
        std::vector<int> current(kProcesses, -1);
        const auto start = [&](int lane) {
            RunResult r;
            r.number = 101 + lane * kRunsEach + next[lane];
            r.tag = QStringLiteral("t%1x").arg(r.number);
            ++next[lane];
            results.append(r);
            current[lane] = int(results.size()) - 1;
            lanes[lane] = std::make_unique<QProcess>();
            lanes[lane]->start(kCli, QStringList{command} + arguments(r));
        };
        for (int lane = 0; lane < kProcesses; ++lane) {
            start(lane);
        }
        QElapsedTimer clock;
        clock.start();
        int running = kProcesses;
        while (running > 0 && clock.elapsed() < kRunTimeoutMs) {
            for (int lane = 0; lane < kProcesses; ++lane) {
                QProcess* process = lanes[lane].get();
                if (!process || !process->waitForFinished(5)) {
                    continue;
                }
                RunResult& r = results[current[lane]];
                r.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
                r.out = QString::fromUtf8(process->readAllStandardOutput());
                r.err = QString::fromUtf8(process->readAllStandardError());
                lanes[lane].reset();
                if (next[lane] < runsEach) {
                    start(lane);
                } else {
                    --running;
                }
            }
        }
        return results;
    }

    /// Each run succeeded or was refused with a clear message; returns how many succeeded,
    /// or -1 after failing the test.
    static int acknowledgedOf(const QList<RunResult>& results)
    {
        int acknowledged = 0;
        for (const RunResult& r : results) {
            if (r.exitCode != 0 && r.exitCode != 1) {
                QTest::qFail(
                    qPrintable(QStringLiteral("run %1 ended with %2: %3").arg(r.tag).arg(r.exitCode).arg(r.err)),
                    __FILE__, __LINE__);
                return -1;
            }
            if ((r.exitCode != 0 && r.err.trimmed().isEmpty()) || r.err.contains(QLatin1String("Internal error"))) {
                QTest::qFail(
                    qPrintable(QStringLiteral("run %1 was refused without a clear word: %2").arg(r.tag, r.err)),
                    __FILE__, __LINE__);
                return -1;
            }
            acknowledged += r.exitCode == 0 ? 1 : 0;
        }
        return acknowledged;
    }

    /// Whether what a create sample made at `path` is whole: a file that passes `check`, a
    /// review file that opens, a PDF with its end, a folder of such files.
    void verifyMade(const QString& path)
    {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QFileInfoList entries =
                QDir(path).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
            QVERIFY2(!entries.isEmpty(), qPrintable(path + QStringLiteral(" is empty")));
            for (const QFileInfo& entry : entries) {
                QVERIFY2(!entry.fileName().startsWith(QLatin1Char('.')), qPrintable(entry.filePath()));
                verifyMade(entry.filePath());
                if (QTest::currentTestFailed()) {
                    return;
                }
            }
            return;
        }
        QVERIFY2(info.isFile() && info.size() > 0, qPrintable(path + QStringLiteral(" is not a whole file")));
        if (path.endsWith(QLatin1String(".accred"))) {
            QString out;
            QString err;
            QVERIFY2(cli({QStringLiteral("check"), path}, &out, &err) == 0, qPrintable(out + err));
        } else if (path.endsWith(QLatin1String(".review"))) {
            const auto review = ReviewFile::open(path, true);
            QVERIFY2(review.ok(), qPrintable(review.message()));
        } else if (path.endsWith(QLatin1String(".pdf"))) {
            QFile pdf(path);
            QVERIFY(pdf.open(QIODevice::ReadOnly));
            const QByteArray bytes = pdf.readAll();
            QVERIFY2(bytes.startsWith("%PDF-") && bytes.right(64).contains("%%EOF"),
                     qPrintable(path + QStringLiteral(" is not a whole PDF")));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template/demo.accred"));
        QVERIFY(QDir().mkpath(QFileInfo(m_template).absolutePath()));
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("demo"), m_template}, &out, &err), 0);
        QCOMPARE(cli({QStringLiteral("person-add"), m_template, QStringLiteral("--name"), QStringLiteral("Ana Mwangi"),
                      QStringLiteral("--account"), QStringLiteral("ana"), QStringLiteral("--role"),
                      QStringLiteral("reviewer"), QStringLiteral("--administration"),
                      QStringLiteral("Kenya Revenue Authority")},
                     &out, &err),
                 0);
        // Her review file holds one score, so that the first import-review writes and the
        // others find nothing newer.
        QCOMPARE(cli({QStringLiteral("assign"), m_template, QStringLiteral("Njoroge"), QStringLiteral("ana"),
                      QStringLiteral("--reason"), QStringLiteral("Another service of the same administration.")},
                     &out, &err),
                 0);
        QCOMPARE(cli({QStringLiteral("score"), m_template, QStringLiteral("Njoroge"), QStringLiteral("--as"),
                      QStringLiteral("ana"), QStringLiteral("--reviewer"), QStringLiteral("ana"),
                      QStringLiteral("--criterion"), QStringLiteral("personal.interpersonal"),
                      QStringLiteral("--rating"), QStringLiteral("3")},
                     &out, &err),
                 0);
        m_review = m_dir.filePath(QStringLiteral("template/ana.review"));
        QVERIFY(QFileInfo::exists(m_review));
        // Every item of Njoroge's form rated, so that `submit` has something to close.
        QStringList keys;
        {
            auto store = Store::open(m_template, Store::Access::ReadOnly);
            QVERIFY2(store.ok(), qPrintable(store.message()));
            const auto found = store.value()->candidates().find(QStringLiteral("Njoroge"));
            QVERIFY(found.ok() && found.value().size() == 1);
            m_njoroge = found.value().constFirst().meta.id;
            const auto form = store.value()->assessment().scoringForm(found.value().constFirst().meta.id);
            QVERIFY2(form.ok(), qPrintable(form.message()));
            keys = form.value().keys();
        }
        for (const QString& key : std::as_const(keys)) {
            QCOMPARE(cli({QStringLiteral("score"), m_template, QStringLiteral("Njoroge"), QStringLiteral("--as"),
                          QStringLiteral("ana"), QStringLiteral("--reviewer"), QStringLiteral("ana"),
                          QStringLiteral("--criterion"), key, QStringLiteral("--rating"), QStringLiteral("1")},
                         &out, &err),
                     0);
        }
        // An archived candidate, for unarchive's sample to bring back.
        QVERIFY2(cli({QStringLiteral("archive"), m_template, QStringLiteral("Tupou")}, &out, &err) == 0,
                 qPrintable(err));
        m_backup = m_dir.filePath(QStringLiteral("template/backup.accred"));
        QCOMPARE(cli({QStringLiteral("backup"), m_template, m_backup}, &out, &err), 0);
    }

    void everyWritingCommandIsCovered()
    {
        int writing = 0;
        for (const Command* command : allCommands()) {
            if (!command->writes()) {
                continue;
            }
            ++writing;
            for (const QStringList& sample : command->writeSamples()) {
                QVERIFY2(sample.value(0) == QLatin1String("{file}"),
                         qPrintable(command->name() + QStringLiteral(": a sample starts with {file}")));
            }
        }
        QVERIFY2(writing >= 15, "the CLI's writing commands declare themselves (Command::declareWrites)");
        int reviewWriting = 0;
        int creating = 0;
        for (const Command* command : allCommands()) {
            for (const QStringList& sample : command->reviewWriteSamples()) {
                ++reviewWriting;
                QVERIFY2(sample.value(0) == QLatin1String("{file}") && sample.contains(QStringLiteral("{review}")),
                         qPrintable(command->name() + QStringLiteral(": a review sample starts with {file} and "
                                                                     "names {review}")));
            }
            for (const QStringList& sample : command->createSamples()) {
                ++creating;
                QVERIFY2(sample.join(QLatin1Char(' ')).contains(QLatin1String("{out}/")),
                         qPrintable(command->name() + QStringLiteral(": a create sample makes its target in {out}")));
            }
        }
        QVERIFY2(reviewWriting >= 3, "score, submit and declare-conflict declare that they write a review file");
        QVERIFY2(creating >= 7, "the commands that make files declare it (Command::declareCreates)");
    }

    void reviewFileFourProcessesAtOnce_data() { addSampleRows(&Command::reviewWriteSamples); }

    void reviewFileFourProcessesAtOnce()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, sample);
        static int serial = 0;
        const QString folder = m_dir.filePath(QStringLiteral("review-run-%1").arg(++serial));
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + QStringLiteral("/demo.accred");
        const QString review = folder + QStringLiteral("/ana.review");
        QVERIFY(QFile::copy(m_template, file));
        QVERIFY(QFile::copy(m_review, review));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        QFile::setPermissions(review, QFile::ReadOwner | QFile::WriteOwner);
        const QString sharedBefore = sha256Of(file);
        const auto revisionOf = [&]() -> qint64 {
            const auto opened = ReviewFile::open(review, true);
            return opened.ok() ? opened.value()->revision().value() : -1;
        };
        const qint64 before = revisionOf();
        QVERIFY(before >= 1);

        const QHash<QString, QString> places{{QStringLiteral("{review}"), review}};
        const QList<RunResult> results = runAtOnce(
            command, [&](const RunResult& r) { return expand(sample, file, folder, r, places); }, kRunsEach);
        const int acknowledged = acknowledgedOf(results);
        QVERIFY(acknowledged >= 0);
        QVERIFY2(
            acknowledged >= 1,
            qPrintable(
                QStringLiteral("no run of the sample succeeded; the first said: %1").arg(results.constFirst().err)));

        // The file opens whole, and each acknowledged write counts once in its revision.
        const qint64 after = revisionOf();
        QVERIFY2(after >= 0, "the review file no longer opens");
        const bool tagged = sample.join(QLatin1Char(' ')).contains(QLatin1String("{tag}"));
        if (tagged) {
            QCOMPARE(after - before, qint64(acknowledged));
            // What the file holds is an acknowledged run's, never a refused one's.
            const QString records = recordsText(review);
            int held = 0;
            for (const RunResult& r : results) {
                if (records.contains(r.tag)) {
                    QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("refused run %1 is in the file").arg(r.tag)));
                    ++held;
                }
            }
            QVERIFY2(held >= 1, "no acknowledged run is in the review file");
        } else {
            // Runs that find nothing left to do succeed without writing; none writes twice.
            QVERIFY2(
                after - before >= 1 && after - before <= acknowledged,
                qPrintable(QStringLiteral("%1 writes for %2 acknowledged runs").arg(after - before).arg(acknowledged)));
        }
        // Reviewers never write the shared file; nothing is left beside either file.
        QCOMPARE(sha256Of(file), sharedBefore);
        const QStringList listing =
            QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        QCOMPARE(listing, (QStringList{QStringLiteral("ana.review"), QStringLiteral("demo.accred")}));
        // And the officer's import, which checks every row as if typed in, takes it.
        QString out;
        QString err;
        QVERIFY2(cli({QStringLiteral("import-review"), file, review}, &out, &err) == 0, qPrintable(err));
        QVERIFY2(cli({QStringLiteral("check"), file}, &out, &err) == 0, qPrintable(out + err));
    }

    void createFourProcessesAtOnce_data() { addSampleRows(&Command::createSamples); }

    void createFourProcessesAtOnce()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, sample);
        static int serial = 0;
        const QString folder = m_dir.filePath(QStringLiteral("create-run-%1").arg(++serial));
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + QStringLiteral("/demo.accred");
        QVERIFY(QFile::copy(m_template, file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        // What the sample makes: the names it gives under {out}.
        QStringList targets;
        for (const QString& argument : sample) {
            if (argument.startsWith(QLatin1String("{out}/"))) {
                targets.append(argument.mid(6));
            }
        }
        targets.sort();
        // Three rounds, each of 4 processes making the same target in an empty folder.
        for (int round = 1; round <= 3; ++round) {
            const QString out = folder + QStringLiteral("/out-%1").arg(round);
            QVERIFY(QDir().mkpath(out));
            const QHash<QString, QString> places{{QStringLiteral("{out}"), out}};
            const QList<RunResult> results = runAtOnce(
                command, [&](const RunResult& r) { return expand(sample, file, folder, r, places); }, 1);
            const int acknowledged = acknowledgedOf(results);
            QVERIFY(acknowledged >= 0);
            QString refusal;
            for (const RunResult& r : results) {
                refusal = r.exitCode != 0 ? r.err : refusal;
            }
            // Either every run made (or remade) the target whole, or one did and the others
            // were told it exists.
            QVERIFY2(acknowledged == kProcesses || acknowledged == 1,
                     qPrintable(QStringLiteral("round %1: %2 of %3 runs acknowledged; a refusal said: %4")
                                    .arg(round)
                                    .arg(acknowledged)
                                    .arg(kProcesses)
                                    .arg(refusal)));
            QVERIFY2(refusal.isEmpty() || refusal.contains(QLatin1String("already exists")),
                     qPrintable(QStringLiteral("round %1: a run was refused without saying the target exists: %2")
                                    .arg(round)
                                    .arg(refusal)));
            // Exactly the target: no partial copy, no journal, no lock left beside it.
            const QStringList listing =
                QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
            QCOMPARE(listing, targets);
            for (const QString& target : std::as_const(targets)) {
                verifyMade(out + QLatin1Char('/') + target);
                if (QTest::currentTestFailed()) {
                    return;
                }
            }
        }
    }

    void fourProcessesAtOnce_data() { addSampleRows(&Command::writeSamples); }

    void fourProcessesAtOnce()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, sample);
        static int serial = 0;
        const QString folder = m_dir.filePath(QStringLiteral("run-%1").arg(++serial));
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + QStringLiteral("/demo.accred");
        QVERIFY(QFile::copy(m_template, file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        if (command == QLatin1String("takeover")) {
            // Someone else's session died holding the file: one run takes it over, the
            // others find nothing left to take.
            QCOMPARE(
                TestSupport::runSql(
                    file, {QStringLiteral(
                              "INSERT INTO editing_lease (slot, person, machine, session, since, heartbeat, sessions) "
                              "VALUES (1, 'someone-else', 'another-machine', '{00000000-0000-0000-0000-000000000001}', "
                              "'2020-01-01T08:00:00.000Z', '2020-01-01T08:00:00.000Z', 1)")}),
                QString());
        }
        const QList<AuditEntry> before = trailOf(file);
        QVERIFY(!before.isEmpty());

        // 4 lanes, each running its kRunsEach invocations one after the other, all lanes at once.
        const QList<RunResult> results = runAtOnce(
            command, [&](const RunResult& r) { return expand(sample, file, folder, r); }, kRunsEach);
        const int acknowledged = acknowledgedOf(results);
        QVERIFY(acknowledged >= 0);
        QVERIFY2(
            acknowledged >= 1,
            qPrintable(
                QStringLiteral("no run of the sample succeeded; the first said: %1").arg(results.constFirst().err)));

        const QList<AuditEntry> after = trailOf(file);
        const QList<AuditEntry> added = changesAfter(before, after);
        const bool tagged = sample.join(QLatin1Char(' ')).contains(QLatin1String("{tag}"));
        const bool numbered = sample.join(QLatin1Char(' ')).contains(QLatin1String("{n}"));
        if (tagged || numbered) {
            // Each acknowledged run is in the trail exactly once; a refused one not at all.
            QCOMPARE(added.size(), acknowledged);
            for (const RunResult& r : results) {
                const QRegularExpression number(QStringLiteral("[:\\[,]%1[,\\]}]").arg(r.number));
                // The run's entry is the one that brought its value in: later entries on the
                // same record (a list of criteria) may carry it on.
                const auto holds = [&](const QString& json) {
                    return tagged ? json.contains(r.tag) : json.contains(number);
                };
                int found = 0;
                for (const AuditEntry& entry : added) {
                    found += holds(entry.newValue) && !holds(entry.oldValue) ? 1 : 0;
                }
                QVERIFY2(found == (r.exitCode == 0 ? 1 : 0),
                         qPrintable(QStringLiteral("run %1 (exit %2) is in the audit trail %3 times")
                                        .arg(r.tag)
                                        .arg(r.exitCode)
                                        .arg(found)));
            }
        } else {
            // Runs that find nothing left to do succeed without an entry; none writes two.
            QVERIFY2(
                added.size() >= 1 && added.size() <= acknowledged,
                qPrintable(QStringLiteral("%1 entries for %2 acknowledged runs").arg(added.size()).arg(acknowledged)));
        }

        // Every before-image is what the entry before it on the same record left.
        QHash<QString, qsizetype> latest;
        for (qsizetype i = 0; i < after.size(); ++i) {
            const AuditEntry& entry = after.at(i);
            const QString record = entry.entity + QLatin1Char('/') + entry.entityId;
            if (i >= before.size() && !entry.action.startsWith(QLatin1String("lease.")) && latest.contains(record)) {
                const QJsonObject previous = objectOf(after.at(latest.value(record)).newValue);
                const QJsonObject old = objectOf(entry.oldValue);
                for (auto it = old.constBegin(); it != old.constEnd(); ++it) {
                    QVERIFY2(!previous.contains(it.key()) || previous.value(it.key()) == it.value(),
                             qPrintable(QStringLiteral("%1 #%2: its before-image %3 is not what the entry before it "
                                                       "left, %4")
                                            .arg(entry.action)
                                            .arg(entry.seq)
                                            .arg(entry.oldValue, after.at(latest.value(record)).newValue)));
                }
            }
            latest.insert(entry.entity + QLatin1Char('/') + entry.entityId, i);
        }

        // What the last entry of each record says is what the file holds.
        if (tagged) {
            const QString records = recordsText(file);
            QSet<QString> lastOfRecord;
            for (const AuditEntry& entry : added) {
                lastOfRecord.insert(entry.entity + QLatin1Char('/') + entry.entityId);
            }
            for (const RunResult& r : results) {
                if (r.exitCode != 0) {
                    continue;
                }
                for (const QString& record : std::as_const(lastOfRecord)) {
                    const AuditEntry& last = after.at(latest.value(record));
                    // A removal's entry names why; the record itself is gone, as it should be.
                    const bool removal =
                        last.action.contains(QLatin1String("remove")) || last.action.contains(QLatin1String("delete"));
                    if (!removal && last.newValue.contains(r.tag)) {
                        QVERIFY2(
                            records.contains(r.tag),
                            qPrintable(QStringLiteral("run %1 was acknowledged but is not in the file").arg(r.tag)));
                    }
                }
            }
        }

        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("check"), file}, &out, &err), 0);
    }
};

AD_TEST_GUILESS_MAIN(TestWriteCommandsConcurrently)
#include "TestWriteCommandsConcurrently.moc"
