// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The candidates of an open file: their records, attachments, import, archiving,
// erasure and the links between records of the same person. Owns the tables candidate,
// candidate_language, candidate_link, attachment and document, and their rules: a
// candidate is added at stage "applied" and only a decision moves them; an edit is saved
// only if nobody saved the candidate since it was read; an import is whole or nothing; an
// erased record is never edited again.
// Handed out by Store; every write goes through Store's one unit of work.

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>

class Attachment;
class Candidate;
class CandidateDisclosure;
enum class PipelineStep;
struct CandidateFilter;
class Store;

/// The candidates an import adds, read where the importer keeps them (ApplicationImport's
/// report) rather than copied into lists: an import of 100,000 rows held each twice more.
class NewApplications
{
public:
    virtual ~NewApplications() = default;
    /// `candidate` to add, the workshop they apply to (null: none), and the stored candidate
    /// they are the same person as (null: none); returns what to stop with.
    using Visit = std::function<Status(const Candidate& candidate, const QUuid& workshop, const QUuid& samePersonAs)>;
    /// Calls `visit` for each application in order, and stops at the first failure it returns.
    virtual Status forEach(const Visit& visit) const = 0;
};

/// Another candidate who may be the same person, and why.
struct DuplicateMatch {
    QUuid otherId;
    QString otherName;
    QStringList reasons;
};

class Candidates
{
    Q_DECLARE_TR_FUNCTIONS(Candidates)

public:
    explicit Candidates(Store& store);
    Candidates(const Candidates&) = delete;
    Candidates& operator=(const Candidates&) = delete;

    /// What the actor may see of the candidates (CandidateDisclosure): everything for
    /// officers and observers; for a reviewer, the candidates assigned to them (or all, as
    /// the file's settings say), without contact details, under a code in an anonymised
    /// round. Every read below applies it: a reviewer never reads more through this object.
    Result<CandidateDisclosure> disclosure() const;

    /// Every candidate of the file with their languages, in name order.
    Result<QList<Candidate>> all() const;
    /// One candidate with their languages; NotFound when no longer in the file.
    Result<Candidate> byId(const QUuid& id) const;
    /// all() and byId() as seen in `round`, where the round is known (the scoring form, the
    /// Scores Grid, a round's sheets and reports): anonymised when that round is, whatever
    /// stage the candidate stands at now (CandidateDisclosure::disclosedIn).
    Result<QList<Candidate>> allIn(PipelineStep round) const;
    Result<Candidate> byIdIn(const QUuid& id, PipelineStep round) const;
    /// The candidates with these ids, in this order, each as byId() reads it, in one read
    /// (a command printing each candidate it found); NotFound as byId() for any not there.
    Result<QList<Candidate>> byIds(const QList<QUuid>& ids) const;
    /// Candidates whose names, administration, nationality, e-mail or position contain
    /// `text`, accents and case ignored; % and _ are plain characters. All when empty.
    Result<QList<Candidate>> find(const QString& text) const;
    /// Candidates matching every part of `filter`, in name order.
    Result<QList<Candidate>> find(const CandidateFilter& filter) const;
    /// How many candidates the file holds.
    Result<int> count() const;
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

    /// Candidates other than `candidate` who may be the same person (see DuplicateCheck).
    Result<QList<DuplicateMatch>> possibleDuplicates(const Candidate& candidate) const;
    /// Records that two candidate records are the same person (kept apart, linked).
    Status linkSamePerson(const QUuid& one, const QUuid& other);
    /// The candidates recorded as the same person as `id`.
    Result<QList<QUuid>> linkedCandidates(const QUuid& id) const;

    /// Adds a new candidate (stage "applied") or saves an edit if nobody saved the
    /// candidate since it was read; returns it as stored. The stage is never changed here.
    Result<Candidate> save(const Candidate& candidate);
    /// Adds every candidate in one unit of work with one audit entry naming `sourceName`
    /// (ApplicationImport's file), each as new at stage "applied", and returns their ids, in
    /// order. Refused, with nothing written, when any of them breaks a rule, when a workshop
    /// one applies to is no longer in the file, or when a stored candidate one is recorded
    /// as the same person as (in the same unit of work) is no longer in the file.
    /// The candidates are read where the caller keeps them (NewApplications), never copied:
    /// memory does not grow with them beyond what the caller holds.
    Result<QList<QUuid>> addAll(const NewApplications& applications, const QString& sourceName);
    /// The same for a list: `seats` and `links`, when given, hold for each candidate the
    /// workshop they apply to, without a seat, and the stored candidate they are the same
    /// person as (null: none).
    Result<QList<QUuid>> addAll(const QList<Candidate>& candidates, const QString& sourceName,
                                const QList<QUuid>& seats = {}, const QList<QUuid>& links = {});

    /// A candidate's attachments without their content.
    Result<QList<Attachment>> attachments(const QUuid& candidateId) const;
    /// The content of one attachment, checked against its SHA-256.
    Result<QByteArray> attachmentContent(const QUuid& attachmentId) const;
    /// Stores a document once per content, however often it is attached.
    Result<Attachment> addAttachment(const Attachment& attachment);
    /// Removes an attachment; its content goes when no other attachment uses it.
    Status removeAttachment(const QUuid& attachmentId);

private:
    friend class Store;  // its invariants are judged over every candidate, whoever reads
    /// all() and find() before disclosure(): every candidate the file holds.
    Result<QList<Candidate>> allInFile() const;
    Result<QList<Candidate>> findInFile(const CandidateFilter& filter) const;

    Store& m_store;
};
