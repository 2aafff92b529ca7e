// SPDX-License-Identifier: GPL-3.0-or-later
// Store's former methods of Candidates, each handing over to it, while callers still call Store.
// Removed once every caller asks Store::candidates() itself (#15).
#include "Candidates.h"
#include "Store.h"

#include "Attachment.h"
#include "Candidate.h"
#include "CandidateFilter.h"

Result<QList<Candidate>> Store::candidates() const
{
    return m_candidates->all();
}
Result<Candidate> Store::candidate(const QUuid& id) const
{
    return m_candidates->byId(id);
}
Result<QList<Candidate>> Store::findCandidates(const QString& text) const
{
    return m_candidates->find(text);
}
Result<QList<Candidate>> Store::findCandidates(const CandidateFilter& filter) const
{
    return m_candidates->find(filter);
}
Result<int> Store::candidateCount() const
{
    return m_candidates->count();
}
Status Store::setArchived(const QUuid& id, bool archived)
{
    return m_candidates->setArchived(id, archived);
}
Status Store::erasePersonalData(const QUuid& id, const QString& reason)
{
    return m_candidates->erasePersonalData(id, reason);
}
Result<QList<DuplicateMatch>> Store::possibleDuplicates(const Candidate& candidate) const
{
    return m_candidates->possibleDuplicates(candidate);
}
Status Store::linkSamePerson(const QUuid& one, const QUuid& other)
{
    return m_candidates->linkSamePerson(one, other);
}
Result<QList<QUuid>> Store::linkedCandidates(const QUuid& id) const
{
    return m_candidates->linkedCandidates(id);
}
Result<Candidate> Store::saveCandidate(const Candidate& candidate)
{
    return m_candidates->save(candidate);
}
Result<QList<Candidate>> Store::importCandidates(const QList<Candidate>& candidates, const QString& sourceName,
                                                 const QList<QUuid>& seats, const QList<QUuid>& links)
{
    return m_candidates->addAll(candidates, sourceName, seats, links);
}
Result<QList<Attachment>> Store::attachments(const QUuid& candidateId) const
{
    return m_candidates->attachments(candidateId);
}
Result<QByteArray> Store::attachmentContent(const QUuid& attachmentId) const
{
    return m_candidates->attachmentContent(attachmentId);
}
Result<Attachment> Store::addAttachment(const Attachment& attachment)
{
    return m_candidates->addAttachment(attachment);
}
Status Store::removeAttachment(const QUuid& attachmentId)
{
    return m_candidates->removeAttachment(attachmentId);
}
