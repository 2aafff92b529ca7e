// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The text of an RTF document with its control words stripped: paragraphs, tabs, \'hh
// (Windows-1252) and \u escapes kept; font tables, pictures and other destinations left
// out. Enough for the CVs people write; not a full RTF reader.

#include <QByteArray>
#include <QString>

namespace RtfText {

QString read(const QByteArray& content);

}  // namespace RtfText
