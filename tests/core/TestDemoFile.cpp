// SPDX-License-Identifier: GPL-3.0-or-later
// The demo file: the Kashiwa workshop with fourteen candidates over every stage.
#include "pool/AccreditedAdvisor.h"
#include "domain/Activity.h"
#include "domain/Attachment.h"
#include "domain/Candidate.h"
#include "demo/DemoFile.h"
#include "domain/StageDecision.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/FileSettings.h"
#include "store/Pool.h"
#include "store/Decisions.h"
#include "store/Candidates.h"
#include "TestSupport.h"
#include "domain/Workshop.h"
#include "TestMain.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestDemoFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("demo.accred"));
        const auto created = DemoFile::create(m_file);
        QVERIFY2(created.ok(), qPrintable(created.message()));
    }

    void holdsFourteenCandidatesOverEveryStage()
    {
        auto store = Store::open(m_file, Store::Access::ReadOnly);
        QVERIFY(store.ok());
        const QList<Candidate> candidates = store.value()->candidates().all().value();
        QCOMPARE(candidates.size(), 14);
        QSet<Stage> stages;
        QSet<Region> regions;
        for (const Candidate& c : candidates) {
            QVERIFY2(c.validate().ok(), qPrintable(c.validate().summary()));
            stages.insert(c.stage);
            regions.insert(*c.region);
            const auto attachments = store.value()->candidates().attachments(c.meta.id).value();
            QVERIFY(!attachments.isEmpty());
            QCOMPARE(attachments.first().kind, AttachmentKind::Cv);
            QVERIFY(store.value()
                        ->candidates()
                        .attachmentContent(attachments.first().meta.id)
                        .value()
                        .startsWith("%PDF-1.4"));
            for (const StageDecision& d : store.value()->decisions().of(c.meta.id).value()) {
                QVERIFY(d.decidedAt <= QDateTime::currentDateTimeUtc());
            }
        }
        QCOMPARE(stages.size(), allOf<Stage>().size());
        QVERIFY(regions.size() >= 4);
    }

    void centresOnTheKashiwaWorkshop()
    {
        auto store = Store::open(m_file, Store::Access::ReadOnly);
        QVERIFY(store.ok());
        const QList<Workshop> workshops = store.value()->workshops().all().value();
        const auto kashiwa = std::find_if(workshops.cbegin(), workshops.cend(), [](const Workshop& w) {
            return w.title.contains(QStringLiteral("Kashiwa"));
        });
        QVERIFY(kashiwa != workshops.cend());
        QCOMPARE(kashiwa->startDate, QDate(2023, 10, 10));
        QCOMPARE(kashiwa->endDate(), QDate(2023, 10, 13));
        QCOMPARE(kashiwa->region, std::optional<Region>(Region::AsiaPacific));
        // No workshop confirmed more participants than its seats.
        QHash<QUuid, int> seats;
        for (const Candidate& c : store.value()->candidates().all().value()) {
            for (const StageDecision& d : store.value()->decisions().of(c.meta.id).value()) {
                if (d.to == Stage::Confirmed) {
                    seats[d.workshopId] += 1;
                }
            }
        }
        QVERIFY(seats.value(kashiwa->meta.id) >= 7);
        for (const Workshop& w : workshops) {
            QVERIFY(seats.value(w.meta.id) <= w.capacity);
        }
    }

    void showsThePoolAtWork()
    {
        auto store = Store::open(m_file, Store::Access::ReadOnly);
        QVERIFY(store.ok());
        const QList<Activity> activities = store.value()->pool().activities().value();
        QCOMPARE(activities.size(), 5);
        int voluntary = 0;
        int stage3 = 0;
        for (const Activity& a : activities) {
            QVERIFY2(a.validate().ok(), qPrintable(a.validate().summary()));
            QVERIFY(!a.participants.isEmpty());
            QVERIFY(!a.topics.isEmpty());
            for (const ActivityParticipant& p : a.participants) {
                voluntary += p.voluntaryExtra ? 1 : 0;
                stage3 += p.role == ParticipantRole::Stage3Candidate ? 1 : 0;
            }
        }
        QCOMPARE(voluntary, 1);
        QCOMPARE(stage3, 3);
        const QList<AccreditedAdvisor> pool = store.value()->pool().advisors().value();
        QCOMPARE(pool.size(), 4);  // Sato and El Amrani active, Marchand ended, Wróbel retired
        QSet<PoolState> states;
        const QDate today = QDate::currentDate();
        for (const AccreditedAdvisor& a : pool) {
            states.insert(a.state(today));
            if (a.candidate.familyName == QStringLiteral("Sato")) {
                QCOMPARE(a.ledger(store.value()->settings().weekCounting()).usedUnits(), 16);  // 8 working days
                QCOMPARE(a.unavailability.size(), 1);
            }
        }
        QVERIFY(states.contains(PoolState::CommitmentEnded));
        QVERIFY(states.contains(PoolState::Retired));
    }

    void passesCheckAndRefusesToOverwrite()
    {
        auto store = Store::open(m_file, Store::Access::ReadOnly);
        QVERIFY(store.ok());
        const auto problems = store.value()->check();
        QVERIFY(problems.ok());
        QVERIFY2(problems.value().isEmpty(), qPrintable(problems.value().join(QLatin1Char('\n'))));
        const QString before = sha256Of(m_file);
        const auto again = DemoFile::create(m_file);
        QVERIFY(!again.ok());
        QVERIFY(again.message().contains(QStringLiteral("already exists")));
        QCOMPARE(sha256Of(m_file), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }
};

AD_TEST_GUILESS_MAIN(TestDemoFile)
#include "TestDemoFile.moc"
