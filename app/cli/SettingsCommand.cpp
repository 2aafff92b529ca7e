// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsCommand.h"

#include "assessment/CandidateDisclosure.h"
#include "store/FileSettings.h"
#include "domain/LetterTemplate.h"

#include <QCommandLineParser>
#include <QTextStream>

SettingsCommand::SettingsCommand()
    : FileCommand(QStringLiteral("settings"), tr("Show the file's settings, or change them (officers)."),
                  Store::Access::Edit)
{
    declareWrites({{QStringLiteral("{file}"), QStringLiteral("--backups-to-keep"), QStringLiteral("{n}")}});
}

void SettingsCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("retention-years"),
                      tr("Years after a candidate's last decision when data kept without consent is due for "
                         "erasure (1 to 50)."),
                      tr("N")});
    parser.addOption({QStringLiteral("backups-to-keep"),
                      tr("How many automatic daily backups to keep beside the file (1 to 365)."), tr("N")});
    parser.addOption({QStringLiteral("week-counting"),
                      tr("How part weeks count towards an advisor's twelve weeks: %1.").arg(keyList<WeekCounting>()),
                      tr("RULE")});
    parser.addOption(
        {QStringLiteral("signatory-name"), tr("Who signs the result letters (an empty value clears it)."), tr("NAME")});
    parser.addOption(
        {QStringLiteral("signatory-title"), tr("The signatory's title, printed under their name."), tr("TITLE")});
    parser.addOption({QStringLiteral("reviewers-see"),
                      tr("Which candidates reviewers see: assigned (theirs only) or all; never their contact "
                         "details."),
                      tr("assigned|all")});
    parser.addOption({QStringLiteral("anonymise"),
                      tr("The rounds whose candidates reviewers see under a code, without name and "
                         "administration: %1, comma-separated, or none.")
                          .arg(keyList<PipelineStep>()),
                      tr("ROUND[,ROUND]|none")});
}

int SettingsCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    for (const QString& option : {QStringLiteral("backups-to-keep"), QStringLiteral("retention-years")}) {
        bool numeric = true;
        parser.value(option).toInt(&numeric);
        if (parser.isSet(option) && !numeric) {
            err << tr("--%1 takes a whole number.").arg(option) << Qt::endl;
            return UsageError;
        }
    }
    if (parser.isSet(QStringLiteral("week-counting")) &&
        !fromKey<WeekCounting>(parser.value(QStringLiteral("week-counting")))) {
        err << tr("--week-counting is one of: %1.").arg(keyList<WeekCounting>()) << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("reviewers-see")) &&
        !CandidateDisclosure::scopeFromKey(parser.value(QStringLiteral("reviewers-see")))) {
        err << tr("--reviewers-see is assigned or all.") << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("anonymise")) &&
        (parser.value(QStringLiteral("anonymise")).trimmed().isEmpty() ||
         !CandidateDisclosure::roundsFromKey(parser.value(QStringLiteral("anonymise"))))) {
        err << tr("--anonymise takes rounds among %1, comma-separated, or none.").arg(keyList<PipelineStep>())
            << Qt::endl;
        return UsageError;
    }
    return Success;
}

Store::Access SettingsCommand::access(const QCommandLineParser& parser) const
{
    const bool changing =
        parser.isSet(QStringLiteral("retention-years")) || parser.isSet(QStringLiteral("backups-to-keep")) ||
        parser.isSet(QStringLiteral("week-counting")) || parser.isSet(QStringLiteral("signatory-name")) ||
        parser.isSet(QStringLiteral("signatory-title")) || parser.isSet(QStringLiteral("reviewers-see")) ||
        parser.isSet(QStringLiteral("anonymise"));
    return changing ? Store::Access::Edit : Store::Access::ReadOnly;
}

int SettingsCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const bool changingRetention = parser.isSet(QStringLiteral("retention-years"));
    const bool changingBackups = parser.isSet(QStringLiteral("backups-to-keep"));
    const bool changingWeeks = parser.isSet(QStringLiteral("week-counting"));
    const bool changingSignatory =
        parser.isSet(QStringLiteral("signatory-name")) || parser.isSet(QStringLiteral("signatory-title"));
    // checkArguments made sure these are right when given.
    const int keep = parser.value(QStringLiteral("backups-to-keep")).toInt();
    const int years = parser.value(QStringLiteral("retention-years")).toInt();
    const auto rule = fromKey<WeekCounting>(parser.value(QStringLiteral("week-counting")));
    // The part of the signatory not given keeps its stored value.
    LetterSignatory signatory = store.settings().letterSignatory();
    if (parser.isSet(QStringLiteral("signatory-name"))) {
        signatory.name = parser.value(QStringLiteral("signatory-name"));
    }
    if (parser.isSet(QStringLiteral("signatory-title"))) {
        signatory.title = parser.value(QStringLiteral("signatory-title"));
    }
    // Every value checked before any is written: one refused leaves the others as they were.
    const FileSettings::Values read = store.settings().values();
    FileSettings::Values wanted = read;
    wanted.retentionYears = changingRetention ? years : wanted.retentionYears;
    wanted.backupsToKeep = changingBackups ? keep : wanted.backupsToKeep;
    wanted.signatory = signatory;
    if (auto valid = FileSettings::validate(wanted); !valid.ok()) {
        err << valid.message() << Qt::endl;
        return Failure;
    }
    if (changingRetention) {
        if (auto saved = store.settings().setRetentionYears(years); !saved.ok()) {
            err << saved.message() << Qt::endl;
            return Failure;
        }
    }
    if (changingBackups) {
        if (auto saved = store.settings().setBackupsToKeep(keep); !saved.ok()) {
            err << saved.message() << Qt::endl;
            return Failure;
        }
    }
    if (changingWeeks) {
        if (auto saved = store.settings().setWeekCounting(*rule); !saved.ok()) {
            err << saved.message() << Qt::endl;
            return Failure;
        }
    }
    if (changingSignatory) {
        if (auto saved = store.settings().setLetterSignatory(signatory); !saved.ok()) {
            err << saved.message() << Qt::endl;
            return Failure;
        }
    }
    // What reviewers see is one unit with one audit entry, both options together.
    if (parser.isSet(QStringLiteral("reviewers-see")) || parser.isSet(QStringLiteral("anonymise"))) {
        FileSettings::Values reviewing = read;
        FileSettings::Values shown = read;
        if (parser.isSet(QStringLiteral("reviewers-see"))) {
            shown.reviewersSee = *CandidateDisclosure::scopeFromKey(parser.value(QStringLiteral("reviewers-see")));
        }
        if (parser.isSet(QStringLiteral("anonymise"))) {
            shown.anonymisedRounds = *CandidateDisclosure::roundsFromKey(parser.value(QStringLiteral("anonymise")));
        }
        // Only these two differ from what was read: update() saves nothing else.
        reviewing.reviewersSee = shown.reviewersSee;
        reviewing.anonymisedRounds = shown.anonymisedRounds;
        if (auto saved = store.settings().update(read, reviewing); !saved.ok()) {
            err << saved.message() << Qt::endl;
            return Failure;
        }
    }
    out << tr("Years data is kept without consent after a candidate's last decision: %1")
               .arg(store.settings().retentionYears())
        << Qt::endl;
    out << tr("Daily backups kept: %1").arg(store.settings().backupsToKeep()) << Qt::endl;
    out << tr("Weeks of the commitment counted as: %1 (%2)")
               .arg(labelOf(store.settings().weekCounting()), keyOf(store.settings().weekCounting()))
        << Qt::endl;
    signatory = store.settings().letterSignatory();
    out << (signatory.isSet() ? tr("Letters signed by: %1")
                                    .arg(signatory.title.isEmpty() ? signatory.name
                                                                   : tr("%1, %2").arg(signatory.name, signatory.title))
                              : tr("Letters signed by: nobody named (the WCO Secretariat alone); set with "
                                   "--signatory-name NAME --signatory-title TITLE"))
        << Qt::endl;
    out << (store.settings().reviewersSee() == ReviewerScope::All
                ? tr("Reviewers see: all candidates, without contact details")
                : tr("Reviewers see: the candidates assigned to them, without contact details"))
        << Qt::endl;
    QStringList rounds;
    for (const PipelineStep step : allOf<PipelineStep>()) {
        if (store.settings().anonymisedRounds().contains(step)) {
            rounds.append(tr("%1 (%2)").arg(labelOf(step), keyOf(step)));
        }
    }
    out << (rounds.isEmpty() ? tr("Anonymised review: in no round; set with --anonymise ROUND")
                             : tr("Anonymised review: %1").arg(rounds.join(tr(", "))))
        << Qt::endl;
    return Success;
}
