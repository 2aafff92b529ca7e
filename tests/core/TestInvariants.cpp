// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of issue #13 that break on another path than their test's, held once in core:
// pool membership from the standing decisions (reversed, not accredited, withdrawn,
// reinstated), Stage 3 only for those who passed the workshop, outcomes and decisions that
// agree, no outcome before its step; and Store::invariants(), which names every invariant a
// file breaks, each broken here behind the store's back with SQL.
#include "pool/AccreditedAdvisor.h"
#include "domain/Activity.h"
#include "assessment/AssessmentRecords.h"
#include "store/AuditEntry.h"
#include "domain/AvailabilityCommitment.h"
#include "domain/Candidate.h"
#include "Clock.h"
#include "domain/Invariants.h"
#include "domain/Screening.h"
#include "domain/StageDecision.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/Pool.h"
#include "store/Decisions.h"
#include "store/Candidates.h"
#include "store/Assessment.h"
#include "TestSupport.h"
#include "domain/Workshop.h"
#include "TestMain.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestInvariants : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    // Monday 2 March 2026: the workshop was held from 16 to 19 February.
    const QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    const QDate m_workshopStart = QDate(2026, 2, 16);

    std::unique_ptr<Store> fresh(QUuid* workshopId)
    {
        auto store = createStore(m_dir.filePath(QStringLiteral("rules-%1.accred").arg(++m_count)));
        if (!store) {
            return store;
        }
        Workshop w;
        w.title = QStringLiteral("Brussels workshop");
        w.venue = QStringLiteral("WCO headquarters, Brussels");
        w.region = Region::Europe;
        w.startDate = m_workshopStart;
        w.capacity = 10;
        const auto saved = store->workshops().save(w);
        if (!saved.ok()) {
            qWarning("%s", qPrintable(saved.message()));
            return nullptr;
        }
        *workshopId = saved.value().meta.id;
        return store;
    }

    static StageDecision decision(const QUuid& candidate, Stage from, Stage to, const QUuid& workshop = {})
    {
        StageDecision d;
        d.candidateId = candidate;
        d.workshopId = workshop;
        d.from = from;
        d.to = to;
        d.decidedBy = QStringLiteral("Secretariat");
        d.decidedAt = Clock::nowUtc();
        d.reason = QStringLiteral("Test");
        return d;
    }

    /// The screening and commitment selection and confirmation need, given on the clock's day.
    static bool readyOnTheClock(Store& store, const QUuid& candidateId)
    {
        Screening screening;
        screening.candidateId = candidateId;
        screening.hardRequirementsMet = true;
        screening.countedMet = 5;
        screening.countedTotal = 7;
        AvailabilityCommitment commitment;
        commitment.candidateId = candidateId;
        commitment.givenOn = Clock::today().addDays(-40);
        commitment.how = QStringLiteral("Signed form by e-mail");
        return store.decisions().recordScreening(screening).ok() && store.decisions().recordCommitment(commitment).ok();
    }

    /// A new candidate taken along `path` (from "applied") for the workshop.
    static QUuid along(Store& store, const QString& name, const QUuid& workshop, const QList<Stage>& path)
    {
        const auto saved = store.candidates().save(sampleCandidate(name));
        if (!saved.ok() || !readyOnTheClock(store, saved.value().meta.id)) {
            qWarning("could not add %s", qPrintable(name));
            return {};
        }
        Stage from = Stage::Applied;
        for (const Stage to : path) {
            const auto recorded = store.decisions().record(decision(saved.value().meta.id, from, to, workshop));
            if (!recorded.ok()) {
                qWarning("%s: %s", qPrintable(name), qPrintable(recorded.message()));
                return {};
            }
            from = to;
        }
        return saved.value().meta.id;
    }

    static QList<Stage> toAccredited()
    {
        return {Stage::Selected, Stage::Confirmed, Stage::WorkshopPassed, Stage::Accredited};
    }

    static QString findings(const Store& store)
    {
        const auto found = store.invariants();
        if (!found.ok()) {
            return found.message();
        }
        QStringList lines;
        for (const InvariantFinding& f : found.value()) {
            lines.append(QStringLiteral("[%1] %2").arg(InvariantFinding::key(f.rule), f.message));
        }
        return lines.join(QLatin1Char('\n'));
    }

    static const AccreditedAdvisor* member(const QList<AccreditedAdvisor>& pool, const QUuid& id)
    {
        for (const AccreditedAdvisor& a : pool) {
            if (a.candidate.meta.id == id) {
                return &a;
            }
        }
        return nullptr;
    }

    static Activity activity(const QString& title, const QDate& from, const QList<ActivityParticipant>& who)
    {
        Activity a;
        a.title = title;
        a.kind = ActivityKind::Stage3Assessment;
        a.mode = ActivityMode::Online;
        a.startDate = from;
        a.endDate = from.addDays(1);
        a.participants = who;
        return a;
    }

private slots:
    void init() { Clock::setForTesting(m_now); }
    void cleanup() { Clock::resetForTesting(); }

    void thePoolIsWhoStandsAccredited()
    {
        QUuid w;
        auto store = fresh(&w);
        QVERIFY(store);
        const QUuid sato = along(*store, QStringLiteral("Sato"), w, toAccredited());
        QVERIFY(!sato.isNull());
        QCOMPARE(store->pool().advisors().value().size(), 1);
        QCOMPARE(store->pool().advisors().value().first().state(Clock::today()), PoolState::Active);

        // Reversed: never accredited, on every path that reads the pool.
        QVERIFY(
            store->decisions()
                .reverse(store->decisions().of(sato).value().constLast().meta.id, QStringLiteral("Recorded by mistake"))
                .ok());
        QVERIFY(store->pool().advisors().value().isEmpty());
        QVERIFY(store->pool().accreditationDates().value().isEmpty());
        QVERIFY(store->decisions().record(decision(sato, Stage::WorkshopPassed, Stage::NotAccredited)).ok());
        QVERIFY(store->pool().advisors().value().isEmpty());
        Activity led = activity(QStringLiteral("Webinar"), Clock::today().addDays(10), {});
        led.kind = ActivityKind::CapacityBuilding;
        led.participants = {{sato, ParticipantRole::Lead, false, {}}};
        const auto refused = store->pool().saveActivity(led);
        QCOMPARE(refused.code(), ErrorCode::Refused);
        QVERIFY2(refused.message().contains(QStringLiteral("not an accredited advisor")),
                 qPrintable(refused.message()));
        QVERIFY2(findings(*store).isEmpty(), qPrintable(findings(*store)));

        // Accredited after all (the corrective move), then judged not accredited: out again.
        StageDecision corrected = decision(sato, Stage::NotAccredited, Stage::Accredited);
        QVERIFY(store->decisions().record(corrected).ok());
        QVERIFY(member(store->pool().advisors().value(), sato));
        QVERIFY(store->decisions().record(decision(sato, Stage::Accredited, Stage::NotAccredited)).ok());
        QVERIFY(!member(store->pool().advisors().value(), sato));
        QVERIFY2(findings(*store).isEmpty(), qPrintable(findings(*store)));

        // Withdrawn, then reinstated as an applicant: still out of the pool, as withdrawn.
        const QUuid mensah = along(*store, QStringLiteral("Mensah"), w, toAccredited());
        QVERIFY(store->decisions().record(decision(mensah, Stage::Accredited, Stage::Withdrawn)).ok());
        QCOMPARE(member(store->pool().advisors().value(), mensah)->state(Clock::today()), PoolState::Withdrawn);
        QVERIFY(store->decisions().record(decision(mensah, Stage::Withdrawn, Stage::Applied)).ok());
        const QList<AccreditedAdvisor> poolAfterReinstating = store->pool().advisors().value();
        const AccreditedAdvisor* reinstated = member(poolAfterReinstating, mensah);
        QVERIFY(reinstated);
        QCOMPARE(reinstated->state(Clock::today()), PoolState::Withdrawn);
        QCOMPARE(reinstated->leftOn, Clock::today());
        led.participants = {{mensah, ParticipantRole::Lead, false, {}}};
        QVERIFY(store->pool().saveActivity(led).message().contains(QStringLiteral("has left the pool")));
        QVERIFY2(findings(*store).isEmpty(), qPrintable(findings(*store)));

        // A withdrawal reversed brings them back, active, with no day of leaving.
        const QUuid okafor = along(*store, QStringLiteral("Okafor"), w, toAccredited());
        QVERIFY(store->decisions().record(decision(okafor, Stage::Accredited, Stage::Withdrawn)).ok());
        QVERIFY(store->decisions()
                    .reverse(store->decisions().of(okafor).value().constLast().meta.id, QStringLiteral("Stays"))
                    .ok());
        const QList<AccreditedAdvisor> poolAfterReversing = store->pool().advisors().value();
        const AccreditedAdvisor* back = member(poolAfterReversing, okafor);
        QVERIFY(back);
        QCOMPARE(back->state(Clock::today()), PoolState::Active);
        QVERIFY(!back->leftOn.isValid());
        QVERIFY2(findings(*store).isEmpty(), qPrintable(findings(*store)));
    }

    void stage3IsForThoseWhoPassedTheWorkshop()
    {
        QUuid w;
        auto store = fresh(&w);
        QVERIFY(store);
        const QUuid waiting = along(*store, QStringLiteral("Mensah"), w, {Stage::Waitlisted});
        const QUuid passed =
            along(*store, QStringLiteral("Nguyen"), w, {Stage::Selected, Stage::Confirmed, Stage::WorkshopPassed});
        QVERIFY(!waiting.isNull() && !passed.isNull());
        const int entries = int(store->auditTrail().value().size());
        Activity field = activity(QStringLiteral("Port visit"), Clock::today().addDays(7),
                                  {{waiting, ParticipantRole::Stage3Candidate, false, {}}});
        const auto refused = store->pool().saveActivity(field);
        QCOMPARE(refused.code(), ErrorCode::Refused);
        QVERIFY2(refused.message().contains(QStringLiteral("Alex Mensah is at \"Waitlisted\" and has not passed the "
                                                           "workshop")),
                 qPrintable(refused.message()));
        QCOMPARE(int(store->auditTrail().value().size()), entries);
        QVERIFY(store->pool().activities().value().isEmpty());

        field.participants = {{passed, ParticipantRole::Stage3Candidate, false, {}}};
        const auto saved = store->pool().saveActivity(field);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        // The pass it rests on is not taken away while they are booked.
        const Status reversal =
            Status(store->decisions()
                       .reverse(store->decisions().of(passed).value().constLast().meta.id, QStringLiteral("Oops"))
                       .error());
        QCOMPARE(reversal.code(), ErrorCode::Refused);
        QVERIFY2(reversal.message().contains(QStringLiteral("as a Stage 3 candidate")), qPrintable(reversal.message()));
        QCOMPARE(store->decisions().record(decision(passed, Stage::WorkshopPassed, Stage::WorkshopFailed)).code(),
                 ErrorCode::Refused);
        // Accredited since, they stay on the activity, which can still be edited; a new
        // activity after they left Stage 3 cannot list them as a candidate.
        QVERIFY(store->decisions().record(decision(passed, Stage::WorkshopPassed, Stage::Accredited)).ok());
        Activity edited = saved.value();
        edited.title = QStringLiteral("Port visit, Antwerp");
        QVERIFY(store->pool().saveActivity(edited).ok());
        Activity later = activity(QStringLiteral("Later visit"), Clock::today().addDays(30),
                                  {{passed, ParticipantRole::Stage3Candidate, false, {}}});
        QVERIFY(store->pool().saveActivity(later).message().contains(QStringLiteral("no longer in Stage 3")));
        QVERIFY2(findings(*store).isEmpty(), qPrintable(findings(*store)));
    }

    void outcomesAndDecisionsAgree()
    {
        QUuid w;
        auto store = fresh(&w);
        QVERIFY(store);
        const QUuid nguyen =
            along(*store, QStringLiteral("Nguyen"), w, {Stage::Selected, Stage::Confirmed, Stage::WorkshopPassed});
        QVERIFY(!nguyen.isNull());
        // No field assessment before a Stage 3 activity has begun.
        AssessmentOutcome field{nguyen, PipelineStep::FieldAssessment, false, QStringLiteral("Weak report"), {}, {}};
        QVERIFY(store->assessment().recordOutcome(field).message().contains(QStringLiteral("no Stage 3 activity")));
        QVERIFY(store->pool()
                    .saveActivity(activity(QStringLiteral("Visit"), Clock::today().addDays(3),
                                           {{nguyen, ParticipantRole::Stage3Candidate, false, {}}}))
                    .ok());
        QVERIFY(store->assessment().recordOutcome(field).message().contains(QStringLiteral("once it has begun")));
        Clock::setForTesting(m_now.addDays(5));
        QVERIFY(store->assessment().recordOutcome(field).ok());

        // Accrediting against it needs the override, which is kept.
        const int entries = int(store->auditTrail().value().size());
        StageDecision accredit = decision(nguyen, Stage::WorkshopPassed, Stage::Accredited);
        const auto refused = store->decisions().record(accredit);
        QCOMPARE(refused.code(), ErrorCode::Refused);
        QVERIFY2(refused.message().contains(QStringLiteral("\"not passed\"")) &&
                     refused.message().contains(QStringLiteral("override")),
                 qPrintable(refused.message()));
        QCOMPARE(int(store->auditTrail().value().size()), entries);
        accredit.overrideReason = QStringLiteral("The panel overruled the report after the second visit");
        const auto overridden = store->decisions().record(accredit);
        QVERIFY2(overridden.ok(), qPrintable(overridden.message()));
        QCOMPARE(store->decisions().of(nguyen).value().constLast().overrideReason, accredit.overrideReason);
        QVERIFY2(findings(*store).isEmpty(), qPrintable(findings(*store)));

        // Workshop passed against a failed workshop outcome: the same.
        const QUuid sato = along(*store, QStringLiteral("Sato"), w, {Stage::Selected, Stage::Confirmed});
        QVERIFY(store->assessment().recordOutcome({sato, PipelineStep::Workshop, false, {}, {}, {}}).ok());
        StageDecision passed = decision(sato, Stage::Confirmed, Stage::WorkshopPassed);
        QCOMPARE(store->decisions().record(passed).code(), ErrorCode::Refused);
        QVERIFY(store->decisions().record(decision(sato, Stage::Confirmed, Stage::WorkshopFailed)).ok());
        // An outcome that contradicts the standing decision is refused too.
        const Status contradicting =
            store->assessment().recordOutcome({sato, PipelineStep::Workshop, true, {}, {}, {}});
        QCOMPARE(contradicting.code(), ErrorCode::Refused);
        QVERIFY2(contradicting.message().contains(QStringLiteral("Reverse")), qPrintable(contradicting.message()));
        QVERIFY2(findings(*store).isEmpty(), qPrintable(findings(*store)));
    }

    void aWorkshopOutcomeWaitsForTheWorkshop()
    {
        QUuid w;
        auto store = fresh(&w);
        QVERIFY(store);
        Workshop next;
        next.title = QStringLiteral("Nairobi workshop");
        next.venue = QStringLiteral("Nairobi");
        next.startDate = Clock::today().addDays(20);
        const QUuid nairobi = store->workshops().save(next).value().meta.id;
        const QUuid diallo = along(*store, QStringLiteral("Diallo"), nairobi, {Stage::Selected, Stage::Confirmed});
        const Status early = store->assessment().recordOutcome({diallo, PipelineStep::Workshop, true, {}, {}, {}});
        QCOMPARE(early.code(), ErrorCode::Refused);
        QVERIFY2(early.message().contains(QStringLiteral("\"Nairobi workshop\" begins on")),
                 qPrintable(early.message()));
        const QUuid outsider = along(*store, QStringLiteral("Outsider"), w, {});
        QVERIFY(store->assessment()
                    .recordOutcome({outsider, PipelineStep::Workshop, true, {}, {}, {}})
                    .message()
                    .contains(QStringLiteral("took part in no workshop")));
        QVERIFY(store->assessment().outcomes(diallo).value().isEmpty());
        Clock::setForTesting(QDateTime(next.startDate, QTime(9, 0), Qt::UTC));
        QVERIFY(store->assessment().recordOutcome({diallo, PipelineStep::Workshop, true, {}, {}, {}}).ok());
    }

    void checkNamesEveryBrokenInvariant_data()
    {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<QString>("expected");
        // Sato accredited, Nguyen in Stage 3 on "Visit", Mensah waitlisted; ids by family name.
        QTest::newRow("stage moved behind the pipeline's back")
            << QStringList{QStringLiteral("UPDATE candidate SET stage = 'confirmed' WHERE family_name = 'Mensah'")}
            << QStringLiteral("[stage] Alex Mensah is recorded at stage \"confirmed\"");
        QTest::newRow("a decision that does not follow")
            << QStringList{QStringLiteral(
                   "UPDATE stage_decision SET from_stage = 'applied' WHERE to_stage = 'confirmed' "
                   "AND candidate_id = (SELECT id FROM candidate WHERE family_name = 'Sato')")}
            << QStringLiteral("[history] A decision about Alex Sato starts at \"applied\"");
        QTest::newRow("accreditation reversed behind the pool's back")
            << QStringList{QStringLiteral(
                   "INSERT INTO stage_decision (id, candidate_id, workshop_id, from_stage, to_stage, decided_by, "
                   "decided_at, reason, row_version, modified_at, modified_by, reverses_id) SELECT "
                   "'00000000-0000-4000-8000-000000000001', candidate_id, workshop_id, 'accredited', "
                   "'workshop_passed', "
                   "'x', '2026-03-02T11:00:00.000Z', 'x', 1, '2026-03-02T11:00:00.000Z', 'x', id FROM stage_decision "
                   "WHERE to_stage = 'accredited'")}
            << QStringLiteral("[pool] Alex Sato is at stage \"accredited\" but no standing decision accredits them");
        QTest::newRow("over capacity") << QStringList{QStringLiteral("UPDATE workshop SET capacity = 1")}
                                       << QStringLiteral(
                                              "[seats] \"Brussels workshop\" has 2 participants for 1 seats");
        QTest::newRow("seat of a waitlisted candidate")
            << QStringList{QStringLiteral("INSERT INTO enrolment (candidate_id, workshop_id, enrolled_at, enrolled_by) "
                                          "SELECT c.id, w.id, '2026-03-01T10:00:00.000Z', 'x' FROM candidate c, "
                                          "workshop w WHERE c.family_name = 'Mensah'")}
            << QStringLiteral("[seats] Alex Mensah holds a seat although at stage \"waitlisted\"");
        // A seat is in the workshop applied to (SeatSql::takeSeat writes both; Workshops::apply
        // does not move an application away from a seat).
        QTest::newRow("seat in a workshop not applied to")
            << QStringList{QStringLiteral("INSERT INTO workshop (id, title, region, venue, start_date, days, capacity, "
                                          "assessors, row_version, modified_at, modified_by) SELECT "
                                          "'00000000-0000-4000-8000-000000000002', 'Lome workshop', region, venue, "
                                          "start_date, days, capacity, assessors, 1, modified_at, modified_by FROM "
                                          "workshop"),
                           QStringLiteral("UPDATE application SET workshop_id = '00000000-0000-4000-8000-000000000002' "
                                          "WHERE candidate_id = (SELECT id FROM candidate WHERE family_name = 'Sato')")}
            << QStringLiteral(
                   "[seats] Alex Sato holds a seat in \"Brussels workshop\" but applied to \"Lome workshop\"");
        QTest::newRow("seat without an application")
            << QStringList{QStringLiteral(
                   "DELETE FROM application WHERE candidate_id = (SELECT id FROM candidate WHERE "
                   "family_name = 'Nguyen')")}
            << QStringLiteral("[seats] Alex Nguyen holds a seat in \"Brussels workshop\" but applied to no workshop");
        QTest::newRow("Stage 3 candidate who never passed")
            << QStringList{QStringLiteral(
                   "INSERT INTO activity_participant (activity_id, candidate_id, position, role, "
                   "voluntary_extra, extra_reason) SELECT a.id, c.id, 5, 'stage3_candidate', 0, "
                   "'' FROM activity a, candidate c WHERE c.family_name = 'Mensah'")}
            << QStringLiteral(
                   "[stage3] Alex Mensah takes part in \"Visit\" as a Stage 3 candidate without having passed");
        QTest::newRow("step closed with someone uninformed, no reason")
            << QStringList{QStringLiteral("INSERT INTO step_closure (workshop_id, step, closed, happened_at, person, "
                                          "reason, uninformed) SELECT id, 'workshop', 1, '2026-03-09T10:00:00.000Z', "
                                          "'x', '', 0 FROM workshop")}
            << QStringLiteral("[informing] Stage 2, the workshop of \"Brussels workshop\" was closed on");
        QTest::newRow("accredited against a failed field assessment")
            << QStringList{QStringLiteral("UPDATE assessment_outcome SET passed = 0 WHERE step = 'field_assessment'")}
            << QStringLiteral("[outcomes] Alex Sato was decided \"accredited\" although the outcome recorded for "
                              "field_assessment is \"not passed\"");
        QTest::newRow("workshop outcome before the workshop")
            << QStringList{QStringLiteral("UPDATE assessment_outcome SET recorded_at = '2026-02-01T10:00:00.000Z' "
                                          "WHERE step = 'workshop'")}
            << QStringLiteral("[outcomes] Alex Nguyen's workshop outcome was recorded on");
        QTest::newRow("Stage 2 before the workshop")
            << QStringList{QStringLiteral("UPDATE stage_decision SET decided_at = '2026-02-10T10:00:00.000Z' WHERE "
                                          "to_stage = 'workshop_passed' AND candidate_id = (SELECT id FROM candidate "
                                          "WHERE family_name = 'Nguyen')")}
            << QStringLiteral("[dates] Alex Nguyen was decided \"workshop_passed\" on");
    }

    void checkNamesEveryBrokenInvariant()
    {
        QFETCH(QStringList, sql);
        QFETCH(QString, expected);
        QUuid w;
        auto store = fresh(&w);
        QVERIFY(store);
        const QUuid sato =
            along(*store, QStringLiteral("Sato"), w, {Stage::Selected, Stage::Confirmed, Stage::WorkshopPassed});
        const QUuid nguyen =
            along(*store, QStringLiteral("Nguyen"), w, {Stage::Selected, Stage::Confirmed, Stage::WorkshopPassed});
        QVERIFY(!along(*store, QStringLiteral("Mensah"), w, {Stage::Waitlisted}).isNull());
        QVERIFY(store->pool()
                    .saveActivity(activity(QStringLiteral("Visit"), Clock::today(),
                                           {{sato, ParticipantRole::Stage3Candidate, false, {}},
                                            {nguyen, ParticipantRole::Stage3Candidate, false, {}}}))
                    .ok());
        QVERIFY(store->assessment().recordOutcome({nguyen, PipelineStep::Workshop, true, {}, {}, {}}).ok());
        QVERIFY(store->assessment().recordOutcome({sato, PipelineStep::FieldAssessment, true, {}, {}, {}}).ok());
        QVERIFY(store->decisions().record(decision(sato, Stage::WorkshopPassed, Stage::Accredited)).ok());
        const QString path = store->path();
        QVERIFY2(store->check().value().isEmpty(), qPrintable(store->check().value().join(QLatin1Char('\n'))));
        store.reset();

        const QString error = runSql(path, sql);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto reopened = Store::open(path, Store::Access::ReadOnly);
        QVERIFY(reopened.ok());
        const auto problems = reopened.value()->check();
        QVERIFY(problems.ok());
        const QString all = problems.value().join(QLatin1Char('\n'));
        QVERIFY2(all.contains(expected), qPrintable(all));
        QVERIFY2(findings(*reopened.value()).contains(expected), qPrintable(findings(*reopened.value())));
    }
};

AD_TEST_GUILESS_MAIN(TestInvariants)
#include "TestInvariants.moc"
