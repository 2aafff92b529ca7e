// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A document's bytes as they are read for a person or the indexer: checked against the
// SHA-256 they were stored under. An open does not check the documents' table (its cost
// would grow with every CV; issue #18, docs/performance.md), so every read does, and bytes
// that no longer match are refused, never shown, exported or indexed.

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>

namespace DocumentBytes {

/// The bytes of the document stored under `sha256` on `connection`; `shownName` names it in
/// the message when its bytes are damaged or cannot be read (ErrorCode::Damaged).
Result<QByteArray> read(const QString& connection, const QString& sha256, const QString& shownName);

/// Every document on `connection` read and checked against its SHA-256, one at a time: a
/// sentence for each damaged one naming whose attachment it is, and one when the documents'
/// table itself cannot be read; empty when all are whole. Used by `check` and by the
/// background check of the window (WholeFileCheck), which sets `stop` to end it early: what
/// was found until then is returned.
Result<QStringList> problems(const QString& connection, const std::atomic_bool* stop = nullptr);

}  // namespace DocumentBytes
