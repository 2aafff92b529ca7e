// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An area of the window that shows what the open file holds (the dashboard, the pool, the
// activities, the workshops). It follows the file's changes (RefreshOnChange): a change
// that concerns it has it read again, at once when on screen, when next shown otherwise.

#include "widgets/FileView.h"

class RefreshOnChange;

class FilePage : public FileView
{
    Q_OBJECT

public:
    explicit FilePage(QWidget* parent = nullptr);

protected:
    /// A new file is read when the page is next on screen.
    void storeChanged() override;

private:
    RefreshOnChange* m_refresh;
};
