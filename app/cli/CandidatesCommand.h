// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `candidates FILE [--search TEXT] [--json]`: the candidates of a file with their stage, or
// those a full-text search finds, with where it found them.

#include "FileCommand.h"

class CandidatesCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(CandidatesCommand)

public:
    CandidatesCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;

private:
    int printFound(const Store& store, const QString& text, bool json, QTextStream& out, QTextStream& err);
};
