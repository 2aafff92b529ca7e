#include "Command.h"

#include "CandidatesCommand.h"
#include "CheckCommand.h"
#include "CreateCommands.h"
#include "ProfileCommand.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTextStream>

Command::Command(QString name, QString summary)
    : m_name(std::move(name))
    , m_summary(std::move(summary))
{
}

Command::~Command() = default;

int Command::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(m_summary);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    configure(parser);
    const QString usage = QStringLiteral("accreditation-desk-cli ") + m_name;
    if (!parser.parse(arguments)) {
        err << tr("%1: %2").arg(usage, parser.errorText()) << Qt::endl
            << tr("Run \"%1 --help\" for usage.").arg(usage) << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(help)) {
        // helpText() names the program as it was started; show the subcommand instead.
        QString text = parser.helpText();
        text.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")), QStringLiteral("Usage: ") + usage);
        out << text;
        return Success;
    }
    const int count = int(parser.positionalArguments().size());
    if (count < minimumPositionals() || count > maximumPositionals()) {
        err << tr("%1: wrong number of arguments.").arg(usage) << Qt::endl
            << tr("Run \"%1 --help\" for usage.").arg(usage) << Qt::endl;
        return UsageError;
    }
    return execute(parser, out, err);
}

QList<Command*> allCommands()
{
    static InitCommand init;
    static DemoCommand demo;
    static CandidatesCommand candidates;
    static ProfileCommand profile;
    static CheckCommand check;
    return {&init, &demo, &candidates, &profile, &check};
}
