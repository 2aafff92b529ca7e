// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/FilePage.h"

#include "widgets/RefreshOnChange.h"

FilePage::FilePage(QWidget* parent)
    : FileView(parent)
    , m_refresh(new RefreshOnChange(this, [this]() { reload(); }))
{
}

void FilePage::storeChanged()
{
    m_refresh->follow(store());
}
