// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The strip above the demo file: its candidates are fictional, and real ones belong in a
// file of one's own, which its button starts creating.

#include <QFrame>

class SampleDataBanner : public QFrame
{
    Q_OBJECT

public:
    explicit SampleDataBanner(QWidget* parent = nullptr);

signals:
    void createRequested();
};
