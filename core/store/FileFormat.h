// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What marks a file as an Accreditation Desk file, and the format this build writes
// (docs/file-format.md). The layout itself and its upgrade steps are the store's own
// (internal/Schema.h).

#include <QtGlobal>

namespace FileFormat {

/// PRAGMA application_id of our files: "ACDK".
constexpr qint32 kApplicationId = 0x4143444B;
/// PRAGMA user_version this build writes.
constexpr int kCurrentVersion = 13;

}  // namespace FileFormat
