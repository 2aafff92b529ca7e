#pragma once
// The assessment's numbers from a terminal: the Stage 1 ranking of a workshop against its
// seats, how far its reviewers agree, and the selection helper's proposal with a reason for
// every pick and every candidate left out. All three only read the file.

#include "Command.h"

#define AD_ASSESSMENT_COMMAND(Class)                                                                \
    class Class : public Command                                                                    \
    {                                                                                               \
        Q_DECLARE_TR_FUNCTIONS(Class)                                                               \
                                                                                                    \
    public:                                                                                         \
        Class();                                                                                    \
                                                                                                    \
    protected:                                                                                      \
        void configure(QCommandLineParser& parser) override;                                        \
        int execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override; \
    };

/// `ranking FILE --workshop W [--json]`
AD_ASSESSMENT_COMMAND(RankingCommand)
/// `agreement FILE --workshop W [--json]`, or `agreement --ratings CSV [--json]` for a plain
/// table of subject, rater, rating typed in from paper sheets.
AD_ASSESSMENT_COMMAND(AgreementCommand)
/// `select FILE --workshop W [--max-per-administration K] [--min-per-gender G=N]…
/// [--min-per-region R=N]… [--json]`
AD_ASSESSMENT_COMMAND(SelectCommand)

#undef AD_ASSESSMENT_COMMAND
