// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What must hold in a whole file, whichever path wrote it: the pipeline's history and
// stages, seats, the pool, Stage 3, informing before a step closes, and the officer's
// outcomes against the decisions. Pure: the store reads the facts (Store::invariants()),
// `check` prints the findings, the randomized pipeline test asks after every step.

#include "pool/AccreditedAdvisor.h"
#include "domain/Activity.h"
#include "assessment/AssessmentRecords.h"
#include "domain/Pipeline.h"

#include <QCoreApplication>
#include <QHash>

/// One broken invariant, for the user: which rule, about whom, and what is wrong.
struct InvariantFinding {
    enum class Rule {
        History,  ///< a decision that does not follow from the one before, or a move the pipeline lacks
        Stage,  ///< a candidate not at the stage their standing decisions lead to
        Seats,  ///< a workshop over capacity, a seat held by someone who cannot hold one, or outside their application
        Pool,  ///< pool membership that disagrees with the candidate's stage
        Stage3,  ///< a Stage 3 candidate of an activity who has not passed the workshop
        Informing,  ///< a step closed with candidates uninformed and no reason kept
        Outcomes,  ///< a decision against a recorded outcome without an override, or an outcome before its step
        Dates  ///< a decision dated against its workshop's dates
    };
    Rule rule = Rule::History;
    QUuid subject;  ///< the candidate or workshop concerned; null when none
    QString message;  ///< a sentence naming who and what

    /// The rule's short name, as `check` prints it ("pool", "stage3"...).
    static QString key(Rule rule);
};

/// Everything the invariants are judged on, read from the whole file in one go.
struct InvariantFacts {
    struct Person {
        QUuid id;
        QString name;  ///< as letters address them
        Stage stage = Stage::Applied;
        QUuid seat;  ///< the workshop where they hold a seat; null when none
        QUuid application;  ///< the workshop they applied to (the application); null when none
    };
    QList<Person> candidates;
    QList<StageDecision> decisions;  ///< every decision, each candidate's oldest first
    QList<WorkshopSeats> workshops;
    QList<Activity> activities;
    QList<AssessmentOutcome> outcomes;
    QList<StepClosure> closures;  ///< every closing and reopening, oldest first
    QList<AccreditedAdvisor> pool;  ///< as Pool::advisors() reads it
    QDate today;
};

class Invariants
{
    Q_DECLARE_TR_FUNCTIONS(Invariants)

public:
    /// Every broken invariant, in a stable order (by rule, then as found).
    static QList<InvariantFinding> findings(const InvariantFacts& facts);
};
