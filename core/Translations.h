// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Loads the translations that match the user's locale, for the desktop application and
// the command-line tool alike. The .qm files are compiled into the programs.

namespace Translations {

/// Installs our translation and Qt's own for the current locale; English plurals when the
/// locale is "C". Call once, after the application object exists.
void install();

}  // namespace Translations
