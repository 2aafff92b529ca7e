// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreeningCommand.h"

#include "store/Decisions.h"
#include "store/Assessment.h"
#include "domain/Candidate.h"
#include "domain/CompetenceProfile.h"
#include "Lookup.h"
#include "domain/Screening.h"
#include "assessment/ScreeningCheck.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTextStream>

ScreeningCommand::ScreeningCommand()
    : FileCommand(QStringLiteral("screening"),
                  tr("Record a candidate's Stage 1 screening against the profile: by hand, or the pre-check computed "
                     "from their data and the assessment (--check shows it, --confirm records it)."),
                  Store::Access::Edit)
{
    declarePositionals(2, 2);
    declareWrites({{QStringLiteral("{file}"), QStringLiteral("Diallo"), QStringLiteral("--hard"), QStringLiteral("met"),
                    QStringLiteral("--counted"), QStringLiteral("5/8"), QStringLiteral("--note"),
                    QStringLiteral("{tag}"), QStringLiteral("--reason"), QStringLiteral("Certificates seen")}});
}

void ScreeningCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(kCandidate, tr("The candidate (id or name)."));
    parser.addOption({QStringLiteral("check"),
                      tr("Show the pre-check: each hard requirement judged from the candidate's data, each counted "
                         "criterion from the consensus or the submitted scores. Records nothing.")});
    parser.addOption({QStringLiteral("confirm"),
                      tr("Record the pre-check as the screening; with --hard and --reason to override its finding on "
                         "the hard requirements.")});
    parser.addOption({QStringLiteral("hard"), tr("Whether the hard requirements are met: met or not-met."), tr("MET")});
    parser.addOption({QStringLiteral("counted"), tr("Counted criteria met, of how many, as N/M."), tr("N/M")});
    parser.addOption({QStringLiteral("reason"),
                      tr("Why the hard requirements are judged otherwise than the pre-check, or than the candidate's "
                         "data say."),
                      tr("TEXT")});
    parser.addOption({QStringLiteral("note"), tr("A note kept with the screening."), tr("TEXT")});
}

int ScreeningCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    const QString hard = parser.value(QStringLiteral("hard"));
    if (parser.isSet(QStringLiteral("check")) || parser.isSet(QStringLiteral("confirm"))) {
        const bool confirm = parser.isSet(QStringLiteral("confirm"));
        if (confirm && parser.isSet(QStringLiteral("check"))) {
            return usage(err, tr("Give --check to see the pre-check or --confirm to record it, not both."));
        }
        if (parser.isSet(QStringLiteral("hard")) &&
            (!confirm || (hard != QLatin1String("met") && hard != QLatin1String("not-met")))) {
            return usage(err, tr("With the pre-check, --hard goes with --confirm and is met or not-met."));
        }
        if (parser.isSet(QStringLiteral("counted"))) {
            return usage(err, tr("The pre-check counts the criteria itself; --counted is for a screening by hand."));
        }
        return Success;
    }
    if (hard != QLatin1String("met") && hard != QLatin1String("not-met")) {
        return usage(err, tr("--hard must be met or not-met."));
    }
    const QString counted = parser.value(QStringLiteral("counted"));
    if (!QRegularExpression(QStringLiteral("^(\\d+)/(\\d+)$")).match(counted).hasMatch()) {
        return usage(err, tr("--counted must be N/M, e.g. 5/7."));
    }
    return Success;
}

Store::Access ScreeningCommand::access(const QCommandLineParser& parser) const
{
    // The pre-check without --confirm only shows; everything else records.
    return parser.isSet(QStringLiteral("check")) && !parser.isSet(QStringLiteral("confirm")) ? Store::Access::ReadOnly
                                                                                             : Store::Access::Edit;
}

int ScreeningCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    if (parser.isSet(QStringLiteral("check")) || parser.isSet(QStringLiteral("confirm"))) {
        return preCheck(parser, store, out, err);
    }
    // checkArguments made sure both are right.
    const QString hard = parser.value(QStringLiteral("hard"));
    const auto counted =
        QRegularExpression(QStringLiteral("^(\\d+)/(\\d+)$")).match(parser.value(QStringLiteral("counted")));
    const auto candidate = findCandidate(store, parser.positionalArguments().at(1));
    if (!candidate.ok()) {
        return fail(err, candidate.message());
    }
    Screening s;
    s.candidateId = candidate.value().meta.id;
    s.hardRequirementsMet = hard == QLatin1String("met");
    s.countedMet = counted.captured(1).toInt();
    s.countedTotal = counted.captured(2).toInt();
    s.note = parser.value(QStringLiteral("note"));
    s.overrideReason = parser.value(QStringLiteral("reason")).trimmed();
    if (auto done = store.decisions().recordScreening(s); !done.ok()) {
        return fail(err, done.message());
    }
    const auto profile = store.assessment().currentProfile();
    const int threshold = profile.ok() ? profile.value().countedThresholdPercent : 50;
    out << tr("Screening of %1 recorded: %2.").arg(candidate.value().displayName(), s.explanation(threshold))
        << Qt::endl;
    return Success;
}

int ScreeningCommand::preCheck(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    // checkArguments made sure --hard goes with --confirm and is met or not-met.
    const bool confirm = parser.isSet(QStringLiteral("confirm"));
    std::optional<bool> hardOverride;
    if (parser.isSet(QStringLiteral("hard"))) {
        hardOverride = parser.value(QStringLiteral("hard")) == QLatin1String("met");
    }
    const auto candidate = findCandidate(store, parser.positionalArguments().at(1));
    if (!candidate.ok()) {
        return fail(err, candidate.message());
    }
    const auto check = store.assessment().screeningCheck(candidate.value().meta.id);
    if (!check.ok()) {
        return fail(err, check.message());
    }
    if (!confirm) {
        out << tr("Pre-check of %1:").arg(candidate.value().displayName()) << Qt::endl;
        for (const QString& line : check.value().explanation()) {
            out << QStringLiteral("  ") << line << Qt::endl;
        }
        return Success;
    }
    if (auto done = store.assessment().confirmScreening(candidate.value().meta.id, hardOverride,
                                                        parser.value(QStringLiteral("reason")));
        !done.ok()) {
        return fail(err, done.message());
    }
    const auto recorded = store.decisions().screening(candidate.value().meta.id);
    const auto profile = store.assessment().currentProfile();
    const int threshold = profile.ok() ? profile.value().countedThresholdPercent : 50;
    out << tr("Screening of %1 recorded from the pre-check: %2.")
               .arg(candidate.value().displayName(),
                    recorded.ok() && recorded.value() ? recorded.value()->explanation(threshold) : QString())
        << Qt::endl;
    return Success;
}
