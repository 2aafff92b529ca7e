// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The mouse wheel changes a combo, spin or date box only while it has the keyboard focus;
// otherwise the wheel scrolls the page under the pointer, as in KeePassXC and Qt Creator.
// Scrolling down a long form must never change a field the user only passed over.

#include <QObject>

class FocusedWheel : public QObject
{
    Q_OBJECT

public:
    /// Installs the filter on the running QApplication, once; later calls do nothing.
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};
