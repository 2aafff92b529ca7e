// SPDX-License-Identifier: GPL-3.0-or-later
// Clearing a saved rating: a reviewer clears a rating of their own unsubmitted form (in their
// review file; the comment stays, and the import carries the cleared rating into the shared
// file), the officer clears a consensus (one unit, one "consensus.clear" entry), each only as
// it was read. A refused clear (a submitted form, another reviewer's score, a rating changed
// by a second process since it was read) writes nothing at all. The batch of the scores grid
// clears in the same unit as it records, under the same checks.
#include "assessment/AssessmentRecords.h"
#include "assessment/ScoreEntry.h"
#include "assessment/ScoringForm.h"
#include "Clock.h"
#include "domain/Candidate.h"
#include "domain/Person.h"
#include "domain/Score.h"
#include "domain/Workshop.h"
#include "review/BulkScores.h"
#include "review/ReviewerWork.h"
#include "store/Assessment.h"
#include "store/AuditEntry.h"
#include "store/AuditSentence.h"
#include "store/Candidates.h"
#include "store/People.h"
#include "store/ReviewFile.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "TestSupport.h"
#include "TestMain.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const Actor kOfficer{QStringLiteral("aofficer"), QStringLiteral("pc-1")};
const Actor kAna{QStringLiteral("ana"), QStringLiteral("laptop-1")};
const Actor kBen{QStringLiteral("ben"), QStringLiteral("laptop-2")};
const QString kTrips = QStringLiteral("wco.trips");

Person reviewer(const QString& name, const Actor& actor)
{
    Person p;
    p.name = name;
    p.account = actor.person;
    p.role = PersonRole::Reviewer;
    p.administration = QStringLiteral("Kenya Revenue Authority");
    return p;
}

std::optional<Score> scoreOf(const ReviewFile& review, const QUuid& candidate, const QString& key,
                             PipelineStep round = PipelineStep::Selection)
{
    for (const Score& s : review.scores().value()) {
        if (s.candidateId == candidate && s.criterionKey == key && s.round == round) {
            return s;
        }
    }
    return std::nullopt;
}

std::optional<ConsensusRating> consensusOf(const Store& store, const QUuid& candidate, const QString& key,
                                           PipelineStep round = PipelineStep::Selection)
{
    for (const ConsensusRating& c : store.assessment().consensus(candidate).value()) {
        if (c.criterionKey == key && c.round == round) {
            return c;
        }
    }
    return std::nullopt;
}

}  // namespace

class TestClearingRatings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_path;
    QUuid m_workshop;
    QUuid m_sato;
    QUuid m_diallo;
    QUuid m_ana;
    QUuid m_ben;

    /// A file with a workshop, two candidates holding seats, and Ana assigned to both in
    /// Stage 1 (and to Sato in Stage 2), Ben to Diallo.
    void makeFile()
    {
        const QString folder = m_dir.filePath(QStringLiteral("f%1").arg(++m_files));
        QDir().mkpath(folder);
        m_path = folder + QStringLiteral("/shared.accred");
        auto store = Store::create(m_path, kOfficer);
        QVERIFY2(store.ok(), qPrintable(store.message()));
        auto& s = *store.value();
        m_workshop = s.workshops().save(sampleWorkshop(QStringLiteral("Kashiwa"))).value().meta.id;
        m_sato = s.candidates().save(sampleCandidate(QStringLiteral("Sato"))).value().meta.id;
        m_diallo = s.candidates().save(sampleCandidate(QStringLiteral("Diallo"))).value().meta.id;
        QVERIFY(s.workshops().enrol(m_sato, m_workshop).ok());
        QVERIFY(s.workshops().enrol(m_diallo, m_workshop).ok());
        m_ana = s.people().save(reviewer(QStringLiteral("Ana Reviewer"), kAna)).value().meta.id;
        m_ben = s.people().save(reviewer(QStringLiteral("Ben Reviewer"), kBen)).value().meta.id;
        QVERIFY(s.assessment().assignReviewer(m_sato, m_ana).ok());
        QVERIFY(s.assessment().assignReviewer(m_diallo, m_ana).ok());
        QVERIFY(s.assessment().assignReviewer(m_sato, m_ana, {}, PipelineStep::Workshop).ok());
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

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { Clock::resetForTesting(); }

    void aReviewerClearsTheirOwnDraftRatingAndTheImportCarriesIt()
    {
        makeFile();
        {
            auto store = open(kAna);
            QVERIFY(store);
            auto review = ReviewerWork::openOwn(*store, reviewPath(kAna));
            QVERIFY2(review.ok(), qPrintable(review.message()));
            ReviewFile& file = *review.value();
            QVERIFY(ReviewerWork::saveDraft(*store, file, m_sato, PipelineStep::Selection, kTrips, 3,
                                            QStringLiteral("Two trips"), QStringLiteral("Her report"))
                        .ok());
            // The same criterion observed in Stage 2 is another score, not touched by the clear.
            QVERIFY(ReviewerWork::saveDraft(*store, file, m_sato, PipelineStep::Workshop, kTrips, 2, {}, {}).ok());
            const qint64 revision = file.revision().value();
            const auto cleared = ReviewerWork::clearRating(*store, file, *scoreOf(file, m_sato, kTrips));
            QVERIFY2(cleared.ok(), qPrintable(cleared.message()));
            const Score after = *scoreOf(file, m_sato, kTrips);
            QVERIFY(!after.rating);
            QCOMPARE(after.comment, QStringLiteral("Two trips"));  // the comment and evidence stay
            QCOMPARE(after.evidence, QStringLiteral("Her report"));
            QCOMPARE(file.revision().value(), revision + 1);  // one transaction
            QCOMPARE(scoreOf(file, m_sato, kTrips, PipelineStep::Workshop)->rating, std::optional<int>(2));
            // Cleared twice: nothing to clear, nothing written.
            QCOMPARE(ReviewerWork::clearRating(*store, file, after).code(), ErrorCode::NotFound);
            QCOMPARE(file.revision().value(), revision + 1);
        }
        // The officer's import carries the cleared rating into the shared file.
        auto officer = open(kOfficer, Store::Access::Edit);
        QVERIFY(officer);
        QVERIFY(officer->assessment().importReview(reviewPath(kAna)).ok());
        bool found = false;
        for (const Score& s : officer->assessment().scores(m_sato).value()) {
            if (s.reviewerId == m_ana && s.criterionKey == kTrips && s.round == PipelineStep::Selection) {
                found = true;
                QVERIFY(!s.rating);
                QCOMPARE(s.comment, QStringLiteral("Two trips"));
            }
        }
        QVERIFY(found);
    }

    void aRefusedClearOfAReviewersRatingWritesNothing()
    {
        makeFile();
        auto store = open(kAna);
        QVERIFY(store);
        auto review = ReviewerWork::openOwn(*store, reviewPath(kAna));
        QVERIFY2(review.ok(), qPrintable(review.message()));
        ReviewFile& file = *review.value();
        // Submitted: final.
        const ScoringForm form = store->assessment().scoringForm(m_diallo).value();
        for (const QString& key : form.keys()) {
            const bool hard = form.criterion(key)->kind == CriterionKind::Hard;
            QVERIFY(ReviewerWork::saveDraft(*store, file, m_diallo, PipelineStep::Selection, key, hard ? 1 : 2, {}, {})
                        .ok());
        }
        QVERIFY(ReviewerWork::submit(*store, file, m_diallo, PipelineStep::Selection).ok());
        QVERIFY(ReviewerWork::saveDraft(*store, file, m_sato, PipelineStep::Selection, kTrips, 3, {}, {}).ok());
        QString before = sha256Of(file.path());
        const auto submitted = ReviewerWork::clearRating(*store, file, *scoreOf(file, m_diallo, kTrips));
        QCOMPARE(submitted.code(), ErrorCode::Refused);
        QVERIFY2(submitted.message().contains(QStringLiteral("final")), qPrintable(submitted.message()));
        QCOMPARE(sha256Of(file.path()), before);

        // Another reviewer's score: not in Ana's file, and not hers to clear.
        Score bens = *scoreOf(file, m_sato, kTrips);
        bens.reviewerId = m_ben;
        QCOMPARE(ReviewerWork::clearRating(*store, file, bens).code(), ErrorCode::Refused);
        auto benStore = open(kBen);
        QVERIFY(benStore);
        QCOMPARE(ReviewerWork::clearRating(*benStore, file, *scoreOf(file, m_sato, kTrips)).code(), ErrorCode::Refused);
        QCOMPARE(sha256Of(file.path()), before);

        // Changed by a second process (another connection to the review file) since it was read.
        const Score asRead = *scoreOf(file, m_sato, kTrips);
        {
            auto second = ReviewFile::open(file.path());
            QVERIFY(second.ok());
            Score changed = asRead;
            changed.rating = 1;
            QVERIFY(second.value()->saveScore(changed).ok());
        }
        before = sha256Of(file.path());
        const qint64 revision = file.revision().value();
        const auto stale = ReviewerWork::clearRating(*store, file, asRead);
        QCOMPARE(stale.code(), ErrorCode::Conflict);
        QCOMPARE(scoreOf(file, m_sato, kTrips)->rating, std::optional<int>(1));
        QCOMPARE(file.revision().value(), revision);
        QCOMPARE(sha256Of(file.path()), before);
    }

    void theOfficerClearsAConsensusInOneUnitWithOneEntry()
    {
        makeFile();
        auto store = open(kOfficer, Store::Access::Edit);
        QVERIFY(store);
        Clock::setForTesting(QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC));
        ConsensusRating agreed{
            m_sato, kTrips, 1, 3, QStringLiteral("Agreed after discussion"), {}, {}, PipelineStep::Selection};
        QVERIFY(store->assessment().recordConsensus(agreed).ok());
        agreed.round = PipelineStep::Workshop;
        agreed.rating = 2;
        QVERIFY(store->assessment().recordConsensus(agreed).ok());
        const qsizetype trail = store->auditTrail().value().size();
        Clock::setForTesting(QDateTime(QDate(2026, 12, 7), QTime(9, 5), Qt::UTC));
        const auto cleared = store->assessment().clearConsensus(*consensusOf(*store, m_sato, kTrips));
        QVERIFY2(cleared.ok(), qPrintable(cleared.message()));
        QVERIFY(!consensusOf(*store, m_sato, kTrips));
        QCOMPARE(consensusOf(*store, m_sato, kTrips, PipelineStep::Workshop)->rating, 2);  // Stage 2's stays
        const QList<AuditEntry> entries = store->auditTrail().value();
        QCOMPARE(entries.size(), trail + 1);
        QCOMPARE(entries.constLast().action, QStringLiteral("consensus.clear"));
        QVERIFY2(entries.constLast().oldValue.contains(QStringLiteral("\"rating\":3")),
                 qPrintable(entries.constLast().oldValue));
        QVERIFY(AuditSentence::knows(QStringLiteral("consensus.clear")));
        const QString sentence = AuditSentence::of(entries.constLast(), AuditNames::read(*store, entries).value());
        QVERIFY2(sentence.contains(QStringLiteral("cleared the consensus")), qPrintable(sentence));
        // Nothing left to clear: refused, nothing written.
        ConsensusRating gone = agreed;
        gone.round = PipelineStep::Selection;
        QCOMPARE(store->assessment().clearConsensus(gone).code(), ErrorCode::NotFound);
        QCOMPARE(store->auditTrail().value().size(), trail + 1);
    }

    void aConsensusRecordedAgainByASecondProcessIsNotCleared()
    {
        makeFile();
        auto store = open(kOfficer, Store::Access::Edit);
        QVERIFY(store);
        Clock::setForTesting(QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC));
        QVERIFY(store->assessment().recordConsensus({m_sato, kTrips, 1, 3, {}, {}, {}, PipelineStep::Selection}).ok());
        const ConsensusRating asRead = *consensusOf(*store, m_sato, kTrips);
        // The same officer's second window (its own connection, sharing the lease) records it again.
        Clock::setForTesting(QDateTime(QDate(2026, 12, 7), QTime(9, 1), Qt::UTC));
        {
            auto second = open(kOfficer, Store::Access::Edit);
            QVERIFY(second && !second->isReadOnly());
            QVERIFY(
                second->assessment().recordConsensus({m_sato, kTrips, 1, 1, {}, {}, {}, PipelineStep::Selection}).ok());
            second->close();
        }
        const QString before = sha256Of(m_path);
        const qsizetype trail = store->auditTrail().value().size();
        const Status stale = store->assessment().clearConsensus(asRead);
        QCOMPARE(stale.code(), ErrorCode::Conflict);
        QCOMPARE(consensusOf(*store, m_sato, kTrips)->rating, 1);
        QCOMPARE(store->auditTrail().value().size(), trail);
        QCOMPARE(sha256Of(m_path), before);
        // The same through the grid's batch: refused whole, its typed rating not recorded either.
        ScoreEntry clear;
        clear.row = 1;
        clear.candidateId = m_sato;
        clear.criterionKey = kTrips;
        clear.clear = true;
        clear.readRecordedAt = asRead.recordedAt;
        ScoreEntry typed;
        typed.row = 2;
        typed.candidateId = m_diallo;
        typed.criterionKey = kTrips;
        typed.rating = 4;
        const ScoreBatchReport report =
            BulkScores::write(*store, nullptr, {clear, typed}, m_workshop, PipelineStep::Selection);
        QVERIFY(!report.ok());
        QCOMPARE(report.problems.size(), 1);
        QVERIFY(!consensusOf(*store, m_diallo, kTrips));
        QCOMPARE(store->auditTrail().value().size(), trail);
        QCOMPARE(sha256Of(m_path), before);
        // Read afresh, the batch clears it and records the other in one unit, one entry.
        clear.readRecordedAt = consensusOf(*store, m_sato, kTrips)->recordedAt;
        const ScoreBatchReport done =
            BulkScores::write(*store, nullptr, {clear, typed}, m_workshop, PipelineStep::Selection);
        QVERIFY(done.ok());
        QCOMPARE(done.changed, 2);
        QVERIFY(!consensusOf(*store, m_sato, kTrips));
        QCOMPARE(consensusOf(*store, m_diallo, kTrips)->rating, 4);
        const QList<AuditEntry> entries = store->auditTrail().value();
        QCOMPARE(entries.size(), trail + 1);
        QCOMPARE(entries.constLast().action, QStringLiteral("consensus.import"));
        const QString sentence = AuditSentence::of(entries.constLast(), AuditNames::read(*store, entries).value());
        QVERIFY2(sentence.contains(QStringLiteral("cleared 1")), qPrintable(sentence));
    }

    void aTypedConsensusOverOneRecordedSinceItWasReadIsRefused()
    {
        makeFile();
        auto store = open(kOfficer, Store::Access::Edit);
        QVERIFY(store);
        Clock::setForTesting(QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC));
        QVERIFY(store->assessment().recordConsensus({m_sato, kTrips, 1, 3, {}, {}, {}, PipelineStep::Selection}).ok());
        // What the grid or form read: Sato's consensus as recorded at 10:00, none for Diallo.
        const QDateTime satoAsRead = consensusOf(*store, m_sato, kTrips)->recordedAt;
        QVERIFY(!consensusOf(*store, m_diallo, kTrips));
        // A second process (its own connection) records both meanwhile.
        Clock::setForTesting(QDateTime(QDate(2026, 12, 7), QTime(10, 1), Qt::UTC));
        {
            auto second = open(kOfficer, Store::Access::Edit);
            QVERIFY(second && !second->isReadOnly());
            QVERIFY(
                second->assessment().recordConsensus({m_sato, kTrips, 1, 1, {}, {}, {}, PipelineStep::Selection}).ok());
            QVERIFY(second->assessment()
                        .recordConsensus({m_diallo, kTrips, 1, 2, {}, {}, {}, PipelineStep::Selection})
                        .ok());
            second->close();
        }
        Clock::setForTesting(QDateTime(QDate(2026, 12, 7), QTime(10, 2), Qt::UTC));
        const QString before = sha256Of(m_path);
        const qsizetype trail = store->auditTrail().value().size();
        ScoreEntry sato;
        sato.row = 1;
        sato.candidateId = m_sato;
        sato.criterionKey = kTrips;
        sato.rating = 4;
        sato.asRead = true;
        sato.readRecordedAt = satoAsRead;
        ScoreEntry diallo = sato;
        diallo.row = 2;
        diallo.candidateId = m_diallo;
        diallo.readRecordedAt = QDateTime();  // none recorded when read
        // The grid's batch: refused whole, naming the candidate, the criterion and who recorded it.
        for (const QList<ScoreEntry>& batch : {QList<ScoreEntry>{sato}, QList<ScoreEntry>{diallo}}) {
            const ScoreBatchReport report =
                BulkScores::write(*store, nullptr, batch, m_workshop, PipelineStep::Selection);
            QVERIFY(!report.ok());
            QCOMPARE(report.status.code(), ErrorCode::Conflict);
            QCOMPARE(report.problems.size(), 1);
            const QString message = report.problems.constFirst().message;
            QVERIFY2(message.contains(batch.constFirst().candidateId == m_sato ? u"Sato" : u"Diallo") &&
                         message.contains(kTrips) && message.contains(kOfficer.label()) &&
                         message.contains(QStringLiteral("reload")),
                     qPrintable(message));
        }
        QCOMPARE(consensusOf(*store, m_sato, kTrips)->rating, 1);
        QCOMPARE(consensusOf(*store, m_diallo, kTrips)->rating, 2);
        QCOMPARE(store->auditTrail().value().size(), trail);
        QCOMPARE(sha256Of(m_path), before);
        // The scoring form's single rating: the same.
        const Status single = store->assessment().recordConsensusAsRead(
            {m_sato, kTrips, 1, 4, {}, {}, {}, PipelineStep::Selection}, satoAsRead);
        QCOMPARE(single.code(), ErrorCode::Conflict);
        QVERIFY2(single.message().contains(u"Sato") && single.message().contains(kOfficer.label()),
                 qPrintable(single.message()));
        QCOMPARE(store->assessment()
                     .recordConsensusAsRead({m_diallo, kTrips, 1, 4, {}, {}, {}, PipelineStep::Selection}, QDateTime())
                     .code(),
                 ErrorCode::Conflict);
        QCOMPARE(consensusOf(*store, m_sato, kTrips)->rating, 1);
        QCOMPARE(store->auditTrail().value().size(), trail);
        QCOMPARE(sha256Of(m_path), before);
        // Read afresh, both are recorded.
        QVERIFY(store->assessment()
                    .recordConsensusAsRead({m_sato, kTrips, 1, 4, {}, {}, {}, PipelineStep::Selection},
                                           consensusOf(*store, m_sato, kTrips)->recordedAt)
                    .ok());
        diallo.readRecordedAt = consensusOf(*store, m_diallo, kTrips)->recordedAt;
        QVERIFY(BulkScores::write(*store, nullptr, {diallo}, m_workshop, PipelineStep::Selection).ok());
        QCOMPARE(consensusOf(*store, m_sato, kTrips)->rating, 4);
        QCOMPARE(consensusOf(*store, m_diallo, kTrips)->rating, 4);
        // The command line read nothing: the last writer wins, as before.
        ScoreEntry imported = sato;
        imported.asRead = false;
        imported.rating = 2;
        QVERIFY(BulkScores::write(*store, nullptr, {imported}, m_workshop, PipelineStep::Selection).ok());
        QCOMPARE(consensusOf(*store, m_sato, kTrips)->rating, 2);
        Clock::resetForTesting();
    }

    void aTypedDraftOverOneSavedSinceItWasReadIsRefused()
    {
        makeFile();
        auto store = open(kAna);
        QVERIFY(store);
        auto review = ReviewerWork::openOwn(*store, reviewPath(kAna));
        QVERIFY(review.ok());
        ReviewFile& file = *review.value();
        QVERIFY(ReviewerWork::saveDraft(*store, file, m_sato, PipelineStep::Selection, kTrips, 3, {}, {}).ok());
        const qint64 readVersion = scoreOf(file, m_sato, kTrips)->meta.rowVersion;
        // The reviewer's second window saves another rating meanwhile.
        {
            auto second = ReviewFile::open(file.path());
            QVERIFY(second.ok());
            Score changed = *scoreOf(file, m_sato, kTrips);
            changed.rating = 1;
            QVERIFY(second.value()->saveScore(changed).ok());
        }
        const QString before = sha256Of(file.path());
        ScoreEntry typed;
        typed.row = 1;
        typed.candidateId = m_sato;
        typed.criterionKey = kTrips;
        typed.rating = 4;
        typed.asRead = true;
        typed.readRowVersion = readVersion;
        const ScoreBatchReport report = BulkScores::write(*store, &file, {typed}, m_workshop, PipelineStep::Selection);
        QVERIFY(!report.ok());
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.constFirst().message.contains(u"Sato") &&
                     report.problems.constFirst().message.contains(kTrips),
                 qPrintable(report.problems.constFirst().message));
        QCOMPARE(scoreOf(file, m_sato, kTrips)->rating, 1);
        QCOMPARE(sha256Of(file.path()), before);
        // Read afresh, it is saved.
        typed.readRowVersion = scoreOf(file, m_sato, kTrips)->meta.rowVersion;
        QVERIFY(BulkScores::write(*store, &file, {typed}, m_workshop, PipelineStep::Selection).ok());
        QCOMPARE(scoreOf(file, m_sato, kTrips)->rating, 4);
    }

    void theGridsBatchClearsAReviewersDraftOnlyAsRead()
    {
        makeFile();
        auto store = open(kAna);
        QVERIFY(store);
        auto review = ReviewerWork::openOwn(*store, reviewPath(kAna));
        QVERIFY(review.ok());
        ReviewFile& file = *review.value();
        QVERIFY(ReviewerWork::saveDraft(*store, file, m_sato, PipelineStep::Selection, kTrips, 3, {}, {}).ok());
        const Score asRead = *scoreOf(file, m_sato, kTrips);
        ScoreEntry clear;
        clear.row = 1;
        clear.candidateId = m_sato;
        clear.criterionKey = kTrips;
        clear.clear = true;
        clear.readRowVersion = asRead.meta.rowVersion;
        {
            auto second = ReviewFile::open(file.path());
            QVERIFY(second.ok());
            Score changed = asRead;
            changed.rating = 0;
            QVERIFY(second.value()->saveScore(changed).ok());
        }
        const QString before = sha256Of(file.path());
        QVERIFY(!BulkScores::write(*store, &file, {clear}, m_workshop, PipelineStep::Selection).ok());
        QCOMPARE(scoreOf(file, m_sato, kTrips)->rating, std::optional<int>(0));
        QCOMPARE(sha256Of(file.path()), before);
        clear.readRowVersion = scoreOf(file, m_sato, kTrips)->meta.rowVersion;
        const ScoreBatchReport done = BulkScores::write(*store, &file, {clear}, m_workshop, PipelineStep::Selection);
        QVERIFY2(done.ok(), qPrintable(done.status.message()));
        QVERIFY(!scoreOf(file, m_sato, kTrips)->rating);
    }
};

AD_TEST_GUILESS_MAIN(TestClearingRatings)
#include "TestClearingRatings.moc"
