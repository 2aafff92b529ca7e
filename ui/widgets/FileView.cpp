// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/FileView.h"

FileView::FileView(QWidget* parent)
    : QWidget(parent)
{
}

void FileView::setStore(Store* store)
{
    m_store = store;
    storeChanged();
}
