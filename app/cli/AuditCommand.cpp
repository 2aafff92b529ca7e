// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditCommand.h"

#include "store/AuditEntry.h"
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
    TextTable table({tr("#"), tr("When"), tr("Who"), tr("What"), tr("Record")});
    for (const AuditEntry& e : trail.value()) {
        table.addRow({QString::number(e.seq), QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat), e.actor,
                      e.action, e.entity + QLatin1Char(' ') + e.entityId.left(8)});
    }
    table.print(out);
    return Success;
}
