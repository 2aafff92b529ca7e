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

#include <QTemporaryDir>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestReviewerView)
#include "TestReviewerView.moc"
