// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/RatingsTable.h"

#include <QDir>
#include <QFile>

#include <csv.h>

namespace {

struct Collector {
    QList<QPair<int, QStringList>> rows;  ///< (row number as a spreadsheet counts, cells)
    QStringList cells;
    int row = 1;
};

void onField(void* data, size_t length, void* context)
{
    static_cast<Collector*>(context)->cells.append(
        QString::fromUtf8(static_cast<const char*>(data), qsizetype(length)).trimmed());
}

void onRowEnd(int, void* context)
{
    auto* c = static_cast<Collector*>(context);
    if (!c->cells.isEmpty()) {
        c->rows.append({c->row, c->cells});
        c->cells.clear();
    }
    ++c->row;
}

}  // namespace

Result<QList<AgreementRating>> RatingsTable::parse(const QByteArray& csv, const QString& sourceName)
{
    using R = Result<QList<AgreementRating>>;
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
        return R::failure(ErrorCode::Internal, tr("The CSV reader could not start."));
    }
    Collector collector;
    bool parsed =
        csv_parse(&parser, csv.constData(), size_t(csv.size()), onField, onRowEnd, &collector) == size_t(csv.size()) &&
        csv_fini(&parser, onField, onRowEnd, &collector) == 0;
    csv_free(&parser);
    if (!parsed) {
        return R::failure(ErrorCode::Invalid, tr("\"%1\" is not valid CSV near row %2: a quotation mark is out of "
                                                 "place or never closed.")
                                                  .arg(sourceName)
                                                  .arg(collector.row));
    }
    QList<AgreementRating> ratings;
    for (int i = 0; i < collector.rows.size(); ++i) {
        const auto& [row, cells] = collector.rows.at(i);
        bool number = false;
        const double value = cells.value(2).toDouble(&number);
        if (i == 0 && !number && cells.size() == 3) {
            continue;  // a header row
        }
        if (cells.size() != 3 || cells.at(0).isEmpty() || cells.at(1).isEmpty() || !number) {
            return R::failure(ErrorCode::Invalid, tr("Row %1 of \"%2\" must hold a subject, a rater and a rating "
                                                     "(a number), separated by commas.")
                                                      .arg(row)
                                                      .arg(sourceName));
        }
        ratings.append({cells.at(0), cells.at(1), value});
    }
    if (ratings.isEmpty()) {
        return R::failure(ErrorCode::Invalid, tr("\"%1\" holds no ratings.").arg(sourceName));
    }
    return ratings;
}

Result<QList<AgreementRating>> RatingsTable::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<QList<AgreementRating>>::failure(
            ErrorCode::NotFound,
            tr("\"%1\" cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return parse(file.readAll(), QDir::toNativeSeparators(path));
}
