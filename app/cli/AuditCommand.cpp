// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditCommand.h"

#include "store/AuditEntry.h"
#include "store/AuditSentence.h"
#include "domain/Candidate.h"
#include "Lookup.h"
#include "TextTable.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

AuditCommand::AuditCommand()
    : FileCommand(QStringLiteral("audit"), tr("Show the audit trail of a file, or of one candidate."),
                  Store::Access::ReadOnly)
{
}

void AuditCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("candidate"), tr("Only the history of this candidate (id or name)."), tr("CANDIDATE")});
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array instead of a table.")});
    parser.addOption({QStringLiteral("housekeeping"),
                      tr("Also list housekeeping (editing taken over, documents read for the search, format "
                         "upgrades); the JSON always has every entry.")});
    parser.addOption({QStringLiteral("fields"), tr("Under each entry, the fields it changed, before and after.")});
}

int AuditCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    QUuid subject;
    if (parser.isSet(QStringLiteral("candidate"))) {
        const auto candidate = findCandidate(store, parser.value(QStringLiteral("candidate")));
        if (!candidate.ok()) {
            err << candidate.message() << Qt::endl;
            return Failure;
        }
        subject = candidate.value().meta.id;
    }
    const auto trail = store.auditTrail(subject);
    if (!trail.ok()) {
        err << trail.message() << Qt::endl;
        return Failure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const AuditEntry& e : trail.value()) {
            array.append(
                QJsonObject{{QStringLiteral("seq"), e.seq},
                            {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
                            {QStringLiteral("actor"), e.actor},
                            {QStringLiteral("action"), e.action},
                            {QStringLiteral("entity"), e.entity},
                            {QStringLiteral("entity_id"), e.entityId},
                            {QStringLiteral("subject_id"), e.subjectId},
                            {QStringLiteral("old"), QJsonDocument::fromJson(e.oldValue.toUtf8()).isNull()
                                                        ? QJsonValue(QJsonValue::Null)
                                                        : QJsonDocument::fromJson(e.oldValue.toUtf8()).object()},
                            {QStringLiteral("new"), QJsonDocument::fromJson(e.newValue.toUtf8()).isNull()
                                                        ? QJsonValue(QJsonValue::Null)
                                                        : QJsonDocument::fromJson(e.newValue.toUtf8()).object()},
                            {QStringLiteral("hash"), e.hash}});
        }
        printJson(out, array);
        return Success;
    }
    const auto names = AuditNames::read(store, trail.value());
    if (!names.ok()) {
        err << names.message() << Qt::endl;
        return Failure;
    }
    const bool housekeeping = parser.isSet(QStringLiteral("housekeeping"));
    const bool fields = parser.isSet(QStringLiteral("fields"));
    TextTable table({tr("#"), tr("When"), tr("What happened")});
    for (const AuditEntry& e : trail.value()) {
        if (!housekeeping && AuditSentence::isHousekeeping(e.action)) {
            continue;
        }
        const QString when = QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        const QString sentence = AuditSentence::of(e, names.value());
        if (!fields) {
            table.addRow({QString::number(e.seq), when, sentence});
            continue;
        }
        out << QStringLiteral("#%1  %2  %3").arg(e.seq).arg(when, sentence) << Qt::endl;
        for (const AuditFieldChange& change : AuditSentence::fieldChanges(e, names.value())) {
            out << QStringLiteral("    ")
                << tr("%1: %2 → %3")
                       .arg(change.label, change.before.isEmpty() ? tr("(none)") : change.before,
                            change.after.isEmpty() ? tr("(none)") : change.after)
                << Qt::endl;
        }
    }
    if (!fields) {
        table.print(out);
    }
    return Success;
}
