// SPDX-License-Identifier: GPL-3.0-or-later
// Applicants of a workshop (issue #16): an application names the workshop a candidate
// answers, without a seat, so that 25 applicants can be ranked for 10 seats with nobody
// waitlisted first; the seat comes with the selection and never goes past the capacity, on
// every path of the store (a decision, a reversal, enrolling, importing applications).
#include "assessment/Ranking.h"
#include "assessment/SelectionHelper.h"
#include "domain/Candidate.h"
#include "domain/CompetenceProfile.h"
#include "domain/Pipeline.h"
#include "domain/StageDecision.h"
#include "domain/Workshop.h"
#include "import/ApplicationImport.h"
#include "store/Assessment.h"
#include "store/AuditEntry.h"
#include "store/Candidates.h"
#include "store/Decisions.h"
#include "store/Actor.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "assessment/AssessmentRecords.h"
#include "TestSupport.h"
#include "TestMain.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

StageDecision selection(const Store& store, const QUuid& candidateId, const QUuid& workshopId = {})
{
    StageDecision d;
    d.candidateId = candidateId;
    d.workshopId = workshopId;
    d.from = Stage::Applied;
    d.to = Stage::Selected;
    d.reason = QStringLiteral("Ranked within the seats");
    d.decidedBy = store.actor().label();
    d.decidedAt = QDateTime::currentDateTimeUtc();
    return d;
}

int auditEntries(const Store& store)
{
    return int(store.auditTrail().value().size());
}

/// The first column of the first row `sql` gives, read straight from the file.
QString scalarOf(const QString& file, const QString& sql)
{
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next()) {
                value = q.value(0).toString();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

/// The frozen file of format 12 with seated candidates (tests/data/formats/README.md).
QString frozenApplicantsFile()
{
    return QStringLiteral(AD_FROZEN_FORMATS_DIR "/format-12-applicants.accred");
}

}  // namespace

class TestWorkshopApplicants : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    /// `count` applicants of `workshop`, each with a qualifying screening and a consensus
    /// on two counted criteria (totals from 2 to 2 * maxRating, several tied).
    static QList<QUuid> addApplicants(Store& store, const QUuid& workshop, int count)
    {
        QList<QUuid> ids;
        const int top = store.assessment().currentProfile().value().maxRating();
        const int version = store.assessment().currentProfile().value().version;
        for (int i = 0; i < count; ++i) {
            const auto saved = store.candidates().save(
                sampleCandidate(QStringLiteral("Applicant %1").arg(i + 1, 2, 10, QLatin1Char('0'))));
            if (!saved.ok()) {
                qWarning("%s", qPrintable(saved.message()));
                return {};
            }
            const QUuid id = saved.value().meta.id;
            if (!store.workshops().apply(id, workshop).ok() || !makeReadyToSelectAndConfirm(store, id)) {
                return {};
            }
            for (const QString& key : {QStringLiteral("wco.trips"), QStringLiteral("personal.interpersonal")}) {
                ConsensusRating c;
                c.candidateId = id;
                c.criterionKey = key;
                c.profileVersion = version;
                c.rating = 1 + (i * 7 + key.size()) % top;
                if (auto recorded = store.assessment().recordConsensus(c); !recorded.ok()) {
                    qWarning("%s", qPrintable(recorded.message()));
                    return {};
                }
            }
            ids.append(id);
        }
        return ids;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void twentyFiveApplicantsCompeteForTenSeatsWithNobodyWaitlistedFirst()
    {
        auto store = createStore(path(QStringLiteral("call.accred")));
        QVERIFY(store);
        const Workshop workshop =
            store->workshops().save(sampleWorkshop(QStringLiteral("Accreditation workshop, Lima"), 60, 10)).value();
        const QList<QUuid> ids = addApplicants(*store, workshop.meta.id, 25);
        QCOMPARE(ids.size(), 25);
        // Nobody holds a seat and no decision was taken: they are applicants, nothing more.
        QVERIFY(store->decisions().all().value().isEmpty());
        QCOMPARE(store->workshops().participants(workshop.meta.id).value().size(), 0);
        for (const QUuid& id : ids) {
            QCOMPARE(store->workshops().applicationOf(id).value(), workshop.meta.id);
        }

        const auto applicants = store->assessment().applicants(workshop.meta.id);
        QVERIFY2(applicants.ok(), qPrintable(applicants.message()));
        QCOMPARE(applicants.value().size(), 25);
        const auto values = store->assessment().criterionValues(workshop.meta.id);
        QVERIFY2(values.ok(), qPrintable(values.message()));
        const QList<RankedCandidate> ranked = Ranking::rank(applicants.value(), values.value(), workshop.capacity);
        QCOMPARE(ranked.size(), 25);
        QCOMPARE(std::count_if(ranked.cbegin(), ranked.cend(), [](const RankedCandidate& r) { return r.withinSeats; }),
                 qsizetype(10));
        SelectionRules rules;
        rules.seats = workshop.capacity;
        const SelectionPool pool = Ranking::selectionPool(ranked);
        QCOMPARE(pool.candidates.size(), 25);
        const auto proposal = SelectionHelper::propose(pool.candidates, rules);
        QVERIFY2(proposal.ok(), qPrintable(proposal.message()));
        QCOMPARE(proposal.value().picks.size(), 10);

        // The ten picks are selected: the decision finds the workshop from the application
        // and the seat comes with it.
        for (const SelectionChoice& pick : proposal.value().picks) {
            const auto selected = store->decisions().record(selection(*store, pick.candidate.candidateId));
            QVERIFY2(selected.ok(), qPrintable(selected.message()));
            QCOMPARE(selected.value().workshopId, workshop.meta.id);
            QCOMPARE(store->workshops().enrolmentOf(pick.candidate.candidateId).value(), workshop.meta.id);
        }
        QCOMPARE(store->workshops().participants(workshop.meta.id).value().size(), 10);

        // The eleventh is refused for capacity, says so, and writes nothing.
        QUuid eleventh;
        for (const SelectionChoice& left : proposal.value().leftOut) {
            eleventh = left.candidate.candidateId;
        }
        QVERIFY(!eleventh.isNull());
        const QString file = path(QStringLiteral("call.accred"));
        const QString bytesBefore = sha256Of(file);
        const int entriesBefore = auditEntries(*store);
        const auto refused = store->decisions().record(selection(*store, eleventh));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QStringLiteral("is full: 10 of 10 seats are taken")),
                 qPrintable(refused.message()));
        QCOMPARE(sha256Of(file), bytesBefore);
        QCOMPARE(auditEntries(*store), entriesBefore);
        QCOMPARE(store->candidates().byId(eleventh).value().stage, Stage::Applied);
        QCOMPARE(store->workshops().applicationOf(eleventh).value(), workshop.meta.id);
        // Enrolling them by hand is refused the same way.
        QVERIFY(!store->workshops().enrol(eleventh, workshop.meta.id).ok());
        QCOMPARE(sha256Of(file), bytesBefore);
        // Still 25 applicants, 10 of them seated; `check` finds nothing wrong.
        QCOMPARE(store->assessment().applicants(workshop.meta.id).value().size(), 25);
        QVERIFY(store->check().value().isEmpty());
    }

    void aReversalHandsTheSeatBackAndKeepsTheApplication()
    {
        auto store = createStore(path(QStringLiteral("reverse.accred")));
        QVERIFY(store);
        const Workshop workshop = store->workshops().save(sampleWorkshop(QStringLiteral("Small"), 60, 1)).value();
        const QList<QUuid> ids = addApplicants(*store, workshop.meta.id, 2);
        QCOMPARE(ids.size(), 2);
        const auto first = store->decisions().record(selection(*store, ids.at(0)));
        QVERIFY2(first.ok(), qPrintable(first.message()));
        QVERIFY(!store->decisions().record(selection(*store, ids.at(1))).ok());
        // Reversing the first selection frees the seat; the application stays, so the second
        // applicant can now be selected for it, and reversing that reversal is refused (full).
        const auto reversal = store->decisions().reverse(first.value().meta.id, QStringLiteral("Recorded by mistake"));
        QVERIFY2(reversal.ok(), qPrintable(reversal.message()));
        QCOMPARE(store->workshops().enrolmentOf(ids.at(0)).value(), QUuid());
        QCOMPARE(store->workshops().applicationOf(ids.at(0)).value(), workshop.meta.id);
        QVERIFY(store->decisions().record(selection(*store, ids.at(1))).ok());
        const auto restore = store->decisions().reverse(reversal.value().meta.id, QStringLiteral("It was right"));
        QVERIFY(!restore.ok());
        QVERIFY2(restore.message().contains(QStringLiteral("1 of 1 seats")), qPrintable(restore.message()));
        QCOMPARE(store->workshops().participants(workshop.meta.id).value().size(), 1);
        QVERIFY(store->check().value().isEmpty());
    }

    void theApplicationFollowsTheSeatAndIsChangedOnlyWithout()
    {
        auto store = createStore(path(QStringLiteral("apply.accred")));
        QVERIFY(store);
        const Workshop lima = store->workshops().save(sampleWorkshop(QStringLiteral("Lima"), 60, 10)).value();
        const Workshop lome = store->workshops().save(sampleWorkshop(QStringLiteral("Lomé"), 70, 10)).value();
        const Candidate c = store->candidates().save(sampleCandidate(QStringLiteral("Camara"))).value();
        QCOMPARE(store->workshops().applicationOf(c.meta.id).value(), QUuid());
        QVERIFY(store->workshops().apply(c.meta.id, lima.meta.id).ok());
        QCOMPARE(store->assessment().applicants(lima.meta.id).value().size(), 1);
        QVERIFY(store->workshops().apply(c.meta.id, lome.meta.id).ok());
        QCOMPARE(store->assessment().applicants(lima.meta.id).value().size(), 0);
        QCOMPARE(store->assessment().applicants(lome.meta.id).value().size(), 1);
        // The same workshop again changes nothing and writes nothing.
        const int entries = auditEntries(*store);
        QVERIFY(store->workshops().apply(c.meta.id, lome.meta.id).ok());
        QCOMPARE(auditEntries(*store), entries);
        // A seat taken by hand elsewhere moves the application with it ...
        QVERIFY(store->workshops().enrol(c.meta.id, lima.meta.id).ok());
        QCOMPARE(store->workshops().applicationOf(c.meta.id).value(), lima.meta.id);
        // ... and while the seat is held, the application cannot leave it.
        const QString bytes = sha256Of(path(QStringLiteral("apply.accred")));
        const Status moved = store->workshops().apply(c.meta.id, lome.meta.id);
        QCOMPARE(moved.code(), ErrorCode::Refused);
        QVERIFY2(moved.message().contains(QStringLiteral("holds a seat")), qPrintable(moved.message()));
        QCOMPARE(store->workshops().apply(c.meta.id, QUuid()).code(), ErrorCode::Refused);
        QCOMPARE(sha256Of(path(QStringLiteral("apply.accred"))), bytes);
        // Handing the seat back leaves the application; then it may be withdrawn.
        QVERIFY(store->workshops().enrol(c.meta.id, QUuid()).ok());
        QCOMPARE(store->workshops().applicationOf(c.meta.id).value(), lima.meta.id);
        QVERIFY(store->workshops().apply(c.meta.id, QUuid()).ok());
        QCOMPARE(store->workshops().applicationOf(c.meta.id).value(), QUuid());
        QCOMPARE(store->workshops().apply(c.meta.id, QUuid::createUuid()).code(), ErrorCode::NotFound);
        QVERIFY(store->check().value().isEmpty());
    }

    void twentyFiveImportedRowsApplyToATenSeatWorkshop()
    {
        auto store = createStore(path(QStringLiteral("import.accred")));
        QVERIFY(store);
        const Workshop workshop =
            store->workshops().save(sampleWorkshop(QStringLiteral("Accreditation workshop, Lima"), 60, 10)).value();
        QStringList lines = {QStringLiteral("family_name,given_names,nationality,administration,region,email,"
                                            "application_date,workshop")};
        for (int i = 1; i <= 25; ++i) {
            lines.append(QStringLiteral("Applicant %1,Alex,Peruvian,SUNAT Peru,americas_caribbean,a%1@example.org,"
                                        "2023-06-01,Lima")
                             .arg(i));
        }
        const auto report = ApplicationImport::parse(lines.join(QLatin1Char('\n')).toUtf8() + '\n',
                                                     QStringLiteral("applications.csv"), store.get());
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QStringList problems;
        for (const ImportProblem& problem : report.value().problems()) {
            problems.append(problem.message);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const auto imported = ApplicationImport::apply(*store, report.value(), false);
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        QCOMPARE(imported.value().size(), 25);
        QCOMPARE(store->workshops().participants(workshop.meta.id).value().size(), 0);
        QCOMPARE(store->assessment().applicants(workshop.meta.id).value().size(), 25);
        for (const QUuid& id : imported.value()) {
            QCOMPARE(store->workshops().applicationOf(id).value(), workshop.meta.id);
        }
        QVERIFY(store->check().value().isEmpty());
    }

    void seatedCandidatesOfFormat12BecomeApplicantsOfTheirWorkshop()
    {
        const QString file = path(QStringLiteral("format-12-applicants.accred"));
        QVERIFY(QFile::copy(frozenApplicantsFile(), file));
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
        // What the file held: every seat, read before the upgrade.
        const QString seatsBefore = scalarOf(file, QStringLiteral("SELECT group_concat(candidate_id || '=' || "
                                                                  "workshop_id, ';') FROM (SELECT candidate_id, "
                                                                  "workshop_id FROM enrolment ORDER BY candidate_id)"));
        QVERIFY2(seatsBefore.count(QLatin1Char('=')) >= 5, qPrintable(seatsBefore));
        const QString officer = scalarOf(
            file, QStringLiteral("SELECT account FROM person WHERE role = 'officer' ORDER BY account LIMIT 1"));
        Actor actor = Actor::current();
        actor.person = officer.trimmed();
        actor.account = officer.trimmed();
        auto opened = Store::open(file, Store::Access::Edit, actor);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        Store& store = *opened.value();
        for (const QString& pair : seatsBefore.trimmed().split(QLatin1Char(';'))) {
            const QUuid candidate = QUuid::fromString(pair.section(QLatin1Char('='), 0, 0));
            const QUuid workshop = QUuid::fromString(pair.section(QLatin1Char('='), 1));
            QCOMPARE(store.workshops().applicationOf(candidate).value(), workshop);
            QCOMPARE(store.workshops().enrolmentOf(candidate).value(), workshop);
            bool listed = false;
            for (const WorkshopApplicant& a : store.assessment().applicants(workshop).value()) {
                listed = listed || a.candidateId == candidate;
            }
            QVERIFY(listed);
        }
        // The upgrade sealed what it wrote: `check` finds nothing added outside the application.
        const auto problems = store.check();
        QVERIFY2(problems.ok(), qPrintable(problems.message()));
        QVERIFY2(problems.value().isEmpty(), qPrintable(problems.value().join(QLatin1Char('\n'))));
    }
};

AD_TEST_GUILESS_MAIN(TestWorkshopApplicants)
#include "TestWorkshopApplicants.moc"
