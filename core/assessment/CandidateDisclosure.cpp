// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/CandidateDisclosure.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

CandidateDisclosure::CandidateDisclosure(const QSet<QUuid>& assigned, ReviewerScope scope,
                                         const QSet<PipelineStep>& anonymisedRounds)
    : m_reviewer(true)
    , m_scope(scope)
    , m_assigned(assigned)
    , m_anonymised(anonymisedRounds)
{
}

bool CandidateDisclosure::sees(const QUuid& candidateId) const
{
    return !m_reviewer || m_scope == ReviewerScope::All || m_assigned.contains(candidateId);
}

bool CandidateDisclosure::anonymisesAt(Stage stage) const
{
    if (!m_reviewer || m_anonymised.isEmpty()) {
        return false;
    }
    const auto round = roundOf(stage);
    return round ? m_anonymised.contains(*round) : true;
}

QString CandidateDisclosure::nameShown(const QUuid& candidateId, Stage stage, const QString& name) const
{
    return anonymisesAt(stage) ? codeOf(candidateId) : name;
}

namespace {

/// The words that name a candidate or their administration, longest first, so that a whole
/// administration's name goes before any of its words.
QStringList identityWords(const Candidate& candidate, bool withPosition)
{
    QStringList identities{candidate.familyName, candidate.givenNames, candidate.administration, candidate.nationality};
    if (withPosition) {
        identities.append(candidate.position);
    }
    for (const QString& name : {candidate.familyName, candidate.givenNames}) {
        identities += name.split(QRegularExpression(QStringLiteral("[\\s\\-]+")), Qt::SkipEmptyParts);
    }
    QStringList kept;
    for (const QString& words : std::as_const(identities)) {
        if (words.trimmed().size() >= 2 && !kept.contains(words.trimmed())) {
            kept.append(words.trimmed());
        }
    }
    std::stable_sort(kept.begin(), kept.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return kept;
}

/// `text` with each of `words`, as whole words whatever their case, replaced by `by`.
QString replaceWords(QString text, const QStringList& words, const QString& by)
{
    for (const QString& word : words) {
        if (!text.contains(word, Qt::CaseInsensitive)) {
            continue;  // most texts name nobody: no expression built for them
        }
        text.replace(
            QRegularExpression(
                QStringLiteral("(?<![\\w@.+])") + QRegularExpression::escape(word) + QStringLiteral("(?![\\w@])"),
                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption),
            by);
    }
    return text;
}

}  // namespace

Candidate CandidateDisclosure::disclosed(const Candidate& candidate) const
{
    return disclosedAs(candidate, anonymises(candidate));
}

Candidate CandidateDisclosure::disclosedIn(const Candidate& candidate, PipelineStep round) const
{
    return disclosedAs(candidate, anonymisesIn(round));
}

QString CandidateDisclosure::nameShownIn(const QUuid& candidateId, PipelineStep round, const QString& name) const
{
    return anonymisesIn(round) ? codeOf(candidateId) : name;
}

QStringList CandidateDisclosure::hiddenWordsOf(const Candidate& candidate) const
{
    if (!m_reviewer) {
        return {};
    }
    QStringList words;
    for (const QString& contact : {candidate.email.trimmed(), candidate.phone.trimmed()}) {
        if (contact.size() >= 2) {
            words.append(contact);
        }
    }
    if (!sees(candidate.meta.id) || anonymises(candidate)) {
        words += identityWords(candidate, true);
    }
    return words;
}

QString CandidateDisclosure::scrubbed(const QString& text, const Candidate& candidate) const
{
    if (!m_reviewer || text.isEmpty()) {
        return text;
    }
    QString shown = text;
    QStringList contacts;
    for (const QString& contact : {candidate.email.trimmed(), candidate.phone.trimmed()}) {
        if (contact.size() >= 2) {
            contacts.append(contact);
        }
    }
    for (const QString& contact : std::as_const(contacts)) {
        shown.replace(contact, QStringLiteral("…"), Qt::CaseInsensitive);
    }
    if (candidate.dateOfBirth.isValid()) {
        shown.replace(candidate.dateOfBirth.toString(Qt::ISODate), QStringLiteral("…"));
    }
    if (!sees(candidate.meta.id) || anonymises(candidate)) {
        shown = replaceWords(shown, identityWords(candidate, true), codeOf(candidate.meta.id));
    }
    return shown;
}

Candidate CandidateDisclosure::disclosedAs(const Candidate& candidate, bool anonymised) const
{
    if (!m_reviewer) {
        return candidate;
    }
    Candidate c = candidate;
    c.email.clear();
    c.phone.clear();
    c.dateOfBirth = QDate();
    if (anonymised) {
        const QString code = codeOf(candidate.meta.id);
        // The free text may name the candidate or their administration: those words go too.
        for (const QString& words : identityWords(candidate, false)) {
            c.iprExperience.replace(
                QRegularExpression(QStringLiteral("\\b") + QRegularExpression::escape(words) + QStringLiteral("\\b"),
                                   QRegularExpression::CaseInsensitiveOption |
                                       QRegularExpression::UseUnicodePropertiesOption),
                code);
        }
        c.familyName = code;
        c.givenNames.clear();
        c.administration.clear();
        c.nationality.clear();
        c.position.clear();
    }
    return c;
}

QList<Candidate> CandidateDisclosure::disclosed(const QList<Candidate>& candidates) const
{
    if (!m_reviewer) {
        return candidates;
    }
    QList<Candidate> shown;
    shown.reserve(candidates.size());
    for (const Candidate& c : candidates) {
        if (sees(c.meta.id)) {
            shown.append(disclosed(c));
        }
    }
    return shown;
}

std::optional<PipelineStep> CandidateDisclosure::roundOf(Stage stage)
{
    switch (stage) {
    case Stage::Applied:
    case Stage::Waitlisted:
    case Stage::NotSelected:
        return PipelineStep::Selection;
    case Stage::Selected:
    case Stage::Confirmed:
    case Stage::WorkshopFailed:
        return PipelineStep::Workshop;
    case Stage::WorkshopPassed:
    case Stage::Accredited:
    case Stage::NotAccredited:
        return PipelineStep::FieldAssessment;
    case Stage::Withdrawn:
    case Stage::CommitmentEnded:
    case Stage::Retired:
        return std::nullopt;
    }
    return std::nullopt;
}

QString CandidateDisclosure::codeOf(const QUuid& candidateId)
{
    const QByteArray hash =
        QCryptographicHash::hash(candidateId.toRfc4122(), QCryptographicHash::Sha256).toHex().toUpper();
    return QStringLiteral("C-") + QString::fromLatin1(hash.left(6));
}

QString CandidateDisclosure::keyOf(ReviewerScope scope)
{
    return scope == ReviewerScope::All ? QStringLiteral("all") : QStringLiteral("assigned");
}

std::optional<ReviewerScope> CandidateDisclosure::scopeFromKey(const QString& key)
{
    if (key == QLatin1String("assigned")) {
        return ReviewerScope::Assigned;
    }
    if (key == QLatin1String("all")) {
        return ReviewerScope::All;
    }
    return std::nullopt;
}

QString CandidateDisclosure::roundsKey(const QSet<PipelineStep>& rounds)
{
    QStringList keys;
    for (const PipelineStep step : allOf<PipelineStep>()) {
        if (rounds.contains(step)) {
            keys.append(::keyOf(step));
        }
    }
    return keys.join(QLatin1Char(','));
}

std::optional<QSet<PipelineStep>> CandidateDisclosure::roundsFromKey(const QString& key)
{
    QSet<PipelineStep> rounds;
    if (key.trimmed() == QLatin1String("none")) {
        return rounds;
    }
    for (const QString& part : key.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto step = fromKey<PipelineStep>(part.trimmed());
        if (!step) {
            return std::nullopt;
        }
        rounds.insert(*step);
    }
    return rounds;
}
