// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "RankingCommand.h"
#include "ResultsCommand.h"
#include "SummaryCommand.h"
#include "AgreementCommand.h"
#include "SelectCommand.h"
#include "ReviewersCommand.h"
#include "AssignCommand.h"
#include "SubmitCommand.h"
#include "ConsensusCommand.h"
#include "OutcomeCommand.h"
#include "AuditCommand.h"
#include "BackupCommand.h"
#include "SettingsCommand.h"
#include "RestoreCommand.h"
#include "CandidatesCommand.h"
#include "CheckCommand.h"
#include "InitCommand.h"
#include "DemoCommand.h"
#include "EraseCommand.h"
#include "ImportCommand.h"
#include "ActivitiesCommand.h"
#include "ActivityAddCommand.h"
#include "ActivityRemoveCommand.h"
#include "PoolCommand.h"
#include "AvailableCommand.h"
#include "IndexCommand.h"
#include "PeopleCommand.h"
#include "PersonAddCommand.h"
#include "WorkshopAddCommand.h"
#include "WorkshopsCommand.h"
#include "ApplyCommand.h"
#include "EnrolCommand.h"
#include "ScreeningCommand.h"
#include "CommitmentCommand.h"
#include "AdvanceCommand.h"
#include "ReverseCommand.h"
#include "InformCommand.h"
#include "ToInformCommand.h"
#include "CloseStepCommand.h"
#include "HistoryCommand.h"
#include "PrintCommand.h"
#include "ExportCommand.h"
#include "LettersCommand.h"
#include "ProfileCommand.h"
#include "ReviewInitCommand.h"
#include "ScoreCommand.h"
#include "ScoresImportCommand.h"
#include "ScoresTemplateCommand.h"
#include "DeclareConflictCommand.h"
#include "ImportReviewCommand.h"
#include "TakeoverCommand.h"
#include "WorkshopCriteriaCommand.h"
// The officer's edits, on a par with the window (issue 17).
#include "CandidateAddCommand.h"
#include "CandidateEditCommand.h"
#include "ArchiveCommand.h"
#include "AttachCommand.h"
#include "PersonEditCommand.h"
#include "WorkshopEditCommand.h"
#include "ActivityEditCommand.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

Command::Command(QString name, QString summary)
    : m_name(std::move(name))
    , m_summary(std::move(summary))
{
}

Command::~Command() = default;

int Command::fail(QTextStream& err, const QString& message)
{
    err << message << Qt::endl;
    return Failure;
}

int Command::usage(QTextStream& err, const QString& message)
{
    err << message << Qt::endl;
    return UsageError;
}

void Command::printJson(QTextStream& out, const QJsonValue& value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

QString Command::idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

int Command::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(m_summary);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    const QCommandLineOption as(QStringLiteral("as"),
                                tr("Act as PERSON (their account or name, as recorded in the file) instead of the "
                                   "operating-system user. The same roles apply."),
                                tr("PERSON"));
    parser.addOption(as);
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
    m_as = parser.value(as).trimmed();
    const int count = int(parser.positionalArguments().size());
    if (count < m_minimumPositionals || count > m_maximumPositionals) {
        err << tr("%1: wrong number of arguments.").arg(usage) << Qt::endl
            << tr("Run \"%1 --help\" for usage.").arg(usage) << Qt::endl;
        return UsageError;
    }
    // Every file a command names that it makes must be in its createSamples(), so that the
    // concurrency test makes it from 4 processes at once: what was missing before and is
    // there after betrays a command that creates without declaring it.
    QStringList missing;
    if (m_createSamples.isEmpty()) {
        QStringList named = parser.positionalArguments();
        for (const QString& option : parser.optionNames()) {
            named += parser.values(option);
        }
        for (const QString& path : std::as_const(named)) {
            if (!path.isEmpty() && !QFileInfo::exists(path) && !QFileInfo(path).isSymLink()) {
                missing.append(path);
            }
        }
    }
    const int code = execute(parser, out, err);
    for (const QString& path : std::as_const(missing)) {
        if (QFileInfo::exists(path)) {
            // A programming error, caught by every test that runs the command.
            err << tr("Internal error: \"%1\" made \"%2\" but does not declare that it creates files "
                      "(Command::declareCreates).")
                       .arg(m_name, path)
                << Qt::endl;
            return Failure;
        }
    }
    return code;
}

Actor Command::actor() const
{
    Actor actor = Actor::current();
    if (!m_as.isEmpty()) {
        actor.person = m_as;
    }
    return actor;
}

std::unique_ptr<Store> Command::openStore(const QString& path, Store::Access access, QTextStream& err,
                                          Store::OpenCheck check) const
{
    if (access == Store::Access::Edit && !writes()) {
        // A programming error, caught by every test that runs the command.
        err << tr("Internal error: \"%1\" opens the file for editing but does not declare that it writes "
                  "(Command::declareWrites).")
                   .arg(m_name)
            << Qt::endl;
        return nullptr;
    }
    // A command takes the editing lease and makes the day's backup only with its change,
    // so that one refused, or with nothing to do, leaves the file byte for byte as it was.
    auto opened = Store::open(path, access == Store::Access::Edit ? Store::Access::EditOnChange : access, actor(),
                              Store::DailyBackup::OnOpen, check);
    if (!opened.ok()) {
        err << opened.message() << Qt::endl;
        return nullptr;
    }
    if (!opened.value()->historyWarning().isEmpty()) {
        err << opened.value()->historyWarning() << Qt::endl;
    }
    return std::move(opened).value();
}

QList<Command*> allCommands()
{
    static InitCommand init;
    static DemoCommand demo;
    static CandidatesCommand candidates;
    static ProfileCommand profile;
    static CheckCommand check;
    static PeopleCommand people;
    static PersonAddCommand personAdd;
    static AuditCommand audit;
    static BackupCommand backup;
    static RestoreCommand restore;
    static SettingsCommand settings;
    static TakeoverCommand takeover;
    static ReviewInitCommand reviewInit;
    static ScoreCommand score;
    static ImportReviewCommand importReview;
    static ImportCommand import;
    static WorkshopAddCommand workshopAdd;
    static WorkshopsCommand workshops;
    static WorkshopCriteriaCommand workshopCriteria;
    static EnrolCommand enrol;
    static ApplyCommand apply;
    static ScreeningCommand screening;
    static CommitmentCommand commitment;
    static AdvanceCommand advance;
    static ReverseCommand reverse;
    static InformCommand inform;
    static ToInformCommand toInform;
    static CloseStepCommand closeStep;
    static HistoryCommand history;
    static EraseCommand erase;
    static ActivitiesCommand activities;
    static ActivityAddCommand activityAdd;
    static ActivityRemoveCommand activityRemove;
    static PoolCommand pool;
    static AvailableCommand available;
    static IndexCommand index;
    static RankingCommand ranking;
    static ResultsCommand results;
    static SummaryCommand summary;
    static AgreementCommand agreement;
    static SelectCommand select;
    static ReviewersCommand reviewers;
    static AssignCommand assign;
    static SubmitCommand submit;
    static DeclareConflictCommand declareConflict;
    static ConsensusCommand consensus;
    static ScoresImportCommand scoresImport;
    static ScoresTemplateCommand scoresTemplate;
    static OutcomeCommand outcome;
    static PrintCommand print;
    static ExportCommand exportList;
    static LettersCommand letters;
    static CandidateAddCommand candidateAdd;
    static CandidateEditCommand candidateEdit;
    static ArchiveCommand archive(true);
    static ArchiveCommand unarchive(false);
    static AttachCommand attach;
    static PersonEditCommand personEdit;
    static WorkshopEditCommand workshopEdit;
    static ActivityEditCommand activityEdit;
    return {&init,
            &demo,
            &candidates,
            &profile,
            &check,
            &people,
            &personAdd,
            &audit,
            &backup,
            &restore,
            &settings,
            &takeover,
            &reviewInit,
            &score,
            &importReview,
            &import,
            &workshopAdd,
            &workshops,
            &workshopCriteria,
            &enrol,
            &apply,
            &screening,
            &commitment,
            &advance,
            &reverse,
            &inform,
            &toInform,
            &closeStep,
            &history,
            &erase,
            &activities,
            &activityAdd,
            &activityRemove,
            &pool,
            &available,
            &index,
            &ranking,
            &results,
            &summary,
            &agreement,
            &select,
            &reviewers,
            &assign,
            &submit,
            &declareConflict,
            &consensus,
            &scoresImport,
            &scoresTemplate,
            &outcome,
            &print,
            &letters,
            &exportList,
            &candidateAdd,
            &candidateEdit,
            &archive,
            &unarchive,
            &attach,
            &personEdit,
            &workshopEdit,
            &activityEdit};
}
