// SPDX-License-Identifier: GPL-3.0-or-later
// The import part of Store: many new candidates in one unit of work (ApplicationImport).
#include "FreeText.h"
#include "Clock.h"
#include "Pipeline.h"
#include "Store.h"
#include "StoreChange.h"

#include "CandidateSql.h"

#include "Candidate.h"
#include "SearchIndex.h"
#include "SqlError.h"
#include "StoreSql.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace StoreSql;

namespace {

// The same row as saveCandidate() inserts, through CandidateSql, with its languages.
Status insertCandidate(QSqlQuery& candidate, QSqlQuery& language, const Candidate& c)
{
    const QString id = idText(c.meta.id);
    CandidateSql::bind(candidate, c);
    if (!candidate.exec()) {
        return sqlFailure(candidate.lastError(), Store::tr("Could not import %1.").arg(c.displayName()));
    }
    for (int i = 0; i < c.otherLanguages.size(); ++i) {
        language.bindValue(QStringLiteral(":id"), id);
        language.bindValue(QStringLiteral(":position"), i);
        language.bindValue(QStringLiteral(":language"), c.otherLanguages.at(i).language.trimmed());
        language.bindValue(QStringLiteral(":level"), keyOf(c.otherLanguages.at(i).level));
        if (!language.exec()) {
            return sqlFailure(language.lastError(), Store::tr("Could not import %1's languages.").arg(c.displayName()));
        }
    }
    return Status::success();
}

}  // namespace

Result<QList<Candidate>> Store::importCandidates(const QList<Candidate>& typedCandidates, const QString& sourceName,
                                                 const QList<QUuid>& seats, const QList<QUuid>& links)
{
    // Spreadsheet cells keep the spaces typed around a value; the free-text rule drops them here, as on
    // every other path.
    QList<Candidate> candidates = typedCandidates;
    for (Candidate& candidate : candidates) {
        FreeText::tidy(candidate);
    }
    using R = Result<QList<Candidate>>;
    if (candidates.isEmpty()) {
        return R::failure(ErrorCode::Invalid, tr("There is no candidate to import; nothing was imported."));
    }
    // Every one is checked before anything is written: an import is whole or not at all.
    for (const Candidate& candidate : candidates) {
        if (auto valid = candidate.validate(); !valid.ok()) {
            return R::failure(
                ErrorCode::Invalid,
                tr("%1 cannot be imported: %2\nNothing was imported.").arg(candidate.displayName(), valid.summary()));
        }
    }
    QList<Candidate> imported;
    QSet<QUuid> linkedTo;
    for (const QUuid& other : links) {
        if (!other.isNull()) {
            linkedTo.insert(other);
        }
    }
    const Status status = write([&](Change& change) -> Status {
        imported.clear();  // nothing of a failed attempt may leak into the result
        QSqlDatabase db = QSqlDatabase::database(connection(), false);
        QSqlQuery insert(db);
        insert.prepare(CandidateSql::insertStatement());
        QSqlQuery language(db);
        language.prepare(QStringLiteral("INSERT INTO candidate_language (candidate_id, position, language, level) "
                                        "VALUES (:id, :position, :language, :level)"));
        const QDateTime now = Clock::nowUtc();
        // Seats are judged inside the unit of work, on what the file holds now, by the same
        // rule as every other enrolment: an import cannot make an eleventh participant.
        QHash<QUuid, int> wanted;
        for (const QUuid& workshop : seats) {
            if (!workshop.isNull()) {
                wanted[workshop] += 1;
            }
        }
        const auto allSeats = workshopSeats();
        if (!allSeats.ok()) {
            return Status(allSeats.error());
        }
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            std::optional<WorkshopSeats> workshop;
            for (const WorkshopSeats& w : allSeats.value()) {
                workshop = w.id == it.key() ? std::optional<WorkshopSeats>(w) : workshop;
            }
            if (!workshop) {
                return Status::failure(ErrorCode::NotFound, tr("A workshop named by the import is not in the file; "
                                                               "nothing was imported."));
            }
            PipelineSituation applicant;
            applicant.candidateName = tr("An applicant of the import");
            auto closures = stepClosures(workshop->id);
            if (!closures.ok()) {
                return Status(closures.error());
            }
            for (const StepClosure& c : closures.value()) {
                if (c.step == PipelineStep::Selection) {
                    applicant.closure = c;
                }
            }
            // Every row but the last must find a seat, and the last one too.
            WorkshopSeats planned = *workshop;
            planned.taken += it.value() - 1;
            if (auto allowed = Pipeline::checkEnrolment(applicant, planned, Clock::today()); !allowed.ok()) {
                return Status::failure(allowed.code(),
                                       tr("%1 The import would give %n seat(s) of \"%2\" (%3 of %4 taken); nothing "
                                          "was imported.",
                                          nullptr, it.value())
                                           .arg(allowed.message(), workshop->title)
                                           .arg(workshop->taken)
                                           .arg(workshop->capacity));
            }
        }
        // A row linked to a stored candidate links to someone the file holds now.
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT 1 FROM candidate WHERE id = :id"));
        for (const QUuid& other : linkedTo) {
            exists.bindValue(QStringLiteral(":id"), idText(other));
            if (!exists.exec()) {
                return sqlFailure(exists.lastError(), tr("Could not read the candidate to link."));
            }
            if (!exists.next()) {
                return Status::failure(ErrorCode::NotFound, tr("A candidate the import links a row to is no longer in "
                                                               "the file; nothing was imported. Import again."));
            }
            exists.finish();
        }
        QSqlQuery link(db);
        link.prepare(QStringLiteral("INSERT INTO candidate_link (candidate_id, other_id, linked_at, linked_by) "
                                    "VALUES (:a, :b, :at, :by) ON CONFLICT DO NOTHING"));
        QSqlQuery enrol(db);
        enrol.prepare(QStringLiteral("INSERT INTO enrolment (candidate_id, workshop_id, enrolled_at, enrolled_by) "
                                     "VALUES (:id, :w, :at, :by)"));
        QJsonArray names;
        int index = -1;
        for (Candidate c : candidates) {
            ++index;
            // An import only ever adds people: whatever identity, stage or archiving the
            // caller's values carry, each is a new application.
            c.meta.id = QUuid::createUuid();
            c.meta.rowVersion = 1;
            c.meta.modifiedAt = now;
            c.meta.modifiedBy = m_actor.label();
            c.stage = Stage::Applied;
            c.archivedAt = QDateTime();
            if (auto inserted = insertCandidate(insert, language, c); !inserted.ok()) {
                return inserted;
            }
            if (auto indexed = SearchIndex::addCandidateFields(db, c); !indexed.ok()) {
                return indexed;
            }
            QJsonObject entry{{QStringLiteral("id"), idText(c.meta.id)}, {QStringLiteral("name"), c.displayName()}};
            if (const QUuid workshop = seats.value(index); !workshop.isNull()) {
                enrol.bindValue(QStringLiteral(":id"), idText(c.meta.id));
                enrol.bindValue(QStringLiteral(":w"), idText(workshop));
                enrol.bindValue(QStringLiteral(":at"), timeText(now));
                enrol.bindValue(QStringLiteral(":by"), m_actor.label());
                if (!enrol.exec()) {
                    return sqlFailure(enrol.lastError(), tr("Could not give the seat."));
                }
                entry.insert(QStringLiteral("workshop_id"), idText(workshop));
            }
            if (const QUuid other = links.value(index); !other.isNull()) {
                link.bindValue(QStringLiteral(":a"), idText(std::min(c.meta.id, other)));
                link.bindValue(QStringLiteral(":b"), idText(std::max(c.meta.id, other)));
                link.bindValue(QStringLiteral(":at"), timeText(now));
                link.bindValue(QStringLiteral(":by"), m_actor.label());
                if (!link.exec()) {
                    return sqlFailure(
                        link.lastError(),
                        tr("Could not link %1 to the candidate already in the file.").arg(c.displayName()));
                }
                entry.insert(QStringLiteral("linked_to"), idText(other));
            }
            names.append(entry);
            imported.append(std::move(c));
        }
        const QString importId = idText(QUuid::createUuid());
        change.action = QStringLiteral("candidate.import");
        change.entity = QStringLiteral("candidate_import");
        change.entityId = importId;
        // "file_name" is what the history views show as the record of an entry.
        change.after = {{QStringLiteral("file_name"), sourceName},
                        {QStringLiteral("count"), int(imported.size())},
                        {QStringLiteral("candidates"), names}};
        return Status::success();
    });
    if (!status.ok()) {
        return R(status.error());
    }
    return imported;
}
