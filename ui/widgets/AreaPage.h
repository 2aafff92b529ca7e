// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A read-only area of the file (workshops, activities, the pool, the dashboard): what the
// file holds there today, and a line saying what the area will offer as it grows.

#include <QWidget>

class QLabel;
class QTableWidget;

class AreaPage : public QWidget
{
    Q_OBJECT

public:
    AreaPage(const QString& objectName, const QString& title, const QString& description, QWidget* parent = nullptr);

    void setRows(const QStringList& headers, const QList<QStringList>& rows);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};
