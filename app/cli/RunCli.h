// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What accreditation-desk-cli does with its arguments, apart from starting Qt: help,
// --version and the subcommands. main() calls it; the whole-cycle test
// (tests/cli/TestWholeCycle.cpp) calls it in its own process, where it alone may set the
// clock (Clock::setForTesting) between commands. Nothing here lets a user move "today".

#include <QStringList>

class QTextStream;

/// Runs the command line `arguments` (without the program's name); returns the exit code.
int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err);
