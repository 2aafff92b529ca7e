// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/ScoringForm.h"

#include "domain/Activity.h"
#include "domain/Score.h"

#include <QSet>

ScoringForm ScoringForm::build(const QUuid& candidateId, PipelineStep round, const CompetenceProfile& profile,
                               const QString& workshopTitle, const QList<Criterion>& workshopCriteria,
                               const QList<Activity>& activities)
{
    ScoringForm form;
    form.candidateId = candidateId;
    form.round = round;
    form.profileVersion = profile.version;
    form.scale = profile.scale;
    for (const CriterionGroup& group : profile.groups) {
        FormSection section{group.key, group.name, {}};
        for (const Criterion& c : group.criteria) {
            section.criteria.append({c.key, c.name, c.kind, c.description.trimmed()});
        }
        form.sections.append(section);
    }
    // The workshop's own criteria follow the profile's, as on the form before rounds.
    if (round == PipelineStep::Workshop && !workshopCriteria.isEmpty()) {
        FormSection section{QStringLiteral("workshop"), tr("Workshop: %1").arg(workshopTitle), {}};
        for (const Criterion& c : workshopCriteria) {
            section.criteria.append({workshopKey(c.key), c.name, CriterionKind::Counted, c.description.trimmed()});
        }
        form.sections.append(section);
    }
    if (round != PipelineStep::FieldAssessment) {
        return form;
    }
    FormSection appraisals{QStringLiteral("activities"), tr("Stage 3 appraisals"), {}};
    for (const Activity& activity : activities) {
        const ActivityParticipant* part = activity.participant(candidateId);
        if (part && part->role == ParticipantRole::Stage3Candidate) {
            appraisals.criteria.append({activityKey(activity.meta.id),
                                        tr("%1 (%2)").arg(activity.title, activity.startDate.toString(Qt::ISODate)),
                                        CriterionKind::Counted});
        }
    }
    if (!appraisals.criteria.isEmpty()) {
        form.sections.append(appraisals);
    }
    return form;
}

QString ScoringForm::workshopKey(const QString& criterionKey)
{
    return QStringLiteral("workshop:") + criterionKey;
}

QString ScoringForm::activityKey(const QUuid& activityId)
{
    return QStringLiteral("activity:") + activityId.toString(QUuid::WithoutBraces);
}

QList<Criterion> ScoringForm::defaultWorkshopCriteria()
{
    // The call asks for "a high level of participation in the discussions, group
    // activities and presentations" of the four-day workshop; the words are a starting
    // point the officer edits per workshop.
    return {{QStringLiteral("discussions"), tr("Participation in discussions"), CriterionKind::Counted,
             tr("Takes part in every discussion, listens, builds on others' points and brings in their own "
                "administration's experience.")},
            {QStringLiteral("group_activities"), tr("Group activities"), CriterionKind::Counted,
             tr("Works with the group towards its result, takes a fair share of the work and helps others to "
                "contribute.")},
            {QStringLiteral("presentations"), tr("Presentations"), CriterionKind::Counted,
             tr("Presents clearly and within time, adapts to the audience and answers questions with sound "
                "knowledge of IPR enforcement.")}};
}

QString ScoringForm::newWorkshopCriterionKey(const QString& name, const QStringList& taken)
{
    QString base;
    for (const QChar c : name.trimmed().toLower()) {
        if (c.isLetterOrNumber()) {
            base.append(c);
        } else if (!base.isEmpty() && !base.endsWith(QLatin1Char('_'))) {
            base.append(QLatin1Char('_'));
        }
    }
    while (base.endsWith(QLatin1Char('_'))) {
        base.chop(1);
    }
    if (base.isEmpty()) {
        base = QStringLiteral("criterion");
    }
    QString key = base;
    for (int n = 2; taken.contains(key); ++n) {
        key = base + QLatin1Char('_') + QString::number(n);
    }
    return key;
}

int ScoringForm::criterionCount() const
{
    int count = 0;
    for (const FormSection& section : sections) {
        count += int(section.criteria.size());
    }
    return count;
}

QStringList ScoringForm::keys() const
{
    QStringList list;
    for (const FormSection& section : sections) {
        for (const FormCriterion& c : section.criteria) {
            list.append(c.key);
        }
    }
    return list;
}

const FormCriterion* ScoringForm::criterion(const QString& key) const
{
    for (const FormSection& section : sections) {
        for (const FormCriterion& c : section.criteria) {
            if (c.key == key) {
                return &c;
            }
        }
    }
    return nullptr;
}

Status ScoringForm::checkRating(const QString& key, int rating) const
{
    const FormCriterion* item = criterion(key);
    if (!item) {
        return Status::failure(ErrorCode::NotFound,
                               tr("The candidate's form of %2 has no criterion \"%1\"; `profile FILE --json` lists "
                                  "the profile's keys, a workshop's criteria are \"workshop:KEY\" (Stage 2 only), "
                                  "an activity appraisal \"activity:ID\" (Stage 3 only).")
                                   .arg(key, labelOf(round)));
    }
    CompetenceProfile scaleOnly;
    scaleOnly.scale = scale;
    return scaleOnly.checkRating(rating, item->kind, item->name);
}

QString ScoringForm::ratingLabel(const QString& key, int rating) const
{
    CompetenceProfile scaleOnly;
    scaleOnly.scale = scale;
    const FormCriterion* item = criterion(key);
    return scaleOnly.ratingLabel(rating, item ? item->kind : CriterionKind::Counted);
}

QList<Score> ScoringForm::ofThisForm(const QList<Score>& scores) const
{
    QList<Score> mine;
    for (const Score& s : scores) {
        if (s.candidateId == candidateId && s.round == round) {
            mine.append(s);
        }
    }
    return mine;
}

int ScoringForm::ratedCount(const QList<Score>& scores) const
{
    QSet<QString> rated;
    for (const Score& score : scores) {
        if (score.rating && score.round == round && criterion(score.criterionKey)) {
            rated.insert(score.criterionKey);
        }
    }
    return int(rated.size());
}

QStringList ScoringForm::unrated(const QList<Score>& scores) const
{
    QSet<QString> rated;
    for (const Score& score : scores) {
        if (score.rating && score.round == round) {
            rated.insert(score.criterionKey);
        }
    }
    QStringList names;
    for (const FormSection& section : sections) {
        for (const FormCriterion& c : section.criteria) {
            if (!rated.contains(c.key)) {
                names.append(c.name);
            }
        }
    }
    return names;
}

QString ScoringForm::progressText(int rated) const
{
    return tr("%1 of %2 criteria").arg(rated).arg(criterionCount());
}
