// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An open Accreditation Desk file: the one door through which the application reads and
// writes it. Opening refuses anything that is not a whole file of ours in a format this
// build reads, without touching it. Only an officer holding the editing lease writes;
// everyone else reads. Every write is one unit of work: BEGIN IMMEDIATE, the lease
// confirmed, version-checked changes, exactly one audit entry, COMMIT. SQL lives here and
// in the classes beside this one, nowhere else.

#include "store/Actor.h"
#include "Result.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

class Candidates;
class CandidateSearch;
class People;
class Decisions;
class Workshops;
class Assessment;
class Pool;
class Letters;
class FileSettings;
class FileEvents;
class CompetenceProfile;
class Screening;
class SqlConnection;
class WriteTransaction;
struct AuditEntry;
struct InvariantFinding;
struct LeaseHolder;

class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    /// EditOnChange is for one command of the command line: it edits, but takes the editing
    /// lease and makes the day's backup only within its first change, so that a command
    /// that changes nothing (refused, or with nothing to do) leaves the file untouched.
    enum class Access { Edit, ReadOnly, EditOnChange };
    /// When an editing session makes the day's automatic backup: while opening, or later,
    /// when the caller has time (the window, once it shows the file), and in any case
    /// before the session's first change.
    enum class DailyBackup { OnOpen, Later };
    /// What an open checks before it hands the store over (docs/performance.md, "What an
    /// open checks"). EveryTable: SQLite's quick check of every table but the documents'
    /// bytes. AsRead, for a command line's read-only command: the schema table only; every
    /// other page is checked by SQLite as it is read, and damageMetSinceOpen() says whether a
    /// read met damage (an editing open checks every table instead). BeforeWriting, for the
    /// window: the schema and the editing lease's table at open; every other table before the
    /// session's first change, unless the whole-file check the window runs after its first
    /// paint found them sound first (tablesFoundSound()). A file to upgrade or whose journal
    /// is replayed is checked whole at open whatever is asked.
    enum class OpenCheck { EveryTable, AsRead, BeforeWriting };

    /// Makes a new file at `path` (which must not exist) holding the built-in competence
    /// profile, with `actor` recorded as its officer. The file appears under its name only
    /// once complete.
    static Result<std::unique_ptr<Store>> create(const QString& path, const Actor& actor = Actor::current());

    /// Opens an existing file. It opens read-only, and readOnlyReason() says why, when the
    /// file cannot be written here, when the actor is not an officer of the file, or when
    /// someone else holds the editing lease (otherEditor()). Opening an older format for
    /// editing backs it up first, then upgrades it; an editing session also makes the day's
    /// automatic backup, when `dailyBackup` says.
    static Result<std::unique_ptr<Store>> open(const QString& path, Access access = Access::Edit,
                                               const Actor& actor = Actor::current(),
                                               DailyBackup dailyBackup = DailyBackup::OnOpen,
                                               OpenCheck check = OpenCheck::EveryTable);

    ~Store();  ///< hands back the editing lease this session took
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    QString path() const { return m_path; }
    const Actor& actor() const { return m_actor; }
    /// The role of the actor in this file; Observer when they are not recorded.
    PersonRole role() const { return m_role; }
    /// The actor as recorded in the file; null when not recorded.
    QUuid personId() const { return m_personId; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    /// Why this session cannot write, for the title bar and refusals; empty when it can.
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// The backup made because this open upgraded the file; empty when none was needed.
    QString upgradeBackup() const { return m_upgradeBackup; }
    /// A problem with the day's automatic backup, to show the user; empty when fine.
    QString backupWarning() const { return m_backupWarning; }
    /// Set when the file's audit trail no longer holds the last entry this computer saw of
    /// it (SeenHistory.h): its history was rewritten, or an older copy replaced it. To show
    /// the user on opening; `check` reports it too. Empty when fine.
    QString historyWarning() const { return m_historyWarning; }
    /// Whether SQLite met a damaged page since this store was opened, in any read of this
    /// process, also one whose caller took the failed read for the end of its rows.
    bool damageMetSinceOpen() const;
    /// Makes this computer remember the file's present history as seen (after the user
    /// compared it with the backups), so that opening it no longer warns.
    Status acceptHistory();
    /// Makes the day's automatic backup unless this session made it already or the file's
    /// backups hold one of today; nothing for a session that cannot write, nor of tables
    /// found damaged (OpenCheck::BeforeWriting: checked first). Returns whether it made one
    /// now; a failure is kept in backupWarning().
    bool makeDailyBackupIfDue();

    /// The editing lease of someone else that made this session read-only.
    std::optional<LeaseHolder> otherEditor() const;
    /// Takes over a stale lease (after the user confirmed, naming its holder) and makes
    /// this session editable. Refused when the holder showed a sign of life meanwhile.
    Status takeOverLease();
    /// Keeps this session's lease alive; call every EditingLease::kHeartbeatSeconds. Fails,
    /// and the session turns read-only, when someone took the lease over.
    Status heartbeat();
    /// Hands back the lease this session took and closes the file. Idempotent.
    void close();
    /// Damage found after the open in what the open does not read (WholeFileCheck): the
    /// session turns read-only for good, with `message` as its reason; no takeover undoes it.
    void markDamaged(const QString& message);
    /// The whole-file check (WholeFileCheck) read every table of the file and found no
    /// damage: a session opened with OpenCheck::BeforeWriting need not check them again
    /// before its first change.
    void tablesFoundSound();

    /// True once when someone else committed a change since the last call (polls
    /// PRAGMA data_version, which sees other processes and machines, then the audit head).
    /// events() then tells what changed, marked as from elsewhere.
    bool hasChangedElsewhere();
    /// Tells what each commit changed (FileEvents.h): this Store's own, and others' once
    /// hasChangedElsewhere() has seen them.
    FileEvents& events() const;

    /// The file's own identity, which review files and backups refer to.
    Result<QString> fileId() const;

    /// The file's records, one object per aggregate (docs/architecture.md says which owns
    /// which table and rule). Each reads through this file and writes through its one unit
    /// of work; a const Store hands out reads only.
    Candidates& candidates() { return *m_candidates; }
    const Candidates& candidates() const { return *m_candidates; }
    CandidateSearch& search() { return *m_candidateSearch; }
    const CandidateSearch& search() const { return *m_candidateSearch; }
    People& people() { return *m_people; }
    const People& people() const { return *m_people; }
    Decisions& decisions() { return *m_decisions; }
    const Decisions& decisions() const { return *m_decisions; }
    Workshops& workshops() { return *m_workshops; }
    const Workshops& workshops() const { return *m_workshops; }
    Assessment& assessment() { return *m_assessment; }
    const Assessment& assessment() const { return *m_assessment; }
    Pool& pool() { return *m_pool; }
    const Pool& pool() const { return *m_pool; }
    Letters& letters() { return *m_letters; }
    const Letters& letters() const { return *m_letters; }
    FileSettings& settings() { return *m_fileSettings; }
    const FileSettings& settings() const { return *m_fileSettings; }

    /// The audit trail, oldest first; of one candidate or record when `subject` is set.
    /// For a reviewer, a consensus recorded about a candidate they may not see the scores
    /// of shows that it was recorded, not what it was (scoreVisibility).
    Result<QList<AuditEntry>> auditTrail(const QUuid& subject = {}) const;

    /// Writes a verified copy to `target` (which must not exist).
    Status backupTo(const QString& target) const;
    /// Writes a new file at `target` (which must not exist) from a backup, after checking
    /// the backup whole. The new file carries no editing lease, and its audit trail
    /// records the restore. Never replaces a file, so never one that someone has open.
    static Status restore(const QString& backup, const QString& target, const Actor& actor = Actor::current());

    /// Full check: integrity, foreign keys, layout, format version, the pipeline's own
    /// invariants and the audit chain. Ok with the list of problems found (empty: healthy).
    Result<QStringList> check() const;
    /// Every broken invariant of the pipeline, the pool and the assessment's outcomes, read
    /// from the whole file (Invariants::findings); empty when all hold.
    Result<QList<InvariantFinding>> invariants() const;

private:
    // The aggregates read through connection() and write through write(): the one unit of
    // work. Nothing else outside Store reaches either.
    friend class Candidates;
    friend class CandidateSearch;
    friend class People;
    friend class Decisions;
    friend class Workshops;
    friend class Assessment;
    friend class Pool;
    friend class Letters;
    friend class FileSettings;

    struct Change;
    Store(QString path, Actor actor, std::unique_ptr<SqlConnection> connection, QString readOnlyReason);
    static Result<std::unique_ptr<Store>> openValidated(const QString& path, Access access, const Actor& actor,
                                                        bool creating, DailyBackup dailyBackup,
                                                        OpenCheck check = OpenCheck::EveryTable);
    Status verifyContent(OpenCheck check = OpenCheck::EveryTable) const;
    /// Before this session's first change, when its open left the tables to check
    /// (OpenCheck::BeforeWriting): checks them now; damage found turns the session read-only
    /// for good (markDamaged) and refuses the change.
    Status checkTablesBeforeWriting();
    /// What is wrong when a file's layout is not the one its format number promises: a
    /// planted trigger or view, an edited format number, or a damaged layout.
    static QString layoutProblem(const QString& shown, int version, const QStringList& expected,
                                 const QStringList& actual);
    /// Each document's bytes against its SHA-256, naming whose attachment a damaged one is,
    /// and the full-text index against its text.
    Result<QStringList> documentProblems() const;
    /// The automatic backups of this file whose last audit entry its trail no longer holds.
    Result<QStringList> backupProblems() const;
    Status upgradeFrom(int version);
    Status resolvePerson();
    Status acquireLease();
    /// Inside a write transaction: confirms this session may write, re-taking a lease that
    /// nobody holds, and refreshes the heartbeat. Refused, and the session turns read-only
    /// with `refusal` as part of the reason, when someone else took it over. Ok with
    /// whether the lease was taken now.
    Result<bool> confirmLease(WriteTransaction& transaction, const QString& refusal);
    void becomeReadOnly(const QString& reason);
    /// Makes the day's backup through `connectionName` (this session's when empty).
    bool makeDailyBackup(const QString& connectionName = {});
    /// For Access::EditOnChange: notes who else holds the lease, without writing.
    void checkLeaseWithoutTaking();
    /// Read-only because `holder` edits; the message says whether and how to take over.
    void becomeReadOnlyFor(const LeaseHolder& holder, const QDateTime& now);
    QString auditHead() const;
    /// Tells events() what the trail holds after `seenHead` up to `head`: others' commits.
    void tellChangesSince(const QString& seenHead, const QString& head);
    /// Compares the trail with the last entry this computer saw of the file, sets
    /// m_historyWarning when it is gone and otherwise remembers the last entry now.
    void compareWithSeenHistory();
    /// Inserts a profile with its groups and criteria, inside the caller's transaction.
    Status insertProfile(const CompetenceProfile& profile);
    /// Inserts `actor` as the file's officer, inside the caller's transaction.
    Status insertFirstOfficer();
    /// The single write path: runs `work` in one BEGIN IMMEDIATE transaction, confirms
    /// the lease, and appends the audit entry the work describes.
    Status write(const std::function<Status(Change&)>& work);
    /// Records the screening `decide` returns, called inside the unit of work so that it
    /// judges the file as the screening is written.
    Status writeScreening(const std::function<Result<Screening>()>& decide);
    QString connection() const;

    QString m_path;
    Actor m_actor;
    std::unique_ptr<SqlConnection> m_connection;
    QString m_readOnlyReason;
    QString m_damage;  ///< markDamaged()
    QString m_upgradeBackup;
    QString m_backupWarning;
    QString m_historyWarning;
    bool m_dailyBackupDue = false;
    PersonRole m_role = PersonRole::Observer;
    QUuid m_personId;
    QString m_session;
    bool m_ownsLease = false;
    bool m_leaseOnChange = false;  ///< Access::EditOnChange
    bool m_fileWritable = false;
    int m_damageMetAtOpen = 0;  ///< SqlConnection::damageMet() once the open's checks passed
    bool m_tablesUnchecked = false;  ///< OpenCheck::BeforeWriting, until checkTablesBeforeWriting()
    std::unique_ptr<LeaseHolder> m_otherEditor;
    qint64 m_dataVersion = -1;
    QString m_auditHead;
    std::unique_ptr<Candidates> m_candidates;
    std::unique_ptr<CandidateSearch> m_candidateSearch;
    std::unique_ptr<People> m_people;
    std::unique_ptr<Decisions> m_decisions;
    std::unique_ptr<Workshops> m_workshops;
    std::unique_ptr<Assessment> m_assessment;
    std::unique_ptr<Pool> m_pool;
    std::unique_ptr<Letters> m_letters;
    std::unique_ptr<FileSettings> m_fileSettings;
    std::unique_ptr<FileEvents> m_events;
};
