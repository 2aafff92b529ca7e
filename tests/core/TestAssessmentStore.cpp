// SPDX-License-Identifier: GPL-3.0-or-later
// The assessment's reads: a workshop's applicants (seat holders and those decided about
// for it, never others) and their submitted ratings with each criterion's kind; drafts are
// never counted, and reading writes nothing. Then the whole chain on real data: ranking,
// statistics, agreement and the selection helper; last, the officer's consensus winning over
// the reviewers' mean in the values the ranking is made of.
#include "TestSupport.h"

#include "assessment/AssessmentRecords.h"
#include "store/AuditEntry.h"
#include "domain/CompetenceProfile.h"
#include "assessment/Ranking.h"
#include "assessment/ReviewerAgreement.h"
#include "assessment/ScoreStatistics.h"
#include "assessment/SelectionHelper.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/Assessment.h"
#include "assessment/SubmittedRating.h"
#include "assessment/WorkshopApplicant.h"
#include "domain/Workshop.h"
#include "TestMain.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestAssessmentStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QUuid m_workshop;

private slots:
    void initTestCase()
    {
        m_store = createStore(m_dir.filePath(QStringLiteral("assessment.accred")));
        QVERIFY(m_store);
        m_workshop = makeAssessedWorkshop(*m_store, m_dir.path());
        QVERIFY(!m_workshop.isNull());
    }

    void readsTheApplicantsOfAWorkshop()
    {
        const auto applicants = m_store->assessment().applicants(m_workshop);
        QVERIFY2(applicants.ok(), qPrintable(applicants.message()));
        QStringList names;
        for (const WorkshopApplicant& a : applicants.value()) {
            names.append(a.name);
            if (a.name.startsWith(QStringLiteral("Sato"))) {
                QCOMPARE(a.administration, QStringLiteral("Japan Customs"));
                QCOMPARE(a.gender, Gender::Female);
                QCOMPARE(a.region, std::optional<Region>(Region::AsiaPacific));
                QVERIFY(a.holdsSeat);
                QCOMPARE(a.stage, Stage::Applied);
            }
            if (a.name.startsWith(QStringLiteral("Flores"))) {
                QVERIFY(!a.holdsSeat);
                QCOMPARE(a.stage, Stage::Waitlisted);
            }
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Arai, Alex"), QStringLiteral("Flores, Alex"),
                                     QStringLiteral("Kamau, Alex"), QStringLiteral("Quispe, Alex"),
                                     QStringLiteral("Sato, Alex")}));  // not Outsider
        QVERIFY(m_store->assessment().applicants(QUuid::createUuid()).value().isEmpty());
    }

    void readsSubmittedRatingsWithTheirKinds()
    {
        const int auditBefore = int(m_store->auditTrail().value().size());
        const auto ratings = m_store->assessment().ratings(m_workshop);
        QVERIFY2(ratings.ok(), qPrintable(ratings.message()));
        // 5 applicants × the 31 items of their Stage 1 forms (the profile's) × 2 reviewers;
        // presentations is Stage 2's; Flores's draft and Outsider are not there.
        QCOMPARE(ratings.value().size(), 310);
        QHash<QString, std::optional<CriterionKind>> kinds;
        QSet<QString> reviewers;
        for (const SubmittedRating& r : ratings.value()) {
            kinds.insert(r.criterionKey, r.kind);
            reviewers.insert(r.reviewerName);
            QVERIFY(r.reviewerName != QStringLiteral("Ana Duarte"));  // her draft never counts
        }
        QCOMPARE(kinds.value(QStringLiteral("personal.interpersonal")), std::optional(CriterionKind::Counted));
        QCOMPARE(kinds.value(QStringLiteral("academic.postgraduate")), std::optional(CriterionKind::Advantage));
        QCOMPARE(kinds.value(QStringLiteral("career.customs_5_years")), std::optional(CriterionKind::Hard));
        // The workshop's own criterion is Stage 2's, with no kind (not in the profile).
        QVERIFY(!kinds.contains(QStringLiteral("workshop:presentations")));
        const auto stage2 = m_store->assessment().ratings(m_workshop, PipelineStep::Workshop);
        QVERIFY(stage2.ok());
        const auto presentations =
            std::find_if(stage2.value().cbegin(), stage2.value().cend(), [](const SubmittedRating& r) {
                return r.criterionKey == QLatin1String("workshop:presentations");
            });
        QVERIFY(presentations != stage2.value().cend());
        QVERIFY(!presentations->kind);
        QCOMPARE(reviewers, (QSet<QString>{QStringLiteral("Kenji Morita"), QStringLiteral("Lina Haddad")}));
        QCOMPARE(int(m_store->auditTrail().value().size()), auditBefore);  // reading wrote nothing
    }

    void theNumbersOnRealData()
    {
        const auto applicants = m_store->assessment().applicants(m_workshop).value();
        const auto ratings = m_store->assessment().ratings(m_workshop).value();
        const QList<RankedCandidate> ranked = Ranking::rank(applicants, Ranking::meansOfSubmitted(ratings), 3);
        QStringList order;
        QList<double> totals;
        for (const RankedCandidate& r : ranked) {
            order.append(r.applicant.name.section(QLatin1Char(','), 0, 0));
            totals.append(r.total);
        }
        QCOMPARE(order, (QStringList{QStringLiteral("Arai"), QStringLiteral("Sato"), QStringLiteral("Kamau"),
                                     QStringLiteral("Quispe"), QStringLiteral("Flores")}));
        QCOMPARE(totals, (QList<double>{10, 9, 8, 7, 2}));
        QVERIFY(ranked.at(2).withinSeats);
        QVERIFY(!ranked.at(3).withinSeats);

        int flagged = 0;
        for (const CriterionSummary& s : ScoreStatistics::byCandidateAndCriterion(ratings)) {
            flagged += s.ratings.reviewersDisagree ? 1 : 0;
        }
        QCOMPARE(flagged, 1);  // Quispe on wco.trips: 1 and 3

        QList<AgreementRating> all;
        for (const SubmittedRating& r : ratings) {
            all.append({QString(r.candidateId.toString() + r.criterionKey), r.reviewerId.toString(), double(r.rating)});
        }
        const auto alpha = ReviewerAgreement::krippendorffAlpha(all, AgreementMethod::KrippendorffAlphaInterval);
        QVERIFY2(alpha.ok(), qPrintable(alpha.message()));
        QCOMPARE(alpha.value().subjects, 155);  // 5 applicants × the 31 items of Stage 1
        QCOMPARE(alpha.value().raters, 2);

        QList<SelectionCandidate> pool;
        for (const RankedCandidate& r : ranked) {
            SelectionCandidate c;
            c.candidateId = r.applicant.candidateId;
            c.name = r.applicant.name;
            c.total = r.total;
            c.administration = r.applicant.administration;
            c.gender = r.applicant.gender;
            c.region = r.applicant.region;
            pool.append(c);
        }
        SelectionRules rules;
        rules.seats = 3;
        rules.maxPerAdministration = 1;
        rules.minPerGender.insert(Gender::Female, 1);
        const auto proposal = SelectionHelper::propose(pool, rules);
        QVERIFY(proposal.ok());
        QCOMPARE(proposal.value().total, 24.0);
    }

    // Runs last: it records a consensus, which the tests above must not see.
    void theRankingTakesTheConsensusOverTheMean()
    {
        QUuid quispe;
        for (const WorkshopApplicant& a : m_store->assessment().applicants(m_workshop).value()) {
            quispe = a.name.startsWith(QStringLiteral("Quispe")) ? a.candidateId : quispe;
        }
        QVERIFY(!quispe.isNull());
        const auto ranked = [this]() {
            const auto values = m_store->assessment().criterionValues(m_workshop);
            if (!values.ok()) {
                qWarning("%s", qPrintable(values.message()));  // the totals compared below then fail
                return QList<RankedCandidate>();
            }
            return Ranking::rank(m_store->assessment().applicants(m_workshop).value(), values.value(), 3);
        };
        const auto totalOf = [](const QList<RankedCandidate>& list, const QString& family) {
            for (const RankedCandidate& r : list) {
                if (r.applicant.name.startsWith(family)) {
                    return r;
                }
            }
            return RankedCandidate();
        };
        // Without a consensus the values are the means: Quispe 3 + (1 + 3) / 2 + 2 = 7.
        QCOMPARE(totalOf(ranked(), QStringLiteral("Quispe")).total, 7.0);

        // The officer settles wco.trips at 4: the consensus, not the mean 2, now counts.
        QVERIFY(m_store->assessment()
                    .recordConsensus({quispe,
                                      QStringLiteral("wco.trips"),
                                      1,
                                      4,
                                      QStringLiteral("Seen at the "
                                                     "interview"),
                                      {},
                                      {}})
                    .ok());
        // A consensus on a hard requirement gates and never ranks; one on a workshop's own
        // criterion belongs to Stage 2 and leaves the Stage 1 total alone.
        QVERIFY(m_store->assessment()
                    .recordConsensus({quispe, QStringLiteral("career.customs_5_years"), 1, 1, {}, {}, {}})
                    .ok());
        QVERIFY(m_store->assessment()
                    .recordConsensus(
                        {quispe, QStringLiteral("workshop:presentations"), 1, 4, {}, {}, {}, PipelineStep::Workshop})
                    .ok());

        const auto values = m_store->assessment().criterionValues(m_workshop);
        QVERIFY2(values.ok(), qPrintable(values.message()));
        int fromConsensus = 0;
        for (const CriterionValue& v : values.value()) {
            QVERIFY(v.kind != CriterionKind::Hard);
            QVERIFY(!v.criterionKey.startsWith(QStringLiteral("workshop")));
            if (v.fromConsensus) {
                ++fromConsensus;
                QCOMPARE(v.candidateId, quispe);
                QCOMPARE(v.criterionKey, QStringLiteral("wco.trips"));
                QCOMPARE(v.value, 4.0);
            }
        }
        QCOMPARE(fromConsensus, 1);
        // 5 applicants × (25 counted + 3 advantages), the hard requirements and the workshop's
        // own criteria left out.
        QCOMPARE(values.value().size(), 140);

        const QList<RankedCandidate> after = ranked();
        QCOMPARE(totalOf(after, QStringLiteral("Quispe")).total, 9.0);  // 3 + 4 + 2
        QVERIFY(totalOf(after, QStringLiteral("Quispe")).withinSeats);
        QVERIFY(!totalOf(after, QStringLiteral("Kamau")).withinSeats);  // 8: one seat short now
        QCOMPARE(totalOf(after, QStringLiteral("Arai")).total, 10.0);  // no consensus: still the mean
    }
    void countsTheScoresOfEachOwnCriterionAndKeepsItsDescription()
    {
        const QString folder = m_dir.filePath(QStringLiteral("counts"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/counts.accred");
        QUuid workshop;
        {
            auto store = createStore(path);
            QVERIFY(store);
            workshop = makeAssessedWorkshop(*store, folder);
            QVERIFY(!workshop.isNull());
        }
        // Flores's draft of wco.ipr_tools becomes one of "group_activities".
        QCOMPARE(runSql(path, {QStringLiteral("UPDATE score SET criterion_key = 'workshop:group_activities' "
                                              "WHERE criterion_key = 'wco.ipr_tools' AND reviewer_id = "
                                              "(SELECT id FROM person WHERE account = 'aduarte')")}),
                 QString());
        auto opened = Store::open(path, Store::Access::Edit);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        Store& store = *opened.value();
        const auto counts = store.workshops().criterionScoreCounts(workshop);
        QVERIFY2(counts.ok(), qPrintable(counts.message()));
        // 5 applicants × 2 reviewers (Outsider, in no workshop, is not counted); drafts count.
        QCOMPARE(counts.value().value(QStringLiteral("presentations")), 10);
        QCOMPARE(counts.value().value(QStringLiteral("group_activities")), 1);
        QVERIFY(!counts.value().contains(QStringLiteral("discussions")));
        QVERIFY(store.workshops().criterionScoreCounts(QUuid::createUuid()).value().isEmpty());

        // A description is kept with its criterion, and the audit entry shows it.
        QList<Criterion> criteria = store.workshops().criteria(workshop).value();
        QCOMPARE(criteria.size(), 3);
        QVERIFY(!criteria.at(0).description.isEmpty());  // a new workshop's start from the call's words
        criteria[0].description = QStringLiteral("  Listens, then builds on what others said. ");
        QVERIFY(store.workshops().setCriteria(workshop, criteria, store.workshops().criteria(workshop).value()).ok());
        QCOMPARE(store.workshops().criteria(workshop).value().at(0).description,
                 QStringLiteral("Listens, then builds on what others said."));
        const auto trail = store.auditTrail().value();
        QCOMPARE(trail.constLast().action, QStringLiteral("workshop.criteria"));
        QVERIFY(trail.constLast().newValue.contains(QStringLiteral("Listens, then builds")));
    }

    void aWorkshopsCriteriaAreChangedOnTopOfWhatAnotherSessionSaved()
    {
        // Two sessions of the officer (two windows, or a window and the command line).
        const QString path = m_dir.filePath(QStringLiteral("two-sessions.accred"));
        QUuid workshop;
        {
            auto store = createStore(path);
            QVERIFY(store);
            workshop = store->workshops().save(sampleWorkshop(QStringLiteral("Criteria workshop"))).value().meta.id;
        }
        auto first = Store::open(path, Store::Access::Edit);
        auto second = Store::open(path, Store::Access::Edit);
        QVERIFY(first.ok() && second.ok());
        const QList<Criterion> readByFirst = first.value()->workshops().criteria(workshop).value();
        QCOMPARE(readByFirst.size(), 3);

        // The second adds one; the first then saves the list it read before, with its own.
        QVERIFY(second.value()
                    ->workshops()
                    .changeCriteria(workshop,
                                    [](QList<Criterion>& criteria) {
                                        criteria.append({QStringLiteral("role_play"), QStringLiteral("Role play"),
                                                         CriterionKind::Counted});
                                        return Status::success();
                                    })
                    .ok());
        QList<Criterion> firstsEdit = readByFirst;
        firstsEdit.append({QStringLiteral("debate"), QStringLiteral("Debate"), CriterionKind::Counted});
        const qsizetype entries = first.value()->auditTrail().value().size();
        const Status stale = first.value()->workshops().setCriteria(workshop, firstsEdit, readByFirst);
        QCOMPARE(stale.code(), ErrorCode::Conflict);
        QCOMPARE(first.value()->auditTrail().value().size(), entries);  // refused: nothing written
        QCOMPARE(first.value()->workshops().criteria(workshop).value().size(), 4);

        // An edit applied inside the save keeps the other session's criterion.
        QVERIFY(
            first.value()
                ->workshops()
                .changeCriteria(
                    workshop,
                    [](QList<Criterion>& criteria) {
                        criteria.append({QStringLiteral("debate"), QStringLiteral("Debate"), CriterionKind::Counted});
                        return Status::success();
                    })
                .ok());
        QStringList keys;
        for (const Criterion& c : first.value()->workshops().criteria(workshop).value()) {
            keys.append(c.key);
        }
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("discussions"), QStringLiteral("group_activities"),
                              QStringLiteral("presentations"), QStringLiteral("role_play"), QStringLiteral("debate")}));
        // Its before-image is the list as the second session left it, read inside the save.
        const AuditEntry last = first.value()->auditTrail().value().constLast();
        QCOMPARE(last.action, QStringLiteral("workshop.criteria"));
        QVERIFY2(last.oldValue.contains(QStringLiteral("role_play")) &&
                     !last.oldValue.contains(QStringLiteral("debate")),
                 qPrintable(last.oldValue));
    }
};

AD_TEST_GUILESS_MAIN(TestAssessmentStore)
#include "TestAssessmentStore.moc"
