// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeldWorkshop.h"

#include "TestSupport.h"

#include "Clock.h"
#include "assessment/AssessmentRecords.h"
#include "assessment/AssessmentRound.h"
#include "assessment/ScreeningCheck.h"
#include "domain/AvailabilityCommitment.h"
#include "domain/Screening.h"
#include "assessment/ScoringForm.h"
#include "domain/Candidate.h"
#include "domain/Person.h"
#include "domain/Score.h"
#include "domain/StageDecision.h"
#include "domain/Workshop.h"
#include "store/Assessment.h"
#include "store/Candidates.h"
#include "store/Decisions.h"
#include "store/People.h"
#include "store/ReviewFile.h"
#include "store/Store.h"
#include "store/Workshops.h"

#include <QFile>
#include <QFileInfo>

namespace {

struct Applicant {
    const char* family;
    const char* given;
    const char* administration;
    Gender gender;
    Region region;
    Stage reaches;  ///< Confirmed (took part), NotSelected or Waitlisted
    int morita[3];  ///< discussions, group activities, presentations; -1: not rated
    int haddad[3];
};

const Applicant kApplicants[] = {
    {"Arai", "Taro", "Japan Customs", Gender::Male, Region::AsiaPacific, Stage::Confirmed, {4, 3, 4}, {3, 3, 4}},
    {"Sato", "Yuki", "Japan Customs", Gender::Female, Region::AsiaPacific, Stage::Confirmed, {3, 3, 2}, {3, 2, 2}},
    {"Kamau",
     "Peter",
     "Kenya Revenue Authority",
     Gender::Male,
     Region::EastSouthernAfrica,
     Stage::Confirmed,
     {1, 2, 1},
     {2, 1, 1}},
    {"Haddou",
     "Amina",
     "Morocco Customs",
     Gender::Female,
     Region::NorthAfricaMiddleEast,
     Stage::Confirmed,
     {3, 4, 3},
     {-1, -1, -1}},
    {"Quispe",
     "Luis",
     "SUNAT Peru",
     Gender::Male,
     Region::AmericasCaribbean,
     Stage::NotSelected,
     {-1, -1, -1},
     {-1, -1, -1}},
    {"Flores",
     "Rosa",
     "SUNAT Peru",
     Gender::Female,
     Region::AmericasCaribbean,
     Stage::Waitlisted,
     {-1, -1, -1},
     {-1, -1, -1}},
};

const QStringList kWorkshopKeys = {QStringLiteral("workshop:discussions"), QStringLiteral("workshop:group_activities"),
                                   QStringLiteral("workshop:presentations")};

}  // namespace

TestSupport::HeldWorkshop TestSupport::makeHeldWorkshop(Store& store)
{
    HeldWorkshop held;
    const auto failed = [&held](const QString& what) {
        qWarning("makeHeldWorkshop: %s", qPrintable(what));
        Clock::resetForTesting();
        held.workshop = QUuid();
        return held;
    };
    const QDate today = QDate::currentDate();
    // Selection and confirmation a month before the workshop...
    Clock::setForTesting(QDateTime(today.addDays(-40), QTime(10, 0)));
    Workshop w = sampleWorkshop(QStringLiteral("Kashiwa workshop, Japan"), 0, 10);
    w.startDate = today.addDays(-10);
    w.region = Region::AsiaPacific;
    w.venue = QStringLiteral("Customs Training Institute, Kashiwa");
    w.assessors = {QStringLiteral("Kenji Morita"), QStringLiteral("Lina Haddad")};
    const auto saved = store.workshops().save(w);
    if (!saved.ok()) {
        return failed(saved.message());
    }
    held.workshop = saved.value().meta.id;
    const auto decide = [&](const QUuid& candidate, Stage from, Stage to, bool informed) {
        StageDecision d;
        d.candidateId = candidate;
        d.workshopId = held.workshop;
        d.from = from;
        d.to = to;
        d.decidedBy = QStringLiteral("Officer");
        d.decidedAt = Clock::nowUtc();
        d.reason = QStringLiteral("As the round went");
        if (informed) {
            d.informedOn = Clock::today();
            d.informedBy = InformChannel::Email;
        }
        const auto recorded = store.decisions().record(d);
        if (!recorded.ok()) {
            qWarning("makeHeldWorkshop: %s → %s: %s", qPrintable(keyOf(from)), qPrintable(keyOf(to)),
                     qPrintable(recorded.message()));
        }
        return recorded.ok();
    };
    for (const Applicant& a : kApplicants) {
        Candidate c = sampleCandidate(QString::fromLatin1(a.family));
        c.givenNames = QString::fromLatin1(a.given);
        c.email =
            c.givenNames.toLower() + QLatin1Char('.') + c.familyName.toLower() + QStringLiteral("@customs.example");
        c.administration = QString::fromLatin1(a.administration);
        c.gender = a.gender;
        c.region = a.region;
        const auto added = store.candidates().save(c);
        if (!added.ok()) {
            return failed(added.message());
        }
        const QUuid id = added.value().meta.id;
        // Screened and committed on the test's clock (makeReadyToSelectAndConfirm dates the
        // commitment on the computer's, which is in this clock's future).
        Screening screening;
        screening.candidateId = id;
        screening.hardRequirementsMet = true;
        screening.countedMet = 5;
        screening.countedTotal = 7;
        if (const auto check = store.assessment().screeningCheck(id);
            check.ok() && !check.value().contradictions(true).isEmpty()) {
            screening.overrideReason = QStringLiteral("Certificates checked by hand");
        }
        AvailabilityCommitment commitment;
        commitment.candidateId = id;
        commitment.givenOn = Clock::today();
        commitment.how = QStringLiteral("Signed form by e-mail");
        if (const Status screened = store.decisions().recordScreening(screening); !screened.ok()) {
            return failed(screened.message());
        }
        if (const Status committed = store.decisions().recordCommitment(commitment); !committed.ok()) {
            return failed(committed.message());
        }
        held.candidates.insert(QString::fromLatin1(a.family), id);
        const bool ok = a.reaches == Stage::Confirmed ? decide(id, Stage::Applied, Stage::Selected, true) &&
                                                            decide(id, Stage::Selected, Stage::Confirmed, true)
                                                      : decide(id, Stage::Applied, a.reaches, true);
        if (!ok) {
            return failed(QStringLiteral("the decisions about %1").arg(QString::fromLatin1(a.family)));
        }
    }

    // ...the reviewers' work two days into the workshop...
    Clock::setForTesting(QDateTime(today.addDays(-8), QTime(17, 0)));
    const QString fileId = store.fileId().value();
    const QString folder = QFileInfo(store.path()).absolutePath();
    for (int reviewer = 0; reviewer < 2; ++reviewer) {
        Person p;
        p.name = reviewer == 0 ? QStringLiteral("Kenji Morita") : QStringLiteral("Lina Haddad");
        p.account = reviewer == 0 ? QStringLiteral("kmorita") : QStringLiteral("lhaddad");
        p.role = PersonRole::Reviewer;
        p.administration = QStringLiteral("WCO Secretariat");
        p.email = p.account + QStringLiteral("@wco.example");
        const auto person = store.people().save(p);
        if (!person.ok()) {
            return failed(person.message());
        }
        const QUuid me = person.value().meta.id;
        (reviewer == 0 ? held.morita : held.haddad) = me;
        const QString path = folder + QLatin1Char('/') + p.account + QStringLiteral(".review");
        QFile::remove(path);
        auto review = ReviewFile::create(path, fileId, person.value());
        if (!review.ok()) {
            return failed(review.message());
        }
        for (const Applicant& a : kApplicants) {
            if (a.reaches != Stage::Confirmed) {
                continue;
            }
            const QUuid id = held.candidates.value(QString::fromLatin1(a.family));
            // The workshop's assessors score its Stage 2 round.
            if (const Status assigned = store.assessment().assignReviewer(id, me, {}, PipelineStep::Workshop);
                !assigned.ok()) {
                return failed(assigned.message());
            }
            const int* ratings = reviewer == 0 ? a.morita : a.haddad;
            const auto score = [&](const QString& key, int rating) {
                Score s;
                s.reviewerId = me;
                s.candidateId = id;
                s.round = PipelineStep::Workshop;
                s.criterionKey = key;
                s.rating = rating;
                s.updatedAt = Clock::nowUtc();
                const auto scored = review.value()->saveScore(s);
                if (!scored.ok()) {
                    qWarning("makeHeldWorkshop: %s", qPrintable(scored.message()));
                }
                return scored.ok();
            };
            if (ratings[0] < 0) {
                if (!score(kWorkshopKeys.at(0), 1)) {  // a draft, never submitted
                    return failed(QStringLiteral("a draft"));
                }
                continue;
            }
            // The form is submitted whole: the workshop's criteria as above, every other item 0.
            const auto form = store.assessment().scoringForm(id, PipelineStep::Workshop);
            if (!form.ok()) {
                return failed(form.message());
            }
            for (const QString& key : form.value().keys()) {
                const qsizetype at = kWorkshopKeys.indexOf(key);
                if (!score(key, at >= 0 ? ratings[at] : 0)) {
                    return failed(QStringLiteral("a score"));
                }
            }
            if (const Status submitted =
                    review.value()->submit(id, PipelineStep::Workshop, form.value().keys(), form.value().keys());
                !submitted.ok()) {
                return failed(submitted.message());
            }
        }
        review.value().reset();  // closed before the import reads it
        if (const auto imported = store.assessment().importReview(path); !imported.ok()) {
            return failed(imported.message());
        }
    }

    // ...and the officer's consensus, outcomes and decisions on the last day.
    Clock::setForTesting(QDateTime(today.addDays(-7), QTime(16, 0)));
    const auto consensus = [&](const char* family, const QString& key, int rating, const QString& comment) {
        ConsensusRating c;
        c.candidateId = held.candidates.value(QString::fromLatin1(family));
        c.criterionKey = key;
        c.round = AssessmentRound::roundOfKey(key);
        c.profileVersion = 1;
        c.rating = rating;
        c.comment = comment;
        return store.assessment().recordConsensus(c);
    };
    for (const Status& recorded : {consensus("Arai", kWorkshopKeys.at(0), 4, QStringLiteral("Led the debate")),
                                   consensus("Kamau", kWorkshopKeys.at(0), 1, QString()),
                                   consensus("Haddou", kWorkshopKeys.at(2), 3, QString())}) {
        if (!recorded.ok()) {
            return failed(recorded.message());
        }
    }
    const auto outcome = [&](const char* family, bool passed) {
        AssessmentOutcome o;
        o.candidateId = held.candidates.value(QString::fromLatin1(family));
        o.step = PipelineStep::Workshop;
        o.passed = passed;
        o.note = passed ? QStringLiteral("Ready for Stage 3") : QStringLiteral("Not yet ready");
        return store.assessment().recordOutcome(o);
    };
    for (const Status& recorded : {outcome("Arai", true), outcome("Sato", true), outcome("Kamau", false)}) {
        if (!recorded.ok()) {
            return failed(recorded.message());
        }
    }
    if (!decide(held.candidates.value(QStringLiteral("Arai")), Stage::Confirmed, Stage::WorkshopPassed, true) ||
        !decide(held.candidates.value(QStringLiteral("Sato")), Stage::Confirmed, Stage::WorkshopPassed, false) ||
        !decide(held.candidates.value(QStringLiteral("Kamau")), Stage::Confirmed, Stage::WorkshopFailed, true)) {
        return failed(QStringLiteral("the workshop's decisions"));
    }
    Clock::resetForTesting();
    return held;
}
