// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaperOption.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace {

struct PrintText {
    Q_DECLARE_TR_FUNCTIONS(PrintCommands)
};

}  // namespace

std::optional<PrintSettings::Paper> paperOption(const QCommandLineParser& parser, QTextStream& err)
{
    if (!parser.isSet(QStringLiteral("paper"))) {
        return PrintSettings::paper();
    }
    const auto paper = PrintSettings::paperFromKey(parser.value(QStringLiteral("paper")));
    if (!paper) {
        err << PrintText::tr("--paper must be a4 or letter.") << Qt::endl;
    }
    return paper;
}

void addPaperOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("paper"),
                      PrintText::tr("Paper size: a4 or letter (default: this computer's setting, A4 unless changed)."),
                      PrintText::tr("SIZE")});
}
