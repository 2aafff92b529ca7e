// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A document's bytes as they are read for a person or the indexer: checked against the
// SHA-256 they were stored under. An open does not check the documents' table (its cost
// would grow with every CV; issue #18, docs/performance.md), so every read does, and bytes
// that no longer match are refused, never shown, exported or indexed.

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace DocumentBytes {

/// The bytes of the document stored under `sha256` on `connection`; `shownName` names it in
/// the message when its bytes are damaged or cannot be read (ErrorCode::Damaged).
Result<QByteArray> read(const QString& connection, const QString& sha256, const QString& shownName);

}  // namespace DocumentBytes
