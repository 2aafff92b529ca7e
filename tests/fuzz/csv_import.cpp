// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the CSV application import (ApplicationImport) on arbitrary bytes as the
// spreadsheet export, checked against a file holding a candidate (for the duplicate search)
// and two workshops (for the "workshop" column's seats). Whatever the bytes, reading gives a
// report or a reason, and a report's rows and problems hold together.

#include "import/ApplicationImport.h"
#include "FuzzSupport.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/Candidates.h"
#include "TestSupport.h"
#include "domain/Workshop.h"

#include <cstdio>
#include <cstdlib>

namespace {

Store* store = nullptr;  // never destroyed: see FuzzSupport::start

void broken(const char* what)
{
    std::fprintf(stderr, "Import promise broken: %s\n", what);
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzSupport::start(argc, argv);
    auto created = Store::create(FuzzSupport::folder() + QStringLiteral("/applications.accreditation"));
    if (!created.ok()) {
        qFatal("%s", qPrintable(created.message()));
    }
    store = std::move(created).value().release();
    if (!store->candidates().save(TestSupport::sampleCandidate(QStringLiteral("Peeters"))).ok() ||
        !store->workshops()
             .save(TestSupport::sampleWorkshop(QStringLiteral("Accreditation workshop, Lima"), 50, 2))
             .ok() ||
        !store->workshops()
             .save(TestSupport::sampleWorkshop(QStringLiteral("Accreditation workshop, Lomé"), 40, 1))
             .ok()) {
        qFatal("The fuzz target's file could not be filled.");
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray csv(reinterpret_cast<const char*>(data), int(size));
    for (const Store* against : {static_cast<const Store*>(nullptr), static_cast<const Store*>(store)}) {
        const auto read = ApplicationImport::parse(csv, QStringLiteral("applications.csv"), against);
        if (!read.ok()) {
            if (read.message().isEmpty()) {
                broken("a refused file has no reason");
            }
            continue;
        }
        const ImportReport& report = read.value();
        int previousRow = 1;
        for (const ImportRow& row : report.rows) {
            if (row.row <= previousRow) {
                broken("rows are not numbered after the header, in order");
            }
            previousRow = row.row;
            for (const ImportProblem& problem : row.problems) {
                if (problem.message.isEmpty() || problem.row != row.row) {
                    broken("a problem without a message or on another row");
                }
            }
            if (row.ok() && !row.candidate.validate().ok()) {
                broken("a row with no problem holds a candidate that breaks the rules");
            }
        }
        const qsizetype imported = report.importedCandidates().size();
        if (report.validRowCount() + report.invalidRowCount() != report.rows.size() ||
            imported > report.validRowCount() || report.importedSeats().size() != imported ||
            report.importedLinks().size() != imported) {
            broken("the valid, invalid and imported rows do not add up");
        }
        const Status importable = ApplicationImport::importable(report, true);
        if (!importable.ok() && importable.message().isEmpty()) {
            broken("a refusal has no reason");
        }
    }
    return 0;
}
