// SPDX-License-Identifier: GPL-3.0-or-later
// Assessment: the scoring form, the Stage 1 pre-check at its boundaries and the "most of"
// rule criterion by criterion, reviewers assigned with conflicts of interest, blind until
// submitted, and the officer's consensus kept apart from the reviewers' scores.
#include "domain/Activity.h"
#include "assessment/AssessmentRecords.h"
#include "assessment/Ranking.h"
#include "store/AuditEntry.h"
#include "domain/Candidate.h"
#include "Clock.h"
#include "domain/CompetenceProfile.h"
#include "domain/Person.h"
#include "store/ReviewFile.h"
#include "store/ReviewSchema.h"
#include "assessment/ReviewRules.h"
#include "review/ReviewerWork.h"
#include "domain/Score.h"
#include "assessment/ScoringForm.h"
#include "assessment/ScreeningCheck.h"
#include "domain/StageDecision.h"
#include "store/Store.h"
#include "store/People.h"
#include "store/Workshops.h"
#include "store/Pool.h"
#include "store/Decisions.h"
#include "store/Candidates.h"
#include "store/Assessment.h"
#include "TestSupport.h"
#include "domain/Workshop.h"
#include "TestMain.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const Actor kOfficer{QStringLiteral("aofficer"), QStringLiteral("pc-1")};
const Actor kAna{QStringLiteral("ana"), QStringLiteral("laptop-1")};
const Actor kBen{QStringLiteral("ben"), QStringLiteral("laptop-2")};

Person reviewer(const QString& name, const Actor& actor, const QString& administration)
{
    Person p;
    p.name = name;
    p.account = actor.person;
    p.role = PersonRole::Reviewer;
    p.administration = administration;
    return p;
}

Score score(const QUuid& reviewer, const QUuid& candidate, const QString& key, int rating, bool submitted)
{
    Score s;
    s.reviewerId = reviewer;
    s.candidateId = candidate;
    s.criterionKey = key;
    s.rating = rating;
    s.updatedAt = QDateTime::currentDateTimeUtc();
    if (submitted) {
        s.submittedAt = s.updatedAt;
    }
    return s;
}

ScreeningCheck::Finding finding(const ScreeningCheck& check, const QString& key)
{
    for (const auto& r : check.hard) {
        if (r.criterionKey == key) {
            return r.finding;
        }
    }
    return ScreeningCheck::Finding::Unknown;
}

}  // namespace

class TestAssessment : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_path;
    QUuid m_workshop;
    QUuid m_sato;  // Japan Customs
    QUuid m_diallo;  // Senegal Customs
    QUuid m_ana;  // reviewer from Japan Customs
    QUuid m_ben;  // reviewer from Belgian Customs

    /// A file with a workshop, two candidates holding seats and two reviewers.
    void makeFile()
    {
        const QString folder = m_dir.filePath(QStringLiteral("f%1").arg(++m_files));
        QDir().mkpath(folder);
        m_path = folder + QStringLiteral("/shared.accred");
        auto store = Store::create(m_path, kOfficer);
        QVERIFY2(store.ok(), qPrintable(store.message()));
        auto& s = *store.value();
        m_workshop = s.workshops().save(sampleWorkshop(QStringLiteral("Kashiwa"))).value().meta.id;
        Candidate sato = sampleCandidate(QStringLiteral("Sato"));
        sato.administration = QStringLiteral("Japan Customs");
        m_sato = s.candidates().save(sato).value().meta.id;
        Candidate diallo = sampleCandidate(QStringLiteral("Diallo"));
        diallo.administration = QStringLiteral("Senegal Customs");
        m_diallo = s.candidates().save(diallo).value().meta.id;
        QVERIFY(s.workshops().enrol(m_sato, m_workshop).ok());
        QVERIFY(s.workshops().enrol(m_diallo, m_workshop).ok());
        m_ana = s.people()
                    .save(reviewer(QStringLiteral("Ana Reviewer"), kAna, QStringLiteral("JAPAN  customs")))
                    .value()
                    .meta.id;
        m_ben = s.people()
                    .save(reviewer(QStringLiteral("Ben Reviewer"), kBen, QStringLiteral("Belgian Customs")))
                    .value()
                    .meta.id;
    }

    std::unique_ptr<Store> open(const Actor& actor, Store::Access access = Store::Access::ReadOnly)
    {
        auto store = Store::open(m_path, access, actor);
        if (!store.ok()) {
            qWarning("%s", qPrintable(store.message()));
            return nullptr;
        }
        return std::move(store).value();
    }

    /// Rates every item of the candidate's form of `round` in the reviewer's review file.
    void rateAll(const Store& store, ReviewFile& review, const QUuid& candidate, int rating,
                 PipelineStep round = PipelineStep::Selection)
    {
        const ScoringForm form = store.assessment().scoringForm(candidate, round).value();
        for (const FormSection& section : form.sections) {
            for (const FormCriterion& c : section.criteria) {
                const int r = c.kind == CriterionKind::Hard ? 1 : rating;
                auto saved = ReviewerWork::saveDraft(store, review, candidate, round, c.key, r, {}, {});
                QVERIFY2(saved.ok(), qPrintable(saved.message()));
            }
        }
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void theFormHoldsTheProfileTheWorkshopAndEachStage3Activity()
    {
        const CompetenceProfile profile = CompetenceProfile::call2023();
        const QUuid candidate = QUuid::createUuid();
        ScoringForm form = ScoringForm::build(candidate, PipelineStep::Selection, profile, {}, {}, {});
        QCOMPARE(form.criterionCount(), 31);
        QCOMPARE(form.progressText(12), QStringLiteral("12 of 31 criteria"));
        QCOMPARE(form.scale.size(), 5);
        QCOMPARE(form.scale.at(2).label, QStringLiteral("Meets"));

        Activity assessed;
        assessed.meta.id = QUuid::createUuid();
        assessed.title = QStringLiteral("Port visit");
        assessed.startDate = QDate(2024, 3, 4);
        assessed.participants = {{candidate, ParticipantRole::Stage3Candidate, false, {}}};
        Activity led = assessed;
        led.meta.id = QUuid::createUuid();
        led.participants = {{candidate, ParticipantRole::Lead, false, {}}};
        // Stage 3's form: the profile's criteria, and only the activity where they were assessed.
        form = ScoringForm::build(candidate, PipelineStep::FieldAssessment, profile, QStringLiteral("Kashiwa"),
                                  ScoringForm::defaultWorkshopCriteria(), {assessed, led});
        QCOMPARE(form.criterionCount(), 31 + 1);
        QVERIFY(form.criterion(ScoringForm::activityKey(assessed.meta.id)));
        QVERIFY(!form.criterion(ScoringForm::activityKey(led.meta.id)));
        QVERIFY(!form.criterion(QStringLiteral("workshop:presentations")));
        // Stage 2's: the profile's criteria as observed, then the workshop's own.
        form = ScoringForm::build(candidate, PipelineStep::Workshop, profile, QStringLiteral("Kashiwa"),
                                  ScoringForm::defaultWorkshopCriteria(), {assessed, led});
        QCOMPARE(form.criterionCount(), 3 + 31);
        QCOMPARE(form.sections.last().key, QStringLiteral("workshop"));
        QVERIFY(!form.criterion(ScoringForm::activityKey(assessed.meta.id)));
        QVERIFY(form.criterion(QStringLiteral("workshop:presentations")));
        // Hard requirements are met or not met; the rest go 0 to 4.
        QVERIFY(form.checkRating(QStringLiteral("language.english"), 1).ok());
        QCOMPARE(form.checkRating(QStringLiteral("language.english"), 2).code(), ErrorCode::Invalid);
        QVERIFY(form.checkRating(QStringLiteral("workshop:presentations"), 4).ok());
        QCOMPARE(form.checkRating(QStringLiteral("workshop:presentations"), 5).code(), ErrorCode::Invalid);
        QCOMPARE(form.checkRating(QStringLiteral("no.such"), 1).code(), ErrorCode::NotFound);
        QCOMPARE(form.ratingLabel(QStringLiteral("personal.interpersonal"), 3), QStringLiteral("3 – Exceeds"));

        // Progress counts rated items only, drafts included.
        // Progress counts rated items only, drafts included, of the form's own round.
        Score rated = score({}, candidate, QStringLiteral("personal.interpersonal"), 2, false);
        rated.round = PipelineStep::Workshop;
        Score unrated = rated;
        unrated.criterionKey = QStringLiteral("personal.suitability");
        unrated.rating.reset();
        Score otherRound = rated;
        otherRound.criterionKey = QStringLiteral("personal.suitability");
        otherRound.round = PipelineStep::Selection;
        QCOMPARE(form.ratedCount({rated, unrated, otherRound}), 1);
        QCOMPARE(form.unrated({rated, otherRound}).size(), 33);
    }

    void theStoreBuildsTheFormFromTheFileAndKeepsTheScale()
    {
        makeFile();
        auto store = open(kOfficer, Store::Access::Edit);
        QCOMPARE(store->assessment().currentProfile().value().scale.size(), 5);
        QCOMPARE(store->workshops().criteria(m_workshop).value().size(), 3);
        // A new workshop's three come with what to look for, as the call words it.
        QVERIFY(
            store->workshops().criteria(m_workshop).value().at(0).description.startsWith(QStringLiteral("Takes part")));
        ScoringForm form = store->assessment().scoringForm(m_sato, PipelineStep::Workshop).value();
        QCOMPARE(form.criterionCount(), 34);
        QVERIFY(store->workshops()
                    .setCriteria(m_workshop,
                                 {{QStringLiteral("role_play"), QStringLiteral("Role play"), CriterionKind::Counted}},
                                 store->workshops().criteria(m_workshop).value())
                    .ok());
        QCOMPARE(store->assessment().scoringForm(m_sato, PipelineStep::Workshop).value().criterionCount(), 32);
        QCOMPARE(store->assessment().scoringForm(m_sato).value().criterionCount(), 31);  // Stage 1: the profile
        QCOMPARE(store->workshops()
                     .setCriteria(m_workshop, {{QStringLiteral("a:b"), QStringLiteral("x"), CriterionKind::Counted}},
                                  store->workshops().criteria(m_workshop).value())
                     .code(),
                 ErrorCode::Invalid);
        // A Stage 3 activity where Sato is assessed adds an appraisal.
        Activity activity;
        activity.title = QStringLiteral("Online course");
        activity.mode = ActivityMode::Online;
        activity.kind = ActivityKind::Stage3Assessment;
        activity.startDate = QDate::currentDate().addDays(100);
        activity.endDate = activity.startDate;
        activity.participants = {{m_sato, ParticipantRole::Stage3Candidate, false, {}}};
        // Only once Sato passed the workshop (held in 60 days: the clock goes there).
        QVERIFY(makeReadyToSelectAndConfirm(*store, m_sato));
        Stage from = Stage::Applied;
        for (const Stage to : {Stage::Selected, Stage::Confirmed, Stage::WorkshopPassed}) {
            if (to == Stage::WorkshopPassed) {
                Clock::setForTesting(QDateTime(QDate::currentDate().addDays(61), QTime(10, 0), Qt::UTC));
            }
            StageDecision d;
            d.candidateId = m_sato;
            d.from = from;
            d.to = to;
            d.decidedBy = QStringLiteral("Officer");
            d.decidedAt = Clock::nowUtc();
            d.reason = QStringLiteral("Test");
            const auto recorded = store->decisions().record(d);
            QVERIFY2(recorded.ok(), qPrintable(recorded.message()));
            from = to;
        }
        Clock::resetForTesting();
        auto saved = store->pool().saveActivity(activity);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        QVERIFY(store->assessment()
                    .scoringForm(m_sato, PipelineStep::FieldAssessment)
                    .value()
                    .criterion(ScoringForm::activityKey(saved.value().meta.id)));
        QCOMPARE(store->assessment().scoringForm(m_diallo, PipelineStep::Workshop).value().criterionCount(), 32);
    }

    void theFormKeepsWhatToLookFor()
    {
        // Built from plain data: a workshop criterion's description reaches its form item;
        // one without a description, the profile's criteria and the appraisals have none.
        const CompetenceProfile profile = CompetenceProfile::call2023();
        const QUuid candidate = QUuid::createUuid();
        QList<Criterion> own = ScoringForm::defaultWorkshopCriteria();
        // A new workshop's three say what the call asks for; the officer edits them.
        for (const Criterion& c : own) {
            QVERIFY2(!c.description.isEmpty(), qPrintable(c.key));
        }
        own[0].description = QStringLiteral("  Listens, builds on others' points, keeps to time.\n");
        own[1].description.clear();
        ScoringForm form =
            ScoringForm::build(candidate, PipelineStep::Workshop, profile, QStringLiteral("Kashiwa"), own, {});
        QCOMPARE(form.criterion(ScoringForm::workshopKey(own.at(0).key))->description,
                 QStringLiteral("Listens, builds on others' points, keeps to time."));
        QVERIFY(form.criterion(ScoringForm::workshopKey(own.at(1).key))->description.isEmpty());
        for (const CriterionGroup& g : profile.groups) {
            for (const Criterion& c : g.criteria) {
                QCOMPARE(form.criterion(c.key)->description, c.description);
            }
        }

        // From the file: what the Criteria tab saved is what the reviewer's form shows.
        makeFile();
        auto store = open(kOfficer, Store::Access::Edit);
        QVERIFY(store->workshops()
                    .setCriteria(m_workshop,
                                 {{QStringLiteral("role_play"), QStringLiteral("Role play"), CriterionKind::Counted,
                                   QStringLiteral("Stays in role; asks before deciding.")},
                                  {QStringLiteral("debate"), QStringLiteral("Debate"), CriterionKind::Counted}},
                                 store->workshops().criteria(m_workshop).value())
                    .ok());
        form = store->assessment().scoringForm(m_sato, PipelineStep::Workshop).value();
        QCOMPARE(form.criterion(QStringLiteral("workshop:role_play"))->description,
                 QStringLiteral("Stays in role; asks before deciding."));
        QVERIFY(form.criterion(QStringLiteral("workshop:debate"))->description.isEmpty());
        QVERIFY(form.criterion(QStringLiteral("personal.interpersonal"))->description.isEmpty());
    }

    void aNewWorkshopCriterionGetsAKeyFromItsName()
    {
        QCOMPARE(ScoringForm::newWorkshopCriterionKey(QStringLiteral("  Role play!"), {}), QStringLiteral("role_play"));
        QCOMPARE(ScoringForm::newWorkshopCriterionKey(QStringLiteral("Role: play"), {QStringLiteral("role_play")}),
                 QStringLiteral("role_play_2"));
        QCOMPARE(ScoringForm::newWorkshopCriterionKey(QStringLiteral("role play"),
                                                      {QStringLiteral("role_play"), QStringLiteral("role_play_2")}),
                 QStringLiteral("role_play_3"));
        QCOMPARE(ScoringForm::newWorkshopCriterionKey(QStringLiteral("Écoute active"), {}),
                 QStringLiteral("écoute_active"));
        QCOMPARE(ScoringForm::newWorkshopCriterionKey(QStringLiteral(" :: "), {}), QStringLiteral("criterion"));
    }

    void hardRequirementsArePreCheckedAtTheirBoundaries()
    {
        const CompetenceProfile profile = CompetenceProfile::call2023();
        Candidate c = sampleCandidate(QStringLiteral("Edge"));
        c.meta.id = QUuid::createUuid();
        const auto check = [&] { return ScreeningCheck::run(c, profile, {}, {}); };
        const QString customs = QStringLiteral("career.customs_5_years");
        const QString academic = QStringLiteral("academic.university_or_experience");
        const QString english = QStringLiteral("language.english");

        c.yearsInCustoms = 5;
        QCOMPARE(finding(check(), customs), ScreeningCheck::Finding::Met);
        c.yearsInCustoms = 4;
        QCOMPARE(finding(check(), customs), ScreeningCheck::Finding::NotMet);
        QVERIFY(check().hard.at(0).reason.isEmpty() == false);

        c.education = EducationLevel::Bachelor;
        c.yearsInPublicAdministration = 0;
        QCOMPARE(finding(check(), academic), ScreeningCheck::Finding::Met);
        c.education = EducationLevel::PostSecondary;
        c.yearsInPublicAdministration = 4;
        QCOMPARE(finding(check(), academic), ScreeningCheck::Finding::NotMet);
        c.yearsInPublicAdministration = 5;  // or five years in public administration
        QCOMPARE(finding(check(), academic), ScreeningCheck::Finding::Met);
        c.education.reset();
        c.yearsInPublicAdministration = 4;
        QCOMPARE(finding(check(), academic), ScreeningCheck::Finding::NotMet);

        c.englishLevel = LanguageLevel::C1;
        QCOMPARE(finding(check(), english), ScreeningCheck::Finding::Met);
        c.englishLevel = LanguageLevel::B2;
        QCOMPARE(finding(check(), english), ScreeningCheck::Finding::NotMet);
        c.englishLevel = LanguageLevel::Native;
        QCOMPARE(finding(check(), english), ScreeningCheck::Finding::Met);
        c.englishLevel.reset();
        QCOMPARE(finding(check(), english), ScreeningCheck::Finding::NotMet);
        QVERIFY(!check().hardRequirementsMet());

        // A hard requirement a later profile adds, which the data cannot answer, is not met
        // by the pre-check: the officer judges it.
        CompetenceProfile later = profile;
        later.groups.first().criteria.append(
            {QStringLiteral("personal.clearance"), QStringLiteral("Clearance"), CriterionKind::Hard});
        c.englishLevel = LanguageLevel::C2;
        c.yearsInCustoms = 10;
        const ScreeningCheck unknown = ScreeningCheck::run(c, later, {}, {});
        QCOMPARE(finding(unknown, QStringLiteral("personal.clearance")), ScreeningCheck::Finding::Unknown);
        QVERIFY(!unknown.hardRequirementsMet());
    }

    void mostOfTheCriteriaIsComputedCriterionByCriterion()
    {
        CompetenceProfile profile = CompetenceProfile::call2023();
        Candidate c = sampleCandidate(QStringLiteral("Count"));
        c.meta.id = QUuid::createUuid();
        const QUuid r1 = QUuid::createUuid();
        const QUuid r2 = QUuid::createUuid();
        QList<QString> counted;
        for (const auto& g : profile.groups) {
            for (const auto& k : g.criteria) {
                if (k.kind == CriterionKind::Counted) {
                    counted.append(k.key);
                }
            }
        }
        QCOMPARE(counted.size(), 25);
        QList<Score> scores;
        // 13 criteria with two submitted scores whose median is 2 (meets): 13 of 25 > 50 %.
        for (int i = 0; i < 13; ++i) {
            scores << score(r1, c.meta.id, counted.at(i), 1, true) << score(r2, c.meta.id, counted.at(i), 3, true);
        }
        ScreeningCheck check = ScreeningCheck::run(c, profile, {}, scores);
        QCOMPARE(check.countedTotal(), 25);
        QCOMPARE(check.countedMet(), 13);
        QVERIFY(check.proposal().qualifies(profile.countedThresholdPercent));
        QVERIFY(check.counted.at(0).basis.startsWith(QStringLiteral("Median of 2 submitted score")));
        QVERIFY(check.counted.at(0).basis.endsWith(QStringLiteral(" 2: met")));
        QVERIFY(check.counted.at(20).basis.contains(QStringLiteral("Not assessed")));
        QCOMPARE(check.explanation().size(), 3 + 25 + 1);

        // A consensus replaces the scores of its criterion: 12 of 25 is not more than half.
        ConsensusRating agreed{c.meta.id, counted.at(0), 1, 1, {}, {}, {}};
        check = ScreeningCheck::run(c, profile, {agreed}, scores);
        QCOMPARE(check.countedMet(), 12);
        QVERIFY(check.counted.at(0).basis.startsWith(QStringLiteral("Consensus 1 – Partly: not met")));
        QVERIFY(!check.proposal().qualifies(profile.countedThresholdPercent));
        // Drafts never count.
        QList<Score> drafts = scores;
        for (Score& s : drafts) {
            s.submittedAt = {};
        }
        QCOMPARE(ScreeningCheck::run(c, profile, {}, drafts).countedMet(), 0);
        // The threshold is the profile's: at 40 % the same 12 of 25 pass (12 > 10).
        profile.countedThresholdPercent = 40;
        QVERIFY(ScreeningCheck::run(c, profile, {agreed}, scores).proposal().qualifies(40));
    }

    void theOfficerConfirmsOrOverridesTheScreeningWithAReason()
    {
        makeFile();
        auto store = open(kOfficer, Store::Access::Edit);
        QVERIFY(store->assessment().setCountedThreshold(60).ok());
        QCOMPARE(store->assessment().currentProfile().value().countedThresholdPercent, 60);
        QCOMPARE(store->assessment().setCountedThreshold(100).code(), ErrorCode::Invalid);
        Candidate sato = store->candidates().byId(m_sato).value();
        sato.yearsInCustoms = 4;
        QVERIFY(store->candidates().save(sato).ok());
        const ScreeningCheck check = store->assessment().screeningCheck(m_sato).value();
        QVERIFY(!check.hardRequirementsMet());
        QCOMPARE(check.thresholdPercent, 60);
        QVERIFY(store->assessment().confirmScreening(m_sato, std::nullopt, {}).ok());
        QCOMPARE(store->decisions().screening(m_sato).value()->hardRequirementsMet, false);
        QCOMPARE(store->decisions().screening(m_sato).value()->countedTotal, 25);
        // Overriding the finding needs a reason, which is kept.
        QCOMPARE(store->assessment().confirmScreening(m_sato, true, QStringLiteral("  ")).code(), ErrorCode::Invalid);
        QVERIFY(store->assessment()
                    .confirmScreening(m_sato, true, QStringLiteral("Six years counting the secondment"))
                    .ok());
        const Screening recorded = *store->decisions().screening(m_sato).value();
        QVERIFY(recorded.hardRequirementsMet);
        QCOMPARE(recorded.overrideReason, QStringLiteral("Six years counting the secondment"));
        // Confirming what the pre-check found needs no reason.
        QVERIFY(store->assessment().confirmScreening(m_diallo, true, {}).ok());
        QVERIFY(store->decisions().screening(m_diallo).value()->overrideReason.isEmpty());
    }

    void aReviewerOfTheCandidatesAdministrationIsFlagged()
    {
        makeFile();
        auto store = open(kOfficer, Store::Access::Edit);
        const auto refused = store->assessment().assignReviewer(m_sato, m_ana);
        QCOMPARE(refused.code(), ErrorCode::Refused);
        QVERIFY2(refused.message().contains(QStringLiteral("conflict of interest")), qPrintable(refused.message()));
        QVERIFY(store->assessment().assignments(m_sato).value().isEmpty());
        QVERIFY(
            store->assessment().assignReviewer(m_sato, m_ana, QStringLiteral("Only Japanese speaker available")).ok());
        QCOMPARE(store->assessment().assignments(m_sato).value().first().conflictReason,
                 QStringLiteral("Only Japanese speaker available"));
        QVERIFY(store->assessment().assignReviewer(m_sato, m_ben).ok());
        QCOMPARE(store->assessment().assignReviewer(m_sato, m_ben).code(), ErrorCode::Refused);  // already assigned
        QVERIFY(store->assessment().unassignReviewer(m_sato, m_ben).ok());
        QCOMPARE(store->assessment().unassignReviewer(m_sato, m_ben).code(), ErrorCode::NotFound);
        const QStringList actions = [&] {
            QStringList list;
            for (const AuditEntry& e : store->auditTrail(m_sato).value()) {
                list.append(e.action);
            }
            return list;
        }();
        QCOMPARE(actions.count(QStringLiteral("assignment.create")), 2);
        QCOMPARE(actions.count(QStringLiteral("assignment.remove")), 1);
    }

    void reviewersAreSpreadEvenlyWithinTheLimit()
    {
        QList<Candidate> candidates;
        for (int i = 0; i < 5; ++i) {
            Candidate c = sampleCandidate(QStringLiteral("C%1").arg(i));
            c.meta.id = QUuid::createUuid();
            c.administration = i == 0 ? QStringLiteral("Kenya Revenue Authority") : QStringLiteral("Other %1").arg(i);
            candidates.append(c);
        }
        QList<Person> reviewers;
        for (const QString& name : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}) {
            Person p = reviewer(name, {name.toLower(), {}}, QStringLiteral("Elsewhere"));
            p.meta.id = QUuid::createUuid();
            reviewers.append(p);
        }
        reviewers[0].administration = QStringLiteral("Kenya Revenue Authority");
        auto spread = ReviewRules::spreadEvenly(candidates, reviewers, {}, {}, 4, 2);
        QCOMPARE(spread.added.size(), 10);
        QVERIFY(spread.shortfalls.isEmpty());
        QHash<QUuid, int> load;
        for (const auto& a : spread.added) {
            load[a.reviewerId] += 1;
            QVERIFY(!(a.reviewerId == reviewers[0].meta.id && a.candidateId == candidates[0].meta.id));
        }
        QCOMPARE(load.value(reviewers[0].meta.id) + load.value(reviewers[1].meta.id) + load.value(reviewers[2].meta.id),
                 10);
        for (const Person& r : reviewers) {
            QVERIFY(load.value(r.meta.id) <= 4);
            QVERIFY(load.value(r.meta.id) >= 3);  // even: 10 over 3 reviewers
        }
        // A limit too low leaves candidates short, and says so.
        spread = ReviewRules::spreadEvenly(candidates, reviewers, {}, {}, 2, 2);
        QCOMPARE(spread.added.size(), 6);
        QCOMPARE(spread.shortfalls.size(), 2);
        QVERIFY(spread.shortfalls.first().contains(QStringLiteral("limit of 2")));

        // Through the store, in one unit of work; a second spread adds nothing.
        makeFile();
        auto store = open(kOfficer, Store::Access::Edit);
        auto shortfalls = store->assessment().spreadReviewers(m_workshop, 5, 2);
        QVERIFY2(shortfalls.ok(), qPrintable(shortfalls.message()));
        QCOMPARE(shortfalls.value().size(), 1);  // Sato has only Ben: Ana is from Japan Customs
        QCOMPARE(store->assessment().assignments().value().size(), 3);
        const int entries = int(store->auditTrail().value().size());
        QVERIFY(store->assessment().spreadReviewers(m_workshop, 5, 2).ok());
        QCOMPARE(int(store->auditTrail().value().size()), entries);
    }

    void reviewersScoreBlindUntilTheySubmit()
    {
        makeFile();
        {
            auto officer = open(kOfficer, Store::Access::Edit);
            QVERIFY(officer->assessment().assignReviewer(m_diallo, m_ana).ok());
            QVERIFY(officer->assessment().assignReviewer(m_diallo, m_ben).ok());
        }
        const QString folder = QFileInfo(m_path).absolutePath();
        auto anaStore = open(kAna);
        auto benStore = open(kBen);
        auto anaFile = ReviewerWork::openOwn(*anaStore, ReviewerWork::defaultReviewPath(m_path, kAna.person));
        QVERIFY2(anaFile.ok(), qPrintable(anaFile.message()));
        auto benFile = ReviewerWork::openOwn(*benStore, ReviewerWork::defaultReviewPath(m_path, kBen.person));
        QVERIFY(benFile.ok());
        // Ben cannot open Ana's file; nobody scores a candidate not assigned to them.
        QCOMPARE(ReviewerWork::openOwn(*benStore, folder + QStringLiteral("/ana.review")).code(), ErrorCode::Refused);
        QCOMPARE(ReviewerWork::saveDraft(*anaStore, *anaFile.value(), m_sato, PipelineStep::Selection,
                                         QStringLiteral("personal.interpersonal"), 2, {}, {})
                     .code(),
                 ErrorCode::Refused);
        // An observer or officer has no review file.
        auto officerRead = open(kOfficer);
        QCOMPARE(ReviewerWork::openOwn(*officerRead, folder + QStringLiteral("/boss.review")).code(),
                 ErrorCode::Refused);

        // Ana rates everything and submits; Ben has a draft.
        rateAll(*anaStore, *anaFile.value(), m_diallo, 3);
        QVERIFY(ReviewerWork::saveDraft(*benStore, *benFile.value(), m_diallo, PipelineStep::Selection,
                                        QStringLiteral("personal.interpersonal"), 1, QStringLiteral("Quiet"),
                                        QStringLiteral("Interview"))
                    .ok());
        const auto incomplete = ReviewerWork::submit(*benStore, *benFile.value(), m_diallo, PipelineStep::Selection);
        QCOMPARE(incomplete.code(), ErrorCode::Invalid);
        QVERIFY(incomplete.message().contains(QStringLiteral("30 still unrated")));
        QVERIFY(ReviewerWork::submit(*anaStore, *anaFile.value(), m_diallo, PipelineStep::Selection).ok());
        // Submitted scores are final.
        QCOMPARE(ReviewerWork::saveDraft(*anaStore, *anaFile.value(), m_diallo, PipelineStep::Selection,
                                         QStringLiteral("personal.interpersonal"), 0, {}, {})
                     .code(),
                 ErrorCode::Refused);

        {
            auto officer = open(kOfficer, Store::Access::Edit);
            QVERIFY(officer->assessment().importReview(anaFile.value()->path()).ok());
            QVERIFY(officer->assessment().importReview(benFile.value()->path()).ok());
            QCOMPARE(officer->assessment().visibleScores(m_diallo).value().size(), 32);  // the officer sees all
        }
        anaStore = open(kAna);
        benStore = open(kBen);
        // Ana submitted: she sees Ben's draft too. Ben has not: he sees only his own.
        QCOMPARE(anaStore->assessment().visibleScores(m_diallo, anaFile.value()->scores().value()).value().size(), 32);
        const auto benSees = benStore->assessment().visibleScores(m_diallo, benFile.value()->scores().value()).value();
        QCOMPARE(benSees.size(), 1);
        QCOMPARE(benSees.first().reviewerId, m_ben);

        // Pure rule: once Ben submits he sees Ana's.
        QList<Score> all = {score(m_ana, m_diallo, QStringLiteral("k"), 3, true),
                            score(m_ben, m_diallo, QStringLiteral("k"), 1, false)};
        QCOMPARE(ReviewRules::visibleScores(all, PersonRole::Reviewer, m_ben, {}).size(), 1);
        all[1].submittedAt = QDateTime::currentDateTimeUtc();
        QCOMPARE(ReviewRules::visibleScores(all, PersonRole::Reviewer, m_ben, {}).size(), 2);
        // A conflict declared hides the others' scores again.
        const ConflictDeclaration conflict{m_diallo, m_ben, QStringLiteral("Former colleague"), {}};
        QCOMPARE(ReviewRules::visibleScores(all, PersonRole::Reviewer, m_ben, {conflict}).size(), 1);
        QCOMPARE(ReviewRules::visibleScores(all, PersonRole::Officer, m_ben, {conflict}).size(), 2);
    }

    void aDeclaredConflictRemovesTheAssignmentAndHidesTheScores()
    {
        makeFile();
        {
            auto officer = open(kOfficer, Store::Access::Edit);
            QVERIFY(officer->assessment().assignReviewer(m_diallo, m_ana).ok());
            QVERIFY(officer->assessment().assignReviewer(m_diallo, m_ben).ok());
        }
        auto anaStore = open(kAna);
        auto benStore = open(kBen);
        auto anaFile = ReviewerWork::openOwn(*anaStore, ReviewerWork::defaultReviewPath(m_path, kAna.person));
        auto benFile = ReviewerWork::openOwn(*benStore, ReviewerWork::defaultReviewPath(m_path, kBen.person));
        rateAll(*anaStore, *anaFile.value(), m_diallo, 2);
        QVERIFY(ReviewerWork::submit(*anaStore, *anaFile.value(), m_diallo, PipelineStep::Selection).ok());
        QCOMPARE(ReviewerWork::declareConflict(*benStore, *benFile.value(), m_diallo, QStringLiteral(" ")).code(),
                 ErrorCode::Invalid);
        QVERIFY(ReviewerWork::declareConflict(*benStore, *benFile.value(), m_diallo,
                                              QStringLiteral("I trained him in 2019"))
                    .ok());
        // Refused at once in his own file, before the officer imports it.
        QCOMPARE(ReviewerWork::saveDraft(*benStore, *benFile.value(), m_diallo, PipelineStep::Selection,
                                         QStringLiteral("personal.interpersonal"), 2, {}, {})
                     .code(),
                 ErrorCode::Refused);
        auto officer = open(kOfficer, Store::Access::Edit);
        QVERIFY(officer->assessment().importReview(anaFile.value()->path()).ok());
        const auto imported = officer->assessment().importReview(benFile.value()->path());
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        QCOMPARE(imported.value().conflictsDeclared, 1);
        QCOMPARE(officer->assessment().assignments(m_diallo).value().size(), 1);
        QCOMPARE(officer->assessment().conflictDeclarations(m_diallo).value().first().reason,
                 QStringLiteral("I trained him in 2019"));
        QCOMPARE(officer->assessment().importReview(benFile.value()->path()).value().conflictsDeclared,
                 0);  // harmless again
        // The officer cannot assign him again, even with a reason.
        QCOMPARE(officer->assessment().assignReviewer(m_diallo, m_ben, QStringLiteral("Needed")).code(),
                 ErrorCode::Refused);
        officer.reset();
        benStore = open(kBen);
        QVERIFY(benStore->assessment().visibleScores(m_diallo, benFile.value()->scores().value()).value().isEmpty());
    }

    void theConsensusIsKeptApartFromTheReviewersScores()
    {
        makeFile();
        {
            auto officer = open(kOfficer, Store::Access::Edit);
            QVERIFY(officer->assessment().assignReviewer(m_diallo, m_ben).ok());
        }
        auto benStore = open(kBen);
        auto benFile = ReviewerWork::openOwn(*benStore, ReviewerWork::defaultReviewPath(m_path, kBen.person));
        QVERIFY(ReviewerWork::saveDraft(*benStore, *benFile.value(), m_diallo, PipelineStep::Selection,
                                        QStringLiteral("personal.interpersonal"), 1, QStringLiteral("Quiet"), {})
                    .ok());
        // A reviewer cannot record a consensus: their session never writes the shared file.
        QCOMPARE(benStore->assessment()
                     .recordConsensus({m_diallo, QStringLiteral("personal.interpersonal"), 1, 3, {}, {}, {}})
                     .code(),
                 ErrorCode::ReadOnly);
        auto officer = open(kOfficer, Store::Access::Edit);
        QVERIFY(officer->assessment().importReview(benFile.value()->path()).ok());
        QVERIFY(officer->assessment()
                    .recordConsensus({m_diallo,
                                      QStringLiteral("personal.interpersonal"),
                                      1,
                                      3,
                                      QStringLiteral("Agreed after discussion"),
                                      {},
                                      {}})
                    .ok());
        QCOMPARE(officer->assessment()
                     .recordConsensus({m_diallo, QStringLiteral("language.english"), 1, 3, {}, {}, {}})
                     .code(),
                 ErrorCode::Invalid);
        QCOMPARE(officer->assessment()
                     .recordConsensus(
                         {m_diallo, QStringLiteral("workshop:nothing"), 1, 3, {}, {}, {}, PipelineStep::Workshop})
                     .code(),
                 ErrorCode::NotFound);
        QVERIFY(officer->assessment()
                    .recordConsensus(
                        {m_diallo, QStringLiteral("workshop:presentations"), 1, 4, {}, {}, {}, PipelineStep::Workshop})
                    .ok());
        QVERIFY(officer->assessment()
                    .recordConsensus({m_diallo, QStringLiteral("personal.interpersonal"), 1, 2, {}, {}, {}})
                    .ok());
        const auto agreed = officer->assessment().consensus(m_diallo).value();
        QCOMPARE(agreed.size(), 2);
        QCOMPARE(agreed.first().rating, 2);
        // Ben's own score is untouched.
        const auto scores = officer->assessment().scores(m_diallo).value();
        QCOMPARE(scores.size(), 1);
        QCOMPARE(scores.first().rating, std::optional<int>(1));
        QCOMPARE(scores.first().comment, QStringLiteral("Quiet"));
        // The workshop's outcome, once it has begun (in 60 days: the clock goes there).
        Clock::setForTesting(QDateTime(QDate::currentDate().addDays(61), QTime(10, 0), Qt::UTC));
        const Status outcome = officer->assessment().recordOutcome(
            {m_diallo, PipelineStep::Workshop, true, QStringLiteral("Strong"), {}, {}});
        Clock::resetForTesting();
        QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
        QCOMPARE(officer->assessment().outcomes(m_diallo).value().first().note, QStringLiteral("Strong"));
        // The counted rule reads the consensus first.
        const ScreeningCheck check = officer->assessment().screeningCheck(m_diallo).value();
        QVERIFY(check.counted.first().basis.startsWith(QStringLiteral("Consensus 2 – Meets: met")));
        QVERIFY(officer->check().value().isEmpty());
    }

    // Rounds (issue #16): each step's assessment has its own form and its own submit.

    void aStage1FormIsSubmittedWithTheWorkshopsCriteriaUnrated()
    {
        makeFile();
        {
            auto officer = open(kOfficer, Store::Access::Edit);
            QVERIFY(officer->assessment().assignReviewer(m_diallo, m_ben).ok());
        }
        auto benStore = open(kBen);
        auto benFile = ReviewerWork::openOwn(*benStore, ReviewerWork::defaultReviewPath(m_path, kBen.person));
        QVERIFY(benFile.ok());
        // Before the workshop: the profile's 31 criteria, not the workshop's 3, make Stage 1.
        rateAll(*benStore, *benFile.value(), m_diallo, 2);
        const Status submitted = ReviewerWork::submit(*benStore, *benFile.value(), m_diallo, PipelineStep::Selection);
        QVERIFY2(submitted.ok(), qPrintable(submitted.message()));
        // A workshop criterion is not an item of Stage 1's form, and Stage 2 needs its own
        // assignment.
        QCOMPARE(ReviewerWork::saveDraft(*benStore, *benFile.value(), m_diallo, PipelineStep::Selection,
                                         QStringLiteral("workshop:presentations"), 2, {}, {})
                     .code(),
                 ErrorCode::NotFound);
        const auto unassigned = ReviewerWork::saveDraft(*benStore, *benFile.value(), m_diallo, PipelineStep::Workshop,
                                                        QStringLiteral("workshop:presentations"), 2, {}, {});
        QCOMPARE(unassigned.code(), ErrorCode::Refused);
        QVERIFY(unassigned.message().contains(QStringLiteral("assign --round")));
        {
            auto officer = open(kOfficer, Store::Access::Edit);
            const auto imported = officer->assessment().importReview(benFile.value()->path());
            QVERIFY2(imported.ok(), qPrintable(imported.message()));
            QCOMPARE(imported.value().scoresChanged, 31);
            const auto stored = officer->assessment().scores(m_diallo).value();
            QCOMPARE(stored.size(), 31);
            QVERIFY(std::all_of(stored.cbegin(), stored.cend(),
                                [](const Score& s) { return s.isSubmitted() && s.round == PipelineStep::Selection; }));
            QCOMPARE(officer->assessment().ratings(m_workshop).value().size(), 31);
            QVERIFY(officer->assessment().ratings(m_workshop, PipelineStep::Workshop).value().isEmpty());
            QVERIFY(officer->assessment().assignReviewer(m_diallo, m_ben, {}, PipelineStep::Workshop).ok());
            // The same reviewer, the same candidate, the same round: refused.
            QCOMPARE(officer->assessment().assignReviewer(m_diallo, m_ben, {}, PipelineStep::Workshop).code(),
                     ErrorCode::Refused);
        }
        benStore = open(kBen);
        // After the workshop, Stage 2 is a draft of its own beside the submitted Stage 1.
        const auto stage2 = ReviewerWork::saveDraft(*benStore, *benFile.value(), m_diallo, PipelineStep::Workshop,
                                                    QStringLiteral("workshop:presentations"), 3, {}, {});
        QVERIFY2(stage2.ok(), qPrintable(stage2.message()));
        // The same profile criterion, observed at the workshop, is a score of its own.
        QVERIFY(ReviewerWork::saveDraft(*benStore, *benFile.value(), m_diallo, PipelineStep::Workshop,
                                        QStringLiteral("personal.interpersonal"), 4, {}, {})
                    .ok());
        QCOMPARE(ReviewerWork::saveDraft(*benStore, *benFile.value(), m_diallo, PipelineStep::Selection,
                                         QStringLiteral("personal.interpersonal"), 4, {}, {})
                     .code(),
                 ErrorCode::Refused);  // Stage 1 was submitted: final
        const auto mine = benFile.value()->scores().value();
        QCOMPARE(mine.size(), 31 + 2);
        QCOMPARE(
            std::count_if(mine.cbegin(), mine.cend(),
                          [](const Score& s) { return s.criterionKey == QLatin1String("personal.interpersonal"); }),
            2);
    }

    void aStage3AppraisalIsAddedAfterStage2WasSubmitted()
    {
        makeFile();
        {
            auto officer = open(kOfficer, Store::Access::Edit);
            QVERIFY(officer->assessment().assignReviewer(m_diallo, m_ben, {}, PipelineStep::Workshop).ok());
            QVERIFY(officer->assessment().assignReviewer(m_diallo, m_ben, {}, PipelineStep::FieldAssessment).ok());
        }
        auto benStore = open(kBen);
        auto benFile = ReviewerWork::openOwn(*benStore, ReviewerWork::defaultReviewPath(m_path, kBen.person));
        QVERIFY(benFile.ok());
        rateAll(*benStore, *benFile.value(), m_diallo, 3, PipelineStep::Workshop);
        QVERIFY(ReviewerWork::submit(*benStore, *benFile.value(), m_diallo, PipelineStep::Workshop).ok());
        QCOMPARE(ReviewerWork::submit(*benStore, *benFile.value(), m_diallo, PipelineStep::Workshop).code(),
                 ErrorCode::Refused);
        // Stage 3 comes later, in an activity: still open although Stage 2 is final.
        const auto appraisal =
            ReviewerWork::saveDraft(*benStore, *benFile.value(), m_diallo, PipelineStep::FieldAssessment,
                                    QStringLiteral("personal.interpersonal"), 2, {}, {});
        QVERIFY2(appraisal.ok(), qPrintable(appraisal.message()));
        const auto early = ReviewerWork::submit(*benStore, *benFile.value(), m_diallo, PipelineStep::FieldAssessment);
        QCOMPARE(early.code(), ErrorCode::Invalid);
        QVERIFY2(early.message().contains(QStringLiteral("30 still unrated")), qPrintable(early.message()));
        rateAll(*benStore, *benFile.value(), m_diallo, 2, PipelineStep::FieldAssessment);
        QVERIFY(ReviewerWork::submit(*benStore, *benFile.value(), m_diallo, PipelineStep::FieldAssessment).ok());
        auto officer = open(kOfficer, Store::Access::Edit);
        const auto imported = officer->assessment().importReview(benFile.value()->path());
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        QCOMPARE(imported.value().scoresChanged, 34 + 31);
        QCOMPARE(officer->assessment().ratings(m_workshop, PipelineStep::Workshop).value().size(), 34);
        QCOMPARE(officer->assessment().ratings(m_workshop, PipelineStep::FieldAssessment).value().size(), 31);
        QVERIFY(officer->assessment().ratings(m_workshop, PipelineStep::Selection).value().isEmpty());
    }

    void rankingAndThePreCheckReadStage1Only()
    {
        makeFile();
        {
            auto officer = open(kOfficer, Store::Access::Edit);
            for (const PipelineStep round : {PipelineStep::Selection, PipelineStep::Workshop}) {
                QVERIFY(officer->assessment().assignReviewer(m_diallo, m_ben, {}, round).ok());
            }
        }
        auto benStore = open(kBen);
        auto benFile = ReviewerWork::openOwn(*benStore, ReviewerWork::defaultReviewPath(m_path, kBen.person));
        rateAll(*benStore, *benFile.value(), m_diallo, 1, PipelineStep::Selection);
        QVERIFY(ReviewerWork::submit(*benStore, *benFile.value(), m_diallo, PipelineStep::Selection).ok());
        rateAll(*benStore, *benFile.value(), m_diallo, 4, PipelineStep::Workshop);
        QVERIFY(ReviewerWork::submit(*benStore, *benFile.value(), m_diallo, PipelineStep::Workshop).ok());
        auto officer = open(kOfficer, Store::Access::Edit);
        QVERIFY(officer->assessment().importReview(benFile.value()->path()).ok());
        const auto totalOf = [&]() {
            double total = 0;
            for (const CriterionValue& v : officer->assessment().criterionValues(m_workshop).value()) {
                total += v.candidateId == m_diallo ? v.value : 0;
            }
            return total;
        };
        const double stage1 = totalOf();
        const auto check = officer->assessment().screeningCheck(m_diallo);
        QVERIFY(check.ok());
        QCOMPARE(finding(check.value(), QStringLiteral("language.english")), ScreeningCheck::Finding::Met);
        // Every value is Stage 1's mean (1 on each counted criterion), none the workshop's 4.
        for (const CriterionValue& v : officer->assessment().criterionValues(m_workshop).value()) {
            QVERIFY2(v.value <= 1, qPrintable(v.criterionKey));
        }
        // A consensus at the workshop (Stage 2) on profile criteria moves neither the ranking
        // nor the pre-check; one in Stage 1 does.
        QVERIFY(officer->assessment()
                    .recordConsensus(
                        {m_diallo, QStringLiteral("language.english"), 1, 0, {}, {}, {}, PipelineStep::Workshop})
                    .ok());
        QVERIFY(officer->assessment()
                    .recordConsensus(
                        {m_diallo, QStringLiteral("personal.interpersonal"), 1, 4, {}, {}, {}, PipelineStep::Workshop})
                    .ok());
        QCOMPARE(totalOf(), stage1);
        QCOMPARE(finding(officer->assessment().screeningCheck(m_diallo).value(), QStringLiteral("language.english")),
                 ScreeningCheck::Finding::Met);
        QVERIFY(officer->assessment()
                    .recordConsensus({m_diallo, QStringLiteral("personal.interpersonal"), 1, 4, {}, {}, {}})
                    .ok());
        QCOMPARE(totalOf(), stage1 + 3);
        QCOMPARE(officer->assessment().consensus(m_diallo).value().size(), 3);  // each round keeps its own
    }

    void blindnessHoldsPerRound()
    {
        makeFile();
        {
            auto officer = open(kOfficer, Store::Access::Edit);
            for (const QUuid& reviewer : {m_ana, m_ben}) {
                for (const PipelineStep round : {PipelineStep::Selection, PipelineStep::Workshop}) {
                    QVERIFY(officer->assessment().assignReviewer(m_diallo, reviewer, {}, round).ok());
                }
            }
        }
        auto benStore = open(kBen);
        auto benFile = ReviewerWork::openOwn(*benStore, ReviewerWork::defaultReviewPath(m_path, kBen.person));
        for (const PipelineStep round : {PipelineStep::Selection, PipelineStep::Workshop}) {
            rateAll(*benStore, *benFile.value(), m_diallo, 2, round);
            QVERIFY(ReviewerWork::submit(*benStore, *benFile.value(), m_diallo, round).ok());
        }
        {
            auto officer = open(kOfficer, Store::Access::Edit);
            QVERIFY(officer->assessment().importReview(benFile.value()->path()).ok());
            QVERIFY(officer->assessment()
                        .recordConsensus({m_diallo,
                                          QStringLiteral("workshop:presentations"),
                                          1,
                                          3,
                                          QStringLiteral("Stage 2 secret"),
                                          {},
                                          {},
                                          PipelineStep::Workshop})
                        .ok());
            QVERIFY(
                officer->assessment().recordConsensus({m_diallo, QStringLiteral("wco.trips"), 1, 2, {}, {}, {}}).ok());
        }
        // Ana submits Stage 1 only: she sees Ben's Stage 1 and its consensus, nothing of Stage 2.
        auto anaStore = open(kAna);
        auto anaFile = ReviewerWork::openOwn(*anaStore, ReviewerWork::defaultReviewPath(m_path, kAna.person));
        rateAll(*anaStore, *anaFile.value(), m_diallo, 1, PipelineStep::Selection);
        QVERIFY(ReviewerWork::submit(*anaStore, *anaFile.value(), m_diallo, PipelineStep::Selection).ok());
        anaStore = open(kAna);
        const auto seen = anaStore->assessment().visibleScores(m_diallo, anaFile.value()->scores().value()).value();
        const auto bens = [&](PipelineStep round) {
            return std::count_if(seen.cbegin(), seen.cend(),
                                 [&](const Score& s) { return s.reviewerId == m_ben && s.round == round; });
        };
        QCOMPARE(bens(PipelineStep::Selection), 31);
        QCOMPARE(bens(PipelineStep::Workshop), 0);
        const auto agreed = anaStore->assessment().consensus(m_diallo).value();
        QCOMPARE(agreed.size(), 1);
        QCOMPARE(agreed.first().round, PipelineStep::Selection);
        QVERIFY(anaStore->assessment().ratings(m_workshop, PipelineStep::Workshop).value().isEmpty());
        QCOMPARE(anaStore->assessment().ratings(m_workshop, PipelineStep::Selection).value().size(), 31);
    }

    void aReviewFileOfBeforeRoundsImportsIntoTheRoundsOfItsCriteria()
    {
        makeFile();
        QString sharedId;
        {
            auto officer = open(kOfficer, Store::Access::Edit);
            for (const PipelineStep round : {PipelineStep::Selection, PipelineStep::Workshop}) {
                QVERIFY(officer->assessment().assignReviewer(m_diallo, m_ben, {}, round).ok());
            }
            sharedId = officer->fileId().value();
        }
        // A review file as version 1 wrote it (no round): Diallo's profile criteria rated and
        // submitted, a workshop criterion as a draft with a comment.
        const QString path = QFileInfo(m_path).absolutePath() + QStringLiteral("/old.review");
        const QStringList profileKeys = open(kOfficer)->assessment().scoringForm(m_diallo).value().keys();
        {
            const QString name = QStringLiteral("old-review-file");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
                QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ReviewSchema::kApplicationId)));
                const QList<QStringList> steps = ReviewSchema::steps();
                for (const QString& statement : steps.first()) {
                    QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
                }
                const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
                QVERIFY(q.exec(QStringLiteral("INSERT INTO review_info (key, value) VALUES ('review_file_id', '%1'), "
                                              "('shared_file_id', '%2'), ('reviewer_id', '%3'), "
                                              "('reviewer_name', 'Ben Reviewer'), ('revision', '40')")
                                   .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), sharedId,
                                        m_ben.toString(QUuid::WithoutBraces))));
                QVERIFY(q.prepare(QStringLiteral(
                    "INSERT INTO score (id, candidate_id, criterion_key, profile_version, rating, comment, evidence, "
                    "submitted_at, updated_at, row_version, modified_at, modified_by) VALUES (:id, :candidate, :key, "
                    "1, :rating, :comment, '', :submitted, :now, 1, :now, 'ben')")));
                const auto row = [&](const QString& key, const QVariant& submitted) {
                    q.bindValue(QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
                    q.bindValue(QStringLiteral(":candidate"), m_diallo.toString(QUuid::WithoutBraces));
                    q.bindValue(QStringLiteral(":key"), key);
                    q.bindValue(QStringLiteral(":rating"), 1);
                    q.bindValue(QStringLiteral(":comment"), QStringLiteral("On %1").arg(key));
                    q.bindValue(QStringLiteral(":submitted"), submitted);
                    q.bindValue(QStringLiteral(":now"), now);
                    return q.exec();
                };
                for (const QString& key : profileKeys) {
                    QVERIFY2(row(key, now), qPrintable(q.lastError().text()));
                }
                QVERIFY(row(QStringLiteral("workshop:presentations"), QVariant(QMetaType::fromType<QString>())));
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        {
            auto officer = open(kOfficer, Store::Access::Edit);
            const auto imported = officer->assessment().importReview(path);
            QVERIFY2(imported.ok(), qPrintable(imported.message()));
            QCOMPARE(imported.value().scoresChanged, int(profileKeys.size()) + 1);
            const auto stored = officer->assessment().scores(m_diallo).value();
            for (const Score& s : stored) {
                QCOMPARE(s.round, s.criterionKey == QLatin1String("workshop:presentations") ? PipelineStep::Workshop
                                                                                            : PipelineStep::Selection);
                QCOMPARE(s.comment, QStringLiteral("On %1").arg(s.criterionKey));
                QCOMPARE(s.isSubmitted(), s.round == PipelineStep::Selection);
            }
            QCOMPARE(officer->assessment().ratings(m_workshop).value().size(), profileKeys.size());
        }
        // Opened by its reviewer to write, it is brought to the rounds' layout and scores on.
        auto benStore = open(kBen);
        auto benFile = ReviewerWork::openOwn(*benStore, path);
        QVERIFY2(benFile.ok(), qPrintable(benFile.message()));
        QCOMPARE(benFile.value()->scores().value().size(), profileKeys.size() + 1);
        rateAll(*benStore, *benFile.value(), m_diallo, 2, PipelineStep::Workshop);
        QVERIFY(ReviewerWork::submit(*benStore, *benFile.value(), m_diallo, PipelineStep::Workshop).ok());
    }
};

AD_TEST_GUILESS_MAIN(TestAssessment)
#include "TestAssessment.moc"
