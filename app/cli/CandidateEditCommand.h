// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `candidate-edit FILE CANDIDATE --FIELD VALUE…`: changes the fields given and keeps the
// others, as the window's candidate editor saves; the stage moves only by a decision.

#include "FileCommand.h"

class CandidateEditCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(CandidateEditCommand)

public:
    CandidateEditCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
