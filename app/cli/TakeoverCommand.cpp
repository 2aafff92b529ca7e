// SPDX-License-Identifier: GPL-3.0-or-later
#include "TakeoverCommand.h"

#include "store/LeaseHolder.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

TakeoverCommand::TakeoverCommand()
    : FileCommand(QStringLiteral("takeover"),
                  tr("Take over the editing of a file from someone who shows no sign of life for two minutes."),
                  Store::Access::Edit)
{
    declareWrites({{QStringLiteral("{file}")}});
}

int TakeoverCommand::executeOn(const QCommandLineParser& /*parser*/, Store& store, QTextStream& out, QTextStream& err)
{
    const auto holder = store.otherEditor();
    if (!holder) {
        if (store.isReadOnly()) {
            return fail(err, store.readOnlyReason());
        }
        out << tr("Nobody else holds the editing of this file; there is nothing to take over.") << Qt::endl;
        return Success;
    }
    if (auto taken = store.takeOverLease(); !taken.ok()) {
        return fail(err, taken.message());
    }
    out << tr("Took over editing from %1 (no sign of life since %2). Run your command again.")
               .arg(holder->describe(), QLocale().toString(holder->heartbeat.toLocalTime(), QLocale::ShortFormat))
        << Qt::endl;
    return Success;
}
