// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File > Export…: asks where to write a list (XLSX or CSV, from the name's suffix), reads
// it with export/'s source for that list and writes it, saying so in the status bar or why
// not in a message.

#include <QCoreApplication>

struct ExportRequest;
class QWidget;
class Store;

class ListExport
{
    Q_DECLARE_TR_FUNCTIONS(ListExport)

public:
    /// Exports what `request` names from `store`; the path written, empty when cancelled or
    /// refused (the message already shown).
    static QString run(QWidget* parent, const Store& store, const ExportRequest& request);
};
