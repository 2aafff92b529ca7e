// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: opening a file (Store::open) that holds arbitrary bytes, for editing, as
// someone picking any file in the Open dialog would. Whatever the bytes, opening gives a
// store or a reason; an opened store can be read and checked, as a whole too.

#include "store/AuditEntry.h"
#include "domain/Candidate.h"
#include "FuzzSupport.h"
#include "store/Store.h"
#include "store/Candidates.h"
#include "store/WholeFileCheck.h"

#include <cstdio>
#include <cstdlib>

namespace {

void broken(const char* what)
{
    std::fprintf(stderr, "Open promise broken: %s\n", what);
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzSupport::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = FuzzSupport::writeInput(QStringLiteral("input.accreditation"),
                                                 QByteArray(reinterpret_cast<const char*>(data), int(size)));
    {
        auto opened = Store::open(path, Store::Access::Edit, Actor::current(), Store::DailyBackup::Later);
        if (!opened.ok()) {
            if (opened.message().isEmpty()) {
                broken("a refused file has no reason");
            }
        } else {
            const Store& store = *opened.value();
            // A file that opens is read as the window's first views read it, then checked.
            if (const auto candidates = store.candidates().all(); !candidates.ok() && candidates.message().isEmpty()) {
                broken("reading candidates failed without a reason");
            }
            if (const auto audit = store.auditTrail(); !audit.ok() && audit.message().isEmpty()) {
                broken("reading the audit trail failed without a reason");
            }
            if (const auto problems = store.check(); !problems.ok() && problems.message().isEmpty()) {
                broken("the check failed without a reason");
            }
            // What the window checks after the open, in the background (issue #18).
            if (const auto whole = WholeFileCheck::run(path); !whole.ok() && whole.message().isEmpty()) {
                broken("the whole-file check failed without a reason");
            }
        }
    }
    FuzzSupport::clearFolder();
    return 0;
}
