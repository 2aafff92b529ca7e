// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The lists the window shows, each read from core into an ExportTable by one source: the
// same reads and the same order as the window's list, so that what is exported is what the
// officer sees. Shared by File > Export… in the window and `export` on the command line.

#include "ExportTable.h"
#include "Result.h"
#include "store/CandidateFilter.h"

#include <QCoreApplication>
#include <QUuid>
#include <optional>

class Store;
class Workshop;

enum class ExportedList { Candidates, Pool, Ranking, Scores, Agreement, Participants, ToInform, Activities, History };

/// What to export: the list, and what narrows it.
struct ExportRequest {
    ExportedList list = ExportedList::Candidates;
    CandidateFilter filter;  ///< Candidates: the list's filters
    QUuid
        workshopId;  ///< Ranking, Scores, Agreement, Participants: the workshop; ToInform: only this workshop when set
    QUuid candidateId;  ///< History: only this candidate's when set
};

class ExportSources
{
    Q_DECLARE_TR_FUNCTIONS(ExportSources)

public:
    /// Every list, in the order the command line's help names them.
    static QList<ExportedList> all();
    /// "candidates", "pool", "ranking"...: the command line's word for a list.
    static QString keyOf(ExportedList list);
    static std::optional<ExportedList> listOf(const QString& key);
    /// The list's name as the window shows it (and the sheet's name).
    static QString labelOf(ExportedList list);
    /// Whether the list is a workshop's, and needs ExportRequest::workshopId.
    static bool needsWorkshop(ExportedList list);
    /// Whether a workshop narrows the list (those that need one, the candidates, to-inform).
    static bool takesWorkshop(ExportedList list);

    /// The list `request` asks for, read from `store`.
    static Result<ExportTable> read(const Store& store, const ExportRequest& request);

    static Result<ExportTable> candidates(const Store& store, CandidateFilter filter);
    static Result<ExportTable> pool(const Store& store);
    static Result<ExportTable> ranking(const Store& store, const QUuid& workshopId);
    static Result<ExportTable> scores(const Store& store, const QUuid& workshopId);
    static Result<ExportTable> agreement(const Store& store, const QUuid& workshopId);
    static Result<ExportTable> participants(const Store& store, const QUuid& workshopId);
    static Result<ExportTable> toInform(const Store& store, const QUuid& workshopId);
    static Result<ExportTable> activities(const Store& store);
    static Result<ExportTable> history(const Store& store, const QUuid& candidateId);

private:
    /// The workshop with `id`; NotFound asks to choose one.
    static Result<Workshop> workshopOf(const Store& store, const QUuid& id);
};
