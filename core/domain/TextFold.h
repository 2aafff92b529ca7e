// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Text as search compares it: accents and case ignored, so "elodie" finds "Élodie" and
// "DIALLO" finds "Diallo". SQLite's LIKE folds ASCII only, so the store keeps a folded
// copy of the searchable fields and searches that.

#include <QString>

namespace TextFold {

/// Lower case without diacritics (NFKD, combining marks dropped, case folded).
QString fold(const QString& text);

/// A LIKE pattern that finds `text` anywhere, folded, with %, _ and \ taken literally
/// (use with ESCAPE '\').
QString containsPattern(const QString& text);

}  // namespace TextFold
