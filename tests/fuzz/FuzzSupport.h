// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every fuzz target needs before its first input: a QCoreApplication (Qt SQL loads its
// driver as a plugin) and a private folder for the files an input is written to, removed
// when the process ends.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace FuzzSupport {

/// Starts Qt once; call from LLVMFuzzerInitialize.
void start(int* argc, char*** argv);

/// The process's own folder for files.
QString folder();

/// Writes `bytes` to `name` in folder(), replacing it; returns the path.
QString writeInput(const QString& name, const QByteArray& bytes);

/// Empties folder() but for the names in `keep`, so that no input sees the last one's files
/// (journals, backups, lease files).
void clearFolder(const QStringList& keep = {});

}  // namespace FuzzSupport
