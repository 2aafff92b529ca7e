// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/RecordView.h"

RecordView::RecordView(QWidget* parent)
    : FileView(parent)
{
}

void RecordView::storeChanged()
{
    m_record = QUuid();  // a record of the file before means nothing in this one
    followStore();
    reload();
}

void RecordView::setRecord(const QUuid& id)
{
    m_record = id;
    recordChanged();
    reload();
}
