// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How far reviewers agree: Fleiss' kappa, ICC(2,1), Krippendorff's alpha. Only reads the file.

#include "Command.h"

/// `agreement FILE --workshop W [--json]`, or `agreement --ratings CSV [--json]` for a plain
/// table of subject, rater, rating typed in from paper sheets.
class AgreementCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AgreementCommand)

public:
    AgreementCommand();

protected:
    void configure(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;
};
