// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A table whose first columns stay in place while the others scroll sideways: the
// candidate list keeps the names and the stage in sight however many columns follow.
// A second view over the same model and selection lies over the left edge and shows only
// the frozen columns; the table puts them first, keeps their widths, its rows and its
// vertical scrolling in step, and sorts when their headers are clicked.

#include <QTableView>

class FrozenColumnsTable : public QTableView
{
    Q_OBJECT

public:
    /// `frozen`: the model's columns kept in sight, left to right.
    FrozenColumnsTable(const QList<int>& frozen, QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    /// The view over the frozen columns (for tests and the accessibility walk).
    QTableView* frozenView() const { return m_frozen; }
    /// Puts the frozen columns first again and follows the table's widths and hidden
    /// columns (after a saved header layout is restored, or a column is shown or hidden).
    void syncFrozenColumns();

protected:
    void resizeEvent(QResizeEvent* event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void scrollTo(const QModelIndex& index, ScrollHint hint = EnsureVisible) override;
    void updateGeometries() override;

private:
    /// The width the frozen columns take now.
    int frozenWidth() const;
    void placeFrozenView();

    QList<int> m_frozenColumns;
    QTableView* m_frozen;
    bool m_syncing = false;
};
