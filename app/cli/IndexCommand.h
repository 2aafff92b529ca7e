#pragma once
// `index FILE`: reads the text of the documents not read yet, for the full-text search,
// and says how many were read and which have no text to search (scans, pictures).

#include "Command.h"

class IndexCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(IndexCommand)

public:
    IndexCommand();

protected:
    void configure(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;
};
