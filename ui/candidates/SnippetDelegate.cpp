// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidates/SnippetDelegate.h"

#include "candidates/SearchResultsModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

void SnippetDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString html = index.data(SearchResultsModel::SnippetHtmlRole).toString();
    if (html.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear();  // the background, focus and selection as usual; the text below
    const QStyle* style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    QTextDocument document;
    document.setDefaultFont(item.font);
    document.setDocumentMargin(0);
    document.setHtml(html);
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &item, item.widget);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = item.palette;
    context.palette.setColor(QPalette::Text, item.state & QStyle::State_Selected
                                                 ? item.palette.color(QPalette::HighlightedText)
                                                 : item.palette.color(QPalette::Text));
    painter->save();
    painter->translate(text.left(), text.top() + (text.height() - document.size().height()) / 2);
    painter->setClipRect(text.translated(-text.topLeft()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}
