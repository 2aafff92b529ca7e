// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintSource.h"

#include "assessment/AssessmentRound.h"
#include "assessment/CandidateDisclosure.h"

#include "pool/AccreditedAdvisor.h"
#include "assessment/AssessmentRecords.h"
#include "domain/Candidate.h"
#include "domain/CompetenceProfile.h"
#include "ParticipantList.h"
#include "domain/Person.h"
#include "domain/Pipeline.h"
#include "PoolRoster.h"
#include "RoundSummarySheet.h"
#include "WorkshopResultsSheet.h"
#include "assessment/RoundSummary.h"
#include "assessment/WorkshopResults.h"
#include "domain/Score.h"
#include "assessment/ScoringForm.h"
#include "domain/StageDecision.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/FileSettings.h"
#include "store/Pool.h"
#include "store/People.h"
#include "store/Letters.h"
#include "store/Decisions.h"
#include "store/Candidates.h"
#include "store/Assessment.h"
#include "domain/Workshop.h"

#include <QFileInfo>

#include <algorithm>

namespace {

template<typename T>
Result<T> failed(const Error& error)
{
    return Result<T>(error);
}

}  // namespace

PrintSource::PrintSource(const Store& store)
    : m_store(store)
{
}

PrintedDocument PrintSource::document() const
{
    PrintedDocument d;
    d.sourceFile = QFileInfo(m_store.path()).fileName();
    return d;
}

Status PrintSource::load()
{
    if (m_loaded) {
        return Status::success();
    }
    const auto profile = m_store.assessment().currentProfile();
    if (!profile.ok()) {
        return Status(profile.error());
    }
    m_profile = profile.value();
    const auto activities = m_store.pool().activities();
    if (!activities.ok()) {
        return Status(activities.error());
    }
    m_activities = activities.value();
    const auto people = m_store.people().all();
    if (!people.ok()) {
        return Status(people.error());
    }
    for (const Person& p : people.value()) {
        m_people.insert(p.meta.id, p.name);
        if (p.meta.id == m_store.personId()) {
            m_officer = p.name;
            m_officerEmail = p.email;
        }
    }
    if (m_officer.isEmpty()) {
        m_officer = m_store.actor().person;
    }
    m_signatory = m_store.settings().letterSignatory();
    const auto workshops = m_store.workshops().all();
    if (!workshops.ok()) {
        return Status(workshops.error());
    }
    for (const Workshop& w : workshops.value()) {
        m_workshops.insert(w.meta.id, w);
    }
    const auto accredited = m_store.pool().accreditationDates();
    if (!accredited.ok()) {
        return Status(accredited.error());
    }
    m_accredited = accredited.value();
    m_loaded = true;
    return Status::success();
}

Result<Workshop> PrintSource::workshop(const QUuid& workshopId)
{
    if (auto loaded = load(); !loaded.ok()) {
        return failed<Workshop>(loaded.error());
    }
    const auto found = m_workshops.constFind(workshopId);
    if (found == m_workshops.constEnd()) {
        return Result<Workshop>::failure(ErrorCode::NotFound,
                                         tr("The workshop is no longer in the file. Reload and choose another."));
    }
    return found.value();
}

std::optional<StageDecision> PrintSource::standingDecision(const Candidate& candidate,
                                                           const QList<StageDecision>& history) const
{
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->to == candidate.stage) {
            return LetterTemplate::decisions().contains(it->to) ? std::optional<StageDecision>(*it) : std::nullopt;
        }
    }
    return std::nullopt;
}

Result<SheetData> PrintSource::sheetData(const QUuid& candidateId)
{
    if (auto loaded = load(); !loaded.ok()) {
        return failed<SheetData>(loaded.error());
    }
    const auto candidate = m_store.candidates().byId(candidateId);
    if (!candidate.ok()) {
        return failed<SheetData>(candidate.error());
    }
    const Candidate& c = candidate.value();
    const auto history = m_store.decisions().of(candidateId);
    if (!history.ok()) {
        return failed<SheetData>(history.error());
    }
    SheetData data;
    data.candidateId = c.meta.id;
    data.name = c.displayName();
    data.administration = c.administration;
    data.country = c.nationality;
    data.region = c.region ? labelOf(*c.region) : QString();
    data.position = c.position;
    data.stage = c.stage;
    data.profileTitle = m_profile.title;
    data.profileVersion = m_profile.version;
    data.scale = m_profile.scale;

    // The workshop where they hold a seat, or else the one their latest decision concerned.
    const auto enrolment = m_store.workshops().enrolmentOf(candidateId);
    QUuid workshopId = enrolment.ok() ? enrolment.value() : QUuid();
    for (auto it = history.value().crbegin(); workshopId.isNull() && it != history.value().crend(); ++it) {
        workshopId = it->workshopId;
    }
    if (const auto w = m_workshops.constFind(workshopId); w != m_workshops.constEnd()) {
        data.workshopTitle = w->title;
        data.workshopVenue = w->venue;
        data.workshopStart = w->startDate;
        data.workshopEnd = w->endDate();
        data.assessors = w->assessors;
    }

    const auto scores = m_store.assessment().scores(candidateId);
    if (!scores.ok()) {
        return failed<SheetData>(scores.error());
    }
    QHash<QString, QList<SheetScore>> byCriterion;
    // The sheet prints each item in the round it belongs to: the profile's criteria as
    // rated on the application (Stage 1), the workshop's own criteria (Stage 2) and the
    // activity appraisals (Stage 3). The profile's criteria as observed in Stage 2 or 3 are
    // not on this sheet.
    for (const Score& s : scores.value()) {
        if (s.round != AssessmentRound::roundOfKey(s.criterionKey)) {
            continue;
        }
        byCriterion[s.criterionKey].append(
            {m_people.value(s.reviewerId, tr("Unknown reviewer")), s.rating, s.comment, s.evidence, s.isSubmitted()});
    }
    if (auto built = formGroups(candidateId, workshopId, data); !built.ok()) {
        return failed<SheetData>(built.error());
    }
    for (auto* groups : {&data.profileGroups, &data.workshopGroups}) {
        for (SheetGroup& g : *groups) {
            for (SheetCriterion& criterion : g.criteria) {
                criterion.scores = byCriterion.value(criterion.key);
            }
        }
    }
    const auto agreed = m_store.assessment().consensus(candidateId);
    const auto assessed = m_store.assessment().outcomes(candidateId);
    if (!agreed.ok() || !assessed.ok()) {
        return failed<SheetData>(agreed.ok() ? assessed.error() : agreed.error());
    }
    for (const ConsensusRating& r : agreed.value()) {
        if (r.round != AssessmentRound::roundOfKey(r.criterionKey)) {
            continue;
        }
        data.outcome.consensus.insert(r.criterionKey,
                                      {r.rating, r.comment, r.recordedBy, r.recordedAt.toLocalTime().date()});
    }
    for (const AssessmentOutcome& o : assessed.value()) {
        data.outcome.assessed.append({o.step, o.passed, o.note, o.recordedBy, o.recordedAt.toLocalTime().date()});
    }
    std::sort(data.outcome.assessed.begin(), data.outcome.assessed.end(),
              [](const SheetStepOutcome& a, const SheetStepOutcome& b) { return a.step < b.step; });
    if (const auto decided = standingDecision(c, history.value())) {
        data.outcome.decision = decided->to;
        data.outcome.decidedOn = decided->decidedAt.toLocalTime().date();
        data.outcome.decidedBy = decided->decidedBy;
        data.outcome.reason = decided->reason;
    }
    return data;
}

Status PrintSource::formGroups(const QUuid& candidateId, const QUuid& workshopId, SheetData& data)
{
    QString title;
    QList<Criterion> own;
    if (const auto w = m_workshops.constFind(workshopId); w != m_workshops.constEnd()) {
        title = w->title;
        auto cached = m_workshopCriteria.constFind(workshopId);
        if (cached == m_workshopCriteria.constEnd()) {
            const auto read = m_store.workshops().criteria(workshopId);
            if (!read.ok()) {
                return Status(read.error());
            }
            cached = m_workshopCriteria.insert(workshopId, read.value());
        }
        own = cached.value();
    }
    // The same form the reviewers scored on, so every key a score or a consensus carries
    // ("workshop:KEY", "activity:ID") finds its row.
    // Stage 1's form, then the workshop's own criteria of Stage 2's and the appraisals of
    // Stage 3's: the sheet as it was before rounds.
    QList<FormSection> sections =
        ScoringForm::build(candidateId, PipelineStep::Selection, m_profile, title, own, m_activities).sections;
    for (const PipelineStep later : {PipelineStep::Workshop, PipelineStep::FieldAssessment}) {
        for (const FormSection& section :
             ScoringForm::build(candidateId, later, m_profile, title, own, m_activities).sections) {
            if (section.key == QLatin1String(later == PipelineStep::Workshop ? "workshop" : "activities")) {
                sections.append(section);
            }
        }
    }
    for (const FormSection& section : std::as_const(sections)) {
        SheetGroup group{section.title, {}};
        for (const FormCriterion& c : section.criteria) {
            group.criteria.append({c.key, c.name, c.kind, {}, c.description});
        }
        const bool profile =
            m_profile.groups.cend() != std::find_if(m_profile.groups.cbegin(), m_profile.groups.cend(),
                                                    [&](const CriterionGroup& g) { return g.key == section.key; });
        (profile ? data.profileGroups : data.workshopGroups).append(group);
    }
    return Status::success();
}

Result<PrintedDocument> PrintSource::candidateSheet(const QUuid& candidateId, const SheetOptions& options)
{
    const auto data = sheetData(candidateId);
    if (!data.ok()) {
        return failed<PrintedDocument>(data.error());
    }
    const auto shown = sheetOptionsFor(data.value(), options);
    if (!shown.ok()) {
        return failed<PrintedDocument>(shown.error());
    }
    PrintedDocument d = document();
    d.sections.append(AssessmentSheet::section(data.value(), shown.value()));
    return d;
}

Result<SheetOptions> PrintSource::sheetOptionsFor(const SheetData& data, const SheetOptions& asked) const
{
    // A reviewer in an anonymised round gets the anonymised sheet, whatever they asked for:
    // the name and administration are not theirs to print (CandidateDisclosure).
    const auto disclosure = m_store.candidates().disclosure();
    if (!disclosure.ok()) {
        return Result<SheetOptions>(disclosure.error());
    }
    SheetOptions options = asked;
    options.anonymous = options.anonymous || (data.stage && disclosure.value().anonymisesAt(*data.stage));
    // The sheet prints the ratings of every round up to the candidate's own: where one of
    // those rounds was anonymised, its ratings do not go beside the name, even when the round
    // they stand in now is not (CandidateDisclosure::anonymisesIn).
    const auto now = data.stage ? CandidateDisclosure::roundOf(*data.stage) : std::nullopt;
    for (const PipelineStep round : allOf<PipelineStep>()) {
        options.anonymous = options.anonymous || disclosure.value().anonymisesIn(round);
        if (now && round == *now) {
            break;
        }
    }
    return options;
}

Result<PrintedDocument> PrintSource::workshopSheets(const QUuid& workshopId, const SheetOptions& options)
{
    const auto w = workshop(workshopId);
    if (!w.ok()) {
        return failed<PrintedDocument>(w.error());
    }
    const auto participants = m_store.workshops().participants(workshopId);
    if (!participants.ok()) {
        return failed<PrintedDocument>(participants.error());
    }
    if (participants.value().isEmpty()) {
        return Result<PrintedDocument>::failure(ErrorCode::Refused,
                                                tr("Nobody holds a seat in \"%1\" yet: there is no sheet to print. "
                                                   "Give the participants their seats first.")
                                                    .arg(w.value().title));
    }
    PrintedDocument d = document();
    for (const Candidate& c : participants.value()) {
        auto data = sheetData(c.meta.id);
        if (!data.ok()) {
            return failed<PrintedDocument>(data.error());
        }
        // The batch is for this workshop, even for someone whose latest decision named another.
        data.value().workshopTitle = w.value().title;
        data.value().workshopVenue = w.value().venue;
        data.value().workshopStart = w.value().startDate;
        data.value().workshopEnd = w.value().endDate();
        const auto shown = sheetOptionsFor(data.value(), options);
        if (!shown.ok()) {
            return failed<PrintedDocument>(shown.error());
        }
        d.sections.append(AssessmentSheet::section(data.value(), shown.value()));
    }
    return d;
}

Result<PrintedDocument> PrintSource::participantList(const QUuid& workshopId)
{
    const auto w = workshop(workshopId);
    if (!w.ok()) {
        return failed<PrintedDocument>(w.error());
    }
    const auto participants = m_store.workshops().participants(workshopId);
    if (!participants.ok()) {
        return failed<PrintedDocument>(participants.error());
    }
    PrintedDocument d = document();
    d.sections.append(ParticipantList::section(w.value(), participants.value()));
    return d;
}

Result<PrintedDocument> PrintSource::poolRoster(const QDate& today)
{
    const auto pool = m_store.pool().advisors();
    if (!pool.ok()) {
        return failed<PrintedDocument>(pool.error());
    }
    PrintedDocument d = document();
    d.sections.append(PoolRoster::section(pool.value(), m_store.settings().weekCounting(), today));
    return d;
}

Result<PrintedDocument> PrintSource::workshopResults(const QUuid& workshopId)
{
    const auto results = m_store.assessment().workshopResults(workshopId);
    if (!results.ok()) {
        return failed<PrintedDocument>(results.error());
    }
    PrintedDocument d = document();
    d.sections.append(WorkshopResultsSheet::section(results.value()));
    return d;
}

Result<PrintedDocument> PrintSource::roundSummary(const QUuid& workshopId)
{
    const auto summary = m_store.assessment().roundSummary(workshopId);
    if (!summary.ok()) {
        return failed<PrintedDocument>(summary.error());
    }
    PrintedDocument d = document();
    d.sections.append(RoundSummarySheet::section(summary.value()));
    return d;
}

Result<LetterData> PrintSource::letterFor(const Candidate& candidate, const StageDecision& decision,
                                          const QString& language)
{
    LetterData letter;
    letter.candidate = candidate;
    letter.decision = decision;
    if (const auto w = m_workshops.constFind(decision.workshopId); w != m_workshops.constEnd()) {
        letter.workshop = w.value();
    }
    letter.accreditedOn = m_accredited.value(candidate.meta.id);
    letter.officer = m_officer;
    letter.officerEmail = m_officerEmail;
    letter.signatory = m_signatory;
    const QString chosen = language.isEmpty() ? LetterTemplate::preferredLanguage(candidate) : language;
    const QString key = keyOf(decision.to) + QLatin1Char('/') + chosen;
    if (!m_templates.contains(key)) {
        const auto text = m_store.letters().templateFor(decision.to, chosen);
        if (!text.ok()) {
            return failed<LetterData>(text.error());
        }
        m_templates.insert(key, text.value());
    }
    letter.text = m_templates.value(key);
    return letter;
}

Result<QList<LetterData>> PrintSource::letters(const QUuid& workshopId, Stage decision, const QString& language)
{
    using R = Result<QList<LetterData>>;
    if (!LetterTemplate::decisions().contains(decision)) {
        return R::failure(ErrorCode::Invalid, tr("There is no result letter for \"%1\".").arg(labelOf(decision)));
    }
    if (!language.isEmpty() && !LetterTemplate::languages().contains(language)) {
        return R::failure(ErrorCode::Invalid,
                          tr("Letters are written in English (en) or French (fr), not \"%1\".").arg(language));
    }
    if (auto w = workshop(workshopId); !w.ok()) {
        return R(w.error());
    }
    const auto cards = m_store.decisions().cards(workshopId);
    if (!cards.ok()) {
        return R(cards.error());
    }
    QList<LetterData> list;
    for (const PipelineCard& card : cards.value()) {
        if (card.stage != decision) {
            continue;
        }
        const auto candidate = m_store.candidates().byId(card.candidateId);
        const auto history = m_store.decisions().of(card.candidateId);
        if (!candidate.ok() || !history.ok()) {
            return R(candidate.ok() ? history.error() : candidate.error());
        }
        // Someone whose personal data was erased has no name or address left to write to.
        if (candidate.value().isErased()) {
            continue;
        }
        const auto decided = standingDecision(candidate.value(), history.value());
        if (!decided || (decided->workshopId != workshopId && !decided->workshopId.isNull())) {
            continue;
        }
        auto letter = letterFor(candidate.value(), *decided, language);
        if (!letter.ok()) {
            return R(letter.error());
        }
        list.append(letter.value());
    }
    return list;
}

Result<LetterData> PrintSource::letter(const QUuid& candidateId, const QString& language)
{
    if (auto loaded = load(); !loaded.ok()) {
        return failed<LetterData>(loaded.error());
    }
    const auto candidate = m_store.candidates().byId(candidateId);
    const auto history = m_store.decisions().of(candidateId);
    if (!candidate.ok() || !history.ok()) {
        return failed<LetterData>(candidate.ok() ? history.error() : candidate.error());
    }
    if (candidate.value().isErased()) {
        return Result<LetterData>::failure(
            ErrorCode::Refused, tr("The personal data of this candidate was erased: there is no name or address left "
                                   "to write a letter to."));
    }
    const auto decided = standingDecision(candidate.value(), history.value());
    if (!decided) {
        return Result<LetterData>::failure(
            ErrorCode::Refused, tr("%1 stands at \"%2\", which no result letter announces. Letters exist for: %3.")
                                    .arg(candidate.value().displayName(), labelOf(candidate.value().stage), [] {
                                        QStringList labels;
                                        for (Stage s : LetterTemplate::decisions()) {
                                            labels.append(labelOf(s));
                                        }
                                        return labels.join(QStringLiteral(", "));
                                    }()));
    }
    return letterFor(candidate.value(), *decided, language);
}

PrintedDocument PrintSource::letterDocument(const QList<LetterData>& letters) const
{
    PrintedDocument d = document();
    for (const LetterData& l : letters) {
        d.sections.append(ResultLetter::section(l));
    }
    return d;
}
