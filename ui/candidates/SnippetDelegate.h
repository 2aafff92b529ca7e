// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Paints a search result's snippet with its matched words in bold (the model's
// SnippetHtmlRole); other cells as usual.

#include <QStyledItemDelegate>

class SnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
