// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileCommand.h"

#include "domain/CompetenceProfile.h"
#include "domain/RecordJson.h"
#include "store/Store.h"
#include "store/Assessment.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

ProfileCommand::ProfileCommand()
    : FileCommand(QStringLiteral("profile"),
                  tr("Show the competence profile: its rating scale, groups, criteria and their kinds."),
                  Store::Access::ReadOnly)
{
}

void ProfileCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of text.")});
}

int ProfileCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto profile = store.assessment().currentProfile();
    if (!profile.ok()) {
        err << profile.message() << Qt::endl;
        return Failure;
    }
    const CompetenceProfile& p = profile.value();
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(out, RecordJson::toJson(p));
        return Success;
    }
    out << tr("%1, version %2, adopted %3")
               .arg(p.title)
               .arg(p.version)
               .arg(QLocale().toString(p.adoptedOn, QLocale::ShortFormat))
        << Qt::endl;
    out << tr("A candidate meets every hard requirement and at least %1 of the %2 counted criteria.")
               .arg(p.countedRequired())
               .arg(p.criterionCount(CriterionKind::Counted))
        << Qt::endl;
    if (!p.scale.isEmpty()) {
        out << Qt::endl << tr("Rating scale") << Qt::endl;
        for (const ScaleLevel& level : p.scale) {
            out << QStringLiteral("  %1 ").arg(QLocale().toString(level.rating)) << level.label;
            if (!level.descriptor.isEmpty()) {
                out << QStringLiteral(": ") << level.descriptor;
            }
            out << Qt::endl;
        }
    }
    for (const CriterionGroup& group : p.groups) {
        out << Qt::endl << group.name << Qt::endl;
        for (const Criterion& criterion : group.criteria) {
            out << QStringLiteral("  - ") << criterion.name;
            if (criterion.kind != CriterionKind::Counted) {
                out << QStringLiteral(" [") << labelOf(criterion.kind) << QStringLiteral("]");
            }
            out << Qt::endl;
        }
    }
    return Success;
}
