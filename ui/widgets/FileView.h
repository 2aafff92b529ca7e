// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A part of the window that shows what the open file holds. The window hands it the store
// when a file opens (null when it closes); what it does then depends on its kind: an area
// (FilePage) follows the file's changes, a view of one record (RecordView) reads it at once.

#include <QWidget>

class Store;

class FileView : public QWidget
{
    Q_OBJECT

public:
    explicit FileView(QWidget* parent = nullptr);

    /// The open file; null when none.
    void setStore(Store* store);
    /// Reads what the view shows again from the store.
    virtual void reload() = 0;

protected:
    Store* store() const { return m_store; }
    /// The store was just set.
    virtual void storeChanged() = 0;

private:
    Store* m_store = nullptr;
};
