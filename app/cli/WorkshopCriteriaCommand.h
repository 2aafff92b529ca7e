// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `workshop-criteria FILE WORKSHOP [--json]`: a workshop's own assessment criteria, in the
// order of its scoring form, with what a reviewer looks for and the scores already given;
// `--add NAME [--description TEXT]`, `--remove KEY_OR_NAME` or `--rename KEY_OR_NAME
// [--name NAME] [--description TEXT]` changes them, one change a call, through the same
// Workshops::changeCriteria, on the list as it is inside the save (the window uses setWorkshopCriteria) (a new key
// from the name; an existing criterion keeps its key, so its scores stay with it).

#include "FileCommand.h"

class WorkshopCriteriaCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorkshopCriteriaCommand)

public:
    WorkshopCriteriaCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    Store::Access access(const QCommandLineParser& parser) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
