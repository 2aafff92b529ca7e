// SPDX-License-Identifier: GPL-3.0-or-later
// Decisions as the record must hold them, through the store as every front end uses it:
// a correction belongs to the step of the decision it corrects, each candidate is told
// once where they stand, what cannot be true is refused (an accreditation dated in the
// future, a commitment given before the application), a screening against the
// candidate's own data needs a reason, and core's advice names the running front end's way.
#include "pool/AccreditedAdvisor.h"
#include "store/AuditEntry.h"
#include "domain/AvailabilityCommitment.h"
#include "domain/Candidate.h"
#include "FrontEnd.h"
#include "domain/Invariants.h"
#include "domain/Pipeline.h"
#include "domain/Screening.h"
#include "domain/StageDecision.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/Pool.h"
#include "store/Decisions.h"
#include "store/Candidates.h"
#include "TestSupport.h"
#include "domain/Workshop.h"
#include "TestMain.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestDecisionRules : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_files = 0;

    QUuid addCandidate(const QString& family, bool ready = true)
    {
        const auto saved = m_store->candidates().save(sampleCandidate(family));
        if (!saved.ok() || (ready && !makeReadyToSelectAndConfirm(*m_store, saved.value().meta.id))) {
            return {};
        }
        return saved.value().meta.id;
    }

    QUuid addWorkshop(const QString& title, int startsInDays)
    {
        const auto saved = m_store->workshops().save(sampleWorkshop(title, startsInDays, 10));
        return saved.ok() ? saved.value().meta.id : QUuid();
    }

    Stage stageOf(const QUuid& id) { return m_store->candidates().byId(id).value().stage; }

    Result<StageDecision> advance(const QUuid& id, Stage to, const QUuid& workshop = {}, const QDate& effective = {})
    {
        StageDecision d;
        d.candidateId = id;
        d.workshopId = workshop;
        d.from = stageOf(id);
        d.to = to;
        d.decidedBy = QStringLiteral("Officer");
        d.decidedAt = QDateTime::currentDateTimeUtc();
        d.reason = QStringLiteral("Reason of record.");
        d.effectiveOn = effective;
        return m_store->decisions().record(d);
    }

    int auditEntries() { return int(m_store->auditTrail().value().size()); }

    /// A candidate accredited after a workshop that ended a week ago, told of everything.
    QUuid accredited(const QString& family, QUuid* workshop)
    {
        *workshop = addWorkshop(QStringLiteral("Past workshop ") + family, -10);
        const QUuid c = addCandidate(family);
        for (const Stage to : {Stage::Selected, Stage::Confirmed, Stage::WorkshopPassed, Stage::Accredited}) {
            if (const auto done = advance(c, to, to == Stage::Selected ? *workshop : QUuid()); !done.ok()) {
                qWarning() << done.message();
                return {};
            }
        }
        if (!m_store->decisions().recordInformed(c, QDate::currentDate(), InformChannel::Email).ok()) {
            return {};
        }
        return c;
    }

private slots:
    void init()
    {
        FrontEnd::set(FrontEnd::Kind::Window);
        m_store = createStore(m_dir.filePath(QStringLiteral("decisions-%1.accred").arg(++m_files)));
        QVERIFY(m_store);
    }

    void cleanup()
    {
        FrontEnd::set(FrontEnd::Kind::Window);
        m_store.reset();
    }

    void reversingAnAccreditationBelongsToStage3()
    {
        QUuid w;
        const QUuid c = accredited(QStringLiteral("Diallo"), &w);
        QVERIFY(!c.isNull());
        // Stage 2 is over and closed; Stage 3 is still open.
        QVERIFY(m_store->decisions().closeStep(w, PipelineStep::Workshop).ok());
        const QList<StageDecision> history = m_store->decisions().of(c).value();
        const auto reversal =
            m_store->decisions().reverse(history.constLast().meta.id, QStringLiteral("Recorded in error"));
        QVERIFY2(reversal.ok(), qPrintable(reversal.message()));
        QCOMPARE(reversal.value().step(), std::optional<PipelineStep>(PipelineStep::FieldAssessment));
        QCOMPARE(stageOf(c), Stage::WorkshopPassed);

        const auto pending = m_store->decisions().toInform(w).value();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.constFirst().step, std::optional<PipelineStep>(PipelineStep::FieldAssessment));
        QVERIFY(pending.constFirst().reversal);

        // The correction awaits being told within Stage 3: closing Stage 3 asks why.
        const Status closing = m_store->decisions().closeStep(w, PipelineStep::FieldAssessment);
        QCOMPARE(closing.code(), ErrorCode::Refused);
        QVERIFY(m_store->decisions().recordInformed(c, QDate::currentDate(), InformChannel::Letter).ok());
        QVERIFY(m_store->decisions().closeStep(w, PipelineStep::FieldAssessment).ok());
    }

    void reversingAReversedAccreditationIsStage3Too()
    {
        QUuid w;
        const QUuid c = accredited(QStringLiteral("Sow"), &w);
        QVERIFY(!c.isNull());
        QVERIFY(m_store->decisions().closeStep(w, PipelineStep::Workshop).ok());
        const auto reversal = m_store->decisions().reverse(m_store->decisions().of(c).value().constLast().meta.id,
                                                           QStringLiteral("Recorded in error"));
        QVERIFY2(reversal.ok(), qPrintable(reversal.message()));
        // Reversing the reversal accredits again: Stage 3's decision, whatever Stage 2's state.
        const auto again =
            m_store->decisions().reverse(reversal.value().meta.id, QStringLiteral("The error was the reversal"));
        QVERIFY2(again.ok(), qPrintable(again.message()));
        QCOMPARE(again.value().step(), std::optional<PipelineStep>(PipelineStep::FieldAssessment));
        QCOMPARE(stageOf(c), Stage::Accredited);
    }

    void aClosedStage3RefusesTheCorrectionOfItsDecision()
    {
        QUuid w;
        const QUuid c = accredited(QStringLiteral("Ndiaye"), &w);
        QVERIFY(!c.isNull());
        QVERIFY(m_store->decisions().closeStep(w, PipelineStep::FieldAssessment).ok());
        const auto reversal = m_store->decisions().reverse(m_store->decisions().of(c).value().constLast().meta.id,
                                                           QStringLiteral("Error"));
        QCOMPARE(reversal.code(), ErrorCode::Refused);
        QVERIFY2(reversal.message().contains(labelOf(PipelineStep::FieldAssessment)), qPrintable(reversal.message()));
    }

    void everyOtherReversalOfAReversalTakesTheDecisionAwayAgain()
    {
        // Accredited, corrected, the correction undone, and undone again: the accreditation
        // stands after the second reversal only. The third once left it standing, and the
        // advisor in the pool at stage "workshop_passed" (found by core_testpipelinerandom).
        QUuid w;
        const QUuid c = accredited(QStringLiteral("Okafor"), &w);
        QVERIFY(!c.isNull());
        const auto inPool = [&] {
            for (const AccreditedAdvisor& a : m_store->pool().advisors().value()) {
                if (a.candidate.meta.id == c) {
                    return true;
                }
            }
            return false;
        };
        for (const Stage expected : {Stage::WorkshopPassed, Stage::Accredited, Stage::WorkshopPassed, Stage::Accredited,
                                     Stage::WorkshopPassed}) {
            const auto reversal = m_store->decisions().reverse(m_store->decisions().of(c).value().constLast().meta.id,
                                                               QStringLiteral("Recorded in error"));
            QVERIFY2(reversal.ok(), qPrintable(reversal.message()));
            QCOMPARE(stageOf(c), expected);
            const QList<StageDecision> standing = Pipeline::standing(m_store->decisions().of(c).value());
            QCOMPARE(standing.constLast().to, expected);
            QCOMPARE(inPool(), expected == Stage::Accredited);
            const auto broken = m_store->invariants();
            QVERIFY2(broken.ok() && broken.value().isEmpty(),
                     qPrintable(broken.ok() && !broken.value().isEmpty() ? broken.value().constFirst().message
                                                                         : broken.message()));
        }
    }

    void toInformListsEachCandidateOnceWithWhereTheyStandNow()
    {
        const QUuid w = addWorkshop(QStringLiteral("Accra"), 60);
        const QUuid c = addCandidate(QStringLiteral("Mensah"));
        QVERIFY(advance(c, Stage::Selected, w).ok());
        QVERIFY(m_store->decisions()
                    .reverse(m_store->decisions().of(c).value().constLast().meta.id, QStringLiteral("Error"))
                    .ok());
        QVERIFY(advance(c, Stage::Waitlisted, w).ok());
        const auto pending = m_store->decisions().toInform().value();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.constFirst().candidateId, c);
        QCOMPARE(pending.constFirst().to, Stage::Waitlisted);
        QCOMPARE(pending.constFirst().decisionsAwaiting, 3);
        QCOMPARE(m_store->decisions().toInform(w).value().size(), 1);
        QVERIFY(m_store->decisions().recordInformed(c, QDate::currentDate(), InformChannel::Email).ok());
        QVERIFY(m_store->decisions().toInform().value().isEmpty());
    }

    void aClosedStepNamesTheWayOfTheRunningFrontEnd()
    {
        const QUuid w = addWorkshop(QStringLiteral("Lima"), 60);
        const QUuid c = addCandidate(QStringLiteral("Quispe"));
        QVERIFY(m_store->decisions().closeStep(w, PipelineStep::Selection).ok());
        const auto inWindow = advance(c, Stage::Selected, w);
        QCOMPARE(inWindow.code(), ErrorCode::Refused);
        QVERIFY2(inWindow.message().contains(QStringLiteral("Workshops area")), qPrintable(inWindow.message()));
        FrontEnd::set(FrontEnd::Kind::CommandLine);
        const auto onCommandLine = advance(c, Stage::Selected, w);
        QVERIFY2(onCommandLine.message().contains(QStringLiteral("close-step FILE --workshop W --step selection "
                                                                 "--reopen")),
                 qPrintable(onCommandLine.message()));
        QVERIFY(!onCommandLine.message().contains(QStringLiteral("area")));
        const Status enrolling = m_store->workshops().enrol(c, w);
        QVERIFY2(enrolling.message().contains(QStringLiteral("close-step")), qPrintable(enrolling.message()));
        QVERIFY(!enrolling.message().contains(QStringLiteral("area")));
    }

    void anAccreditationCannotTakeEffectInTheFuture()
    {
        const QUuid w = addWorkshop(QStringLiteral("Past"), -10);
        const QUuid c = addCandidate(QStringLiteral("Kamau"));
        for (const Stage to : {Stage::Selected, Stage::Confirmed, Stage::WorkshopPassed}) {
            QVERIFY(advance(c, to, to == Stage::Selected ? w : QUuid()).ok());
        }
        const int before = auditEntries();
        const auto nextYear = advance(c, Stage::Accredited, {}, QDate::currentDate().addYears(1));
        QCOMPARE(nextYear.code(), ErrorCode::Invalid);
        QVERIFY2(nextYear.message().contains(QStringLiteral("future")), qPrintable(nextYear.message()));
        QCOMPARE(m_store->decisions()
                     .check([&] {
                         StageDecision d;
                         d.candidateId = c;
                         d.from = Stage::WorkshopPassed;
                         d.to = Stage::Accredited;
                         d.decidedBy = QStringLiteral("Officer");
                         d.decidedAt = QDateTime::currentDateTimeUtc();
                         d.reason = QStringLiteral("Passed Stage 3.");
                         d.effectiveOn = QDate::currentDate().addDays(1);
                         return d;
                     }())
                     .code(),
                 ErrorCode::Invalid);
        QCOMPARE(auditEntries(), before);
        QCOMPARE(stageOf(c), Stage::WorkshopPassed);
        QVERIFY(advance(c, Stage::Accredited, {}, QDate::currentDate()).ok());
    }

    void aCommitmentCannotPrecedeTheApplication()
    {
        const QUuid c = addCandidate(QStringLiteral("Haddad"), false);  // applied on 2023-06-01
        const int before = auditEntries();
        AvailabilityCommitment early;
        early.candidateId = c;
        early.givenOn = QDate(2023, 5, 31);
        early.how = QStringLiteral("Signed form");
        const Status refused = m_store->decisions().recordCommitment(early);
        QCOMPARE(refused.code(), ErrorCode::Invalid);
        QVERIFY2(refused.message().contains(QStringLiteral("before the application")), qPrintable(refused.message()));
        QCOMPARE(auditEntries(), before);
        QVERIFY(!m_store->decisions().commitment(c).value().has_value());
        early.givenOn = QDate(2023, 6, 1);
        QVERIFY(m_store->decisions().recordCommitment(early).ok());
    }

    void informingCannotPrecedeTheDecision()
    {
        const QUuid w = addWorkshop(QStringLiteral("Tunis"), 60);
        const QUuid c = addCandidate(QStringLiteral("Ben Ali"));
        QVERIFY(advance(c, Stage::Selected, w).ok());
        const Status early =
            m_store->decisions().recordInformed(c, QDate::currentDate().addDays(-1), InformChannel::Email);
        QCOMPARE(early.code(), ErrorCode::Invalid);
        QCOMPARE(m_store->decisions().toInform().value().size(), 1);
    }

    void aScreeningAgainstTheCandidatesDataNeedsAReason()
    {
        Candidate four = sampleCandidate(QStringLiteral("Mwangi"));
        four.yearsInCustoms = 4;
        const QUuid c = m_store->candidates().save(four).value().meta.id;
        const int before = auditEntries();
        Screening s;
        s.candidateId = c;
        s.hardRequirementsMet = true;
        s.countedMet = 5;
        s.countedTotal = 7;
        const Status refused = m_store->decisions().recordScreening(s);
        QCOMPARE(refused.code(), ErrorCode::Refused);
        QVERIFY2(refused.message().contains(QStringLiteral("4 year")), qPrintable(refused.message()));
        QCOMPARE(auditEntries(), before);
        QVERIFY(!m_store->decisions().screening(c).value().has_value());

        s.overrideReason = QStringLiteral("Six years in the revenue service count as Customs experience.");
        QVERIFY(m_store->decisions().recordScreening(s).ok());
        QCOMPARE(m_store->decisions().screening(c).value()->overrideReason, s.overrideReason);

        // Judging them not met lets no one through: no reason asked.
        s.hardRequirementsMet = false;
        s.overrideReason.clear();
        QVERIFY(m_store->decisions().recordScreening(s).ok());
        // Data not given (0 years, no level) say nothing against the officer.
        Candidate unknown = sampleCandidate(QStringLiteral("Silva"));
        unknown.yearsInCustoms = 0;
        unknown.englishLevel.reset();
        s.candidateId = m_store->candidates().save(unknown).value().meta.id;
        s.hardRequirementsMet = true;
        QVERIFY(m_store->decisions().recordScreening(s).ok());
    }
};

AD_TEST_GUILESS_MAIN(TestDecisionRules)
#include "TestDecisionRules.moc"
