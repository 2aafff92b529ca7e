// SPDX-License-Identifier: GPL-3.0-or-later
// A review file edited by hand, as a tamperer (or a laptop with a wrong clock) would: each
// case edits the file with SQL behind the application's back and imports it. The import
// checks every row against the shared file's rules as if the reviewer had typed it in,
// names the row and the reason when it refuses, and then imports nothing at all.
#include "TestSupport.h"

#include "store/Actor.h"
#include "assessment/AssessmentRecords.h"
#include "store/AuditEntry.h"
#include "domain/Candidate.h"
#include "domain/Person.h"
#include "store/ReviewFile.h"
#include "review/ReviewerWork.h"
#include "domain/Score.h"
#include "assessment/ScoringForm.h"
#include "store/Store.h"
#include "store/People.h"
#include "store/Candidates.h"
#include "store/Workshops.h"
#include "store/Assessment.h"
#include "domain/Workshop.h"
#include "TestMain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const Actor kOfficer{QStringLiteral("aofficer"), QStringLiteral("pc-1"), QStringLiteral("aofficer")};
const Actor kAna{QStringLiteral("ana"), QStringLiteral("laptop-1"), QStringLiteral("ana")};
const Actor kBen{QStringLiteral("ben"), QStringLiteral("laptop-2"), QStringLiteral("ben")};

Person reviewer(const QString& name, const Actor& actor)
{
    Person p;
    p.name = name;
    p.account = actor.person;
    p.role = PersonRole::Reviewer;
    p.administration = QStringLiteral("WCO Secretariat");
    return p;
}

QString id(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

}  // namespace

class TestReviewImportHostile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_path;
    QUuid m_sato;
    QUuid m_diallo;
    QUuid m_ana;
    QUuid m_ben;

    /// A workshop with Sato and Diallo holding seats; Ana reviews both, Ben Diallo only.
    void makeFile()
    {
        const QString folder = m_dir.filePath(QStringLiteral("f%1").arg(++m_files));
        QDir().mkpath(folder);
        m_path = folder + QStringLiteral("/shared.accred");
        auto store = Store::create(m_path, kOfficer);
        QVERIFY2(store.ok(), qPrintable(store.message()));
        auto& s = *store.value();
        const QUuid workshop = s.workshops().save(sampleWorkshop(QStringLiteral("Kashiwa"))).value().meta.id;
        m_sato = s.candidates().save(sampleCandidate(QStringLiteral("Sato"))).value().meta.id;
        m_diallo = s.candidates().save(sampleCandidate(QStringLiteral("Diallo"))).value().meta.id;
        QVERIFY(s.workshops().enrol(m_sato, workshop).ok());
        QVERIFY(s.workshops().enrol(m_diallo, workshop).ok());
        m_ana = s.people().save(reviewer(QStringLiteral("Ana Reviewer"), kAna)).value().meta.id;
        m_ben = s.people().save(reviewer(QStringLiteral("Ben Reviewer"), kBen)).value().meta.id;
        QVERIFY(s.assessment().assignReviewer(m_sato, m_ana).ok());
        QVERIFY(s.assessment().assignReviewer(m_diallo, m_ana).ok());
        QVERIFY(s.assessment().assignReviewer(m_diallo, m_ben).ok());
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

    QString reviewPath(const Actor& actor) const { return ReviewerWork::defaultReviewPath(m_path, actor.person); }

    /// The reviewer's draft of one item of the candidate's form, saved through their own
    /// commands' rules.
    void draft(const Actor& actor, const QUuid& candidate, const QString& key, int rating)
    {
        auto store = open(actor);
        QVERIFY(store);
        auto review = ReviewerWork::openOwn(*store, reviewPath(actor));
        QVERIFY2(review.ok(), qPrintable(review.message()));
        const auto saved =
            ReviewerWork::saveDraft(*store, *review.value(), candidate, PipelineStep::Selection, key, rating, {}, {});
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
    }

    /// Rates every item of the form and submits it.
    void submitWhole(const Actor& actor, const QUuid& candidate, int rating)
    {
        auto store = open(actor);
        QVERIFY(store);
        auto review = ReviewerWork::openOwn(*store, reviewPath(actor));
        QVERIFY2(review.ok(), qPrintable(review.message()));
        const ScoringForm form = store->assessment().scoringForm(candidate).value();
        for (const FormSection& section : form.sections) {
            for (const FormCriterion& c : section.criteria) {
                const auto saved = ReviewerWork::saveDraft(*store, *review.value(), candidate, PipelineStep::Selection,
                                                           c.key, c.kind == CriterionKind::Hard ? 1 : rating, {}, {});
                QVERIFY2(saved.ok(), qPrintable(saved.message()));
            }
        }
        QVERIFY(ReviewerWork::submit(*store, *review.value(), candidate, PipelineStep::Selection).ok());
    }

    Result<ReviewImport> import(const QString& path)
    {
        auto officer = open(kOfficer, Store::Access::Edit);
        if (!officer) {
            return Result<ReviewImport>::failure(ErrorCode::Internal, QStringLiteral("cannot open"));
        }
        return officer->assessment().importReview(path);
    }

    int storedScores() { return int(open(kOfficer)->assessment().scores().value().size()); }

    /// Imports `path`, expects a refusal whose message holds every one of `words`, and
    /// that nothing reached the shared file.
    void expectRefused(const QString& path, const QStringList& words)
    {
        const int scores = storedScores();
        auto officer = open(kOfficer, Store::Access::Edit);
        QVERIFY(officer);
        // Counted within the officer's session: opening and closing it are not the import's.
        const int entries = int(officer->auditTrail().value().size());
        const auto imported = officer->assessment().importReview(path);
        const int after = int(officer->auditTrail().value().size());
        officer.reset();
        QVERIFY2(!imported.ok(), "the tampered review file was imported");
        QCOMPARE(imported.code(), ErrorCode::Refused);
        for (const QString& word : words) {
            QVERIFY2(imported.message().contains(word), qPrintable(imported.message()));
        }
        QVERIFY2(imported.message().contains(QStringLiteral("Nothing was imported")), qPrintable(imported.message()));
        QCOMPARE(storedScores(), scores);
        QCOMPARE(after, entries);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aScoreForACandidateNotAssignedIsRefused()
    {
        makeFile();
        draft(kBen, m_diallo, QStringLiteral("personal.interpersonal"), 3);
        // Ben copies his row to Sato, whom he does not review.
        QCOMPARE(runSql(reviewPath(kBen),
                        {QStringLiteral(
                             "INSERT INTO score SELECT 'forged-row', '%1', round, criterion_key, profile_version, "
                             "rating, comment, evidence, submitted_at, updated_at, row_version, "
                             "modified_at, modified_by FROM score")
                             .arg(id(m_sato))}),
                 QString());
        expectRefused(reviewPath(kBen), {QStringLiteral("Sato"), QStringLiteral("personal.interpersonal"),
                                         QStringLiteral("not assigned")});
    }

    void anUnknownCriterionIsRefused()
    {
        makeFile();
        draft(kBen, m_diallo, QStringLiteral("personal.interpersonal"), 3);
        QCOMPARE(runSql(reviewPath(kBen), {QStringLiteral("UPDATE score SET criterion_key = 'made.up'")}), QString());
        expectRefused(reviewPath(kBen),
                      {QStringLiteral("Diallo"), QStringLiteral("made.up"), QStringLiteral("not an item")});
    }

    void anUnknownProfileVersionIsRefused()
    {
        makeFile();
        draft(kBen, m_diallo, QStringLiteral("personal.interpersonal"), 3);
        QCOMPARE(runSql(reviewPath(kBen), {QStringLiteral("UPDATE score SET profile_version = 999")}), QString());
        expectRefused(reviewPath(kBen), {QStringLiteral("Diallo"), QStringLiteral("version 999")});
    }

    void aPartialFormMarkedSubmittedIsRefused()
    {
        makeFile();
        draft(kBen, m_diallo, QStringLiteral("personal.interpersonal"), 3);
        draft(kBen, m_diallo, QStringLiteral("wco.trips"), 2);
        // Two items of 31 rated; submit() would refuse, so the tamperer sets submitted_at.
        QCOMPARE(runSql(reviewPath(kBen), {QStringLiteral("UPDATE score SET submitted_at = updated_at")}), QString());
        expectRefused(reviewPath(kBen), {QStringLiteral("Diallo"), QStringLiteral("unrated")});
    }

    void aFormSubmittedOnSomeRowsOnlyIsRefused()
    {
        makeFile();
        draft(kBen, m_diallo, QStringLiteral("personal.interpersonal"), 3);
        draft(kBen, m_diallo, QStringLiteral("wco.trips"), 2);
        QCOMPARE(runSql(reviewPath(kBen), {QStringLiteral("UPDATE score SET submitted_at = updated_at WHERE "
                                                          "criterion_key = 'wco.trips'")}),
                 QString());
        expectRefused(reviewPath(kBen), {QStringLiteral("Diallo"), QStringLiteral("submitted whole")});
    }

    void scoresOfACandidateTheFileDeclaresAConflictAboutAreNotImported()
    {
        makeFile();
        draft(kBen, m_diallo, QStringLiteral("personal.interpersonal"), 3);
        {
            auto store = open(kBen);
            auto review = ReviewerWork::openOwn(*store, reviewPath(kBen));
            QVERIFY(ReviewerWork::declareConflict(*store, *review.value(), m_diallo, QStringLiteral("My cousin")).ok());
        }
        const auto imported = import(reviewPath(kBen));
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        QCOMPARE(imported.value().conflictsDeclared, 1);
        QCOMPARE(imported.value().scoresLeftOutForConflict, 1);
        QCOMPARE(storedScores(), 0);
        QVERIFY2(imported.value().summary().contains(QStringLiteral("left out")),
                 qPrintable(imported.value().summary()));
        QVERIFY2(imported.value().summary().contains(QStringLiteral("1 assignment(s)")),
                 qPrintable(imported.value().summary()));
    }

    void aFileWhoseReviewerWasChangedIsRefused()
    {
        makeFile();
        submitWhole(kAna, m_diallo, 3);
        QVERIFY(import(reviewPath(kAna)).ok());
        draft(kBen, m_diallo, QStringLiteral("personal.interpersonal"), 0);
        // Ben's file now claims to be Ana's, to put a 0 in her name.
        QCOMPARE(runSql(reviewPath(kBen), {QStringLiteral("UPDATE review_info SET value = '%1' WHERE key = "
                                                          "'reviewer_id'")
                                               .arg(id(m_ana)),
                                           QStringLiteral("UPDATE review_info SET value = 'Ana Reviewer' WHERE key = "
                                                          "'reviewer_name'"),
                                           QStringLiteral("UPDATE score SET submitted_at = NULL")}),
                 QString());
        expectRefused(reviewPath(kBen), {QStringLiteral("Ana Reviewer")});

        // Once a file was imported as Ben's, it cannot become Ana's either.
        makeFile();
        draft(kBen, m_diallo, QStringLiteral("personal.interpersonal"), 1);
        QVERIFY(import(reviewPath(kBen)).ok());
        draft(kBen, m_diallo, QStringLiteral("personal.interpersonal"), 0);
        QCOMPARE(runSql(reviewPath(kBen), {QStringLiteral("UPDATE review_info SET value = '%1' WHERE key = "
                                                          "'reviewer_id'")
                                               .arg(id(m_ana))}),
                 QString());
        expectRefused(reviewPath(kBen), {QStringLiteral("Ben Reviewer"), QStringLiteral("edited")});
    }

    void aFutureDateNeverBlocksALaterRescore()
    {
        makeFile();
        draft(kBen, m_diallo, QStringLiteral("personal.interpersonal"), 1);
        // A laptop whose clock says 9999 (or a tamperer) dates the draft far ahead.
        QCOMPARE(runSql(reviewPath(kBen), {QStringLiteral("UPDATE score SET updated_at = '9999-12-31T00:00:00.000Z', "
                                                          "modified_at = '9999-12-31T00:00:00.000Z'")}),
                 QString());
        QVERIFY(import(reviewPath(kBen)).ok());
        const QString older = reviewPath(kBen) + QStringLiteral(".copy.review");
        QVERIFY(QFile::copy(reviewPath(kBen), older));
        // The real re-score, on a machine with the right date.
        draft(kBen, m_diallo, QStringLiteral("personal.interpersonal"), 3);
        const auto imported = import(reviewPath(kBen));
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        QCOMPARE(imported.value().scoresChanged, 1);
        QCOMPARE(open(kOfficer)->assessment().scores(m_diallo).value().first().rating, std::optional<int>(3));
        // The copy made before it is older, whatever its dates say: refused.
        expectRefused(older, {QStringLiteral("older copy")});
        QCOMPARE(open(kOfficer)->assessment().scores(m_diallo).value().first().rating, std::optional<int>(3));
    }

    void aSubmittedScoreStaysFinal()
    {
        makeFile();
        submitWhole(kBen, m_diallo, 3);
        QVERIFY(import(reviewPath(kBen)).ok());
        QCOMPARE(runSql(reviewPath(kBen), {QStringLiteral("UPDATE score SET rating = 0 WHERE criterion_key = "
                                                          "'personal.interpersonal'"),
                                           QStringLiteral("UPDATE review_info SET value = '1000' WHERE key = "
                                                          "'revision'")}),
                 QString());
        expectRefused(reviewPath(kBen), {QStringLiteral("personal.interpersonal"), QStringLiteral("final")});
    }

    void theMessagesSayWhatWasFound()
    {
        makeFile();
        // The shared file given as a review file: named as such, with what to give instead.
        const auto shared = import(m_path);
        QVERIFY(!shared.ok());
        QVERIFY2(shared.message().contains(QStringLiteral("is a shared Accreditation Desk file")) &&
                     shared.message().contains(QStringLiteral("review file instead")) &&
                     !shared.message().contains(QStringLiteral("another program")),
                 qPrintable(shared.message()));
        // A review file opened as the shared file: the same the other way round.
        draft(kBen, m_diallo, QStringLiteral("personal.interpersonal"), 1);
        const auto asShared = Store::open(reviewPath(kBen), Store::Access::ReadOnly, kOfficer);
        QVERIFY(!asShared.ok());
        QVERIFY2(asShared.message().contains(QStringLiteral("review file")) &&
                     asShared.message().contains(QStringLiteral("import-review")),
                 qPrintable(asShared.message()));
        // Random bytes in a file that does end in .accred: never "choose a file ending in .accred".
        const QString garbage = QFileInfo(m_path).absolutePath() + QStringLiteral("/broken.accred");
        QVERIFY(writeFile(garbage, QByteArray(4096, '\x5a')));
        const auto broken = Store::open(garbage, Store::Access::ReadOnly, kOfficer);
        QVERIFY(!broken.ok());
        QVERIFY2(!broken.message().contains(QStringLiteral("Choose a file ending in")) &&
                     broken.message().contains(QStringLiteral("first bytes")),
                 qPrintable(broken.message()));
        // A name without the extension still gets the advice.
        const QString text = QFileInfo(m_path).absolutePath() + QStringLiteral("/notes.txt");
        QVERIFY(writeFile(text, QByteArray("hello")));
        QVERIFY(Store::open(text, Store::Access::ReadOnly, kOfficer)
                    .message()
                    .contains(QStringLiteral("ending in .accred")));
    }

    void aRoundTheFileDoesNotKnowIsRefusedAsDamaged()
    {
        // A round forged past the table's CHECK (as sqlite3 lets a tamperer do): read as no
        // round at all, never as Stage 1 by default, and nothing is imported.
        makeFile();
        draft(kBen, m_diallo, QStringLiteral("personal.interpersonal"), 3);
        QCOMPARE(runSql(reviewPath(kBen), {QStringLiteral("PRAGMA ignore_check_constraints = 1"),
                                           QStringLiteral("UPDATE score SET round = 'interview'")}),
                 QString());
        const int scores = storedScores();
        auto officer = open(kOfficer, Store::Access::Edit);
        QVERIFY(officer);
        const int entries = int(officer->auditTrail().value().size());
        const auto imported = officer->assessment().importReview(reviewPath(kBen));
        QVERIFY2(!imported.ok(), "a review file with a forged round was imported");
        QCOMPARE(imported.code(), ErrorCode::Damaged);
        QCOMPARE(int(officer->auditTrail().value().size()), entries);
        officer.reset();
        QCOMPARE(storedScores(), scores);
        // Nor does the reviewer's own window or CLI work on it.
        auto ben = open(kBen);
        QVERIFY(ben);
        QCOMPARE(ReviewerWork::openOwn(*ben, reviewPath(kBen)).code(), ErrorCode::Damaged);
    }

    void theGenuineFileStillImportsAndAgainChangesNothing()
    {
        makeFile();
        submitWhole(kBen, m_diallo, 2);
        auto officer = open(kOfficer, Store::Access::Edit);
        const auto first = officer->assessment().importReview(reviewPath(kBen));
        QVERIFY2(first.ok(), qPrintable(first.message()));
        QCOMPARE(first.value().scoresChanged, 31);  // Stage 1: the profile's criteria
        const int entries = int(officer->auditTrail().value().size());
        const auto again = officer->assessment().importReview(reviewPath(kBen));
        QVERIFY(again.ok());
        QCOMPARE(again.value().scoresChanged, 0);
        QCOMPARE(int(officer->auditTrail().value().size()), entries);
        officer.reset();
        QVERIFY(open(kOfficer)->check().value().isEmpty());
    }
};

AD_TEST_GUILESS_MAIN(TestReviewImportHostile)
#include "TestReviewImportHostile.moc"
