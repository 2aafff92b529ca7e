// SPDX-License-Identifier: GPL-3.0-or-later
// What a reviewer sees of the candidates (issue #16), read through the store as the window,
// the CLI, the exports and the print-outs read it: a reviewer assigned 2 of 5 candidates
// sees those 2, never their e-mail, phone or date of birth; with the file's "reviewers
// see: all candidates" they see all 5, still without contact details; in an anonymised
// round they see codes instead of names and administrations. The officer sees everything.
#include "TestSupport.h"

#include "assessment/CandidateDisclosure.h"
#include "domain/Candidate.h"
#include "domain/Person.h"
#include "domain/Pipeline.h"
#include "store/Assessment.h"
#include "store/CandidateFilter.h"
#include "store/CandidateSearch.h"
#include "store/Candidates.h"
#include "store/Decisions.h"
#include "store/FileSettings.h"
#include "store/People.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/AuditEntry.h"
#include "assessment/RoundSummary.h"
#include "assessment/WorkshopResults.h"
#include "demo/DemoFile.h"
#include "domain/Workshop.h"
#include "pool/AccreditedAdvisor.h"
#include "review/BulkScores.h"
#include "store/Pool.h"
#include "TestMain.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace TestSupport;

namespace {

const Actor kReviewer{QStringLiteral("rnovak"), QStringLiteral("laptop-3")};

}  // namespace

class TestReviewerView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    QList<QUuid> m_ids;  ///< Abara, Bianchi, Chen, Dlamini, Evans; the reviewer has Bianchi and Dlamini

    std::unique_ptr<Store> asReviewer()
    {
        auto opened = Store::open(m_file, Store::Access::ReadOnly, kReviewer);
        if (!opened.ok()) {
            qWarning("%s", qPrintable(opened.message()));
            return nullptr;
        }
        return std::move(opened.value());
    }

    std::unique_ptr<Store> asOfficer()
    {
        auto opened = Store::open(m_file, Store::Access::Edit);
        if (!opened.ok()) {
            qWarning("%s", qPrintable(opened.message()));
            return nullptr;
        }
        return std::move(opened.value());
    }

    bool setReviewing(ReviewerScope scope, const QSet<PipelineStep>& rounds)
    {
        auto officer = asOfficer();
        if (!officer) {
            return false;
        }
        const FileSettings::Values read = officer->settings().values();
        FileSettings::Values wanted = read;
        wanted.reviewersSee = scope;
        wanted.anonymisedRounds = rounds;
        const Status saved = officer->settings().update(read, wanted);
        if (!saved.ok()) {
            qWarning("%s", qPrintable(saved.message()));
        }
        return saved.ok();
    }

    // The demo file, with a reviewer assigned an advisor of the pool, one still to be told of
    // a decision and one who took part in the Kashiwa workshop (its Stage 2 results).
    QString m_demo;
    QList<Candidate> m_demoTheirs;  ///< as the officer reads them
    QList<Candidate> m_demoOthers;  ///< the demo's other candidates, as the officer reads them
    QUuid m_kashiwa;

    std::unique_ptr<Store> openDemo(const Actor& actor, Store::Access access = Store::Access::ReadOnly)
    {
        auto opened = Store::open(m_demo, access, actor);
        if (!opened.ok()) {
            qWarning("%s", qPrintable(opened.message()));
            return nullptr;
        }
        return std::move(opened.value());
    }

    bool setDemoReviewing(const QSet<PipelineStep>& rounds)
    {
        auto officer = openDemo(Actor::current(), Store::Access::Edit);
        if (!officer) {
            return false;
        }
        const FileSettings::Values read = officer->settings().values();
        FileSettings::Values wanted = read;
        wanted.reviewersSee = ReviewerScope::Assigned;
        wanted.anonymisedRounds = rounds;
        return officer->settings().update(read, wanted).ok();
    }

    /// Whether `text` names any of the demo's candidates the reviewer may not see by name:
    /// the others always, theirs when `theirsToo`; or any e-mail of the file.
    QString leakIn(const QString& text, bool theirsToo) const
    {
        for (const Candidate& c : m_demoOthers + (theirsToo ? m_demoTheirs : QList<Candidate>())) {
            if (text.contains(c.familyName)) {
                return c.familyName;
            }
        }
        for (const Candidate& c : m_demoOthers + m_demoTheirs) {
            if (!c.email.isEmpty() && text.contains(c.email)) {
                return c.email;
            }
        }
        return {};
    }

    void initDemo()
    {
        if (!m_demo.isEmpty()) {
            return;
        }
        m_demo = m_dir.filePath(QStringLiteral("demo.accred"));
        QVERIFY(DemoFile::create(m_demo).ok());
        auto officer = openDemo(Actor::current(), Store::Access::Edit);
        QVERIFY(officer);
        for (const Workshop& w : officer->workshops().all().value()) {
            if (w.title.contains(QStringLiteral("Kashiwa"))) {
                m_kashiwa = w.meta.id;
            }
        }
        QVERIFY(!m_kashiwa.isNull());
        const auto pending = officer->decisions().toInform();
        const auto pool = officer->pool().advisors();
        const auto results = officer->assessment().workshopResults(m_kashiwa);
        QVERIFY(pending.ok() && !pending.value().isEmpty());
        QVERIFY(pool.ok() && !pool.value().isEmpty());
        QVERIFY(results.ok() && !results.value().participants.isEmpty());
        QSet<QUuid> theirs{pending.value().constFirst().candidateId, pool.value().constFirst().candidate.meta.id};
        for (const ParticipantResult& p : results.value().participants) {
            if (!theirs.contains(p.candidateId) && theirs.size() < 3) {
                theirs.insert(p.candidateId);
            }
        }
        QCOMPARE(theirs.size(), 3);
        Person reviewer;
        reviewer.name = QStringLiteral("Radek Novak");
        reviewer.account = kReviewer.person;
        reviewer.role = PersonRole::Reviewer;
        reviewer.administration = QStringLiteral("Nowhere Customs");
        const auto person = officer->people().save(reviewer);
        QVERIFY2(person.ok(), qPrintable(person.message()));
        for (const QUuid& id : std::as_const(theirs)) {
            const Status assigned = officer->assessment().assignReviewer(id, person.value().meta.id);
            QVERIFY2(assigned.ok(), qPrintable(assigned.message()));
        }
        for (const Candidate& c : officer->candidates().all().value()) {
            (theirs.contains(c.meta.id) ? m_demoTheirs : m_demoOthers).append(c);
        }
        // Every family name stands out in a text (none is a word of another).
        for (const Candidate& c : std::as_const(m_demoTheirs)) {
            QVERIFY(c.familyName.size() >= 4);
        }
        m_demoOthers.removeIf([](const Candidate& c) { return c.familyName.size() < 4; });
    }

    static QStringList namesOf(const QList<Candidate>& list)
    {
        QStringList names;
        for (const Candidate& c : list) {
            names.append(c.familyName);
        }
        return names;
    }

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("reviewing.accred"));
        auto store = createStore(m_file);
        QVERIFY(store);
        int n = 0;
        for (const char* family : {"Abara", "Bianchi", "Chen", "Dlamini", "Evans"}) {
            Candidate c = sampleCandidate(QString::fromLatin1(family));
            c.administration = QStringLiteral("%1 Customs Service").arg(QString::fromLatin1(family));
            c.email = QStringLiteral("%1@customs.example").arg(QString::fromLatin1(family).toLower());
            c.phone = QStringLiteral("+32 2 555 01 0%1").arg(++n);
            c.dateOfBirth = QDate(1980, 1, n);
            c.position = QStringLiteral("Head of the %1 IPR unit").arg(QString::fromLatin1(family));
            c.iprExperience =
                QStringLiteral("Led %1's border enforcement for %1 Customs Service").arg(QString::fromLatin1(family));
            const auto saved = store->candidates().save(c);
            QVERIFY2(saved.ok(), qPrintable(saved.message()));
            m_ids.append(saved.value().meta.id);
        }
        Person reviewer;
        reviewer.name = QStringLiteral("Radek Novak");
        reviewer.account = kReviewer.person;
        reviewer.role = PersonRole::Reviewer;
        reviewer.administration = QStringLiteral("Czech Customs");
        const auto person = store->people().save(reviewer);
        QVERIFY2(person.ok(), qPrintable(person.message()));
        QVERIFY(store->assessment().assignReviewer(m_ids.at(1), person.value().meta.id).ok());
        QVERIFY(store->assessment().assignReviewer(m_ids.at(3), person.value().meta.id).ok());
    }

    void init() { QVERIFY(setReviewing(ReviewerScope::Assigned, {})); }

    void toInformPoolResultsAndSummaryHoldOnlyWhatAReviewerSees()
    {
        initDemo();
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(setDemoReviewing({}));
        auto reviewer = openDemo(kReviewer);
        QVERIFY(reviewer);
        QCOMPARE(reviewer->role(), PersonRole::Reviewer);
        const QSet<QUuid> theirs = [&] {
            QSet<QUuid> ids;
            for (const Candidate& c : std::as_const(m_demoTheirs)) {
                ids.insert(c.meta.id);
            }
            return ids;
        }();
        // To inform: their candidate only.
        const auto pending = reviewer->decisions().toInform();
        QVERIFY2(pending.ok(), qPrintable(pending.message()));
        QVERIFY(!pending.value().isEmpty());
        for (const PendingInforming& p : pending.value()) {
            QVERIFY2(theirs.contains(p.candidateId), qPrintable(p.candidateName));
        }
        // The pool: read at all (an advisor not theirs made it fail), theirs only, no contacts.
        const auto pool = reviewer->pool().advisors();
        QVERIFY2(pool.ok(), qPrintable(pool.message()));
        QCOMPARE(pool.value().size(), 1);
        QVERIFY(theirs.contains(pool.value().constFirst().candidate.meta.id));
        QVERIFY(pool.value().constFirst().candidate.email.isEmpty());
        // The results: their participants only.
        const auto results = reviewer->assessment().workshopResults(m_kashiwa);
        QVERIFY2(results.ok(), qPrintable(results.message()));
        QVERIFY(!results.value().participants.isEmpty());
        for (const ParticipantResult& p : results.value().participants) {
            QVERIFY2(theirs.contains(p.candidateId), qPrintable(p.name));
        }
        // The summary counts the candidates they see, of the file and of a workshop.
        const auto summary = reviewer->assessment().roundSummary();
        QVERIFY2(summary.ok(), qPrintable(summary.message()));
        const int shownCount = int(std::count_if(m_demoTheirs.cbegin(), m_demoTheirs.cend(),
                                                 [](const Candidate& c) { return !c.isArchived(); }));
        QCOMPARE(summary.value().totals.applied, shownCount);
        auto officer = openDemo(Actor::current());
        QVERIFY(officer->assessment().roundSummary().value().totals.applied > 3);
        QVERIFY(officer->pool().advisors().value().size() > 1);
    }

    void anAnonymisedRoundHidesNamesInToInformPoolResultsSummaryAndHistory()
    {
        initDemo();
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(setDemoReviewing({PipelineStep::Selection, PipelineStep::Workshop, PipelineStep::FieldAssessment}));
        auto reviewer = openDemo(kReviewer);
        QVERIFY(reviewer);
        for (const PendingInforming& p : reviewer->decisions().toInform().value()) {
            QCOMPARE(p.candidateName, CandidateDisclosure::codeOf(p.candidateId));
        }
        const auto pool = reviewer->pool().advisors();
        QVERIFY2(pool.ok(), qPrintable(pool.message()));
        for (const AccreditedAdvisor& a : pool.value()) {
            QCOMPARE(a.candidate.familyName, CandidateDisclosure::codeOf(a.candidate.meta.id));
        }
        for (const ParticipantResult& p : reviewer->assessment().workshopResults(m_kashiwa).value().participants) {
            QCOMPARE(p.name, CandidateDisclosure::codeOf(p.candidateId));
        }
        // The summary's administrations do not name theirs: a group of one would tell.
        const auto summary = reviewer->assessment().roundSummary();
        QVERIFY(summary.ok());
        for (const SummaryGroup& g : summary.value().byAdministration) {
            for (const Candidate& c : std::as_const(m_demoTheirs)) {
                QVERIFY2(g.label != c.administration, qPrintable(g.label));
            }
        }
        const auto ofWorkshop = reviewer->assessment().roundSummary(m_kashiwa);
        QVERIFY(ofWorkshop.ok());
        for (const SummaryGroup& g : ofWorkshop.value().byAdministration) {
            for (const Candidate& c : std::as_const(m_demoTheirs)) {
                QVERIFY2(g.label != c.administration, qPrintable(g.label));
            }
        }
        // The history: neither their names nor anyone's e-mail, in any entry's values.
        const auto trail = reviewer->auditTrail();
        QVERIFY2(trail.ok(), qPrintable(trail.message()));
        QVERIFY(!trail.value().isEmpty());
        bool coded = false;
        for (const AuditEntry& e : trail.value()) {
            const QString values = e.oldValue + e.newValue;
            const QString leak = leakIn(values, true);
            QVERIFY2(leak.isEmpty(),
                     qPrintable(leak + QStringLiteral(" in ") + e.action + QStringLiteral(": ") + values));
            coded = coded || values.contains(CandidateDisclosure::codeOf(m_demoTheirs.constFirst().meta.id));
        }
        QVERIFY(coded);  // their records' entries are there, under the code
        for (const Candidate& c : std::as_const(m_demoTheirs)) {
            for (const AuditEntry& e : reviewer->auditTrail(c.meta.id).value()) {
                QVERIFY2(!QString(e.oldValue + e.newValue).contains(c.familyName), qPrintable(e.newValue));
            }
        }
        // The officer's trail names them.
        auto officer = openDemo(Actor::current());
        bool named = false;
        for (const AuditEntry& e : officer->auditTrail(m_demoTheirs.constFirst().meta.id).value()) {
            named = named || e.newValue.contains(m_demoTheirs.constFirst().familyName);
        }
        QVERIFY(named);
    }

    void aReviewerIsToldOfNoPossibleDuplicate()
    {
        // The same e-mail as Abara's (not theirs) and as Bianchi's (theirs): which records
        // match would tell a reviewer names and contact details they may not read.
        Candidate typed = sampleCandidate(QStringLiteral("Abara"));
        typed.email = QStringLiteral("abara@customs.example");
        auto officer = asOfficer();
        QVERIFY(!officer->candidates().possibleDuplicates(typed).value().isEmpty());
        auto reviewer = asReviewer();
        QVERIFY(reviewer);
        const auto matches = reviewer->candidates().possibleDuplicates(typed);
        QVERIFY(matches.ok());
        QVERIFY(matches.value().isEmpty());
        typed = sampleCandidate(QStringLiteral("Bianchi"));
        typed.email = QStringLiteral("bianchi@customs.example");
        QVERIFY(reviewer->candidates().possibleDuplicates(typed).value().isEmpty());
    }

    void aSearchCountsNoHiddenFieldTowardsItsWords()
    {
        // Bianchi's e-mail with a word of her experience: every word is in her record, but one
        // only in a field hidden from the reviewer.
        auto reviewer = asReviewer();
        QVERIFY(reviewer);
        QVERIFY(reviewer->search().find(QStringLiteral("bianchi@customs.example enforcement")).value().isEmpty());
        QVERIFY(reviewer->search().find(QStringLiteral("customs.example border")).value().isEmpty());
        QVERIFY(!reviewer->search().find(QStringLiteral("border enforcement")).value().isEmpty());
        // The register's list when searching in documents, the same.
        CandidateFilter inDocuments;
        inDocuments.inDocuments = true;
        inDocuments.text = QStringLiteral("bianchi@customs.example enforcement");
        QVERIFY(reviewer->candidates().find(inDocuments).value().isEmpty());
        inDocuments.text = QStringLiteral("border enforcement");
        QCOMPARE(reviewer->candidates().find(inDocuments).value().size(), 2);
        auto officer = asOfficer();
        inDocuments.text = QStringLiteral("bianchi@customs.example enforcement");
        QCOMPARE(officer->candidates().find(inDocuments).value().size(), 1);
        QVERIFY(!officer->search().find(QStringLiteral("bianchi@customs.example enforcement")).value().isEmpty());
    }

    void aSearchForAHiddenNameDoesNotTellWhichCodeItIs()
    {
        QVERIFY(setReviewing(ReviewerScope::Assigned, {PipelineStep::Selection}));
        auto reviewer = asReviewer();
        QVERIFY(reviewer);
        // Her name is in her experience as written; the reviewer reads it replaced by her code.
        for (const QString& typed : {QStringLiteral("Bianchi"), QStringLiteral("Bianchi enforcement"),
                                     QStringLiteral("Bianchi Customs Service")}) {
            const auto hits = reviewer->search().find(typed);
            QVERIFY2(hits.ok(), qPrintable(hits.message()));
            QVERIFY2(hits.value().isEmpty(),
                     qPrintable(typed + QStringLiteral(": ") +
                                (hits.value().isEmpty() ? QString() : hits.value().constFirst().candidateName)));
        }
        CandidateFilter inDocuments;
        inDocuments.inDocuments = true;
        inDocuments.text = QStringLiteral("Bianchi enforcement");
        QVERIFY(reviewer->candidates().find(inDocuments).value().isEmpty());
        // What the reviewer reads still finds her, under her code.
        const auto shown = reviewer->search().find(QStringLiteral("border enforcement"));
        QVERIFY(!shown.value().isEmpty());
        QCOMPARE(shown.value().constFirst().candidateName.left(2), QStringLiteral("C-"));
        auto officer = asOfficer();
        QVERIFY(!officer->search().find(QStringLiteral("Bianchi enforcement")).value().isEmpty());
    }

    void aKnownRoundIsAnonymisedAsThatRoundIsNotAsTheStageIs()
    {
        initDemo();
        if (QTest::currentTestFailed()) {
            return;
        }
        // Stage 1 anonymised only: the reviewer's Kashiwa participants stand in Stage 2 or 3 now.
        QVERIFY(setDemoReviewing({PipelineStep::Selection}));
        auto reviewer = openDemo(kReviewer);
        QVERIFY(reviewer);
        const auto later = std::find_if(m_demoTheirs.cbegin(), m_demoTheirs.cend(), [](const Candidate& c) {
            const auto round = CandidateDisclosure::roundOf(c.stage);
            return round && *round != PipelineStep::Selection;
        });
        QVERIFY(later != m_demoTheirs.cend());
        const Candidate& theirs = *later;
        QCOMPARE(reviewer->candidates().byId(theirs.meta.id).value().familyName, theirs.familyName);
        QCOMPARE(reviewer->candidates().byIdIn(theirs.meta.id, PipelineStep::Selection).value().familyName,
                 CandidateDisclosure::codeOf(theirs.meta.id));
        QCOMPARE(reviewer->candidates().byIdIn(theirs.meta.id, PipelineStep::Workshop).value().familyName,
                 theirs.familyName);
        for (const Candidate& c : reviewer->candidates().allIn(PipelineStep::Selection).value()) {
            QCOMPARE(c.familyName, CandidateDisclosure::codeOf(c.meta.id));
        }
        // The Stage 1 sheet (the grid, scores-template) of a workshop they applied to: codes.
        const auto sheet = BulkScores::sheet(*reviewer, m_kashiwa, nullptr, PipelineStep::Selection);
        QVERIFY2(sheet.ok(), qPrintable(sheet.message()));
        QVERIFY(!sheet.value().candidates.isEmpty());
        for (const SheetCandidate& c : sheet.value().candidates) {
            QCOMPARE(c.name, CandidateDisclosure::codeOf(c.id));
        }
        // Stage 2's results are not anonymised: names.
        for (const ParticipantResult& p : reviewer->assessment().workshopResults(m_kashiwa).value().participants) {
            QVERIFY2(!p.name.startsWith(QStringLiteral("C-")), qPrintable(p.name));
        }
        // The officer is never anonymised.
        auto officer = openDemo(Actor::current());
        QCOMPARE(officer->candidates().byIdIn(theirs.meta.id, PipelineStep::Selection).value().familyName,
                 theirs.familyName);
        // And the other way round: Stage 2 anonymised only, the Stage 2 results carry codes.
        QVERIFY(setDemoReviewing({PipelineStep::Workshop}));
        auto again = openDemo(kReviewer);
        for (const ParticipantResult& p : again->assessment().workshopResults(m_kashiwa).value().participants) {
            QCOMPARE(p.name, CandidateDisclosure::codeOf(p.candidateId));
        }
    }

    void aReviewerListsOnlyTheirAssignedCandidates()
    {
        auto reviewer = asReviewer();
        QVERIFY(reviewer);
        QCOMPARE(reviewer->role(), PersonRole::Reviewer);
        QCOMPARE(namesOf(reviewer->candidates().all().value()),
                 (QStringList{QStringLiteral("Bianchi"), QStringLiteral("Dlamini")}));
        QCOMPARE(namesOf(reviewer->candidates().find(QString()).value()),
                 (QStringList{QStringLiteral("Bianchi"), QStringLiteral("Dlamini")}));
        CandidateFilter listed;
        listed.listedFieldsOnly = true;  // the window's register reads this way
        QCOMPARE(reviewer->candidates().find(listed).value().size(), 2);
        QCOMPARE(reviewer->candidates().count().value(), 2);
        QCOMPARE(reviewer->decisions().cards().value().size(), 2);  // the board and the counts made of it
        // Someone not theirs is not in the file, as far as the reviewer can tell.
        const auto other = reviewer->candidates().byId(m_ids.at(0));
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, ErrorCode::NotFound);
        QVERIFY(reviewer->candidates().byId(m_ids.at(1)).ok());
        // The officer still sees all five.
        auto officer = asOfficer();
        QCOMPARE(officer->candidates().all().value().size(), 5);
        QCOMPARE(officer->decisions().cards().value().size(), 5);
    }

    void aReviewerNeverReadsContactDetailsOrTheDateOfBirth()
    {
        auto reviewer = asReviewer();
        QVERIFY(reviewer);
        const Candidate bianchi = reviewer->candidates().byId(m_ids.at(1)).value();
        QCOMPARE(bianchi.familyName, QStringLiteral("Bianchi"));
        QCOMPARE(bianchi.administration, QStringLiteral("Bianchi Customs Service"));
        QCOMPARE(bianchi.yearsInCustoms, 8);  // what the criteria need stays
        QVERIFY(bianchi.email.isEmpty());
        QVERIFY(bianchi.phone.isEmpty());
        QVERIFY(!bianchi.dateOfBirth.isValid());
        for (const Candidate& c : reviewer->candidates().all().value()) {
            QVERIFY(c.email.isEmpty() && c.phone.isEmpty() && !c.dateOfBirth.isValid());
        }
        // Not even found by them.
        QVERIFY(reviewer->candidates().find(QStringLiteral("bianchi@customs")).value().isEmpty());
        QVERIFY(reviewer->search().find(QStringLiteral("bianchi@customs.example")).value().isEmpty());
        auto officer = asOfficer();
        const Candidate full = officer->candidates().byId(m_ids.at(1)).value();
        QCOMPARE(full.email, QStringLiteral("bianchi@customs.example"));
        QVERIFY(full.dateOfBirth.isValid());
        QCOMPARE(officer->search().find(QStringLiteral("bianchi@customs.example")).value().size(), 1);
    }

    void theHistoryShowsAReviewerNeitherOthersNorContactDetails()
    {
        auto reviewer = asReviewer();
        QVERIFY(reviewer);
        const auto trail = reviewer->auditTrail().value();
        QVERIFY(!trail.isEmpty());
        bool aboutBianchi = false;
        for (const AuditEntry& e : trail) {
            const QString values = e.oldValue + e.newValue;
            QVERIFY2(!values.contains(QStringLiteral("@customs.example")), qPrintable(values));
            QVERIFY2(!values.contains(QStringLiteral("1980-01")), qPrintable(values));
            QVERIFY2(!values.contains(QStringLiteral("Abara")), qPrintable(values));
            aboutBianchi = aboutBianchi || values.contains(QStringLiteral("Bianchi"));
        }
        QVERIFY(aboutBianchi);
        auto officer = asOfficer();
        bool officerSeesMail = false;
        for (const AuditEntry& e : officer->auditTrail().value()) {
            officerSeesMail = officerSeesMail || e.newValue.contains(QStringLiteral("abara@customs.example"));
        }
        QVERIFY(officerSeesMail);
    }

    void theOfficerMayLetReviewersSeeEveryCandidateStillWithoutContactDetails()
    {
        QVERIFY(setReviewing(ReviewerScope::All, {}));
        auto reviewer = asReviewer();
        QVERIFY(reviewer);
        const auto all = reviewer->candidates().all().value();
        QCOMPARE(all.size(), 5);
        for (const Candidate& c : all) {
            QVERIFY(c.email.isEmpty() && c.phone.isEmpty() && !c.dateOfBirth.isValid());
        }
        QVERIFY(reviewer->candidates().byId(m_ids.at(0)).ok());
    }

    void anAnonymisedRoundShowsCodesInsteadOfNamesAndAdministrations()
    {
        QVERIFY(setReviewing(ReviewerScope::Assigned, {PipelineStep::Selection}));
        auto reviewer = asReviewer();
        QVERIFY(reviewer);
        const QString code = CandidateDisclosure::codeOf(m_ids.at(1));
        const Candidate bianchi = reviewer->candidates().byId(m_ids.at(1)).value();
        QCOMPARE(bianchi.familyName, code);
        QVERIFY(bianchi.givenNames.isEmpty());
        QVERIFY(bianchi.administration.isEmpty());
        QVERIFY(bianchi.nationality.isEmpty());
        QVERIFY(bianchi.position.isEmpty());
        QVERIFY2(!bianchi.iprExperience.contains(QStringLiteral("Bianchi")), qPrintable(bianchi.iprExperience));
        QVERIFY(bianchi.iprExperience.contains(QStringLiteral("border enforcement")));
        for (const Candidate& c : reviewer->candidates().all().value()) {
            QVERIFY(c.familyName.startsWith(QStringLiteral("C-")));
        }
        for (const PipelineCard& card : reviewer->decisions().cards().value()) {
            QVERIFY(card.name.startsWith(QStringLiteral("C-")));
            QVERIFY(card.administration.isEmpty());
        }
        // Neither found by their name, nor shown by it in a search.
        QVERIFY(reviewer->candidates().find(QStringLiteral("Bianchi")).value().isEmpty());
        for (const SearchHit& hit : reviewer->search().find(QStringLiteral("Bianchi")).value()) {
            QVERIFY2(!hit.candidateName.contains(QStringLiteral("Bianchi")) &&
                         !hit.snippet.contains(QStringLiteral("Bianchi")),
                     qPrintable(hit.candidateName + QStringLiteral(": ") + hit.snippet));
        }
        // The officer sees the names.
        auto officer = asOfficer();
        QCOMPARE(officer->candidates().byId(m_ids.at(1)).value().familyName, QStringLiteral("Bianchi"));
    }

    void anotherRoundsAnonymityLeavesTheNamesShown()
    {
        // Everyone here applied: their round is Stage 1, so anonymising Stage 2 hides nothing.
        QVERIFY(setReviewing(ReviewerScope::Assigned, {PipelineStep::Workshop}));
        auto reviewer = asReviewer();
        QVERIFY(reviewer);
        QCOMPARE(reviewer->candidates().byId(m_ids.at(1)).value().familyName, QStringLiteral("Bianchi"));
        QCOMPARE(CandidateDisclosure::roundOf(Stage::Applied), std::optional(PipelineStep::Selection));
        QCOMPARE(CandidateDisclosure::roundOf(Stage::Confirmed), std::optional(PipelineStep::Workshop));
        QCOMPARE(CandidateDisclosure::roundOf(Stage::WorkshopPassed), std::optional(PipelineStep::FieldAssessment));
        QVERIFY(!CandidateDisclosure::roundOf(Stage::Withdrawn));
    }

    void theTwoSettingsAreOneAuditedUnitAndKeepTheirKeys()
    {
        auto officer = asOfficer();
        QVERIFY(officer);
        const int before = int(officer->auditTrail().value().size());
        const FileSettings::Values read = officer->settings().values();
        FileSettings::Values wanted = read;
        wanted.reviewersSee = ReviewerScope::All;
        wanted.anonymisedRounds = {PipelineStep::Selection, PipelineStep::FieldAssessment};
        QVERIFY(officer->settings().update(read, wanted).ok());
        const auto trail = officer->auditTrail().value();
        QCOMPARE(int(trail.size()), before + 1);
        QCOMPARE(trail.constLast().action, QStringLiteral("settings.update"));
        QVERIFY(trail.constLast().newValue.contains(QStringLiteral("selection,field_assessment")));
        QCOMPARE(officer->settings().reviewersSee(), ReviewerScope::All);
        QCOMPARE(officer->settings().anonymisedRounds(),
                 (QSet<PipelineStep>{PipelineStep::Selection, PipelineStep::FieldAssessment}));
        // The same values again write nothing.
        QVERIFY(officer->settings().update(wanted, wanted).ok());
        QCOMPARE(int(officer->auditTrail().value().size()), before + 1);
        // Saved by someone else meanwhile: refused whole.
        FileSettings::Values stale = read;
        stale.anonymisedRounds = {PipelineStep::Workshop};
        const Status refused = officer->settings().update(read, stale);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QCOMPARE(officer->settings().anonymisedRounds(),
                 (QSet<PipelineStep>{PipelineStep::Selection, PipelineStep::FieldAssessment}));
        QCOMPARE(CandidateDisclosure::roundsFromKey(QStringLiteral("none")), std::optional(QSet<PipelineStep>()));
        QVERIFY(!CandidateDisclosure::roundsFromKey(QStringLiteral("selection,stage9")));
    }
};

AD_TEST_GUILESS_MAIN(TestReviewerView)
#include "TestReviewerView.moc"
