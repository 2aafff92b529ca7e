// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewersCommand.h"

#include "store/People.h"
#include "store/Assessment.h"
#include "assessment/AssessmentRecords.h"
#include "domain/Person.h"
#include "domain/RecordJson.h"
#include "store/ReviewFile.h"
#include "assessment/ReviewRules.h"
#include "review/ReviewerWork.h"
#include "RoundOption.h"
#include "TextTable.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

ReviewersCommand::ReviewersCommand()
    : FileCommand(QStringLiteral("reviewers"),
                  tr("List the reviewers with the candidates assigned to them, submitted and declared conflicts."),
                  Store::Access::ReadOnly)
{
}

void ReviewersCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array instead of a table.")});
    addRoundOption(parser, tr("selection"));
}

int ReviewersCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    if (!checkRoundOption(parser, err)) {
        return UsageError;
    }
    // Assignments and submissions are of one round at a time.
    const PipelineStep round = roundOption(parser, PipelineStep::Selection);
    const auto people = store.people().all();
    const auto assignments = store.assessment().assignments();
    const auto conflicts = store.assessment().conflictDeclarations();
    const auto scores = store.assessment().scores();
    if (!people.ok() || !assignments.ok() || !conflicts.ok() || !scores.ok()) {
        err << tr("Could not read the reviewers.") << Qt::endl;
        return Failure;
    }
    QJsonArray array;
    TextTable table(
        {tr("Name"), tr("Account"), tr("Administration"), tr("Assigned"), tr("Submitted"), tr("Conflicts declared")});
    for (const Person& p : people.value()) {
        if (p.role != PersonRole::Reviewer) {
            continue;
        }
        QJsonArray assigned;
        int submitted = 0;
        for (const ReviewerAssignment& a : assignments.value()) {
            if (a.reviewerId == p.meta.id && a.round == round) {
                assigned.append(a.candidateId.toString(QUuid::WithoutBraces));
                submitted += ReviewRules::hasSubmitted(scores.value(), p.meta.id, a.candidateId, round) ? 1 : 0;
            }
        }
        const int declared =
            int(std::count_if(conflicts.value().cbegin(), conflicts.value().cend(),
                              [&](const ConflictDeclaration& d) { return d.reviewerId == p.meta.id; }));
        QJsonObject json = RecordJson::toJson(p);
        json.insert(QStringLiteral("assigned"), assigned);
        json.insert(QStringLiteral("submitted"), submitted);
        json.insert(QStringLiteral("conflicts_declared"), declared);
        array.append(json);
        table.addRow({p.name, p.account, p.administration, QString::number(assigned.size()), QString::number(submitted),
                      QString::number(declared)});
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(out, array);
    } else {
        table.print(out);
    }
    return Success;
}
