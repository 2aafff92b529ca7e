#pragma once
// An open Accreditation Desk file: the one door through which the application reads and
// writes it. Opening refuses anything that is not a whole file of ours in a format this
// build reads, without touching it. Every write is one unit of work: BEGIN IMMEDIATE,
// version-checked changes, exactly one audit entry, COMMIT. SQL lives here and in the
// classes beside this one, nowhere else.

#include "Actor.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <memory>

class Activity;
class Attachment;
class Candidate;
class CompetenceProfile;
class SqlConnection;
class StageDecision;
class Workshop;
struct AuditEntry;
class QJsonObject;

class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    enum class Access { Edit, ReadOnly };

    /// Makes a new file at `path` (which must not exist) holding the built-in competence
    /// profile. The file appears under its name only once complete.
    static Result<std::unique_ptr<Store>> create(const QString& path, const Actor& actor = Actor::current());

    /// Opens an existing file. A file that cannot be written here opens read-only and
    /// readOnlyReason() says why. Opening an older format for editing backs it up first,
    /// then upgrades it.
    static Result<std::unique_ptr<Store>> open(const QString& path, Access access = Access::Edit,
                                               const Actor& actor = Actor::current());

    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    QString path() const { return m_path; }
    const Actor& actor() const { return m_actor; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    /// Why this session cannot write, for the title bar and refusals; empty when it can.
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// The backup made because this open upgraded the file; empty when none was needed.
    QString upgradeBackup() const { return m_upgradeBackup; }

    Result<CompetenceProfile> currentProfile() const;

    Result<QList<Candidate>> candidates() const;
    Result<Candidate> candidate(const QUuid& id) const;
    /// Adds a new candidate (stage "applied") or saves an edit if nobody saved the
    /// candidate since it was read; returns it as stored. The stage is never changed here.
    Result<Candidate> saveCandidate(const Candidate& candidate);

    Result<QList<Workshop>> workshops() const;
    Result<Workshop> saveWorkshop(const Workshop& workshop);

    Result<QList<Activity>> activities() const;
    Result<Activity> saveActivity(const Activity& activity);

    /// A candidate's decisions, oldest first.
    Result<QList<StageDecision>> decisions(const QUuid& candidateId) const;
    /// Records a decision and moves the candidate; refused when the candidate is no longer
    /// at the decision's "from" stage.
    Result<StageDecision> recordDecision(const StageDecision& decision);

    /// A candidate's attachments without their content.
    Result<QList<Attachment>> attachments(const QUuid& candidateId) const;
    Result<QByteArray> attachmentContent(const QUuid& attachmentId) const;
    /// Stores a document once per content, however often it is attached.
    Result<Attachment> addAttachment(const Attachment& attachment);

    /// The audit trail, oldest first; of one candidate or record when `subject` is set.
    Result<QList<AuditEntry>> auditTrail(const QUuid& subject = {}) const;

    /// Writes a verified copy to `target` (which must not exist).
    Status backupTo(const QString& target) const;

    /// Full check: integrity, foreign keys, layout, format version, the pipeline's own
    /// invariants and the audit chain. Ok with the list of problems found (empty: healthy).
    Result<QStringList> check() const;

private:
    struct Change;
    Store(QString path, Actor actor, std::unique_ptr<SqlConnection> connection, QString readOnlyReason);
    static Result<std::unique_ptr<Store>> openValidated(const QString& path, Access access, const Actor& actor,
                                                        bool creating);
    Status verifyContent() const;
    Status upgradeFrom(int version);
    /// Inserts a profile with its groups and criteria, inside the caller's transaction.
    Status insertProfile(const CompetenceProfile& profile);
    /// The single write path: runs `work` in one BEGIN IMMEDIATE transaction and appends
    /// the audit entry it describes.
    Status write(const std::function<Status(Change&)>& work);
    QString connection() const;

    QString m_path;
    Actor m_actor;
    std::unique_ptr<SqlConnection> m_connection;
    QString m_readOnlyReason;
    QString m_upgradeBackup;
};
