// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The --round option of the assessment commands: the assessment round (AssessmentRound)
// a command works in, named by the step's word or the stage's number.

#include "domain/Vocabulary.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <optional>

/// Adds --round, whose default is `implied` (what the command says when it is left out).
void addRoundOption(QCommandLineParser& parser, const QString& implied);

/// Whether --round, when given, names a round; when it does not, prints why on `err`.
bool checkRoundOption(const QCommandLineParser& parser, QTextStream& err);

/// The round --round names, or `fallback` when it is left out (checked by checkRoundOption).
PipelineStep roundOption(const QCommandLineParser& parser, PipelineStep fallback);
