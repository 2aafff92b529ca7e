#pragma once
// The pipeline from a terminal: workshops and their seats, enrolment, the screening and
// commitment that the rules need, decisions and their reversal, informing, closing a
// workshop's steps, and a candidate's history. Every refusal is core's, word for word.

#include "Command.h"

class Workshop;

/// The workshop a command-line argument names: an id, or words of one workshop's title.
Result<Workshop> findWorkshop(const Store& store, const QString& argument);

#define AD_PIPELINE_COMMAND(Class)                                                                  \
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

/// `workshop-add FILE --title T --start DATE [--venue V] [--region R] [--capacity N] [--days N] [--assessor A]…`
AD_PIPELINE_COMMAND(WorkshopAddCommand)
/// `workshops FILE [--json]`: with seats taken and the steps closed.
AD_PIPELINE_COMMAND(WorkshopsCommand)
/// `enrol FILE CANDIDATE --workshop W | --none`
AD_PIPELINE_COMMAND(EnrolCommand)
/// `screening FILE CANDIDATE --hard met|not-met --counted N/M [--note T]`, or the pre-check:
/// `--check` shows it, `--confirm [--hard met|not-met --reason T]` records it.
class ScreeningCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ScreeningCommand)

public:
    ScreeningCommand();

protected:
    void configure(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;

private:
    int preCheck(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);
};
/// `commitment FILE CANDIDATE --given DATE --how TEXT`
AD_PIPELINE_COMMAND(CommitmentCommand)
/// `advance FILE CANDIDATE --to STAGE --reason TEXT [--workshop W] [--override REASON] [--effective DATE]`
AD_PIPELINE_COMMAND(AdvanceCommand)
/// `reverse FILE CANDIDATE --reason TEXT`: reverses the candidate's latest decision.
AD_PIPELINE_COMMAND(ReverseCommand)
/// `inform FILE CANDIDATE --channel letter|email|in_person [--date DATE]`
AD_PIPELINE_COMMAND(InformCommand)
/// `to-inform FILE [--workshop W] [--json]`
AD_PIPELINE_COMMAND(ToInformCommand)
/// `close-step FILE --workshop W --step STEP [--reason TEXT] [--reopen]`
AD_PIPELINE_COMMAND(CloseStepCommand)
/// `history FILE CANDIDATE [--json]`
AD_PIPELINE_COMMAND(HistoryCommand)

#undef AD_PIPELINE_COMMAND
