// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundOption.h"

#include "assessment/AssessmentRound.h"

#include <QCoreApplication>

namespace {
const QString kRound = QStringLiteral("round");
}  // namespace

void addRoundOption(QCommandLineParser& parser, const QString& implied)
{
    parser.addOption(
        {kRound,
         QCoreApplication::translate("Command", "The assessment round: selection (or 1, Stage 1), workshop (2) or "
                                                "field_assessment (3). Without it: %1.")
             .arg(implied),
         QCoreApplication::translate("Command", "ROUND")});
}

bool checkRoundOption(const QCommandLineParser& parser, QTextStream& err)
{
    if (!parser.isSet(kRound) || AssessmentRound::parse(parser.value(kRound))) {
        return true;
    }
    err << QCoreApplication::translate("Command", "--round \"%1\" is not a round; give selection (1), workshop (2) or "
                                                  "field_assessment (3).")
               .arg(parser.value(kRound))
        << Qt::endl;
    return false;
}

PipelineStep roundOption(const QCommandLineParser& parser, PipelineStep fallback)
{
    if (!parser.isSet(kRound)) {
        return fallback;
    }
    return AssessmentRound::parse(parser.value(kRound)).value_or(fallback);
}
