// SPDX-License-Identifier: GPL-3.0-or-later
// A second program writing the same file, as another window or another officer's machine
// would, so that TestConcurrency can run several writers at once, kill one mid-save or
// starve one of disk space. Every id it prints has been saved: saveCandidate returned ok
// before the line was written and flushed, which is what the crash test relies on.
//
//   stress-writer FILE COUNT PREFIX      saves COUNT new candidates; stops early, exit 0, on SIGTERM
//   stress-writer --edit FILE ID TEXT    reads a candidate, prints "read <version>", waits for a line
//                                        on stdin, then saves it with TEXT as position (exit 3: Conflict)
//   stress-writer --disk-full FILE BYTES saves a 2 MB candidate with files limited to the file's size
//                                        plus BYTES, prints the outcome, waits for a line on stdin, then
//                                        saves it again without the limit
#include "domain/Candidate.h"
#include "store/Store.h"
#include "store/Candidates.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUuid>

#include <csignal>
#include <cstdio>

#include <sys/resource.h>

namespace {

volatile std::sig_atomic_t g_stop = 0;

void requestStop(int)
{
    g_stop = 1;
}

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int fail(const QString& message, int code = 1)
{
    std::fputs(qPrintable(message + QLatin1Char('\n')), stderr);
    return code;
}

/// Blocks until the test says go (a line on stdin) or closes the channel.
void awaitGo()
{
    char line[64];
    (void)std::fgets(line, sizeof line, stdin);
}

Result<std::unique_ptr<Store>> openForEditing(const QString& file)
{
    // AD_STRESS_AS_COMMAND set: open as accreditation-desk-cli does, the lease taken with the first change.
    auto store = Store::open(file, qEnvironmentVariableIsSet("AD_STRESS_AS_COMMAND") ? Store::Access::EditOnChange
                                                                                     : Store::Access::Edit);
    if (store.ok() && store.value()->isReadOnly()) {
        return Result<std::unique_ptr<Store>>::failure(ErrorCode::ReadOnly, store.value()->readOnlyReason());
    }
    return store;
}

int saveMany(const QString& file, int count, const QString& prefix)
{
    // SIGTERM asks for a clean stop after the save in flight, so a test can end an open-ended run with exit 0.
    std::signal(SIGTERM, requestStop);
    auto store = openForEditing(file);
    if (!store.ok()) {
        return fail(store.message());
    }
    for (int i = 0; i < count && !g_stop; ++i) {
        const auto saved =
            store.value()->candidates().save(TestSupport::sampleCandidate(prefix + QStringLiteral(" %1").arg(i)));
        if (!saved.ok()) {
            return fail(QStringLiteral("save %1 failed (code %2): %3")
                            .arg(i)
                            .arg(static_cast<int>(saved.code()))
                            .arg(saved.message()));
        }
        say(saved.value().meta.id.toString(QUuid::WithoutBraces));
    }
    return 0;
}

int editOne(const QString& file, const QUuid& id, const QString& position)
{
    auto store = openForEditing(file);
    if (!store.ok()) {
        return fail(store.message());
    }
    auto read = store.value()->candidates().byId(id);
    if (!read.ok()) {
        return fail(read.message());
    }
    Candidate candidate = read.value();
    say(QStringLiteral("read %1").arg(candidate.meta.rowVersion));
    awaitGo();
    candidate.position = position;
    const auto saved = store.value()->candidates().save(candidate);
    if (!saved.ok()) {
        say(saved.code() == ErrorCode::Conflict ? QStringLiteral("conflict") : QStringLiteral("failed"));
        return fail(saved.message(), saved.code() == ErrorCode::Conflict ? 3 : 1);
    }
    say(QStringLiteral("saved %1").arg(saved.value().meta.rowVersion));
    return 0;
}

int saveOnFullDisk(const QString& file, qint64 margin)
{
    // Without this the kernel kills the process at the limit instead of failing the write.
    std::signal(SIGXFSZ, SIG_IGN);
    auto store = openForEditing(file);
    if (!store.ok()) {
        return fail(store.message());
    }
    Candidate big = TestSupport::sampleCandidate(QStringLiteral("Large"));
    big.iprExperience = QStringLiteral("A pasted CV summary. ").repeated(100000).left(2000000);
    rlimit original{};
    if (getrlimit(RLIMIT_FSIZE, &original) != 0) {
        return fail(QStringLiteral("getrlimit failed"));
    }
    // The limit is set after opening, so that only the save meets it: room for the rollback
    // journal of the pages the save changes, none for the megabytes it adds.
    rlimit limited = original;
    limited.rlim_cur = static_cast<rlim_t>(QFileInfo(file).size() + margin);
    if (setrlimit(RLIMIT_FSIZE, &limited) != 0) {
        return fail(QStringLiteral("setrlimit failed"));
    }
    const auto refused = store.value()->candidates().save(big);
    if (refused.ok()) {
        say(QStringLiteral("saved despite the limit"));
    } else {
        say(QStringLiteral("failed %1 %2").arg(static_cast<int>(refused.code())).arg(refused.message()));
    }
    awaitGo();
    if (setrlimit(RLIMIT_FSIZE, &original) != 0) {
        return fail(QStringLiteral("setrlimit failed"));
    }
    const auto saved = store.value()->candidates().save(big);
    if (!saved.ok()) {
        say(QStringLiteral("failed again %1 %2").arg(static_cast<int>(saved.code())).arg(saved.message()));
        return fail(saved.message());
    }
    say(QStringLiteral("saved %1").arg(saved.value().meta.id.toString(QUuid::WithoutBraces)));
    return 0;
}

}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    bool numeric = false;
    if (args.size() == 4 && args.at(0) == QLatin1String("--edit")) {
        return editOne(args.at(1), QUuid::fromString(args.at(2)), args.at(3));
    }
    if (args.size() == 3 && args.at(0) == QLatin1String("--disk-full")) {
        const qint64 margin = args.at(2).toLongLong(&numeric);
        return numeric ? saveOnFullDisk(args.at(1), margin) : fail(QStringLiteral("BYTES must be a number"), 2);
    }
    if (args.size() == 3) {
        const int count = args.at(1).toInt(&numeric);
        return numeric ? saveMany(args.at(0), count, args.at(2)) : fail(QStringLiteral("COUNT must be a number"), 2);
    }
    return fail(QStringLiteral("usage: stress-writer FILE COUNT PREFIX | --edit FILE ID TEXT | --disk-full FILE BYTES"),
                2);
}
