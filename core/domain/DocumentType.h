// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which documents a candidate's file accepts, judged by their content, never by their
// name: a renamed program must not pass for a CV.

#include <QByteArray>
#include <QString>

#include <optional>

namespace DocumentType {

/// The media type of `content` when it is a PDF, DOCX, ODT, DOC, RTF, plain text (UTF-8),
/// PNG or JPEG document; empty otherwise.
std::optional<QString> sniff(const QByteArray& content);

/// "PDF, DOCX, ODT, DOC, RTF, TXT, PNG or JPEG", for messages.
QString acceptedList();

}  // namespace DocumentType
