// SPDX-License-Identifier: GPL-3.0-or-later
// The pool in the store: activities with participants and topics, the refusal of time
// beyond the commitment unless it is a voluntary extra with a reason, removing an activity
// (refused once appraised, with a reason once counted), unavailability, the week-counting
// setting, the accreditation date, and one audit entry per change.
#include "pool/AccreditedAdvisor.h"
#include "domain/Activity.h"
#include "pool/ActivityRemoval.h"
#include "assessment/AssessmentRecords.h"
#include "store/AuditEntry.h"
#include "pool/AvailabilitySearch.h"
#include "domain/Candidate.h"
#include "domain/StageDecision.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/FileSettings.h"
#include "store/Pool.h"
#include "store/Decisions.h"
#include "store/Candidates.h"
#include "store/Assessment.h"
#include "TestSupport.h"
#include "domain/Unavailability.h"
#include "assessment/ScoringForm.h"
#include "domain/Workshop.h"
#include "TestMain.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

/// Takes a new candidate through the pipeline to "accredited" on `day` (23:30 UTC), or only
/// through the workshop (to Stage 3) when `accredited` is false.
Candidate accredit(Store& store, const QString& name, const QDate& day, bool accredited = true)
{
    auto saved = store.candidates().save(sampleCandidate(name));
    if (!saved.ok()) {
        qWarning("%s", qPrintable(saved.message()));
        return {};
    }
    // The pipeline's rules hold here too: a screening, a commitment and a workshop held
    // before the accreditation.
    Workshop held;
    held.title = QStringLiteral("Workshop of ") + name;
    held.venue = QStringLiteral("Brussels");
    held.startDate = day.addDays(-25);
    const auto workshop = store.workshops().save(held);
    if (!workshop.ok() || !makeReadyToSelectAndConfirm(store, saved.value().meta.id)) {
        qWarning("could not prepare the pipeline");
        return {};
    }
    Stage from = Stage::Applied;
    int offset = -40;
    for (Stage to : {Stage::Selected, Stage::Confirmed, Stage::WorkshopPassed, Stage::Accredited}) {
        if (to == Stage::Accredited && !accredited) {
            break;
        }
        StageDecision d;
        d.candidateId = saved.value().meta.id;
        d.workshopId = workshop.value().meta.id;
        d.from = from;
        d.to = to;
        d.decidedBy = QStringLiteral("Secretariat");
        d.decidedAt = QDateTime(to == Stage::Accredited ? day : day.addDays(offset), QTime(23, 30), Qt::UTC);
        d.reason = QStringLiteral("Test");
        if (!store.decisions().record(d).ok()) {
            qWarning("decision refused");
        }
        from = to;
        offset += 10;
    }
    return store.candidates().byId(saved.value().meta.id).value();
}

Activity activity(const QString& title, const QDate& from, const QDate& to)
{
    Activity a;
    a.title = title;
    a.kind = ActivityKind::TechnicalAssistance;
    a.country = QStringLiteral("Togo");
    a.city = QStringLiteral("Lomé");
    a.startDate = from;
    a.endDate = to;
    a.language = QStringLiteral("French");
    a.topics = {QStringLiteral("e-commerce"), QStringLiteral("medicines")};
    return a;
}

ActivityParticipant lead(const Candidate& c)
{
    return {c.meta.id, ParticipantRole::Lead, false, {}};
}

/// A new candidate who passed a workshop held before `day`: in Stage 3.
Candidate inStage3(Store& store, const QString& name, const QDate& day)
{
    return accredit(store, name, day, false);
}

}  // namespace

class TestPoolStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<Store> freshStore()
    {
        return createStore(m_dir.filePath(QStringLiteral("pool-%1.accred").arg(++m_count)));
    }

    static int auditCount(const Store& store) { return int(store.auditTrail().value().size()); }

private slots:
    void theAccreditationDateIsTheUtcDateOfTheDecision()
    {
        auto store = freshStore();
        const Candidate sato = accredit(*store, QStringLiteral("Sato"), QDate(2023, 10, 13));
        const auto dates = store->pool().accreditationDates();
        QVERIFY(dates.ok());
        QCOMPARE(dates.value().size(), 1);
        // Decided at 23:30 UTC: the date is the UTC one, whatever the local time zone.
        QCOMPARE(dates.value().value(sato.meta.id), QDate(2023, 10, 13));
        const auto pool = store->pool().advisors().value();
        QCOMPARE(pool.size(), 1);
        QCOMPARE(pool.first().commitmentEnd(), QDate(2026, 10, 13));
        QCOMPARE(pool.first().ledger(store->settings().weekCounting()).summaryIso(QLocale(QLocale::English)),
                 QStringLiteral("0 / 12 weeks, until 2026-10-13"));
    }

    void anActivityKeepsItsParticipantsAndTopicsWithOneAuditEntry()
    {
        auto store = freshStore();
        const Candidate sato = accredit(*store, QStringLiteral("Sato"), QDate(2024, 4, 17));
        const Candidate trainee = inStage3(*store, QStringLiteral("Nguyen"), QDate(2024, 4, 17));
        Activity a = activity(QStringLiteral("Seminar"), QDate(2024, 5, 6), QDate(2024, 5, 10));
        a.participants = {lead(sato), {trainee.meta.id, ParticipantRole::Stage3Candidate, false, {}}};
        const int before = auditCount(*store);
        const auto saved = store->pool().saveActivity(a);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        QCOMPARE(auditCount(*store), before + 1);
        const AuditEntry entry = store->auditTrail().value().last();
        QCOMPARE(entry.action, QStringLiteral("activity.create"));
        QVERIFY(entry.newValue.contains(QStringLiteral("stage3_candidate")));
        QVERIFY(entry.newValue.contains(QStringLiteral("medicines")));
        const Activity read = store->pool().activities().value().first();
        QCOMPARE(read.topics, a.topics);
        QCOMPARE(read.participants.size(), 2);
        QCOMPARE(read.participants.first(), lead(sato));
        QCOMPARE(read.participants.last().role, ParticipantRole::Stage3Candidate);
        // The ledger counts the lead, not the Stage 3 candidate (who is not in the pool).
        const auto pool = store->pool().advisors().value();
        QCOMPARE(pool.size(), 1);
        QCOMPARE(pool.first().ledger(WeekCounting::WorkingDays).usedUnits(), 10);
        // An edit replaces the list of participants, in one entry, version-checked.
        Activity edited = saved.value();
        edited.participants.removeLast();
        const auto again = store->pool().saveActivity(edited);
        QVERIFY(again.ok());
        QCOMPARE(auditCount(*store), before + 2);
        QCOMPARE(store->pool().activities().value().first().participants.size(), 1);
        const auto stale = store->pool().saveActivity(saved.value());
        QCOMPARE(stale.code(), ErrorCode::Conflict);
        QCOMPARE(auditCount(*store), before + 2);
    }

    void beyondTwelveWeeksOnlyAsAVoluntaryExtraWithAReason()
    {
        auto store = freshStore();
        const Candidate sato = accredit(*store, QStringLiteral("Sato"), QDate(2024, 4, 17));
        // Eleven weeks, Monday 3 June to Friday 16 August 2024.
        Activity eleven = activity(QStringLiteral("Long mission"), QDate(2024, 6, 3), QDate(2024, 8, 16));
        eleven.participants = {lead(sato)};
        QVERIFY(store->pool().saveActivity(eleven).ok());
        // The twelfth week fits exactly.
        Activity twelfth = activity(QStringLiteral("Twelfth"), QDate(2024, 9, 2), QDate(2024, 9, 6));
        twelfth.participants = {lead(sato)};
        QVERIFY(store->pool().saveActivity(twelfth).ok());
        // The thirteenth is refused, with nothing written.
        Activity thirteenth = activity(QStringLiteral("Thirteenth"), QDate(2024, 10, 7), QDate(2024, 10, 7));
        thirteenth.participants = {lead(sato)};
        const int before = auditCount(*store);
        const auto issues = store->pool().assignmentIssues(thirteenth);
        QCOMPARE(issues.value().size(), 1);
        QCOMPARE(issues.value().first().kind, AssignmentIssue::Kind::BeyondCommitment);
        auto refused = store->pool().saveActivity(thirteenth);
        QCOMPARE(refused.code(), ErrorCode::Refused);
        QVERIFY2(refused.message().contains(QStringLiteral("voluntary extra")), qPrintable(refused.message()));
        QCOMPARE(auditCount(*store), before);
        QCOMPARE(store->pool().activities().value().size(), 2);
        // Flagged without a reason: refused by validation.
        thirteenth.participants.first().voluntaryExtra = true;
        QCOMPARE(store->pool().saveActivity(thirteenth).code(), ErrorCode::Invalid);
        // With the reason: recorded as such.
        thirteenth.participants.first().extraReason = QStringLiteral("Offered to stay for the follow-up");
        const auto saved = store->pool().saveActivity(thirteenth);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        const Activity read = store->pool().activities().value().first();
        QVERIFY(read.participants.first().voluntaryExtra);
        QCOMPARE(read.participants.first().extraReason, QStringLiteral("Offered to stay for the follow-up"));
        const auto ledger = store->pool().advisors().value().first().ledger(store->settings().weekCounting());
        QCOMPARE(ledger.summaryIso(QLocale(QLocale::English)),
                 QStringLiteral("12 / 12 weeks + 0.2 voluntary, until 2027-04-17"));
    }

    void outsideThePeriodOrOutOfThePoolIsRefused()
    {
        auto store = freshStore();
        const Candidate sato = accredit(*store, QStringLiteral("Sato"), QDate(2024, 4, 17));
        Activity before = activity(QStringLiteral("Before"), QDate(2024, 4, 15), QDate(2024, 4, 19));
        before.participants = {lead(sato)};
        const auto refused = store->pool().saveActivity(before);
        QCOMPARE(refused.code(), ErrorCode::Refused);
        QVERIFY(refused.message().contains(QStringLiteral("outside")));
        before.participants.first().voluntaryExtra = true;
        before.participants.first().extraReason = QStringLiteral("Already on site for the Stage 3 follow-up");
        QVERIFY(store->pool().saveActivity(before).ok());
        // Never accredited: only as a Stage 3 candidate, voluntary or not.
        const Candidate other = inStage3(*store, QStringLiteral("Other"), QDate(2024, 4, 17));
        Activity seminar = activity(QStringLiteral("Seminar"), QDate(2024, 5, 6), QDate(2024, 5, 10));
        seminar.participants = {{other.meta.id, ParticipantRole::CoFacilitator, true, QStringLiteral("Keen")}};
        const auto notAccredited = store->pool().saveActivity(seminar);
        QCOMPARE(notAccredited.code(), ErrorCode::Refused);
        QVERIFY(notAccredited.message().contains(QStringLiteral("Stage 3 candidate")));
        seminar.participants.first().role = ParticipantRole::Stage3Candidate;
        QVERIFY(store->pool().saveActivity(seminar).ok());
    }

    void aPlannedActivityIsRemovedWithoutAReason()
    {
        auto store = freshStore();
        const QDate today = QDate::currentDate();
        const Candidate sato = accredit(*store, QStringLiteral("Sato"), today.addYears(-1));
        Activity planned = activity(QStringLiteral("Planned mission"), today.addDays(30), today.addDays(32));
        planned.participants = {lead(sato)};
        const auto saved = store->pool().saveActivity(planned);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        QVERIFY(store->pool().advisors().value().first().ledger(store->settings().weekCounting()).usedUnits() > 0);
        const auto removal = store->pool().activityRemoval(saved.value().meta.id);
        QVERIFY(removal.ok());
        QVERIFY(!removal.value().refused());
        QVERIFY(!removal.value().needsReason());
        const int before = auditCount(*store);
        const Status removed = store->pool().removeActivity(saved.value().meta.id);
        QVERIFY2(removed.ok(), qPrintable(removed.message()));
        QVERIFY(store->pool().activities().value().isEmpty());
        // Its participants went with it: the ledger no longer counts the days.
        QVERIFY(store->pool().advisors().value().first().assignments.isEmpty());
        QCOMPARE(store->pool().advisors().value().first().ledger(store->settings().weekCounting()).usedUnits(), 0);
        QCOMPARE(auditCount(*store), before + 1);
        const AuditEntry entry = store->auditTrail().value().last();
        QCOMPARE(entry.action, QStringLiteral("activity.remove"));
        QCOMPARE(entry.entityId, saved.value().meta.id.toString(QUuid::WithoutBraces));
        QVERIFY(entry.oldValue.contains(QStringLiteral("Planned mission")));
        QCOMPARE(entry.newValue, QStringLiteral("null"));
        // Gone: a second removal says so and writes nothing.
        QCOMPARE(store->pool().removeActivity(saved.value().meta.id).code(), ErrorCode::NotFound);
        QCOMPARE(store->pool().activityRemoval(saved.value().meta.id).code(), ErrorCode::NotFound);
        QCOMPARE(auditCount(*store), before + 1);
        const auto check = store->check();
        QVERIFY2(check.ok() && check.value().isEmpty(), qPrintable(check.value().join(QLatin1Char('\n'))));
    }

    void aPastActivityCountedInTheLedgerNeedsAReason()
    {
        auto store = freshStore();
        const QDate today = QDate::currentDate();
        const Candidate sato = accredit(*store, QStringLiteral("Sato"), today.addYears(-1));
        // A Monday to Friday two months ago: one week of Sato's commitment.
        const QDate weeksAgo = today.addDays(-60);
        const QDate monday = weeksAgo.addDays(1 - weeksAgo.dayOfWeek());
        Activity held = activity(QStringLiteral("Held mission"), monday, monday.addDays(4));
        held.participants = {lead(sato)};
        const auto saved = store->pool().saveActivity(held);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        QCOMPARE(store->pool().advisors().value().first().ledger(store->settings().weekCounting()).usedUnits(), 10);
        const auto removal = store->pool().activityRemoval(saved.value().meta.id);
        QVERIFY(removal.value().needsReason());
        QVERIFY(!removal.value().refused());
        QVERIFY(removal.value().reasonQuestion().contains(QStringLiteral("Say why")));
        const int before = auditCount(*store);
        for (const QString& none : {QString(), QStringLiteral("   ")}) {
            const Status refused = store->pool().removeActivity(saved.value().meta.id, none);
            QCOMPARE(refused.code(), ErrorCode::Refused);
            QVERIFY2(refused.message().contains(QStringLiteral("Say why")), qPrintable(refused.message()));
        }
        QCOMPARE(auditCount(*store), before);
        QCOMPARE(store->pool().activities().value().size(), 1);
        QCOMPARE(store->pool().advisors().value().first().ledger(store->settings().weekCounting()).usedUnits(), 10);
        // With the reason: removed, the week given back, the reason in the audit trail.
        QVERIFY(
            store->pool().removeActivity(saved.value().meta.id, QStringLiteral(" Recorded twice by mistake ")).ok());
        QVERIFY(store->pool().activities().value().isEmpty());
        QCOMPARE(store->pool().advisors().value().first().ledger(store->settings().weekCounting()).usedUnits(), 0);
        QCOMPARE(auditCount(*store), before + 1);
        const AuditEntry entry = store->auditTrail().value().last();
        QCOMPARE(entry.action, QStringLiteral("activity.remove"));
        QVERIFY(entry.oldValue.contains(QStringLiteral("Held mission")));
        QVERIFY(entry.oldValue.contains(sato.meta.id.toString(QUuid::WithoutBraces)));
        QVERIFY2(entry.newValue.contains(QStringLiteral("\"reason\":\"Recorded twice by mistake\"")),
                 qPrintable(entry.newValue));
        // The participants' rows went in the same unit of work: none left, nothing dangling.
        QVERIFY(store->pool().advisors().value().first().assignments.isEmpty());
        const auto check = store->check();
        QVERIFY2(check.ok() && check.value().isEmpty(), qPrintable(check.value().join(QLatin1Char('\n'))));

        // A past activity with Stage 3 candidates only counts in nobody's ledger: no reason.
        const Candidate trainee = inStage3(*store, QStringLiteral("Nguyen"), monday);
        Activity stage3 = activity(QStringLiteral("Field assessment"), monday, monday.addDays(2));
        stage3.participants = {{trainee.meta.id, ParticipantRole::Stage3Candidate, false, {}}};
        const auto assessed = store->pool().saveActivity(stage3);
        QVERIFY(assessed.ok());
        QVERIFY(!store->pool().activityRemoval(assessed.value().meta.id).value().needsReason());
        QVERIFY(store->pool().removeActivity(assessed.value().meta.id).ok());
    }

    void anAppraisedStage3CandidateStaysInTheActivity()
    {
        auto store = freshStore();
        const QDate today = QDate::currentDate();
        const Candidate trainee = inStage3(*store, QStringLiteral("Nguyen"), today.addDays(-20));
        const Candidate other = inStage3(*store, QStringLiteral("Okafor"), today.addDays(-20));
        Activity stage3 = activity(QStringLiteral("Field assessment"), today.addDays(-20), today.addDays(-18));
        stage3.kind = ActivityKind::Stage3Assessment;
        stage3.participants = {{trainee.meta.id, ParticipantRole::Stage3Candidate, false, {}},
                               {other.meta.id, ParticipantRole::Stage3Candidate, false, {}}};
        auto saved = store->pool().saveActivity(stage3);
        QVERIFY(saved.ok());
        const QString key = ScoringForm::activityKey(saved.value().meta.id);
        QVERIFY(store->assessment()
                    .recordConsensus({trainee.meta.id, key, 1, 3, {}, {}, {}, PipelineStep::FieldAssessment})
                    .ok());
        const int before = auditCount(*store);

        // Dropping the appraised candidate is refused; nothing changes.
        Activity dropped = saved.value();
        dropped.participants = {{other.meta.id, ParticipantRole::Stage3Candidate, false, {}}};
        const auto refused = store->pool().saveActivity(dropped);
        QCOMPARE(refused.code(), ErrorCode::Refused);
        QVERIFY2(refused.message().contains(QStringLiteral("Alex Nguyen's Stage 3 appraisal")),
                 qPrintable(refused.message()));
        QCOMPARE(store->pool().activities().value().first().participants.size(), 2);
        QVERIFY(store->assessment().scoringForm(trainee.meta.id, PipelineStep::FieldAssessment).value().criterion(key));
        QCOMPARE(auditCount(*store), before);
        // The one not appraised can go, and the other details can change.
        Activity edited = saved.value();
        edited.title = QStringLiteral("Field assessment, Lomé");
        edited.participants = {{trainee.meta.id, ParticipantRole::Stage3Candidate, false, {}}};
        const auto kept = store->pool().saveActivity(edited);
        QVERIFY2(kept.ok(), qPrintable(kept.message()));
        QCOMPARE(store->pool().activities().value().first().participants.size(), 1);
        QCOMPARE(store->pool().activities().value().first().title, QStringLiteral("Field assessment, Lomé"));
    }

    void anAppraisedActivityCannotBeRemoved()
    {
        auto store = freshStore();
        const QDate today = QDate::currentDate();
        const Candidate trainee = inStage3(*store, QStringLiteral("Nguyen"), today.addDays(-20));
        Activity stage3 = activity(QStringLiteral("Field assessment"), today.addDays(-20), today.addDays(-18));
        stage3.kind = ActivityKind::Stage3Assessment;
        stage3.participants = {{trainee.meta.id, ParticipantRole::Stage3Candidate, false, {}}};
        const auto saved = store->pool().saveActivity(stage3);
        QVERIFY(saved.ok());
        const QString key = ScoringForm::activityKey(saved.value().meta.id);
        // The officer's consensus on the candidate's appraisal of the activity.
        const Status agreed = store->assessment().recordConsensus(
            {trainee.meta.id, key, 1, 3, {}, {}, {}, PipelineStep::FieldAssessment});
        QVERIFY2(agreed.ok(), qPrintable(agreed.message()));
        const auto removal = store->pool().activityRemoval(saved.value().meta.id);
        QVERIFY(removal.value().refused());
        const int before = auditCount(*store);
        for (const QString& reason : {QString(), QStringLiteral("Recorded by mistake")}) {
            const Status refused = store->pool().removeActivity(saved.value().meta.id, reason);
            QCOMPARE(refused.code(), ErrorCode::Refused);
            QVERIFY2(refused.message().contains(QStringLiteral("Stage 3 appraisals")), qPrintable(refused.message()));
            QVERIFY(refused.message().contains(QStringLiteral("Keep the activity")));
        }
        QCOMPARE(auditCount(*store), before);
        QCOMPARE(store->pool().activities().value().size(), 1);
        QCOMPARE(store->pool().activities().value().first().participants.size(), 1);

        // A reviewer's score on it counts as well (written here as an import would).
        Activity other = activity(QStringLiteral("Second assessment"), today.addDays(-10), today.addDays(-9));
        other.participants = stage3.participants;
        const auto second = store->pool().saveActivity(other);
        QVERIFY(second.ok());
        QVERIFY(store->pool().activityRemoval(second.value().meta.id).value().refused() == false);
        const QString error = runSql(
            store->path(),
            {QStringLiteral(
                 "INSERT INTO score (id, reviewer_id, candidate_id, round, criterion_key, profile_version, "
                 "rating, comment, evidence, submitted_at, updated_at, row_version, modified_at, modified_by) "
                 "SELECT 'score-1', id, '%1', 'field_assessment', '%2', 1, 2, '', '', '2025-01-01T00:00:00.000Z', "
                 "'2025-01-01T00:00:00.000Z', 1, '2025-01-01T00:00:00.000Z', 'test' FROM person LIMIT 1")
                 .arg(trainee.meta.id.toString(QUuid::WithoutBraces),
                      ScoringForm::activityKey(second.value().meta.id))});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(store->pool().removeActivity(second.value().meta.id, QStringLiteral("Why not")).code(),
                 ErrorCode::Refused);
        QCOMPARE(store->pool().activities().value().size(), 2);
    }

    void removingAnActivityIsForTheOfficerHoldingTheFile()
    {
        auto store = freshStore();
        const QDate today = QDate::currentDate();
        const auto saved =
            store->pool().saveActivity(activity(QStringLiteral("Planned"), today.addDays(5), today.addDays(6)));
        QVERIFY(saved.ok());
        const QString path = store->path();
        store.reset();
        auto reader = Store::open(path, Store::Access::ReadOnly);
        QVERIFY(reader.ok());
        QVERIFY(reader.value()->pool().activityRemoval(saved.value().meta.id).ok());
        QCOMPARE(reader.value()->pool().removeActivity(saved.value().meta.id).code(), ErrorCode::ReadOnly);
        QCOMPARE(reader.value()->pool().activities().value().size(), 1);
    }

    void unavailabilityIsRecordedAndAudited()
    {
        auto store = freshStore();
        const Candidate sato = accredit(*store, QStringLiteral("Sato"), QDate(2024, 4, 17));
        Unavailability leave;
        leave.candidateId = sato.meta.id;
        leave.from = QDate(2025, 5, 1);
        leave.to = QDate(2025, 5, 20);
        QCOMPARE(store->pool().saveUnavailability(leave).code(), ErrorCode::Invalid);  // no reason
        leave.reason = QStringLiteral("Annual leave");
        const int before = auditCount(*store);
        const auto saved = store->pool().saveUnavailability(leave);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        QCOMPARE(auditCount(*store), before + 1);
        QCOMPARE(store->auditTrail(sato.meta.id).value().last().action, QStringLiteral("unavailability.create"));
        QCOMPARE(store->pool().unavailability(sato.meta.id).value().size(), 1);
        const auto pool = store->pool().advisors().value();
        QCOMPARE(pool.first().unavailability.size(), 1);
        PlannedActivity planned;
        planned.from = QDate(2025, 5, 12);
        planned.to = QDate(2025, 5, 16);
        const auto result = AvailabilitySearch::run(planned, pool, store->settings().weekCounting(), QDate(2025, 3, 1));
        QCOMPARE(result.excluded.size(), 1);
        QVERIFY(store->pool().removeUnavailability(saved.value().meta.id).ok());
        QCOMPARE(store->pool().unavailability().value().size(), 0);
        QCOMPARE(store->auditTrail(sato.meta.id).value().last().action, QStringLiteral("unavailability.remove"));
        QCOMPARE(store->pool().removeUnavailability(saved.value().meta.id).code(), ErrorCode::NotFound);
    }

    void theWeekCountingRuleIsASettingOfTheFile()
    {
        auto store = freshStore();
        QCOMPARE(store->settings().weekCounting(), WeekCounting::WorkingDays);
        const Candidate sato = accredit(*store, QStringLiteral("Sato"), QDate(2024, 4, 17));
        Activity online = activity(QStringLiteral("Webinar"), QDate(2024, 5, 8), QDate(2024, 5, 14));  // Wed-Tue
        online.mode = ActivityMode::Online;
        online.participants = {lead(sato)};
        QVERIFY(store->pool().saveActivity(online).ok());
        auto used = [&] {
            return store->pool().advisors().value().first().ledger(store->settings().weekCounting()).usedUnits();
        };
        QCOMPARE(used(), 10);
        const int before = auditCount(*store);
        QVERIFY(store->settings().setWeekCounting(WeekCounting::StartedWeeks).ok());
        QCOMPARE(auditCount(*store), before + 1);
        QCOMPARE(store->auditTrail().value().last().entityId, QStringLiteral("week_counting"));
        QCOMPARE(used(), 20);
        QVERIFY(store->settings().setWeekCounting(WeekCounting::OnlineHalfDays).ok());
        QCOMPARE(used(), 5);
        QVERIFY(store->settings().setWeekCounting(WeekCounting::OnlineHalfDays).ok());  // no change, no entry
        QCOMPARE(auditCount(*store), before + 2);
        store.reset();
        auto reopened = Store::open(m_dir.filePath(QStringLiteral("pool-%1.accred").arg(m_count)));
        QCOMPARE(reopened.value()->settings().weekCounting(), WeekCounting::OnlineHalfDays);
    }

    void theFunnelCountsWhoReachedEachStagePerWorkshop()
    {
        auto store = freshStore();
        Workshop w;
        w.title = QStringLiteral("Kashiwa");
        w.startDate = QDate(2023, 10, 10);
        w = store->workshops().save(w).value();
        const Candidate c = store->candidates().save(sampleCandidate(QStringLiteral("Sato"))).value();
        QVERIFY(makeReadyToSelectAndConfirm(*store, c.meta.id));
        StageDecision d;
        d.candidateId = c.meta.id;
        d.workshopId = w.meta.id;
        d.to = Stage::Selected;
        d.decidedBy = QStringLiteral("Secretariat");
        d.decidedAt = QDateTime::currentDateTimeUtc();
        d.reason = QStringLiteral("Test");
        QVERIFY(store->decisions().record(d).ok());
        const auto funnel = store->decisions().funnel();
        QVERIFY(funnel.ok());
        QCOMPARE(funnel.value().size(), 1);
        QCOMPARE(funnel.value().first().candidates, 1);
        QCOMPARE(funnel.value().first().reached.value(Stage::Selected), 1);
        QCOMPARE(funnel.value().first().reached.value(Stage::Accredited), 0);
        QVERIFY(store->check().value().isEmpty());
    }
};

AD_TEST_GUILESS_MAIN(TestPoolStore)
#include "TestPoolStore.moc"
