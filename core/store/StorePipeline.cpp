// SPDX-License-Identifier: GPL-3.0-or-later
// The one write of a screening, which Decisions (a screening the officer records) and
// Assessment (the pre-check's, confirmed) share; the rest of the pipeline is Decisions'.
#include "domain/FreeText.h"
#include "Clock.h"
#include "FrontEnd.h"
#include "store/Store.h"
#include "store/Assessment.h"
#include "store/Decisions.h"
#include "store/internal/StoreChange.h"

#include "domain/Screening.h"
#include "assessment/ScreeningCheck.h"
#include "store/internal/StoreWriteSql.h"

#include <QJsonObject>

using namespace StoreSql;

Status Store::writeScreening(const std::function<Result<Screening>()>& decide)
{
    return write([&](Change& change) -> Status {
        const auto decided = decide();
        if (!decided.ok()) {
            return Status(decided.error());
        }
        Screening screening = decided.value();
        FreeText::tidy(screening);
        if (auto valid = screening.validate().toStatus(); !valid.ok()) {
            return valid;
        }
        auto previous = decisions().screening(screening.candidateId);
        if (!previous.ok()) {
            return Status(previous.error());
        }
        // A judgment against what the candidate's own data say is an override: it is kept
        // with its reason, never taken silently.
        const auto check = assessment().screeningCheck(screening.candidateId);
        if (!check.ok() && check.code() != ErrorCode::NotFound) {
            return Status(check.error());
        }
        // A file without a competence profile (only ever a very old one) has no pre-check
        // for the officer's judgment to contradict.
        const auto against = check.ok() ? check.value().contradictions(screening.hardRequirementsMet)
                                        : QList<ScreeningCheck::Requirement>();
        if (!against.isEmpty() && screening.overrideReason.trimmed().isEmpty()) {
            QStringList said;
            for (const ScreeningCheck::Requirement& r : against) {
                said.append(r.reason);
            }
            return Status::failure(
                ErrorCode::Refused,
                tr("The candidate's data say a hard requirement is not met: %1").arg(said.join(QLatin1Char(' '))) +
                    QLatin1Char(' ') +
                    FrontEnd::choose(tr("To judge otherwise, write why in the screening's note and save again."),
                                     tr("To judge otherwise, give --reason TEXT saying why.")));
        }
        const QDateTime now = Clock::nowUtc();
        auto saved =
            exec(connection(),
                 QStringLiteral("INSERT INTO screening (candidate_id, hard_met, counted_met, counted_total, note, "
                                "recorded_at, recorded_by, override_reason) VALUES (:id, :hard, :met, :total, "
                                ":note, :at, :by, :override) "
                                "ON CONFLICT (candidate_id) DO UPDATE SET hard_met = excluded.hard_met, "
                                "counted_met = excluded.counted_met, counted_total = excluded.counted_total, "
                                "note = excluded.note, recorded_at = excluded.recorded_at, "
                                "recorded_by = excluded.recorded_by, "
                                "override_reason = excluded.override_reason"),
                 {{QStringLiteral(":id"), idText(screening.candidateId)},
                  {QStringLiteral(":hard"), screening.hardRequirementsMet ? 1 : 0},
                  {QStringLiteral(":met"), screening.countedMet},
                  {QStringLiteral(":total"), screening.countedTotal},
                  {QStringLiteral(":note"), text(screening.note.trimmed())},
                  {QStringLiteral(":at"), timeText(now)},
                  {QStringLiteral(":by"), m_actor.label()},
                  {QStringLiteral(":override"), text(screening.overrideReason.trimmed())}},
                 tr("Could not save the screening."));
        if (!saved.ok()) {
            return Status(saved.error());
        }
        const auto json = [](const Screening& s) {
            return QJsonObject{{QStringLiteral("hard_requirements_met"), s.hardRequirementsMet},
                               {QStringLiteral("counted_met"), s.countedMet},
                               {QStringLiteral("counted_total"), s.countedTotal},
                               {QStringLiteral("note"), s.note},
                               {QStringLiteral("override_reason"), s.overrideReason}};
        };
        change.action = QStringLiteral("screening.record");
        change.entity = QStringLiteral("screening");
        change.entityId = idText(screening.candidateId);
        change.subjectId = idText(screening.candidateId);
        if (previous.value()) {
            change.before = json(*previous.value());
        }
        change.after = json(screening);
        return Status::success();
    });
}
