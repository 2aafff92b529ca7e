// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `candidates FILE [--search TEXT] [--stage S] [--region R] [--workshop W] [--not-informed]
// [--archived] [--json]`: the candidates of a file with their stage, or those a full-text
// search finds, with where it found them; narrowed as the window's list filters narrow it.

#include "FileCommand.h"

#include <QSet>
#include <QUuid>

class CandidatesCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(CandidatesCommand)

public:
    CandidatesCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;

private:
    int printFound(const Store& store, const QString& text, const QSet<QUuid>* within, bool json, QTextStream& out,
                   QTextStream& err);
};
