// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The documents of the selected candidate, kept inside the file: add them by dialog or by
// dropping files, open one with the system's viewer, save a copy, remove one. Files that
// are too large, unreadable or not an accepted type (judged by content) are refused with
// the reason. A document whose text cannot be searched (a scan, a picture) says so.

#include <QUuid>
#include "widgets/RecordView.h"

#include <functional>

class QComboBox;
class QListWidget;
class QPushButton;

class AttachmentsView : public CandidateView
{
    Q_OBJECT

public:
    explicit AttachmentsView(QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }

    /// Adds the files at `paths`; refusals are told, the rest are added. Returns how many.
    int addFiles(const QStringList& paths);
    void openSelected();
    void saveSelectedCopy();
    void removeSelected();
    /// Shows again which documents have no text to search (after more were read).
    void refreshTextNotes() { reload(); }

    /// Replaces how a document is shown to the user (tests only); the default hands the
    /// file to the system's viewer.
    static void setViewer(std::function<bool(const QString& path)> viewer);

protected:
    void followStore() override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void reload() override;
    QUuid selectedId() const;
    void updateButtons();

    QMetaObject::Connection m_following;  ///< to the store's FileEvents
    QListWidget* m_list;
    QComboBox* m_kind;
    QPushButton* m_add;
    QPushButton* m_open;
    QPushButton* m_save;
    QPushButton* m_remove;
};
