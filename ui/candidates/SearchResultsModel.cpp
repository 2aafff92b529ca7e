// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidates/SearchResultsModel.h"

SearchResultsModel::SearchResultsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SearchResultsModel::setHits(const QList<SearchHit>& hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SearchHit& hit = m_hits.at(index.row());
    if (role == CandidateIdRole) {
        return hit.candidateId;
    }
    if (role == SnippetHtmlRole && index.column() == Snippet) {
        // Escaped first, so that the text of a document can never become markup.
        QString html = hit.snippet.toHtmlEscaped();
        html.replace(QChar(SearchHit::kMarkStart), QStringLiteral("<b>"));
        html.replace(QChar(SearchHit::kMarkEnd), QStringLiteral("</b>"));
        return html;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case CandidateName:
        return hit.candidateName;
    case Where:
        return hit.where;
    case Snippet:
        return hit.markedSnippet(QString(), QString());
    default:
        return {};
    }
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case CandidateName:
        return tr("Candidate");
    case Where:
        return tr("Found in");
    case Snippet:
        return tr("Words around");
    default:
        return {};
    }
}
