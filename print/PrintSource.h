// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the printed documents need, read from an open file: the assessment sheets of a
// candidate or a workshop, the participant list, the pool roster, the result letters, a
// workshop's Stage 2 results and the round summary.
// Reads only through Store's public functions; one PrintSource serves one batch.

#include "domain/Activity.h"
#include "AssessmentSheet.h"
#include "Clock.h"
#include "PrintedDocument.h"
#include "Result.h"
#include "ResultLetter.h"

#include <QCoreApplication>
#include <QHash>

class Store;

class PrintSource
{
    Q_DECLARE_TR_FUNCTIONS(PrintSource)

public:
    explicit PrintSource(const Store& store);

    Result<SheetData> sheetData(const QUuid& candidateId);
    Result<PrintedDocument> candidateSheet(const QUuid& candidateId, const SheetOptions& options);
    /// One sheet for every participant of a workshop (holding a seat), each from a new
    /// page, in name order. Refused when nobody holds a seat.
    Result<PrintedDocument> workshopSheets(const QUuid& workshopId, const SheetOptions& options);
    Result<PrintedDocument> participantList(const QUuid& workshopId);
    Result<PrintedDocument> poolRoster(const QDate& today = Clock::today());
    /// A workshop's Stage 2 results, as the reader may see them (Assessment::workshopResults).
    Result<PrintedDocument> workshopResults(const QUuid& workshopId);
    /// The round summary of a workshop's applicants, or of the whole file with a null workshop.
    Result<PrintedDocument> roundSummary(const QUuid& workshopId = {});

    /// The letters to every candidate of a workshop whose standing comes from a decision
    /// to `decision` for that workshop, in name order, each in `language` or, when empty,
    /// in the candidate's preferred language (LetterTemplate::preferredLanguage). Nobody
    /// whose personal data was erased gets one.
    Result<QList<LetterData>> letters(const QUuid& workshopId, Stage decision, const QString& language = QString());
    /// The letter telling one candidate of the decision that put them where they stand;
    /// refused when no letter exists for it, or when the candidate's data was erased.
    Result<LetterData> letter(const QUuid& candidateId, const QString& language = QString());
    PrintedDocument letterDocument(const QList<LetterData>& letters) const;

    Result<Workshop> workshop(const QUuid& workshopId);
    /// An empty document carrying the file's name for the footers.
    PrintedDocument document() const;

private:
    Status load();
    /// The decision that put the candidate where they stand, when it is one a letter
    /// exists for; none otherwise.
    std::optional<StageDecision> standingDecision(const Candidate& candidate,
                                                  const QList<StageDecision>& history) const;
    Result<LetterData> letterFor(const Candidate& candidate, const StageDecision& decision, const QString& language);

    /// The scoring form's sections of a candidate, as sheet groups: those of the profile,
    /// then the workshop's own criteria and the Stage 3 appraisals.
    Status formGroups(const QUuid& candidateId, const QUuid& workshopId, SheetData& data);
    /// `asked`, anonymised where the reader may not see the candidate's name (a reviewer in
    /// an anonymised round).
    Result<SheetOptions> sheetOptionsFor(const SheetData& data, const SheetOptions& asked) const;

    const Store& m_store;
    bool m_loaded = false;
    CompetenceProfile m_profile;
    QList<Activity> m_activities;
    QHash<QUuid, QList<Criterion>> m_workshopCriteria;  ///< read once a workshop
    QHash<QUuid, QString> m_people;
    QHash<QUuid, Workshop> m_workshops;
    QHash<QUuid, QDate> m_accredited;
    QString m_officer;
    QString m_officerEmail;
    LetterSignatory m_signatory;
    QHash<QString, LetterTemplate> m_templates;  ///< by "decision/language"
};
