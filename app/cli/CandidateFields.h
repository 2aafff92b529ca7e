// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The candidate's fields as options of candidate-add and candidate-edit: one option a field,
// named after the column key the import reads (--family-name for family_name), each value
// read exactly as an imported cell (ApplicationImport::readField), so that the command line
// and a spreadsheet accept and refuse the same values.

#include <QCoreApplication>
#include <QStringList>

class Candidate;
class QCommandLineParser;
class QTextStream;
class Validation;

class CandidateFields
{
    Q_DECLARE_TR_FUNCTIONS(CandidateFields)

public:
    /// Adds an option for every field of an application.
    static void addOptions(QCommandLineParser& parser);
    /// Whether any field option is given.
    static bool anyGiven(const QCommandLineParser& parser);
    /// Sets on `candidate` every field whose option is given (an empty value empties the
    /// field); returns a line for each value that cannot be read, naming its option.
    static QStringList apply(const QCommandLineParser& parser, Candidate& candidate);
    /// Each broken rule of `validation` as a line naming the option that sets its field.
    static QStringList problems(const Validation& validation);
};
