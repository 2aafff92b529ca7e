// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/UserGuideDialog.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {

/// The guide's screenshots are made at 1024 px: shown at that size they would need a
/// sideways scroll in the dialog, so they are scaled down to fit its default width (the
/// document is laid out before the dialog is shown, so the viewport's width is not known yet).
class GuideBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int type, const QUrl& name) override
    {
        QVariant resource = QTextBrowser::loadResource(type, name);
        if (type != QTextDocument::ImageResource) {
            return resource;
        }
        QImage image;
        if (resource.canConvert<QByteArray>()) {
            image.loadFromData(resource.toByteArray());
        } else if (resource.canConvert<QImage>()) {
            image = resource.value<QImage>();
        }
        constexpr int width = 800;
        if (!image.isNull() && image.width() > width) {
            return image.scaledToWidth(width, Qt::SmoothTransformation);
        }
        return image.isNull() ? resource : QVariant(image);
    }

    /// The anchor GitHub gives a heading ("Print the workshop's sheets" is
    /// "print-the-workshops-sheets"), so that the guide's own links work in both places.
    static QString anchorOf(const QString& heading)
    {
        QString anchor;
        for (const QChar c : heading.toLower()) {
            if (c.isLetterOrNumber() || c == u'-' || c == u'_') {
                anchor.append(c);
            } else if (c == u' ') {
                anchor.append(u'-');
            }
        }
        return anchor;
    }

protected:
    void doSetSource(const QUrl& name, QTextDocument::ResourceType type) override
    {
        QTextBrowser::doSetSource(name, type);
        // Qt's markdown reader names no anchors, so a link to "#section" finds its heading
        // here, by the anchor GitHub gives it.
        if (!name.hasFragment()) {
            return;
        }
        for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() > 0 && anchorOf(block.text()) == name.fragment()) {
                const QRectF where = document()->documentLayout()->blockBoundingRect(block);
                verticalScrollBar()->setValue(qRound(where.top()));
                return;
            }
        }
    }
};

}  // namespace

QUrl UserGuideDialog::guideUrl()
{
    return QUrl(QStringLiteral("qrc:/guide/user-guide.md"));
}

UserGuideDialog::UserGuideDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("Accreditation Desk User Guide"));
    m_browser = new GuideBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuideText"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(guideUrl(), QTextDocument::MarkdownResource);

    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("userGuideFind"));
    m_find->setPlaceholderText(tr("Find in the guide (Ctrl+F)"));
    m_find->setAccessibleName(tr("Find in the guide"));
    m_find->setClearButtonEnabled(true);
    m_findNotice = new QLabel(this);
    m_findNotice->setObjectName(QStringLiteral("userGuideFindNotice"));
    auto* next = new QPushButton(tr("Find &Next"), this);
    auto* previous = new QPushButton(tr("Find &Previous"), this);
    connect(m_find, &QLineEdit::returnPressed, this, [this]() { findText(m_find->text()); });
    connect(next, &QPushButton::clicked, this, [this]() { findText(m_find->text()); });
    connect(previous, &QPushButton::clicked, this, [this]() { findText(m_find->text(), true); });
    auto* findAction = new QAction(tr("Find in the Guide"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this]() {
        m_find->setFocus();
        m_find->selectAll();
    });
    addAction(findAction);

    auto* findBar = new QHBoxLayout;
    findBar->addWidget(m_find, 1);
    findBar->addWidget(previous);
    findBar->addWidget(next);
    findBar->addWidget(m_findNotice);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(findBar);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(900, 640);
}

bool UserGuideDialog::findText(const QString& text, bool backwards)
{
    m_findNotice->clear();
    if (text.trimmed().isEmpty()) {
        return false;
    }
    QTextDocument::FindFlags flags;
    if (backwards) {
        flags |= QTextDocument::FindBackward;
    }
    if (m_browser->find(text, flags)) {
        return true;
    }
    // Not found below (or above): start again from the other end, as an editor's find does.
    QTextCursor cursor = m_browser->textCursor();
    cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    m_browser->setTextCursor(cursor);
    if (m_browser->find(text, flags)) {
        m_findNotice->setText(backwards ? tr("Searched again from the end") : tr("Searched again from the top"));
        return true;
    }
    m_findNotice->setText(tr("Not in the guide"));
    return false;
}
