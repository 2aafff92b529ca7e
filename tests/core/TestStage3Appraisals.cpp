// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 3 is an appraisal per activity: each activity a candidate is assessed in is an item
// of their Stage 3 form of its own, keyed by the activity's whole id, named by its title and
// date. Two activities whose ids start with the same digits never share a code on a blank
// sheet, a short code that fits both is refused rather than read as the first, and a rating
// given for one activity lands on that activity only.
#include "assessment/AssessmentRecords.h"
#include "assessment/ScoreEntry.h"
#include "assessment/ScoreSheet.h"
#include "assessment/ScoringForm.h"
#include "Clock.h"
#include "domain/Activity.h"
#include "domain/Candidate.h"
#include "domain/StageDecision.h"
#include "domain/Workshop.h"
#include "review/BulkScores.h"
#include "store/Assessment.h"
#include "store/Candidates.h"
#include "store/Decisions.h"
#include "store/Pool.h"
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

}  // namespace

class TestStage3Appraisals : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void cleanup() { Clock::resetForTesting(); }

    void oneActivitysAppraisalIsNeverReadAsAnothers()
    {
        QVERIFY(m_dir.isValid());
        auto created = Store::create(m_dir.filePath(QStringLiteral("stage3.accred")), kOfficer);
        QVERIFY2(created.ok(), qPrintable(created.message()));
        Store& store = *created.value();
        const QUuid workshop = store.workshops().save(sampleWorkshop(QStringLiteral("Kashiwa"))).value().meta.id;
        const QUuid sato = store.candidates().save(sampleCandidate(QStringLiteral("Sato"))).value().meta.id;
        QVERIFY(store.workshops().enrol(sato, workshop).ok());
        QVERIFY(makeReadyToSelectAndConfirm(store, sato));
        Stage from = Stage::Applied;
        for (const Stage to : {Stage::Selected, Stage::Confirmed, Stage::WorkshopPassed}) {
            if (to == Stage::WorkshopPassed) {
                Clock::setForTesting(QDateTime(QDate::currentDate().addDays(61), QTime(10, 0), Qt::UTC));
            }
            StageDecision d;
            d.candidateId = sato;
            d.from = from;
            d.to = to;
            d.decidedBy = QStringLiteral("Officer");
            d.decidedAt = Clock::nowUtc();
            d.reason = QStringLiteral("Test");
            const auto recorded = store.decisions().record(d);
            QVERIFY2(recorded.ok(), qPrintable(recorded.message()));
            from = to;
        }
        Clock::resetForTesting();
        // Two activities of one candidate whose ids start with the same 8 digits, on one day.
        QList<QUuid> ids{QUuid::fromString(QStringLiteral("{3fa92c11-0000-4000-8000-000000000001}")),
                         QUuid::fromString(QStringLiteral("{3fa92c11-9999-4000-8000-000000000002}"))};
        QStringList keys;
        for (int i = 0; i < ids.size(); ++i) {
            Activity activity;
            activity.meta.id = ids.at(i);
            activity.title = i == 0 ? QStringLiteral("Port visit") : QStringLiteral("Airport visit");
            activity.mode = ActivityMode::Online;
            activity.kind = ActivityKind::Stage3Assessment;
            activity.startDate = QDate::currentDate().addDays(100);
            activity.endDate = activity.startDate;
            activity.participants = {{sato, ParticipantRole::Stage3Candidate, false, {}}};
            const auto saved = store.pool().saveActivity(activity);
            QVERIFY2(saved.ok(), qPrintable(saved.message()));
            QCOMPARE(saved.value().meta.id, ids.at(i));
            keys.append(ScoringForm::activityKey(ids.at(i)));
        }
        // Each activity is an item of the Stage 3 form of its own, named by its title and date.
        const ScoringForm form = store.assessment().scoringForm(sato, PipelineStep::FieldAssessment).value();
        QVERIFY(form.criterion(keys.at(0)) && form.criterion(keys.at(1)));
        QVERIFY(form.criterion(keys.at(0))->name.contains(QStringLiteral("Port visit")));
        QVERIFY(form.criterion(keys.at(1))->name.contains(QStringLiteral("Airport visit")));

        // The blank sheet gives each a code of its own, long enough to tell them apart.
        const auto sheet = BulkScores::sheet(store, workshop, nullptr, PipelineStep::FieldAssessment);
        QVERIFY2(sheet.ok(), qPrintable(sheet.message()));
        QStringList sheetKeys;
        for (const FormCriterion& c : sheet.value().criteria) {
            sheetKeys.append(c.key);
        }
        const QString codeA = ScoreSheet::criterionCode(keys.at(0), sheetKeys);
        const QString codeB = ScoreSheet::criterionCode(keys.at(1), sheetKeys);
        QVERIFY2(codeA != codeB, qPrintable(codeA));
        QCOMPARE(codeA, QStringLiteral("activity:3FA92C110"));
        QVERIFY(ScoreSheet::namesCriterion(codeA, keys.at(0)) && !ScoreSheet::namesCriterion(codeA, keys.at(1)));
        QVERIFY(ScoreSheet::namesCriterion(codeB, keys.at(1)) && !ScoreSheet::namesCriterion(codeB, keys.at(0)));
        const QString blank = QString::fromUtf8(BulkScores::templateCsv(sheet.value(), true, true));
        QVERIFY2(blank.contains(codeA) && blank.contains(codeB), qPrintable(blank.left(400)));
        QVERIFY(!blank.contains(QStringLiteral("activity:3FA92C,")));

        // A short code that fits both is refused, naming both, rather than read as the first.
        const QString candidateCode = sheet.value().candidates.constFirst().code;
        const QByteArray csv = QStringLiteral("candidate,criterion,rating,comment,round\n"
                                              "%1,activity:3FA92C,3,,field_assessment\n"
                                              "%1,%2,1,,field_assessment\n")
                                   .arg(candidateCode, codeB)
                                   .toUtf8();
        const auto parsed = ScoreSheet::parse(csv, QStringLiteral("stage3.csv"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
        QList<ScoreSheetProblem> problems;
        const QList<ScoreEntry> entries =
            BulkScores::resolve(store, parsed.value(), PipelineStep::FieldAssessment, problems);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.constFirst().row, 2);
        QVERIFY2(problems.constFirst().message.contains(QStringLiteral("Port visit")) &&
                     problems.constFirst().message.contains(QStringLiteral("Airport visit")),
                 qPrintable(problems.constFirst().message));
        // The row naming the second activity's code rates that activity, and only it.
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.constFirst().criterionKey, keys.at(1));
        const ScoreBatchReport report =
            BulkScores::write(store, nullptr, entries, workshop, PipelineStep::FieldAssessment);
        QVERIFY2(report.ok(), qPrintable(report.status.message()));
        QHash<QString, int> agreed;
        for (const ConsensusRating& c : store.assessment().consensus(sato).value()) {
            QCOMPARE(c.round, PipelineStep::FieldAssessment);
            agreed.insert(c.criterionKey, c.rating);
        }
        QCOMPARE(agreed.value(keys.at(1), -1), 1);
        QVERIFY(!agreed.contains(keys.at(0)));
    }
};

AD_TEST_GUILESS_MAIN(TestStage3Appraisals)
#include "TestStage3Appraisals.moc"
