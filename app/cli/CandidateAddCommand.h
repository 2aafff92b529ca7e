// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `candidate-add FILE --family-name … --nationality … --administration … --region …
// --application-date …`: adds a candidate at stage "applied", as the window's New Candidate.

#include "FileCommand.h"

class CandidateAddCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(CandidateAddCommand)

public:
    CandidateAddCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
