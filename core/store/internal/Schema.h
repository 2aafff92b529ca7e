// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The layout of an Accreditation Desk file and the forward-only steps that bring an older
// file up to date. A new file is made by running every step from version 0, so a migrated
// file and a new one have the very same schema, which is what lets us refuse a file that
// holds anything else (a planted trigger or view).

#include "store/FileFormat.h"
#include "Result.h"

#include <QList>
#include <QStringList>

namespace Schema {

constexpr qint32 kApplicationId = FileFormat::kApplicationId;
constexpr int kCurrentVersion = FileFormat::kCurrentVersion;

/// The statements that take a file from version `to - 1` to version `to`, one a string.
QStringList migrationTo(int to);

/// Applies every step from `from` up to kCurrentVersion, inside the caller's transaction,
/// and sets user_version. Fails with the first statement that fails.
Status migrate(const QString& connectionName, int from);

/// The schema objects a file of `version` must hold, as "type name sql" lines sorted: the
/// result of running the steps on an empty in-memory database.
Result<QStringList> expectedObjects(int version);

/// expectedObjects(kCurrentVersion), written down at build time (SchemaLayout.cpp) so that an
/// open compares with it instead of running every migration again; a test proves the two equal.
QStringList currentObjects();

/// The same for any list of steps (the review file has its own).
Result<QStringList> objectsCreatedBy(const QList<QStringList>& steps);

/// The same listing for an open file.
Result<QStringList> actualObjects(const QString& connectionName);

}  // namespace Schema
