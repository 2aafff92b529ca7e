// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportSources.h"

#include "domain/Workshop.h"
#include "store/Store.h"
#include "store/Workshops.h"

QList<ExportedList> ExportSources::all()
{
    return {ExportedList::Candidates, ExportedList::Pool,       ExportedList::Ranking,
            ExportedList::Scores,     ExportedList::Agreement,  ExportedList::Participants,
            ExportedList::ToInform,   ExportedList::Activities, ExportedList::History};
}

QString ExportSources::keyOf(ExportedList list)
{
    switch (list) {
    case ExportedList::Candidates:
        return QStringLiteral("candidates");
    case ExportedList::Pool:
        return QStringLiteral("pool");
    case ExportedList::Ranking:
        return QStringLiteral("ranking");
    case ExportedList::Scores:
        return QStringLiteral("scores");
    case ExportedList::Agreement:
        return QStringLiteral("agreement");
    case ExportedList::Participants:
        return QStringLiteral("participants");
    case ExportedList::ToInform:
        return QStringLiteral("to-inform");
    case ExportedList::Activities:
        return QStringLiteral("activities");
    case ExportedList::History:
        return QStringLiteral("history");
    }
    return {};
}

std::optional<ExportedList> ExportSources::listOf(const QString& key)
{
    const QString k = key.trimmed().toLower();
    for (ExportedList list : all()) {
        if (keyOf(list) == k) {
            return list;
        }
    }
    return std::nullopt;
}

QString ExportSources::labelOf(ExportedList list)
{
    switch (list) {
    case ExportedList::Candidates:
        return tr("Candidates");
    case ExportedList::Pool:
        return tr("Pool");
    case ExportedList::Ranking:
        return tr("Ranking");
    case ExportedList::Scores:
        return tr("Scores");
    case ExportedList::Agreement:
        return tr("Agreement");
    case ExportedList::Participants:
        return tr("Participants");
    case ExportedList::ToInform:
        return tr("To inform");
    case ExportedList::Activities:
        return tr("Activities");
    case ExportedList::History:
        return tr("History");
    }
    return {};
}

bool ExportSources::needsWorkshop(ExportedList list)
{
    return list == ExportedList::Ranking || list == ExportedList::Scores || list == ExportedList::Agreement ||
           list == ExportedList::Participants;
}

bool ExportSources::takesWorkshop(ExportedList list)
{
    return needsWorkshop(list) || list == ExportedList::Candidates || list == ExportedList::ToInform;
}

Result<ExportTable> ExportSources::read(const Store& store, const ExportRequest& request)
{
    switch (request.list) {
    case ExportedList::Candidates:
        return candidates(store, request.filter);
    case ExportedList::Pool:
        return pool(store);
    case ExportedList::Ranking:
        return ranking(store, request.workshopId);
    case ExportedList::Scores:
        return scores(store, request.workshopId);
    case ExportedList::Agreement:
        return agreement(store, request.workshopId);
    case ExportedList::Participants:
        return participants(store, request.workshopId);
    case ExportedList::ToInform:
        return toInform(store, request.workshopId);
    case ExportedList::Activities:
        return activities(store);
    case ExportedList::History:
        return history(store, request.candidateId);
    }
    return Result<ExportTable>::failure(ErrorCode::Internal, tr("Unknown list to export."));
}

Result<Workshop> ExportSources::workshopOf(const Store& store, const QUuid& id)
{
    const auto workshops = store.workshops().all();
    if (!workshops.ok()) {
        return Result<Workshop>(workshops.error());
    }
    for (const Workshop& w : workshops.value()) {
        if (w.meta.id == id) {
            return w;
        }
    }
    return Result<Workshop>::failure(ErrorCode::NotFound, tr("Choose the workshop whose list to export."));
}
