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

class Attachment;
class Candidate;
class CandidateDisclosure;
struct CandidateFilter;
class Store;

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
    /// (ApplicationImport's file), each as new at stage "applied", and returns them as
    /// stored. Refused, with nothing written, when any of them breaks a rule.
    /// `seats`, when given, holds for each candidate the workshop they apply to, without a
    /// seat (null: none); refused, with nothing written, when a workshop is no longer in the file. `links`, when
    /// given, holds for each candidate a stored candidate recorded as the same person (null:
    /// none), in the same unit of work; refused when that candidate is not in the file.
    Result<QList<Candidate>> addAll(const QList<Candidate>& candidates, const QString& sourceName,
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
