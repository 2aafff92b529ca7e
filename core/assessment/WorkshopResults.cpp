// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/WorkshopResults.h"

#include "assessment/ScoreVisibility.h"
#include "assessment/ScoringForm.h"
#include "assessment/SubmittedRating.h"
#include "domain/NameCollation.h"
#include "domain/Pipeline.h"

#include <cmath>

std::optional<double> CriterionResult::mean() const
{
    if (ratings.isEmpty()) {
        return std::nullopt;
    }
    double sum = 0;
    for (int r : ratings) {
        sum += r;
    }
    return sum / double(ratings.size());
}

bool WorkshopResults::tookPart(const QList<StageDecision>& history, const QUuid& workshopId)
{
    for (const StageDecision& d : Pipeline::standing(history)) {
        if (d.workshopId == workshopId &&
            (d.to == Stage::Confirmed || d.to == Stage::WorkshopPassed || d.to == Stage::WorkshopFailed)) {
            return true;
        }
    }
    return false;
}

WorkshopResults WorkshopResults::build(const Workshop& workshop, const QList<Criterion>& criteria,
                                       const QList<WorkshopApplicant>& applicants,
                                       const QList<SubmittedRating>& ratings, const QList<ConsensusRating>& consensus,
                                       const QList<AssessmentOutcome>& outcomes,
                                       const QHash<QUuid, QList<StageDecision>>& histories,
                                       const ScoreVisibility& visibility)
{
    WorkshopResults results;
    results.workshop = workshop;
    results.criteria = criteria;
    QHash<QUuid, AssessmentOutcome> outcomeOf;
    for (const AssessmentOutcome& o : outcomes) {
        if (o.step == PipelineStep::Workshop) {
            outcomeOf.insert(o.candidateId, o);
        }
    }
    QHash<QUuid, qsizetype> rowOf;
    for (const WorkshopApplicant& a : applicants) {
        const QList<StageDecision> history = histories.value(a.candidateId);
        if (!tookPart(history, workshop.meta.id) && !outcomeOf.contains(a.candidateId)) {
            continue;
        }
        ParticipantResult p;
        p.candidateId = a.candidateId;
        p.name = a.name;
        p.administration = a.administration;
        p.stage = a.stage;
        for (const Criterion& c : criteria) {
            p.criteria.append({ScoringForm::workshopKey(c.key), {}, std::nullopt, QString()});
        }
        if (const auto found = outcomeOf.constFind(a.candidateId); found != outcomeOf.constEnd()) {
            p.outcome = *found;
        }
        if (const auto judged = Pipeline::standingJudgment(Pipeline::standing(history), PipelineStep::Workshop);
            judged && (judged->workshopId.isNull() || judged->workshopId == workshop.meta.id)) {
            p.decision = *judged;
        }
        p.othersHidden = !visibility.seesOthersOf(a.candidateId, PipelineStep::Workshop);
        rowOf.insert(a.candidateId, results.participants.size());
        results.participants.append(p);
    }
    const auto criterionOf = [](ParticipantResult& p, const QString& key) -> CriterionResult* {
        for (CriterionResult& c : p.criteria) {
            if (c.criterionKey == key) {
                return &c;
            }
        }
        return nullptr;  // a criterion since removed from the workshop: not on its results
    };
    QHash<QUuid, QString> names;
    for (const SubmittedRating& r : ratings) {
        const auto row = rowOf.constFind(r.candidateId);
        CriterionResult* c =
            row == rowOf.constEnd() ? nullptr : criterionOf(results.participants[*row], r.criterionKey);
        if (c) {
            c->ratings.insert(r.reviewerId, r.rating);
            names.insert(r.reviewerId, r.reviewerName);
        }
    }
    for (const ConsensusRating& k : consensus) {
        const auto row = rowOf.constFind(k.candidateId);
        CriterionResult* c =
            row == rowOf.constEnd() ? nullptr : criterionOf(results.participants[*row], k.criterionKey);
        if (c) {
            c->consensus = k.rating;
            c->consensusComment = k.comment;
        }
    }
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        results.assessors.append({it.key(), it.value()});
    }
    NameCollation().sort(results.assessors, [](const ResultsAssessor& a) { return a.name; });
    return results;
}

QString WorkshopResults::outcomeText(const ParticipantResult& participant)
{
    if (!participant.outcome) {
        return tr("Not recorded");
    }
    return participant.outcome->passed ? tr("Passed") : tr("Not passed");
}

QString WorkshopResults::decisionText(const ParticipantResult& participant, const QLocale& locale)
{
    if (!participant.decision) {
        return tr("No decision yet");
    }
    const StageDecision& d = *participant.decision;
    const QString decided = locale.toString(d.decidedAt.toLocalTime().date(), QLocale::ShortFormat);
    return d.isInformed() ? tr("%1, %2, informed %3")
                                .arg(::labelOf(d.to), decided, locale.toString(d.informedOn, QLocale::ShortFormat))
                          : tr("%1, %2, not yet informed").arg(::labelOf(d.to), decided);
}

QString WorkshopResults::meanText(double mean, const QLocale& locale)
{
    return locale.toString(std::round(mean * 100) / 100, 'f', QLocale::FloatingPointShortest);
}

QString WorkshopResults::assessorName(const QUuid& id) const
{
    for (const ResultsAssessor& a : assessors) {
        if (a.id == id) {
            return a.name.isEmpty() ? tr("Reviewer") : a.name;
        }
    }
    return tr("Reviewer");
}
