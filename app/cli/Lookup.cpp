// SPDX-License-Identifier: GPL-3.0-or-later
#include "Lookup.h"

#include "assessment/CandidateDisclosure.h"

#include "domain/Activity.h"
#include "domain/Candidate.h"
#include "domain/CandidateName.h"
#include "Command.h"
#include "PeriodText.h"
#include "domain/Person.h"
#include "store/Store.h"
#include "store/Pool.h"
#include "store/Workshops.h"
#include "store/People.h"
#include "store/Candidates.h"
#include "domain/Workshop.h"

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

}  // namespace

Result<Candidate> findCandidate(const Store& store, const QString& argument)
{
    const QUuid id = QUuid::fromString(argument.trimmed());
    if (!id.isNull()) {
        return store.candidates().byId(id);
    }
    const auto all = store.candidates().all();
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
    const auto found = store.candidates().find(argument);
    if (!found.ok()) {
        return Result<Candidate>(found.error());
    }
    if (found.value().isEmpty()) {
        // A reviewer is told where to look without learning whether someone else matches.
        if (const auto shown = store.candidates().disclosure(); shown.ok() && !shown.value().seesEverything()) {
            return Result<Candidate>::failure(
                ErrorCode::NotFound,
                CandidateLookupText::tr("No candidate you may see matches \"%1\": you see the candidates "
                                        "assigned to you. Run \"candidates FILE\" for yours; the officer assigns "
                                        "others (assign).")
                    .arg(argument));
        }
        return Result<Candidate>::failure(ErrorCode::NotFound,
                                          CandidateLookupText::tr("No candidate matches \"%1\". Run \"candidates "
                                                                  "FILE\" for the list, with their ids.")
                                              .arg(argument));
    }
    return oneOf(found.value(), argument);
}

// The workshop and person messages keep the translation contexts of the commands they
// were first written in, so that existing translations still apply.
Result<Workshop> findWorkshop(const Store& store, const QString& argument)
{
    const auto workshops = store.workshops().all();
    if (!workshops.ok()) {
        return Result<Workshop>(workshops.error());
    }
    const QUuid id = QUuid::fromString(argument);
    QList<Workshop> matches;
    for (const Workshop& w : workshops.value()) {
        if (id.isNull() ? w.title.contains(argument.trimmed(), Qt::CaseInsensitive) && !argument.trimmed().isEmpty()
                        : w.meta.id == id) {
            matches.append(w);
        }
    }
    if (matches.isEmpty()) {
        return Result<Workshop>::failure(
            ErrorCode::NotFound,
            QCoreApplication::translate("PipelineText", "No workshop matches \"%1\". Run \"workshops FILE\" "
                                                        "for the list.")
                .arg(argument));
    }
    if (matches.size() > 1) {
        QStringList names;
        for (const Workshop& w : matches) {
            names.append(w.title + QStringLiteral(" (") + Command::idText(w.meta.id) + QLatin1Char(')'));
        }
        return Result<Workshop>::failure(
            ErrorCode::Invalid,
            QCoreApplication::translate("PipelineText", "\"%1\" matches several workshops; give one of their ids:\n%2")
                .arg(argument, names.join(QLatin1Char('\n'))));
    }
    return matches.constFirst();
}

Result<Person> findPerson(const Store& store, const QString& argument)
{
    const auto people = store.people().all();
    if (!people.ok()) {
        return Result<Person>(people.error());
    }
    const QUuid id = QUuid::fromString(argument);
    for (const Person& p : people.value()) {
        if ((!id.isNull() && p.meta.id == id) || p.account.compare(argument, Qt::CaseInsensitive) == 0 ||
            p.name.compare(argument, Qt::CaseInsensitive) == 0) {
            return p;
        }
    }
    return Result<Person>::failure(ErrorCode::NotFound,
                                   QCoreApplication::translate("ReviewersCommand",
                                                               "Nobody recorded in the file is \"%1\"; `people FILE` "
                                                               "lists them.")
                                       .arg(argument));
}

// The activity messages keep the translation context of the pool commands they were first
// written in.
Result<Activity> findActivity(const Store& store, const QString& argument)
{
    const auto activities = store.pool().activities();
    if (!activities.ok()) {
        return Result<Activity>(activities.error());
    }
    const QUuid id = QUuid::fromString(argument);
    const QString words = argument.trimmed();
    QList<Activity> matches;
    QList<Activity> whole;
    for (const Activity& a : activities.value()) {
        if (id.isNull() ? !words.isEmpty() && a.title.contains(words, Qt::CaseInsensitive) : a.meta.id == id) {
            matches.append(a);
        }
        if (id.isNull() && a.title.trimmed().compare(words, Qt::CaseInsensitive) == 0) {
            whole.append(a);
        }
    }
    if (whole.size() == 1) {
        return whole.constFirst();
    }
    if (matches.isEmpty()) {
        return Result<Activity>::failure(
            ErrorCode::NotFound,
            QCoreApplication::translate("PoolCommands",
                                        "No activity matches \"%1\". Run \"activities FILE\" for the list.")
                .arg(argument));
    }
    if (matches.size() > 1) {
        QStringList names;
        for (const Activity& a : matches) {
            names.append(QString(a.title + QStringLiteral(", ") + dates(a.startDate, a.endDate) + QStringLiteral(" (") +
                                 a.meta.id.toString(QUuid::WithoutBraces) + QLatin1Char(')')));
        }
        return Result<Activity>::failure(
            ErrorCode::Invalid,
            QCoreApplication::translate("PoolCommands", "\"%1\" matches several activities; give one of their "
                                                        "ids:\n%2")
                .arg(argument, names.join(QLatin1Char('\n'))));
    }
    return matches.constFirst();
}
