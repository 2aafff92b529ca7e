// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvFile.h"

#include "ExportFile.h"

namespace {

QString field(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r'))) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

}  // namespace

QString CsvFile::neutralised(const QString& text)
{
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && kFormulaStarts.contains(text.front())) {
        return QLatin1Char('\'') + text;
    }
    return text;
}

QByteArray CsvFile::bytes(const ExportTable& table)
{
    QString text;
    QStringList line;
    for (const ExportColumn& column : table.columns()) {
        line.append(field(neutralised(column.title)));
    }
    text += line.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int row = 0; row < table.rows().size(); ++row) {
        line.clear();
        for (int column = 0; column < table.columns().size(); ++column) {
            const QString cell = table.text(row, column);
            line.append(field(table.columns().at(column).kind == CellKind::Text ? neutralised(cell) : cell));
        }
        text += line.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

Status CsvFile::write(const ExportTable& table, const QString& path)
{
    return ExportFile::writeWhole(path, bytes(table));
}
