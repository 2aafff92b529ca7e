// SPDX-License-Identifier: GPL-3.0-or-later
// Forward-only migrations: each step tested from the version before, with the backup that
// must precede it, and the guarantee that a migrated file equals a new one.
#include "pool/AccreditedAdvisor.h"
#include "domain/Activity.h"
#include "store/Backup.h"
#include "assessment/AssessmentRecords.h"
#include "assessment/ReviewRules.h"
#include "assessment/ScoreVisibility.h"
#include "assessment/ScoringForm.h"
#include "assessment/SubmittedRating.h"
#include "domain/Score.h"
#include "domain/Candidate.h"
#include "Clock.h"
#include "domain/CompetenceProfile.h"
#include "store/AuditEntry.h"
#include "store/internal/Schema.h"
#include "domain/StageDecision.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/FileSettings.h"
#include "store/CandidateSearch.h"
#include "store/Pool.h"
#include "store/Decisions.h"
#include "store/Candidates.h"
#include "store/Assessment.h"
#include "TestSupport.h"
#include "domain/Workshop.h"
#include "TestMain.h"

#include <QDir>
#include <QScopeGuard>
#include <QFile>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace TestSupport;

namespace {

/// Builds a file at `version` the way that release of the application wrote it, with one
/// candidate in it.
void makeFileAtVersion(const QString& path, int version)
{
    const QString name = QStringLiteral("old-release");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Schema::kApplicationId)));
        for (int to = 1; to <= version; ++to) {
            for (const QString& statement : Schema::migrationTo(to)) {
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            }
        }
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        if (version >= 3) {
            // From format 3 on, files know their officer; this process's user is it.
            q.prepare(QStringLiteral("INSERT INTO person (id, name, account, role, administration, email, "
                                     "row_version, modified_at, modified_by) VALUES "
                                     "('5a2b3c4d-0000-4000-8000-000000000002', :name, :account, 'officer', '', '', 1, "
                                     "'2024-01-01T00:00:00.000Z', 'officer@pc')"));
            q.bindValue(QStringLiteral(":name"), Actor::current().person);
            q.bindValue(QStringLiteral(":account"), Actor::current().person);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO file_info (key, value) VALUES ('file_id', 'a1b2c3d4-0000-4000-8000-000000000001')")));
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO candidate (id, family_name, given_names, gender, nationality, administration, "
                     "region, position, email, phone, years_in_customs, years_in_public_administration, "
                     "ipr_experience, consent_to_keep_data, application_date, stage, row_version, modified_at, "
                     "modified_by) VALUES ('0f8fad5b-d9cb-469f-a165-70867728950e', 'Wróbel', 'Katarzyna', 'female', "
                     "'Polish', 'National Revenue Administration', 'europe', '', '', '', 21, 23, '', 1, "
                     "'2019-01-10', 'applied', 1, '2019-01-10T09:00:00.000Z', 'officer@pc')")),
                 qPrintable(q.lastError().text()));
        // A CV attached in that release: its text waits to be read once the file has an index.
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO document (sha256, size, content) VALUES "
                                       "('982d9e3eb996f559e633f4d194def3761d909f5a3b647d1a851fead67c32c9d1', 4, "
                                       "X'74657874')")),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO attachment (id, candidate_id, kind, file_name, media_type, sha256, added_at, "
                     "row_version, modified_at, modified_by) VALUES ('7c9e6679-7425-40de-944b-e07fc1f90ae7', "
                     "'0f8fad5b-d9cb-469f-a165-70867728950e', 'cv', 'cv.txt', 'text/plain', "
                     "'982d9e3eb996f559e633f4d194def3761d909f5a3b647d1a851fead67c32c9d1', "
                     "'2019-01-10T09:00:00.000Z', 1, '2019-01-10T09:00:00.000Z', 'officer@pc')")),
                 qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// The frozen files: one per released format, made once by the CLI of the last commit that
/// wrote it (scripts/make-frozen-format, tests/data/formats/README.md). Unlike
/// makeFileAtVersion, nothing in them comes from today's Schema code.
QString frozenFile(int version)
{
    return QStringLiteral(AD_FROZEN_FORMATS_DIR "/format-%1.accred").arg(version);
}

QList<int> frozenFormats()
{
    QList<int> versions;
    const QRegularExpression name(QStringLiteral("^format-(\\d+)\\.accred$"));
    for (const QString& file : QDir(QStringLiteral(AD_FROZEN_FORMATS_DIR)).entryList(QDir::Files)) {
        if (const auto match = name.match(file); match.hasMatch()) {
            versions.append(match.captured(1).toInt());
        }
    }
    std::sort(versions.begin(), versions.end());
    return versions;
}

/// A writable copy of a frozen file in `dir`, so that the committed file is never changed.
QString copyOfFrozen(int version, const QTemporaryDir& dir, const QString& suffix = {})
{
    const QString copy = dir.filePath(QStringLiteral("format-%1%2.accred").arg(version).arg(suffix));
    QFile::remove(copy);
    if (!QFile::copy(frozenFile(version), copy)) {
        return {};
    }
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return copy;
}

/// Runs `body` on a read-only connection to `path`.
template<typename Body>
void readFile(const QString& path, Body body)
{
    const QString name = QStringLiteral("frozen-reader");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            body(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// Each query's rows, one string a row ("|" between the values, BLOBs in hex).
QStringList rowsOf(const QString& path, const QString& sql)
{
    QStringList rows;
    readFile(path, [&](const QSqlDatabase& db) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            rows.append(QStringLiteral("error: ") + q.lastError().text());
            return;
        }
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant value = q.value(i);
                values.append(value.isNull() ? QStringLiteral("NULL")
                              : value.typeId() == QMetaType::QByteArray
                                  ? QString::fromLatin1(value.toByteArray().toHex())
                                  : value.toString());
            }
            rows.append(values.join(QLatin1Char('|')));
        }
    });
    return rows;
}

QString scalarOf(const QString& path, const QString& sql)
{
    return rowsOf(path, sql).value(0);
}

/// Every table of the file (FTS5's own included) with the columns it holds.
QMap<QString, QStringList> tablesOf(const QString& path)
{
    QMap<QString, QStringList> tables;
    for (const QString& table :
         rowsOf(path, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                                     "'sqlite_%' ORDER BY name"))) {
        tables.insert(table, rowsOf(path, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)));
    }
    return tables;
}

/// The whole content of `table`'s `columns`, sorted, so that two files can be compared.
QStringList contentOf(const QString& path, const QString& table, const QStringList& columns)
{
    QStringList quoted;
    for (const QString& column : columns) {
        quoted.append(QLatin1Char('"') + column + QLatin1Char('"'));
    }
    const QString list = quoted.join(QStringLiteral(", "));
    return rowsOf(path, QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY %1").arg(list, table));
}

/// The officer recorded in a file (format 3 on), who alone may upgrade it; before roles,
/// whoever opens it.
Actor officerOf(const QString& path)
{
    Actor actor = Actor::current();
    const QString account =
        scalarOf(path, QStringLiteral("SELECT account FROM person WHERE role = 'officer' ORDER BY account LIMIT 1"));
    if (!account.isEmpty() && !account.startsWith(QStringLiteral("error: "))) {
        actor.person = account;
        actor.account = account;
    }
    return actor;
}

}  // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    /// The oldest format with a frozen file (tests/data/formats).
    static constexpr int kOldestFrozenFormat = 2;
    /// The day the frozen files were made (tests/data/formats/README.md).
    static inline const QDate kFrozenOn{2026, 12, 7};
    QTemporaryDir m_dir;

private slots:
    void everyStepExistsUpToTheCurrentVersion()
    {
        for (int to = 1; to <= Schema::kCurrentVersion; ++to) {
            QVERIFY2(!Schema::migrationTo(to).isEmpty(), qPrintable(QString::number(to)));
        }
        QVERIFY(Schema::migrationTo(Schema::kCurrentVersion + 1).isEmpty());
    }

    void aNewFileHasExactlyTheExpectedLayout()
    {
        auto store = createStore(m_dir.filePath(QStringLiteral("new.accred")));
        QVERIFY(store);
        const auto expected = Schema::expectedObjects(Schema::kCurrentVersion);
        QVERIFY(expected.ok());
        QVERIFY(expected.value().size() > 10);
        QVERIFY(store->check().value().isEmpty());
    }

    // An open compares a file with the layout written down at build time, not with what the
    // migrations make (issue #18): the two must never disagree. When a migration changes,
    // this writes the list it makes, to be copied over core/store/internal/SchemaLayout.cpp.
    void theWrittenLayoutIsWhatTheMigrationsMake()
    {
        const auto made = Schema::expectedObjects(Schema::kCurrentVersion);
        QVERIFY(made.ok());
        const QStringList written = Schema::currentObjects();
        if (written != made.value()) {
            QFile listing(QDir::current().absoluteFilePath(QStringLiteral("SchemaLayout.expected.txt")));
            if (listing.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                listing.write(made.value().join(QLatin1Char('\n')).toUtf8() + '\n');
            }
            for (qsizetype i = 0; i < qMax(written.size(), made.value().size()); ++i) {
                if (written.value(i) != made.value().value(i)) {
                    qWarning("first difference at line %lld:\n  written: %s\n  made:    %s", qlonglong(i),
                             qPrintable(written.value(i)), qPrintable(made.value().value(i)));
                    break;
                }
            }
            QFAIL(qPrintable(QStringLiteral("core/store/internal/SchemaLayout.cpp is not the layout the migrations "
                                            "make; the lines they make are in %1, one an object")
                                 .arg(listing.fileName())));
        }
    }

    void everyOlderFormatUpgradesAfterABackup_data()
    {
        QTest::addColumn<int>("from");
        // Formats with a frozen file are tested from it (everyFrozenFormat…); the others (format
        // 1, never released) are rebuilt here from today's steps.
        const QList<int> frozen = frozenFormats();
        for (int from = 1; from < Schema::kCurrentVersion; ++from) {
            if (!frozen.contains(from)) {
                QTest::addRow("from format %d", from) << from;
            }
        }
    }

    void everyOlderFormatUpgradesAfterABackup()
    {
        QFETCH(int, from);
        const QString file = m_dir.filePath(QStringLiteral("v%1.accred").arg(from));
        makeFileAtVersion(file, from);
        const QString v1Hash = sha256Of(file);
        auto store = Store::open(file, Store::Access::Edit);
        QVERIFY2(store.ok(), qPrintable(store.message()));
        // The backup holds the file as it was, before the upgrade.
        const QString backup = store.value()->upgradeBackup();
        QVERIFY(!backup.isEmpty());
        QVERIFY(backup.contains(QStringLiteral("v%1-backups").arg(from)));
        QVERIFY(Backup::verify(backup).ok());
        QVERIFY(QFileInfo::exists(backup));
        QCOMPARE(readVersion(backup), from);
        QCOMPARE(readVersion(file), Schema::kCurrentVersion);
        QVERIFY(sha256Of(file) != v1Hash);
        // The data survived, the upgrade was audited, and the result checks clean.
        const auto candidates = store.value()->candidates().all();
        QVERIFY(candidates.ok());
        QCOMPARE(candidates.value().size(), 1);
        QCOMPARE(candidates.value().first().familyName, QStringLiteral("Wróbel"));
        const auto trail = store.value()->auditTrail();
        QCOMPARE(trail.value().size(), 1);  // taking the lease is no entry
        QCOMPARE(trail.value().first().action, QStringLiteral("file.upgrade"));
        if (from < 3) {
            // Search works on what the older file held: format 3 folded its text.
            QCOMPARE(store.value()->candidates().find(QStringLiteral("wrobel")).value().size(), 1);
        }
        // Format 7 indexed the candidates for the full-text search; their documents wait
        // to be read. (A format-7 file made here by raw SQL has no index rows, which the
        // application always writes with a candidate, so the upgrade from 7 has none to check.)
        if (from < 7) {
            const auto found = store.value()->search().find(QStringLiteral("wrobel"));
            QVERIFY2(found.ok(), qPrintable(found.message()));
            QCOMPARE(found.value().size(), 1);
            QCOMPARE(found.value().first().where, QStringLiteral("Family name"));
            QCOMPARE(store.value()->search().documentsToReadCount().value(), 1);
        }
        // Who upgrades a file from before roles becomes its officer.
        QCOMPARE(store.value()->role(), PersonRole::Officer);
        QCOMPARE(trail.value().first().entityId, QStringLiteral("a1b2c3d4-0000-4000-8000-000000000001"));
        const auto problems = store.value()->check();
        QVERIFY2(problems.value().isEmpty(), qPrintable(problems.value().join(QLatin1Char('\n'))));
        // The migrated layout is the very layout of a new file.
        QCOMPARE(layoutOf(file), Schema::expectedObjects(Schema::kCurrentVersion).value());
    }

    void aFrozenFileExistsForEveryReleasedFormat()
    {
        // Format 1 was never released (the first commit wrote format 2). A new format must
        // freeze the one before it: scripts/make-frozen-format, run once.
        const QList<int> versions = frozenFormats();
        QVERIFY(!versions.isEmpty());
        QCOMPARE(versions.first(), kOldestFrozenFormat);
        QCOMPARE(versions.last(), Schema::kCurrentVersion - 1);
        for (int i = 1; i < versions.size(); ++i) {
            QCOMPARE(versions.at(i), versions.at(i - 1) + 1);
        }
    }

    void everyFrozenFormatUpgradesAfterABackupLosingNothing_data()
    {
        QTest::addColumn<int>("from");
        for (const int from : frozenFormats()) {
            QTest::addRow("format %d", from) << from;
        }
    }

    void everyFrozenFormatUpgradesAfterABackupLosingNothing()
    {
        QFETCH(int, from);
        // The files were made on 7 December 2026 and their demo data follows that day: the
        // rules that `check` applies to dates (the pool's periods) read them on that day.
        Clock::setForTesting(QDateTime(kFrozenOn, QTime(12, 0), Qt::UTC));
        const auto resetClock = qScopeGuard([] { Clock::resetForTesting(); });
        const QString file = copyOfFrozen(from, m_dir);
        QVERIFY(!file.isEmpty());
        QCOMPARE(readVersion(file), from);
        // Today's steps up to `from` still make exactly the layout that release wrote: a past
        // step edited since fails here, whatever the upgrade does with it.
        QCOMPARE(layoutOf(file), Schema::expectedObjects(from).value());
        const QMap<QString, QStringList> tables = tablesOf(file);
        QVERIFY(tables.contains(QStringLiteral("candidate")));
        QMap<QString, QStringList> before;
        for (auto table = tables.cbegin(); table != tables.cend(); ++table) {
            before.insert(table.key(), contentOf(file, table.key(), table.value()));
            QVERIFY2(!before.value(table.key()).value(0).startsWith(QStringLiteral("error: ")),
                     qPrintable(before.value(table.key()).value(0)));
        }
        QVERIFY(before.value(QStringLiteral("candidate")).size() >= 14);
        QVERIFY(!before.value(QStringLiteral("document")).isEmpty());
        const int documents = int(before.value(QStringLiteral("document")).size());
        const int entries = int(before.value(QStringLiteral("audit_log")).size());
        QVERIFY(entries > 0);
        QString backup;
        {
            auto store = Store::open(file, Store::Access::Edit, officerOf(file));
            QVERIFY2(store.ok(), qPrintable(store.message()));
            // The backup holds the file as that release left it, every row of it.
            backup = store.value()->upgradeBackup();
            QVERIFY(backup.contains(QStringLiteral("format-%1-backups").arg(from)));
            QVERIFY(Backup::verify(backup).ok());
            QCOMPARE(readVersion(backup), from);
            for (auto table = tables.cbegin(); table != tables.cend(); ++table) {
                QCOMPARE(contentOf(backup, table.key(), table.value()), before.value(table.key()));
            }
            QCOMPARE(readVersion(file), Schema::kCurrentVersion);
            QCOMPARE(store.value()->role(), PersonRole::Officer);
            // The upgrade is one audited entry after that release's own, which it converted
            // into the sealed form of format 12.
            const auto trail = store.value()->auditTrail();
            QVERIFY2(trail.ok(), qPrintable(trail.message()));
            QCOMPARE(trail.value().size(), entries + 1);
            QCOMPARE(trail.value().last().action, QStringLiteral("file.upgrade"));
            QCOMPARE(trail.value().last().state.size(), 64);
            QCOMPARE(trail.value().first().action, QStringLiteral("file.create"));
            if (from < 12) {  // format 12 on, the file's first entry was sealed when it was made
                QCOMPARE(trail.value().first().state, QStringLiteral("unsealed"));
            }
            // What that release's CLI wrote reads back through today's store.
            const auto candidates = store.value()->candidates().all();
            QVERIFY2(candidates.ok(), qPrintable(candidates.message()));
            QCOMPARE(candidates.value().size(), before.value(QStringLiteral("candidate")).size());
            QUuid wrobel;
            for (const Candidate& candidate : candidates.value()) {
                if (candidate.familyName == QStringLiteral("Wróbel")) {
                    QCOMPARE(candidate.givenNames, QStringLiteral("Katarzyna"));
                    wrobel = candidate.meta.id;
                }
                if (from >= 4 && candidate.familyName == QStringLiteral("Quispe")) {
                    QCOMPARE(candidate.givenNames, QStringLiteral("Rosa María"));
                    QCOMPARE(candidate.iprExperience,
                             QStringLiteral("Border measures for counterfeit\nmedicines; trainer."));
                }
            }
            QVERIFY(!wrobel.isNull());
            // Search finds her by her name folded (format 3) in the full-text index (format 7,
            // built by the upgrade for older files), and the documents wait to be read unless
            // that release's `index` read them.
            const auto found = store.value()->search().find(QStringLiteral("wrobel"));
            QVERIFY2(found.ok(), qPrintable(found.message()));
            QVERIFY(!found.value().isEmpty());
            for (const SearchHit& hit : found.value()) {
                QCOMPARE(hit.candidateId, wrobel);
            }
            QCOMPARE(store.value()->search().documentsToReadCount().value(), from < 7 ? documents : 0);
            const auto problems = store.value()->check();
            QVERIFY2(problems.ok() && problems.value().isEmpty(), qPrintable(problems.value().join(QLatin1Char('\n'))));
        }
        QCOMPARE(layoutOf(file), Schema::expectedObjects(Schema::kCurrentVersion).value());
        // Nothing lost: every row of every table that release had, each column it had, is
        // still there and the same. The audit trail keeps its entries' values (their hashes
        // are converted) and gains the upgrade's; the file's audit head moves with it.
        for (auto table = tables.cbegin(); table != tables.cend(); ++table) {
            const QString& name = table.key();
            if (name == QStringLiteral("audit_log")) {
                const QStringList values = {
                    QStringLiteral("seq"),        QStringLiteral("at"),        QStringLiteral("actor"),
                    QStringLiteral("action"),     QStringLiteral("entity"),    QStringLiteral("entity_id"),
                    QStringLiteral("subject_id"), QStringLiteral("old_value"), QStringLiteral("new_value")};
                QStringList kept;
                for (const QString& column : values) {
                    if (table.value().contains(column)) {
                        kept.append(column);
                    }
                }
                QCOMPARE(contentOf(file, name, kept).mid(0, entries), contentOf(backup, name, kept));
            } else if (name == QStringLiteral("file_info")) {
                const QStringList after = contentOf(file, name, table.value());
                for (const QString& row : before.value(name)) {
                    QVERIFY2(row.startsWith(QStringLiteral("audit_head|")) || after.contains(row), qPrintable(row));
                }
            } else if (name == QStringLiteral("reviewer_assignment") && from < 13) {
                // Format 13: an assignment covered the whole form, so it is kept in each round.
                const QStringList after = contentOf(file, name, table.value());
                QCOMPARE(after.size(), 3 * before.value(name).size());
                for (const QString& row : before.value(name)) {
                    QCOMPARE(after.count(row), 3);
                }
            } else if (name == QStringLiteral("record_seal") && from == 12) {
                // Format 13 seals the rebuilt assessment tables' records again under their new
                // keys and seals the applications it derived from the seats; every other seal is
                // kept as it was.
                const auto others = [](const QStringList& rows) {
                    QStringList kept;
                    for (const QString& row : rows) {
                        if (!row.startsWith(QStringLiteral("score|")) &&
                            !row.startsWith(QStringLiteral("reviewer_assignment|")) &&
                            !row.startsWith(QStringLiteral("consensus|")) &&
                            !row.startsWith(QStringLiteral("application|"))) {
                            kept.append(row);
                        }
                    }
                    return kept;
                };
                const QStringList after = others(contentOf(file, name, table.value()));
                QVERIFY(!after.isEmpty());
                QCOMPARE(after, others(before.value(name)));
            } else {
                QVERIFY2(contentOf(file, name, table.value()) == before.value(name), qPrintable(name));
            }
        }
    }

    void format12RatingsCommentsAndSubmissionsLandInTheirRounds()
    {
        // The frozen file of format 12 (tests/data/formats/README.md): Ana's three Stage 1
        // drafts of Joseph, Ben's whole form of Joseph submitted (the profile's criteria and
        // the workshop's own, a comment each), Ben's Stage 3 appraisal of Nguyen and a
        // profile criterion beside it (drafts), Ana's conflict about Njoroge, the consensus on
        // a profile criterion and on a workshop criterion.
        Clock::setForTesting(QDateTime(kFrozenOn, QTime(12, 0), Qt::UTC));
        const auto resetClock = qScopeGuard([] { Clock::resetForTesting(); });
        const QString file = copyOfFrozen(12, m_dir, QStringLiteral("-rounds"));
        QVERIFY(!file.isEmpty());
        const QString columns = QStringLiteral(
            "id, reviewer_id, candidate_id, criterion_key, profile_version, coalesce(rating, -1), comment, evidence, "
            "coalesce(submitted_at, 'draft'), updated_at");
        const QStringList scoresBefore = rowsOf(file, QStringLiteral("SELECT %1 FROM score ORDER BY id").arg(columns));
        QCOMPARE(scoresBefore.size(), 3 + 34 + 2);
        const QStringList consensusBefore = rowsOf(
            file, QStringLiteral("SELECT candidate_id, criterion_key, rating, comment FROM consensus ORDER BY 1, 2"));
        QCOMPARE(consensusBefore.size(), 2);
        const QStringList conflictsBefore =
            rowsOf(file, QStringLiteral("SELECT candidate_id, reviewer_id, reason FROM conflict_declaration"));
        QCOMPARE(conflictsBefore.size(), 1);
        const QStringList assignedBefore =
            rowsOf(file, QStringLiteral("SELECT candidate_id, reviewer_id FROM reviewer_assignment ORDER BY 1, 2"));
        {
            auto store = Store::open(file, Store::Access::Edit, officerOf(file));
            QVERIFY2(store.ok(), qPrintable(store.message()));
            Assessment& assessment = store.value()->assessment();
            // Every rating, comment, evidence and submission is kept, each in its criterion's round.
            const auto scores = assessment.scores();
            QVERIFY2(scores.ok(), qPrintable(scores.message()));
            QCOMPARE(scores.value().size(), scoresBefore.size());
            QHash<QString, PipelineStep> roundOf;
            for (const Score& s : scores.value()) {
                roundOf.insert(s.meta.id.toString(QUuid::WithoutBraces), s.round);
                const PipelineStep expected =
                    s.criterionKey.startsWith(QStringLiteral("workshop:"))   ? PipelineStep::Workshop
                    : s.criterionKey.startsWith(QStringLiteral("activity:")) ? PipelineStep::FieldAssessment
                                                                             : PipelineStep::Selection;
                QCOMPARE(s.round, expected);
            }
            QCOMPARE(rowsOf(file, QStringLiteral("SELECT %1 FROM score ORDER BY id").arg(columns)), scoresBefore);
            int workshop = 0;
            int field = 0;
            for (const PipelineStep r : roundOf) {
                workshop += r == PipelineStep::Workshop ? 1 : 0;
                field += r == PipelineStep::FieldAssessment ? 1 : 0;
            }
            QCOMPARE(workshop, 3);  // Ben's ratings of the workshop's own criteria
            QCOMPARE(field, 1);  // Ben's appraisal of Nguyen
            // Ben's submitted form is two submitted forms now: Stage 1 and Stage 2, whole.
            const QString joseph =
                scalarOf(file, QStringLiteral("SELECT id FROM candidate WHERE family_name = 'Joseph'"));
            const QString ben = scalarOf(file, QStringLiteral("SELECT id FROM person WHERE account = 'ben'"));
            const QUuid josephId = QUuid::fromString(joseph);
            const QUuid benId = QUuid::fromString(ben);
            for (const PipelineStep round : {PipelineStep::Selection, PipelineStep::Workshop}) {
                QVERIFY(ReviewRules::hasSubmitted(scores.value(), benId, josephId, round));
                const auto form = assessment.scoringForm(josephId, round);
                QVERIFY(form.ok());
                QList<Score> bens;
                for (const Score& s : form.value().ofThisForm(scores.value())) {
                    if (s.reviewerId == benId) {
                        bens.append(s);
                    }
                }
                if (round == PipelineStep::Selection) {
                    QVERIFY2(form.value().unrated(bens).isEmpty(), qPrintable(form.value().unrated(bens).join(u',')));
                } else {
                    // The workshop's own three were rated; the profile's as observed never were.
                    QCOMPARE(form.value().ratedCount(bens), 3);
                }
            }
            QVERIFY(!ReviewRules::hasSubmitted(scores.value(), benId, josephId, PipelineStep::FieldAssessment));
            // Stage 1 ranks on Stage 1's ratings; the workshop's appear in Stage 2 only.
            const QString lima = scalarOf(
                file, QStringLiteral("SELECT workshop_id FROM enrolment WHERE candidate_id = '%1'").arg(joseph));
            const auto stage2 = assessment.ratings(QUuid::fromString(lima), PipelineStep::Workshop);
            QVERIFY2(stage2.ok(), qPrintable(stage2.message()));
            QCOMPARE(stage2.value().size(), 3);
            // The consensus keeps its rating and comment, in its criterion's round.
            const auto agreed = assessment.consensus(josephId);
            QVERIFY(agreed.ok());
            QCOMPARE(agreed.value().size(), consensusBefore.size());
            for (const ConsensusRating& c : agreed.value()) {
                QCOMPARE(c.round, c.criterionKey.startsWith(QStringLiteral("workshop:")) ? PipelineStep::Workshop
                                                                                         : PipelineStep::Selection);
                QVERIFY(consensusBefore.contains(
                    QStringLiteral("%1|%2|%3|%4").arg(joseph, c.criterionKey).arg(c.rating).arg(c.comment)));
            }
            // The conflict stays; each assignment holds in every round.
            QCOMPARE(assessment.conflictDeclarations().value().size(), 1);
            const auto assigned = assessment.assignments();
            QCOMPARE(assigned.value().size(), 3 * assignedBefore.size());
            for (const PipelineStep round :
                 {PipelineStep::Selection, PipelineStep::Workshop, PipelineStep::FieldAssessment}) {
                QCOMPARE(std::count_if(assigned.value().cbegin(), assigned.value().cend(),
                                       [&](const ReviewerAssignment& a) { return a.round == round; }),
                         qsizetype(assignedBefore.size()));
            }
            const auto problems = store.value()->check();
            QVERIFY2(problems.ok() && problems.value().isEmpty(), qPrintable(problems.value().join(QLatin1Char('\n'))));
        }
        // Ben, once upgraded, sees the others' Stage 1 and Stage 2 ratings of Joseph (he
        // submitted both), not Stage 3.
        Actor benActor = Actor::current();
        benActor.person = QStringLiteral("ben");
        benActor.account = QStringLiteral("ben");
        auto asBen = Store::open(file, Store::Access::ReadOnly, benActor);
        QVERIFY2(asBen.ok(), qPrintable(asBen.message()));
        const auto visibility = asBen.value()->assessment().scoreVisibility();
        QVERIFY(visibility.ok());
        const QUuid josephId =
            QUuid::fromString(scalarOf(file, QStringLiteral("SELECT id FROM candidate WHERE family_name = 'Joseph'")));
        QVERIFY(visibility.value().seesOthersOf(josephId, PipelineStep::Selection));
        QVERIFY(visibility.value().seesOthersOf(josephId, PipelineStep::Workshop));
        QVERIFY(!visibility.value().seesOthersOf(josephId, PipelineStep::FieldAssessment));
    }

    void aFrozenFormatOpenedReadOnlyIsRefusedUntouched_data()
    {
        everyFrozenFormatUpgradesAfterABackupLosingNothing_data();
    }

    void aFrozenFormatOpenedReadOnlyIsRefusedUntouched()
    {
        QFETCH(int, from);
        const QString file = copyOfFrozen(from, m_dir, QStringLiteral("-readonly"));
        QVERIFY(!file.isEmpty());
        const QString before = sha256Of(file);
        const auto opened = Store::open(file, Store::Access::ReadOnly, officerOf(file));
        QVERIFY(!opened.ok());
        QVERIFY2(opened.message().contains(QStringLiteral("older file format (%1)").arg(from)),
                 qPrintable(opened.message()));
        QCOMPARE(sha256Of(file), before);
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("format-%1-readonly-backups").arg(from))).exists());
    }

    void format4ActivitiesAsTheirReleaseWroteThemGainNoTopicsNorParticipants()
    {
        // The activities the format-4 demo recorded, before format 5 gave them topics,
        // participants and the week-counting rule.
        const QString file = copyOfFrozen(4, m_dir, QStringLiteral("-activities"));
        QVERIFY(!file.isEmpty());
        const QStringList titles = rowsOf(file, QStringLiteral("SELECT title FROM activity ORDER BY title"));
        QCOMPARE(titles.size(), 2);
        auto store = Store::open(file, Store::Access::Edit, officerOf(file));
        QVERIFY2(store.ok(), qPrintable(store.message()));
        const auto activities = store.value()->pool().activities();
        QVERIFY2(activities.ok(), qPrintable(activities.message()));
        QStringList read;
        for (const Activity& activity : activities.value()) {
            read.append(activity.title);
            QVERIFY(activity.topics.isEmpty());
            QVERIFY(activity.participants.isEmpty());
        }
        read.sort();
        QCOMPARE(read, titles);
        QCOMPARE(store.value()->settings().weekCounting(), WeekCounting::WorkingDays);
        QVERIFY(store.value()->pool().unavailability().value().isEmpty());
    }

    void format4ActivitiesGainTopicsParticipantsAndTheWeekCountingRule()
    {
        const QString file = m_dir.filePath(QStringLiteral("v4-activities.accred"));
        makeFileAtVersion(file, 4);
        QCOMPARE(
            runSql(file,
                   {QStringLiteral(
                       "INSERT INTO activity (id, title, kind, mode, country, city, start_date, end_date, "
                       "requesting_administration, language, row_version, modified_at, modified_by) VALUES "
                       "('7c1d2e3f-0000-4000-8000-000000000003', 'Seminar', 'technical_assistance', 'on_site', 'Togo', "
                       "'Lomé', '2024-05-06', '2024-05-10', 'OTR', 'French', 1, '2024-01-01T00:00:00.000Z', "
                       "'officer@pc')")}),
            QString());
        auto store = Store::open(file, Store::Access::Edit);
        QVERIFY2(store.ok(), qPrintable(store.message()));
        QCOMPARE(readVersion(file), Schema::kCurrentVersion);
        const auto activities = store.value()->pool().activities();
        QVERIFY2(activities.ok(), qPrintable(activities.message()));
        QCOMPARE(activities.value().size(), 1);
        QCOMPARE(activities.value().first().title, QStringLiteral("Seminar"));
        QVERIFY(activities.value().first().topics.isEmpty());
        QVERIFY(activities.value().first().participants.isEmpty());
        QCOMPARE(store.value()->settings().weekCounting(), WeekCounting::WorkingDays);
        QVERIFY(store.value()->pool().unavailability().value().isEmpty());
        QVERIFY(store.value()->pool().advisors().value().isEmpty());
        // The old activity can be edited and given participants in the new format: Wróbel,
        // once she passed a workshop (only then a Stage 3 candidate).
        const QUuid wrobel = QUuid::fromString(QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"));
        const auto held = store.value()->workshops().save(sampleWorkshop(QStringLiteral("Held"), -20));
        QVERIFY2(held.ok(), qPrintable(held.message()));
        QVERIFY(makeReadyToSelectAndConfirm(*store.value(), wrobel));
        Stage from = Stage::Applied;
        for (const Stage to : {Stage::Selected, Stage::Confirmed, Stage::WorkshopPassed}) {
            StageDecision d;
            d.candidateId = wrobel;
            d.workshopId = held.value().meta.id;
            d.from = from;
            d.to = to;
            d.decidedBy = QStringLiteral("Officer");
            d.decidedAt = QDateTime::currentDateTimeUtc();
            d.reason = QStringLiteral("Test");
            const auto recorded = store.value()->decisions().record(d);
            QVERIFY2(recorded.ok(), qPrintable(recorded.message()));
            from = to;
        }
        Activity edited = activities.value().first();
        edited.topics = {QStringLiteral("e-commerce")};
        edited.participants = {{wrobel, ParticipantRole::Stage3Candidate, false, {}}};
        const auto saved = store.value()->pool().saveActivity(edited);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        QCOMPARE(store.value()->pool().activities().value().first().participants.size(), 1);
        QVERIFY(store.value()->check().value().isEmpty());
        QCOMPARE(layoutOf(file), Schema::expectedObjects(Schema::kCurrentVersion).value());
    }

    void format7ProfilesGainTheScaleAndWorkshopsTheirCriteria()
    {
        // A format-7 file as its release left it: the profile without a rating scale, the
        // workshops without criteria of their own, and reviewers' scores without assignments.
        const QString file = copyOfFrozen(7, m_dir, QStringLiteral("-assessment"));
        QVERIFY(!file.isEmpty());
        const QStringList workshops = rowsOf(file, QStringLiteral("SELECT id FROM workshop ORDER BY id"));
        QVERIFY(workshops.size() >= 3);
        QVERIFY(scalarOf(file, QStringLiteral("SELECT count(*) FROM score")).toInt() > 0);
        auto store = Store::open(file, Store::Access::Edit, officerOf(file));
        QVERIFY2(store.ok(), qPrintable(store.message()));
        const auto profile = store.value()->assessment().currentProfile();
        QVERIFY2(profile.ok(), qPrintable(profile.message()));
        QCOMPARE(profile.value().scale.size(), 5);
        QCOMPARE(profile.value().scale.at(4).label, QStringLiteral("Outstanding"));
        for (const QString& workshop : workshops) {
            const auto criteria = store.value()->workshops().criteria(QUuid::fromString(workshop));
            QVERIFY2(criteria.ok(), qPrintable(criteria.message()));
            QCOMPARE(criteria.value().size(), 3);
            QCOMPARE(criteria.value().first().name, QStringLiteral("Participation in discussions"));
        }
        QVERIFY(store.value()->assessment().assignments().value().isEmpty());
        QCOMPARE(layoutOf(file), Schema::expectedObjects(Schema::kCurrentVersion).value());
    }

    void format9SearchRowsLeadToTheirCandidates()
    {
        // A format-9 file as the application wrote it: the candidate's field in the index,
        // and one CV read once for two candidates who attached the same bytes.
        const QString file = m_dir.filePath(QStringLiteral("v9-search.accred"));
        makeFileAtVersion(file, 9);
        const QString wrobel = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
        const QString sha = QStringLiteral("982d9e3eb996f559e633f4d194def3761d909f5a3b647d1a851fead67c32c9d1");
        const QString error = runSql(
            file,
            {QStringLiteral("INSERT INTO candidate (id, family_name, given_names, gender, nationality, "
                            "administration, region, position, email, phone, years_in_customs, "
                            "years_in_public_administration, ipr_experience, consent_to_keep_data, "
                            "application_date, stage, row_version, modified_at, modified_by) VALUES "
                            "('1e2d3c4b-0000-4000-8000-000000000006', 'Diallo', 'Awa', 'female', "
                            "'Senegalese', 'Douanes sénégalaises', 'west_central_africa', '', '', '', 5, 5, '', 1, "
                            "'2019-01-10', 'applied', 1, '2019-01-10T09:00:00.000Z', 'officer@pc')"),
             QStringLiteral("INSERT INTO attachment (id, candidate_id, kind, file_name, media_type, sha256, "
                            "added_at, row_version, modified_at, modified_by) VALUES "
                            "('2f3e4d5c-0000-4000-8000-000000000007', "
                            "'1e2d3c4b-0000-4000-8000-000000000006', 'cv', 'copy.txt', 'text/plain', '") +
                 sha +
                 QStringLiteral("', '2019-01-10T09:00:00.000Z', 1, '2019-01-10T09:00:00.000Z', "
                                "'officer@pc')"),
             QStringLiteral("INSERT INTO search_index (owner, place, body) VALUES ('") + wrobel +
                 QStringLiteral("', 'family_name', 'Wróbel'), ('1e2d3c4b-0000-4000-8000-000000000006', "
                                "'family_name', 'Diallo'), ('") +
                 sha + QStringLiteral("', 'document', 'Mercator mentor')"),
             QStringLiteral("INSERT INTO document_text (sha256, outcome, detail, extracted_at, "
                            "extractor_version) VALUES ('") +
                 sha + QStringLiteral("', 'text', '', '2019-01-11T09:00:00.000Z', 1)")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto store = Store::open(file, Store::Access::Edit);
        QVERIFY2(store.ok(), qPrintable(store.message()));
        QCOMPARE(readVersion(file), Schema::kCurrentVersion);
        const auto problems = store.value()->check();
        QVERIFY2(problems.value().isEmpty(), qPrintable(problems.value().join(QLatin1Char('\n'))));
        const auto both = store.value()->search().find(QStringLiteral("mercator"));
        QVERIFY2(both.ok(), qPrintable(both.message()));
        QCOMPARE(both.value().size(), 2);
        const auto one = store.value()->search().find(QStringLiteral("wrobel mercator"));
        QCOMPARE(one.value().size(), 2);  // her name and her copy of the CV
        for (const SearchHit& hit : one.value()) {
            QCOMPARE(hit.candidateId.toString(QUuid::WithoutBraces), wrobel);
        }
        // The upgraded file follows later changes: her CV removed, the other copy stays.
        QVERIFY(store.value()
                    ->candidates()
                    .removeAttachment(QUuid::fromString(QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7")))
                    .ok());
        QCOMPARE(store.value()->search().find(QStringLiteral("wrobel mercator")).value().size(), 0);
        QCOMPARE(store.value()->search().find(QStringLiteral("mercator")).value().size(), 1);
        QVERIFY(store.value()->check().value().isEmpty());
        QCOMPARE(layoutOf(file), Schema::expectedObjects(Schema::kCurrentVersion).value());
    }

    void anOlderFileOpenedReadOnlyIsRefusedUntouched()
    {
        const QString file = m_dir.filePath(QStringLiteral("v1-readonly.accred"));
        makeFileAtVersion(file, 1);
        const QString before = sha256Of(file);
        const auto opened = Store::open(file, Store::Access::ReadOnly);
        QVERIFY(!opened.ok());
        QVERIFY(opened.message().contains(QStringLiteral("older file format")));
        QCOMPARE(sha256Of(file), before);
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("v1-readonly-backups"))).exists());
    }

private:
    static int readVersion(const QString& path)
    {
        const QString name = QStringLiteral("version-reader");
        int version = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
                    version = q.value(0).toInt();
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
        return version;
    }

    static QStringList layoutOf(const QString& path)
    {
        const QString name = QStringLiteral("layout-reader");
        QStringList objects;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                objects = Schema::actualObjects(name).value();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return objects;
    }

private slots:
    void format12SealsTheRecordsAndConvertsTheTrail()
    {
        const QString file = m_dir.filePath(QStringLiteral("v11-sealed.accred"));
        makeFileAtVersion(file, 11);
        // Two entries as format 11 wrote them: hashed over their values.
        QString previous(64, QLatin1Char('0'));
        QStringList statements;
        for (int seq = 1; seq <= 2; ++seq) {
            AuditEntry entry;
            entry.seq = seq;
            entry.at = QDateTime(QDate(2024, 1, seq), QTime(9, 0), Qt::UTC);
            entry.actor = QStringLiteral("officer@pc");
            entry.action = QStringLiteral("candidate.update");
            entry.entity = QStringLiteral("candidate");
            entry.entityId = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
            entry.subjectId = entry.entityId;
            entry.oldValue = QStringLiteral("{\"position\":\"%1\"}").arg(seq);
            entry.newValue = QStringLiteral("{\"position\":\"%1\"}").arg(seq + 1);
            entry.prevHash = previous;
            entry.hash = AuditLog::hashOf(entry);
            statements.append(QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, "
                                             "subject_id, old_value, new_value, prev_hash, hash) VALUES "
                                             "(%1, '%2', '%3', '%4', '%5', '%6', '%7', '%8', '%9', '%10', '%11')")
                                  .arg(seq)
                                  .arg(entry.at.toString(Qt::ISODateWithMs), entry.actor, entry.action, entry.entity,
                                       entry.entityId, entry.subjectId, entry.oldValue, entry.newValue)
                                  .arg(entry.prevHash, entry.hash));
            previous = entry.hash;
        }
        statements.append(
            QStringLiteral("INSERT INTO file_info (key, value) VALUES ('audit_head', '2 %1')").arg(previous));
        QCOMPARE(runSql(file, statements), QString());
        {
            auto store = Store::open(file, Store::Access::Edit);
            QVERIFY2(store.ok(), qPrintable(store.message()));
            const auto trail = store.value()->auditTrail().value();
            QCOMPARE(trail.size(), 3);  // the two entries and the upgrade's
            // The older entries now hash their values' digests, as new ones do.
            QCOMPARE(trail.at(0).state, QStringLiteral("unsealed"));
            QVERIFY(trail.at(0).hash != trail.at(0).prevHash);
            QCOMPARE(trail.at(1).oldValue, QStringLiteral("{\"position\":\"2\"}"));
            QCOMPARE(trail.at(2).action, QStringLiteral("file.upgrade"));
            QCOMPARE(trail.at(2).state.size(), 64);
            const auto problems = store.value()->check();
            QVERIFY2(problems.ok() && problems.value().isEmpty(), qPrintable(problems.value().join(QLatin1Char('\n'))));
            QCOMPARE(layoutOf(file), Schema::expectedObjects(Schema::kCurrentVersion).value());
        }
        // Every record present at the upgrade is sealed from then on.
        QCOMPARE(runSql(file, {QStringLiteral("UPDATE candidate SET given_names = 'Kasia'")}), QString());
        auto reopened = Store::open(file, Store::Access::ReadOnly);
        QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
        const QString problems = reopened.value()->check().value().join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QStringLiteral("Candidate \"Wróbel, Kasia\"")) &&
                     problems.contains(QStringLiteral("was changed outside")),
                 qPrintable(problems));
    }

    void format12LeavesABrokenOlderTrailBrokenForCheck()
    {
        const QString file = m_dir.filePath(QStringLiteral("v11-broken.accred"));
        makeFileAtVersion(file, 11);
        QCOMPARE(runSql(file, {QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, "
                                              "subject_id, old_value, new_value, prev_hash, hash) VALUES (1, "
                                              "'2024-01-01T09:00:00.000Z', 'officer@pc', 'candidate.update', "
                                              "'candidate', 'x', 'x', 'null', 'null', '%1', 'forged')")
                                   .arg(QString(64, QLatin1Char('0')))}),
                 QString());
        auto store = Store::open(file, Store::Access::Edit);
        QVERIFY2(store.ok(), qPrintable(store.message()));
        QCOMPARE(store.value()->auditTrail().value().first().hash, QStringLiteral("forged"));
        const QString problems = store.value()->check().value().join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QStringLiteral("Audit entry 1 (candidate.update by officer@pc) was altered")),
                 qPrintable(problems));
    }
};

AD_TEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
