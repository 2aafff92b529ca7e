// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How pages are printed on this computer: the paper size (A4 by default, US Letter where
// offices use it). A preference of the machine, kept in QSettings and shared by the
// application and the CLI, not a setting of the shared file: the officer in one office and
// a reviewer in another print the same file on different paper.

#include <QCoreApplication>
#include <QPageSize>

#include <optional>

class PrintSettings
{
    Q_DECLARE_TR_FUNCTIONS(PrintSettings)

public:
    enum class Paper { A4, Letter };

    static Paper paper();
    static void setPaper(Paper paper);

    static QPageSize pageSize(Paper paper);
    /// "a4" or "letter", as the CLI spells it.
    static QString keyOf(Paper paper);
    static std::optional<Paper> paperFromKey(const QString& key);
    static QString labelOf(Paper paper);
};
