// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An open Accreditation Desk file: the one door through which the application reads and
// writes it. Opening refuses anything that is not a whole file of ours in a format this
// build reads, without touching it. Only an officer holding the editing lease writes;
// everyone else reads. Every write is one unit of work: BEGIN IMMEDIATE, the lease
// confirmed, version-checked changes, exactly one audit entry, COMMIT. SQL lives here and
// in the classes beside this one, nowhere else.

#include "Actor.h"
#include "AssessmentRecords.h"  // complete for visibleScores()' "= {}" defaults: clang needs them
#include "FileSettings.h"  // for kDefaultBackupsToKeep, until its callers ask FileSettings (#15)
#include "Result.h"
#include "Score.h"
#include "Vocabulary.h"

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
class AccreditedAdvisor;
class Activity;
class ActivityRemoval;
struct AssignmentIssue;
class Attachment;
class AvailabilityCommitment;
class Candidate;
struct DocumentText;
struct DocumentToRead;
struct CandidateFilter;
class CompetenceProfile;
class ScoreVisibility;
class LetterTemplate;
struct LetterSignatory;
class Person;
class Score;
class Screening;
class SqlConnection;
class StageDecision;
class Unavailability;
class ScreeningCheck;
class ScoringForm;
class Workshop;
class WriteTransaction;
struct AssessmentOutcome;
struct ConflictDeclaration;
struct ConsensusRating;
struct CriterionValue;
struct Criterion;
struct ReviewerAssignment;
struct AuditEntry;
struct InvariantFinding;
struct LeaseHolder;
struct PendingInforming;
struct PipelineCard;
struct PipelineSituation;
struct StepClosure;
struct SubmittedRating;
struct WorkshopApplicant;
struct WorkshopSeats;

/// Another candidate who may be the same person, and why.
struct DuplicateMatch {
    QUuid otherId;
    QString otherName;
    QStringList reasons;
};

/// For the dashboard: how far the candidates of one workshop went.
struct WorkshopFunnel {
    QUuid workshopId;
    QString title;
    QDate startDate;
    int candidates = 0;  ///< distinct candidates with any decision for the workshop
    QHash<Stage, int> reached;  ///< distinct candidates with a decision to each stage
};

/// A place where a full-text search found its words: one of a candidate's fields, or the
/// text of one of their documents.
struct SearchHit {
    /// The snippet's matched words stand between these two characters.
    static constexpr char16_t kMarkStart = 0x2;
    static constexpr char16_t kMarkEnd = 0x3;

    QUuid candidateId;
    QString candidateName;  ///< as letters address the person
    QString where;  ///< the field's label, or the document's file name
    QString place;  ///< the field's key (e.g. "family_name"), or "document"
    QUuid attachmentId;  ///< the document found; null for a field
    QString snippet;  ///< the words around the match, matched words marked

    /// The snippet with the marks replaced by `before` and `after` (e.g. "[" and "]").
    QString markedSnippet(const QString& before, const QString& after) const;
};

/// What importing a review file did.
struct ReviewImport {
    QString reviewerName;
    int scoresInFile = 0;
    int scoresChanged = 0;  ///< 0 when the file had been imported before and nothing changed
    int conflictsDeclared = 0;  ///< conflicts of interest newly declared (each removes an assignment)
    int assignmentsRemoved = 0;  ///< assignments removed for a declared conflict
    int scoresLeftOutForConflict = 0;  ///< scores of candidates the file declares a conflict about

    /// What the import did, in sentences (the CLI and the window say the same): never
    /// "nothing new" when a conflict was recorded or an assignment removed.
    QString summary() const;
};

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
                                               DailyBackup dailyBackup = DailyBackup::OnOpen);

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
    /// Makes this computer remember the file's present history as seen (after the user
    /// compared it with the backups), so that opening it no longer warns.
    Status acceptHistory();
    /// Makes the day's automatic backup unless this session made it already or the file's
    /// backups hold one of today; nothing for a session that cannot write. Returns whether it
    /// made one now; a failure is kept in backupWarning().
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

    /// True once when someone else committed a change since the last call (polls
    /// PRAGMA data_version, which sees other processes and machines, then the audit head).
    /// events() then tells what changed, marked as from elsewhere.
    bool hasChangedElsewhere();
    /// Tells what each commit changed (FileEvents.h): this Store's own, and others' once
    /// hasChangedElsewhere() has seen them.
    FileEvents& events() const;

    /// The file's own identity, which review files and backups refer to.
    Result<QString> fileId() const;

    Result<CompetenceProfile> currentProfile() const;

    Result<QList<Candidate>> candidates() const;
    Result<Candidate> candidate(const QUuid& id) const;
    /// Candidates whose names, administration, nationality, e-mail or position contain
    /// `text`, accents and case ignored; % and _ are plain characters. All when empty.
    Result<QList<Candidate>> findCandidates(const QString& text) const;
    /// Full-text search over the candidates' fields and the text of their documents,
    /// accents and case ignored: the candidates in whose record every word of `text` is found
    /// (in any field or document; words of two letters or more as prefixes), and the places
    /// where, best match first, at most `limit` places (all when 0). Erased candidates are
    /// never found, archived ones only when asked. Documents not read yet are not searched
    /// (documentsToReadCount() says how many).
    Result<QList<SearchHit>> search(const QString& text, int limit = 200, bool includeArchived = false) const;
    /// The same for a list's filter: the places of the candidates `filter` lists (its stage,
    /// region, workshop... apply to the ranking, so a narrow list still gets its best places);
    /// its `text` is searched in full text whatever `inDocuments` says.
    Result<QList<SearchHit>> search(const CandidateFilter& filter, int limit = 200) const;
    /// Documents whose text has not been read yet, with their content, oldest first: at most
    /// `maxCount`, and no more than `maxBytes` together unless the first alone is larger.
    Result<QList<DocumentToRead>> documentsToRead(int maxCount, qint64 maxBytes) const;
    /// How many documents wait for their text to be read.
    Result<int> documentsToReadCount() const;
    /// Stores what reading a batch of documents gave, as one unit of work with one audit
    /// entry that counts them (the text itself is derived from the documents and never goes
    /// into the audit trail). A document removed meanwhile is passed over. Returns how many
    /// were stored.
    Result<int> storeDocumentTexts(const QList<DocumentText>& texts);
    /// What reading the documents of a candidate gave, by attachment id, without the text;
    /// documents not read yet are missing.
    Result<QHash<QUuid, DocumentText>> documentTextOutcomes(const QUuid& candidateId) const;

    /// Candidates matching every part of `filter`, in name order.
    Result<QList<Candidate>> findCandidates(const CandidateFilter& filter) const;
    /// How many candidates the file holds.
    Result<int> candidateCount() const;
    /// How many candidates stand at each stage (stages with none are left out).
    Result<QHash<Stage, int>> stageCounts() const;
    /// Archives a candidate (hidden from the list, kept whole, recoverable) or brings them
    /// back. Decisions and history stay as they were.
    Status setArchived(const QUuid& id, bool archived);

    /// Erases a candidate's personal data for good: names, contact, birth date, languages,
    /// notes and documents go (overwritten on disk by secure_delete), and so do their values
    /// in the audit trail, whose chain is sealed again from the first entry redacted. An
    /// anonymous placeholder keeps the stage, region, administration and decisions, so
    /// counts and history stay consistent. Backups taken before keep the data until they
    /// are rotated out.
    Status erasePersonalData(const QUuid& id, const QString& reason);
    /// Years after a candidate's last decision when data kept without consent is due for
    /// erasure (a setting of the file; 2 by default).
    int retentionYears() const;
    Status setRetentionYears(int years);

    /// Candidates other than `candidate` who may be the same person (see DuplicateCheck).
    Result<QList<DuplicateMatch>> possibleDuplicates(const Candidate& candidate) const;
    /// Records that two candidate records are the same person (kept apart, linked).
    Status linkSamePerson(const QUuid& one, const QUuid& other);
    /// The candidates recorded as the same person as `id`.
    Result<QList<QUuid>> linkedCandidates(const QUuid& id) const;

    /// Adds a new candidate (stage "applied") or saves an edit if nobody saved the
    /// candidate since it was read; returns it as stored. The stage is never changed here.
    Result<Candidate> saveCandidate(const Candidate& candidate);
    /// Adds every candidate in one unit of work with one audit entry naming `sourceName`
    /// (ApplicationImport's file), each as new at stage "applied", and returns them as
    /// stored. Refused, with nothing written, when any of them breaks a rule.
    Result<QList<Candidate>> importCandidates(const QList<Candidate>& candidates, const QString& sourceName,
                                              const QList<QUuid>& seats = {}, const QList<QUuid>& links = {});
    ///< `seats`, when given, holds for each candidate the workshop where they take a seat
    ///< (null: none); refused, with nothing written, when a workshop would be over capacity,
    ///< has begun or has its selection closed, whatever was read before. `links`, when
    ///< given, holds for each candidate a stored candidate recorded as the same person (null:
    ///< none), in the same unit of work; refused when that candidate is not in the file.

    Result<QList<Workshop>> workshops() const;
    /// Adds or edits a workshop; refused when the capacity falls below the seats taken.
    Result<Workshop> saveWorkshop(const Workshop& workshop);

    /// The activities, latest first, each with its topics and participants.
    Result<QList<Activity>> activities() const;
    /// Adds an activity, or saves an edit if nobody saved it since it was read, with its
    /// participants, in one unit of work and one audit entry. Refused when a lead or
    /// co-facilitator's part goes beyond the twelve weeks of their commitment or outside
    /// its period without being recorded as a voluntary extra with a reason, or when they
    /// were never accredited or left the pool (see assignmentIssues()).
    Result<Activity> saveActivity(const Activity& activity);
    /// Every issue the leads and co-facilitators of `activity` raise against their
    /// commitment, whether or not their participant record already settles it as a
    /// voluntary extra; the editor asks for the reasons with it. Empty when all fit.
    Result<QList<AssignmentIssue>> assignmentIssues(const Activity& activity) const;
    /// Whether the activity `id` may be removed now, and whether it needs a reason
    /// (ActivityRemoval); NotFound when it is no longer in the file.
    Result<ActivityRemoval> activityRemoval(const QUuid& id) const;
    /// Removes an activity with who took part in it, in one unit of work whose audit entry
    /// keeps the activity (before) and `reason` (after). Refused, with nothing written, by
    /// ActivityRemoval: when Stage 3 appraisals were recorded for it, or when it has begun
    /// with leads or co-facilitators and `reason` is empty.
    Status removeActivity(const QUuid& id, const QString& reason = {});

    /// The accreditation date of every member of the pool, past or present (see pool()): the
    /// date their latest standing accreditation takes effect. The one place that defines it.
    Result<QHash<QUuid, QDate>> accreditationDates() const;
    /// Everyone accredited by a standing decision (not reversed, not judged "not accredited"
    /// since; AccreditedAdvisor::takeMembershipFrom), whether still active or gone since, with
    /// their activities and declared unavailability, in name order; the ledger, state and
    /// search work on these (core/pool).
    Result<QList<AccreditedAdvisor>> pool() const;
    /// Declared unavailability, of one candidate when `candidateId` is set, by first day.
    Result<QList<Unavailability>> unavailability(const QUuid& candidateId = {}) const;
    /// Records a period an advisor declared unavailable (or saves an edit of one).
    Result<Unavailability> saveUnavailability(const Unavailability& period);
    Status removeUnavailability(const QUuid& id);
    /// How part weeks count towards the commitment (a setting of the file).
    WeekCounting weekCounting() const;
    Status setWeekCounting(WeekCounting rule);
    /// How far the candidates of each workshop went, oldest workshop first.
    Result<QList<WorkshopFunnel>> pipelineFunnel() const;

    // The pipeline (StorePipeline.cpp). Every rule is Pipeline's; these read what it needs
    // inside the unit of work, so two editors' decisions can never add up to a broken rule.

    /// A candidate's decisions, oldest first.
    Result<QList<StageDecision>> decisions(const QUuid& candidateId) const;
    /// Every decision of the file, by candidate, each candidate's oldest first.
    Result<QList<StageDecision>> allDecisions() const;
    /// Whether Pipeline's rules allow `decision` now: the dry run behind the decision
    /// dialog and the board, which explain a refusal before anything is written.
    Status checkDecision(const StageDecision& decision) const;
    /// Records a decision and moves the candidate, taking or handing back their seat;
    /// refused, with nothing written, by any rule of Pipeline. A decision without a
    /// workshop concerns the one where the candidate holds a seat (or was waitlisted).
    Result<StageDecision> recordDecision(const StageDecision& decision);
    /// Records a new decision that takes the candidate back to where `decisionId` (their
    /// latest) found them; the reversed decision stays in the history.
    Result<StageDecision> reverseDecision(const QUuid& decisionId, const QString& reason);
    /// Records that the candidate was told of every decision still awaiting it.
    Status recordInformed(const QUuid& candidateId, const QDate& on, InformChannel channel);
    /// Decisions not yet told, oldest first; of one workshop when `workshopId` is set.
    Result<QList<PendingInforming>> toInform(const QUuid& workshopId = {}) const;

    /// Every workshop with its seats taken, as the rules see them.
    Result<QList<WorkshopSeats>> workshopSeats() const;
    /// The candidates holding a seat of a workshop, in name order.
    Result<QList<Candidate>> participants(const QUuid& workshopId) const;
    /// The workshop where a candidate holds a seat; null when none.
    Result<QUuid> enrolmentOf(const QUuid& candidateId) const;
    /// Gives a candidate a seat of a workshop (or moves them there), or, with a null
    /// workshop, hands an applicant's seat back. Refused when the workshop is full, has
    /// begun, or its selection is closed.
    Status enrol(const QUuid& candidateId, const QUuid& workshopId);

    /// Records the Stage 1 screening that selection needs (replacing an earlier one).
    Status recordScreening(const Screening& screening);
    Result<std::optional<Screening>> screening(const QUuid& candidateId) const;
    /// Records the availability commitment that confirmation needs.
    Status recordCommitment(const AvailabilityCommitment& commitment);
    Result<std::optional<AvailabilityCommitment>> commitment(const QUuid& candidateId) const;

    /// Closes a step of a workshop's round; refused while a candidate awaits being told of
    /// a decision of that step, unless `reason` says why it closes anyway.
    Status closeStep(const QUuid& workshopId, PipelineStep step, const QString& reason = {});
    Status reopenStep(const QUuid& workshopId, PipelineStep step, const QString& reason);
    /// The latest closing or reopening of each step of a workshop.
    Result<QList<StepClosure>> stepClosures(const QUuid& workshopId) const;

    /// The pipeline board: every candidate not archived, or those of one workshop (holding
    /// a seat there or decided about for it).
    Result<QList<PipelineCard>> pipelineCards(const QUuid& workshopId = {}) const;

    /// A candidate's attachments without their content.
    Result<QList<Attachment>> attachments(const QUuid& candidateId) const;
    Result<QByteArray> attachmentContent(const QUuid& attachmentId) const;
    /// Stores a document once per content, however often it is attached.
    Result<Attachment> addAttachment(const Attachment& attachment);
    /// Removes an attachment; its content goes when no other attachment uses it.
    Status removeAttachment(const QUuid& attachmentId);

    Result<QList<Person>> people() const;
    /// Records a person or changes their role; the file always keeps at least one officer.
    Result<Person> savePerson(const Person& person);

    /// Scores imported from review files; of one candidate when `candidateId` is set. As
    /// the actor may see them (scoreVisibility): a reviewer is blind to the others' scores
    /// of a candidate until they submitted their own, and after declaring a conflict.
    Result<QList<Score>> scores(const QUuid& candidateId = {}) const;
    /// Imports a reviewer's review file made for this file. Every row is checked as if the
    /// reviewer typed it in here (assigned, no conflict, an item of the candidate's form, a
    /// profile version the file has, a form submitted whole, submitted scores final); one
    /// refused row imports nothing and names the row. The file's current state wins over
    /// what was imported before; an older copy (lower revision) is refused; the shared
    /// file accepts one review file per reviewer. Importing the same file again changes
    /// nothing. A conflict of interest the reviewer declared is recorded and removes their
    /// assignment.
    Result<ReviewImport> importReview(const QString& reviewFilePath);
    /// Imports every review file (*.review) in the file's folder that was made for this
    /// file; review files of other files are passed over. Stops at the first failure.
    Result<QList<ReviewImport>> importReviewFilesBeside();

    // Assessment (StoreAssessment.cpp): reads only; the numbers are core/assessment's.

    /// The applicants of a workshop: candidates not archived who hold a seat there or were
    /// decided about for it (as the pipeline board shows them), in name order.
    Result<QList<WorkshopApplicant>> workshopApplicants(const QUuid& workshopId) const;
    /// The submitted ratings of the workshop's applicants (drafts never), each with its
    /// criterion's kind in the profile version the score was made with, by candidate,
    /// criterion and reviewer.
    Result<QList<SubmittedRating>> workshopRatings(const QUuid& workshopId) const;
    /// What the Stage 1 ranking of a workshop is made of (Ranking::consensusOrMean): per
    /// applicant and counted criterion or advantage, the officer's consensus where recorded,
    /// with its kind in the profile version it names, else the mean of the submitted ratings.
    /// The CLI and the window both rank from here.
    Result<QList<CriterionValue>> workshopCriterionValues(const QUuid& workshopId) const;

    // Assessment (StoreScoring.cpp): the forms, who reviews whom, and the officer's
    // consensus. Every rule is ScoringForm's, ReviewRules' or ScreeningCheck's.

    /// Sets the "most of the following" threshold of the profile in force (1 to 99 %).
    Status setCountedThreshold(int percent);
    /// A workshop's own criteria, in form order.
    Result<QList<Criterion>> workshopCriteria(const QUuid& workshopId) const;
    /// Replaces a workshop's own criteria (keys without ':'); scores already given to a
    /// removed criterion stay in the file but leave the form. `basedOn` is the list the
    /// caller read and edited: if the file holds another list by now (someone saved
    /// meanwhile), nothing is saved and the refusal is a Conflict.
    Status setWorkshopCriteria(const QUuid& workshopId, const QList<Criterion>& criteria,
                               const QList<Criterion>& basedOn);
    /// Applies `edit` to the workshop's criteria as they are inside the unit of work (so
    /// that changes by other processes meanwhile are kept) and saves the result; `edit`
    /// may refuse, and nothing is saved.
    Status changeWorkshopCriteria(const QUuid& workshopId, const std::function<Status(QList<Criterion>&)>& edit);
    /// How many scores (drafts and submitted) the workshop's applicants were given under each
    /// of its own criteria, by the criterion's own key (without "workshop:"); a key without
    /// scores is absent. What removing a criterion would take off the form.
    Result<QHash<QString, int>> workshopCriterionScoreCounts(const QUuid& workshopId) const;
    /// The workshop a candidate is assessed in: where they hold a seat, otherwise that of
    /// their latest decision naming one; null when none.
    Result<QUuid> assessmentWorkshopOf(const QUuid& candidateId) const;
    /// The candidate's scoring form (see ScoringForm::build).
    Result<ScoringForm> scoringForm(const QUuid& candidateId) const;

    /// Reviewers' assignments; of one candidate when `candidateId` is set.
    Result<QList<ReviewerAssignment>> assignments(const QUuid& candidateId = {}) const;
    /// Assigns a reviewer to a candidate; refused by ReviewRules::checkAssignment (a
    /// reviewer of the candidate's administration needs `conflictReason`).
    Status assignReviewer(const QUuid& candidateId, const QUuid& reviewerId, const QString& conflictReason = {});
    Status unassignReviewer(const QUuid& candidateId, const QUuid& reviewerId);
    /// Spreads the reviewers evenly over the candidates of a workshop (ReviewRules::spreadEvenly)
    /// in one unit of work; returns what it could not do, one sentence a candidate.
    Result<QStringList> spreadReviewers(const QUuid& workshopId, int perReviewerLimit, int perCandidate);
    /// Conflicts of interest reviewers declared (imported from their review files).
    Result<QList<ConflictDeclaration>> conflictDeclarations(const QUuid& candidateId = {}) const;
    /// What the actor may see of the scores of a candidate (all when null), with a
    /// reviewer's own scores from `ownScores` laid over the imported ones: blind until
    /// they submitted (ReviewRules::visibleScores).
    Result<QList<Score>> visibleScores(const QUuid& candidateId, const QList<Score>& ownScores = {},
                                       const QList<ConflictDeclaration>& ownConflicts = {}) const;
    /// What the actor may see of the scores, the one rule every output asks: everything
    /// for officers and observers; for a reviewer, from the shared file and their own review
    /// file beside it (ACCOUNT.review), when it is theirs.
    Result<ScoreVisibility> scoreVisibility() const;

    /// Records the officer's consensus on one criterion of a candidate's form, apart from
    /// the reviewers' scores; recording again replaces it.
    Status recordConsensus(const ConsensusRating& consensus);
    /// The consensus of a candidate, where the actor may see it (scoreVisibility).
    Result<QList<ConsensusRating>> consensus(const QUuid& candidateId) const;
    /// Records the officer's outcome of one step's assessment of a candidate.
    Status recordOutcome(const AssessmentOutcome& outcome);
    Result<QList<AssessmentOutcome>> outcomes(const QUuid& candidateId) const;

    /// The Stage 1 pre-check of a candidate (ScreeningCheck::run on what the file holds).
    Result<ScreeningCheck> screeningCheck(const QUuid& candidateId) const;
    /// Records the screening the pre-check proposes, confirmed, or with the hard
    /// requirements judged `hardOverride` for `reason` (required when it differs).
    Status confirmScreening(const QUuid& candidateId, std::optional<bool> hardOverride, const QString& reason);

    /// The result letter's text for a decision in a language: as the officer edited it
    /// in this file, or the built-in text (rowVersion 0) when never edited.
    Result<LetterTemplate> letterTemplate(Stage decision, const QString& language) const;
    /// The texts edited in this file (built-in ones are not listed).
    Result<QList<LetterTemplate>> letterTemplates() const;
    /// Saves an edited letter text; refused when invalid, or when someone saved the same
    /// letter since it was read.
    Result<LetterTemplate> saveLetterTemplate(const LetterTemplate& letter);
    /// Goes back to the built-in text of a letter (nothing written when never edited).
    Status resetLetterTemplate(Stage decision, const QString& language);
    /// Who signs the result letters, a setting of the file (not the account that prints).
    LetterSignatory letterSignatory() const;
    /// Sets who signs the letters; both empty clears it. Refused when the title is given
    /// without a name, or either is too long.
    Status setLetterSignatory(const LetterSignatory& signatory);

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
    /// How many automatic daily backups are kept beside the file.
    int backupsToKeep() const;
    Status setBackupsToKeep(int count);
    static constexpr int kDefaultBackupsToKeep = FileSettings::kDefaultBackupsToKeep;

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
                                                        bool creating, DailyBackup dailyBackup);
    Status verifyContent() const;
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
