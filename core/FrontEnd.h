// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Core's refusals end with what to do, and the way to do it differs by front end: the
// window names a menu or an area, the command line names the command to run. A message
// written in core carries both and shows the running front end's; each program says
// which it is once, at start (the window by default, since tests of core and ui run
// without saying).

#include <QString>

namespace FrontEnd {

enum class Kind { Window, CommandLine };

/// Called once by main(), before any message is made.
void set(Kind kind);
Kind current();
/// The words of the running front end: `inWindow` in the window, `onCommandLine` in the CLI.
QString choose(const QString& inWindow, const QString& onCommandLine);

}  // namespace FrontEnd
