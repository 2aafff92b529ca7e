// SPDX-License-Identifier: GPL-3.0-or-later
// Every rule of the pipeline, through the store as the GUI and the CLI use it: seats,
// screening, commitment, the order of the stages, leaving, reversals, informing and the
// closing of a workshop's steps.
#include "store/AuditEntry.h"
#include "domain/AvailabilityCommitment.h"
#include "domain/Candidate.h"
#include "domain/Pipeline.h"
#include "domain/Screening.h"
#include "domain/StageDecision.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/Decisions.h"
#include "store/Candidates.h"
#include "TestSupport.h"
#include "domain/Workshop.h"
#include "TestMain.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

StageDecision decide(const QUuid& candidate, Stage from, Stage to, const QUuid& workshop = {})
{
    StageDecision d;
    d.candidateId = candidate;
    d.workshopId = workshop;
    d.from = from;
    d.to = to;
    d.decidedBy = QStringLiteral("Officer");
    d.decidedAt = QDateTime::currentDateTimeUtc();
    d.reason = QStringLiteral("Reason of record.");
    return d;
}

}  // namespace

class TestPipeline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_files = 0;

    QUuid addCandidate(const QString& family, bool ready = true)
    {
        const auto saved = m_store->candidates().save(sampleCandidate(family));
        if (!saved.ok()) {
            return {};
        }
        if (ready && !makeReadyToSelectAndConfirm(*m_store, saved.value().meta.id)) {
            return {};
        }
        return saved.value().meta.id;
    }

    QUuid addWorkshop(const QString& title, int startsInDays = 60, int capacity = 10)
    {
        const auto saved = m_store->workshops().save(sampleWorkshop(title, startsInDays, capacity));
        return saved.ok() ? saved.value().meta.id : QUuid();
    }

    Stage stageOf(const QUuid& id) { return m_store->candidates().byId(id).value().stage; }

    Status advance(const QUuid& id, Stage to, const QUuid& workshop = {})
    {
        const auto recorded = m_store->decisions().record(decide(id, stageOf(id), to, workshop));
        return recorded.ok() ? Status::success() : Status(recorded.error());
    }

private slots:
    void init()
    {
        m_store = createStore(m_dir.filePath(QStringLiteral("pipeline-%1.accred").arg(++m_files)));
        QVERIFY(m_store);
    }

    void cleanup()
    {
        if (m_store) {
            QVERIFY2(m_store->check().value().isEmpty(), qPrintable(m_store->check().value().join(QLatin1Char('\n'))));
        }
        m_store.reset();
    }

    void mostOfMeansStrictlyMoreThanTheThreshold()
    {
        Screening s;
        s.hardRequirementsMet = true;
        s.countedTotal = 6;
        s.countedMet = 3;
        QVERIFY(!s.meetsMostCounted(50));  // exactly half is not "most"
        s.countedMet = 4;
        QVERIFY(s.meetsMostCounted(50));
        QVERIFY(!s.meetsMostCounted(70));  // 66.7 % is not more than 70 %
        s.hardRequirementsMet = false;
        QVERIFY(!s.qualifies(50));
        s.countedMet = 7;
        QVERIFY(!s.validate().ok());
    }

    void selectionNeedsTheScreeningOrAWrittenOverride()
    {
        const QUuid w = addWorkshop(QStringLiteral("Nairobi"));
        const QUuid c = addCandidate(QStringLiteral("Okafor"), false);
        Status refused = advance(c, Stage::Selected, w);
        QCOMPARE(refused.code(), ErrorCode::Refused);
        QVERIFY2(refused.message().contains(QStringLiteral("No Stage 1 screening")), qPrintable(refused.message()));

        Screening weak;
        weak.candidateId = c;
        weak.hardRequirementsMet = true;
        weak.countedMet = 3;
        weak.countedTotal = 7;
        QVERIFY(m_store->decisions().recordScreening(weak).ok());
        refused = advance(c, Stage::Selected, w);
        QCOMPARE(refused.code(), ErrorCode::Refused);
        QVERIFY2(refused.message().contains(QStringLiteral("3 of 7 counted criteria met")),
                 qPrintable(refused.message()));
        QCOMPARE(stageOf(c), Stage::Applied);
        QCOMPARE(m_store->workshops().enrolmentOf(c).value(), QUuid());

        StageDecision overridden = decide(c, Stage::Applied, Stage::Selected, w);
        overridden.overrideReason = QStringLiteral("Unique experience of online counterfeit sales in the region.");
        QVERIFY(m_store->decisions().record(overridden).ok());
        const auto history = m_store->decisions().of(c).value();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0).overrideReason, overridden.overrideReason);
        QCOMPARE(m_store->workshops().enrolmentOf(c).value(), w);
    }

    void aSelectionTakesASeatAndAFullWorkshopRefusesTheNext()
    {
        const QUuid w = addWorkshop(QStringLiteral("Kashiwa"), 60, 2);
        const QUuid a = addCandidate(QStringLiteral("Abe"));
        const QUuid b = addCandidate(QStringLiteral("Bello"));
        const QUuid c = addCandidate(QStringLiteral("Costa"));
        QCOMPARE(advance(a, Stage::Selected).code(), ErrorCode::Refused);  // no workshop named
        QVERIFY(advance(a, Stage::Selected, w).ok());
        QVERIFY(advance(b, Stage::Selected, w).ok());
        const Status full = advance(c, Stage::Selected, w);
        QCOMPARE(full.code(), ErrorCode::Refused);
        QVERIFY2(full.message().contains(QStringLiteral("2 of 2 seats")), qPrintable(full.message()));
        QCOMPARE(stageOf(c), Stage::Applied);
        // Waitlisted for the workshop, then selected when a seat frees up: the decision
        // finds the workshop from the waitlisting.
        QVERIFY(advance(c, Stage::Waitlisted, w).ok());
        QCOMPARE(m_store->workshops().enrolmentOf(c).value(), QUuid());
        QVERIFY(advance(b, Stage::Withdrawn).ok());
        QCOMPARE(m_store->workshops().enrolmentOf(b).value(), QUuid());
        QVERIFY(advance(c, Stage::Selected).ok());
        QCOMPARE(m_store->workshops().enrolmentOf(c).value(), w);
        const auto seats = m_store->workshops().seats().value();
        QCOMPARE(seats.size(), 1);
        QCOMPARE(seats.at(0).taken, 2);
        // The capacity cannot fall below the seats taken.
        Workshop workshop = m_store->workshops().all().value().constFirst();
        workshop.capacity = 1;
        const auto lowered = m_store->workshops().save(workshop);
        QCOMPARE(lowered.code(), ErrorCode::Refused);
        QVERIFY(lowered.message().contains(QStringLiteral("2 participant")));
    }

    void theEleventhParticipantIsRefusedByEnrolmentToo()
    {
        const QUuid w = addWorkshop(QStringLiteral("Brussels"));
        for (int i = 0; i < 10; ++i) {
            const QUuid c = addCandidate(QStringLiteral("Participant%1").arg(i));
            QVERIFY2(m_store->workshops().enrol(c, w).ok(), qPrintable(QString::number(i)));
        }
        const QUuid eleventh = addCandidate(QStringLiteral("Eleventh"));
        const Status refused = m_store->workshops().enrol(eleventh, w);
        QCOMPARE(refused.code(), ErrorCode::Refused);
        QVERIFY(refused.message().contains(QStringLiteral("10 of 10 seats")));
        QCOMPARE(advance(eleventh, Stage::Selected, w).code(), ErrorCode::Refused);
        QCOMPARE(m_store->workshops().participants(w).value().size(), 10);
        // An enrolled applicant is selected in the seat they hold.
        const QUuid first = m_store->workshops().participants(w).value().constFirst().meta.id;
        QVERIFY(advance(first, Stage::Selected).ok());
        QCOMPARE(m_store->workshops().seats().value().constFirst().taken, 10);
    }

    void enrolmentIsRefusedWhereItMakesNoSense()
    {
        const QUuid began = addWorkshop(QStringLiteral("Began"), -1);
        const QUuid later = addWorkshop(QStringLiteral("Later"));
        const QUuid c = addCandidate(QStringLiteral("Diallo"));
        QVERIFY(m_store->workshops().enrol(c, began).message().contains(QStringLiteral("began on")));
        QVERIFY(advance(c, Stage::Waitlisted, later).ok());
        QVERIFY(m_store->workshops().enrol(c, later).message().contains(QStringLiteral("Waitlisted")));
        const QUuid d = addCandidate(QStringLiteral("Eze"));
        QVERIFY(m_store->workshops().enrol(d, later).ok());
        QCOMPARE(m_store->workshops().enrol(d, later).code(), ErrorCode::Refused);  // already there
        QVERIFY(m_store->workshops().enrol(d, QUuid()).ok());  // an applicant hands it back
        QCOMPARE(m_store->workshops().enrolmentOf(d).value(), QUuid());
        QVERIFY(advance(d, Stage::Selected, later).ok());
        QCOMPARE(m_store->workshops().enrol(d, QUuid()).code(),
                 ErrorCode::Refused);  // a selected one leaves by decision
    }

    void confirmationNeedsTheAvailabilityCommitment()
    {
        const QUuid w = addWorkshop(QStringLiteral("Nairobi"));
        const QUuid c = addCandidate(QStringLiteral("Kamau"), false);
        Screening s;
        s.candidateId = c;
        s.hardRequirementsMet = true;
        s.countedMet = 6;
        s.countedTotal = 7;
        QVERIFY(m_store->decisions().recordScreening(s).ok());
        QVERIFY(advance(c, Stage::Selected, w).ok());
        const Status refused = advance(c, Stage::Confirmed);
        QCOMPARE(refused.code(), ErrorCode::Refused);
        QVERIFY(refused.message().contains(QStringLiteral("availability commitment")));
        AvailabilityCommitment future;
        future.candidateId = c;
        future.givenOn = QDate::currentDate().addDays(2);
        future.how = QStringLiteral("Letter");
        QCOMPARE(m_store->decisions().recordCommitment(future).code(), ErrorCode::Invalid);
        AvailabilityCommitment given = future;
        given.givenOn = QDate::currentDate();
        QVERIFY(m_store->decisions().recordCommitment(given).ok());
        QVERIFY(advance(c, Stage::Confirmed).ok());
        QCOMPARE(m_store->decisions().commitment(c).value()->how, QStringLiteral("Letter"));
    }

    void stageTwoIsDecidedAtTheWorkshopAndStageThreeOnlyAfterPassingIt()
    {
        const QUuid upcoming = addWorkshop(QStringLiteral("Upcoming"));
        const QUuid c = addCandidate(QStringLiteral("Lima"));
        QVERIFY(advance(c, Stage::Selected, upcoming).ok());
        QVERIFY(advance(c, Stage::Confirmed).ok());
        const Status early = advance(c, Stage::WorkshopPassed);
        QCOMPARE(early.code(), ErrorCode::Refused);
        QVERIFY(early.message().contains(QStringLiteral("begins on")));
        // Accreditation is not a step from Stage 2's start: it follows passing the workshop.
        QCOMPARE(advance(c, Stage::Accredited).code(), ErrorCode::Invalid);

        // A workshop that ended last week.
        const QUuid past = addWorkshop(QStringLiteral("Past"), -10, 10);
        const QUuid p = addCandidate(QStringLiteral("Moreau"));
        StageDecision select = decide(p, Stage::Applied, Stage::Selected, past);
        select.decidedAt = QDateTime::currentDateTimeUtc().addDays(-40);
        QVERIFY(m_store->decisions().record(select).ok());
        QVERIFY(advance(p, Stage::Confirmed).ok());
        QCOMPARE(advance(p, Stage::Accredited).code(), ErrorCode::Invalid);
        QVERIFY(advance(p, Stage::WorkshopPassed).ok());
        StageDecision early2 = decide(p, Stage::WorkshopPassed, Stage::Accredited);
        early2.effectiveOn = QDate::currentDate().addDays(-9);  // the workshop's second day
        const auto refused = m_store->decisions().record(early2);
        QCOMPARE(refused.code(), ErrorCode::Refused);
        QVERIFY(refused.message().contains(QStringLiteral("cannot come before the end")));
        StageDecision accredit = early2;
        accredit.effectiveOn = QDate::currentDate().addDays(-2);
        const auto accredited = m_store->decisions().record(accredit);
        QVERIFY2(accredited.ok(), qPrintable(accredited.message()));
        QCOMPARE(m_store->decisions().of(p).value().constLast().effectiveDate(), accredit.effectiveOn);
        // Without a date given, the accreditation takes effect the day it is decided.
        const QUuid q = addCandidate(QStringLiteral("Nunes"));
        StageDecision qs = decide(q, Stage::Applied, Stage::Selected, past);
        qs.decidedAt = select.decidedAt;
        QVERIFY(m_store->decisions().record(qs).ok());
        QVERIFY(advance(q, Stage::Confirmed).ok());
        QVERIFY(advance(q, Stage::WorkshopPassed).ok());
        QVERIFY(advance(q, Stage::Accredited).ok());
        QCOMPARE(m_store->decisions().of(q).value().constLast().effectiveOn, QDate::currentDate());
    }

    void leavingIsPossibleFromAnyStageWithAReason_data()
    {
        QTest::addColumn<int>("steps");
        QTest::newRow("applied") << 0;
        QTest::newRow("selected") << 1;
        QTest::newRow("confirmed") << 2;
        QTest::newRow("workshop passed") << 3;
        QTest::newRow("accredited") << 4;
    }

    void leavingIsPossibleFromAnyStageWithAReason()
    {
        QFETCH(int, steps);
        const QUuid past = addWorkshop(QStringLiteral("Past"), -10, 10);
        const QUuid c = addCandidate(QStringLiteral("Leaver"));
        const QList<Stage> path = {Stage::Selected, Stage::Confirmed, Stage::WorkshopPassed, Stage::Accredited};
        for (int i = 0; i < steps; ++i) {
            QVERIFY(advance(c, path.at(i), past).ok());
        }
        StageDecision leave = decide(c, stageOf(c), Stage::Withdrawn);
        leave.reason = QStringLiteral("  ");
        QCOMPARE(m_store->decisions().record(leave).code(), ErrorCode::Invalid);
        leave.reason = QStringLiteral("Moved to another post.");
        QVERIFY(m_store->decisions().record(leave).ok());
        QCOMPARE(stageOf(c), Stage::Withdrawn);
        // Before the workshop the seat is handed back; after it, the participant stays on its list.
        QCOMPARE(m_store->workshops().enrolmentOf(c).value().isNull(), steps < 3);
    }

    void aCorrectionIsANewDecisionThatReversesTheLatest()
    {
        const QUuid w = addWorkshop(QStringLiteral("Kashiwa"), 60, 1);
        const QUuid a = addCandidate(QStringLiteral("Abe"));
        QVERIFY(advance(a, Stage::Selected, w).ok());
        QVERIFY(advance(a, Stage::Withdrawn).ok());
        const QUuid withdrawal = m_store->decisions().of(a).value().constLast().meta.id;
        const QUuid selection = m_store->decisions().of(a).value().constFirst().meta.id;
        QCOMPARE(m_store->decisions().reverse(selection, QStringLiteral("Wrong one")).code(), ErrorCode::Refused);
        QCOMPARE(m_store->decisions().reverse(withdrawal, QString()).code(), ErrorCode::Invalid);
        // Someone else took the seat meanwhile: restoring the selection needs a seat.
        const QUuid b = addCandidate(QStringLiteral("Bello"));
        QVERIFY(advance(b, Stage::Selected, w).ok());
        const auto noSeat = m_store->decisions().reverse(withdrawal, QStringLiteral("Withdrawal recorded by mistake."));
        QCOMPARE(noSeat.code(), ErrorCode::Refused);
        QVERIFY(advance(b, Stage::Waitlisted).ok());
        const auto reversed =
            m_store->decisions().reverse(withdrawal, QStringLiteral("Withdrawal recorded by mistake."));
        QVERIFY2(reversed.ok(), qPrintable(reversed.message()));
        QCOMPARE(stageOf(a), Stage::Selected);
        QCOMPARE(m_store->workshops().enrolmentOf(a).value(), w);
        const auto history = m_store->decisions().of(a).value();
        QCOMPARE(history.size(), 3);  // nothing rewritten: the withdrawal stays, reversed
        QCOMPARE(history.at(1).to, Stage::Withdrawn);
        QCOMPARE(history.at(2).reversesId, withdrawal);
        QCOMPARE(history.at(2).to, Stage::Selected);
    }

    void everyCandidateIsToldAndAStepClosesOnlyWhenTheyAre()
    {
        const QUuid w = addWorkshop(QStringLiteral("Nairobi"));
        const QUuid a = addCandidate(QStringLiteral("Abe"));
        const QUuid b = addCandidate(QStringLiteral("Bello"));
        QVERIFY(advance(a, Stage::Selected, w).ok());
        QVERIFY(advance(b, Stage::NotSelected, w).ok());
        QVERIFY(advance(a, Stage::Confirmed).ok());
        auto pending = m_store->decisions().toInform(w).value();
        QCOMPARE(pending.size(), 2);  // one a candidate: a is told of the selection with the confirmation
        QCOMPARE(pending.at(0).step, std::optional<PipelineStep>(PipelineStep::Selection));
        const Status refused = m_store->decisions().closeStep(w, PipelineStep::Selection);
        QCOMPARE(refused.code(), ErrorCode::Refused);
        QVERIFY2(refused.message().contains(QStringLiteral("2 candidate")), qPrintable(refused.message()));

        QCOMPARE(m_store->decisions().recordInformed(a, QDate::currentDate().addDays(1), InformChannel::Email).code(),
                 ErrorCode::Invalid);
        QCOMPARE(m_store->decisions().recordInformed(a, QDate::currentDate().addDays(-1), InformChannel::Email).code(),
                 ErrorCode::Invalid);  // before the decisions
        QVERIFY(m_store->decisions().recordInformed(a, QDate::currentDate(), InformChannel::Email).ok());
        QCOMPARE(m_store->decisions().recordInformed(a, QDate::currentDate(), InformChannel::Email).code(),
                 ErrorCode::Refused);
        pending = m_store->decisions().toInform(w).value();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).candidateId, b);
        for (const StageDecision& d : m_store->decisions().of(a).value()) {
            QCOMPARE(d.informedBy, std::optional<InformChannel>(InformChannel::Email));
        }
        // Closing with someone untold needs a reason, kept with the closing.
        QVERIFY(m_store->decisions()
                    .closeStep(w, PipelineStep::Selection, QStringLiteral("Letter returned; new address asked."))
                    .ok());
        const auto closures = m_store->decisions().stepClosures(w).value();
        QCOMPARE(closures.size(), 1);
        QCOMPARE(closures.at(0).uninformedAtClosing, 1);
        QCOMPARE(m_store->decisions().closeStep(w, PipelineStep::Selection, QStringLiteral("again")).code(),
                 ErrorCode::Refused);
        // A closed step takes no new decision, but leaving stays possible.
        const QUuid c = addCandidate(QStringLiteral("Costa"));
        const Status late = advance(c, Stage::Selected, w);
        QCOMPARE(late.code(), ErrorCode::Refused);
        QVERIFY(late.message().contains(QStringLiteral("was closed")));
        QCOMPARE(m_store->workshops().enrol(c, w).code(), ErrorCode::Refused);
        QVERIFY(advance(a, Stage::Withdrawn).ok());
        QCOMPARE(m_store->decisions().reopenStep(w, PipelineStep::Selection, QString()).code(), ErrorCode::Invalid);
        QVERIFY(m_store->decisions().reopenStep(w, PipelineStep::Selection, QStringLiteral("A seat freed up.")).ok());
        QVERIFY(advance(c, Stage::Selected, w).ok());
        // With nobody waiting to be told, a step closes without a reason.
        QVERIFY(m_store->decisions().closeStep(w, PipelineStep::Workshop).ok());
        QVERIFY(m_store->decisions().stepClosures(w).value().constLast().reason.isEmpty());
    }

    void theBoardFlagsWhatNeedsDoing()
    {
        const QUuid w = addWorkshop(QStringLiteral("Nairobi"));
        const QUuid a = addCandidate(QStringLiteral("Abe"), false);
        const QUuid b = addCandidate(QStringLiteral("Bello"), false);
        addCandidate(QStringLiteral("Elsewhere"));
        Screening s;
        s.candidateId = a;
        s.hardRequirementsMet = true;
        s.countedMet = 5;
        s.countedTotal = 7;
        QVERIFY(m_store->decisions().recordScreening(s).ok());
        QVERIFY(advance(a, Stage::Selected, w).ok());
        s.candidateId = b;
        s.hardRequirementsMet = false;
        QVERIFY(m_store->decisions().recordScreening(s).ok());
        QVERIFY(m_store->workshops().enrol(b, w).ok());
        const auto cards = m_store->decisions().cards(w).value();
        QCOMPARE(cards.size(), 2);
        QCOMPARE(cards.at(0).candidateId, a);
        QVERIFY(cards.at(0).commitmentMissing);
        QVERIFY(cards.at(0).notInformed);
        QVERIFY(!cards.at(0).screeningShort);
        QVERIFY(cards.at(1).screeningShort);
        QVERIFY(!cards.at(1).notInformed);
        QCOMPARE(m_store->decisions().cards().value().size(), 3);
    }

    void stageCountsCountEveryCandidateAtTheirStage()
    {
        const QUuid w = addWorkshop(QStringLiteral("Nairobi"));
        const QUuid a = addCandidate(QStringLiteral("Abe"));
        const QUuid b = addCandidate(QStringLiteral("Bello"));
        addCandidate(QStringLiteral("Costa"));
        QVERIFY(advance(a, Stage::Selected, w).ok());
        QVERIFY(advance(b, Stage::Waitlisted, w).ok());
        const auto counts = m_store->decisions().stageCounts();
        QVERIFY(counts.ok());
        QCOMPARE(counts.value().size(), 3);  // stages with none are left out
        QCOMPARE(counts.value().value(Stage::Applied), 1);
        QCOMPARE(counts.value().value(Stage::Selected), 1);
        QCOMPARE(counts.value().value(Stage::Waitlisted), 1);
    }

    void aCheckExplainsARefusalWithoutWriting()
    {
        const QUuid w = addWorkshop(QStringLiteral("Nairobi"));
        const QUuid c = addCandidate(QStringLiteral("Okafor"), false);
        const auto trailBefore = m_store->auditTrail().value().size();
        const Status dry = m_store->decisions().check(decide(c, Stage::Applied, Stage::Selected, w));
        QCOMPARE(dry.code(), ErrorCode::Refused);
        QCOMPARE(m_store->auditTrail().value().size(), trailBefore);
        QVERIFY(m_store->decisions().check(decide(c, Stage::Applied, Stage::Waitlisted, w)).ok());
    }
};

AD_TEST_GUILESS_MAIN(TestPipeline)
#include "TestPipeline.moc"
