// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidates/AttachmentsView.h"

#include "domain/Attachment.h"
#include "domain/DocumentText.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"
#include "store/FileEvents.h"
#include "store/Store.h"
#include "store/CandidateSearch.h"
#include "store/Candidates.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace {

std::function<bool(const QString&)> g_viewer;

}  // namespace

AttachmentsView::AttachmentsView(QWidget* parent)
    : CandidateView(parent)
{
    setObjectName(QStringLiteral("attachmentsView"));
    setAcceptDrops(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setAccessibleName(tr("Documents of the candidate"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("attachmentKind"));
    m_kind->setAccessibleName(tr("Kind of document to add"));
    for (AttachmentKind kind : allOf<AttachmentKind>()) {
        m_kind->addItem(labelOf(kind), int(kind));
    }
    m_add = new QPushButton(tr("A&dd…"), this);
    m_add->setObjectName(QStringLiteral("addAttachment"));
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("openAttachment"));
    m_save = new QPushButton(tr("Save a &Copy…"), this);
    m_save->setObjectName(QStringLiteral("saveAttachment"));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removeAttachment"));
    connect(m_add, &QPushButton::clicked, this, [this]() {
        const QString path = FileDialog::openFileName(
            this, tr("Attach a document"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (!path.isEmpty()) {
            addFiles({path});
        }
    });
    connect(m_open, &QPushButton::clicked, this, &AttachmentsView::openSelected);
    connect(m_save, &QPushButton::clicked, this, &AttachmentsView::saveSelectedCopy);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentsView::removeSelected);
    connect(m_list, &QListWidget::itemActivated, this, &AttachmentsView::openSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &AttachmentsView::updateButtons);
    // Adding on one row, what to do with the selected document on the next: on one row
    // they were wider than the editor's share of a 1024-pixel screen.
    auto* adding = new QHBoxLayout;
    adding->addWidget(m_kind, 1);
    adding->addWidget(m_add);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->addWidget(m_list, 1);
    layout->addLayout(adding);
    layout->addLayout(buttons);
    updateButtons();
}

void AttachmentsView::setViewer(std::function<bool(const QString&)> viewer)
{
    g_viewer = std::move(viewer);
}

void AttachmentsView::followStore()
{
    disconnect(m_following);
    if (store()) {
        // More documents were read: which have no text to search may have changed.
        m_following = connect(&store()->events(), &FileEvents::changed, this, [this](const QList<FileChange>& changes) {
            if (std::any_of(changes.cbegin(), changes.cend(),
                            [](const FileChange& c) { return c.entity == QLatin1String("document_text"); })) {
                refreshTextNotes();
            }
        });
    }
}

void AttachmentsView::reload()
{
    m_list->clear();
    if (store() && !candidate().isNull()) {
        const auto attachments = store()->candidates().attachments(candidate());
        const auto texts = store()->search().documentTextOutcomes(candidate());
        for (const Attachment& a : attachments.ok() ? attachments.value() : QList<Attachment>()) {
            QString label = tr("%1 — %2, added %3")
                                .arg(a.fileName, labelOf(a.kind),
                                     QLocale().toString(a.addedAt.toLocalTime().date(), QLocale::ShortFormat));
            auto* item = new QListWidgetItem(m_list);
            // Only what the search cannot find is worth a note: a scan, a picture, a damaged file.
            const DocumentText text = texts.ok() ? texts.value().value(a.meta.id) : DocumentText();
            if (texts.ok() && texts.value().contains(a.meta.id) && text.outcome != TextOutcome::Text) {
                label = tr("%1 — %2").arg(label, labelOf(text.outcome));
                item->setToolTip(text.detail);
                item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxInformation));
            }
            item->setText(label);
            item->setData(Qt::AccessibleDescriptionRole, text.detail);
            item->setData(Qt::UserRole, a.meta.id);
            item->setData(Qt::UserRole + 1, a.fileName);
        }
    }
    updateButtons();
}

QUuid AttachmentsView::selectedId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toUuid() : QUuid();
}

void AttachmentsView::updateButtons()
{
    const bool editable = store() && !store()->isReadOnly() && !candidate().isNull();
    const bool selected = !selectedId().isNull();
    m_add->setEnabled(editable);
    m_kind->setEnabled(editable);
    m_remove->setEnabled(editable && selected);
    m_open->setEnabled(selected);
    m_save->setEnabled(selected);
}

int AttachmentsView::addFiles(const QStringList& paths)
{
    if (!store() || candidate().isNull()) {
        return 0;
    }
    int added = 0;
    QStringList refusals;
    for (const QString& path : paths) {
        const auto attachment = Attachment::fromFile(path, candidate(), AttachmentKind(m_kind->currentData().toInt()));
        const auto saved = attachment.ok() ? store()->candidates().addAttachment(attachment.value())
                                           : Result<Attachment>(attachment.error());
        if (saved.ok()) {
            ++added;
        } else {
            refusals.append(saved.message());
        }
    }
    reload();  // the indexer hears of the new documents from the file's events
    if (!refusals.isEmpty()) {
        MessageBox::critical(this, tr("Not attached"), refusals.join(QStringLiteral("\n\n")));
    }
    return added;
}

void AttachmentsView::openSelected()
{
    const QUuid id = selectedId();
    if (id.isNull()) {
        return;
    }
    const auto content = store()->candidates().attachmentContent(id);
    if (!content.ok()) {
        MessageBox::critical(this, tr("Cannot open the document"), content.message());
        return;
    }
    // The system's viewer needs a file: a private copy in the temporary folder.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::TempLocation) +
                           QStringLiteral("/accreditation-desk-") + id.toString(QUuid::WithoutBraces);
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString path =
        folder + QLatin1Char('/') + QFileInfo(m_list->currentItem()->data(Qt::UserRole + 1).toString()).fileName();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content.value()) != content.value().size() || !file.commit()) {
        MessageBox::critical(this, tr("Cannot open the document"),
                             tr("Could not write a copy to %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    const bool shown = g_viewer ? g_viewer(path) : QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    if (!shown) {
        MessageBox::critical(this, tr("Cannot open the document"),
                             tr("No program is set up to show this kind of document. A copy is in %1.")
                                 .arg(QDir::toNativeSeparators(path)));
    }
}

void AttachmentsView::saveSelectedCopy()
{
    const QUuid id = selectedId();
    if (id.isNull()) {
        return;
    }
    const QString name = m_list->currentItem()->data(Qt::UserRole + 1).toString();
    const QString target = FileDialog::saveFileName(
        this, tr("Save a copy of %1").arg(name),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') + name);
    if (target.isEmpty()) {
        return;
    }
    const auto content = store()->candidates().attachmentContent(id);
    QSaveFile file(target);
    if (!content.ok() || !file.open(QIODevice::WriteOnly) || file.write(content.value()) != content.value().size() ||
        !file.commit()) {
        MessageBox::critical(
            this, tr("Copy not saved"),
            content.ok() ? tr("Could not write %1: %2").arg(QDir::toNativeSeparators(target), file.errorString())
                         : content.message());
    }
}

void AttachmentsView::removeSelected()
{
    const QUuid id = selectedId();
    if (id.isNull()) {
        return;
    }
    const QString name = m_list->currentItem()->data(Qt::UserRole + 1).toString();
    if (!MessageBox::question(this, tr("Remove the document?"),
                              tr("Remove \"%1\" from the candidate's file? The history keeps a record that it was "
                                 "removed.")
                                  .arg(name),
                              tr("&Remove"))) {
        return;
    }
    if (auto done = store()->candidates().removeAttachment(id); !done.ok()) {
        MessageBox::critical(this, tr("Not removed"), done.message());
    }
    reload();
}

void AttachmentsView::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && store() && !store()->isReadOnly() && !candidate().isNull()) {
        event->acceptProposedAction();
    }
}

void AttachmentsView::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths.append(url.toLocalFile());
        }
    }
    addFiles(paths);
    event->acceptProposedAction();
}
