// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The places where a full-text search found its words: the candidate, where (a field or a
// document's name) and the words around the match, marked.

#include "store/CandidateSearch.h"

#include <QAbstractTableModel>

class SearchResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CandidateName, Where, Snippet, ColumnCount };
    enum Role {
        SnippetHtmlRole = Qt::UserRole,  ///< the snippet as HTML, matched words in bold
        CandidateIdRole,
    };

    explicit SearchResultsModel(QObject* parent = nullptr);

    void setHits(const QList<SearchHit>& hits);
    const SearchHit& hitAt(const QModelIndex& index) const { return m_hits.at(index.row()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SearchHit> m_hits;
};
