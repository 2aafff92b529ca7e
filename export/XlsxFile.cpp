// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxFile.h"

#include "ExportFile.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace {

// Excel's limits: a cell holds at most 32,767 characters, a sheet 1,048,576 rows.
constexpr qsizetype kLongestText = 32767;
constexpr qsizetype kMostRows = 1048575;

lxw_datetime datetimeOf(const QDate& date, const QTime& time = {})
{
    lxw_datetime d{};
    d.year = date.year();
    d.month = date.month();
    d.day = date.day();
    if (time.isValid()) {
        d.hour = time.hour();
        d.min = time.minute();
        d.sec = time.second();
    }
    return d;
}

/// The workbook, closed (and so written) or freed however the writing ends.
struct Workbook {
    lxw_workbook* book = nullptr;
    ~Workbook()
    {
        if (book) {
            workbook_close(book);
        }
    }
    lxw_error close()
    {
        const lxw_error error = workbook_close(book);
        book = nullptr;
        return error;
    }
};

}  // namespace

QString XlsxFile::sheetName(const QString& title)
{
    static const QRegularExpression kForbidden(QStringLiteral("[\\[\\]:*?/\\\\]"));
    QString name = title;
    name.replace(kForbidden, QStringLiteral(" "));
    name = name.simplified().left(31).trimmed();
    // Excel refuses a name that starts or ends with an apostrophe.
    while (name.startsWith(QLatin1Char('\''))) {
        name.remove(0, 1);
    }
    while (name.endsWith(QLatin1Char('\''))) {
        name.chop(1);
    }
    return name.isEmpty() ? tr("List") : name;
}

Status XlsxFile::write(const ExportTable& table, const QString& path)
{
    if (table.rows().size() > kMostRows) {
        return Status::failure(ErrorCode::Invalid, tr("The list has %1 rows; a spreadsheet holds at most %2. "
                                                      "Narrow it with filters, or export it as CSV.")
                                                       .arg(table.rows().size())
                                                       .arg(kMostRows));
    }
    // libxlsxwriter writes the whole file when the workbook closes: to a scratch folder
    // first, so that a failure leaves `path` as it was.
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        return Status::failure(
            ErrorCode::Io,
            tr("Could not make a temporary folder to write the spreadsheet in: %1.").arg(scratch.errorString()));
    }
    const QByteArray scratchDir = QFile::encodeName(scratch.path());
    const QByteArray scratchFile = QFile::encodeName(scratch.filePath(QStringLiteral("export.xlsx")));
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char*>(scratchDir.constData());  // libxlsxwriter only reads it
    Workbook workbook;
    workbook.book = workbook_new_opt(scratchFile.constData(), &options);
    if (!workbook.book) {
        return Status::failure(ErrorCode::Io, tr("Could not start the spreadsheet (out of memory?)."));
    }
    lxw_worksheet* sheet = workbook_add_worksheet(workbook.book, sheetName(table.title()).toUtf8().constData());
    lxw_format* header = workbook_add_format(workbook.book);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format* date = workbook_add_format(workbook.book);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format* dateTime = workbook_add_format(workbook.book);
    format_set_num_format(dateTime, "yyyy-mm-dd hh:mm:ss");
    lxw_format* wrapped = workbook_add_format(workbook.book);
    format_set_text_wrap(wrapped);
    format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
    if (!sheet || !header || !date || !dateTime || !wrapped) {
        return Status::failure(ErrorCode::Io, tr("Could not start the spreadsheet (out of memory?)."));
    }

    const QList<ExportColumn>& columns = table.columns();
    lxw_error error = LXW_NO_ERROR;
    for (int column = 0; column < columns.size() && error == LXW_NO_ERROR; ++column) {
        const auto c = lxw_col_t(column);
        error = worksheet_write_string(sheet, 0, c, columns.at(column).title.toUtf8().constData(), header);
        if (error == LXW_NO_ERROR) {
            error = worksheet_set_column(sheet, c, c, table.width(column), nullptr);
        }
    }
    for (int row = 0; row < table.rows().size() && error == LXW_NO_ERROR; ++row) {
        const auto r = lxw_row_t(row + 1);
        for (int column = 0; column < columns.size() && error == LXW_NO_ERROR; ++column) {
            if (table.isEmpty(row, column)) {
                continue;
            }
            const auto c = lxw_col_t(column);
            const QVariant& value = table.rows().at(row).at(column);
            switch (columns.at(column).kind) {
            case CellKind::Text: {
                const QString text = value.toString().left(kLongestText);
                error = worksheet_write_string(sheet, r, c, text.toUtf8().constData(),
                                               text.contains(QLatin1Char('\n')) ? wrapped : nullptr);
                break;
            }
            case CellKind::Integer:
                error = worksheet_write_number(sheet, r, c, double(value.toLongLong()), nullptr);
                break;
            case CellKind::Number:
                error = worksheet_write_number(sheet, r, c, value.toDouble(), nullptr);
                break;
            case CellKind::Date: {
                lxw_datetime d = datetimeOf(value.toDate());
                error = worksheet_write_datetime(sheet, r, c, &d, date);
                break;
            }
            case CellKind::DateTime: {
                const QDateTime local = value.toDateTime().toLocalTime();
                lxw_datetime d = datetimeOf(local.date(), local.time());
                error = worksheet_write_datetime(sheet, r, c, &d, dateTime);
                break;
            }
            }
        }
    }
    if (error == LXW_NO_ERROR && !columns.isEmpty()) {
        worksheet_freeze_panes(sheet, 1, lxw_col_t(table.frozenColumns()));
        error = worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows().size()), lxw_col_t(columns.size() - 1));
    }
    if (error != LXW_NO_ERROR) {
        return Status::failure(ErrorCode::Internal,
                               tr("Could not write the spreadsheet: %1.").arg(QString::fromUtf8(lxw_strerror(error))));
    }
    error = workbook.close();
    if (error != LXW_NO_ERROR) {
        return Status::failure(ErrorCode::Io,
                               tr("Could not write the spreadsheet: %1.").arg(QString::fromUtf8(lxw_strerror(error))));
    }
    QFile written(scratch.filePath(QStringLiteral("export.xlsx")));
    if (!written.open(QIODevice::ReadOnly)) {
        return Status::failure(ErrorCode::Io,
                               tr("Could not read back the spreadsheet just written: %1.").arg(written.errorString()));
    }
    return ExportFile::writeWhole(path, written.readAll());
}
