// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The --paper option of the commands that print (print, letters): a4 or letter, by default
// this computer's setting.

#include "PrintSettings.h"

#include <optional>

class QCommandLineParser;
class QTextStream;

/// Declares --paper.
void addPaperOption(QCommandLineParser& parser);

/// The paper of --paper, or this computer's setting; nullopt (after a usage message) when wrong.
std::optional<PrintSettings::Paper> paperOption(const QCommandLineParser& parser, QTextStream& err);
