// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The layout of a review file: a reviewer's own small SQLite file, beside the shared file
// or anywhere for offline work at a workshop, holding their scores until the officer
// imports them. It names the shared file it was made for, so it cannot be imported into
// another one.

#include <QStringList>

namespace ReviewSchema {

/// PRAGMA application_id of review files: "ACDR".
constexpr qint32 kApplicationId = 0x41434452;
constexpr int kCurrentVersion = 1;

/// The statements of each version, oldest first.
QList<QStringList> steps();

}  // namespace ReviewSchema
