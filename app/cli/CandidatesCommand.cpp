// SPDX-License-Identifier: GPL-3.0-or-later
#include "CandidatesCommand.h"

#include "domain/Candidate.h"
#include "domain/Pipeline.h"
#include "domain/Workshop.h"
#include "domain/RecordJson.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/CandidateSearch.h"
#include "store/Decisions.h"
#include "store/Candidates.h"
#include "TextTable.h"
#include "KeyOption.h"
#include "Lookup.h"
#include "store/CandidateFilter.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

CandidatesCommand::CandidatesCommand()
    : FileCommand(QStringLiteral("candidates"), tr("List the candidates of a file with their stage."),
                  Store::Access::ReadOnly)
{
}

void CandidatesCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array instead of a table.")});
    parser.addOption({QStringLiteral("search"),
                      tr("Only candidates in whose record every word of TEXT is found: names, administration, "
                         "nationality, e-mail, position, IPR experience or the text of their documents (accents "
                         "and case ignored; run \"index\" first so that new documents are searched). Shows where "
                         "each was found."),
                      tr("TEXT")});
    // The window's list filters, named as `export candidates` names them.
    parser.addOption(
        {QStringLiteral("stage"), tr("Only candidates at this stage (%1).").arg(keyList<Stage>()), tr("STAGE")});
    parser.addOption(
        {QStringLiteral("region"), tr("Only candidates of this region (%1).").arg(keyList<Region>()), tr("REGION")});
    parser.addOption({QStringLiteral("workshop"),
                      tr("Only candidates with a decision about this workshop (id or words of its title)."), tr("W")});
    parser.addOption({QStringLiteral("not-informed"), tr("Only candidates whose latest decision awaits being told.")});
    parser.addOption({QStringLiteral("archived"), tr("Archived candidates too (left out otherwise).")});
}

int CandidatesCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    if (parser.isSet(QStringLiteral("stage")) && !checkKeyOption<Stage>(parser, QStringLiteral("stage"), err)) {
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("region")) && !checkKeyOption<Region>(parser, QStringLiteral("region"), err)) {
        return UsageError;
    }
    return Success;
}

int CandidatesCommand::printFound(const Store& store, const QString& text, const QSet<QUuid>* within, bool json,
                                  QTextStream& out, QTextStream& err)
{
    // The same full-text search as the application's, every place where it was found.
    // Archived candidates too: `within` keeps those the filters leave.
    const auto hits = store.search().find(text, 0, true);
    if (!hits.ok()) {
        err << hits.message() << Qt::endl;
        return Failure;
    }
    QList<QUuid> order;
    QHash<QUuid, QList<SearchHit>> byCandidate;
    for (const SearchHit& hit : hits.value()) {
        if (within && !within->contains(hit.candidateId)) {
            continue;
        }
        if (!byCandidate.contains(hit.candidateId)) {
            order.append(hit.candidateId);
        }
        byCandidate[hit.candidateId].append(hit);
    }
    QJsonArray array;
    TextTable table({tr("Family name"), tr("Given names"), tr("Administration"), tr("Stage"), tr("Found in")});
    // The candidates found, read in one go rather than one by one.
    const auto candidates = store.candidates().byIds(order);
    if (!candidates.ok()) {
        err << candidates.message() << Qt::endl;
        return Failure;
    }
    for (qsizetype i = 0; i < order.size(); ++i) {
        const QUuid& id = order.at(i);
        const Candidate& c = candidates.value().at(i);
        QJsonArray found;
        QStringList places;
        for (const SearchHit& hit : byCandidate.value(id)) {
            const QString snippet = hit.markedSnippet(QStringLiteral("["), QStringLiteral("]"));
            QJsonObject place{{QStringLiteral("where"), hit.where},
                              {QStringLiteral("place"), hit.place},
                              {QStringLiteral("snippet"), snippet}};
            if (!hit.attachmentId.isNull()) {
                place.insert(QStringLiteral("attachment_id"), hit.attachmentId.toString(QUuid::WithoutBraces));
            }
            found.append(place);
            places.append(tr("%1: %2").arg(hit.where, snippet));
        }
        QJsonObject record = RecordJson::toJson(c);
        record.insert(QStringLiteral("found"), found);
        array.append(record);
        table.addRow(
            {c.familyName, c.givenNames, c.administration, labelOf(c.stage), places.join(QStringLiteral("; "))});
    }
    if (json) {
        printJson(out, array);
        return Success;
    }
    table.print(out);
    out << tr("%Ln candidate(s).", nullptr, int(order.size())) << Qt::endl;
    const auto waiting = store.search().documentsToReadCount();
    if (waiting.ok() && waiting.value() > 0) {
        out << tr("%Ln document(s) not searched yet: run \"accreditation-desk-cli index FILE\" to read them.", nullptr,
                  waiting.value())
            << Qt::endl;
    }
    return Success;
}

int CandidatesCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    CandidateFilter filter;
    if (parser.isSet(QStringLiteral("stage"))) {
        filter.stage = fromKey<Stage>(parser.value(QStringLiteral("stage")));  // checked: one of them
    }
    if (parser.isSet(QStringLiteral("region"))) {
        filter.region = fromKey<Region>(parser.value(QStringLiteral("region")));
    }
    if (parser.isSet(QStringLiteral("workshop"))) {
        const auto workshop = findWorkshop(store, parser.value(QStringLiteral("workshop")));
        if (!workshop.ok()) {
            return fail(err, workshop.message());
        }
        filter.workshopId = workshop.value().meta.id;
    }
    filter.notYetInformed = parser.isSet(QStringLiteral("not-informed"));
    filter.includeArchived = parser.isSet(QStringLiteral("archived"));
    if (parser.isSet(QStringLiteral("search"))) {
        // The full-text search's hits, kept to the candidates the filters leave: of those only
        // who they are is needed, so only what a list shows is read (a tenth of the time at
        // 10,000 candidates); the candidates found are read whole.
        CandidateFilter listed = filter;
        listed.listedFieldsOnly = true;
        listed.withLanguages = false;
        const auto candidates = store.candidates().find(listed);
        if (!candidates.ok()) {
            return fail(err, candidates.message());
        }
        QSet<QUuid> within;
        for (const Candidate& c : candidates.value()) {
            within.insert(c.meta.id);
        }
        return printFound(store, parser.value(QStringLiteral("search")), &within, parser.isSet(QStringLiteral("json")),
                          out, err);
    }
    const auto candidates = store.candidates().find(filter);
    if (!candidates.ok()) {
        err << candidates.message() << Qt::endl;
        return Failure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        // "workshop": the one the candidate applied to, by title, as `import` reads it back;
        // "seat": the one where they hold a seat (the same workshop, or none).
        const auto workshops = store.workshops().all();
        const auto cards = store.decisions().cards();
        const auto applications = store.workshops().applications();
        if (!workshops.ok() || !cards.ok() || !applications.ok()) {
            err << (!workshops.ok() ? workshops.message()
                    : !cards.ok()   ? cards.message()
                                    : applications.message())
                << Qt::endl;
            return Failure;
        }
        QHash<QUuid, QString> titles;
        for (const Workshop& w : workshops.value()) {
            titles.insert(w.meta.id, w.title);
        }
        QHash<QUuid, QString> seats;
        for (const PipelineCard& card : cards.value()) {
            seats.insert(card.candidateId, titles.value(card.workshopId));
        }
        // Written a record at a time, in the layout printJson() gives the whole array (each
        // line of a record indented once more): the array, its document and their text held
        // whole took about 8 KB a candidate, 1.1 GB at 100,000 (docs/performance.md).
        out << "[\n";
        bool first = true;
        for (const Candidate& candidate : candidates.value()) {
            QJsonObject record = RecordJson::toJson(candidate);
            const QString applied = titles.value(applications.value().value(candidate.meta.id));
            const QString seat = seats.value(candidate.meta.id);
            record.insert(QStringLiteral("workshop"), applied.isEmpty() ? QJsonValue() : QJsonValue(applied));
            record.insert(QStringLiteral("seat"), seat.isEmpty() ? QJsonValue() : QJsonValue(seat));
            QByteArray text = QJsonDocument(record).toJson(QJsonDocument::Indented);
            text.chop(1);  // the document's final line break
            text.replace('\n', "\n    ");
            out << (first ? "    " : ",\n    ") << QString::fromUtf8(text);
            first = false;
        }
        out << (first ? "]\n" : "\n]\n");
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
