// SPDX-License-Identifier: GPL-3.0-or-later
// The pipeline's part of the store: decisions, the screening and commitment that the rules
// need, informing, and the closing of a workshop's steps. The rules themselves are
// Pipeline's; this file reads what they need inside the same unit of work that writes.
#include "store/Decisions.h"

#include "assessment/CandidateDisclosure.h"
#include "store/Candidates.h"

#include "Clock.h"
#include "domain/FreeText.h"
#include "store/internal/SeatSql.h"
#include "store/Store.h"
#include "store/internal/StepRecordSql.h"
#include "store/Candidates.h"
#include "store/Assessment.h"
#include "store/Workshops.h"
#include "store/internal/StoreChange.h"
#include "store/internal/StoreWriteSql.h"

#include "domain/AvailabilityCommitment.h"
#include "domain/Candidate.h"
#include "domain/NameCollation.h"
#include "domain/Pipeline.h"
#include "domain/RecordJson.h"
#include "domain/Screening.h"
#include "domain/StageDecision.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace StoreSql;
using namespace Qt::StringLiterals;

namespace {

const QString kDecisionColumns = QStringLiteral(
    "id, candidate_id, workshop_id, from_stage, to_stage, decided_by, decided_at, reason, informed_on, informed_by, "
    "row_version, modified_at, modified_by, override_reason, effective_on, reverses_id");

QUuid idOrNullAt(const QSqlQuery& q, const QString& column)
{
    return q.isNull(column) ? QUuid() : QUuid::fromString(q.value(column).toString());
}

StageDecision readDecision(const QSqlQuery& q)
{
    StageDecision d;
    d.meta = readMeta(q);
    d.candidateId = QUuid::fromString(q.value(u"candidate_id"_s).toString());
    d.workshopId = idOrNullAt(q, u"workshop_id"_s);
    d.from = toKey<Stage>(q.value(u"from_stage"_s), Stage::Applied);
    d.to = toKey<Stage>(q.value(u"to_stage"_s), Stage::Applied);
    d.decidedBy = q.value(u"decided_by"_s).toString();
    d.decidedAt = toTime(q.value(u"decided_at"_s));
    d.reason = q.value(u"reason"_s).toString();
    d.informedOn = toDate(q.value(u"informed_on"_s));
    d.informedBy = toKey<InformChannel>(q.value(u"informed_by"_s));
    d.overrideReason = q.value(u"override_reason"_s).toString();
    d.effectiveOn = toDate(q.value(u"effective_on"_s));
    d.reversesId = idOrNullAt(q, u"reverses_id"_s);
    return d;
}

QVariant idOrNull(const QUuid& id)
{
    return id.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(idText(id));
}

QString nameOf(const QString& family, const QString& given)
{
    return given.trimmed().isEmpty() ? family : QString(family + QStringLiteral(", ") + given);
}

const QString kClosureColumns = QStringLiteral("workshop_id, step, closed, happened_at, person, reason, uninformed");

}  // namespace

Decisions::Decisions(Store& store)
    : m_store(store)
{
}

Result<QList<StageDecision>> Decisions::of(const QUuid& candidateId) const
{
    return readAll<StageDecision>(m_store.connection(),
                                  QStringLiteral("SELECT ") + kDecisionColumns +
                                      QStringLiteral(" FROM stage_decision WHERE candidate_id = :id "
                                                     "ORDER BY decided_at, rowid"),
                                  {{QStringLiteral(":id"), idText(candidateId)}}, readDecision,
                                  tr("Could not read the candidate's decisions."));
}

Result<QList<StageDecision>> Decisions::all() const
{
    return readAll<StageDecision>(m_store.connection(),
                                  QStringLiteral("SELECT ") + kDecisionColumns +
                                      QStringLiteral(" FROM stage_decision ORDER BY candidate_id, decided_at, rowid"),
                                  {}, readDecision, tr("Could not read the decisions."));
}

Result<PipelineSituation> Decisions::situationFor(const StageDecision& decision) const
{
    using R = Result<PipelineSituation>;
    PipelineSituation s;
    const QString id = idText(decision.candidateId);
    auto candidate = exec(m_store.connection(),
                          QStringLiteral("SELECT c.stage, c.family_name, c.given_names, e.workshop_id FROM candidate c "
                                         "LEFT JOIN enrolment e ON e.candidate_id = c.id WHERE c.id = :id"),
                          {{QStringLiteral(":id"), id}}, tr("Could not read the candidate."));
    if (!candidate.ok()) {
        return R(candidate.error());
    }
    if (!candidate.value().next()) {
        return R::failure(ErrorCode::NotFound, tr("The candidate of this decision is not in the file."));
    }
    s.stage = toKey<Stage>(candidate.value().value(u"stage"_s), Stage::Applied);
    s.candidateName = QString(candidate.value().value(u"given_names"_s).toString() + QLatin1Char(' ') +
                              candidate.value().value(u"family_name"_s).toString())
                          .trimmed();
    s.enrolledIn = idOrNullAt(candidate.value(), u"workshop_id"_s);

    auto history = of(decision.candidateId);
    if (!history.ok()) {
        return R(history.error());
    }
    s.history = history.value();
    if (!s.history.isEmpty()) {
        s.latest = s.history.constLast();
    }
    auto recorded = m_store.assessment().outcomes(decision.candidateId);
    if (!recorded.ok()) {
        return R(recorded.error());
    }
    s.outcomes = recorded.value();
    auto bookings = exec(m_store.connection(),
                         QStringLiteral("SELECT count(*) AS bookings FROM activity_participant WHERE candidate_id = "
                                        ":id AND role = 'stage3_candidate'"),
                         {{QStringLiteral(":id"), id}}, tr("Could not read the candidate's activities."));
    if (!bookings.ok()) {
        return R(bookings.error());
    }
    s.stage3Bookings = bookings.value().next() ? bookings.value().value(u"bookings"_s).toInt() : 0;

    // The workshop concerned: the decision's, else the seat's, else the one applied to,
    // else the one the latest decision named (a waitlisted candidate selected when a seat
    // frees up).
    QUuid workshopId = decision.workshopId;
    if (workshopId.isNull()) {
        workshopId = s.enrolledIn;
    }
    if (workshopId.isNull()) {
        auto applied = m_store.workshops().applicationOf(decision.candidateId);
        if (!applied.ok()) {
            return R(applied.error());
        }
        workshopId = applied.value();
    }
    if (workshopId.isNull() && s.latest) {
        workshopId = s.latest->workshopId;
    }
    if (!workshopId.isNull()) {
        auto seats = readAll<WorkshopSeats>(
            m_store.connection(), SeatSql::kSelect + QStringLiteral(" WHERE w.id = :id"),
            {{QStringLiteral(":id"), idText(workshopId)}}, SeatSql::read, tr("Could not read the workshop."));
        if (!seats.ok()) {
            return R(seats.error());
        }
        if (seats.value().isEmpty()) {
            return R::failure(ErrorCode::NotFound, tr("The workshop of this decision is not in the file."));
        }
        s.workshop = seats.value().constFirst();
        if (const auto step = decision.step()) {
            auto closure = readAll<StepClosure>(
                m_store.connection(),
                QStringLiteral("SELECT ") + kClosureColumns +
                    QStringLiteral(" FROM step_closure WHERE workshop_id = :w AND step = :step "
                                   "ORDER BY seq DESC LIMIT 1"),
                {{QStringLiteral(":w"), idText(workshopId)}, {QStringLiteral(":step"), keyOf(*step)}},
                StepRecordSql::readClosure, tr("Could not read the workshop's steps."));
            if (!closure.ok()) {
                return R(closure.error());
            }
            if (!closure.value().isEmpty()) {
                s.closure = closure.value().constFirst();
            }
        }
    }
    auto screened = screening(decision.candidateId);
    if (!screened.ok()) {
        return R(screened.error());
    }
    s.screening = screened.value();
    auto committed = commitment(decision.candidateId);
    if (!committed.ok()) {
        return R(committed.error());
    }
    s.commitment = committed.value();
    auto threshold = exec(m_store.connection(),
                          QStringLiteral("SELECT counted_threshold_percent FROM competence_profile "
                                         "ORDER BY version DESC LIMIT 1"),
                          {}, tr("Could not read the competence profile."));
    if (!threshold.ok()) {
        return R(threshold.error());
    }
    if (threshold.value().next()) {
        s.thresholdPercent = threshold.value().value(u"counted_threshold_percent"_s).toInt();
    }
    s.today = Clock::today();
    return s;
}

Status Decisions::check(const StageDecision& decision) const
{
    auto situation = situationFor(decision);
    if (!situation.ok()) {
        return Status(situation.error());
    }
    return Pipeline::check(decision, situation.value());
}

Result<StageDecision> Decisions::record(const StageDecision& typed)
{
    StageDecision proposed = typed;
    FreeText::tidy(proposed);
    if (auto valid = proposed.validate().toStatus(); !valid.ok()) {
        return Result<StageDecision>(valid.error());
    }
    StageDecision saved = proposed;
    saved.meta = RecordMeta();
    const Status status = m_store.write([&](Store::Change& change) -> Status {
        auto read = situationFor(saved);
        if (!read.ok()) {
            return Status(read.error());
        }
        const PipelineSituation& situation = read.value();
        if (auto allowed = Pipeline::check(saved, situation); !allowed.ok()) {
            return allowed;
        }
        if (saved.workshopId.isNull() && situation.workshop) {
            saved.workshopId = situation.workshop->id;
        }
        if (saved.to == Stage::Accredited && !saved.effectiveOn.isValid()) {
            saved.effectiveOn = saved.decidedAt.toUTC().date();
        }
        stamp(saved.meta, m_store.actor());
        QSqlDatabase db = QSqlDatabase::database(m_store.connection(), false);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO stage_decision (") + kDecisionColumns +
                       QStringLiteral(") VALUES (:id, :candidate_id, :workshop_id, :from_stage, :to_stage, "
                                      ":decided_by, :decided_at, :reason, :informed_on, :informed_by, :row_version, "
                                      ":modified_at, :modified_by, :override_reason, :effective_on, :reverses_id)"));
        bindMeta(insert, saved.meta);
        insert.bindValue(QStringLiteral(":candidate_id"), idText(saved.candidateId));
        insert.bindValue(QStringLiteral(":workshop_id"), idOrNull(saved.workshopId));
        insert.bindValue(QStringLiteral(":from_stage"), keyOf(saved.from));
        insert.bindValue(QStringLiteral(":to_stage"), keyOf(saved.to));
        insert.bindValue(QStringLiteral(":decided_by"), text(saved.decidedBy));
        insert.bindValue(QStringLiteral(":decided_at"), timeText(saved.decidedAt));
        insert.bindValue(QStringLiteral(":reason"), text(saved.reason));
        insert.bindValue(QStringLiteral(":informed_on"), dateValue(saved.informedOn));
        insert.bindValue(QStringLiteral(":informed_by"), keyValue(saved.informedBy));
        insert.bindValue(QStringLiteral(":override_reason"), text(saved.overrideReason.trimmed()));
        insert.bindValue(QStringLiteral(":effective_on"), dateValue(saved.effectiveOn));
        insert.bindValue(QStringLiteral(":reverses_id"), idOrNull(saved.reversesId));
        if (auto done = execSave(insert, true, tr("the decision")); !done.ok()) {
            return done;
        }
        QSqlQuery move(db);
        move.prepare(QStringLiteral("UPDATE candidate SET stage = :stage, row_version = row_version + 1, "
                                    "modified_at = :at, modified_by = :by WHERE id = :id"));
        move.bindValue(QStringLiteral(":stage"), keyOf(saved.to));
        move.bindValue(QStringLiteral(":at"), timeText(saved.meta.modifiedAt));
        move.bindValue(QStringLiteral(":by"), m_store.actor().label());
        move.bindValue(QStringLiteral(":id"), idText(saved.candidateId));
        if (!move.exec()) {
            return sqlFailure(move.lastError(), tr("Could not move the candidate."));
        }
        // The seat follows the decision: taken when the candidate starts to hold one,
        // handed back when they leave before the workshop. A reversed selection hands it
        // back too (the seat came with the selection); the application stays, so the
        // candidate is an applicant of the workshop again.
        const bool release = Pipeline::releasesSeat(saved) || (saved.isReversal() && !Pipeline::holdsSeat(saved.to));
        if (release && !situation.enrolledIn.isNull()) {
            auto freed = exec(m_store.connection(), QStringLiteral("DELETE FROM enrolment WHERE candidate_id = :id"),
                              {{QStringLiteral(":id"), idText(saved.candidateId)}}, tr("Could not free the seat."));
            if (!freed.ok()) {
                return Status(freed.error());
            }
        } else if (Pipeline::needsSeat(saved) && situation.enrolledIn.isNull()) {
            if (auto taken = SeatSql::takeSeat(m_store.connection(), saved.candidateId, saved.workshopId,
                                               saved.meta.modifiedAt, m_store.actor().label());
                !taken.ok()) {
                return taken;
            }
        }
        change.action = saved.isReversal() ? QStringLiteral("decision.reverse") : QStringLiteral("decision.record");
        change.entity = QStringLiteral("stage_decision");
        change.entityId = idText(saved.meta.id);
        change.subjectId = idText(saved.candidateId);
        change.after = RecordJson::toJson(saved);
        return Status::success();
    });
    if (!status.ok()) {
        return Result<StageDecision>(status.error());
    }
    return saved;
}

Result<StageDecision> Decisions::reverse(const QUuid& decisionId, const QString& reason)
{
    using R = Result<StageDecision>;
    auto found = readAll<StageDecision>(
        m_store.connection(),
        QStringLiteral("SELECT ") + kDecisionColumns + QStringLiteral(" FROM stage_decision WHERE id = :id"),
        {{QStringLiteral(":id"), idText(decisionId)}}, readDecision, tr("Could not read the decision."));
    if (!found.ok()) {
        return R(found.error());
    }
    if (found.value().isEmpty()) {
        return R::failure(ErrorCode::NotFound, tr("The decision to reverse is not in the file."));
    }
    const StageDecision& reversed = found.value().constFirst();
    StageDecision reversal;
    reversal.candidateId = reversed.candidateId;
    reversal.workshopId = reversed.workshopId;
    reversal.from = reversed.to;
    reversal.to = reversed.from;
    reversal.reversesId = reversed.meta.id;
    reversal.reason = reason;
    reversal.decidedBy = m_store.actor().label();
    reversal.decidedAt = Clock::nowUtc();
    return record(reversal);
}

Status Decisions::recordInformed(const QUuid& candidateId, const QDate& on, InformChannel channel)
{
    if (!on.isValid()) {
        return Status::failure(ErrorCode::Invalid, tr("Give the date the candidate was informed, as YYYY-MM-DD."));
    }
    if (on > Clock::today()) {
        return Status::failure(ErrorCode::Invalid, tr("The candidate cannot have been informed on a future date."));
    }
    return m_store.write([&](Store::Change& change) -> Status {
        auto pending = readAll<StageDecision>(m_store.connection(),
                                              QStringLiteral("SELECT ") + kDecisionColumns +
                                                  QStringLiteral(" FROM stage_decision WHERE candidate_id = :id AND "
                                                                 "informed_on IS NULL ORDER BY decided_at, rowid"),
                                              {{QStringLiteral(":id"), idText(candidateId)}}, readDecision,
                                              tr("Could not read the candidate's decisions."));
        if (!pending.ok()) {
            return Status(pending.error());
        }
        if (pending.value().isEmpty()) {
            return Status::failure(ErrorCode::Refused,
                                   tr("No decision awaits being told to this candidate; nothing was recorded."));
        }
        for (const StageDecision& d : pending.value()) {
            if (on < d.decidedAt.toUTC().date()) {
                return Status::failure(ErrorCode::Invalid,
                                       tr("The candidate cannot be informed before the decision of %1 was taken.")
                                           .arg(QLocale().toString(d.decidedAt.toUTC().date(), QLocale::ShortFormat)));
            }
        }
        // Informing only fills the two empty fields of each decision; nothing already
        // recorded changes, so the history stays as it was decided.
        auto updated = exec(m_store.connection(),
                            QStringLiteral("UPDATE stage_decision SET informed_on = :on, informed_by = :by, "
                                           "row_version = row_version + 1, modified_at = :at, modified_by = :actor "
                                           "WHERE candidate_id = :id AND informed_on IS NULL"),
                            {{QStringLiteral(":on"), on.toString(Qt::ISODate)},
                             {QStringLiteral(":by"), keyOf(channel)},
                             {QStringLiteral(":at"), timeText(Clock::nowUtc())},
                             {QStringLiteral(":actor"), m_store.actor().label()},
                             {QStringLiteral(":id"), idText(candidateId)}},
                            tr("Could not record that the candidate was informed."));
        if (!updated.ok()) {
            return Status(updated.error());
        }
        QJsonArray ids;
        for (const StageDecision& d : pending.value()) {
            ids.append(idText(d.meta.id));
        }
        change.action = QStringLiteral("decision.inform");
        change.entity = QStringLiteral("stage_decision");
        change.entityId = idText(pending.value().constLast().meta.id);
        change.subjectId = idText(candidateId);
        change.after = QJsonObject{{QStringLiteral("decisions"), ids},
                                   {QStringLiteral("informed_on"), on.toString(Qt::ISODate)},
                                   {QStringLiteral("informed_by"), keyOf(channel)}};
        return Status::success();
    });
}

Result<QList<PendingInforming>> Decisions::toInform(const QUuid& workshopId) const
{
    // One row a candidate: their latest decision not yet told is what they are to be told
    // (where they stand now); the earlier ones it superseded are told with it.
    QString sql = QStringLiteral(
        "SELECT d.candidate_id, c.family_name, c.given_names, c.stage AS stage, d.id, d.workshop_id, d.from_stage, "
        "d.to_stage, d.decided_at, d.reverses_id, (SELECT count(*) FROM stage_decision e WHERE e.candidate_id = "
        "d.candidate_id "
        "AND e.informed_on IS NULL) AS awaiting FROM stage_decision d JOIN candidate c ON c.id = d.candidate_id "
        "WHERE d.informed_on IS NULL AND c.archived_at IS NULL AND d.rowid = (SELECT e.rowid FROM stage_decision e "
        "WHERE e.candidate_id = d.candidate_id AND e.informed_on IS NULL ORDER BY e.decided_at DESC, e.rowid DESC "
        "LIMIT 1)");
    QVariantMap bindings;
    if (!workshopId.isNull()) {
        sql += QStringLiteral(" AND d.workshop_id = :w");
        bindings.insert(QStringLiteral(":w"), idText(workshopId));
    }
    sql += QStringLiteral(" ORDER BY d.decided_at, d.rowid");
    // A reviewer is told of their own candidates only, under their code in an anonymised
    // round (CandidateDisclosure), as on the board.
    const auto disclosure = m_store.candidates().disclosure();
    if (!disclosure.ok()) {
        return Result<QList<PendingInforming>>(disclosure.error());
    }
    const CandidateDisclosure& shown = disclosure.value();
    QHash<QUuid, QString> sortTexts;
    auto read = readAll<PendingInforming>(
        m_store.connection(), sql, bindings,
        [&sortTexts, &shown](const QSqlQuery& q) {
            PendingInforming p;
            p.candidateId = QUuid::fromString(q.value(u"candidate_id"_s).toString());
            const QString family = q.value(u"family_name"_s).toString();
            const QString given = q.value(u"given_names"_s).toString();
            const Stage stage = toKey<Stage>(q.value(u"stage"_s), Stage::Applied);
            p.candidateName = shown.nameShown(p.candidateId, stage, nameOf(family, given));
            sortTexts.insert(p.candidateId,
                             shown.anonymisesAt(stage) ? p.candidateName : NameCollation::personText(family, given));
            p.decisionId = QUuid::fromString(q.value(u"id"_s).toString());
            p.workshopId = idOrNullAt(q, u"workshop_id"_s);
            p.from = toKey<Stage>(q.value(u"from_stage"_s), Stage::Applied);
            p.to = toKey<Stage>(q.value(u"to_stage"_s), Stage::Applied);
            p.decidedAt = toTime(q.value(u"decided_at"_s));
            StageDecision move;
            move.from = p.from;
            move.to = p.to;
            move.reversesId = idOrNullAt(q, u"reverses_id"_s);
            p.step = move.step();
            p.reversal = move.isReversal();
            p.decisionsAwaiting = q.value(u"awaiting"_s).toInt();
            return p;
        },
        tr("Could not read who is still to be informed."));
    if (read.ok() && !shown.seesEverything()) {
        read.value().removeIf([&](const PendingInforming& p) { return !shown.sees(p.candidateId); });
    }
    if (read.ok()) {
        // By name, as every list of people; a person's decisions stay in the order taken.
        NameCollation().sort(read.value(), [&](const PendingInforming& p) { return sortTexts.value(p.candidateId); });
    }
    return read;
}

Status Decisions::recordScreening(const Screening& screening)
{
    return m_store.writeScreening([&]() -> Result<Screening> { return screening; });
}

Result<std::optional<Screening>> Decisions::screening(const QUuid& candidateId) const
{
    using R = Result<std::optional<Screening>>;
    auto q = exec(m_store.connection(),
                  QStringLiteral("SELECT hard_met, counted_met, counted_total, note, recorded_at, recorded_by, "
                                 "override_reason FROM screening WHERE candidate_id = :id"),
                  {{QStringLiteral(":id"), idText(candidateId)}}, tr("Could not read the screening."));
    if (!q.ok()) {
        return R(q.error());
    }
    if (!q.value().next()) {
        return std::optional<Screening>();
    }
    Screening s;
    s.candidateId = candidateId;
    s.hardRequirementsMet = q.value().value(u"hard_met"_s).toInt() == 1;
    s.countedMet = q.value().value(u"counted_met"_s).toInt();
    s.countedTotal = q.value().value(u"counted_total"_s).toInt();
    s.note = q.value().value(u"note"_s).toString();
    s.recordedAt = toTime(q.value().value(u"recorded_at"_s));
    s.recordedBy = q.value().value(u"recorded_by"_s).toString();
    s.overrideReason = q.value().value(u"override_reason"_s).toString();
    return std::optional<Screening>(s);
}

Status Decisions::recordCommitment(const AvailabilityCommitment& typed)
{
    AvailabilityCommitment commitment = typed;
    FreeText::tidy(commitment);
    if (auto valid = commitment.validate().toStatus(); !valid.ok()) {
        return valid;
    }
    return m_store.write([&](Store::Change& change) -> Status {
        auto previous = this->commitment(commitment.candidateId);
        if (!previous.ok()) {
            return Status(previous.error());
        }
        auto candidate = m_store.candidates().byId(commitment.candidateId);
        if (!candidate.ok()) {
            return Status(candidate.error());
        }
        if (auto valid = commitment.validate(Clock::today(), candidate.value().applicationDate).toStatus();
            !valid.ok()) {
            return valid;
        }
        auto saved =
            exec(m_store.connection(),
                 QStringLiteral("INSERT INTO availability_commitment (candidate_id, given_on, how, recorded_at, "
                                "recorded_by) VALUES (:id, :on, :how, :at, :by) ON CONFLICT (candidate_id) "
                                "DO UPDATE SET given_on = excluded.given_on, how = excluded.how, "
                                "recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by"),
                 {{QStringLiteral(":id"), idText(commitment.candidateId)},
                  {QStringLiteral(":on"), commitment.givenOn.toString(Qt::ISODate)},
                  {QStringLiteral(":how"), commitment.how.trimmed()},
                  {QStringLiteral(":at"), timeText(Clock::nowUtc())},
                  {QStringLiteral(":by"), m_store.actor().label()}},
                 tr("Could not save the commitment."));
        if (!saved.ok()) {
            return Status(saved.error());
        }
        const auto json = [](const AvailabilityCommitment& c) {
            return QJsonObject{{QStringLiteral("given_on"), c.givenOn.toString(Qt::ISODate)},
                               {QStringLiteral("how"), c.how}};
        };
        change.action = QStringLiteral("commitment.record");
        change.entity = QStringLiteral("availability_commitment");
        change.entityId = idText(commitment.candidateId);
        change.subjectId = idText(commitment.candidateId);
        if (previous.value()) {
            change.before = json(*previous.value());
        }
        change.after = json(commitment);
        return Status::success();
    });
}

Result<std::optional<AvailabilityCommitment>> Decisions::commitment(const QUuid& candidateId) const
{
    using R = Result<std::optional<AvailabilityCommitment>>;
    auto q = exec(m_store.connection(),
                  QStringLiteral("SELECT given_on, how, recorded_at, recorded_by FROM availability_commitment "
                                 "WHERE candidate_id = :id"),
                  {{QStringLiteral(":id"), idText(candidateId)}}, tr("Could not read the commitment."));
    if (!q.ok()) {
        return R(q.error());
    }
    if (!q.value().next()) {
        return std::optional<AvailabilityCommitment>();
    }
    AvailabilityCommitment c;
    c.candidateId = candidateId;
    c.givenOn = toDate(q.value().value(u"given_on"_s));
    c.how = q.value().value(u"how"_s).toString();
    c.recordedAt = toTime(q.value().value(u"recorded_at"_s));
    c.recordedBy = q.value().value(u"recorded_by"_s).toString();
    return std::optional<AvailabilityCommitment>(c);
}

Result<QList<StepClosure>> Decisions::stepClosures(const QUuid& workshopId) const
{
    return readAll<StepClosure>(m_store.connection(),
                                QStringLiteral("SELECT ") + kClosureColumns +
                                    QStringLiteral(" FROM step_closure s WHERE workshop_id = :w AND seq = "
                                                   "(SELECT max(seq) FROM step_closure t WHERE t.workshop_id = "
                                                   "s.workshop_id AND t.step = s.step) ORDER BY seq"),
                                {{QStringLiteral(":w"), idText(workshopId)}}, StepRecordSql::readClosure,
                                tr("Could not read the workshop's steps."));
}

namespace {

// Which decisions belong to a step, for counting who is still to be told: by their move,
// a reversal by the move it corrects (StageDecision::step()).
QString moveFilter(PipelineStep step, const QString& to, const QString& from)
{
    switch (step) {
    case PipelineStep::Selection:
        return QStringLiteral("(%1 IN ('selected','waitlisted','not_selected','confirmed','applied') OR "
                              "(%1 = 'withdrawn' AND %2 IN "
                              "('applied','selected','waitlisted','not_selected','confirmed')))")
            .arg(to, from);
    case PipelineStep::Workshop:
        return QStringLiteral("(%1 IN ('workshop_passed','workshop_failed') OR "
                              "(%1 = 'withdrawn' AND %2 = 'workshop_failed'))")
            .arg(to, from);
    case PipelineStep::FieldAssessment:
        return QStringLiteral("(%1 IN ('accredited','not_accredited') OR "
                              "(%1 = 'withdrawn' AND %2 = 'workshop_passed'))")
            .arg(to, from);
    }
    return QStringLiteral("0");
}

QString stepFilter(PipelineStep step)
{
    return QStringLiteral("((d.reverses_id IS NULL AND %1) OR (d.reverses_id IS NOT NULL AND %2))")
        .arg(moveFilter(step, QStringLiteral("d.to_stage"), QStringLiteral("d.from_stage")),
             moveFilter(step, QStringLiteral("d.from_stage"), QStringLiteral("d.to_stage")));
}

}  // namespace

Status Decisions::closeStep(const QUuid& workshopId, PipelineStep step, const QString& reason)
{
    return m_store.write([&](Store::Change& change) -> Status {
        auto seats = readAll<WorkshopSeats>(
            m_store.connection(), SeatSql::kSelect + QStringLiteral(" WHERE w.id = :id"),
            {{QStringLiteral(":id"), idText(workshopId)}}, SeatSql::read, tr("Could not read the workshop."));
        if (!seats.ok()) {
            return Status(seats.error());
        }
        if (seats.value().isEmpty()) {
            return Status::failure(ErrorCode::NotFound, tr("The workshop is not in the file."));
        }
        const WorkshopSeats& workshop = seats.value().constFirst();
        auto closures = stepClosures(workshopId);
        if (!closures.ok()) {
            return Status(closures.error());
        }
        for (const StepClosure& c : closures.value()) {
            if (c.step == step && c.closed) {
                return Status::failure(ErrorCode::Refused,
                                       tr("%1 of \"%2\" is already closed.").arg(labelOf(step), workshop.title));
            }
        }
        auto counted =
            exec(m_store.connection(),
                 QStringLiteral("SELECT count(DISTINCT d.candidate_id) AS uninformed FROM stage_decision d WHERE "
                                "d.workshop_id = :w AND d.informed_on IS NULL AND ") +
                     stepFilter(step),
                 {{QStringLiteral(":w"), idText(workshopId)}}, tr("Could not count who is to be informed."));
        if (!counted.ok()) {
            return Status(counted.error());
        }
        const int uninformed = counted.value().next() ? counted.value().value(u"uninformed"_s).toInt() : 0;
        if (auto allowed = Pipeline::checkClosing(workshop, step, uninformed, reason); !allowed.ok()) {
            return allowed;
        }
        auto saved = exec(m_store.connection(),
                          QStringLiteral("INSERT INTO step_closure (") + kClosureColumns +
                              QStringLiteral(") VALUES (:w, :step, 1, :at, :by, :reason, :uninformed)"),
                          {{QStringLiteral(":w"), idText(workshopId)},
                           {QStringLiteral(":step"), keyOf(step)},
                           {QStringLiteral(":at"), timeText(Clock::nowUtc())},
                           {QStringLiteral(":by"), m_store.actor().label()},
                           {QStringLiteral(":reason"), text(reason.trimmed())},
                           {QStringLiteral(":uninformed"), uninformed}},
                          tr("Could not close the step."));
        if (!saved.ok()) {
            return Status(saved.error());
        }
        change.action = QStringLiteral("step.close");
        change.entity = QStringLiteral("workshop");
        change.entityId = idText(workshopId);
        change.after = QJsonObject{{QStringLiteral("step"), keyOf(step)},
                                   {QStringLiteral("uninformed"), uninformed},
                                   {QStringLiteral("reason"), reason.trimmed()}};
        return Status::success();
    });
}

Status Decisions::reopenStep(const QUuid& workshopId, PipelineStep step, const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        return Status::failure(ErrorCode::Invalid, tr("Write why the step is reopened; it is kept with the workshop."));
    }
    return m_store.write([&](Store::Change& change) -> Status {
        auto closures = stepClosures(workshopId);
        if (!closures.ok()) {
            return Status(closures.error());
        }
        bool closed = false;
        for (const StepClosure& c : closures.value()) {
            closed = closed || (c.step == step && c.closed);
        }
        if (!closed) {
            return Status::failure(ErrorCode::Refused, tr("%1 is not closed for this workshop.").arg(labelOf(step)));
        }
        auto saved = exec(m_store.connection(),
                          QStringLiteral("INSERT INTO step_closure (") + kClosureColumns +
                              QStringLiteral(") VALUES (:w, :step, 0, :at, :by, :reason, 0)"),
                          {{QStringLiteral(":w"), idText(workshopId)},
                           {QStringLiteral(":step"), keyOf(step)},
                           {QStringLiteral(":at"), timeText(Clock::nowUtc())},
                           {QStringLiteral(":by"), m_store.actor().label()},
                           {QStringLiteral(":reason"), text(reason.trimmed())}},
                          tr("Could not reopen the step."));
        if (!saved.ok()) {
            return Status(saved.error());
        }
        change.action = QStringLiteral("step.reopen");
        change.entity = QStringLiteral("workshop");
        change.entityId = idText(workshopId);
        change.after = QJsonObject{{QStringLiteral("step"), keyOf(step)}, {QStringLiteral("reason"), reason.trimmed()}};
        return Status::success();
    });
}

Result<QList<PipelineCard>> Decisions::cards(const QUuid& workshopId) const
{
    int threshold = 50;
    if (auto profile = exec(m_store.connection(),
                            QStringLiteral("SELECT counted_threshold_percent FROM competence_profile "
                                           "ORDER BY version DESC LIMIT 1"),
                            {}, tr("Could not read the competence profile."));
        profile.ok() && profile.value().next()) {
        threshold = profile.value().value(u"counted_threshold_percent"_s).toInt();
    }
    QString sql =
        QStringLiteral("SELECT c.id, c.family_name, c.given_names, c.administration, c.region, c.stage, e.workshop_id, "
                       "EXISTS (SELECT 1 FROM availability_commitment a WHERE a.candidate_id = c.id) AS committed, "
                       "EXISTS (SELECT 1 FROM stage_decision d WHERE d.candidate_id = c.id AND d.informed_on IS NULL) "
                       "AS uninformed, "
                       "s.hard_met, s.counted_met, s.counted_total "
                       "FROM candidate c LEFT JOIN enrolment e ON e.candidate_id = c.id "
                       "LEFT JOIN screening s ON s.candidate_id = c.id WHERE c.archived_at IS NULL");
    QVariantMap bindings;
    if (!workshopId.isNull()) {
        sql += QStringLiteral(" AND (e.workshop_id = :w OR EXISTS (SELECT 1 FROM application ap WHERE "
                              "ap.candidate_id = c.id AND ap.workshop_id = :w) OR EXISTS (SELECT 1 FROM "
                              "stage_decision d WHERE d.candidate_id = c.id AND d.workshop_id = :w))");
        bindings.insert(QStringLiteral(":w"), idText(workshopId));
    }
    sql += QStringLiteral(" ORDER BY c.family_name, c.given_names");
    QHash<QUuid, QString> sortTexts;
    auto read = readAll<PipelineCard>(
        m_store.connection(), sql, bindings,
        [threshold, &sortTexts](const QSqlQuery& q) {
            PipelineCard card;
            card.candidateId = QUuid::fromString(q.value(u"id"_s).toString());
            const QString family = q.value(u"family_name"_s).toString();
            const QString given = q.value(u"given_names"_s).toString();
            sortTexts.insert(card.candidateId, NameCollation::personText(family, given));
            card.name = nameOf(family, given);
            card.administration = q.value(u"administration"_s).toString();
            card.region = toKey<Region>(q.value(u"region"_s));
            card.stage = toKey<Stage>(q.value(u"stage"_s), Stage::Applied);
            card.workshopId = idOrNullAt(q, u"workshop_id"_s);
            card.commitmentMissing = card.stage == Stage::Selected && q.value(u"committed"_s).toInt() == 0;
            card.notInformed = q.value(u"uninformed"_s).toInt() == 1;
            if (card.stage == Stage::Applied || card.stage == Stage::Waitlisted) {
                Screening s;
                s.hardRequirementsMet = q.value(u"hard_met"_s).toInt() == 1;
                s.countedMet = q.value(u"counted_met"_s).toInt();
                s.countedTotal = q.value(u"counted_total"_s).toInt();
                card.screeningShort = !q.isNull(u"hard_met"_s) && !s.qualifies(threshold);
            }
            return card;
        },
        tr("Could not read the pipeline."));
    if (read.ok()) {
        NameCollation().sort(read.value(), [&](const PipelineCard& c) { return sortTexts.value(c.candidateId); });
    }
    // The board, the ranking and the counts made of the cards show a reviewer only whom
    // they may see, under a code in an anonymised round (CandidateDisclosure).
    const auto disclosure = m_store.candidates().disclosure();
    if (!disclosure.ok()) {
        return Result<QList<PipelineCard>>(disclosure.error());
    }
    if (read.ok() && !disclosure.value().seesEverything()) {
        read.value().removeIf([&](const PipelineCard& c) { return !disclosure.value().sees(c.candidateId); });
        for (PipelineCard& card : read.value()) {
            if (disclosure.value().anonymisesAt(card.stage)) {
                card.name = CandidateDisclosure::codeOf(card.candidateId);
                card.administration.clear();
            }
        }
    }
    return read;
}

Result<QHash<Stage, int>> Decisions::stageCounts() const
{
    QSqlQuery q(QSqlDatabase::database(m_store.connection(), false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT stage, count(*) AS candidates FROM candidate GROUP BY stage"))) {
        return Result<QHash<Stage, int>>(sqlError(q.lastError(), tr("Could not count the candidates.")));
    }
    QHash<Stage, int> counts;
    while (q.next()) {
        if (const auto stage = fromKey<Stage>(q.value(u"stage"_s).toString())) {
            counts.insert(*stage, q.value(u"candidates"_s).toInt());
        }
    }
    return counts;
}

Result<QList<WorkshopFunnel>> Decisions::funnel() const
{
    using R = Result<QList<WorkshopFunnel>>;
    QSqlDatabase db = QSqlDatabase::database(m_store.connection(), false);
    QList<WorkshopFunnel> funnels;
    QHash<QUuid, int> index;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT w.id, w.title, w.start_date, count(DISTINCT d.candidate_id) AS candidates "
                               "FROM workshop w LEFT JOIN stage_decision d ON d.workshop_id = w.id "
                               "GROUP BY w.id ORDER BY w.start_date, w.title"))) {
        return R(sqlError(q.lastError(), tr("Could not read the workshops.")));
    }
    while (q.next()) {
        WorkshopFunnel f;
        f.workshopId = QUuid::fromString(q.value(u"id"_s).toString());
        f.title = q.value(u"title"_s).toString();
        f.startDate = toDate(q.value(u"start_date"_s));
        f.candidates = q.value(u"candidates"_s).toInt();
        index.insert(f.workshopId, int(funnels.size()));
        funnels.append(f);
    }
    q.finish();
    QSqlQuery stages(db);
    stages.setForwardOnly(true);
    if (!stages.exec(
            QStringLiteral("SELECT workshop_id, to_stage, count(DISTINCT candidate_id) AS candidates "
                           "FROM stage_decision WHERE workshop_id IS NOT NULL GROUP BY workshop_id, to_stage"))) {
        return R(sqlError(stages.lastError(), tr("Could not read the decisions.")));
    }
    while (stages.next()) {
        const auto at = index.constFind(QUuid::fromString(stages.value(u"workshop_id"_s).toString()));
        const auto stage = fromKey<Stage>(stages.value(u"to_stage"_s).toString());
        if (at != index.constEnd() && stage) {
            funnels[*at].reached.insert(*stage, stages.value(u"candidates"_s).toInt());
        }
    }
    return funnels;
}
