// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The form a candidate is scored on in one assessment round (AssessmentRound): Stage 1
// (selection) the criteria of the competence profile in force, on the application; Stage 2
// (workshop) the profile's criteria as observed there, then the workshop's own criteria;
// Stage 3 (field assessment) the profile's criteria, then one appraisal per activity where
// the candidate was assessed for Stage 3. Every item is rated on the profile's scale. Keys: a profile
// criterion keeps its key; a workshop criterion is "workshop:KEY"; an appraisal is
// "activity:ID" — so a score, a consensus and the form agree on what was rated.

#include "domain/CompetenceProfile.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

class Activity;
class Score;

struct FormCriterion {
    QString key;
    QString name;
    CriterionKind kind = CriterionKind::Counted;
    /// What a reviewer looks for, as the criterion gives it (a workshop's own criteria may;
    /// the profile's and the appraisals have none): shown on the form and printed sheets.
    QString description = {};
};

struct FormSection {
    QString key;  ///< the profile group's key, "workshop" or "activities"
    QString title;
    QList<FormCriterion> criteria;
};

class ScoringForm
{
    Q_DECLARE_TR_FUNCTIONS(ScoringForm)

public:
    QUuid candidateId;
    PipelineStep round = PipelineStep::Selection;
    int profileVersion = 1;
    QList<ScaleLevel> scale;
    QList<FormSection> sections;

    /// The form of `candidateId` in `round`: the profile's criteria in every round; in
    /// Stage 2 then the criteria of the workshop they are in (none when not in one); in
    /// Stage 3 then an appraisal per activity they took part in as a Stage 3 candidate.
    static ScoringForm build(const QUuid& candidateId, PipelineStep round, const CompetenceProfile& profile,
                             const QString& workshopTitle, const QList<Criterion>& workshopCriteria,
                             const QList<Activity>& activities);

    static QString workshopKey(const QString& criterionKey);
    static QString activityKey(const QUuid& activityId);

    /// The workshop's own criteria of a new workshop: discussions, group work, presentations.
    static QList<Criterion> defaultWorkshopCriteria();
    /// The key a new workshop criterion named `name` gets: its words in lower case joined by
    /// '_' ("Role play" → "role_play"), with "_2", "_3"… when that is among `taken` (the
    /// workshop's keys and those its scores still name, so old scores never attach to a
    /// new criterion). Never empty, never holds ':'.
    static QString newWorkshopCriterionKey(const QString& name, const QStringList& taken);

    int criterionCount() const;
    QStringList keys() const;
    /// The item with `key`; null when the form has none.
    const FormCriterion* criterion(const QString& key) const;
    /// Refused, saying why, when `rating` cannot be given to the item `key`.
    Status checkRating(const QString& key, int rating) const;
    /// "3 – Exceeds", or "1 – Met" for a hard requirement.
    QString ratingLabel(const QString& key, int rating) const;

    /// The scores of this form's candidate and round among `scores`.
    QList<Score> ofThisForm(const QList<Score>& scores) const;
    /// How many items of the form `scores` rate (scores of one reviewer and this candidate;
    /// those of another round never count).
    int ratedCount(const QList<Score>& scores) const;
    /// The names of the items `scores` leave unrated, in form order.
    QStringList unrated(const QList<Score>& scores) const;
    /// "12 of 31 criteria".
    QString progressText(int rated) const;
};
