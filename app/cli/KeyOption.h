// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one place where the command line checks an option that names one of a vocabulary's
// keys (a stage, a channel, a step...), as every command prints them.

#include "domain/Vocabulary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

/// Whether option `name` holds one of E's keys; when it does not, prints a usage message
/// listing them on `err`. For a command's checkArguments().
template<typename E>
bool checkKeyOption(const QCommandLineParser& parser, const QString& name, QTextStream& err)
{
    if (fromKey<E>(parser.value(name))) {
        return true;
    }
    err << QCoreApplication::translate("Command", "--%1 must be one of: %2.").arg(name, keyList<E>()) << Qt::endl;
    return false;
}
