// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One list of the window as a spreadsheet sees it: typed columns and rows of values, filled
// from core's reads by one source per list (ExportSources.h) and written by XlsxFile or
// CsvFile. Cells keep their type (a date stays a date, a number a number) so that a
// spreadsheet can sort and add them; the writers decide how each type is spelt.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

/// How a column's cells are written.
enum class CellKind {
    Text,  ///< QString
    Integer,  ///< int
    Number,  ///< double
    Date,  ///< QDate
    DateTime  ///< QDateTime, written in local time
};

struct ExportColumn {
    QString title;
    CellKind kind = CellKind::Text;
};

class ExportTable
{
    Q_DECLARE_TR_FUNCTIONS(ExportTable)

public:
    /// `title` names the sheet (and the list, in messages).
    explicit ExportTable(QString title = {});

    const QString& title() const { return m_title; }
    const QList<ExportColumn>& columns() const { return m_columns; }
    const QList<QVariantList>& rows() const { return m_rows; }
    /// How many columns on the left stay in view when scrolling sideways (the names).
    int frozenColumns() const { return m_frozenColumns; }
    void setFrozenColumns(int count) { m_frozenColumns = count; }

    void addColumn(const QString& title, CellKind kind = CellKind::Text);
    /// One value per column; a null QVariant (or an invalid date) is an empty cell.
    void addRow(QVariantList cells);

    /// A cell as plain text: dates as yyyy-mm-dd, times as yyyy-mm-dd hh:mm:ss (local),
    /// numbers with a full stop and no grouping, so that any locale reads them back.
    QString text(int row, int column) const;
    /// Whether the cell is empty (null, an empty text, an invalid date).
    bool isEmpty(int row, int column) const;
    /// The width a column needs, in characters: its longest text or title, within bounds.
    int width(int column) const;

private:
    QString m_title;
    QList<ExportColumn> m_columns;
    QList<QVariantList> m_rows;
    int m_frozenColumns = 0;
};
