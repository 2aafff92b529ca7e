#include "CandidateLookup.h"

#include "Candidate.h"
#include "CandidateName.h"
#include "Store.h"

#include <QCoreApplication>
#include <QUuid>

namespace {

struct CandidateLookupText {
    Q_DECLARE_TR_FUNCTIONS(CandidateLookup)
};

Result<Candidate> oneOf(const QList<Candidate>& found, const QString& argument)
{
    if (found.size() == 1) {
        return found.constFirst();
    }
    QStringList names;
    for (const Candidate& c : found) {
        names.append(QStringLiteral("  ") + c.sortName() + QStringLiteral(" (") +
                     c.meta.id.toString(QUuid::WithoutBraces) + QLatin1Char(')'));
    }
    return Result<Candidate>::failure(ErrorCode::Invalid,
                                      CandidateLookupText::tr("\"%1\" names %n candidates; run the command again with "
                                                              "the id of the one you mean:",
                                                              nullptr, int(found.size()))
                                              .arg(argument) +
                                          QLatin1Char('\n') + names.join(QLatin1Char('\n')));
}

} // namespace

Result<Candidate> findCandidate(const Store& store, const QString& argument)
{
    const QUuid id = QUuid::fromString(argument.trimmed());
    if (!id.isNull()) {
        return store.candidate(id);
    }
    const auto all = store.candidates();
    if (!all.ok()) {
        return Result<Candidate>(all.error());
    }
    // The closest kind of match decides: "Ito" names Sara Ito, not also Ken Itoh.
    using CandidateName::Match;
    for (const Match wanted : {Match::Exact, Match::Words, Match::Prefix}) {
        QList<Candidate> found;
        for (const Candidate& c : all.value()) {
            if (CandidateName::match(c, argument) == wanted) {
                found.append(c);
            }
        }
        if (!found.isEmpty()) {
            return oneOf(found, argument);
        }
    }
    const auto found = store.findCandidates(argument);
    if (!found.ok()) {
        return Result<Candidate>(found.error());
    }
    if (found.value().isEmpty()) {
        return Result<Candidate>::failure(ErrorCode::NotFound,
                                          CandidateLookupText::tr("No candidate matches \"%1\". Run \"candidates "
                                                                  "FILE\" for the list, with their ids.")
                                              .arg(argument));
    }
    return oneOf(found.value(), argument);
}
