// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "domain/AvailabilityCommitment.h"
#include "domain/Screening.h"
#include "domain/Workshop.h"

#include "domain/Candidate.h"
#include "domain/Person.h"
#include "store/ReviewFile.h"
#include "domain/Score.h"
#include "assessment/AssessmentRound.h"
#include "assessment/ScoringForm.h"
#include "assessment/ScreeningCheck.h"
#include "domain/StageDecision.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/People.h"
#include "store/Decisions.h"
#include "store/Candidates.h"
#include "store/Assessment.h"
#include "store/FileSettings.h"

#include <QCoreApplication>
#include <QTest>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <iterator>

#include <unistd.h>

QString TestSupport::sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

bool TestSupport::writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

int TestSupport::run(const QString& program, const QStringList& arguments, QString* out, QString* err)
{
    QProcess process;
    process.start(program, arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        return -1;
    }
    if (out) {
        *out = QString::fromUtf8(process.readAllStandardOutput());
    }
    if (err) {
        *err = QString::fromUtf8(process.readAllStandardError());
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool TestSupport::runningAsRoot()
{
    return geteuid() == 0;
}

namespace {
QString& runningTestClass()
{
    static QString name;
    return name;
}
}  // namespace

void TestSupport::setTestClass(const QString& name)
{
    runningTestClass() = name;
}

QString TestSupport::testClass()
{
    return runningTestClass();
}

int TestSupport::runFunctionUnprivileged(const QString& function, QString* output)
{
    // The build folder may sit where the unprivileged user cannot reach (a CI clone under
    // /root); a copy of this executable in an open temporary folder can always be run.
    QTemporaryDir folder;
    const QString copy = folder.filePath(QFileInfo(QCoreApplication::applicationFilePath()).fileName());
    if (!QFile::copy(QCoreApplication::applicationFilePath(), copy)) {
        return -1;
    }
    const auto open = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                      QFile::ReadOther | QFile::ExeOther;
    QFile::setPermissions(folder.path(), open);
    QFile::setPermissions(copy, open);
    QString out;
    QString err;
    const int code = run(QStringLiteral("setpriv"),
                         {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                          QStringLiteral("--clear-groups"), copy, testClass(), function},
                         &out, &err);
    if (output) {
        *output = out + err;
    }
    return code;
}

Candidate TestSupport::sampleCandidate(const QString& familyName)
{
    Candidate c;
    c.familyName = familyName;
    c.givenNames = QStringLiteral("Alex");
    c.nationality = QStringLiteral("Belgian");
    c.administration = QStringLiteral("Belgian Customs");
    c.region = Region::Europe;
    c.email = QStringLiteral("alex@customs.example");
    c.yearsInCustoms = 8;
    c.yearsInPublicAdministration = 9;
    c.englishLevel = LanguageLevel::C1;
    c.otherLanguages = {{QStringLiteral("Dutch"), LanguageLevel::Native},
                        {QStringLiteral("French"), LanguageLevel::C1}};
    c.education = EducationLevel::Master;
    c.applicationDate = QDate(2023, 6, 1);
    c.consentToKeepData = true;
    return c;
}

std::unique_ptr<Store> TestSupport::createStore(const QString& path)
{
    auto created = Store::create(path);
    if (!created.ok()) {
        qWarning("%s", qPrintable(created.message()));
        return nullptr;
    }
    return std::move(created).value();
}

QString TestSupport::runSql(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        }
        for (const QString& statement : statements) {
            QSqlQuery q(db);
            if (error.isEmpty() && !q.exec(statement)) {
                error = statement + QStringLiteral(": ") + q.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

Workshop TestSupport::sampleWorkshop(const QString& title, int startsInDays, int capacity)
{
    Workshop w;
    w.title = title;
    w.region = Region::Europe;
    w.venue = QStringLiteral("WCO headquarters, Brussels");
    w.startDate = QDate::currentDate().addDays(startsInDays);
    w.capacity = capacity;
    w.assessors = {QStringLiteral("Marta Silva")};
    return w;
}

bool TestSupport::makeReadyToSelectAndConfirm(Store& store, const QUuid& candidateId)
{
    Screening screening;
    screening.candidateId = candidateId;
    screening.hardRequirementsMet = true;
    screening.countedMet = 5;
    screening.countedTotal = 7;
    // Where the candidate's own data say otherwise, the officer's judgment needs its reason.
    const auto check = store.assessment().screeningCheck(candidateId);
    if (check.ok() && !check.value().contradictions(true).isEmpty()) {
        screening.overrideReason = QStringLiteral("Certificates checked by hand");
    }
    AvailabilityCommitment commitment;
    commitment.candidateId = candidateId;
    commitment.givenOn = QDate::currentDate();
    commitment.how = QStringLiteral("Signed form by e-mail");
    const Status screened = store.decisions().recordScreening(screening);
    if (!screened.ok()) {
        qWarning("makeReadyToSelectAndConfirm: %s", qPrintable(screened.message()));
        return false;
    }
    const Status committed = store.decisions().recordCommitment(commitment);
    if (!committed.ok()) {
        qWarning("makeReadyToSelectAndConfirm: %s", qPrintable(committed.message()));
        return false;
    }
    return true;
}

QUuid TestSupport::makeAssessedWorkshop(Store& store, const QString& folder)
{
    const auto failed = [](const QString& what) {
        qWarning("makeAssessedWorkshop: %s", qPrintable(what));
        return QUuid();
    };
    const auto workshop = store.workshops().save(sampleWorkshop(QStringLiteral("Kashiwa assessment"), 60, 3));
    if (!workshop.ok()) {
        return failed(workshop.message());
    }
    const QUuid w = workshop.value().meta.id;
    // Scored on presentations only of the workshop's own criteria: the other two are put
    // back once the forms are submitted (criteria added after the scoring, so unscored).
    const auto ownCriteria = store.workshops().criteria(w);
    if (!ownCriteria.ok()) {
        return failed(ownCriteria.message());
    }
    QList<Criterion> presentationsOnly;
    for (const Criterion& c : ownCriteria.value()) {
        if (c.key == QStringLiteral("presentations")) {
            presentationsOnly.append(c);
        }
    }
    if (const Status narrowed = store.workshops().setCriteria(w, presentationsOnly, ownCriteria.value());
        !narrowed.ok()) {
        return failed(narrowed.message());
    }
    struct Row {
        const char* family;
        const char* administration;
        Gender gender;
        Region region;
        int interpersonal[2];
        int trips[2];
        int postgraduate[2];
        bool seat;
    };
    const Row rows[] = {
        {"Arai", "Japan Customs", Gender::Male, Region::AsiaPacific, {4, 4}, {4, 4}, {2, 2}, true},
        {"Sato", "Japan Customs", Gender::Female, Region::AsiaPacific, {4, 4}, {3, 3}, {2, 2}, true},
        {"Kamau", "Kenya Revenue Authority", Gender::Male, Region::EastSouthernAfrica, {3, 3}, {3, 3}, {2, 2}, true},
        {"Quispe", "SUNAT Peru", Gender::Male, Region::AmericasCaribbean, {3, 3}, {1, 3}, {2, 2}, false},
        {"Flores", "SUNAT Peru", Gender::Female, Region::AmericasCaribbean, {1, 1}, {1, 1}, {0, 0}, false},
        {"Outsider", "Belgian Customs", Gender::Male, Region::Europe, {4, 4}, {4, 4}, {4, 4}, false},
    };
    QList<QUuid> ids;
    for (const Row& row : rows) {
        Candidate c = sampleCandidate(QString::fromLatin1(row.family));
        c.administration = QString::fromLatin1(row.administration);
        c.gender = row.gender;
        c.region = row.region;
        const auto saved = store.candidates().save(c);
        if (!saved.ok() || !makeReadyToSelectAndConfirm(store, saved.value().meta.id)) {
            return failed(QStringLiteral("candidate %1").arg(QString::fromLatin1(row.family)));
        }
        const QUuid id = saved.value().meta.id;
        ids.append(id);
        if (row.seat) {
            if (const Status enrolled = store.workshops().enrol(id, w); !enrolled.ok()) {
                return failed(enrolled.message());
            }
        } else if (QString::fromLatin1(row.family) != QStringLiteral("Outsider")) {
            StageDecision d;
            d.candidateId = id;
            d.workshopId = w;
            d.from = Stage::Applied;
            d.to = Stage::Waitlisted;
            d.decidedBy = QStringLiteral("Officer");
            d.decidedAt = QDateTime::currentDateTimeUtc();
            d.reason = QStringLiteral("Seats are full; next in line.");
            if (const auto decided = store.decisions().record(d); !decided.ok()) {
                return failed(decided.message());
            }
        }
    }
    const QString fileId = store.fileId().value();
    const QStringList keys = {QStringLiteral("personal.interpersonal"), QStringLiteral("wco.trips"),
                              QStringLiteral("academic.postgraduate"), QStringLiteral("career.customs_5_years"),
                              QStringLiteral("workshop:presentations")};
    // Two reviewers score and submit everyone; a third leaves a draft, which never counts.
    for (int reviewer = 0; reviewer < 3; ++reviewer) {
        Person p;
        p.name =
            QList<QString>{QStringLiteral("Kenji Morita"), QStringLiteral("Lina Haddad"), QStringLiteral("Ana Duarte")}
                .at(reviewer);
        p.account = QList<QString>{QStringLiteral("kmorita"), QStringLiteral("lhaddad"), QStringLiteral("aduarte")}.at(
            reviewer);
        p.role = PersonRole::Reviewer;
        p.administration = QStringLiteral("WCO Secretariat");
        p.email = QStringLiteral("reviewer@wco.example");
        const auto person = store.people().save(p);
        if (!person.ok()) {
            return failed(person.message());
        }
        // The import accepts scores of assigned candidates only, as the reviewer's own
        // commands do.
        for (int i = 0; i < int(std::size(rows)); ++i) {
            if (reviewer < 2 || i == 4) {
                for (const PipelineStep round : {PipelineStep::Selection, PipelineStep::Workshop}) {
                    if (const Status assigned =
                            store.assessment().assignReviewer(ids.at(i), person.value().meta.id, QString(), round);
                        !assigned.ok()) {
                        return failed(assigned.message());
                    }
                }
            }
        }
        const QString path = QString(folder + QStringLiteral("/reviewer-%1.review").arg(reviewer));
        QFile::remove(path);
        auto review = ReviewFile::create(path, fileId, person.value());
        if (!review.ok()) {
            return failed(review.message());
        }
        // A profile criterion is rated in Stage 1 unless another round is named; a
        // workshop's own in Stage 2.
        const auto score = [&](const QUuid& candidate, const QString& criterion, int rating,
                               std::optional<PipelineStep> round = std::nullopt) {
            Score s;
            s.reviewerId = person.value().meta.id;
            s.candidateId = candidate;
            s.criterionKey = criterion;
            s.round = round.value_or(AssessmentRound::roundOfKey(criterion));
            s.rating = rating;
            s.updatedAt = QDateTime::currentDateTimeUtc();
            const auto saved = review.value()->saveScore(s);
            if (!saved.ok()) {
                qWarning("makeAssessedWorkshop: %s", qPrintable(saved.message()));
            }
            return saved.ok();
        };
        bool ok = true;
        if (reviewer == 2) {
            ok = score(ids.at(4), QStringLiteral("wco.ipr_tools"), 4);  // Flores: a draft
        }
        for (int i = 0; i < int(std::size(rows)) && reviewer < 2; ++i) {
            ok = ok && score(ids.at(i), keys.at(0), rows[i].interpersonal[reviewer]) &&
                 score(ids.at(i), keys.at(1), rows[i].trips[reviewer]) &&
                 score(ids.at(i), keys.at(2), rows[i].postgraduate[reviewer]) && score(ids.at(i), keys.at(3), 1);
            // Outsider is in no workshop: their form has no workshop criteria.
            if (QString::fromLatin1(rows[i].family) != QStringLiteral("Outsider")) {
                ok = ok && score(ids.at(i), keys.at(4), 2 + reviewer);
            }
            // A candidate's form is submitted whole, once every item is rated: the items
            // above as the rows say, every other item 0 by both reviewers (no total, no
            // disagreement).
            // Each round's form is submitted on its own: Stage 1 (the profile's criteria), then
            // Stage 2 (the workshop's own, and the profile's as observed, those 0).
            for (const PipelineStep round : {PipelineStep::Selection, PipelineStep::Workshop}) {
                const auto form = store.assessment().scoringForm(ids.at(i), round);
                if (!form.ok()) {
                    return failed(form.message());
                }
                for (const QString& key : form.value().keys()) {
                    const bool rated = keys.contains(key) && AssessmentRound::roundOfKey(key) == round;
                    ok = ok && (rated || score(ids.at(i), key, 0, round));
                }
                ok = ok && review.value()->submit(ids.at(i), round, form.value().keys(), form.value().keys()).ok();
            }
        }
        if (!ok) {
            return failed(QStringLiteral("a score"));
        }
        const auto imported = store.assessment().importReview(path);
        if (!imported.ok()) {
            return failed(imported.message());
        }
    }
    if (const Status restored =
            store.workshops().setCriteria(w, ownCriteria.value(), store.workshops().criteria(w).value());
        !restored.ok()) {
        return failed(restored.message());
    }
    // The tests of blindness have a reviewer look at candidates not assigned to them (Ana
    // Duarte has Flores only): reviewers see every candidate here, so that what they are
    // shown of the scores is the rule under test (CandidateDisclosure has its own tests).
    const FileSettings::Values read = store.settings().values();
    FileSettings::Values everyone = read;
    everyone.reviewersSee = ReviewerScope::All;
    if (const Status widened = store.settings().update(read, everyone); !widened.ok()) {
        return failed(widened.message());
    }
    return w;
}
