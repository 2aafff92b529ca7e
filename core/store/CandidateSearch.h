// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Full-text search over the candidates' fields and the text of their documents, and
// the reading of those documents' text. Owns the full-text index (search_index,
// search_row, SearchIndex.h) as searching sees it, and document_text: which documents were
// read, with what outcome. Erased candidates are never found; the text of documents goes
// into the index, never into the audit trail.
// Handed out by Store; every write goes through Store's one unit of work.

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QUuid>

struct CandidateFilter;
struct DocumentText;
struct DocumentToRead;
class Store;

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

class CandidateSearch
{
    Q_DECLARE_TR_FUNCTIONS(CandidateSearch)

public:
    explicit CandidateSearch(Store& store);
    CandidateSearch(const CandidateSearch&) = delete;
    CandidateSearch& operator=(const CandidateSearch&) = delete;

    /// Full-text search over the candidates' fields and the text of their documents,
    /// accents and case ignored: the candidates in whose record every word of `text` is found
    /// (in any field or document; words of two letters or more as prefixes), and the places
    /// where, best match first, at most `limit` places (all when 0). Erased candidates are
    /// never found, archived ones only when asked. Documents not read yet are not searched
    /// (documentsToReadCount() says how many).
    Result<QList<SearchHit>> find(const QString& text, int limit = 200, bool includeArchived = false) const;
    /// The same for a list's filter: the places of the candidates `filter` lists (its stage,
    /// region, workshop... apply to the ranking, so a narrow list still gets its best places);
    /// its `text` is searched in full text whatever `inDocuments` says.
    Result<QList<SearchHit>> find(const CandidateFilter& filter, int limit = 200) const;
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

private:
    /// `hits` of a search for `typed` as a reviewer may see them (Candidates::disclosure).
    Result<QList<SearchHit>> shownAs(QList<SearchHit> hits, const QString& typed) const;
    Store& m_store;
};
