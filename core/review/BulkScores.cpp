// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/BulkScores.h"

#include "assessment/AssessmentRecords.h"
#include "assessment/CandidateDisclosure.h"
#include "assessment/WorkshopApplicant.h"
#include "domain/Candidate.h"
#include "domain/RecordMeta.h"
#include "domain/Score.h"
#include "review/ReviewerWork.h"
#include "store/Assessment.h"
#include "store/Candidates.h"
#include "store/FileEvents.h"
#include "store/ReviewFile.h"
#include "store/Store.h"
#include "store/Workshops.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

/// The forms and names of the candidates `entries` name, read once each.
class CandidateCache
{
public:
    CandidateCache(const Store& store, PipelineStep round)
        : m_store(store)
        , m_round(round)
    {
    }

    const Candidate* candidate(const QUuid& id)
    {
        if (!m_candidates.contains(id)) {
            // As the round shows them: under their code when this round is anonymised.
            const auto found = m_store.candidates().byIdIn(id, m_round);
            m_candidates.insert(id, found.ok() ? std::optional<Candidate>(found.value()) : std::nullopt);
        }
        const auto& held = m_candidates[id];
        return held ? &*held : nullptr;
    }

    const ScoringForm* form(const QUuid& id)
    {
        if (!m_forms.contains(id)) {
            const auto built = m_store.assessment().scoringForm(id, m_round);
            m_forms.insert(id, built.ok() ? std::optional<ScoringForm>(built.value()) : std::nullopt);
        }
        const auto& held = m_forms[id];
        return held ? &*held : nullptr;
    }

private:
    const Store& m_store;
    PipelineStep m_round;
    QHash<QUuid, std::optional<Candidate>> m_candidates;
    QHash<QUuid, std::optional<ScoringForm>> m_forms;
};

/// A candidate a workshop's round rates.
struct RoundCandidate {
    QUuid id;
    QString name;  ///< "Family, Given"
};

/// The candidates a workshop's round rates: Stage 1 (selection) its applicants, chosen from;
/// Stages 2 and 3 those holding its seats, who take the workshop and the field assessment.
Result<QList<RoundCandidate>> roundCandidates(const Store& store, const QUuid& workshopId, PipelineStep round)
{
    using R = Result<QList<RoundCandidate>>;
    QList<RoundCandidate> list;
    if (round == PipelineStep::Selection) {
        const auto applicants = store.assessment().applicants(workshopId);
        if (!applicants.ok()) {
            return R(applicants.error());
        }
        for (const WorkshopApplicant& a : applicants.value()) {
            list.append({a.candidateId, a.name});
        }
        return list;
    }
    const auto participants = store.workshops().participants(workshopId);
    if (!participants.ok()) {
        return R(participants.error());
    }
    for (const Candidate& c : participants.value()) {
        list.append({c.meta.id, c.sortName()});
    }
    return list;
}

}  // namespace

QList<FormCriterion> BulkScores::criteria(const QList<ScoringForm>& forms)
{
    QList<FormCriterion> all;
    QSet<QString> seen;
    for (const ScoringForm& form : forms) {
        for (const FormSection& section : form.sections) {
            for (const FormCriterion& item : section.criteria) {
                if (!seen.contains(item.key)) {
                    seen.insert(item.key);
                    all.append(item);
                }
            }
        }
    }
    return all;
}

Result<WorkshopSheet> BulkScores::sheet(const Store& store, const QUuid& workshopId, const ReviewFile* review,
                                        PipelineStep round)
{
    using R = Result<WorkshopSheet>;
    const auto applicants = roundCandidates(store, workshopId, round);
    // Named as this round shows them (CandidateDisclosure::disclosedIn), not as the stage the
    // candidates stand at now: a Stage 1 sheet of an anonymised Stage 1 carries codes.
    const auto everyone = store.candidates().allIn(round);
    const auto profile = store.assessment().currentProfile();
    if (!applicants.ok() || !everyone.ok() || !profile.ok()) {
        return R(!applicants.ok() ? applicants.error() : !everyone.ok() ? everyone.error() : profile.error());
    }
    QList<QUuid> ids;
    QHash<QUuid, QString> names;
    for (const Candidate& c : everyone.value()) {
        ids.append(c.meta.id);
        names.insert(c.meta.id, c.sortName());
    }
    WorkshopSheet sheet;
    sheet.round = round;
    sheet.scale = profile.value().scale;
    QList<ScoringForm> forms;
    for (const RoundCandidate& applicant : applicants.value()) {
        if (review && !ReviewerWork::checkMayScore(store, *review, applicant.id, round).ok()) {
            continue;  // not theirs to rate in this round: not assigned, or a conflict declared
        }
        const auto form = store.assessment().scoringForm(applicant.id, round);
        if (!form.ok()) {
            return R(form.error());
        }
        sheet.candidates.append({applicant.id, ScoreSheet::candidateCode(applicant.id, ids),
                                 names.value(applicant.id, applicant.name), form.value()});
        forms.append(form.value());
    }
    sheet.criteria = criteria(forms);
    return sheet;
}

QList<ScoreEntry> BulkScores::resolve(const Store& store, const ScoreSheetText& sheet, PipelineStep round,
                                      QList<ScoreSheetProblem>& problems)
{
    QList<ScoreEntry> entries;
    const auto everyone = store.candidates().allIn(round);
    if (!everyone.ok()) {
        problems.append({0, QString(), everyone.message()});
        return entries;
    }
    CandidateCache cache(store, round);
    QHash<QUuid, const Candidate*> byId;
    QList<QUuid> ids;
    for (const Candidate& c : everyone.value()) {
        byId.insert(c.meta.id, &c);
        ids.append(c.meta.id);
    }
    const CandidateCodeIndex codes(ids);
    // A reviewer sees their assigned candidates only (CandidateDisclosure): an unknown code
    // is then one not assigned to them, rather than one the file has nobody of.
    const auto disclosure = store.candidates().disclosure();
    const bool seesAssignedOnly = disclosure.ok() && !disclosure.value().seesEverything();
    QSet<int> unknownOnRow;  // a wide row names its candidate once, however many ratings it gives
    for (const ScoreSheetCell& cell : sheet.cells) {
        if (unknownOnRow.contains(cell.row)) {
            continue;
        }
        QList<const Candidate*> named;
        for (const QUuid& id : codes.named(cell.candidate)) {
            named.append(byId.value(id));
        }
        if (named.size() != 1) {
            unknownOnRow.insert(cell.row);
        }
        if (named.isEmpty()) {
            problems.append({cell.row, ScoreSheet::candidateColumn(),
                             seesAssignedOnly
                                 ? tr("No candidate assigned to you has the code \"%1\"; rate only the candidates "
                                      "of your blank sheet (`scores-template --review`), or ask the officer to "
                                      "assign you.")
                                       .arg(cell.candidate)
                                 : tr("No candidate of the file has the code \"%1\"; write the code the blank "
                                      "sheet gives (`scores-template`) or the candidate's id.")
                                       .arg(cell.candidate)});
            continue;
        }
        if (named.size() > 1) {
            QStringList names;
            for (const Candidate* c : named) {
                names.append(c->displayName());
            }
            problems.append({cell.row, ScoreSheet::candidateColumn(),
                             tr("The code \"%1\" fits %2 candidates (%3); write more of the id, as a new blank sheet "
                                "(`scores-template`) gives it.")
                                 .arg(cell.candidate)
                                 .arg(named.size())
                                 .arg(names.join(QStringLiteral(", ")))});
            continue;
        }
        const Candidate& candidate = *named.constFirst();
        const ScoringForm* form = cache.form(candidate.meta.id);
        QString key;
        QStringList fits;  // the items the code names: two appraisals may share its first digits
        for (const FormSection& section : form ? form->sections : QList<FormSection>()) {
            for (const FormCriterion& item : section.criteria) {
                if (ScoreSheet::namesCriterion(cell.criterion, item.key)) {
                    key = key.isEmpty() ? item.key : key;
                    fits.append(item.name);
                }
            }
        }
        if (fits.size() > 1) {
            problems.append({cell.row, cell.criterionField,
                             tr("The code \"%1\" fits %2 items of %3's form (%4); write more of the activity's id, "
                                "as a new blank sheet (`scores-template`) gives it.")
                                 .arg(cell.criterion)
                                 .arg(fits.size())
                                 .arg(candidate.displayName(), fits.join(QStringLiteral(", ")))});
            continue;
        }
        if (key.isEmpty()) {
            problems.append({cell.row, cell.criterionField,
                             tr("%1's form has no criterion \"%2\"; write the criterion's code as the blank sheet "
                                "(`scores-template`) gives it.")
                                 .arg(candidate.displayName(), cell.criterion)});
            continue;
        }
        bool whole = false;
        const int rating = cell.rating.toInt(&whole);
        if (!whole) {
            problems.append({cell.row, cell.ratingField,
                             tr("\"%1\" is not a rating; write a whole number from 0 to %2 (hard requirements 0 or 1).")
                                 .arg(cell.rating)
                                 .arg(Score::kMaxRating)});
            continue;
        }
        ScoreEntry entry;
        entry.row = cell.row;
        entry.criterionField = cell.criterionField;
        entry.ratingField = cell.ratingField;
        entry.candidateId = candidate.meta.id;
        entry.criterionKey = key;
        entry.rating = rating;
        entry.comment = cell.comment;
        entries.append(entry);
    }
    return entries;
}

QList<ScoreSheetProblem> BulkScores::check(const Store& store, const QList<ScoreEntry>& entries,
                                           const QUuid& workshopId, PipelineStep round,
                                           const std::function<Status(const QUuid&)>& mayRate)
{
    QList<ScoreSheetProblem> problems;
    CandidateCache cache(store, round);
    QSet<QUuid> inWorkshop;
    if (!workshopId.isNull()) {
        const auto applicants = roundCandidates(store, workshopId, round);
        if (!applicants.ok()) {
            problems.append({0, QString(), applicants.message()});
            return problems;
        }
        for (const RoundCandidate& a : applicants.value()) {
            inWorkshop.insert(a.id);
        }
    }
    QHash<QUuid, Status> allowed;
    QHash<QString, int> firstRow;  // candidate/criterion → the row that rated it first
    for (const ScoreEntry& entry : entries) {
        const Candidate* candidate = cache.candidate(entry.candidateId);
        if (!candidate) {
            problems.append({entry.row, entry.candidateField,
                             tr("No candidate of the file has the id %1.").arg(entry.candidateId.toString())});
            continue;
        }
        if (!workshopId.isNull() && !inWorkshop.contains(entry.candidateId)) {
            problems.append({entry.row, entry.candidateField,
                             round == PipelineStep::Selection
                                 ? tr("%1 is not an applicant of this workshop; leave the row out, or import without "
                                      "--workshop.")
                                       .arg(candidate->displayName())
                                 : tr("%1 holds no seat of this workshop, so has no %2 rating here; leave the row "
                                      "out, or import without --workshop.")
                                       .arg(candidate->displayName(), labelOf(round))});
            continue;
        }
        if (mayRate) {
            if (!allowed.contains(entry.candidateId)) {
                allowed.insert(entry.candidateId, mayRate(entry.candidateId));
            }
            if (const Status& may = allowed[entry.candidateId]; !may.ok()) {
                problems.append(
                    {entry.row, entry.candidateField, tr("%1: %2").arg(candidate->displayName(), may.message())});
                continue;
            }
        }
        const ScoringForm* form = cache.form(entry.candidateId);
        if (!form || !form->criterion(entry.criterionKey)) {
            problems.append({entry.row, entry.criterionField,
                             tr("%1's form has no criterion \"%2\" (any more?); make a new blank sheet with "
                                "`scores-template`.")
                                 .arg(candidate->displayName(), ScoreSheet::criterionCode(entry.criterionKey))});
            continue;
        }
        if (auto valid = entry.clear ? Status::success() : form->checkRating(entry.criterionKey, entry.rating);
            !valid.ok()) {
            problems.append({entry.row, entry.ratingField, valid.message()});
            continue;
        }
        if (entry.comment && entry.comment->size() > kMaxTextLength) {
            problems.append({entry.row, ScoreSheet::commentColumn(), tr("The comment is too long.")});
            continue;
        }
        const QString cell = entry.candidateId.toString() + QLatin1Char('/') + entry.criterionKey;
        if (firstRow.contains(cell)) {
            problems.append({entry.row, entry.ratingField,
                             tr("%1 is rated on \"%2\" twice, in rows %3 and %4; keep one.")
                                 .arg(candidate->displayName(), form->criterion(entry.criterionKey)->name)
                                 .arg(firstRow.value(cell))
                                 .arg(entry.row)});
            continue;
        }
        firstRow.insert(cell, entry.row);
    }
    return problems;
}

QList<ScoreSheetProblem> BulkScores::problems(const Store& store, const ReviewFile* review,
                                              const QList<ScoreEntry>& entries, const QUuid& workshopId,
                                              PipelineStep round)
{
    if (!review) {
        return check(store, entries, workshopId, round);
    }
    // A reviewer's own form: the rules of ReviewerWork::saveDraft, for every entry.
    QList<ScoreSheetProblem> found = check(store, entries, workshopId, round, [&](const QUuid& candidateId) {
        return ReviewerWork::checkMayScore(store, *review, candidateId, round);
    });
    const auto own = review->scores();
    if (!own.ok()) {
        found.append({0, QString(), own.message()});
        return found;
    }
    QSet<QUuid> submitted;
    for (const Score& s : own.value()) {
        if (s.round == round && s.isSubmitted()) {
            submitted.insert(s.candidateId);  // another round's form neither changes nor blocks
        }
    }
    CandidateCache cache(store, round);
    for (const ScoreEntry& entry : entries) {
        if (submitted.contains(entry.candidateId)) {
            const Candidate* candidate = cache.candidate(entry.candidateId);
            found.append(
                {entry.row, entry.candidateField,
                 tr("You submitted your form of %1 in %2; submitted scores are final and "
                    "cannot change.")
                     .arg(candidate ? candidate->displayName() : entry.candidateId.toString(), labelOf(round))});
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const ScoreSheetProblem& a, const ScoreSheetProblem& b) { return a.row < b.row; });
    return found;
}

ScoreBatchReport BulkScores::write(Store& store, ReviewFile* review, const QList<ScoreEntry>& entries,
                                   const QUuid& workshopId, PipelineStep round)
{
    if (!review) {
        return store.assessment().recordConsensusBatch(entries, workshopId, round);
    }
    ScoreBatchReport report;
    report.problems = problems(store, review, entries, workshopId, round);
    if (!report.problems.isEmpty()) {
        report.status = Status::failure(
            ErrorCode::Invalid, tr("%n row(s) refused; nothing was saved.", nullptr, int(report.problems.size())));
        return report;
    }
    const auto own = review->scores();
    if (!own.ok()) {
        report.status = Status(own.error());
        return report;
    }
    QHash<QString, Score> held;
    for (const Score& s : own.value()) {
        if (s.round == round) {
            held.insert(s.candidateId.toString() + QLatin1Char('/') + s.criterionKey, s);
        }
    }
    CandidateCache cache(store, round);
    QList<Score> changed;
    QSet<QUuid> candidates;
    for (const ScoreEntry& entry : entries) {
        Score score = held.value(entry.candidateId.toString() + QLatin1Char('/') + entry.criterionKey);
        if (entry.clear) {
            if (score.meta.isNew() || !score.rating) {
                ++report.unchanged;  // nothing stored to clear
                continue;
            }
            // The version the grid read: ReviewFile::saveScores refuses the batch, inside its
            // transaction, when the score changed since (another window, another process).
            score.meta.rowVersion = entry.readRowVersion;
            score.rating.reset();
            changed.append(score);
            candidates.insert(entry.candidateId);
            continue;
        }
        if (entry.asRead && score.meta.rowVersion != entry.readRowVersion) {
            // Typed over a draft another window or process saved since the grid read it: said
            // here by name; ReviewFile::saveScores checks the version again inside its
            // transaction.
            const Candidate* candidate = cache.candidate(entry.candidateId);
            report.problems.append(
                {entry.row, entry.ratingField,
                 tr("Your score of %1, \"%2\" was saved elsewhere (by %3) after it was read; "
                    "reload the grid (Undo Typing) to see it and type your rating again if you still mean to.")
                     .arg(candidate ? candidate->displayName() : entry.candidateId.toString(), entry.criterionKey,
                          score.meta.modifiedBy)});
            report.status =
                Status::failure(ErrorCode::Conflict, tr("%n row(s) refused; nothing was saved.", nullptr, 1));
            return report;
        }
        if (entry.asRead) {
            score.meta.rowVersion = entry.readRowVersion;  // what saveScores checks in its transaction
        }
        const QString comment = entry.comment ? entry.comment->trimmed() : score.comment;
        if (!score.meta.isNew() && score.rating == entry.rating && score.comment == comment) {
            ++report.unchanged;
            continue;
        }
        score.reviewerId = review->identity().reviewerId;
        score.candidateId = entry.candidateId;
        score.criterionKey = entry.criterionKey;
        score.round = round;
        score.profileVersion = cache.form(entry.candidateId)->profileVersion;
        score.rating = entry.rating;
        score.comment = comment;
        changed.append(score);
        candidates.insert(entry.candidateId);
    }
    if (changed.isEmpty()) {
        return report;
    }
    const auto saved = review->saveScores(changed);
    if (!saved.ok()) {
        report.status = Status(saved.error());
        return report;
    }
    report.changed = int(changed.size());
    for (const QUuid& id : std::as_const(candidates)) {
        emit store.events().reviewFileChanged(id);
    }
    return report;
}

QByteArray BulkScores::templateCsv(const WorkshopSheet& sheet, bool wide, bool withNames)
{
    QByteArray csv("\xEF\xBB\xBF");
    QStringList header{ScoreSheet::candidateColumn()};
    if (withNames) {
        header.append(ScoreSheet::nameColumn());
    }
    // The round goes last, on every row: the columns a person fills come first.
    const QString round = keyOf(sheet.round);
    QStringList keys;
    for (const FormCriterion& item : sheet.criteria) {
        keys.append(item.key);
    }
    if (wide) {
        for (const FormCriterion& item : sheet.criteria) {
            header.append(ScoreSheet::criterionCode(item.key, keys));
        }
        header.append(ScoreSheet::roundColumn());
        csv += ScoreSheet::csvLine(header);
        for (const SheetCandidate& c : sheet.candidates) {
            QStringList row{c.code};
            if (withNames) {
                row.append(c.name);
            }
            for (qsizetype i = 0; i < sheet.criteria.size(); ++i) {
                row.append(QString());
            }
            row.append(round);
            csv += ScoreSheet::csvLine(row);
        }
        return csv;
    }
    header << ScoreSheet::criterionColumn() << ScoreSheet::criterionNameColumn() << ScoreSheet::ratingColumn()
           << ScoreSheet::commentColumn() << ScoreSheet::roundColumn();
    csv += ScoreSheet::csvLine(header);
    for (const SheetCandidate& c : sheet.candidates) {
        for (const FormSection& section : c.form.sections) {
            for (const FormCriterion& item : section.criteria) {
                QStringList row{c.code};
                if (withNames) {
                    row.append(c.name);
                }
                row << ScoreSheet::criterionCode(item.key, keys) << item.name << QString() << QString() << round;
                csv += ScoreSheet::csvLine(row);
            }
        }
    }
    return csv;
}
