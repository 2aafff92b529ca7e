#include "CandidatesCommand.h"

#include "Candidate.h"
#include "RecordJson.h"
#include "Store.h"
#include "TextTable.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

CandidatesCommand::CandidatesCommand()
    : Command(QStringLiteral("candidates"), tr("List the candidates of a file with their stage."))
{
}

void CandidatesCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The Accreditation Desk file."));
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array instead of a table.")});
    parser.addOption({QStringLiteral("search"),
                      tr("Only candidates whose names, administration, nationality, e-mail or position contain TEXT "
                         "(accents and case ignored)."),
                      tr("TEXT")});
}

int CandidatesCommand::execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const auto store = openStore(parser.positionalArguments().constFirst(), Store::Access::ReadOnly, err);
    if (!store) {
        return Failure;
    }
    const auto candidates = store->findCandidates(parser.value(QStringLiteral("search")));
    if (!candidates.ok()) {
        err << candidates.message() << Qt::endl;
        return Failure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Candidate& candidate : candidates.value()) {
            array.append(RecordJson::toJson(candidate));
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    TextTable table({tr("Family name"), tr("Given names"), tr("Administration"), tr("Region"), tr("Stage")});
    for (const Candidate& c : candidates.value()) {
        table.addRow({c.familyName, c.givenNames, c.administration, c.region ? labelOf(*c.region) : QString(),
                      labelOf(c.stage)});
    }
    table.print(out);
    out << tr("%Ln candidate(s).", nullptr, int(candidates.value().size())) << Qt::endl;
    return Success;
}
