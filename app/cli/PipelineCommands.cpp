// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineCommands.h"

#include "Workshops.h"
#include "Decisions.h"
#include "Assessment.h"
#include "Lookup.h"
#include "AvailabilityCommitment.h"
#include "Candidate.h"
#include "Clock.h"
#include "DateOption.h"
#include "KeyOption.h"
#include "CompetenceProfile.h"
#include "Pipeline.h"
#include "RecordJson.h"
#include "Screening.h"
#include "ScreeningCheck.h"
#include "StageDecision.h"
#include "TextTable.h"
#include "Workshop.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>

namespace {

const QString kFile = QStringLiteral("FILE");
const QString kCandidate = QStringLiteral("CANDIDATE");

// Gives the free functions of this file a translation context that lupdate sees.
struct PipelineText {
    Q_DECLARE_TR_FUNCTIONS(PipelineText)
};

}  // namespace

// --- workshop-add -------------------------------------------------------------------------

WorkshopAddCommand::WorkshopAddCommand()
    : FileCommand(QStringLiteral("workshop-add"), tr("Add an accreditation workshop (four days, 10 seats by default)."),
                  Store::Access::Edit)
{
    declarePositionals(1, 1);
    declareWrites({{QStringLiteral("{file}"), QStringLiteral("--title"), QStringLiteral("Workshop {tag}"),
                    QStringLiteral("--start"), QStringLiteral("2031-03-03")}});
}

void WorkshopAddCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("title"), tr("The workshop's title."), tr("TITLE")});
    parser.addOption({QStringLiteral("start"), tr("The first day, as YYYY-MM-DD."), tr("DATE")});
    parser.addOption({QStringLiteral("venue"), tr("Where it takes place."), tr("VENUE")});
    parser.addOption({QStringLiteral("region"), tr("The WCO region: %1.").arg(keyList<Region>()), tr("REGION")});
    parser.addOption({QStringLiteral("capacity"), tr("Seats, at most 10 (default 10)."), tr("N")});
    parser.addOption({QStringLiteral("days"), tr("How many days (default 4)."), tr("N")});
    parser.addOption({QStringLiteral("assessor"), tr("An assessor; repeat for several."), tr("NAME")});
}

int WorkshopAddCommand::readOptions(const QCommandLineParser& parser, QTextStream& err, Workshop& w)
{
    w.title = parser.value(QStringLiteral("title"));
    bool ok = true;
    w.startDate = dateOption(parser, QStringLiteral("start"), &ok);
    if (!ok) {
        return usage(err, tr("--start must be a date as YYYY-MM-DD."));
    }
    w.venue = parser.value(QStringLiteral("venue"));
    if (parser.isSet(QStringLiteral("region"))) {
        w.region = fromKey<Region>(parser.value(QStringLiteral("region")));
        if (!w.region) {
            return usage(err, tr("--region must be one of: %1.").arg(keyList<Region>()));
        }
    }
    for (const auto& [option, target] :
         {std::pair{QStringLiteral("capacity"), &w.capacity}, std::pair{QStringLiteral("days"), &w.days}}) {
        if (parser.isSet(option)) {
            *target = parser.value(option).toInt(&ok);
            if (!ok) {
                return usage(err, tr("--%1 must be a whole number.").arg(option));
            }
        }
    }
    w.assessors = parser.values(QStringLiteral("assessor"));
    return Success;
}

int WorkshopAddCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    Workshop w;
    return readOptions(parser, err, w);
}

int WorkshopAddCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    Workshop w;
    readOptions(parser, err, w);  // checkArguments made sure it succeeds
    const auto saved = store.workshops().save(w);
    if (!saved.ok()) {
        return fail(err, saved.message());
    }
    out << tr("Added \"%1\", %2 to %3, %4 seats (%5).")
               .arg(saved.value().title, QLocale().toString(saved.value().startDate, QLocale::ShortFormat),
                    QLocale().toString(saved.value().endDate(), QLocale::ShortFormat))
               .arg(saved.value().capacity)
               .arg(idText(saved.value().meta.id))
        << Qt::endl;
    return Success;
}

// --- workshops ----------------------------------------------------------------------------

WorkshopsCommand::WorkshopsCommand()
    : FileCommand(QStringLiteral("workshops"), tr("List the workshops with their seats taken."),
                  Store::Access::ReadOnly)
{
    declarePositionals(1, 1);
}

void WorkshopsCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array instead of a table.")});
}

int WorkshopsCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto workshops = store.workshops().all();
    const auto seats = store.workshops().seats();
    if (!workshops.ok() || !seats.ok()) {
        return fail(err, workshops.ok() ? seats.message() : workshops.message());
    }
    QHash<QUuid, int> taken;
    for (const WorkshopSeats& s : seats.value()) {
        taken.insert(s.id, s.taken);
    }
    QJsonArray array;
    TextTable table({tr("Title"), tr("Dates"), tr("Venue"), tr("Seats"), tr("Closed"), tr("Id")});
    for (const Workshop& w : workshops.value()) {
        const auto closures = store.decisions().stepClosures(w.meta.id);
        if (!closures.ok()) {
            return fail(err, closures.message());
        }
        QStringList closed;
        QJsonArray closedKeys;
        for (const StepClosure& c : closures.value()) {
            if (c.closed) {
                closed.append(labelOf(c.step));
                closedKeys.append(keyOf(c.step));
            }
        }
        QJsonObject o = RecordJson::toJson(w);
        o.insert(QStringLiteral("seats_taken"), taken.value(w.meta.id));
        o.insert(QStringLiteral("steps_closed"), closedKeys);
        array.append(o);
        table.addRow({w.title,
                      QLocale().toString(w.startDate, QLocale::ShortFormat) + QStringLiteral(" – ") +
                          QLocale().toString(w.endDate(), QLocale::ShortFormat),
                      w.venue, tr("%1 / %2").arg(taken.value(w.meta.id)).arg(w.capacity),
                      closed.join(QStringLiteral("; ")), idText(w.meta.id)});
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(out, array);
    } else {
        table.print(out);
    }
    return Success;
}

// --- enrol --------------------------------------------------------------------------------

EnrolCommand::EnrolCommand()
    : FileCommand(QStringLiteral("enrol"),
                  tr("Give a candidate a seat in a workshop, or hand an applicant's seat back."), Store::Access::Edit)
{
    declarePositionals(2, 2);
    declareWrites({{QStringLiteral("{file}"), QStringLiteral("Diallo"), QStringLiteral("--workshop"),
                    QStringLiteral("Nairobi")}});
}

void EnrolCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(kCandidate, tr("The candidate (id or name)."));
    parser.addOption({QStringLiteral("workshop"), tr("The workshop (id or words of its title)."), tr("W")});
    parser.addOption({QStringLiteral("none"), tr("Hand the seat back (applicants only).")});
}

int EnrolCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    if (parser.isSet(QStringLiteral("workshop")) == parser.isSet(QStringLiteral("none"))) {
        return usage(err, tr("Give either --workshop W or --none."));
    }
    return Success;
}

int EnrolCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto candidate = findCandidate(store, parser.positionalArguments().at(1));
    if (!candidate.ok()) {
        return fail(err, candidate.message());
    }
    QUuid workshopId;
    QString title;
    if (parser.isSet(QStringLiteral("workshop"))) {
        const auto workshop = findWorkshop(store, parser.value(QStringLiteral("workshop")));
        if (!workshop.ok()) {
            return fail(err, workshop.message());
        }
        workshopId = workshop.value().meta.id;
        title = workshop.value().title;
    }
    if (auto done = store.workshops().enrol(candidate.value().meta.id, workshopId); !done.ok()) {
        return fail(err, done.message());
    }
    if (workshopId.isNull()) {
        out << tr("%1 holds no seat now.").arg(candidate.value().displayName()) << Qt::endl;
    } else {
        const auto seats = store.workshops().seats();
        int taken = 0;
        int capacity = 0;
        for (const WorkshopSeats& s : seats.ok() ? seats.value() : QList<WorkshopSeats>()) {
            if (s.id == workshopId) {
                taken = s.taken;
                capacity = s.capacity;
            }
        }
        out << tr("%1 holds a seat in \"%2\" (%3 / %4).")
                   .arg(candidate.value().displayName(), title)
                   .arg(taken)
                   .arg(capacity)
            << Qt::endl;
    }
    return Success;
}

// --- screening ----------------------------------------------------------------------------

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

// --- commitment ---------------------------------------------------------------------------

CommitmentCommand::CommitmentCommand()
    : FileCommand(QStringLiteral("commitment"),
                  tr("Record a participant's availability commitment (point 5 of the call)."), Store::Access::Edit)
{
    declarePositionals(2, 2);
    declareWrites({{QStringLiteral("{file}"), QStringLiteral("Njoroge"), QStringLiteral("--given"),
                    QStringLiteral("{today}"), QStringLiteral("--how"), QStringLiteral("{tag}")}});
}

void CommitmentCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(kCandidate, tr("The candidate (id or name)."));
    parser.addOption({QStringLiteral("given"), tr("When it was given, as YYYY-MM-DD."), tr("DATE")});
    parser.addOption({QStringLiteral("how"), tr("How it was given, e.g. \"signed form by e-mail\"."), tr("TEXT")});
}

int CommitmentCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    bool ok = true;
    const QDate givenOn = dateOption(parser, QStringLiteral("given"), &ok);
    if (!ok || !givenOn.isValid()) {
        return usage(err, tr("--given must be a date as YYYY-MM-DD."));
    }
    return Success;
}

int CommitmentCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    bool ok = true;
    AvailabilityCommitment c;
    c.givenOn = dateOption(parser, QStringLiteral("given"), &ok);  // checked: a date
    c.how = parser.value(QStringLiteral("how"));
    const auto candidate = findCandidate(store, parser.positionalArguments().at(1));
    if (!candidate.ok()) {
        return fail(err, candidate.message());
    }
    c.candidateId = candidate.value().meta.id;
    if (auto done = store.decisions().recordCommitment(c); !done.ok()) {
        return fail(err, done.message());
    }
    out << tr("Commitment of %1 recorded (given %2).")
               .arg(candidate.value().displayName(), QLocale().toString(c.givenOn, QLocale::ShortFormat))
        << Qt::endl;
    return Success;
}

// --- advance ------------------------------------------------------------------------------

AdvanceCommand::AdvanceCommand()
    : FileCommand(QStringLiteral("advance"), tr("Record a decision that moves a candidate to another stage."),
                  Store::Access::Edit)
{
    declarePositionals(2, 2);
    declareWrites({{QStringLiteral("{file}"), QStringLiteral("Mensah"), QStringLiteral("--to"),
                    QStringLiteral("selected"), QStringLiteral("--reason"), QStringLiteral("{tag}")}});
}

void AdvanceCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(kCandidate, tr("The candidate (id or name)."));
    parser.addOption({QStringLiteral("to"), tr("The stage: %1.").arg(keyList<Stage>()), tr("STAGE")});
    parser.addOption({QStringLiteral("reason"), tr("Why; kept with the candidate's file."), tr("TEXT")});
    parser.addOption({QStringLiteral("workshop"), tr("The workshop concerned (id or words of its title)."), tr("W")});
    parser.addOption(
        {QStringLiteral("override"),
         tr("Why the decision goes against the screening (selection) or against the outcome recorded for its "
            "step (workshop passed or failed, accredited or not)."),
         tr("REASON")});
    parser.addOption(
        {QStringLiteral("effective"), tr("When it takes effect (the accreditation date), as YYYY-MM-DD."), tr("DATE")});
}

int AdvanceCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    const bool valid = checkKeyOption<Stage>(parser, QStringLiteral("to"), err) &&
                       checkDateOption(parser, QStringLiteral("effective"), err);
    return valid ? Success : UsageError;
}

int AdvanceCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    // checkArguments made sure both are right.
    const auto to = fromKey<Stage>(parser.value(QStringLiteral("to")));
    bool ok = true;
    const QDate effective = dateOption(parser, QStringLiteral("effective"), &ok);
    const auto candidate = findCandidate(store, parser.positionalArguments().at(1));
    if (!candidate.ok()) {
        return fail(err, candidate.message());
    }
    StageDecision d;
    d.candidateId = candidate.value().meta.id;
    if (parser.isSet(QStringLiteral("workshop"))) {
        const auto workshop = findWorkshop(store, parser.value(QStringLiteral("workshop")));
        if (!workshop.ok()) {
            return fail(err, workshop.message());
        }
        d.workshopId = workshop.value().meta.id;
    }
    d.from = candidate.value().stage;
    d.to = *to;
    d.reason = parser.value(QStringLiteral("reason"));
    d.overrideReason = parser.value(QStringLiteral("override"));
    d.effectiveOn = effective;
    d.decidedBy = store.actor().label();
    d.decidedAt = Clock::nowUtc();
    const auto recorded = store.decisions().record(d);
    if (!recorded.ok()) {
        return fail(err, recorded.message());
    }
    out << tr("%1: %2 → %3. To be informed: record it with \"inform\".")
               .arg(candidate.value().displayName(), labelOf(d.from), labelOf(d.to))
        << Qt::endl;
    return Success;
}

// --- reverse ------------------------------------------------------------------------------

ReverseCommand::ReverseCommand()
    : FileCommand(QStringLiteral("reverse"),
                  tr("Reverse a candidate's latest decision with a new one (history is kept)."), Store::Access::Edit)
{
    declarePositionals(2, 2);
    declareWrites(
        {{QStringLiteral("{file}"), QStringLiteral("Dlamini"), QStringLiteral("--reason"), QStringLiteral("{tag}")}});
}

void ReverseCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(kCandidate, tr("The candidate (id or name)."));
    parser.addOption({QStringLiteral("reason"), tr("Why the decision is reversed."), tr("TEXT")});
}

int ReverseCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto candidate = findCandidate(store, parser.positionalArguments().at(1));
    if (!candidate.ok()) {
        return fail(err, candidate.message());
    }
    const auto history = store.decisions().of(candidate.value().meta.id);
    if (!history.ok()) {
        return fail(err, history.message());
    }
    if (history.value().isEmpty()) {
        return fail(err, tr("%1 has no decision to reverse.").arg(candidate.value().displayName()));
    }
    const auto reversal =
        store.decisions().reverse(history.value().constLast().meta.id, parser.value(QStringLiteral("reason")));
    if (!reversal.ok()) {
        return fail(err, reversal.message());
    }
    out << tr("%1: back to %2.").arg(candidate.value().displayName(), labelOf(reversal.value().to)) << Qt::endl;
    return Success;
}

// --- inform -------------------------------------------------------------------------------

InformCommand::InformCommand()
    : FileCommand(QStringLiteral("inform"), tr("Record that a candidate was told of the decisions awaiting it."),
                  Store::Access::Edit)
{
    declarePositionals(2, 2);
    declareWrites(
        {{QStringLiteral("{file}"), QStringLiteral("Njoroge"), QStringLiteral("--channel"), QStringLiteral("email")}});
}

void InformCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(kCandidate, tr("The candidate (id or name)."));
    parser.addOption({QStringLiteral("channel"), tr("How: %1.").arg(keyList<InformChannel>()), tr("CHANNEL")});
    parser.addOption({QStringLiteral("date"), tr("When, as YYYY-MM-DD (default today)."), tr("DATE")});
}

int InformCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    const bool valid = checkKeyOption<InformChannel>(parser, QStringLiteral("channel"), err) &&
                       checkDateOption(parser, QStringLiteral("date"), err);
    return valid ? Success : UsageError;
}

int InformCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    // checkArguments made sure both are right.
    const auto channel = fromKey<InformChannel>(parser.value(QStringLiteral("channel")));
    bool ok = true;
    QDate on = dateOption(parser, QStringLiteral("date"), &ok);
    if (!on.isValid()) {
        on = Clock::today();
    }
    const auto candidate = findCandidate(store, parser.positionalArguments().at(1));
    if (!candidate.ok()) {
        return fail(err, candidate.message());
    }
    if (auto done = store.decisions().recordInformed(candidate.value().meta.id, on, *channel); !done.ok()) {
        return fail(err, done.message());
    }
    out << tr("%1 informed on %2 (%3).")
               .arg(candidate.value().displayName(), QLocale().toString(on, QLocale::ShortFormat), labelOf(*channel))
        << Qt::endl;
    return Success;
}

// --- to-inform ----------------------------------------------------------------------------

ToInformCommand::ToInformCommand()
    : FileCommand(QStringLiteral("to-inform"), tr("List the candidates still to be told of a decision."),
                  Store::Access::ReadOnly)
{
    declarePositionals(1, 1);
}

void ToInformCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("workshop"), tr("Only this workshop (id or words of its title)."), tr("W")});
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array instead of a table.")});
}

int ToInformCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    QUuid workshopId;
    if (parser.isSet(QStringLiteral("workshop"))) {
        const auto workshop = findWorkshop(store, parser.value(QStringLiteral("workshop")));
        if (!workshop.ok()) {
            return fail(err, workshop.message());
        }
        workshopId = workshop.value().meta.id;
    }
    const auto pending = store.decisions().toInform(workshopId);
    const auto workshops = store.workshops().all();
    if (!pending.ok() || !workshops.ok()) {
        return fail(err, pending.ok() ? workshops.message() : pending.message());
    }
    QHash<QUuid, QString> titles;
    for (const Workshop& w : workshops.value()) {
        titles.insert(w.meta.id, w.title);
    }
    QJsonArray array;
    TextTable table({tr("Candidate"), tr("To tell"), tr("Latest decision"), tr("Step"), tr("Workshop"), tr("Decided")});
    for (const PendingInforming& p : pending.value()) {
        array.append(QJsonObject{
            {QStringLiteral("candidate_id"), idText(p.candidateId)},
            {QStringLiteral("candidate"), p.candidateName},
            {QStringLiteral("decision_id"), idText(p.decisionId)},
            {QStringLiteral("from"), keyOf(p.from)},
            {QStringLiteral("to"), keyOf(p.to)},
            {QStringLiteral("step"), p.step ? QJsonValue(keyOf(*p.step)) : QJsonValue()},
            {QStringLiteral("workshop_id"), p.workshopId.isNull() ? QJsonValue() : QJsonValue(idText(p.workshopId))},
            {QStringLiteral("decided_at"), p.decidedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("reversal"), p.reversal},
            {QStringLiteral("decisions_awaiting"), p.decisionsAwaiting}});
        // What the candidate hears is where they stand now; the moves it superseded go with it.
        QString move = labelOf(p.from) + QStringLiteral(" → ") + labelOf(p.to);
        if (p.reversal) {
            move += QLatin1Char(' ') + tr("(a correction)");
        }
        if (p.decisionsAwaiting > 1) {
            move += QLatin1Char(' ') + tr("(%n earlier not told)", nullptr, p.decisionsAwaiting - 1);
        }
        table.addRow({p.candidateName, tr("now at \"%1\"").arg(labelOf(p.to)), move,
                      p.step ? labelOf(*p.step) : QString(), titles.value(p.workshopId),
                      QLocale().toString(p.decidedAt.toLocalTime().date(), QLocale::ShortFormat)});
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(out, array);
    } else if (pending.value().isEmpty()) {
        out << tr("Every candidate has been told of every decision.") << Qt::endl;
    } else {
        table.print(out);
    }
    return Success;
}

// --- close-step ---------------------------------------------------------------------------

CloseStepCommand::CloseStepCommand()
    : FileCommand(QStringLiteral("close-step"), tr("Close (or reopen) a step of a workshop's round."),
                  Store::Access::Edit)
{
    declarePositionals(1, 1);
    declareWrites(
        {{QStringLiteral("{file}"), QStringLiteral("--workshop"), QStringLiteral("Nairobi"), QStringLiteral("--step"),
          QStringLiteral("selection"), QStringLiteral("--reason"), QStringLiteral("{tag}")}});
}

void CloseStepCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("workshop"), tr("The workshop (id or words of its title)."), tr("W")});
    parser.addOption({QStringLiteral("step"), tr("The step: %1.").arg(keyList<PipelineStep>()), tr("STEP")});
    parser.addOption({QStringLiteral("reason"),
                      tr("Why it closes although candidates are still to be informed, or why it reopens."),
                      tr("TEXT")});
    parser.addOption({QStringLiteral("reopen"), tr("Reopen the step instead.")});
}

int CloseStepCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    return checkKeyOption<PipelineStep>(parser, QStringLiteral("step"), err) ? Success : UsageError;
}

int CloseStepCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto step = fromKey<PipelineStep>(parser.value(QStringLiteral("step")));  // checked: one of them
    const auto workshop = findWorkshop(store, parser.value(QStringLiteral("workshop")));
    if (!workshop.ok()) {
        return fail(err, workshop.message());
    }
    const bool reopen = parser.isSet(QStringLiteral("reopen"));
    const QString reason = parser.value(QStringLiteral("reason"));
    const Status done = reopen ? store.decisions().reopenStep(workshop.value().meta.id, *step, reason)
                               : store.decisions().closeStep(workshop.value().meta.id, *step, reason);
    if (!done.ok()) {
        return fail(err, done.message());
    }
    out << (reopen ? tr("%1 of \"%2\" reopened.") : tr("%1 of \"%2\" closed."))
               .arg(labelOf(*step), workshop.value().title)
        << Qt::endl;
    return Success;
}

// --- history ------------------------------------------------------------------------------

HistoryCommand::HistoryCommand()
    : FileCommand(QStringLiteral("history"), tr("Show every decision about a candidate, oldest first."),
                  Store::Access::ReadOnly)
{
    declarePositionals(2, 2);
}

void HistoryCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(kCandidate, tr("The candidate (id or name)."));
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array instead of a table.")});
}

int HistoryCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto candidate = findCandidate(store, parser.positionalArguments().at(1));
    if (!candidate.ok()) {
        return fail(err, candidate.message());
    }
    const auto history = store.decisions().of(candidate.value().meta.id);
    if (!history.ok()) {
        return fail(err, history.message());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const StageDecision& d : history.value()) {
            array.append(RecordJson::toJson(d));
        }
        printJson(out, array);
        return Success;
    }
    out << tr("%1, now at \"%2\"").arg(candidate.value().displayName(), labelOf(candidate.value().stage)) << Qt::endl;
    TextTable table({tr("Decided"), tr("Move"), tr("By"), tr("Reason"), tr("Informed")});
    for (const StageDecision& d : history.value()) {
        QString reason = d.reason;
        if (!d.overrideReason.isEmpty()) {
            reason += QStringLiteral(" ") + tr("[override: %1]").arg(d.overrideReason);
        }
        if (d.isReversal()) {
            reason += QStringLiteral(" ") + tr("[reverses the decision before]");
        }
        table.addRow({QLocale().toString(d.decidedAt.toLocalTime().date(), QLocale::ShortFormat),
                      labelOf(d.from) + QStringLiteral(" → ") + labelOf(d.to), d.decidedBy, reason,
                      d.isInformed() ? QLocale().toString(d.informedOn, QLocale::ShortFormat) + QStringLiteral(", ") +
                                           labelOf(*d.informedBy)
                                     : tr("to inform")});
    }
    table.print(out);
    return Success;
}
