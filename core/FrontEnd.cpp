// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrontEnd.h"

#include <atomic>

namespace {

std::atomic<FrontEnd::Kind> g_kind{FrontEnd::Kind::Window};

}  // namespace

void FrontEnd::set(Kind kind)
{
    g_kind.store(kind, std::memory_order_relaxed);
}

FrontEnd::Kind FrontEnd::current()
{
    return g_kind.load(std::memory_order_relaxed);
}

QString FrontEnd::choose(const QString& inWindow, const QString& onCommandLine)
{
    return current() == Kind::CommandLine ? onCommandLine : inWindow;
}
