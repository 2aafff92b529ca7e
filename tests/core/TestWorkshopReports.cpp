// SPDX-License-Identifier: GPL-3.0-or-later
// A workshop's reports, each one read of the store: the Stage 2 results (every assessor's
// submitted ratings on the workshop's own criteria, the mean, the consensus, the outcome and
// the decision, of those who took part) and the round summary (applied, selected, passed,
// accredited, by region, gender and administration, from the standing decisions). A reviewer
// sees through the results no more than the scores panel shows them.
#include "HeldWorkshop.h"
#include "TestSupport.h"

#include "assessment/AssessmentRecords.h"
#include "assessment/RoundSummary.h"
#include "assessment/ScoreVisibility.h"
#include "assessment/SubmittedRating.h"
#include "assessment/WorkshopResults.h"
#include "demo/DemoFile.h"
#include "domain/Score.h"
#include "domain/StageDecision.h"
#include "store/Assessment.h"
#include "store/Decisions.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "TestMain.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const ParticipantResult* participant(const WorkshopResults& results, const QString& family)
{
    for (const ParticipantResult& p : results.participants) {
        if (p.name.startsWith(family + QLatin1Char(','))) {
            return &p;
        }
    }
    return nullptr;
}

const SummaryGroup* group(const QList<SummaryGroup>& groups, const QString& key)
{
    for (const SummaryGroup& g : groups) {
        if (g.key == key) {
            return &g;
        }
    }
    return nullptr;
}

SummaryCounts counts(int applied, int selected, int passed, int accredited)
{
    return {applied, selected, passed, accredited};
}

StageDecision decision(const QUuid& id, Stage from, Stage to, const QUuid& workshop = {})
{
    StageDecision d;
    d.meta.id = QUuid::createUuid();
    d.candidateId = id;
    d.workshopId = workshop;
    d.from = from;
    d.to = to;
    return d;
}

}  // namespace

class TestWorkshopReports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    HeldWorkshop m_held;

    std::unique_ptr<Store> openAs(const QString& account)
    {
        auto opened =
            Store::open(m_store->path(), Store::Access::ReadOnly, Actor{account, QStringLiteral("reviewer-pc")});
        if (!opened.ok()) {
            qWarning("%s", qPrintable(opened.message()));
            return nullptr;
        }
        return std::move(opened).value();
    }

private slots:
    void initTestCase()
    {
        m_store = createStore(m_dir.filePath(QStringLiteral("round.accred")));
        QVERIFY(m_store);
        m_held = makeHeldWorkshop(*m_store);
        QVERIFY(!m_held.workshop.isNull());
    }

    void theResultsHoldThoseWhoTookPartWithEveryAssessorsRatings()
    {
        const auto read = m_store->assessment().workshopResults(m_held.workshop);
        QVERIFY2(read.ok(), qPrintable(read.message()));
        const WorkshopResults& r = read.value();
        QCOMPARE(r.workshop.title, QStringLiteral("Kashiwa workshop, Japan"));
        QCOMPARE(r.criteria.size(), 3);
        QCOMPARE(r.criteria.at(0).key, QStringLiteral("discussions"));
        // Those confirmed for the workshop, in name order; not the one not selected nor the
        // one waitlisted, though all six are applicants of the workshop.
        QStringList names;
        for (const ParticipantResult& p : r.participants) {
            names.append(p.name);
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Arai, Taro"), QStringLiteral("Haddou, Amina"),
                                     QStringLiteral("Kamau, Peter"), QStringLiteral("Sato, Yuki")}));
        QCOMPARE(r.assessors.size(), 2);
        QCOMPARE(r.assessors.at(0).name, QStringLiteral("Kenji Morita"));
        QCOMPARE(r.assessors.at(1).name, QStringLiteral("Lina Haddad"));

        const ParticipantResult* arai = participant(r, QStringLiteral("Arai"));
        QVERIFY(arai);
        QCOMPARE(arai->administration, QStringLiteral("Japan Customs"));
        QCOMPARE(arai->stage, Stage::WorkshopPassed);
        QCOMPARE(arai->criteria.size(), 3);
        const CriterionResult& discussions = arai->criteria.at(0);
        QCOMPARE(discussions.criterionKey, QStringLiteral("workshop:discussions"));
        QCOMPARE(discussions.ratings.value(m_held.morita), 4);
        QCOMPARE(discussions.ratings.value(m_held.haddad), 3);
        QCOMPARE(discussions.mean(), std::optional<double>(3.5));
        QCOMPARE(discussions.consensus, std::optional<int>(4));
        QCOMPARE(discussions.consensusComment, QStringLiteral("Led the debate"));
        QCOMPARE(arai->criteria.at(1).ratings.value(m_held.haddad), 3);
        QCOMPARE(arai->criteria.at(1).consensus, std::nullopt);
        QVERIFY(arai->outcome && arai->outcome->passed);
        QCOMPARE(arai->outcome->note, QStringLiteral("Ready for Stage 3"));
        QVERIFY(arai->decision);
        QCOMPARE(arai->decision->to, Stage::WorkshopPassed);
        QVERIFY(arai->decision->isInformed());
        QVERIFY(!arai->othersHidden);
        QCOMPARE(WorkshopResults::outcomeText(*arai), QStringLiteral("Passed"));

        const ParticipantResult* kamau = participant(r, QStringLiteral("Kamau"));
        QVERIFY(kamau && kamau->outcome && !kamau->outcome->passed);
        QCOMPARE(kamau->decision->to, Stage::WorkshopFailed);
        QCOMPARE(kamau->criteria.at(2).mean(), std::optional<double>(1.0));

        const ParticipantResult* sato = participant(r, QStringLiteral("Sato"));
        QVERIFY(sato && sato->decision && !sato->decision->isInformed());
        QVERIFY(WorkshopResults::decisionText(*sato, QLocale(QLocale::English)).contains(QStringLiteral("not yet")));

        // Haddou: the draft never counts; no outcome or decision yet.
        const ParticipantResult* haddou = participant(r, QStringLiteral("Haddou"));
        QVERIFY(haddou);
        QCOMPARE(haddou->criteria.at(0).ratings.size(), 1);
        QCOMPARE(haddou->criteria.at(0).ratings.value(m_held.morita), 3);
        QCOMPARE(haddou->criteria.at(2).consensus, std::optional<int>(3));
        QVERIFY(!haddou->outcome);
        QVERIFY(!haddou->decision);
        QCOMPARE(WorkshopResults::outcomeText(*haddou), QStringLiteral("Not recorded"));
    }

    void aReviewerSeesNoMoreThroughTheResultsThanTheScoresPanel()
    {
        auto haddad = openAs(QStringLiteral("lhaddad"));
        QVERIFY(haddad);
        QCOMPARE(haddad->role(), PersonRole::Reviewer);
        const auto read = haddad->assessment().workshopResults(m_held.workshop);
        QVERIFY2(read.ok(), qPrintable(read.message()));
        const WorkshopResults& r = read.value();
        // Haddou's form is not submitted by her: Morita's ratings and the consensus stay hidden.
        const ParticipantResult* haddou = participant(r, QStringLiteral("Haddou"));
        QVERIFY(haddou);
        QVERIFY(haddou->othersHidden);
        for (const CriterionResult& c : haddou->criteria) {
            QVERIFY2(c.ratings.isEmpty(), qPrintable(c.criterionKey));
            QCOMPARE(c.consensus, std::nullopt);
            QVERIFY(!c.mean());
        }
        // The scores panel's read shows her the same: nothing of Morita's about Haddou.
        const auto panel = haddad->assessment().scores(m_held.candidates.value(QStringLiteral("Haddou")));
        QVERIFY(panel.ok());
        for (const Score& s : panel.value()) {
            QVERIFY(s.reviewerId != m_held.morita);
        }
        // Where she submitted, she sees the others' ratings and the consensus, as the panel does.
        const ParticipantResult* arai = participant(r, QStringLiteral("Arai"));
        QVERIFY(arai && !arai->othersHidden);
        QCOMPARE(arai->criteria.at(0).ratings.value(m_held.morita), 4);
        QCOMPARE(arai->criteria.at(0).consensus, std::optional<int>(4));
        // The officer and Morita (who submitted everyone) see Haddou's in full.
        auto morita = openAs(QStringLiteral("kmorita"));
        QVERIFY(morita);
        const auto his = morita->assessment().workshopResults(m_held.workshop);
        QVERIFY(his.ok());
        const ParticipantResult* seen = participant(his.value(), QStringLiteral("Haddou"));
        QVERIFY(seen && !seen->othersHidden);
        QCOMPARE(seen->criteria.at(2).consensus, std::optional<int>(3));
    }

    void aReviewersBlindnessLiftsOnceTheirOwnFormIsSubmitted()
    {
        // Pure: the same ratings, built for a reviewer who submitted Haddou and one who did not.
        const QUuid haddou = QUuid::createUuid();
        const QUuid me = QUuid::createUuid();
        const QUuid other = QUuid::createUuid();
        Workshop w;
        w.meta.id = QUuid::createUuid();
        WorkshopApplicant a;
        a.candidateId = haddou;
        a.name = QStringLiteral("Haddou, Amina");
        StageDecision confirmed = decision(haddou, Stage::Selected, Stage::Confirmed, w.meta.id);
        confirmed.candidateId = haddou;
        const QList<SubmittedRating> all = {{haddou, other, QStringLiteral("Other"), QStringLiteral("workshop:talks"),
                                             std::nullopt, 2, PipelineStep::Workshop},
                                            {haddou, me, QStringLiteral("Me"), QStringLiteral("workshop:talks"),
                                             std::nullopt, 4, PipelineStep::Workshop}};
        const QList<ConsensusRating> consensus = {
            {haddou, QStringLiteral("workshop:talks"), 1, 3, {}, {}, {}, PipelineStep::Workshop}};
        Score mine;
        mine.round = PipelineStep::Workshop;  // the Stage 2 round, whose results these are
        mine.reviewerId = me;
        mine.candidateId = haddou;
        mine.criterionKey = QStringLiteral("workshop:talks");
        mine.rating = 4;
        for (const bool submitted : {false, true}) {
            mine.submittedAt = submitted ? QDateTime::currentDateTimeUtc() : QDateTime();
            const ScoreVisibility v(PersonRole::Reviewer, me, {mine}, {});
            const WorkshopResults r =
                WorkshopResults::build(w, {{QStringLiteral("talks"), QStringLiteral("Talks")}}, {a}, v.ratings(all),
                                       v.consensus(consensus), {}, {{haddou, {confirmed}}}, v);
            QCOMPARE(r.participants.size(), 1);
            QCOMPARE(r.participants.at(0).othersHidden, !submitted);
            QCOMPARE(r.participants.at(0).criteria.at(0).ratings.contains(other), submitted);
            QCOMPARE(r.participants.at(0).criteria.at(0).ratings.value(me), 4);
            QCOMPARE(r.participants.at(0).criteria.at(0).consensus.has_value(), submitted);
            QCOMPARE(r.assessors.size(), submitted ? 2 : 1);  // who else rated stays hidden too
        }
    }

    void aRemovedCriterionLeavesTheResultsAndAnUnknownWorkshopIsNotFound()
    {
        auto criteria = m_store->workshops().criteria(m_held.workshop).value();
        const QList<Criterion> before = criteria;
        criteria.removeAt(1);  // group activities
        QVERIFY(m_store->workshops().setCriteria(m_held.workshop, criteria, before).ok());
        const auto read = m_store->assessment().workshopResults(m_held.workshop);
        QVERIFY(read.ok());
        QCOMPARE(read.value().criteria.size(), 2);
        for (const ParticipantResult& p : read.value().participants) {
            QCOMPARE(p.criteria.size(), 2);
            QCOMPARE(p.criteria.at(1).criterionKey, QStringLiteral("workshop:presentations"));
        }
        QVERIFY(m_store->workshops().setCriteria(m_held.workshop, before, criteria).ok());

        const auto unknown = m_store->assessment().workshopResults(QUuid::createUuid());
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        QVERIFY(!m_store->assessment().roundSummary(QUuid::createUuid()).ok());
    }

    void theSummaryCountsHowFarEachGroupWent()
    {
        for (const QUuid& scope : {QUuid(), m_held.workshop}) {
            const auto read = m_store->assessment().roundSummary(scope);
            QVERIFY2(read.ok(), qPrintable(read.message()));
            const RoundSummary& s = read.value();
            QCOMPARE(s.workshopId, scope);
            QCOMPARE(s.totals, counts(6, 4, 2, 0));
            QCOMPARE(group(s.byRegion, QStringLiteral("asia_pacific"))->counts, counts(2, 2, 2, 0));
            QCOMPARE(group(s.byRegion, QStringLiteral("east_southern_africa"))->counts, counts(1, 1, 0, 0));
            QCOMPARE(group(s.byRegion, QStringLiteral("north_africa_middle_east"))->counts, counts(1, 1, 0, 0));
            QCOMPARE(group(s.byRegion, QStringLiteral("americas_caribbean"))->counts, counts(2, 0, 0, 0));
            QCOMPARE(group(s.byRegion, QStringLiteral("europe"))->counts, counts(0, 0, 0, 0));  // every region shows
            QCOMPARE(s.byRegion.size(), 6);
            QCOMPARE(group(s.byGender, QStringLiteral("female"))->counts, counts(3, 2, 1, 0));
            QCOMPARE(group(s.byGender, QStringLiteral("male"))->counts, counts(3, 2, 1, 0));
            QCOMPARE(s.byAdministration.size(), 4);
            QCOMPARE(s.byAdministration.at(0).label, QStringLiteral("Japan Customs"));
            QCOMPARE(s.byAdministration.at(0).counts, counts(2, 2, 2, 0));
            QCOMPARE(s.byAdministration.at(3).label, QStringLiteral("SUNAT Peru"));
            QCOMPARE(s.byAdministration.at(3).counts, counts(2, 0, 0, 0));
        }
        QVERIFY(m_store->assessment().roundSummary().value().scopeText().contains(QStringLiteral("Every candidate")));
        QVERIFY(m_store->assessment()
                    .roundSummary(m_held.workshop)
                    .value()
                    .scopeText()
                    .contains(QStringLiteral("Kashiwa workshop")));
    }

    void aReversedDecisionCountsForNothingAndAWithdrawalTakesNothingBack()
    {
        const QUuid id = QUuid::fromString(QStringLiteral("{00000000-0000-0000-0000-000000000001}"));
        const QUuid w = QUuid::createUuid();
        QList<StageDecision> history = {decision(id, Stage::Applied, Stage::Selected, w),
                                        decision(id, Stage::Selected, Stage::Confirmed, w),
                                        decision(id, Stage::Confirmed, Stage::WorkshopPassed, w)};
        CandidateReach reach;
        reach.reachFrom(history, w);
        QVERIFY(reach.selected && reach.passed && !reach.accredited);
        // Withdrawing after the workshop: they still passed it.
        history.append(decision(id, Stage::WorkshopPassed, Stage::Withdrawn));
        reach.reachFrom(history, w);
        QVERIFY(reach.selected && reach.passed);
        // The pass reversed: it counts for nothing.
        StageDecision reversal = decision(id, Stage::WorkshopPassed, Stage::Confirmed, w);
        reversal.reversesId = history.at(2).meta.id;
        history.removeLast();
        history.append(reversal);
        reach.reachFrom(history, w);
        QVERIFY(reach.selected && !reach.passed);
        // Accreditation may name no workshop: it counts for the workshop's summary all the same.
        const QList<StageDecision> accredited = {decision(id, Stage::Applied, Stage::Selected, w),
                                                 decision(id, Stage::Selected, Stage::Confirmed, w),
                                                 decision(id, Stage::Confirmed, Stage::WorkshopPassed, w),
                                                 decision(id, Stage::WorkshopPassed, Stage::Accredited)};
        reach.reachFrom(accredited, w);
        QVERIFY(reach.accredited && reach.passed && reach.selected);
        reach.reachFrom(accredited, QUuid());
        QVERIFY(reach.accredited && reach.passed && reach.selected);
        // Decisions about another workshop count nowhere but in the whole file's summary.
        const QUuid other = QUuid::createUuid();
        const QList<StageDecision> elsewhere = {decision(id, Stage::Applied, Stage::Selected, other),
                                                decision(id, Stage::Selected, Stage::Confirmed, other),
                                                decision(id, Stage::Confirmed, Stage::WorkshopPassed, other)};
        reach.reachFrom(elsewhere, w);
        QVERIFY(!reach.selected && !reach.passed && !reach.accredited);
        reach.reachFrom(elsewhere, QUuid());
        QVERIFY(reach.selected && reach.passed && !reach.accredited);
    }

    void administrationsWrittenAlikeAreOneGroup()
    {
        CandidateReach a;
        a.administration = QStringLiteral("Japan Customs");
        CandidateReach b;
        b.administration = QStringLiteral(" japan  customs ");
        b.selected = true;
        CandidateReach c;  // none recorded
        const RoundSummary s = RoundSummary::of({a, b, c});
        QCOMPARE(s.byAdministration.size(), 2);
        QCOMPARE(s.byAdministration.at(0).label, QStringLiteral("Japan Customs"));
        QCOMPARE(s.byAdministration.at(0).counts, counts(2, 1, 0, 0));
        QCOMPARE(s.byAdministration.at(1).label, QStringLiteral("Not recorded"));
        QCOMPARE(s.byAdministration.at(1).key, QString());
        // No region recorded: a line of its own, after the six regions.
        QCOMPARE(s.byRegion.size(), 7);
        QCOMPARE(s.byRegion.last().counts, counts(3, 1, 0, 0));
        QCOMPARE(RoundSummary::dimensionFromKey(QStringLiteral(" Gender")), std::optional(SummaryDimension::Gender));
        QCOMPARE(RoundSummary::dimensionFromKey(QStringLiteral("country")), std::nullopt);
    }

    void theDemoFilesSummaryAgreesWithItsFunnel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.accred"));
        QVERIFY(DemoFile::create(path).ok());
        auto demo = Store::open(path, Store::Access::ReadOnly);
        QVERIFY(demo.ok());
        const auto funnel = demo.value()->decisions().funnel();
        QVERIFY(funnel.ok());
        for (const WorkshopFunnel& f : funnel.value()) {
            const auto s = demo.value()->assessment().roundSummary(f.workshopId);
            QVERIFY2(s.ok(), qPrintable(s.message()));
            // The demo reverses nothing: everyone who reached a stage still stands there.
            QCOMPARE(s.value().totals.passed, f.reached.value(Stage::WorkshopPassed));
            QCOMPARE(s.value().totals.accredited, f.reached.value(Stage::Accredited));
            QVERIFY(s.value().totals.applied >= f.candidates);
        }
        QVERIFY(demo.value()->assessment().roundSummary().value().totals.accredited > 0);
    }
};

AD_TEST_GUILESS_MAIN(TestWorkshopReports)
#include "TestWorkshopReports.moc"
