// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the review-file import (ReviewFile::open, then Assessment::importReview) on
// arbitrary bytes as a reviewer's review file. Before the import the input is made to name
// this target's file, reviewer and candidate where it is an SQLite file at all, as a real
// review file would, so that the fuzzer reaches past the identity check into the scores.
// Whatever the bytes, the import gives its result or a reason, and the file stays healthy.

#include "domain/Candidate.h"
#include "FuzzSupport.h"
#include "domain/Person.h"
#include "store/ReviewFile.h"
#include "domain/Score.h"
#include "store/Store.h"
#include "store/People.h"
#include "store/Candidates.h"
#include "store/Assessment.h"
#include "TestSupport.h"

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>

namespace {

Store* store = nullptr;  // never destroyed: see FuzzSupport::start
QByteArray fileId;
QByteArray reviewerId;
QByteArray candidateId;

void broken(const char* what)
{
    std::fprintf(stderr, "Review import promise broken: %s\n", what);
    std::abort();
}

/// Points the review file at this target's file, reviewer and candidate; leaves anything
/// that is not an SQLite file (or not a review file) as it is.
void aimAtStore(const QString& path)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        const QByteArray sql = "UPDATE review_info SET value = '" + fileId +
                               "' WHERE key = 'shared_file_id';"
                               "UPDATE review_info SET value = '" +
                               reviewerId +
                               "' WHERE key = 'reviewer_id';"
                               "UPDATE OR IGNORE score SET candidate_id = '" +
                               candidateId + "';";
        sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
    }
    sqlite3_close(db);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzSupport::start(argc, argv);
    auto created = Store::create(FuzzSupport::folder() + QStringLiteral("/assessments.accreditation"));
    if (!created.ok()) {
        qFatal("%s", qPrintable(created.message()));
    }
    store = std::move(created).value().release();
    Person reviewer;
    reviewer.name = QStringLiteral("Kenji Morita");
    reviewer.account = QStringLiteral("kmorita");
    reviewer.role = PersonRole::Reviewer;
    reviewer.administration = QStringLiteral("WCO Secretariat");
    reviewer.email = QStringLiteral("reviewer@wco.example");
    const auto person = store->people().save(reviewer);
    const auto candidate = store->candidates().save(TestSupport::sampleCandidate(QStringLiteral("Arai")));
    const auto id = store->fileId();
    if (!person.ok() || !candidate.ok() || !id.ok()) {
        qFatal("The fuzz target's file could not be filled.");
    }
    fileId = id.value().toUtf8();
    reviewerId = person.value().meta.id.toString(QUuid::WithoutBraces).toUtf8();
    candidateId = candidate.value().meta.id.toString(QUuid::WithoutBraces).toUtf8();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = FuzzSupport::writeInput(QStringLiteral("input.review"),
                                                 QByteArray(reinterpret_cast<const char*>(data), int(size)));
    aimAtStore(path);
    {
        auto opened = ReviewFile::open(path, true);
        if (!opened.ok()) {
            if (opened.message().isEmpty()) {
                broken("a refused review file has no reason");
            }
        } else {
            if (const auto scores = opened.value()->scores(); !scores.ok() && scores.message().isEmpty()) {
                broken("reading the scores failed without a reason");
            }
            if (const auto conflicts = opened.value()->conflicts(); !conflicts.ok() && conflicts.message().isEmpty()) {
                broken("reading the conflicts failed without a reason");
            }
        }
    }
    const auto imported = store->assessment().importReview(path);
    if (!imported.ok()) {
        if (imported.message().isEmpty()) {
            broken("a refused import has no reason");
        }
        FuzzSupport::clearFolder({QStringLiteral("assessments.accreditation")});
        return 0;  // a refused import writes nothing: the file needs no new check
    }
    const auto problems = store->check();
    if (!problems.ok() || !problems.value().isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(problems.ok() ? problems.value().join(QLatin1Char('\n')) : problems.message()));
        broken("the file is not healthy after an import");
    }
    FuzzSupport::clearFolder({QStringLiteral("assessments.accreditation")});
    return 0;
}
