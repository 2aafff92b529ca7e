// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A table the user reads but does not edit (the participants and those to inform of a
// workshop, the Stage 1 ranking, statistics, agreement and proposed set): whole rows are
// selected one at a time, Tab leaves the table while the arrows move within it, no row
// numbers, and the last column takes the width left. Named for the accessibility tree.

#include <QList>
#include <QStringList>

class QTableWidget;
class QWidget;

QTableWidget* readOnlyTable(QWidget* parent, const QString& objectName, const QString& accessibleName,
                            const QStringList& headers);

/// Shows `rows` (each a list of cells) under `headers`, replacing what `table` held, the
/// columns as wide as their text.
void showRows(QTableWidget* table, const QStringList& headers, const QList<QStringList>& rows);
