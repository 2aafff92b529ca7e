// SPDX-License-Identifier: GPL-3.0-or-later
// One editor and many readers on a shared file: the editing lease, roles, reviewers' own
// review files, change notices, search, automatic backups and restore.
#include "store/AuditEntry.h"
#include "domain/Candidate.h"
#include "store/LeaseHolder.h"
#include "domain/Person.h"
#include "store/ReviewFile.h"
#include "domain/Score.h"
#include "store/Store.h"
#include "store/FileSettings.h"
#include "store/People.h"
#include "store/Candidates.h"
#include "store/Assessment.h"
#include "TestSupport.h"
#include "TestMain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace TestSupport;

namespace {

const Actor kOfficer{QStringLiteral("aofficer"), QStringLiteral("pc-1")};
const Actor kColleague{QStringLiteral("bcolleague"), QStringLiteral("pc-2")};
const Actor kReviewer{QStringLiteral("kmorita"), QStringLiteral("laptop-7")};
const Actor kStranger{QStringLiteral("stranger"), QStringLiteral("pc-9")};

void rawSql(const QString& path, const QString& sql)
{
    const QString error = runSql(path, {sql});
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QStringList actions(const Store& store)
{
    QStringList list;
    for (const AuditEntry& entry : store.auditTrail().value()) {
        list.append(entry.action);
    }
    return list;
}

Person person(const QString& name, const Actor& actor, PersonRole role)
{
    Person p;
    p.name = name;
    p.account = actor.person;
    p.role = role;
    p.administration = QStringLiteral("WCO Secretariat");
    return p;
}

}  // namespace

class TestSharedFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    /// A new shared file in its own folder, with an officer, a second officer, a reviewer
    /// and two candidates; closed again so each test opens it as it needs.
    QString sharedFile()
    {
        const QString folder = m_dir.filePath(QStringLiteral("share-%1").arg(++m_files));
        QDir().mkpath(folder);
        const QString path = folder + QStringLiteral("/shared.accred");
        auto store = Store::create(path, kOfficer);
        if (!store.ok()) {
            qWarning("%s", qPrintable(store.message()));
            return {};
        }
        Candidate elodie = sampleCandidate(QStringLiteral("Marchand"));
        elodie.givenNames = QStringLiteral("Élodie");
        Candidate odd = sampleCandidate(QStringLiteral("Percent"));
        odd.position = QStringLiteral("100% of_the time");
        const bool filled = store.value()
                                ->people()
                                .save(person(QStringLiteral("Bea Colleague"), kColleague, PersonRole::Officer))
                                .ok() &&
                            store.value()
                                ->people()
                                .save(person(QStringLiteral("Kenji Morita"), kReviewer, PersonRole::Reviewer))
                                .ok() &&
                            store.value()->candidates().save(elodie).ok() && store.value()->candidates().save(odd).ok();
        return filled ? path : QString();
    }

private slots:
    void oneEditorAtATimeOthersAreToldWho()
    {
        const QString file = sharedFile();
        auto editor = Store::open(file, Store::Access::Edit, kOfficer);
        QVERIFY(editor.ok());
        QVERIFY(!editor.value()->isReadOnly());
        QVERIFY(QFileInfo::exists(EditingLease::lockFilePath(file)));
        QFile lock(EditingLease::lockFilePath(file));
        QVERIFY(lock.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(lock.readAll()).object().value(QStringLiteral("person")).toString(),
                 kOfficer.person);

        auto other = Store::open(file, Store::Access::Edit, kColleague);
        QVERIFY(other.ok());
        QVERIFY(other.value()->isReadOnly());
        QVERIFY2(other.value()->readOnlyReason().contains(QStringLiteral("aofficer is editing this file on pc-1")),
                 qPrintable(other.value()->readOnlyReason()));
        QVERIFY(other.value()->otherEditor().has_value());
        QVERIFY(!other.value()->takeOverLease().ok());  // the holder is alive
        const auto refused = other.value()->candidates().save(sampleCandidate(QStringLiteral("Refused")));
        QCOMPARE(refused.code(), ErrorCode::ReadOnly);
        QCOMPARE(other.value()->candidates().all().value().size(), 2);

        // The same person's second process on the same machine shares the lease.
        auto secondWindow = Store::open(file, Store::Access::Edit, kOfficer);
        QVERIFY(secondWindow.ok());
        QVERIFY(!secondWindow.value()->isReadOnly());
        QVERIFY(secondWindow.value()->candidates().save(sampleCandidate(QStringLiteral("Shared"))).ok());
        secondWindow.value()->close();
        // Closing the window that did not take the lease leaves it with its holder.
        QVERIFY(editor.value()->candidates().save(sampleCandidate(QStringLiteral("Still mine"))).ok());

        editor.value()->close();
        QVERIFY(!QFileInfo::exists(EditingLease::lockFilePath(file)));
        auto next = Store::open(file, Store::Access::Edit, kColleague);
        QVERIFY(next.ok());
        QVERIFY2(!next.value()->isReadOnly(), qPrintable(next.value()->readOnlyReason()));
        const QStringList trail = actions(*next.value());
        // The lease changed hands three times: housekeeping, not entries of the trail.
        QCOMPARE(trail.count(QStringLiteral("lease.take")), 0);
        QCOMPARE(trail.count(QStringLiteral("lease.release")), 0);
    }

    void theLastOfOnePersonsProcessesHandsTheLeaseBack()
    {
        const QString file = sharedFile();
        auto first = Store::open(file, Store::Access::Edit, kOfficer);
        auto second = Store::open(file, Store::Access::Edit, kOfficer);
        QVERIFY(first.ok() && second.ok());
        QVERIFY(!first.value()->isReadOnly() && !second.value()->isReadOnly());
        // The process that took the lease closes first; the other still works under it.
        first.value()->close();
        QVERIFY(QFileInfo::exists(EditingLease::lockFilePath(file)));
        QVERIFY(Store::open(file, Store::Access::Edit, kColleague).value()->isReadOnly());
        QVERIFY(second.value()->candidates().save(sampleCandidate(QStringLiteral("Still editing"))).ok());
        second.value()->close();
        auto colleague = Store::open(file, Store::Access::Edit, kColleague);
        QVERIFY(!colleague.value()->isReadOnly());
        const QStringList trail = actions(*colleague.value());
        // Taking and handing back the lease are housekeeping, not entries of the trail.
        QCOMPARE(trail.count(QStringLiteral("lease.take")), 0);
        QCOMPARE(trail.count(QStringLiteral("lease.release")), 0);
    }

    void aStaleLeaseCanBeTakenOverAndTheOldHolderCannotWrite()
    {
        const QString file = sharedFile();
        auto sleeper = Store::open(file, Store::Access::Edit, kOfficer);
        QVERIFY(sleeper.ok());
        QVERIFY(!sleeper.value()->isReadOnly());
        // The laptop went to sleep ten minutes ago.
        rawSql(file, QStringLiteral("UPDATE editing_lease SET heartbeat = '%1'")
                         .arg(QDateTime::currentDateTimeUtc().addSecs(-600).toString(Qt::ISODateWithMs)));
        auto colleague = Store::open(file, Store::Access::Edit, kColleague);
        QVERIFY(colleague.ok());
        QVERIFY(colleague.value()->isReadOnly());
        QVERIFY2(colleague.value()->readOnlyReason().contains(QStringLiteral("no sign of life")),
                 qPrintable(colleague.value()->readOnlyReason()));
        QCOMPARE(colleague.value()->otherEditor()->person, kOfficer.person);
        const auto taken = colleague.value()->takeOverLease();
        QVERIFY2(taken.ok(), qPrintable(taken.message()));
        QVERIFY(!colleague.value()->isReadOnly());
        QVERIFY(colleague.value()->candidates().save(sampleCandidate(QStringLiteral("After takeover"))).ok());

        // The laptop wakes up: its save is refused, nothing of it is written.
        const auto late = sleeper.value()->candidates().save(sampleCandidate(QStringLiteral("Lost?")));
        QVERIFY(!late.ok());
        QCOMPARE(late.code(), ErrorCode::Refused);
        QVERIFY2(late.message().contains(QStringLiteral("bcolleague took over editing")), qPrintable(late.message()));
        QVERIFY(sleeper.value()->isReadOnly());
        QVERIFY(!sleeper.value()->heartbeat().ok() || sleeper.value()->isReadOnly());
        QCOMPARE(colleague.value()->candidates().find(QStringLiteral("Lost?")).value().size(), 0);
        const auto trail = colleague.value()->auditTrail().value();
        const auto takeover = std::find_if(trail.cbegin(), trail.cend(), [](const AuditEntry& e) {
            return e.action == QLatin1String("lease.takeover");
        });
        QVERIFY(takeover != trail.cend());
        QVERIFY(takeover->oldValue.contains(kOfficer.person));
        QVERIFY(takeover->newValue.contains(kColleague.person));
        QVERIFY(colleague.value()->check().value().isEmpty());
    }

    void heartbeatKeepsTheLeaseFresh()
    {
        const QString file = sharedFile();
        auto editor = Store::open(file, Store::Access::Edit, kOfficer);
        QVERIFY(editor.ok());
        rawSql(file, QStringLiteral("UPDATE editing_lease SET heartbeat = '%1'")
                         .arg(QDateTime::currentDateTimeUtc().addSecs(-600).toString(Qt::ISODateWithMs)));
        const int before = int(editor.value()->auditTrail().value().size());
        QVERIFY(editor.value()->heartbeat().ok());
        QCOMPARE(int(editor.value()->auditTrail().value().size()), before);  // housekeeping, not a change
        auto colleague = Store::open(file, Store::Access::Edit, kColleague);
        QVERIFY(colleague.value()->isReadOnly());
        QVERIFY(!colleague.value()->readOnlyReason().contains(QStringLiteral("no sign of life")));
    }

    void rolesDecideWhoWrites()
    {
        const QString file = sharedFile();
        auto reviewer = Store::open(file, Store::Access::Edit, kReviewer);
        QVERIFY(reviewer.ok());
        QCOMPARE(reviewer.value()->role(), PersonRole::Reviewer);
        QVERIFY(reviewer.value()->isReadOnly());
        QVERIFY(reviewer.value()->readOnlyReason().contains(QStringLiteral("Reviewer")));
        QCOMPARE(reviewer.value()->candidates().save(sampleCandidate(QStringLiteral("No"))).code(),
                 ErrorCode::ReadOnly);
        reviewer.value()->close();
        QVERIFY(!QFileInfo::exists(EditingLease::lockFilePath(file)));  // a reader takes no lease

        auto stranger = Store::open(file, Store::Access::Edit, kStranger);
        QVERIFY(stranger.ok());
        QCOMPARE(stranger.value()->role(), PersonRole::Observer);
        QVERIFY(stranger.value()->readOnlyReason().contains(QStringLiteral("not recorded")));

        // By name works too, as `--as "Kenji Morita"` does.
        auto byName =
            Store::open(file, Store::Access::ReadOnly, Actor{QStringLiteral("kenji morita"), kReviewer.machine});
        QCOMPARE(byName.value()->role(), PersonRole::Reviewer);

        auto officer = Store::open(file, Store::Access::Edit, kOfficer);
        QVERIFY(officer.ok());
        QList<Person> people = officer.value()->people().all().value();
        QCOMPARE(people.size(), 3);
        // The file keeps at least one officer.
        for (Person& p : people) {
            if (p.account == kColleague.person) {
                p.role = PersonRole::Observer;
                QVERIFY(officer.value()->people().save(p).ok());
            }
        }
        for (Person& p : officer.value()->people().all().value()) {
            if (p.account == kOfficer.person) {
                p.role = PersonRole::Reviewer;
                const auto refused = officer.value()->people().save(p);
                QCOMPARE(refused.code(), ErrorCode::Refused);
                QVERIFY(refused.message().contains(QStringLiteral("only officer")));
            }
        }
        Person twin = person(QStringLiteral("Twin"), kOfficer, PersonRole::Observer);
        QVERIFY(officer.value()->people().save(twin).message().contains(QStringLiteral("already recorded")));
    }

    void reviewersScoreInTheirOwnFileAndTheOfficerImports()
    {
        const QString file = sharedFile();
        QString fileId;
        QUuid candidateId;
        Person reviewerRecord;
        {
            auto reader = Store::open(file, Store::Access::Edit, kReviewer);
            QVERIFY(reader.ok());
            QVERIFY(reader.value()->isReadOnly());
            fileId = reader.value()->fileId().value();
            // Assigned to nobody yet, the reviewer sees no candidate (what a reviewer sees: their
            // assigned candidates); the officer names the one to score.
            QVERIFY(reader.value()->candidates().all().value().isEmpty());
            auto officerView = Store::open(file, Store::Access::ReadOnly, kOfficer);
            QVERIFY(officerView.ok());
            const auto everyone = officerView.value()->candidates().all();
            QVERIFY(everyone.ok() && !everyone.value().isEmpty());
            candidateId = everyone.value().first().meta.id;
            for (const Person& p : reader.value()->people().all().value()) {
                if (p.account == kReviewer.person) {
                    reviewerRecord = p;
                }
            }
        }
        const QString sharedHash = sha256Of(file);
        const QString reviewPath = QFileInfo(file).absolutePath() + QStringLiteral("/kenji.review");
        auto review = ReviewFile::create(reviewPath, fileId, reviewerRecord);
        QVERIFY2(review.ok(), qPrintable(review.message()));
        Score score;
        score.reviewerId = reviewerRecord.meta.id;
        score.candidateId = candidateId;
        score.criterionKey = QStringLiteral("personal.interpersonal");
        score.rating = 3;
        score.comment = QStringLiteral("Clear and patient.");
        auto saved = review.value()->saveScore(score);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        QCOMPARE(sha256Of(file), sharedHash);  // the reviewer never wrote the shared file
        Score someoneElses = score;
        someoneElses.reviewerId = QUuid::createUuid();
        QCOMPARE(review.value()->saveScore(someoneElses).code(), ErrorCode::Refused);
        Score stale = saved.value();
        stale.meta.rowVersion = 0;
        stale.meta.id = QUuid();
        QVERIFY(!review.value()->saveScore(stale).ok());  // same criterion twice

        auto officer = Store::open(file, Store::Access::Edit, kOfficer);
        QVERIFY(officer.ok());
        // The import takes scores of assigned candidates only, as the reviewer's commands do.
        QVERIFY(officer.value()
                    ->assessment()
                    .assignReviewer(candidateId, reviewerRecord.meta.id, QStringLiteral("For the test"))
                    .ok());
        const auto first = officer.value()->assessment().importReview(reviewPath);
        QVERIFY2(first.ok(), qPrintable(first.message()));
        QCOMPARE(first.value().scoresChanged, 1);
        QCOMPARE(first.value().reviewerName, QStringLiteral("Kenji Morita"));
        const int entries = int(officer.value()->auditTrail().value().size());
        const auto again = officer.value()->assessment().importReview(reviewPath);
        QVERIFY(again.ok());
        QCOMPARE(again.value().scoresChanged, 0);
        QCOMPARE(int(officer.value()->auditTrail().value().size()), entries);  // harmless: nothing written
        QCOMPARE(officer.value()->assessment().scores(candidateId).value().size(), 1);

        // The reviewer changes their mind; the file's latest state wins on the next import.
        Score changed = saved.value();
        changed.rating = 4;
        QVERIFY(review.value()->saveScore(changed).ok());
        QCOMPARE(officer.value()->assessment().importReview(reviewPath).value().scoresChanged, 1);
        QCOMPARE(officer.value()->assessment().scores(candidateId).value().first().rating, std::optional<int>(4));

        // The reviewer's view: imported scores with their own in place.
        Score draft = changed;
        draft.rating = 2;
        const QList<Score> view = ReviewFile::overlay(officer.value()->assessment().scores().value(), {draft});
        QCOMPARE(view.size(), 1);
        QCOMPARE(view.first().rating, std::optional<int>(2));

        // Found beside the file: imported without being named.
        QCOMPARE(officer.value()->assessment().importReviewFilesBeside().value().size(), 1);
        QVERIFY(officer.value()->check().value().isEmpty());
    }

    void aReviewFileForAnotherFileIsRefused()
    {
        const QString file = sharedFile();
        const QString other = sharedFile();
        Person reviewerRecord;
        QString otherId;
        {
            auto store = Store::open(other, Store::Access::ReadOnly, kReviewer);
            otherId = store.value()->fileId().value();
            for (const Person& p : store.value()->people().all().value()) {
                if (p.account == kReviewer.person) {
                    reviewerRecord = p;
                }
            }
        }
        const QString reviewPath = m_dir.filePath(QStringLiteral("for-other.review"));
        QVERIFY(ReviewFile::create(reviewPath, otherId, reviewerRecord).ok());
        auto officer = Store::open(file, Store::Access::Edit, kOfficer);
        const QString before = sha256Of(file);
        officer.value()->close();
        auto again = Store::open(file, Store::Access::Edit, kOfficer);
        const auto refused = again.value()->assessment().importReview(reviewPath);
        QVERIFY(!refused.ok());
        QVERIFY(refused.message().contains(QStringLiteral("made for another accreditation file")));
        // A file that is not a review file at all is refused as the shared file refuses.
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("fake.review")), "not a review"));
        QVERIFY(again.value()
                    ->assessment()
                    .importReview(m_dir.filePath(QStringLiteral("fake.review")))
                    .message()
                    .contains(QStringLiteral("not a review file")));
        Q_UNUSED(before);
    }

    void changesByOthersAreNoticedOnce()
    {
        const QString file = sharedFile();
        auto editor = Store::open(file, Store::Access::Edit, kOfficer);
        QVERIFY(editor.ok());
        // The reader is a reviewer assigned to nobody: they see the candidates when the file
        // lets reviewers see them all (CandidateDisclosure), so that the new one shows.
        const FileSettings::Values read = editor.value()->settings().values();
        FileSettings::Values everyone = read;
        everyone.reviewersSee = ReviewerScope::All;
        QVERIFY(editor.value()->settings().update(read, everyone).ok());
        auto reader = Store::open(file, Store::Access::ReadOnly, kReviewer);
        QVERIFY(reader.ok());
        QVERIFY(!reader.value()->hasChangedElsewhere());
        QVERIFY(editor.value()->candidates().save(sampleCandidate(QStringLiteral("New arrival"))).ok());
        QVERIFY(reader.value()->hasChangedElsewhere());
        QVERIFY(!reader.value()->hasChangedElsewhere());
        QCOMPARE(reader.value()->candidates().all().value().size(), 3);
        QVERIFY(editor.value()->heartbeat().ok());
        QVERIFY(!reader.value()->hasChangedElsewhere());  // a heartbeat is not news
        QVERIFY(!editor.value()->hasChangedElsewhere());  // nor is one's own save
    }

    void searchIgnoresAccentsAndCaseAndTakesWildcardsLiterally()
    {
        const QString file = sharedFile();
        auto store = Store::open(file, Store::Access::ReadOnly, kOfficer);
        QCOMPARE(store.value()->candidates().find(QStringLiteral("elodie")).value().size(), 1);
        QCOMPARE(store.value()->candidates().find(QStringLiteral("ÉLODIE")).value().size(), 1);
        QCOMPARE(store.value()->candidates().find(QStringLiteral("marchand")).value().first().givenNames,
                 QStringLiteral("Élodie"));
        QCOMPARE(store.value()->candidates().find(QStringLiteral("%")).value().size(), 1);
        QCOMPARE(store.value()->candidates().find(QStringLiteral("_")).value().size(), 1);
        QCOMPARE(store.value()->candidates().find(QStringLiteral("of_the")).value().size(), 1);
        QCOMPARE(store.value()->candidates().find(QStringLiteral("ofxthe")).value().size(), 0);
        QCOMPARE(store.value()->candidates().find(QStringLiteral("\\")).value().size(), 0);
        QCOMPARE(store.value()->candidates().find(QString()).value().size(), 2);
    }

    void openingForEditingMakesTheDaysBackupAndKeepsTheLastN()
    {
        const QString file = sharedFile();
        const QString folder = QFileInfo(file).absolutePath() + QStringLiteral("/shared-backups");
        for (const char* old : {"20200101", "20200102", "20200103"}) {
            QDir().mkpath(folder);
            QVERIFY(writeFile(folder + QStringLiteral("/shared-%1-090000-000-daily.accred").arg(QLatin1String(old)),
                              "old"));
        }
        {
            auto store = Store::open(file, Store::Access::Edit, kOfficer);
            QVERIFY(store.ok());
            QVERIFY(store.value()->backupWarning().isEmpty());
            QVERIFY(store.value()->settings().setBackupsToKeep(2).ok());
            QCOMPARE(store.value()->settings().backupsToKeep(), 2);
            QVERIFY(!store.value()->settings().setBackupsToKeep(0).ok());
        }
        QStringList daily = QDir(folder).entryList({QStringLiteral("*-daily.accred")}, QDir::Files, QDir::Name);
        QCOMPARE(daily.size(), 4);  // today's added; the count changed only after
        // The next day's open prunes to the two newest.
        QFile::remove(folder + QLatin1Char('/') + daily.last());
        {
            auto store = Store::open(file, Store::Access::Edit, kOfficer);
            QVERIFY(store.ok());
        }
        daily = QDir(folder).entryList({QStringLiteral("*-daily.accred")}, QDir::Files, QDir::Name);
        QCOMPARE(daily.size(), 2);
        QVERIFY(daily.last().contains(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd"))));
        auto backup = Store::open(folder + QLatin1Char('/') + daily.last(), Store::Access::ReadOnly, kOfficer);
        QVERIFY2(backup.ok(), qPrintable(backup.message()));
        QVERIFY(backup.value()->check().value().isEmpty());
        // Opening again the same day makes no second backup.
        {
            auto store = Store::open(file, Store::Access::Edit, kOfficer);
        }
        QCOMPARE(QDir(folder).entryList({QStringLiteral("*-daily.accred")}, QDir::Files).size(), 2);
    }

    void aLaterDailyBackupIsMadeBeforeTheFirstChange()
    {
        const QString file = sharedFile();
        const QString folder = QFileInfo(file).absolutePath() + QStringLiteral("/shared-backups");
        QDir(folder).removeRecursively();
        const auto daily = [&]() {
            return QDir(folder).entryList({QStringLiteral("*-daily.accred")}, QDir::Files, QDir::Name);
        };
        {
            auto store = Store::open(file, Store::Access::Edit, kOfficer, Store::DailyBackup::Later);
            QVERIFY2(store.ok(), qPrintable(store.message()));
            QVERIFY(daily().isEmpty());  // the window makes it once it shows the file
            // A change before that makes it first: the backup holds the file without it.
            QVERIFY(store.value()->candidates().save(sampleCandidate(QStringLiteral("Quetzal"))).ok());
            QCOMPARE(daily().size(), 1);
            QVERIFY(!store.value()->makeDailyBackupIfDue());  // once per session
            QVERIFY(store.value()->candidates().save(sampleCandidate(QStringLiteral("Quillon"))).ok());
            QCOMPARE(daily().size(), 1);
        }
        auto backup = Store::open(folder + QLatin1Char('/') + daily().constFirst(), Store::Access::ReadOnly, kOfficer);
        QVERIFY2(backup.ok(), qPrintable(backup.message()));
        QVERIFY(backup.value()->candidates().find(QStringLiteral("quetzal")).value().isEmpty());
        QVERIFY(backup.value()->check().value().isEmpty());

        // The next day (today's backup gone): made when asked, and only then.
        QDir(folder).removeRecursively();
        auto store = Store::open(file, Store::Access::Edit, kOfficer, Store::DailyBackup::Later);
        QVERIFY(store.ok());
        QVERIFY(daily().isEmpty());
        QVERIFY(store.value()->makeDailyBackupIfDue());
        QCOMPARE(daily().size(), 1);
        QVERIFY(!store.value()->makeDailyBackupIfDue());
        // A reader makes none.
        QDir(folder).removeRecursively();
        auto reader = Store::open(file, Store::Access::ReadOnly, kOfficer, Store::DailyBackup::Later);
        QVERIFY(reader.ok());
        QVERIFY(!reader.value()->makeDailyBackupIfDue());
        QVERIFY(daily().isEmpty());
    }

    void restoreWritesANewFileFromAVerifiedBackup()
    {
        const QString file = sharedFile();
        auto editor = Store::open(file, Store::Access::Edit, kOfficer);
        const QString backup = QFileInfo(file).absolutePath() + QStringLiteral("/manual.accred");
        QVERIFY(editor.value()->backupTo(backup).ok());
        const QString restored = QFileInfo(file).absolutePath() + QStringLiteral("/restored.accred");
        // Never over an existing file, even the open one.
        const QString liveHash = sha256Of(file);
        QVERIFY(Store::restore(backup, file, kOfficer).message().contains(QStringLiteral("already exists")));
        QCOMPARE(sha256Of(file), liveHash);
        const auto done = Store::restore(backup, restored, kOfficer);
        QVERIFY2(done.ok(), qPrintable(done.message()));
        // The backup was taken while the officer held the lease; the restored file is free.
        auto reopened = Store::open(restored, Store::Access::Edit, kColleague);
        QVERIFY(reopened.ok());
        QVERIFY2(!reopened.value()->isReadOnly(), qPrintable(reopened.value()->readOnlyReason()));
        QCOMPARE(reopened.value()->candidates().all().value().size(), 2);
        QVERIFY(actions(*reopened.value()).contains(QStringLiteral("file.restore")));
        QVERIFY(reopened.value()->check().value().isEmpty());
        // A damaged backup is refused before anything is written.
        const QString damaged = QFileInfo(file).absolutePath() + QStringLiteral("/damaged.accred");
        QVERIFY(writeFile(damaged, QByteArray("SQLite format 3\0", 16) + QByteArray(5000, 'x')));
        const QString target = QFileInfo(file).absolutePath() + QStringLiteral("/from-damaged.accred");
        QVERIFY(!Store::restore(damaged, target, kOfficer).ok());
        QVERIFY(!QFileInfo::exists(target));
    }

    // Four restores of one backup at once each check it; the search index's check takes the
    // write lock, and SQLite never waits to turn a read into a write. A check that met
    // another's lock once called the backup damaged ("database is locked"): a wait is not
    // damage, and the check now waits for the lock like every unit of work.
    void aCheckWaitsForAnotherWriterInsteadOfCallingTheFileDamaged()
    {
        const QString file = sharedFile();
        const QString backup = QFileInfo(file).absolutePath() + QStringLiteral("/busy.accred");
        {
            auto editor = Store::open(file, Store::Access::Edit, kOfficer);
            QVERIFY(editor.value()->backupTo(backup).ok());
        }
        QSemaphore locked;
        QSemaphore release;
        std::thread holder([&] {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
                db.setDatabaseName(backup);
                db.open();
                QSqlQuery q(db);
                q.exec(QStringLiteral("BEGIN IMMEDIATE"));
                locked.release();
                release.tryAcquire(1, 400);
                q.exec(QStringLiteral("ROLLBACK"));
            }
            QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        });
        locked.acquire();
        const QString target = QFileInfo(file).absolutePath() + QStringLiteral("/restored-busy.accred");
        const auto done = Store::restore(backup, target, kOfficer);
        release.release();
        holder.join();
        QVERIFY2(done.ok(), qPrintable(done.message()));
        auto reopened = Store::open(target, Store::Access::ReadOnly, kOfficer);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->candidates().all().value().size(), 2);
    }
};

AD_TEST_GUILESS_MAIN(TestSharedFile)
#include "TestSharedFile.moc"
