// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the seed files of corpus/store_open and corpus/review_import: a small store and
// a review file as this version makes them, packed into 512-byte pages so that the seeds
// stay small (a review file 5 KB, the store's file 80 KB). Not run by ctest; run it (`ninja fuzz_make_seeds`, then
// `fuzz_make_seeds tests/fuzz/corpus`) when the file format changes.

#include "domain/Candidate.h"
#include "domain/Person.h"
#include "store/ReviewFile.h"
#include "domain/Score.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/People.h"
#include "store/Candidates.h"
#include "TestSupport.h"
#include "domain/Workshop.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

namespace {

bool pack(const QString& path)
{
    sqlite3* db = nullptr;
    bool ok = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK &&
              sqlite3_exec(db, "PRAGMA page_size = 512; VACUUM;", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

bool copy(const QString& from, const QString& to, qint64 bytes = -1)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    const QByteArray content = bytes < 0 ? in.readAll() : in.read(bytes);
    return out.write(content) == content.size();
}

int fail(const QString& what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
    return 1;
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        return fail(QStringLiteral("Usage: fuzz_make_seeds CORPUS_FOLDER (tests/fuzz/corpus)"));
    }
    const QDir corpus(QString::fromLocal8Bit(argv[1]));
    QTemporaryDir folder;
    const QString storePath = folder.filePath(QStringLiteral("seed.accreditation"));
    const QString reviewPath = folder.filePath(QStringLiteral("seed.review"));
    const QString emptyReviewPath = folder.filePath(QStringLiteral("empty.review"));
    {
        auto created = Store::create(storePath);
        if (!created.ok()) {
            return fail(created.message());
        }
        Store& store = *created.value();
        Person p;
        p.name = QStringLiteral("Kenji Morita");
        p.account = QStringLiteral("kmorita");
        p.role = PersonRole::Reviewer;
        p.administration = QStringLiteral("WCO Secretariat");
        p.email = QStringLiteral("reviewer@wco.example");
        const auto reviewer = store.people().save(p);
        const auto arai = store.candidates().save(TestSupport::sampleCandidate(QStringLiteral("Arai")));
        const auto sato = store.candidates().save(TestSupport::sampleCandidate(QStringLiteral("Sato")));
        const auto workshop = store.workshops().save(TestSupport::sampleWorkshop(QStringLiteral("Lima workshop")));
        const auto fileId = store.fileId();
        if (!reviewer.ok() || !arai.ok() || !sato.ok() || !workshop.ok() || !fileId.ok()) {
            return fail(QStringLiteral("The seed file could not be filled."));
        }
        auto review = ReviewFile::create(reviewPath, fileId.value(), reviewer.value());
        auto empty = ReviewFile::create(emptyReviewPath, fileId.value(), reviewer.value());
        if (!review.ok() || !empty.ok()) {
            return fail(QStringLiteral("The seed review files could not be made."));
        }
        const QStringList keys = {QStringLiteral("personal.interpersonal"), QStringLiteral("wco.trips")};
        for (const QString& key : keys) {
            Score s;
            s.reviewerId = reviewer.value().meta.id;
            s.candidateId = arai.value().meta.id;
            s.criterionKey = key;
            s.rating = 3;
            s.comment = QStringLiteral("Clear examples from the field.");
            s.updatedAt = QDateTime::currentDateTimeUtc();
            if (const auto saved = review.value()->saveScore(s); !saved.ok()) {
                return fail(saved.message());
            }
        }
        if (const Status submitted = review.value()->submit(arai.value().meta.id, PipelineStep::Selection, keys, keys);
            !submitted.ok()) {
            return fail(submitted.message());
        }
        if (const Status declared = review.value()->declareConflict(
                sato.value().meta.id, QStringLiteral("Worked together at Japan Customs."));
            !declared.ok()) {
            return fail(declared.message());
        }
    }
    for (const QString& path : {storePath, reviewPath, emptyReviewPath}) {
        if (!pack(path)) {
            return fail(QStringLiteral("Could not pack ") + path);
        }
    }
    if (!Store::open(storePath, Store::Access::ReadOnly).ok() || !ReviewFile::open(reviewPath, true).ok()) {
        return fail(QStringLiteral("The packed seeds do not open."));
    }
    const QString open = corpus.filePath(QStringLiteral("store_open/"));
    const QString review = corpus.filePath(QStringLiteral("review_import/"));
    const bool ok = copy(storePath, open + QStringLiteral("file.accreditation")) &&
                    copy(storePath, open + QStringLiteral("truncated.accreditation"), 2048) &&
                    copy(reviewPath, open + QStringLiteral("review-file-instead.review")) &&
                    copy(reviewPath, review + QStringLiteral("scored.review")) &&
                    copy(emptyReviewPath, review + QStringLiteral("empty.review")) &&
                    copy(reviewPath, review + QStringLiteral("truncated.review"), 1536);
    return ok ? 0 : fail(QStringLiteral("Could not write the seeds."));
}
