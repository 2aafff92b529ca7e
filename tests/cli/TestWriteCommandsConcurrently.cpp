// Every command of the CLI that can change the shared file, run by 4 processes at once, 5
// times each, on one copy of the demo file. The list comes from the CLI's own command table
// (Command::writeSamples), so a writing command added tomorrow is run here too (and one that
// opens the file for editing without declaring it is refused by Command::openStore, which
// its own tests then see). For each command: every run either succeeds (exit 0) or is
// refused with a message (exit 1); each acknowledged run is in the audit trail exactly once
// and its change is in the file; every audit entry's before-image is what the entry before
// it on the same record left; and `check` finds nothing wrong.
#include "AuditLog.h"
#include "Command.h"
#include "Store.h"
#include "TestSupport.h"

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

using namespace TestSupport;

namespace {

const QString kCli = QStringLiteral(AD_CLI_PATH);
constexpr int kProcesses = 4;
constexpr int kRunsEach = 5;
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

} // namespace

class TestWriteCommandsConcurrently : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template;
    QString m_review;

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

    QStringList expand(const QStringList& sample, const QString& file, const QString& folder, const RunResult& r)
    {
        QStringList arguments;
        for (QString argument : sample) {
            if (argument.contains(QLatin1String("{csv}"))) {
                const QString csv = folder + QStringLiteral("/applications-%1.csv").arg(r.tag);
                writeFile(csv, "family_name,given_names,nationality,administration,region,email,phone,"
                               "application_date\r\nImport" +
                                   r.tag.toUtf8() + ",Ana,Kenyan,Kenya Revenue Authority,east_southern_africa,,,"
                                                    "2026-06-01\r\n");
                argument.replace(QLatin1String("{csv}"), csv);
            }
            argument.replace(QLatin1String("{file}"), file);
            argument.replace(QLatin1String("{tag}"), r.tag);
            argument.replace(QLatin1String("{n}"), QString::number(r.number));
            argument.replace(QLatin1String("{run}"), QString::number(r.number));
            argument.replace(QLatin1String("{dir}"), folder);
            argument.replace(QLatin1String("{today}"), QDate::currentDate().toString(Qt::ISODate));
            argument.replace(QLatin1String("{review}"), m_review);
            argument.replace(QLatin1String("{reviewer}"), QStringLiteral("ana"));
            arguments.append(argument);
        }
        return arguments;
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
                      QStringLiteral("--criterion"), QStringLiteral("personal.interpersonal"), QStringLiteral("--rating"),
                      QStringLiteral("3")},
                     &out, &err),
                 0);
        m_review = m_dir.filePath(QStringLiteral("template/ana.review"));
        QVERIFY(QFileInfo::exists(m_review));
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
    }

    void fourProcessesAtOnce_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("sample");
        for (const Command* command : allCommands()) {
            const QList<QStringList>& samples = command->writeSamples();
            for (qsizetype i = 0; i < samples.size(); ++i) {
                QTest::newRow(qPrintable(QStringLiteral("%1 #%2").arg(command->name()).arg(i + 1)))
                    << command->name() << samples.at(i);
            }
        }
    }

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
            QCOMPARE(TestSupport::runSql(file, {QStringLiteral(
                         "INSERT INTO editing_lease (slot, person, machine, session, since, heartbeat, sessions) "
                         "VALUES (1, 'someone-else', 'another-machine', '{00000000-0000-0000-0000-000000000001}', "
                         "'2020-01-01T08:00:00.000Z', '2020-01-01T08:00:00.000Z', 1)")}),
                     QString());
        }
        const QList<AuditEntry> before = trailOf(file);
        QVERIFY(!before.isEmpty());

        // 4 lanes, each running its 5 invocations one after the other, all lanes at once.
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
            lanes[lane]->start(kCli, QStringList{command} + expand(sample, file, folder, r));
        };
        for (int lane = 0; lane < kProcesses; ++lane) {
            start(lane);
        }
        QElapsedTimer clock;
        clock.start();
        int running = kProcesses;
        while (running > 0) {
            QVERIFY2(clock.elapsed() < kRunTimeoutMs, "the runs did not finish in time");
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
                if (next[lane] < kRunsEach) {
                    start(lane);
                } else {
                    --running;
                }
            }
        }

        int acknowledged = 0;
        for (const RunResult& r : results) {
            QVERIFY2(r.exitCode == 0 || r.exitCode == 1,
                     qPrintable(QStringLiteral("run %1 ended with %2: %3").arg(r.tag).arg(r.exitCode).arg(r.err)));
            QVERIFY2(r.exitCode == 0 || !r.err.trimmed().isEmpty(),
                     qPrintable(QStringLiteral("run %1 was refused without a word").arg(r.tag)));
            QVERIFY2(!r.err.contains(QLatin1String("Internal error")), qPrintable(r.err));
            acknowledged += r.exitCode == 0 ? 1 : 0;
        }
        QVERIFY2(acknowledged >= 1, qPrintable(QStringLiteral("no run of the sample succeeded; the first said: %1")
                                                   .arg(results.constFirst().err)));

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
            QVERIFY2(added.size() >= 1 && added.size() <= acknowledged,
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
                    const bool removal = last.action.contains(QLatin1String("remove")) ||
                                         last.action.contains(QLatin1String("delete"));
                    if (!removal && last.newValue.contains(r.tag)) {
                        QVERIFY2(records.contains(r.tag),
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

QTEST_GUILESS_MAIN(TestWriteCommandsConcurrently)
#include "TestWriteCommandsConcurrently.moc"
