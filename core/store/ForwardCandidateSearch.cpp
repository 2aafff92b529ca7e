// SPDX-License-Identifier: GPL-3.0-or-later
// Store's former methods of CandidateSearch, each handing over to it, while callers still call Store.
// Removed once every caller asks Store::candidateSearch() itself (#15).
#include "CandidateSearch.h"
#include "Store.h"

#include "CandidateFilter.h"
#include "DocumentText.h"

Result<QList<SearchHit>> Store::search(const QString& text, int limit, bool includeArchived) const
{
    return m_candidateSearch->find(text, limit, includeArchived);
}
Result<QList<SearchHit>> Store::search(const CandidateFilter& filter, int limit) const
{
    return m_candidateSearch->find(filter, limit);
}
Result<QList<DocumentToRead>> Store::documentsToRead(int maxCount, qint64 maxBytes) const
{
    return m_candidateSearch->documentsToRead(maxCount, maxBytes);
}
Result<int> Store::documentsToReadCount() const
{
    return m_candidateSearch->documentsToReadCount();
}
Result<int> Store::storeDocumentTexts(const QList<DocumentText>& texts)
{
    return m_candidateSearch->storeDocumentTexts(texts);
}
Result<QHash<QUuid, DocumentText>> Store::documentTextOutcomes(const QUuid& candidateId) const
{
    return m_candidateSearch->documentTextOutcomes(candidateId);
}
