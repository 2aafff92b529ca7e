// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection for the store: runs a session of writes, backups and imports while
// libfiu fails the file system calls underneath (read, write, fsync, open, unlink, rename,
// …) at random, then checks, with no failure injected, that every step either did its
// whole work or failed with a message and left nothing of it, and that the file is intact
// and takes the next write. Run under `fiu-run -x` (ctest's store_faults does), which
// preloads libfiu's POSIX wrappers; this program decides which calls fail, from a seed, so
// that a failing seed can be replayed:
//     fiu-run -x store-faults --first-seed 17 --seeds 1 --verbose

#include "import/ApplicationImport.h"
#include "store/Backup.h"
#include "domain/Person.h"
#include "store/ReviewFile.h"
#include "domain/Score.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/People.h"
#include "store/Candidates.h"
#include "store/Assessment.h"
#include "TestSupport.h"
#include "domain/Workshop.h"

#include <fiu-control.h>
#include <fiu.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <random>

namespace {

// The failure points: every file call libfiu's POSIX preload wraps; not the network's,
// not memory's.
const char* const kPoints[] = {"posix/io/oc/*", "posix/io/rw/*", "posix/io/sync/*", "posix/io/dir/*"};

std::mt19937 chance;
double probability = 0.0;  ///< of each call failing
long long failingCall = -1;  ///< the one call that fails (counted from 0), or -1
long long calls = 0;  ///< file calls made while injecting
bool injecting = false;
int injected = 0;

int decide(const char* name, int* /*failnum*/, void** failinfo, unsigned int* /*flags*/)
{
    // A short read in the middle of a regular file does not happen on a POSIX file
    // system, and SQLite takes the missing bytes for zeros: damage that no disk makes.
    // Short writes, and reads that fail, do happen and stay in.
    const QByteArray point(name);
    if (!injecting || (point.endsWith("/reduce") && point.contains("read"))) {
        return 0;
    }
    const long long call = calls++;
    if (call != failingCall && std::uniform_real_distribution<double>(0.0, 1.0)(chance) >= probability) {
        return 0;
    }
    ++injected;
    // The error the call fails with, from the seed too (libfiu would draw it from its own
    // unseeded generator): a writing call meets a full disk or an I/O error, any other an
    // I/O error.
    const bool writes =
        point.contains("/write") || point.contains("/pwrite") || point.contains("/sync/") || point.contains("truncate");
    *failinfo = reinterpret_cast<void*>(intptr_t(writes && chance() % 2 == 0 ? ENOSPC : EIO));
    return 1;
}

void inject(bool on)
{
    injecting = on;
}

/// What happened to one seed's session, and what is wrong with it.
struct Session {
    QStringList log;  ///< each step and how it ended
    QStringList problems;  ///< broken promises; empty when the seed passes
    QStringList calledDamaged;  ///< steps that said the shared file is damaged
    int sqliteCalledDamaged = 0;  ///< of them, SQLite's verdict on an intact file

    /// A step on the shared file: when it fails, whether it called the file damaged.
    template<typename R>
    void fileStep(const QString& what, const R& result)
    {
        step(what, result.ok(), result.ok() ? QString() : result.message());
        if (!result.ok() && result.code() == ErrorCode::Damaged) {
            calledDamaged.append(what + QStringLiteral(": ") + result.message());
        }
    }
    void step(const QString& what, bool ok, const QString& message)
    {
        log.append(what + QStringLiteral(": ") + (ok ? QStringLiteral("ok") : QStringLiteral("failed: ") + message));
        if (!ok && message.trimmed().isEmpty()) {
            problems.append(what + QStringLiteral(" failed without saying why"));
        }
    }
    void expect(bool condition, const QString& what)
    {
        if (!condition) {
            problems.append(what);
        }
    }
};

Person reviewerPerson()
{
    Person p;
    p.name = QStringLiteral("Kenji Morita");
    p.account = QStringLiteral("kmorita");
    p.role = PersonRole::Reviewer;
    p.administration = QStringLiteral("WCO Secretariat");
    p.email = QStringLiteral("reviewer@wco.example");
    return p;
}

QByteArray applicationsCsv()
{
    return "family_name,given_names,gender,date_of_birth,nationality,administration,region,email,phone,"
           "english_level,other_languages,consent_to_keep_data,application_date\n"
           "Imported1,Alex,female,1980-01-15,Belgian,Belgian Customs,europe,imported1@customs.example,,c1,"
           "French:c1,yes,2023-06-01\n"
           "Imported2,Sam,male,1979-03-02,Kenyan,Kenya Revenue Authority,east_southern_africa,"
           "imported2@kra.example,,c1,Swahili:native,yes,2023-06-02\n";
}

bool hasFamily(const QList<Candidate>& candidates, const QString& family)
{
    for (const Candidate& c : candidates) {
        if (c.familyName == family) {
            return true;
        }
    }
    return false;
}

/// One seed: a file made without failures, a session with them, the checks without.
Session runSeed(const QString& folder)
{
    Session s;
    const QString path = folder + QStringLiteral("/faults.accreditation");
    const QString reviewPath = folder + QStringLiteral("/kmorita.review");

    // The file as it stands before the session: a reviewer with a review file, a candidate
    // and a workshop.
    QUuid candidateId;
    QUuid reviewerId;
    {
        auto created = Store::create(path);
        if (!created.ok()) {
            s.problems.append(QStringLiteral("setup: ") + created.message());
            return s;
        }
        auto& store = *created.value();
        const auto reviewer = store.people().save(reviewerPerson());
        const auto candidate = store.candidates().save(TestSupport::sampleCandidate(QStringLiteral("Before")));
        const auto workshop = store.workshops().save(TestSupport::sampleWorkshop(QStringLiteral("Lima workshop")));
        const auto fileId = store.fileId();
        if (!reviewer.ok() || !candidate.ok() || !workshop.ok() || !fileId.ok()) {
            s.problems.append(QStringLiteral("setup: the file could not be filled"));
            return s;
        }
        candidateId = candidate.value().meta.id;
        reviewerId = reviewer.value().meta.id;
        auto review = ReviewFile::create(reviewPath, fileId.value(), reviewer.value());
        if (!review.ok()) {
            s.problems.append(QStringLiteral("setup: ") + review.message());
            return s;
        }
        Score score;
        score.reviewerId = reviewerId;
        score.candidateId = candidateId;
        score.criterionKey = QStringLiteral("personal.interpersonal");
        score.rating = 3;
        score.updatedAt = QDateTime::currentDateTimeUtc();
        if (const auto saved = review.value()->saveScore(score); !saved.ok()) {
            s.problems.append(QStringLiteral("setup: ") + saved.message());
            return s;
        }
    }

    // The session, with failures.
    QStringList saved;
    QStringList notSaved;
    bool csvImported = false;
    bool reviewImported = false;
    bool edited = false;
    bool editTried = false;
    QStringList backups;
    QStringList failedBackups;
    bool reviewScoreSaved = false;
    bool reviewScoreTried = false;
    inject(true);
    {
        auto opened = Store::open(path, Store::Access::Edit, Actor::current(), Store::DailyBackup::OnOpen);
        s.fileStep(QStringLiteral("open"), opened);
        if (opened.ok() && opened.value()->isReadOnly()) {
            // Opening could not take the editing lease (it failed to write it): a state the
            // window shows; no write is tried.
            s.step(QStringLiteral("open for editing"), false, opened.value()->readOnlyReason());
        } else if (opened.ok()) {
            Store& store = *opened.value();
            for (int i = 1; i <= 3; ++i) {
                const QString family = QStringLiteral("Added%1").arg(i);
                const auto added = store.candidates().save(TestSupport::sampleCandidate(family));
                s.step(QStringLiteral("add ") + family, added.ok(), added.ok() ? QString() : added.message());
                (added.ok() ? saved : notSaved).append(family);
            }
            const auto stored = store.candidates().byId(candidateId);
            s.step(QStringLiteral("read a candidate"), stored.ok(), stored.ok() ? QString() : stored.message());
            if (stored.ok()) {
                Candidate changed = stored.value();
                changed.email = QStringLiteral("changed@customs.example");
                const auto edit = store.candidates().save(changed);
                s.step(QStringLiteral("edit a candidate"), edit.ok(), edit.ok() ? QString() : edit.message());
                editTried = true;
                edited = edit.ok();
            }
            const auto report = ApplicationImport::parse(applicationsCsv(), QStringLiteral("applications.csv"), &store);
            s.step(QStringLiteral("read the CSV"), report.ok(), report.ok() ? QString() : report.message());
            if (report.ok()) {
                const auto applied = ApplicationImport::apply(store, report.value(), false);
                s.step(QStringLiteral("import the CSV"), applied.ok(), applied.ok() ? QString() : applied.message());
                csvImported = applied.ok();
            }
            const auto imported = store.assessment().importReview(reviewPath);
            s.step(QStringLiteral("import the review file"), imported.ok(),
                   imported.ok() ? QString() : imported.message());
            reviewImported = imported.ok();
            for (int i = 1; i <= 2; ++i) {
                const QString target = folder + QStringLiteral("/backup-%1.accreditation").arg(i);
                const Status backup = store.backupTo(target);
                s.step(QStringLiteral("back up"), backup.ok(), backup.message());
                (backup.ok() ? backups : failedBackups).append(target);
            }
        }
        auto review = ReviewFile::open(reviewPath);
        s.step(QStringLiteral("open the review file"), review.ok(), review.ok() ? QString() : review.message());
        if (review.ok()) {
            Score score;
            score.reviewerId = reviewerId;
            score.candidateId = candidateId;
            score.criterionKey = QStringLiteral("wco.trips");
            score.rating = 4;
            score.updatedAt = QDateTime::currentDateTimeUtc();
            const auto scored = review.value()->saveScore(score);
            s.step(QStringLiteral("score in the review file"), scored.ok(), scored.ok() ? QString() : scored.message());
            reviewScoreTried = true;
            reviewScoreSaved = scored.ok();
        }
    }  // the session ends: the lease is handed back, or fails to be
    {
        auto again = Store::open(path, Store::Access::ReadOnly);
        s.fileStep(QStringLiteral("open read-only"), again);
        if (again.ok()) {
            const auto all = again.value()->candidates().all();
            s.step(QStringLiteral("read candidates"), all.ok(), all.ok() ? QString() : all.message());
        }
    }
    inject(false);

    // Without failures: the file opens for editing, is healthy, holds what succeeded and
    // nothing of what failed, and takes the next write.
    auto reopened = Store::open(path, Store::Access::Edit);
    if (!reopened.ok()) {
        s.problems.append(QStringLiteral("the file does not open after the session: ") + reopened.message());
        return s;
    }
    Store& store = *reopened.value();
    if (store.isReadOnly()) {
        s.problems.append(QStringLiteral("the file opens read-only after the session: ") + store.readOnlyReason());
        return s;
    }
    const auto check = store.check();
    s.expect(check.ok() && check.value().isEmpty(),
             QStringLiteral("the file is not healthy: ") +
                 (check.ok() ? check.value().join(QStringLiteral("; ")) : check.message()));
    // A file that the check finds healthy was never damaged: a step that said so sent the
    // user to restore a backup (losing the work since) over a failed read. The quick
    // check's own words for a page it could not read are ours to judge; SQLite itself
    // also calls a file malformed after some failed reads (while reading its schema), a
    // verdict the store cannot tell from real damage, so those are only counted.
    if (check.ok() && check.value().isEmpty()) {
        for (const QString& step : s.calledDamaged) {
            if (step.contains(QLatin1String("unable to get the page"))) {
                s.problems.append(QStringLiteral("the file is intact, yet a failed read was reported as damage (") +
                                  step + QLatin1Char(')'));
            } else {
                ++s.sqliteCalledDamaged;
            }
        }
    }
    const auto candidates = store.candidates().all();
    if (!candidates.ok()) {
        s.problems.append(QStringLiteral("the candidates cannot be read: ") + candidates.message());
        return s;
    }
    s.expect(hasFamily(candidates.value(), QStringLiteral("Before")),
             QStringLiteral("a candidate from before is lost"));
    for (const QString& family : saved) {
        s.expect(hasFamily(candidates.value(), family), family + QStringLiteral(" was saved but is not in the file"));
    }
    for (const QString& family : notSaved) {
        s.expect(!hasFamily(candidates.value(), family), family + QStringLiteral(" failed to save but is in the file"));
    }
    s.expect(hasFamily(candidates.value(), QStringLiteral("Imported1")) == csvImported &&
                 hasFamily(candidates.value(), QStringLiteral("Imported2")) == csvImported,
             csvImported ? QStringLiteral("the CSV import succeeded but its candidates are not all in the file")
                         : QStringLiteral("the CSV import failed but left candidates in the file"));
    if (editTried) {
        const auto after = store.candidates().byId(candidateId);
        s.expect(after.ok() && (after.value().email == QStringLiteral("changed@customs.example")) == edited,
                 edited ? QStringLiteral("the edit succeeded but is not in the file")
                        : QStringLiteral("the edit failed but is in the file"));
    }
    const auto scores = store.assessment().scores(candidateId);
    s.expect(scores.ok() && (scores.value().size() == 1) == reviewImported,
             reviewImported ? QStringLiteral("the review import succeeded but its score is not in the file")
                            : QStringLiteral("the review import failed but left scores in the file"));
    for (const QString& backup : backups) {
        const Status verified = Backup::verify(backup);
        s.expect(verified.ok(), QStringLiteral("a backup that succeeded is not sound: ") + verified.message());
    }
    for (const QString& backup : failedBackups) {
        s.expect(!QFile::exists(backup), QStringLiteral("a backup that failed left a file under its name"));
    }
    {
        // Opened as the reviewer opens it, for editing: that completes a save that was
        // interrupted and could not be rolled back (a hot journal), which a read-only
        // open refuses with a message saying so.
        auto review = ReviewFile::open(reviewPath);
        if (!review.ok()) {
            s.problems.append(QStringLiteral("the review file does not open after the session: ") + review.message());
        } else {
            const auto own = review.value()->scores();
            s.expect(own.ok(), QStringLiteral("the review file's scores cannot be read"));
            if (own.ok() && reviewScoreTried) {
                s.expect((own.value().size() == 2) == reviewScoreSaved,
                         reviewScoreSaved ? QStringLiteral("a score saved in the review file is not there")
                                          : QStringLiteral("a score that failed to save is in the review file"));
            }
        }
    }
    const auto next = store.candidates().save(TestSupport::sampleCandidate(QStringLiteral("After")));
    s.expect(next.ok(), QStringLiteral("the next write fails: ") + next.message());
    const auto checkAfter = store.check();
    s.expect(checkAfter.ok() && checkAfter.value().isEmpty(),
             QStringLiteral("the file is not healthy after the next write"));
    return s;
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Store sessions under random file-system failures (run under fiu-run -x)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("regression-seeds"),
                      QStringLiteral("Seeds that once broke, run first, whatever the time (comma-separated)."),
                      QStringLiteral("LIST")});
    parser.addOption(
        {QStringLiteral("first-seed"), QStringLiteral("The first seed."), QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("seeds"), QStringLiteral("How many seeds at most."), QStringLiteral("N"),
                      QStringLiteral("100")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Stop starting seeds after this long."),
                      QStringLiteral("S"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("verbose"), QStringLiteral("Print every step of every seed.")});
    parser.process(app);
    const unsigned firstSeed = parser.value(QStringLiteral("first-seed")).toUInt();
    const unsigned seeds = parser.value(QStringLiteral("seeds")).toUInt();
    const qint64 budget = parser.value(QStringLiteral("seconds")).toLongLong() * 1000;

    if (fiu_init(0) != 0) {
        std::fprintf(stderr, "libfiu could not start.\n");
        return 2;
    }
    for (const char* point : kPoints) {
        fiu_enable_external(point, 1, nullptr, 0, decide);
    }

    // A session without failures counts the file calls a session makes, so that a seed
    // can fail any one of them.
    long long callsPerSession = 0;
    {
        QTemporaryDir folder;
        probability = 0.0;
        failingCall = -1;
        calls = 0;
        const Session session = runSeed(folder.path());
        callsPerSession = calls;
        if (callsPerSession == 0) {
            std::fprintf(stderr,
                         "No file call reached libfiu: run this under `fiu-run -x` (libfiu's POSIX preload).\n");
            return 1;
        }
        if (!session.problems.isEmpty()) {
            std::fprintf(stderr, "A session without failures already breaks:\n  %s\n  %s\n",
                         qPrintable(session.log.join(QStringLiteral("\n  "))),
                         qPrintable(session.problems.join(QStringLiteral("\n  "))));
            return 1;
        }
    }

    QElapsedTimer clock;
    clock.start();
    int failedSeeds = 0;
    int sqliteCalledDamaged = 0;
    int sessionsWithFailures = 0;
    unsigned run = 0;
    QList<unsigned> regressionSeeds;
    for (const QString& seed :
         parser.value(QStringLiteral("regression-seeds")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        regressionSeeds.append(seed.toUInt());
    }
    unsigned rangeSeed = firstSeed;
    for (unsigned ranged = 0; !regressionSeeds.isEmpty() || (ranged < seeds && clock.elapsed() < budget); ++run) {
        const unsigned seed = !regressionSeeds.isEmpty() ? regressionSeeds.takeFirst() : (++ranged, rangeSeed++);
        chance.seed(seed);
        // Half the seeds fail one call of the session, any one; the others fail calls at
        // random, from one in a thousand (a session then often meets a single failure deep
        // in it) to one in fifty (several, early on).
        calls = 0;
        if (seed % 2 == 0) {
            probability = 0.0;
            failingCall = std::uniform_int_distribution<long long>(0, callsPerSession - 1)(chance);
        } else {
            probability = std::array<double, 4>{0.001, 0.003, 0.01, 0.02}[(seed / 2) % 4];
            failingCall = -1;
        }
        const int before = injected;
        QTemporaryDir folder;
        if (!folder.isValid()) {
            std::fprintf(stderr, "No temporary folder: %s\n", qPrintable(folder.errorString()));
            return 2;
        }
        const Session session = runSeed(folder.path());
        sessionsWithFailures += injected > before ? 1 : 0;
        sqliteCalledDamaged += session.sqliteCalledDamaged;
        if (!session.problems.isEmpty() || parser.isSet(QStringLiteral("verbose"))) {
            std::fprintf(stderr, "Seed %u (%d of %lld file calls failed; probability %.3f, call %lld):\n  %s\n", seed,
                         injected - before, calls, probability, failingCall,
                         qPrintable(session.log.join(QStringLiteral("\n  "))));
        }
        if (!session.problems.isEmpty()) {
            ++failedSeeds;
            std::fprintf(stderr, "Seed %u BROKE:\n  %s\n", seed,
                         qPrintable(session.problems.join(QStringLiteral("\n  "))));
        }
    }
    std::printf("%lld file calls in a session; %u seeds in %.1f s, %d of them with failures injected (%d failures in "
                "all); %d broke. SQLite called the intact file malformed %d times after a failed read.\n",
                callsPerSession, run, clock.elapsed() / 1000.0, sessionsWithFailures, injected, failedSeeds,
                sqliteCalledDamaged);
    return failedSeeds == 0 ? 0 : 1;
}
