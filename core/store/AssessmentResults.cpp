// SPDX-License-Identifier: GPL-3.0-or-later
// A workshop's reports, read whole: its Stage 2 results and the round summary. What they
// show is WorkshopResults' and RoundSummary's; here they are read, as the actor may see
// them (scoreVisibility), in one call each for the window, the CLI and the printed pages.
// Once assessment runs in rounds, workshopResults() reads the Stage 2 round's ratings and
// consensus here, and nothing above it changes.
#include "store/Assessment.h"

#include "FrontEnd.h"

#include "store/Candidates.h"
#include "store/Decisions.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/internal/StepRecordSql.h"
#include "store/internal/StoreSql.h"
#include "store/internal/StoreWriteSql.h"

#include "assessment/CandidateDisclosure.h"
#include "assessment/RoundSummary.h"
#include "assessment/ScoreVisibility.h"
#include "assessment/SubmittedRating.h"
#include "assessment/WorkshopApplicant.h"
#include "assessment/WorkshopResults.h"
#include "domain/Candidate.h"
#include "domain/StageDecision.h"
#include "domain/Workshop.h"

#include <QSqlQuery>

using namespace StoreSql;
using namespace Qt::StringLiterals;

namespace {

/// The workshop with `id`; NotFound, saying where to look, when the file has none.
Result<Workshop> findWorkshop(Store& store, const QUuid& id)
{
    const auto all = store.workshops().all();
    if (!all.ok()) {
        return Result<Workshop>(all.error());
    }
    for (const Workshop& w : all.value()) {
        if (w.meta.id == id) {
            return w;
        }
    }
    return Result<Workshop>::failure(
        ErrorCode::NotFound, Assessment::tr("The file has no such workshop (it may have been removed meanwhile). %1")
                                 .arg(FrontEnd::choose(Assessment::tr("Choose one in the Workshops area."),
                                                       Assessment::tr("List them with: workshops FILE"))));
}

/// Every decision of the file, by candidate, each candidate's oldest first.
Result<QHash<QUuid, QList<StageDecision>>> histories(Store& store)
{
    const auto all = store.decisions().all();
    if (!all.ok()) {
        return Result<QHash<QUuid, QList<StageDecision>>>(all.error());
    }
    QHash<QUuid, QList<StageDecision>> byCandidate;
    for (const StageDecision& d : all.value()) {
        byCandidate[d.candidateId].append(d);
    }
    return byCandidate;
}

}  // namespace

Result<WorkshopResults> Assessment::workshopResults(const QUuid& workshopId) const
{
    using R = Result<WorkshopResults>;
    const auto workshop = findWorkshop(m_store, workshopId);
    if (!workshop.ok()) {
        return R(workshop.error());
    }
    const auto criteria = m_store.workshops().criteria(workshopId);
    if (!criteria.ok()) {
        return R(criteria.error());
    }
    auto applicantList = applicants(workshopId);
    if (!applicantList.ok()) {
        return R(applicantList.error());
    }
    // The results are Stage 2's: a reviewer sees the names as that round shows them, whatever
    // stage the candidates stand at now (CandidateDisclosure::disclosedIn).
    if (const auto disclosure = m_store.candidates().disclosure(); !disclosure.ok()) {
        return R(disclosure.error());
    } else if (!disclosure.value().seesEverything()) {
        const auto shown = m_store.candidates().allIn(PipelineStep::Workshop);
        if (!shown.ok()) {
            return R(shown.error());
        }
        QHash<QUuid, Candidate> byId;
        for (const Candidate& c : shown.value()) {
            byId.insert(c.meta.id, c);
        }
        for (WorkshopApplicant& a : applicantList.value()) {
            const Candidate c = byId.value(a.candidateId);
            a.name =
                c.givenNames.isEmpty() ? c.familyName : QString(c.familyName + QStringLiteral(", ") + c.givenNames);
            a.administration = c.administration;
        }
    }
    const auto submitted = ratings(workshopId, PipelineStep::Workshop);  // the Stage 2 round, as the actor may see it
    if (!submitted.ok()) {
        return R(submitted.error());
    }
    // Every consensus and Stage 2 outcome of the file: build() keeps the participants'.
    const auto consensusList = readAll<ConsensusRating>(
        m_store.connection(),
        QStringLiteral("SELECT candidate_id, round, criterion_key, rating, comment FROM consensus "
                       "WHERE round = 'workshop' AND criterion_key LIKE 'workshop:%' "
                       "ORDER BY candidate_id, criterion_key"),
        {},
        [](const QSqlQuery& q) {
            ConsensusRating c;
            c.candidateId = QUuid::fromString(q.value(u"candidate_id"_s).toString());
            c.criterionKey = q.value(u"criterion_key"_s).toString();
            c.round = PipelineStep::Workshop;
            c.rating = q.value(u"rating"_s).toInt();
            c.comment = q.value(u"comment"_s).toString();
            return c;
        },
        tr("Could not read the consensus."));
    if (!consensusList.ok()) {
        return R(consensusList.error());
    }
    const auto outcomeList = readAll<AssessmentOutcome>(
        m_store.connection(),
        QStringLiteral("SELECT candidate_id, step, passed, note, recorded_at, recorded_by FROM assessment_outcome "
                       "WHERE step = :step"),
        {{QStringLiteral(":step"), keyOf(PipelineStep::Workshop)}}, StepRecordSql::readOutcome,
        tr("Could not read the outcomes."));
    if (!outcomeList.ok()) {
        return R(outcomeList.error());
    }
    const auto history = histories(m_store);
    if (!history.ok()) {
        return R(history.error());
    }
    const auto visibility = scoreVisibility();
    if (!visibility.ok()) {
        return R(visibility.error());
    }
    return WorkshopResults::build(workshop.value(), criteria.value(), applicantList.value(), submitted.value(),
                                  visibility.value().consensus(consensusList.value()), outcomeList.value(),
                                  history.value(), visibility.value());
}

Result<RoundSummary> Assessment::roundSummary(const QUuid& workshopId) const
{
    using R = Result<RoundSummary>;
    QList<CandidateReach> candidates;
    QString title;
    // A reviewer's summary counts the candidates they see (their assigned ones unless the file
    // says all); the administration of a candidate anonymised to them is counted apart, so
    // that a group of one does not tell whose code is whose (CandidateDisclosure).
    const auto shown = m_store.candidates().disclosure();
    if (!shown.ok()) {
        return R(shown.error());
    }
    const CandidateDisclosure& disclosure = shown.value();
    const QString withheld = tr("Not shown (anonymised review)");
    if (!workshopId.isNull()) {
        const auto workshop = findWorkshop(m_store, workshopId);
        if (!workshop.ok()) {
            return R(workshop.error());
        }
        title = workshop.value().title;
        // The workshop's applicants as its board and ranking count them.
        const auto applicantList = applicants(workshopId);
        if (!applicantList.ok()) {
            return R(applicantList.error());
        }
        for (const WorkshopApplicant& a : applicantList.value()) {
            CandidateReach c;
            c.candidateId = a.candidateId;
            c.region = a.region;
            c.gender = a.gender;
            c.administration = disclosure.anonymisesAt(a.stage) ? withheld : a.administration;
            candidates.append(c);
        }
    } else {
        // Archived candidates are out of every list of the window; they are out of here too.
        const auto all = readAll<CandidateReach>(
            m_store.connection(),
            QStringLiteral("SELECT id, region, gender, administration, stage FROM candidate WHERE archived_at IS NULL"),
            {},
            [&](const QSqlQuery& q) {
                CandidateReach c;
                c.candidateId = QUuid::fromString(q.value(u"id"_s).toString());
                c.region = toKey<Region>(q.value(u"region"_s));
                c.gender = toKey<Gender>(q.value(u"gender"_s), Gender::Undisclosed);
                c.administration = disclosure.anonymisesAt(toKey<Stage>(q.value(u"stage"_s), Stage::Applied))
                                       ? withheld
                                       : q.value(u"administration"_s).toString();
                return c;
            },
            tr("Could not read the candidates."));
        if (!all.ok()) {
            return R(all.error());
        }
        candidates = all.value();
        candidates.removeIf([&](const CandidateReach& c) { return !disclosure.sees(c.candidateId); });
    }
    const auto history = histories(m_store);
    if (!history.ok()) {
        return R(history.error());
    }
    for (CandidateReach& c : candidates) {
        c.reachFrom(history.value().value(c.candidateId), workshopId);
    }
    RoundSummary summary = RoundSummary::of(candidates);
    summary.workshopId = workshopId;
    summary.workshopTitle = title;
    return summary;
}
