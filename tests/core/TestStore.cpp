// SPDX-License-Identifier: GPL-3.0-or-later
// Round-trips through the store, lost-update refusal, the pipeline's stage invariant, the
// audit trail and backups.
#include "domain/Activity.h"
#include "domain/Attachment.h"
#include "store/AuditEntry.h"
#include "domain/Candidate.h"
#include "domain/CompetenceProfile.h"
#include "store/FileFormat.h"
#include "domain/StageDecision.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/Pool.h"
#include "store/Decisions.h"
#include "store/Candidates.h"
#include "store/Assessment.h"
#include "TestSupport.h"
#include "domain/Workshop.h"
#include "TestMain.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

/// Runs raw SQL on a file behind the application's back, as a tamperer or another
/// program would.
void tamper(const QString& path, const QString& sql)
{
    const QString error = runSql(path, {sql});
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

int countRows(const QString& path, const QString& sql)
{
    const QString name = QStringLiteral("count");
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        if (q.exec(sql) && q.next()) {
            count = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

StageDecision decision(const Candidate& c, Stage from, Stage to)
{
    StageDecision d;
    d.candidateId = c.meta.id;
    d.from = from;
    d.to = to;
    d.decidedBy = QStringLiteral("Officer");
    d.decidedAt = QDateTime::currentDateTimeUtc();
    d.reason = QStringLiteral("Meets the profile.");
    return d;
}

}  // namespace

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void createMakesACompleteFile()
    {
        const QString file = path(QStringLiteral("new.accred"));
        auto store = createStore(file);
        QVERIFY(store);
        QVERIFY(!store->isReadOnly());
        QCOMPARE(store->path(), QFileInfo(file).absoluteFilePath());
        const auto profile = store->assessment().currentProfile();
        QVERIFY(profile.ok());
        QCOMPARE(profile.value().groups.size(), 7);
        QCOMPARE(profile.value().criterionCount(CriterionKind::Hard), 3);
        const auto trail = store->auditTrail();
        QVERIFY(trail.ok());
        QCOMPARE(trail.value().size(), 1);  // taking the lease is no entry
        QCOMPARE(trail.value().first().action, QStringLiteral("file.create"));
        const auto problems = store->check();
        QVERIFY(problems.ok());
        QVERIFY2(problems.value().isEmpty(), qPrintable(problems.value().join(QLatin1Char('\n'))));
        QCOMPARE(countRows(file, QStringLiteral("PRAGMA application_id")), FileFormat::kApplicationId);
        QCOMPARE(countRows(file, QStringLiteral("PRAGMA user_version")), FileFormat::kCurrentVersion);
        // No temporary file is left beside it.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("partial")).size(), 0);
    }

    void createRefusesAnExistingFile()
    {
        const QString file = path(QStringLiteral("existing.accred"));
        QVERIFY(writeFile(file, "precious"));
        const QString before = sha256Of(file);
        const auto created = Store::create(file);
        QVERIFY(!created.ok());
        QVERIFY(created.message().contains(QStringLiteral("already exists")));
        QCOMPARE(sha256Of(file), before);
    }

    void candidateRoundTrips()
    {
        auto store = createStore(path(QStringLiteral("roundtrip.accred")));
        QVERIFY(store);
        Candidate c = sampleCandidate(QStringLiteral("Marchand"));
        c.givenNames = QStringLiteral("Élodie");
        c.gender = Gender::Female;
        c.dateOfBirth = QDate(1979, 2, 28);
        c.position = QStringLiteral("Adviser");
        c.phone = QStringLiteral("+33 1 23 45 67 89");
        c.iprExperience = QStringLiteral("Ten years of IPR border measures.");
        const auto saved = store->candidates().save(c);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        QVERIFY(!saved.value().meta.id.isNull());
        QCOMPARE(saved.value().meta.rowVersion, 1);
        QCOMPARE(saved.value().meta.modifiedBy, store->actor().label());
        const auto loaded = store->candidates().byId(saved.value().meta.id);
        QVERIFY(loaded.ok());
        const Candidate& l = loaded.value();
        QCOMPARE(l.familyName, c.familyName);
        QCOMPARE(l.givenNames, c.givenNames);
        QCOMPARE(l.gender, c.gender);
        QCOMPARE(l.dateOfBirth, c.dateOfBirth);
        QCOMPARE(l.nationality, c.nationality);
        QCOMPARE(l.administration, c.administration);
        QCOMPARE(l.region, c.region);
        QCOMPARE(l.position, c.position);
        QCOMPARE(l.email, c.email);
        QCOMPARE(l.phone, c.phone);
        QCOMPARE(l.education, c.education);
        QCOMPARE(l.yearsInCustoms, c.yearsInCustoms);
        QCOMPARE(l.yearsInPublicAdministration, c.yearsInPublicAdministration);
        QCOMPARE(l.englishLevel, c.englishLevel);
        QCOMPARE(l.otherLanguages, c.otherLanguages);
        QCOMPARE(l.iprExperience, c.iprExperience);
        QCOMPARE(l.consentToKeepData, c.consentToKeepData);
        QCOMPARE(l.applicationDate, c.applicationDate);
        QCOMPARE(l.stage, Stage::Applied);
        QCOMPARE(l.meta.modifiedAt, saved.value().meta.modifiedAt);
        const auto all = store->candidates().all();
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), 1);
        QCOMPARE(all.value().first().otherLanguages, c.otherLanguages);
    }

    void invalidCandidateIsNotSaved()
    {
        auto store = createStore(path(QStringLiteral("invalid.accred")));
        QVERIFY(store);
        Candidate c = sampleCandidate(QString());
        const auto saved = store->candidates().save(c);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.code(), ErrorCode::Invalid);
        QVERIFY(saved.message().contains(QStringLiteral("family name")));
        QCOMPARE(store->candidates().all().value().size(), 0);
        QCOMPARE(store->auditTrail().value().size(), 1);  // file.create
    }

    void secondSaveOfAStaleCopyIsAConflict()
    {
        const QString file = path(QStringLiteral("conflict.accred"));
        auto first = createStore(file);
        QVERIFY(first);
        const auto created = first->candidates().save(sampleCandidate(QStringLiteral("Sato")));
        QVERIFY(created.ok());
        // A second window of the same officer shares the editing lease.
        auto second = Store::open(file, Store::Access::Edit);
        QVERIFY(second.ok());
        QVERIFY(!second.value()->isReadOnly());

        Candidate mine = first->candidates().byId(created.value().meta.id).value();
        Candidate theirs = second.value()->candidates().byId(created.value().meta.id).value();
        theirs.position = QStringLiteral("Saved by the other client");
        QVERIFY(second.value()->candidates().save(theirs).ok());
        mine.position = QStringLiteral("Saved from a stale copy");
        const auto refused = first->candidates().save(mine);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), ErrorCode::Conflict);
        QVERIFY2(refused.message().contains(first->actor().person), qPrintable(refused.message()));
        QCOMPARE(first->candidates().byId(mine.meta.id).value().position, QStringLiteral("Saved by the other client"));
        QCOMPARE(first->candidates().byId(mine.meta.id).value().meta.rowVersion, 2);
    }

    void savingACandidateNeverMovesThem()
    {
        auto store = createStore(path(QStringLiteral("stage.accred")));
        QVERIFY(store);
        Candidate c = sampleCandidate(QStringLiteral("Mensah"));
        c.stage = Stage::Accredited;
        const auto saved = store->candidates().save(c);
        QVERIFY(saved.ok());
        QCOMPARE(saved.value().stage, Stage::Applied);
        Candidate edited = saved.value();
        edited.stage = Stage::Retired;
        QVERIFY(store->candidates().save(edited).ok());
        QCOMPARE(store->candidates().byId(saved.value().meta.id).value().stage, Stage::Applied);
    }

    void decisionsMoveCandidatesAlongThePipeline()
    {
        auto store = createStore(path(QStringLiteral("pipeline.accred")));
        QVERIFY(store);
        const Candidate c = store->candidates().save(sampleCandidate(QStringLiteral("Diallo"))).value();
        QVERIFY(makeReadyToSelectAndConfirm(*store, c.meta.id));
        const Workshop workshop = store->workshops().save(sampleWorkshop(QStringLiteral("Brussels"))).value();
        StageDecision select = decision(c, Stage::Applied, Stage::Selected);
        select.workshopId = workshop.meta.id;
        select.informedOn = QDate::currentDate();
        select.informedBy = InformChannel::Email;
        const auto recorded = store->decisions().record(select);
        QVERIFY2(recorded.ok(), qPrintable(recorded.message()));
        QCOMPARE(store->candidates().byId(c.meta.id).value().stage, Stage::Selected);
        // A decision taken on an out-of-date view of the candidate is refused.
        const auto stale = store->decisions().record(decision(c, Stage::Applied, Stage::Waitlisted));
        QVERIFY(!stale.ok());
        QCOMPARE(stale.code(), ErrorCode::Conflict);
        QVERIFY(stale.message().contains(QStringLiteral("Selected")));
        // A move the pipeline has no path for is refused before anything is written.
        const auto jump = store->decisions().record(decision(c, Stage::Selected, Stage::Accredited));
        QVERIFY(!jump.ok());
        QCOMPARE(jump.code(), ErrorCode::Invalid);
        QVERIFY(store->decisions().record(decision(c, Stage::Selected, Stage::Confirmed)).ok());
        const auto history = store->decisions().of(c.meta.id);
        QVERIFY(history.ok());
        QCOMPARE(history.value().size(), 2);
        QCOMPARE(history.value().at(0).to, Stage::Selected);
        QCOMPARE(history.value().at(0).informedBy, std::optional<InformChannel>(InformChannel::Email));
        QCOMPARE(history.value().at(1).to, Stage::Confirmed);
        QVERIFY(!history.value().at(1).isInformed());
        QVERIFY(store->check().value().isEmpty());
    }

    void attachmentsAreStoredOncePerContent()
    {
        const QString file = path(QStringLiteral("attachments.accred"));
        auto store = createStore(file);
        QVERIFY(store);
        const Candidate a = store->candidates().save(sampleCandidate(QStringLiteral("Njoroge"))).value();
        const Candidate b = store->candidates().save(sampleCandidate(QStringLiteral("Dlamini"))).value();
        Attachment cv;
        cv.candidateId = a.meta.id;
        cv.kind = AttachmentKind::Cv;
        cv.fileName = QStringLiteral("cv.pdf");
        cv.mediaType = QStringLiteral("application/pdf");
        cv.content = QByteArray("%PDF-1.4\n") + QByteArray(5000, '\0') + QByteArray("\xff\xfe binary", 9);
        const auto added = store->candidates().addAttachment(cv);
        QVERIFY2(added.ok(), qPrintable(added.message()));
        QCOMPARE(store->candidates().attachmentContent(added.value().meta.id).value(), cv.content);
        const auto twice = store->candidates().addAttachment(cv);
        QVERIFY(!twice.ok());
        QVERIFY(twice.message().contains(QStringLiteral("already attached")));
        Attachment shared = cv;
        shared.candidateId = b.meta.id;
        shared.fileName = QStringLiteral("same cv.pdf");
        QVERIFY(store->candidates().addAttachment(shared).ok());
        QCOMPARE(countRows(file, QStringLiteral("SELECT count(*) FROM document")), 1);
        QCOMPARE(countRows(file, QStringLiteral("SELECT count(*) FROM attachment")), 2);
        const auto listed = store->candidates().attachments(a.meta.id);
        QVERIFY(listed.ok());
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(listed.value().first().fileName, QStringLiteral("cv.pdf"));
        QCOMPARE(listed.value().first().kind, AttachmentKind::Cv);
        QVERIFY(listed.value().first().content.isEmpty());  // listed without content
    }

    void workshopsAndActivitiesRoundTrip()
    {
        auto store = createStore(path(QStringLiteral("workshops.accred")));
        QVERIFY(store);
        Workshop w;
        w.title = QStringLiteral("Kashiwa");
        w.region = Region::AsiaPacific;
        w.venue = QStringLiteral("Customs Training Institute");
        w.startDate = QDate(2023, 10, 10);
        w.assessors = {QStringLiteral("Marta Silva"), QStringLiteral("Kenji Morita")};
        const auto saved = store->workshops().save(w);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        Workshop edited = saved.value();
        edited.capacity = 8;
        QVERIFY(store->workshops().save(edited).ok());
        const auto workshops = store->workshops().all();
        QCOMPARE(workshops.value().size(), 1);
        QCOMPARE(workshops.value().first().capacity, 8);
        QCOMPARE(workshops.value().first().assessors, w.assessors);
        QCOMPARE(workshops.value().first().region, w.region);
        QCOMPARE(workshops.value().first().meta.rowVersion, 2);
        // Saving the first copy again would overwrite the capacity change: refused.
        const auto stale = store->workshops().save(saved.value());
        QVERIFY(!stale.ok());
        QCOMPARE(stale.code(), ErrorCode::Conflict);
        Workshop eleven = workshops.value().first();
        eleven.capacity = 11;
        QCOMPARE(store->workshops().save(eleven).code(), ErrorCode::Invalid);

        Activity a;
        a.title = QStringLiteral("Online course");
        a.kind = ActivityKind::CapacityBuilding;
        a.mode = ActivityMode::Online;
        a.startDate = QDate(2025, 2, 4);
        a.endDate = QDate(2025, 2, 6);
        a.language = QStringLiteral("English");
        const auto activity = store->pool().saveActivity(a);
        QVERIFY2(activity.ok(), qPrintable(activity.message()));
        const auto activities = store->pool().activities();
        QCOMPARE(activities.value().size(), 1);
        QCOMPARE(activities.value().first().mode, ActivityMode::Online);
        QCOMPARE(activities.value().first().endDate, a.endDate);
        QCOMPARE(activities.value().first().country, QString());
    }

    void oddTextRoundTripsByteForByte_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quotes") << QStringLiteral("O'Brien \"the\" `x`; DROP TABLE candidate; --");
        QTest::newRow("like wildcards") << QStringLiteral("100% of_the \\ cases");
        QTest::newRow("nul") << QString::fromUtf16(u"before\u0000after", 12);
        QTest::newRow("rtl marks") << QString::fromUtf16(u"\u200F\u0645\u062D\u0645\u062F\u200E (Mohamed)");
        QTest::newRow("emoji") << QString::fromUtf8("🛃 Customs ✓ 👩🏽‍💼");
        QTest::newRow("one megabyte") << QString(1024 * 1024, QChar(0x00E9));
    }

    void oddTextRoundTripsByteForByte()
    {
        QFETCH(QString, text);
        auto store = createStore(
            path(QStringLiteral("odd-%1.accred")
                     .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')))));
        QVERIFY(store);
        Candidate c = sampleCandidate(QStringLiteral("Family ") + text);
        c.givenNames = text;
        c.nationality = text;
        c.administration = text;
        c.position = text;
        c.iprExperience = text;
        const auto saved = store->candidates().save(c);
        QVERIFY2(saved.ok(), qPrintable(saved.message().left(200)));
        const Candidate loaded = store->candidates().byId(saved.value().meta.id).value();
        QCOMPARE(loaded.familyName, c.familyName);
        QCOMPARE(loaded.givenNames, text);
        QCOMPARE(loaded.nationality, text);
        QCOMPARE(loaded.administration, text);
        QCOMPARE(loaded.position, text);
        QCOMPARE(loaded.iprExperience, text);
        QVERIFY(store->check().value().isEmpty());
    }

    void readOnlySessionsRefuseWrites()
    {
        const QString file = path(QStringLiteral("readonly.accred"));
        {
            QVERIFY(createStore(file));
        }
        const QString before = sha256Of(file);
        auto store = Store::open(file, Store::Access::ReadOnly);
        QVERIFY(store.ok());
        QVERIFY(store.value()->isReadOnly());
        QVERIFY(!store.value()->readOnlyReason().isEmpty());
        const auto refused = store.value()->candidates().save(sampleCandidate(QStringLiteral("Tupou")));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), ErrorCode::ReadOnly);
        QVERIFY(refused.message().contains(QStringLiteral("Nothing was saved")));
        QCOMPARE(sha256Of(file), before);
    }

    void everyCommittedChangeIsAuditedOnce()
    {
        auto store = createStore(path(QStringLiteral("audit.accred")));
        QVERIFY(store);
        Candidate c = store->candidates().save(sampleCandidate(QStringLiteral("Haddad"))).value();
        c.position = QStringLiteral("Legal adviser");
        c = store->candidates().save(c).value();
        QVERIFY(store->decisions().record(decision(c, Stage::Applied, Stage::Waitlisted)).ok());
        QVERIFY(!store->candidates().save(sampleCandidate(QString())).ok());  // refused: no entry
        const auto trail = store->auditTrail();
        QCOMPARE(trail.value().size(), 4);  // file.create, then the three changes
        QCOMPARE(trail.value().at(1).action, QStringLiteral("candidate.create"));
        QCOMPARE(trail.value().at(1).oldValue, QStringLiteral("null"));
        QCOMPARE(trail.value().at(2).action, QStringLiteral("candidate.update"));
        QVERIFY(trail.value().at(2).oldValue.contains(QStringLiteral("\"position\":\"\"")));
        QVERIFY(trail.value().at(2).newValue.contains(QStringLiteral("\"position\":\"Legal adviser\"")));
        QCOMPARE(trail.value().at(3).action, QStringLiteral("decision.record"));
        QCOMPARE(trail.value().at(3).subjectId, c.meta.id.toString(QUuid::WithoutBraces));
        QCOMPARE(store->auditTrail(c.meta.id).value().size(), 3);
        for (const AuditEntry& entry : trail.value()) {
            QCOMPARE(entry.actor, store->actor().label());
            QCOMPARE(AuditLog::hashOf(entry), entry.hash);
        }
    }

    void checkNamesTheFirstBrokenAuditLink_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("edited entry") << QStringLiteral("UPDATE audit_log SET actor = 'mallory@x' WHERE seq = 3")
                                      << QStringLiteral("Audit entry 3");
        QTest::newRow("deleted entry") << QStringLiteral("DELETE FROM audit_log WHERE seq = 2")
                                       << QStringLiteral("Audit entry 2 is missing");
        QTest::newRow("deleted last entry")
            << QStringLiteral("DELETE FROM audit_log WHERE seq = 3") << QStringLiteral("ends at entry 2");
        QTest::newRow("candidate moved behind the pipeline's back")
            << QStringLiteral("UPDATE candidate SET stage = 'accredited'") << QStringLiteral("decisions lead to");
    }

    void checkNamesTheFirstBrokenAuditLink()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const QString file =
            path(QStringLiteral("tampered-%1.accred").arg(qHash(QLatin1String(QTest::currentDataTag()))));
        QFile::remove(file);
        {
            auto store = createStore(file);
            QVERIFY(store);
            Candidate c = store->candidates().save(sampleCandidate(QStringLiteral("Rahman"))).value();
            c.position = QStringLiteral("Analyst");
            QVERIFY(store->candidates().save(c).ok());
            QVERIFY(store->check().value().isEmpty());
        }
        tamper(file, sql);
        auto store = Store::open(file, Store::Access::ReadOnly);
        QVERIFY(store.ok());
        const auto problems = store.value()->check();
        QVERIFY(problems.ok());
        QVERIFY2(problems.value().join(QLatin1Char('\n')).contains(expected),
                 qPrintable(problems.value().join(QLatin1Char('\n'))));
    }

    void missingFileIsNeverCreated()
    {
        const QString file = path(QStringLiteral("not-mounted/share.accred"));
        const auto opened = Store::open(file);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.code(), ErrorCode::NotFound);
        QVERIFY(opened.message().contains(QStringLiteral("share is connected")));
        QVERIFY(!QFileInfo::exists(file));
        const QString plain = path(QStringLiteral("typo.accred"));
        QVERIFY(!Store::open(plain).ok());
        QVERIFY(!QFileInfo::exists(plain));
    }

    void backupIsAVerifiedCopy()
    {
        const QString file = path(QStringLiteral("backed-up.accred"));
        auto store = createStore(file);
        QVERIFY(store);
        QVERIFY(store->candidates().save(sampleCandidate(QStringLiteral("Fernández"))).ok());
        const QString target = path(QStringLiteral("copy.accred"));
        const auto done = store->backupTo(target);
        QVERIFY2(done.ok(), qPrintable(done.message()));
        auto copy = Store::open(target, Store::Access::ReadOnly);
        QVERIFY2(copy.ok(), qPrintable(copy.message()));
        QCOMPARE(copy.value()->candidates().all().value().size(), 1);
        QVERIFY(copy.value()->check().value().isEmpty());
        const QString before = sha256Of(target);
        QVERIFY(!store->backupTo(target).ok());  // never overwrites
        QCOMPARE(sha256Of(target), before);
    }
};

AD_TEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
