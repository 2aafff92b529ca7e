// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A plain table of ratings typed in from paper sheets: CSV with one rating a row, columns
// subject, rater, rating (a header row naming them is optional). Read with libcsv, so that
// quoting and line breaks in names never go subtly wrong.

#include "assessment/ReviewerAgreement.h"

#include <QByteArray>
#include <QCoreApplication>

class RatingsTable
{
    Q_DECLARE_TR_FUNCTIONS(RatingsTable)

public:
    /// The ratings of `csv`; refused (Invalid), naming the row, for a row that is not
    /// subject, rater and a number, or for CSV that does not parse. `sourceName` names the
    /// file in messages.
    static Result<QList<AgreementRating>> parse(const QByteArray& csv, const QString& sourceName);
    /// Reads and parses the file at `path`.
    static Result<QList<AgreementRating>> read(const QString& path);
};
