// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateOption.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

QDate dateOption(const QCommandLineParser& parser, const QString& name, bool* ok)
{
    *ok = true;
    if (!parser.isSet(name)) {
        return {};
    }
    const QDate date = QDate::fromString(parser.value(name), Qt::ISODate);
    *ok = date.isValid();
    return date;
}

bool checkDateOption(const QCommandLineParser& parser, const QString& name, QTextStream& err)
{
    bool ok = true;
    dateOption(parser, name, &ok);
    if (!ok) {
        err << QCoreApplication::translate("Command", "--%1 must be a date as YYYY-MM-DD.").arg(name) << Qt::endl;
    }
    return ok;
}

QDate requiredDateOption(const QCommandLineParser& parser, const QString& name, QTextStream& err)
{
    // The messages keep the translation context of the pool's commands, where they were
    // first written, so that existing translations still apply.
    const QString value = parser.value(name);
    if (value.isEmpty()) {
        err << QCoreApplication::translate("PoolCommands", "--%1 is required: give a date as YYYY-MM-DD.").arg(name)
            << Qt::endl;
        return {};
    }
    bool ok = false;
    const QDate date = dateOption(parser, name, &ok);
    if (!ok) {
        err << QCoreApplication::translate("PoolCommands", "--%1 takes a date as YYYY-MM-DD, not \"%2\".")
                   .arg(name, value)
            << Qt::endl;
    }
    return date;
}
