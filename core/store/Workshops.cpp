// SPDX-License-Identifier: GPL-3.0-or-later
// The workshops' part of the store: the workshops, their own criteria, and the seats
// candidates hold in them. The seat rules are Pipeline's; a seat given here is judged on
// what the file holds inside the same unit of work that gives it.
#include "store/Workshops.h"

#include "assessment/CandidateDisclosure.h"
#include "store/Candidates.h"

#include "Clock.h"
#include "FrontEnd.h"
#include "store/Decisions.h"
#include "domain/FreeText.h"
#include "store/internal/SeatSql.h"
#include "store/Store.h"
#include "store/internal/StoreChange.h"
#include "store/internal/StoreWriteSql.h"

#include "domain/Candidate.h"
#include "store/internal/CandidateSql.h"
#include "domain/CompetenceProfile.h"
#include "domain/NameCollation.h"
#include "domain/Pipeline.h"
#include "domain/RecordJson.h"
#include "assessment/ScoringForm.h"
#include "domain/StageDecision.h"
#include "domain/Workshop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace StoreSql;
using namespace Qt::StringLiterals;

namespace {

const QString kWorkshopColumns = QStringLiteral(
    "id, title, region, venue, start_date, days, capacity, assessors, row_version, modified_at, modified_by");

Workshop readWorkshop(const QSqlQuery& q)
{
    Workshop w;
    w.meta = readMeta(q);
    w.title = q.value(u"title"_s).toString();
    w.region = toKey<Region>(q.value(u"region"_s));
    w.venue = q.value(u"venue"_s).toString();
    w.startDate = toDate(q.value(u"start_date"_s));
    w.days = q.value(u"days"_s).toInt();
    w.capacity = q.value(u"capacity"_s).toInt();
    const QJsonArray assessors = QJsonDocument::fromJson(q.value(u"assessors"_s).toString().toUtf8()).array();
    for (const auto& assessor : assessors) {
        w.assessors.append(assessor.toString());
    }
    return w;
}

/// A workshop's criteria as saved and audited: trimmed, the description only when given.
QJsonArray criteriaJson(const QList<Criterion>& list)
{
    QJsonArray array;
    for (const Criterion& c : list) {
        QJsonObject o{{QStringLiteral("key"), c.key.trimmed()}, {QStringLiteral("name"), c.name.trimmed()}};
        if (!c.description.trimmed().isEmpty()) {
            o.insert(QStringLiteral("description"), c.description.trimmed());
        }
        array.append(o);
    }
    return array;
}

// The candidates of a workshop's round, as Decisions::cards and Assessment's applicants count them.
const char* const kApplicantCondition =
    "c.archived_at IS NULL AND (e.workshop_id = :w OR EXISTS (SELECT 1 FROM application ap "
    "WHERE ap.candidate_id = c.id AND ap.workshop_id = :w) OR EXISTS (SELECT 1 FROM stage_decision d "
    "WHERE d.candidate_id = c.id AND d.workshop_id = :w))";

}  // namespace

Workshops::Workshops(Store& store)
    : m_store(store)
{
}

Result<QList<Workshop>> Workshops::all() const
{
    return readAll<Workshop>(m_store.connection(),
                             QStringLiteral("SELECT ") + kWorkshopColumns +
                                 QStringLiteral(" FROM workshop ORDER BY start_date DESC, title"),
                             {}, readWorkshop, tr("Could not read the workshops."));
}

Result<Workshop> Workshops::save(const Workshop& typed)
{
    Workshop edited = typed;
    FreeText::tidy(edited);
    if (auto valid = edited.validate().toStatus(); !valid.ok()) {
        return Result<Workshop>(valid.error());
    }
    Workshop saved = edited;
    const Status status = m_store.write([&](Store::Change& change) -> Status {
        const bool isNew = saved.meta.isNew();
        if (!isNew) {
            const auto stored = readAll<Workshop>(
                m_store.connection(),
                QStringLiteral("SELECT ") + kWorkshopColumns + QStringLiteral(" FROM workshop WHERE id = :id"),
                {{QStringLiteral(":id"), idText(saved.meta.id)}}, readWorkshop, tr("Could not read the workshop."));
            if (stored.ok() && !stored.value().isEmpty()) {
                change.before = RecordJson::toJson(stored.value().first());
            }
            QSqlQuery seats(QSqlDatabase::database(m_store.connection(), false));
            seats.prepare(QStringLiteral("SELECT count(*) AS taken FROM enrolment WHERE workshop_id = :id"));
            seats.bindValue(QStringLiteral(":id"), idText(saved.meta.id));
            if (!seats.exec() || !seats.next()) {
                return sqlFailure(seats.lastError(), tr("Could not count the workshop's seats."));
            }
            if (const int taken = seats.value(u"taken"_s).toInt(); saved.capacity < taken) {
                return Status::failure(ErrorCode::Refused,
                                       tr("%n participant(s) hold a seat in \"%1\"; the capacity cannot be less. "
                                          "Hand seats back first (waitlist or withdraw, with a reason).",
                                          nullptr, taken)
                                           .arg(saved.title));
            }
        }
        stamp(saved.meta, m_store.actor());
        QSqlQuery q(QSqlDatabase::database(m_store.connection(), false));
        q.prepare(isNew ? QStringLiteral("INSERT INTO workshop (") + kWorkshopColumns +
                              QStringLiteral(") VALUES (:id, :title, :region, :venue, :start_date, :days, :capacity, "
                                             ":assessors, :row_version, :modified_at, :modified_by)")
                        : QStringLiteral("UPDATE workshop SET title = :title, region = :region, venue = :venue, "
                                         "start_date = :start_date, days = :days, capacity = :capacity, "
                                         "assessors = :assessors, row_version = :row_version, "
                                         "modified_at = :modified_at, modified_by = :modified_by "
                                         "WHERE id = :id AND row_version = :read_version"));
        bindMeta(q, saved.meta, !isNew);
        q.bindValue(QStringLiteral(":title"), text(saved.title));
        q.bindValue(QStringLiteral(":region"), keyValue(saved.region));
        q.bindValue(QStringLiteral(":venue"), text(saved.venue));
        q.bindValue(QStringLiteral(":start_date"), dateValue(saved.startDate));
        q.bindValue(QStringLiteral(":days"), saved.days);
        q.bindValue(QStringLiteral(":capacity"), saved.capacity);
        q.bindValue(QStringLiteral(":assessors"),
                    QString::fromUtf8(
                        QJsonDocument(QJsonArray::fromStringList(saved.assessors)).toJson(QJsonDocument::Compact)));
        if (auto done = execSave(q, isNew, tr("the workshop \"%1\"").arg(saved.title)); !done.ok()) {
            return done;
        }
        if (isNew) {  // a new workshop is assessed on the usual criteria until the officer changes them
            QSqlQuery criterion(QSqlDatabase::database(m_store.connection(), false));
            criterion.prepare(QStringLiteral("INSERT INTO workshop_criterion (workshop_id, position, key, name, "
                                             "description) VALUES (:workshop, :position, :key, :name, :description)"));
            const QList<Criterion> defaults = ScoringForm::defaultWorkshopCriteria();
            for (int i = 0; i < defaults.size(); ++i) {
                criterion.bindValue(QStringLiteral(":workshop"), idText(saved.meta.id));
                criterion.bindValue(QStringLiteral(":position"), i);
                criterion.bindValue(QStringLiteral(":key"), defaults.at(i).key);
                criterion.bindValue(QStringLiteral(":name"), defaults.at(i).name);
                criterion.bindValue(QStringLiteral(":description"), defaults.at(i).description);
                if (!criterion.exec()) {
                    return sqlFailure(criterion.lastError(), tr("Could not save the workshop's criteria."));
                }
            }
        }
        change.action = isNew ? QStringLiteral("workshop.create") : QStringLiteral("workshop.update");
        change.entity = QStringLiteral("workshop");
        change.entityId = idText(saved.meta.id);
        change.after = RecordJson::toJson(saved);
        return Status::success();
    });
    if (!status.ok()) {
        return Result<Workshop>(status.error());
    }
    return saved;
}

Result<QList<Criterion>> Workshops::criteria(const QUuid& workshopId) const
{
    return readAll<Criterion>(
        m_store.connection(),
        QStringLiteral("SELECT key, name, description FROM workshop_criterion WHERE workshop_id = :id "
                       "ORDER BY position, key"),
        {{QStringLiteral(":id"), idText(workshopId)}},
        [](const QSqlQuery& q) {
            return Criterion{q.value(u"key"_s).toString(), q.value(u"name"_s).toString(), CriterionKind::Counted,
                             q.value(u"description"_s).toString()};
        },
        tr("Could not read the workshop's criteria."));
}

Status Workshops::setCriteria(const QUuid& workshopId, const QList<Criterion>& criteria,
                              const QList<Criterion>& basedOn)
{
    return changeCriteria(workshopId, [&](QList<Criterion>& current) -> Status {
        // Compared as saved (trimmed), so that what the caller read always matches itself.
        if (criteriaJson(current) != criteriaJson(basedOn)) {
            return Status::failure(ErrorCode::Conflict,
                                   tr("Someone else changed this workshop's criteria after you read them; nothing "
                                      "was saved. Look at them again and make your change on top."));
        }
        current = criteria;
        return Status::success();
    });
}

Status Workshops::changeCriteria(const QUuid& workshopId, const std::function<Status(QList<Criterion>&)>& edit)
{
    return m_store.write([&](Store::Change& change) -> Status {
        {
            auto found = exec(m_store.connection(), QStringLiteral("SELECT 1 FROM workshop WHERE id = :id"),
                              {{QStringLiteral(":id"), idText(workshopId)}}, tr("Could not read the workshop."));
            if (!found.ok() || !found.value().next()) {
                return Status::failure(ErrorCode::NotFound, tr("The workshop is no longer in the file."));
            }
        }
        // Read inside the unit of work: what another process saved a moment ago is the
        // starting point and the audit entry's before-image, never a list read earlier.
        const auto before = criteria(workshopId);
        if (!before.ok()) {
            return Status(before.error());
        }
        QList<Criterion> wanted = before.value();
        if (auto edited = edit(wanted); !edited.ok()) {
            return edited;
        }
        QSet<QString> keys;
        for (const Criterion& c : wanted) {
            if (c.key.trimmed().isEmpty() || c.key.contains(QLatin1Char(':')) || c.name.trimmed().isEmpty()) {
                return Status::failure(ErrorCode::Invalid,
                                       tr("Every workshop criterion needs a key without ':' and a name."));
            }
            if (keys.contains(c.key.trimmed())) {
                return Status::failure(ErrorCode::Invalid,
                                       tr("The criterion key \"%1\" is used twice.").arg(c.key.trimmed()));
            }
            keys.insert(c.key.trimmed());
        }
        auto removed =
            exec(m_store.connection(), QStringLiteral("DELETE FROM workshop_criterion WHERE workshop_id = :id"),
                 {{QStringLiteral(":id"), idText(workshopId)}}, tr("Could not save the workshop's criteria."));
        if (!removed.ok()) {
            return Status(removed.error());
        }
        for (int i = 0; i < wanted.size(); ++i) {
            auto inserted =
                exec(m_store.connection(),
                     QStringLiteral("INSERT INTO workshop_criterion (workshop_id, position, key, name, description) "
                                    "VALUES (:workshop, :position, :key, :name, :description)"),
                     {{QStringLiteral(":workshop"), idText(workshopId)},
                      {QStringLiteral(":position"), i},
                      {QStringLiteral(":key"), wanted.at(i).key.trimmed()},
                      {QStringLiteral(":name"), wanted.at(i).name.trimmed()},
                      {QStringLiteral(":description"), text(wanted.at(i).description.trimmed())}},
                     tr("Could not save the workshop's criteria."));
            if (!inserted.ok()) {
                return Status(inserted.error());
            }
        }
        change.action = QStringLiteral("workshop.criteria");
        change.entity = QStringLiteral("workshop");
        change.entityId = idText(workshopId);
        change.before = {{QStringLiteral("criteria"), criteriaJson(before.value())}};
        change.after = {{QStringLiteral("criteria"), criteriaJson(wanted)}};
        return Status::success();
    });
}

Result<QHash<QString, int>> Workshops::criterionScoreCounts(const QUuid& workshopId) const
{
    // substr(…, 10) drops "workshop:" (ScoringForm::workshopKey), leaving the criterion's own key.
    const auto rows = readAll<QPair<QString, int>>(
        m_store.connection(),
        QStringLiteral("SELECT substr(s.criterion_key, 10) AS criterion, count(*) AS scores FROM score s "
                       "JOIN candidate c ON c.id = s.candidate_id LEFT JOIN enrolment e ON e.candidate_id = c.id "
                       "WHERE s.criterion_key LIKE 'workshop:%' AND ") +
            QLatin1String(kApplicantCondition) + QStringLiteral(" GROUP BY s.criterion_key"),
        {{QStringLiteral(":w"), idText(workshopId)}},
        [](const QSqlQuery& q) { return qMakePair(q.value(u"criterion"_s).toString(), q.value(u"scores"_s).toInt()); },
        tr("Could not count the scores of the workshop's criteria."));
    if (!rows.ok()) {
        return Result<QHash<QString, int>>(rows.error());
    }
    QHash<QString, int> counts;
    for (const auto& row : rows.value()) {
        counts.insert(row.first, row.second);
    }
    return counts;
}

Result<QList<WorkshopSeats>> Workshops::seats() const
{
    return readAll<WorkshopSeats>(m_store.connection(),
                                  SeatSql::kSelect + QStringLiteral(" ORDER BY w.start_date DESC, w.title"), {},
                                  SeatSql::read, tr("Could not read the workshops' seats."));
}

Result<QList<Candidate>> Workshops::participants(const QUuid& workshopId) const
{
    auto read =
        readAll<Candidate>(m_store.connection(),
                           QStringLiteral("SELECT ") + CandidateSql::kSelect +
                               QStringLiteral(" FROM candidate JOIN enrolment e ON e.candidate_id = candidate.id "
                                              "WHERE e.workshop_id = :w ORDER BY family_name, given_names"),
                           {{QStringLiteral(":w"), idText(workshopId)}}, CandidateSql::read,
                           tr("Could not read the workshop's participants."));
    if (read.ok()) {
        NameCollation().sort(read.value(),
                             [](const Candidate& c) { return NameCollation::personText(c.familyName, c.givenNames); });
    }
    // A reviewer's print-outs and lists of a workshop hold only whom they may see.
    if (const auto disclosure = m_store.candidates().disclosure(); !disclosure.ok()) {
        return Result<QList<Candidate>>(disclosure.error());
    } else if (read.ok()) {
        read.value() = disclosure.value().disclosed(read.value());
    }
    return read;
}

Result<QUuid> Workshops::enrolmentOf(const QUuid& candidateId) const
{
    auto q = exec(m_store.connection(), QStringLiteral("SELECT workshop_id FROM enrolment WHERE candidate_id = :id"),
                  {{QStringLiteral(":id"), idText(candidateId)}}, tr("Could not read the candidate's seat."));
    if (!q.ok()) {
        return Result<QUuid>(q.error());
    }
    return q.value().next() ? QUuid::fromString(q.value().value(u"workshop_id"_s).toString()) : QUuid();
}

Status Workshops::enrol(const QUuid& candidateId, const QUuid& workshopId)
{
    return m_store.write([&](Store::Change& change) -> Status {
        StageDecision probe;  // reads the candidate's situation as a selection for the workshop would
        probe.candidateId = candidateId;
        probe.workshopId = workshopId;
        probe.from = Stage::Applied;
        probe.to = Stage::Selected;
        auto read = m_store.decisions().situationFor(probe);
        if (!read.ok()) {
            return Status(read.error());
        }
        const PipelineSituation& s = read.value();
        const QString before = idText(s.enrolledIn);
        if (workshopId.isNull()) {
            if (s.enrolledIn.isNull()) {
                change.nothingChanged = true;
                return Status::success();
            }
            if (s.stage != Stage::Applied) {
                return Status::failure(ErrorCode::Refused,
                                       tr("%1 is at \"%2\": their seat is handed back by a decision (waitlisted, not "
                                          "selected or withdrawn), with its reason.")
                                           .arg(s.candidateName, labelOf(s.stage)));
            }
            auto freed = exec(m_store.connection(), QStringLiteral("DELETE FROM enrolment WHERE candidate_id = :id"),
                              {{QStringLiteral(":id"), idText(candidateId)}}, tr("Could not free the seat."));
            if (!freed.ok()) {
                return Status(freed.error());
            }
        } else {
            if (!s.workshop) {
                return Status::failure(ErrorCode::NotFound, tr("The workshop is not in the file."));
            }
            if (auto allowed = Pipeline::checkEnrolment(s, *s.workshop, Clock::today()); !allowed.ok()) {
                return allowed;
            }
            if (auto taken = SeatSql::takeSeat(m_store.connection(), candidateId, workshopId, Clock::nowUtc(),
                                               m_store.actor().label());
                !taken.ok()) {
                return taken;
            }
        }
        change.action = workshopId.isNull() ? QStringLiteral("enrolment.remove") : QStringLiteral("enrolment.set");
        change.entity = QStringLiteral("enrolment");
        change.entityId = idText(candidateId);
        change.subjectId = idText(candidateId);
        if (!s.enrolledIn.isNull()) {
            change.before = QJsonObject{{QStringLiteral("workshop_id"), before}};
        }
        if (!workshopId.isNull()) {
            change.after = QJsonObject{{QStringLiteral("workshop_id"), idText(workshopId)}};
        }
        return Status::success();
    });
}

Result<QUuid> Workshops::applicationOf(const QUuid& candidateId) const
{
    auto q = exec(m_store.connection(), QStringLiteral("SELECT workshop_id FROM application WHERE candidate_id = :id"),
                  {{QStringLiteral(":id"), idText(candidateId)}}, tr("Could not read the candidate's application."));
    if (!q.ok()) {
        return Result<QUuid>(q.error());
    }
    return q.value().next() ? QUuid::fromString(q.value().value(u"workshop_id"_s).toString()) : QUuid();
}

Result<QHash<QUuid, QUuid>> Workshops::applications() const
{
    auto rows = readAll<QPair<QUuid, QUuid>>(
        m_store.connection(), QStringLiteral("SELECT candidate_id, workshop_id FROM application"), {},
        [](const QSqlQuery& q) {
            return qMakePair(QUuid::fromString(q.value(u"candidate_id"_s).toString()),
                             QUuid::fromString(q.value(u"workshop_id"_s).toString()));
        },
        tr("Could not read the applications."));
    if (!rows.ok()) {
        return Result<QHash<QUuid, QUuid>>(rows.error());
    }
    QHash<QUuid, QUuid> byCandidate;
    for (const auto& [candidate, workshop] : rows.value()) {
        byCandidate.insert(candidate, workshop);
    }
    return byCandidate;
}

Status Workshops::apply(const QUuid& candidateId, const QUuid& workshopId)
{
    return m_store.write([&](Store::Change& change) -> Status {
        // Read inside the unit of work: the seat and the application as they are now.
        auto read = exec(m_store.connection(),
                         QStringLiteral("SELECT c.family_name, c.given_names, e.workshop_id AS seat, a.workshop_id AS "
                                        "applied, (SELECT title FROM workshop w WHERE w.id = e.workshop_id) AS "
                                        "seat_title FROM candidate c LEFT JOIN enrolment e ON e.candidate_id = c.id "
                                        "LEFT JOIN application a ON a.candidate_id = c.id WHERE c.id = :id"),
                         {{QStringLiteral(":id"), idText(candidateId)}}, tr("Could not read the candidate."));
        if (!read.ok()) {
            return Status(read.error());
        }
        QSqlQuery& q = read.value();
        if (!q.next()) {
            return Status::failure(ErrorCode::NotFound, tr("The candidate is not in the file."));
        }
        const QString name =
            QString(q.value(u"given_names"_s).toString() + QLatin1Char(' ') + q.value(u"family_name"_s).toString())
                .trimmed();
        const QUuid seat = QUuid::fromString(q.value(u"seat"_s).toString());
        const QUuid applied = QUuid::fromString(q.value(u"applied"_s).toString());
        const QString seatTitle = q.value(u"seat_title"_s).toString();
        q.finish();
        if (applied == workshopId) {
            change.nothingChanged = true;
            return Status::success();
        }
        if (!seat.isNull() && seat != workshopId) {
            return Status::failure(
                ErrorCode::Refused,
                tr("%1 holds a seat in \"%2\": the application follows the seat. Hand the seat back first (%3).")
                    .arg(name, seatTitle,
                         FrontEnd::choose(tr("a decision in the Workshops area, or Hand Seat Back"),
                                          tr("\"advance\" with a reason, or \"enrol --none\""))));
        }
        if (!workshopId.isNull()) {
            auto found = exec(m_store.connection(), QStringLiteral("SELECT 1 FROM workshop WHERE id = :w"),
                              {{QStringLiteral(":w"), idText(workshopId)}}, tr("Could not read the workshop."));
            if (!found.ok()) {
                return Status(found.error());
            }
            if (!found.value().next()) {
                return Status::failure(ErrorCode::NotFound, tr("The workshop applied to is not in the file."));
            }
            found.value().finish();
        }
        const QString statement =
            workshopId.isNull()
                ? QStringLiteral("DELETE FROM application WHERE candidate_id = :id")
                : QStringLiteral("INSERT INTO application (candidate_id, workshop_id, applied_at, applied_by) "
                                 "VALUES (:id, :w, :at, :by) ON CONFLICT (candidate_id) DO UPDATE SET "
                                 "workshop_id = excluded.workshop_id, applied_at = excluded.applied_at, "
                                 "applied_by = excluded.applied_by");
        QVariantMap bindings{{QStringLiteral(":id"), idText(candidateId)}};
        if (!workshopId.isNull()) {
            bindings.insert(QStringLiteral(":w"), idText(workshopId));
            bindings.insert(QStringLiteral(":at"), timeText(Clock::nowUtc()));
            bindings.insert(QStringLiteral(":by"), m_store.actor().label());
        }
        if (auto written = exec(m_store.connection(), statement, bindings, tr("Could not record the application."));
            !written.ok()) {
            return Status(written.error());
        }
        change.action = workshopId.isNull() ? QStringLiteral("application.remove") : QStringLiteral("application.set");
        change.entity = QStringLiteral("application");
        change.entityId = idText(candidateId);
        change.subjectId = idText(candidateId);
        if (!applied.isNull()) {
            change.before = QJsonObject{{QStringLiteral("workshop_id"), idText(applied)}};
        }
        if (!workshopId.isNull()) {
            change.after = QJsonObject{{QStringLiteral("workshop_id"), idText(workshopId)}};
        }
        return Status::success();
    });
}
