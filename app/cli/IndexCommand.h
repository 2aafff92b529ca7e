// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `index FILE`: reads the text of the documents not read yet, for the full-text search,
// and says how many were read and which have no text to search (scans, pictures).

#include "FileCommand.h"

class IndexCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(IndexCommand)

public:
    IndexCommand();

protected:
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
