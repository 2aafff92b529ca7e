// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Store.h"
#include "assessment/AssessmentRound.h"
#include "store/Candidates.h"
#include "assessment/CandidateDisclosure.h"
#include "domain/Candidate.h"
#include "store/CandidateSearch.h"
#include "store/People.h"
#include "store/Decisions.h"
#include "store/Workshops.h"
#include "store/Assessment.h"
#include "store/Pool.h"
#include "store/Letters.h"
#include "store/FileSettings.h"
#include "store/FileEvents.h"
#include "domain/Invariants.h"
#include "assessment/ScoreVisibility.h"
#include "store/NewFile.h"
#include "Clock.h"
#include "store/internal/StoreChange.h"

#include "store/internal/AuditLog.h"
#include "store/internal/EditingLease.h"
#include "store/Backup.h"
#include "domain/CompetenceProfile.h"
#include "store/internal/FileProbe.h"
#include "store/internal/HotJournal.h"
#include "domain/RecordJson.h"
#include "store/internal/RecordSeal.h"
#include "store/internal/Schema.h"
#include "store/internal/SearchIndex.h"
#include "store/SeenHistory.h"
#include "store/internal/SqlConnection.h"
#include "store/internal/DocumentBytes.h"
#include "store/internal/SqlError.h"

#include <QSqlError>
#include "store/internal/StoreSql.h"
#include "store/internal/WriteTransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace StoreSql;
using namespace Qt::StringLiterals;

namespace {

/// Whether the quick check met a page the disk or share failed to hand over ("unable to
/// get the page. error code=N", N an SQLITE_IOERR code, 10 in its low byte): then it saw
/// nothing of the file's health, and the file must not be called damaged for it.
bool pageReadFailed(const QStringList& problems)
{
    static const QRegularExpression pageError(QStringLiteral("unable to get the page\\. error code=(\\d+)"));
    for (const QString& problem : problems) {
        for (auto match = pageError.globalMatch(problem); match.hasNext();) {
            if ((match.next().captured(1).toInt() & 0xff) == 10) {
                return true;
            }
        }
    }
    return false;
}

}  // namespace

Store::Store(QString path, Actor actor, std::unique_ptr<SqlConnection> connection, QString readOnlyReason)
    : m_path(std::move(path))
    , m_actor(std::move(actor))
    , m_connection(std::move(connection))
    , m_readOnlyReason(std::move(readOnlyReason))
    , m_session(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_candidates(std::make_unique<Candidates>(*this))
    , m_candidateSearch(std::make_unique<CandidateSearch>(*this))
    , m_people(std::make_unique<People>(*this))
    , m_decisions(std::make_unique<Decisions>(*this))
    , m_workshops(std::make_unique<Workshops>(*this))
    , m_assessment(std::make_unique<Assessment>(*this))
    , m_pool(std::make_unique<Pool>(*this))
    , m_letters(std::make_unique<Letters>(*this))
    , m_fileSettings(std::make_unique<FileSettings>(*this))
    , m_events(std::make_unique<FileEvents>())
{
}

Store::~Store()
{
    close();
}

QString Store::connection() const
{
    // After close() every query fails cleanly on an invalid connection.
    return m_connection ? m_connection->name() : QString();
}

Result<std::unique_ptr<Store>> Store::open(const QString& path, Access access, const Actor& actor,
                                           DailyBackup dailyBackup, OpenCheck check)
{
    return openValidated(QFileInfo(path).absoluteFilePath(), access, actor, false, dailyBackup, check);
}

Result<std::unique_ptr<Store>> Store::openValidated(const QString& path, Access access, const Actor& actor,
                                                    bool creating, DailyBackup dailyBackup, OpenCheck check)
{
    using R = Result<std::unique_ptr<Store>>;
    const auto header = FileProbe::inspect(path);
    if (!header.ok()) {
        return R(header.error());
    }
    QString readOnlyReason;
    if (header.value().readOnlyHere) {
        readOnlyReason = tr("You can only read this file: you may not write to it or to its folder.");
    } else if (access == Access::ReadOnly) {
        readOnlyReason = tr("Opened read-only.");
    }
    const int version = header.value().userVersion;
    // SQLite replays a journal left beside the file by an interrupted save as soon as an
    // editor reads it, whichever file the journal was written for. It may do so only when
    // the journal is this file's, and with copies of both kept, so that a replay that
    // leaves the file damaged is undone.
    HotJournal::Keep beforeReplay;
    const bool replaying = readOnlyReason.isEmpty() && HotJournal::present(path);
    if (replaying) {
        if (auto judged = HotJournal::judge(path); !judged.ok()) {
            return R(judged.error());
        }
        if (auto kept = beforeReplay.take(path); !kept.ok()) {
            return R(kept.error());
        }
    }
    const auto undoReplay = [&](std::unique_ptr<Store>& opened, const QString& problem) {
        opened.reset();  // closes the connection before the bytes are put back
        const Status restored = beforeReplay.restore();
        return R::failure(ErrorCode::Damaged,
                          tr("\"%1\" has a journal beside it left by a save that was interrupted, and completing it "
                             "did not leave a sound file (%2). The file and the journal were put back as they were; "
                             "restore the latest backup under another name and keep both for your IT support.")
                                  .arg(QDir::toNativeSeparators(path), problem) +
                              (restored.ok() ? QString() : QLatin1Char(' ') + restored.message()));
    };
    auto connection = std::make_unique<SqlConnection>();
    if (auto opened = connection->open(path, readOnlyReason.isEmpty() ? SqlConnection::Mode::ReadWrite
                                                                      : SqlConnection::Mode::ReadOnly);
        !opened.ok()) {
        return R(opened.error());
    }
    std::unique_ptr<Store> store(new Store(path, actor, std::move(connection), readOnlyReason));
    store->m_fileWritable = !header.value().readOnlyHere;
    // The layout is checked first, so that a file whose format number was lowered is named
    // for what it is, not as an older file to upgrade.
    // Only a read-only session may leave the tables to be checked as they are read: an
    // editing one writes where it reads, and its seals and audit trail rely on all of it, so
    // it checks them now or (the window, issue #18) before its first change. An upgrade and a
    // replayed journal write at once: the file is checked whole first.
    OpenCheck opening = check;
    if (opening == OpenCheck::BeforeWriting && (replaying || version != Schema::kCurrentVersion)) {
        opening = OpenCheck::EveryTable;
    } else if (opening == OpenCheck::AsRead && access != Access::ReadOnly) {
        opening = OpenCheck::EveryTable;
    }
    store->m_tablesUnchecked = opening == OpenCheck::BeforeWriting;
    if (auto verified = store->verifyContent(opening); !verified.ok()) {
        return replaying ? undoReplay(store, verified.message()) : R(verified.error());
    }
    const int damageMetBeforeReads = SqlConnection::damageMet();
    if (replaying) {
        const auto chain = AuditLog::verify(store->connection());
        if (!chain.ok() || !chain.value().isEmpty()) {
            return undoReplay(store, chain.ok() ? chain.value() : chain.message());
        }
        beforeReplay.discard();
    }
    if (version < Schema::kCurrentVersion && !readOnlyReason.isEmpty()) {
        return R::failure(ErrorCode::ReadOnly,
                          tr("\"%1\" uses an older file format (%2). Open it once for editing, where you may write "
                             "to it, so that it can be backed up and upgraded.")
                              .arg(QDir::toNativeSeparators(path))
                              .arg(version));
    }
    if (version < Schema::kCurrentVersion && !creating) {
        // From format 3 on, the file knows its officers: only they may upgrade it.
        if (version >= 3) {
            if (auto resolved = store->resolvePerson(); !resolved.ok()) {
                return R(resolved.error());
            }
            if (store->m_role != PersonRole::Officer) {
                return R::failure(ErrorCode::Refused,
                                  tr("\"%1\" uses an older file format; an officer of the file must open it once "
                                     "to upgrade it.")
                                      .arg(QDir::toNativeSeparators(path)));
            }
        }
        if (auto upgraded = store->upgradeFrom(version); !upgraded.ok()) {
            return R(upgraded.error());
        }
    }
    if (!store->isReadOnly()) {
        // From here on, every row this session writes is sealed by its audit entry.
        if (auto tracked = RecordSeal::track(store->connection()); !tracked.ok()) {
            return R(tracked.error());
        }
    }
    const auto resolved = store->resolvePerson();
    // An open that leaves the tables for later (the window) refuses the file as one that
    // checks them does, before it takes the lease, when its own first reads met damage: who
    // the actor is, the audit trail's head.
    if (store->m_tablesUnchecked) {
        (void)store->auditHead();
        if (SqlConnection::damageMet() != damageMetBeforeReads) {
            if (auto verified = store->verifyContent(OpenCheck::EveryTable); !verified.ok()) {
                return R(verified.error());
            }
        }
    }
    if (!resolved.ok()) {
        return R(resolved.error());
    }
    if (!store->isReadOnly()) {
        if (store->m_role != PersonRole::Officer) {
            store->becomeReadOnly(
                store->m_personId.isNull()
                    ? tr("You (%1) are not recorded in this file, so you can only read it. Ask an officer to add "
                         "you.")
                          .arg(actor.person)
                    : tr("You are recorded as %1 in this file, so you can only read it.").arg(labelOf(store->m_role)));
        } else if (access == Access::EditOnChange) {
            store->m_leaseOnChange = true;
            store->checkLeaseWithoutTaking();
        } else if (auto leased = store->acquireLease(); !leased.ok()) {
            return R(leased.error());
        }
    }
    store->m_damageMetAtOpen = SqlConnection::damageMet();
    store->m_auditHead = store->auditHead();
    store->hasChangedElsewhere();  // starts the change count from here
    store->compareWithSeenHistory();
    if (!store->isReadOnly() && !creating) {
        store->m_dailyBackupDue = true;
        if (dailyBackup == DailyBackup::OnOpen && !store->m_leaseOnChange) {
            store->makeDailyBackupIfDue();
        }
    }
    return R(std::move(store));
}

namespace {

/// The kind and name of a layout entry ("table person"), as Schema lists them.
QString objectName(const QString& object)
{
    return object.section(QLatin1Char(' '), 0, 1);
}

}  // namespace

QString Store::layoutProblem(const QString& shown, int version, const QStringList& expected, const QStringList& actual)
{
    QHash<QString, QString> expectedByName;
    for (const QString& object : expected) {
        expectedByName.insert(objectName(object), object);
    }
    // The layout of another format under a changed number: the number was edited.
    for (int other = 1; other <= Schema::kCurrentVersion; ++other) {
        if (other == version) {
            continue;
        }
        const auto objects = Schema::expectedObjects(other);
        if (objects.ok() && objects.value() == actual) {
            return tr("\"%1\" says it is in file format %2, but its tables are those of format %3: its format number "
                      "was changed outside Accreditation Desk. It was left untouched; restore the latest backup.")
                .arg(shown)
                .arg(version)
                .arg(other);
        }
    }
    // Only a trigger or a view can run statements of its own when the file is used.
    for (const QString& object : actual) {
        const QString type = object.section(QLatin1Char(' '), 0, 0);
        if (expectedByName.value(objectName(object)) != object &&
            (type == QLatin1String("trigger") || type == QLatin1String("view"))) {
            return tr("\"%1\" holds something Accreditation Desk did not create (%2), which could run hidden "
                      "commands. It was left untouched; restore the latest backup.")
                .arg(shown, objectName(object));
        }
    }
    QString what;
    QSet<QString> actualNames;
    for (const QString& object : actual) {
        const QString name = objectName(object);
        actualNames.insert(name);
        if (what.isEmpty() && !expectedByName.contains(name)) {
            what = tr("%1 was added").arg(name);
        } else if (what.isEmpty() && expectedByName.value(name) != object) {
            what = tr("%1 was changed").arg(name);
        }
    }
    for (const QString& object : expected) {
        if (what.isEmpty() && !actualNames.contains(objectName(object))) {
            what = tr("%1 is missing").arg(objectName(object));
        }
    }
    return tr("\"%1\" is an Accreditation Desk file of format %2 whose layout is damaged (%3). It was left "
              "untouched; restore the latest backup.")
        .arg(shown)
        .arg(version)
        .arg(what);
}

bool Store::damageMetSinceOpen() const
{
    return SqlConnection::damageMet() != m_damageMetAtOpen;
}

Status Store::verifyContent(OpenCheck check) const
{
    const QString shown = QDir::toNativeSeparators(m_path);
    QSqlDatabase db = QSqlDatabase::database(connection(), false);
    QSqlQuery query(db);
    // What an open and the registers read is checked here, table by table (a quick check
    // limited to one table and its indexes, SQLite 3.33); the documents' bytes, which grow
    // with every CV, are not: they are checked against their SHA-256 whenever they are read
    // (Store::documentContent) and whole by `check`, the backups and the restores. A table
    // added by a later format is checked unless it is named here (docs/performance.md).
    static const QStringList documentTables = {QStringLiteral("document")};
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND rootpage > 0 "
                                   "ORDER BY rootpage"))) {
        return sqlFailure(query.lastError(), tr("\"%1\" could not be read.").arg(shown));
    }
    QStringList tables = {QStringLiteral("sqlite_schema")};
    // Checked as read (a read-only command of the command line): the schema, which every
    // statement trusts for where each table lies, is checked whole here; every other page is
    // checked by SQLite when a read loads it (cell_size_check), and a command that met a
    // damaged page fails (Store::damageMetSinceOpen). `check` and the window check the rest.
    // Before writing (the window): also the editing lease's table, which the open writes.
    if (check == OpenCheck::BeforeWriting) {
        tables.append(QStringLiteral("editing_lease"));
    }
    while (check == OpenCheck::EveryTable && query.next()) {
        if (!documentTables.contains(query.value(u"name"_s).toString())) {
            tables.append(query.value(u"name"_s).toString());
        }
    }
    query.finish();
    QStringList problems;
    for (const QString& table : tables) {
        if (!query.exec(QStringLiteral("PRAGMA quick_check(\"%1\")")
                            .arg(QString(table).replace(QLatin1Char('"'), QStringLiteral("\"\""))))) {
            return sqlFailure(query.lastError(), tr("\"%1\" could not be read.").arg(shown));
        }
        while (query.next()) {
            if (query.value(u"quick_check"_s).toString() != QLatin1String("ok")) {
                problems.append(query.value(u"quick_check"_s).toString());
            }
        }
        if (!problems.isEmpty()) {
            break;
        }
    }
    if (problems.isEmpty()) {
        problems.append(QStringLiteral("ok"));
    }
    if (problems != QStringList{QStringLiteral("ok")} && pageReadFailed(problems)) {
        // A transient failure on a network share: restoring a backup would lose the work
        // since it for nothing.
        return Status::failure(ErrorCode::Io,
                               tr("\"%1\" could not be read whole: the disk or the network share failed while "
                                  "reading it. Nothing was changed; open it again, and if this keeps happening, check "
                                  "the connection or copy the file to a local disk.")
                                   .arg(shown));
    }
    if (problems != QStringList{QStringLiteral("ok")}) {
        return Status::failure(ErrorCode::Damaged,
                               tr("\"%1\" is damaged (%2). It was left untouched; restore the latest backup.")
                                   .arg(shown, problems.value(0)));
    }
    if (!query.exec(QStringLiteral("PRAGMA journal_mode")) || !query.next() ||
        query.value(u"journal_mode"_s).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0) {
        return Status::failure(ErrorCode::Refused,
                               tr("\"%1\" uses a journal mode that is unsafe on shared folders.").arg(shown));
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return sqlFailure(query.lastError(), tr("\"%1\" could not be read.").arg(shown));
    }
    const int version = query.value(u"user_version"_s).toInt();
    query.finish();
    // Today's layout is written down at build time; an older one (a file to upgrade) is made
    // by running its migrations.
    const auto expected = version == Schema::kCurrentVersion ? Result<QStringList>(Schema::currentObjects())
                                                             : Schema::expectedObjects(version);
    const auto actual = Schema::actualObjects(connection());
    if (!expected.ok() || !actual.ok()) {
        return Status::failure(ErrorCode::Internal, expected.ok() ? actual.message() : expected.message());
    }
    if (expected.value() != actual.value()) {
        return Status::failure(ErrorCode::Damaged, layoutProblem(shown, version, expected.value(), actual.value()));
    }
    return Status::success();
}

Status Store::upgradeFrom(int version)
{
    const auto target =
        Backup::automaticTarget(m_path, QStringLiteral("before-format-%1").arg(Schema::kCurrentVersion));
    if (!target.ok()) {
        return Status(target.error());
    }
    if (auto saved = Backup::write(connection(), target.value()); !saved.ok()) {
        return Status::failure(saved.code(),
                               tr("The file was not upgraded because its backup failed: %1").arg(saved.message()));
    }
    m_upgradeBackup = target.value();
    WriteTransaction transaction(connection());
    if (auto begun = transaction.begin(); !begun.ok()) {
        return begun;
    }
    if (auto migrated = Schema::migrate(connection(), version); !migrated.ok()) {
        return migrated;
    }
    if (version < 3) {
        // Files before format 3 knew no roles: whoever upgrades them, with write access to
        // the file, becomes its first officer.
        if (auto recorded = insertFirstOfficer(); !recorded.ok()) {
            return recorded;
        }
    }
    AuditEntry entry;
    entry.at = Clock::nowUtc();
    entry.actor = m_actor.label();
    entry.action = QStringLiteral("file.upgrade");
    entry.entity = QStringLiteral("file");
    QSqlQuery fileId(QSqlDatabase::database(connection(), false));
    if (!fileId.exec(QStringLiteral("SELECT value FROM file_info WHERE key = 'file_id'"))) {
        return sqlFailure(fileId.lastError(), tr("Could not upgrade the file."));
    }
    entry.entityId = fileId.next() ? fileId.value(u"value"_s).toString() : QFileInfo(m_path).fileName();
    fileId.finish();
    entry.subjectId = entry.entityId;
    if (version < 12) {
        // Format 12 seals the records: the trail's older entries take the form whose hashes
        // a later erasure leaves alone, and every record present now is sealed by this entry.
        if (auto converted = AuditLog::convertToDigests(connection()); !converted.ok()) {
            return converted;
        }
        const auto state = RecordSeal::sealAll(connection());
        if (!state.ok()) {
            return Status(state.error());
        }
        entry.state = state.value();
    } else if (version < 13) {
        // Format 13 rebuilt the assessment's tables with keys that include the round, and
        // derived the applications from the seats: those records are sealed (again) under
        // their keys, every other seal stays.
        const auto last = AuditLog::last(connection());
        if (!last.ok()) {
            return Status(last.error());
        }
        const auto state = RecordSeal::resealTables(connection(),
                                                    {QStringLiteral("score"), QStringLiteral("reviewer_assignment"),
                                                     QStringLiteral("consensus"), QStringLiteral("application")},
                                                    last.value().state);
        if (!state.ok()) {
            return Status(state.error());
        }
        entry.state = state.value();
    }
    entry.oldValue = RecordJson::compact(QJsonObject{{QStringLiteral("format"), version}});
    entry.newValue = RecordJson::compact(QJsonObject{{QStringLiteral("format"), Schema::kCurrentVersion}});
    if (auto audited = AuditLog::append(connection(), entry); !audited.ok()) {
        return audited;
    }
    return transaction.commit();
}

Result<std::unique_ptr<Store>> Store::create(const QString& requestedPath, const Actor& actor)
{
    using R = Result<std::unique_ptr<Store>>;
    const QString path = QFileInfo(requestedPath).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).exists() || QFileInfo(path).isSymLink()) {
        return R::failure(ErrorCode::Invalid,
                          tr("\"%1\" already exists. Choose another name, or open the existing file.").arg(shown));
    }
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir()) {
        return R::failure(ErrorCode::NotFound,
                          tr("The folder \"%1\" does not exist.").arg(QDir::toNativeSeparators(folder.filePath())));
    }
    // Built under a temporary name and renamed once whole, so that the chosen name never
    // holds half a file.
    const QString temporary = folder.absoluteFilePath() + QStringLiteral("/.") + QFileInfo(path).fileName() +
                              QStringLiteral(".") + QUuid::createUuid().toString(QUuid::Id128).left(8) +
                              QStringLiteral(".partial");
    {
        auto connection = std::make_unique<SqlConnection>();
        if (auto opened = connection->open(temporary, SqlConnection::Mode::Create); !opened.ok()) {
            QFile::remove(temporary);
            return R(opened.error());
        }
        Store building(temporary, actor, std::move(connection), QString());
        const auto fail = [&](const Error& error) {
            building.m_connection->close();
            QFile::remove(temporary);
            QFile::remove(temporary + QStringLiteral("-journal"));
            return R(error);
        };
        QSqlQuery setup(QSqlDatabase::database(building.connection(), false));
        if (!setup.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) ||
            !setup.exec(QStringLiteral("PRAGMA application_id = %1").arg(Schema::kApplicationId))) {
            return fail(sqlError(setup.lastError(), tr("Could not create \"%1\".").arg(shown)));
        }
        setup.finish();
        WriteTransaction transaction(building.connection());
        if (auto begun = transaction.begin(); !begun.ok()) {
            return fail(begun.error());
        }
        if (auto migrated = Schema::migrate(building.connection(), 0); !migrated.ok()) {
            return fail(migrated.error());
        }
        QSqlQuery info(QSqlDatabase::database(building.connection(), false));
        info.prepare(QStringLiteral("INSERT INTO file_info (key, value) VALUES "
                                    "('file_id', :id), ('created_at', :at), ('created_by', :by)"));
        const QString fileId = idText(QUuid::createUuid());
        info.bindValue(QStringLiteral(":id"), fileId);
        info.bindValue(QStringLiteral(":at"), timeText(Clock::nowUtc()));
        info.bindValue(QStringLiteral(":by"), actor.label());
        if (!info.exec()) {
            return fail(sqlError(info.lastError(), tr("Could not create \"%1\".").arg(shown)));
        }
        if (auto seeded = building.insertProfile(CompetenceProfile::call2023()); !seeded.ok()) {
            return fail(seeded.error());
        }
        if (auto recorded = building.insertFirstOfficer(); !recorded.ok()) {
            return fail(recorded.error());
        }
        AuditEntry entry;
        entry.at = Clock::nowUtc();
        entry.actor = actor.label();
        entry.action = QStringLiteral("file.create");
        entry.entity = QStringLiteral("file");
        entry.entityId = fileId;
        entry.subjectId = entry.entityId;
        entry.oldValue = QStringLiteral("null");
        entry.newValue = RecordJson::compact(QJsonObject{{QStringLiteral("format"), Schema::kCurrentVersion}});
        const auto state = RecordSeal::sealAll(building.connection());
        if (!state.ok()) {
            return fail(state.error());
        }
        entry.state = state.value();
        if (auto audited = AuditLog::append(building.connection(), entry); !audited.ok()) {
            return fail(audited.error());
        }
        if (auto committed = transaction.commit(); !committed.ok()) {
            return fail(committed.error());
        }
    }
    // NewFile::place never replaces a file: another process that made one of this name meanwhile
    // keeps it, and this one says so.
    if (NewFile::place(temporary, path) != NewFile::Placed::Done) {
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-journal"));
        if (QFileInfo(path).exists() || QFileInfo(path).isSymLink()) {
            return R::failure(ErrorCode::Invalid,
                              tr("\"%1\" already exists. Choose another name, or open the existing file.").arg(shown));
        }
        return R::failure(ErrorCode::Io, tr("Could not create \"%1\"; check that the folder is writable.").arg(shown));
    }
    return openValidated(path, Access::Edit, actor, true, DailyBackup::OnOpen);
}

namespace {

/// `value` without the keys a reviewer may not read (CandidateDisclosure), at any depth.
QJsonValue withoutContactDetails(const QJsonValue& value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray()) {
            array.append(withoutContactDetails(item));
        }
        return array;
    }
    if (!value.isObject()) {
        return value;
    }
    QJsonObject object;
    const QJsonObject in = value.toObject();
    for (auto it = in.constBegin(); it != in.constEnd(); ++it) {
        if (it.key() != QLatin1String("email") && it.key() != QLatin1String("phone") &&
            it.key() != QLatin1String("date_of_birth")) {
            object.insert(it.key(), withoutContactDetails(it.value()));
        }
    }
    return object;
}

QJsonValue withoutContactDetails(const QJsonDocument& document)
{
    return document.isArray() ? withoutContactDetails(QJsonValue(document.array()))
                              : withoutContactDetails(QJsonValue(document.object()));
}

}  // namespace

Result<QList<AuditEntry>> Store::auditTrail(const QUuid& subject) const
{
    auto trail = AuditLog::entries(connection(), subject.isNull() ? QString() : idText(subject));
    if (!trail.ok() || m_role != PersonRole::Reviewer) {
        return trail;
    }
    const auto visibility = assessment().scoreVisibility();
    if (!visibility.ok()) {
        return Result<QList<AuditEntry>>(visibility.error());
    }
    // The consensus is the only record of the trail made of the reviewers' ratings (an
    // import records counts only): a reviewer still blind to a candidate's scores sees that
    // it was recorded, not what it says.
    // What a reviewer may see of the candidates (CandidateDisclosure) holds in the trail too:
    // no entry about a candidate not theirs, and no contact details or date of birth in any
    // record's values (an import's entry holds many candidates).
    const auto disclosure = candidates().disclosure();
    const auto everyone = candidates().allInFile();
    if (!disclosure.ok() || !everyone.ok()) {
        return Result<QList<AuditEntry>>(!disclosure.ok() ? disclosure.error() : everyone.error());
    }
    QSet<QString> unseen;
    for (const Candidate& c : everyone.value()) {
        if (!disclosure.value().sees(c.meta.id)) {
            unseen.insert(idText(c.meta.id));
        }
    }
    QList<AuditEntry> shown = trail.value();
    shown.removeIf([&](const AuditEntry& e) { return unseen.contains(idText(QUuid::fromString(e.subjectId))); });
    // Names, administrations, e-mails and phones hidden from the reviewer may still stand in
    // an entry's values (a record's before and after, an import naming many): each word that
    // may begin one leads to the candidates it may name, so that a long trail of a large file
    // is not searched for every candidate's words.
    QHash<QString, QList<qsizetype>> byWord;
    for (qsizetype i = 0; i < everyone.value().size(); ++i) {
        for (const QString& hidden : disclosure.value().hiddenWordsOf(everyone.value().at(i))) {
            const QStringList words = SearchIndex::words(hidden);
            if (!words.isEmpty()) {
                QList<qsizetype>& named = byWord[words.constFirst().toCaseFolded()];
                if (named.isEmpty() || named.constLast() != i) {
                    named.append(i);
                }
            }
        }
    }
    const auto scrub = [&](QString& value) {
        QSet<qsizetype> named;
        for (const QString& word : SearchIndex::words(value)) {
            for (const qsizetype i : byWord.value(word.toCaseFolded())) {
                named.insert(i);
            }
        }
        for (const qsizetype i : std::as_const(named)) {
            value = disclosure.value().scrubbed(value, everyone.value().at(i));
        }
    };
    for (AuditEntry& e : shown) {
        for (QString* value : {&e.oldValue, &e.newValue}) {
            if (value->contains(QLatin1String("\"email\"")) || value->contains(QLatin1String("\"phone\"")) ||
                value->contains(QLatin1String("date_of_birth"))) {
                const QJsonValue kept = withoutContactDetails(QJsonDocument::fromJson(value->toUtf8()));
                *value =
                    QString::fromUtf8((kept.isArray() ? QJsonDocument(kept.toArray()) : QJsonDocument(kept.toObject()))
                                          .toJson(QJsonDocument::Compact));
            }
            scrub(*value);
        }
        // An entry names its round ("candidate/criterion/round"); one made before rounds
        // ("candidate/criterion") is in the round of its criterion, as the upgrade put it.
        const QStringList parts = e.entityId.split(QLatin1Char('/'));
        const PipelineStep round = parts.size() == 3 && fromKey<PipelineStep>(parts.at(2))
                                       ? *fromKey<PipelineStep>(parts.at(2))
                                       : AssessmentRound::roundOfKey(parts.value(1));
        if (e.entity == QLatin1String("consensus") &&
            !visibility.value().seesOthersOf(QUuid::fromString(e.subjectId), round)) {
            const QString hidden = RecordJson::compact(
                QJsonObject{{QStringLiteral("hidden"), tr("until you submit your own scores of this candidate")}});
            e.oldValue = e.oldValue == QLatin1String("null") ? e.oldValue : hidden;
            e.newValue = hidden;
        }
    }
    return shown;
}

Status Store::backupTo(const QString& target) const
{
    return Backup::write(connection(), QFileInfo(target).absoluteFilePath());
}

Result<QStringList> Store::check() const
{
    QStringList problems;
    QSqlDatabase db = QSqlDatabase::database(connection(), false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        return Result<QStringList>(sqlError(query.lastError(), tr("The integrity check could not run.")));
    }
    while (query.next()) {
        if (query.value(u"integrity_check"_s).toString() != QLatin1String("ok")) {
            problems.append(tr("Integrity: %1").arg(query.value(u"integrity_check"_s).toString()));
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        return Result<QStringList>(sqlError(query.lastError(), tr("The reference check could not run.")));
    }
    while (query.next()) {
        problems.append(tr("Row %1 of %2 refers to a missing record in %3.")
                            .arg(query.value(u"rowid"_s).toString(), query.value(u"table"_s).toString(),
                                 query.value(u"parent"_s).toString()));
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next() ||
        query.value(u"user_version"_s).toInt() != Schema::kCurrentVersion) {
        problems.append(tr("The file format version is not %1.").arg(Schema::kCurrentVersion));
    }
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next() ||
        query.value(u"application_id"_s).toInt() != Schema::kApplicationId) {
        problems.append(tr("The file does not carry the Accreditation Desk application id."));
    }
    query.finish();
    if (auto layout = verifyContent(); !layout.ok()) {
        problems.append(layout.message());
    }
    // The pipeline's, the pool's and the outcomes' invariants (Invariants), each named.
    const auto broken = invariants();
    if (!broken.ok()) {
        return Result<QStringList>(broken.error());
    }
    for (const InvariantFinding& finding : broken.value()) {
        problems.append(QStringLiteral("[%1] %2").arg(InvariantFinding::key(finding.rule), finding.message));
    }
    const auto search = SearchIndex::problems(db);
    if (!search.ok()) {
        return Result<QStringList>(search.error());
    }
    problems.append(search.value());
    const auto chain = AuditLog::verify(connection());
    if (!chain.ok()) {
        return Result<QStringList>(chain.error());
    }
    if (!chain.value().isEmpty()) {
        problems.append(chain.value());
    }
    // Every record against its seal, and the seals against the trail's last state.
    const auto last = AuditLog::last(connection());
    if (!last.ok()) {
        return Result<QStringList>(last.error());
    }
    const auto records = RecordSeal::problems(connection(), last.value().state);
    if (!records.ok()) {
        return Result<QStringList>(records.error());
    }
    problems.append(records.value());
    const auto documents = documentProblems();
    if (!documents.ok()) {
        return Result<QStringList>(documents.error());
    }
    problems.append(documents.value());
    if (!m_historyWarning.isEmpty()) {
        problems.append(m_historyWarning);
    }
    const auto backups = backupProblems();
    if (!backups.ok()) {
        return Result<QStringList>(backups.error());
    }
    problems.append(backups.value());
    return problems;
}

Result<QStringList> Store::backupProblems() const
{
    // The automatic backups beside the file carry the trail as it was when each was made: a
    // history rewritten since, chain recomputed, no longer holds their last entries.
    const QFileInfo info(m_path);
    const QDir folder(info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral("-backups"));
    const auto id = fileId();
    if (!id.ok() || !folder.exists()) {
        return QStringList();
    }
    QStringList problems;
    for (const QString& name : folder.entryList({QStringLiteral("*.accred")}, QDir::Files, QDir::Name)) {
        const QString path = folder.filePath(name);
        if (!FileProbe::inspect(path).ok()) {
            continue;  // not a file of ours any more: nothing to compare with
        }
        SqlConnection backup;
        if (!backup.open(path, SqlConnection::Mode::ReadOnly).ok()) {
            continue;
        }
        QSqlQuery q(QSqlDatabase::database(backup.name(), false));
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next() || q.value(u"user_version"_s).toInt() < 12) {
            continue;  // before format 12 the trail's hashes had another form
        }
        q.finish();
        if (!q.exec(QStringLiteral("SELECT value FROM file_info WHERE key = 'file_id'")) || !q.next() ||
            q.value(u"value"_s).toString() != id.value()) {
            continue;
        }
        q.finish();
        const auto last = AuditLog::last(backup.name());
        if (!last.ok() || last.value().seq == 0 || last.value().state == QLatin1String("unsealed")) {
            continue;
        }
        const auto here = AuditLog::hashAt(connection(), last.value().seq);
        if (!here.ok()) {
            return Result<QStringList>(here.error());
        }
        if (here.value() != last.value().hash) {
            problems.append(tr("The backup \"%1\" ends at audit entry %2, which this file's history no longer holds: "
                               "its history was rewritten after the backup was made, or the file was replaced by "
                               "another copy.")
                                .arg(name)
                                .arg(last.value().seq));
        }
    }
    return problems;
}

Result<QStringList> Store::documentProblems() const
{
    QSqlDatabase db = QSqlDatabase::database(connection(), false);
    const auto documents = DocumentBytes::problems(connection());
    if (!documents.ok()) {
        return documents;
    }
    QStringList problems = documents.value();
    // FTS5 checks its index against the text it holds; the text is sealed with search_row.
    // FTS5 runs it as a write, which a read-only connection refuses: a reader who may write
    // the file runs it on a connection of its own, in a transaction rolled back.
    const QString integrityCheck =
        QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)");
    QString indexError;
    SqlConnection writer;
    QSqlDatabase checking = db;
    if (isReadOnly()) {
        if (!m_fileWritable || !writer.open(m_path, SqlConnection::Mode::ReadWrite).ok()) {
            return problems;  // docs/shared-file.md: checked where the file may be written
        }
        checking = QSqlDatabase::database(writer.name(), false);
    }
    {
        QSqlQuery index(checking);
        // FTS5 reads before it writes, and SQLite never waits to turn a read into a write
        // (it could deadlock): it fails at once with "database is locked" while another
        // process holds the write lock. Taking the write lock first lets the busy timeout
        // wait for it, as every unit of work does. The check writes nothing; it is rolled back.
        if (!index.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            return Result<QStringList>(sqlError(index.lastError(), tr("The search data could not be checked.")));
        }
        if (!index.exec(integrityCheck)) {
            if (sqliteBusy(index.lastError())) {
                // Busy is not damage: say the check could not run, never that the file is bad.
                index.exec(QStringLiteral("ROLLBACK"));
                return Result<QStringList>(sqlError(index.lastError(), tr("The search data could not be checked.")));
            }
            indexError = index.lastError().databaseText();
        }
        index.exec(QStringLiteral("ROLLBACK"));
    }
    if (!indexError.isEmpty()) {
        problems.append(tr("The full-text search data is damaged (%1): searches may miss candidates. Restore the "
                           "latest backup.")
                            .arg(indexError));
    }
    return problems;
}

Status Store::acceptHistory()
{
    const auto id = fileId();
    const auto last = AuditLog::last(connection());
    if (!id.ok() || !last.ok()) {
        return Status(id.ok() ? last.error() : id.error());
    }
    SeenHistory::remember(id.value(), m_path, {last.value().seq, last.value().hash});
    m_historyWarning.clear();
    return Status::success();
}

void Store::compareWithSeenHistory()
{
    const auto id = fileId();
    const auto last = AuditLog::last(connection());
    if (!id.ok() || !last.ok() || last.value().seq == 0) {
        return;  // the chain's own check reports an empty or unreadable trail
    }
    // One row read: opening stays as quick as before.
    if (const auto seen = SeenHistory::remembered(id.value(), m_path)) {
        const auto hash = AuditLog::hashAt(connection(), seen->seq);
        if (!hash.ok()) {
            return;
        }
        if (hash.value() != seen->hash) {
            m_historyWarning =
                tr("The history of \"%1\" no longer holds what this computer saw of it: entry %2 of its audit "
                   "trail was %3. Its history was rewritten outside Accreditation Desk, or an older copy replaced "
                   "the file. Compare it with its backups; once you know why, run `accreditation-desk-cli check "
                   "FILE --accept-history` to stop this warning.")
                    .arg(QDir::toNativeSeparators(m_path))
                    .arg(seen->seq)
                    .arg(hash.value().isEmpty() ? tr("removed") : tr("replaced"));
            return;
        }
    }
    SeenHistory::remember(id.value(), m_path, {last.value().seq, last.value().hash});
}

Status Store::restore(const QString& backup, const QString& requestedTarget, const Actor& actor)
{
    const QString target = QFileInfo(requestedTarget).absoluteFilePath();
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink()) {
        return Status::failure(ErrorCode::Invalid,
                               tr("\"%1\" already exists. A restore writes a new file; choose a new name.")
                                   .arg(QDir::toNativeSeparators(target)));
    }
    // The backup must be whole before anything is written from it.
    {
        auto source = open(backup, Access::ReadOnly, actor);
        if (!source.ok()) {
            return Status::failure(source.code(), tr("The backup cannot be restored: %1").arg(source.message()));
        }
        const auto problems = source.value()->check();
        if (!problems.ok()) {
            return Status(problems.error());
        }
        if (!problems.value().isEmpty()) {
            return Status::failure(
                ErrorCode::Damaged,
                tr("The backup cannot be restored: %1").arg(problems.value().join(QLatin1Char(' '))));
        }
        // A hidden name of its own, so that restores of the same name at once never share
        // one (and Backup's clean-up knows it as a leftover).
        const QFileInfo targetInfo(target);
        const QString temporary = targetInfo.absolutePath() + QStringLiteral("/.") + targetInfo.fileName() +
                                  QLatin1Char('.') + QUuid::createUuid().toString(QUuid::Id128).left(8) +
                                  QStringLiteral(".partial");
        if (auto copied = source.value()->backupTo(temporary); !copied.ok()) {
            return copied;
        }
        const auto fail = [&](const Error& error) {
            QFile::remove(temporary);
            QFile::remove(temporary + QStringLiteral("-journal"));
            return Status(error);
        };
        {
            SqlConnection connection;
            if (auto opened = connection.open(temporary, SqlConnection::Mode::ReadWrite); !opened.ok()) {
                return fail(opened.error());
            }
            WriteTransaction transaction(connection.name());
            if (auto begun = transaction.begin(); !begun.ok()) {
                return fail(begun.error());
            }
            // The lease in the backup belonged to a session of the old file.
            if (auto cleared = EditingLease::remove(connection.name()); !cleared.ok()) {
                return fail(cleared.error());
            }
            AuditEntry entry;
            entry.at = Clock::nowUtc();
            entry.actor = actor.label();
            entry.action = QStringLiteral("file.restore");
            entry.entity = QStringLiteral("file");
            entry.entityId = source.value()->fileId().ok() ? source.value()->fileId().value() : QString();
            entry.subjectId = entry.entityId;
            entry.oldValue = QStringLiteral("null");
            entry.newValue =
                RecordJson::compact(QJsonObject{{QStringLiteral("restored_from"), QFileInfo(backup).fileName()}});
            if (auto audited = AuditLog::append(connection.name(), entry); !audited.ok()) {
                return fail(audited.error());
            }
            if (auto committed = transaction.commit(); !committed.ok()) {
                return fail(committed.error());
            }
        }
        if (NewFile::place(temporary, target) != NewFile::Placed::Done) {
            if (QFileInfo::exists(target) || QFileInfo(target).isSymLink()) {
                return fail({ErrorCode::Invalid, tr("\"%1\" already exists. A restore writes a new file; choose a new "
                                                    "name.")
                                                     .arg(QDir::toNativeSeparators(target))});
            }
            return fail(
                {ErrorCode::Io, tr("Could not name the restored file \"%1\".").arg(QDir::toNativeSeparators(target))});
        }
    }
    return Status::success();
}
