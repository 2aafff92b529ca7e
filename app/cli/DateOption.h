// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one place where the command line reads a date an option gives (YYYY-MM-DD, the ISO
// form every command prints).

#include <QDate>

class QCommandLineParser;
class QString;
class QTextStream;

/// The date of option `name`: a null date with `ok` true when the option is not given; a
/// null date with `ok` false when it is given but not YYYY-MM-DD (the caller says how).
QDate dateOption(const QCommandLineParser& parser, const QString& name, bool* ok);

/// Whether option `name`, when given, is a date as YYYY-MM-DD; when it is not, prints a
/// usage message naming the option on `err`. For a command's checkArguments().
bool checkDateOption(const QCommandLineParser& parser, const QString& name, QTextStream& err);

/// The date of an option the command cannot do without: when it is missing or not
/// YYYY-MM-DD, prints a usage message naming the option on `err` and returns a null date.
QDate requiredDateOption(const QCommandLineParser& parser, const QString& name, QTextStream& err);
