// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The settings an open file keeps for everyone who opens it: the retention period, how many
// daily backups are kept, how part weeks count, and who signs the letters. Each is a key of
// the file_info table (retention_years, backups_to_keep, week_counting,
// letter_signatory_name/_title); a missing or unreadable key reads as its default. Each
// change is one unit of work with one "settings.update" audit entry; setting the value the
// file already has writes nothing, where said.
// Handed out by Store; every write goes through Store's one unit of work.

#include "Result.h"
#include "assessment/CandidateDisclosure.h"
#include "domain/LetterTemplate.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>

class Store;

class FileSettings
{
    Q_DECLARE_TR_FUNCTIONS(FileSettings)

public:
    explicit FileSettings(Store& store);
    FileSettings(const FileSettings&) = delete;
    FileSettings& operator=(const FileSettings&) = delete;

    /// Years after a candidate's last decision when data kept without consent is due for
    /// erasure (a setting of the file; 2 by default).
    int retentionYears() const;
    /// Refused unless between 1 and 50 years.
    Status setRetentionYears(int years);

    /// How many automatic daily backups are kept beside the file.
    int backupsToKeep() const;
    /// Refused unless between 1 and 365.
    Status setBackupsToKeep(int count);
    static constexpr int kDefaultBackupsToKeep = 10;

    /// How part weeks count towards the commitment (a setting of the file; working days by
    /// default). Nothing written when `rule` is already the file's.
    WeekCounting weekCounting() const;
    Status setWeekCounting(WeekCounting rule);

    /// Who signs the result letters, a setting of the file (not the account that prints).
    LetterSignatory letterSignatory() const;
    /// Sets who signs the letters; both empty clears it. Refused when the title is given
    /// without a name, or either is too long. Nothing written when unchanged.
    Status setLetterSignatory(const LetterSignatory& signatory);

    /// Which candidates reviewers see (key reviewers_see: "assigned", the default, or "all").
    ReviewerScope reviewersSee() const;
    /// The rounds whose candidates reviewers see under a code, without name and
    /// administration (key anonymised_rounds: "selection,workshop,field_assessment"; none by
    /// default). Changed through update(), as the settings dialog and the CLI do.
    QSet<PipelineStep> anonymisedRounds() const;

    /// Every setting of the file at once, as the settings dialog shows and saves them.
    struct Values {
        int retentionYears = 2;
        int backupsToKeep = kDefaultBackupsToKeep;
        WeekCounting weekCounting = WeekCounting::WorkingDays;
        LetterSignatory signatory;
        ReviewerScope reviewersSee = ReviewerScope::Assigned;
        QSet<PipelineStep> anonymisedRounds;
    };
    Values values() const;
    /// The setters' checks of every value at once, so that a change of several settings is
    /// refused before any is written.
    static Status validate(const Values& wanted);
    /// Saves the settings that differ between `wanted` and `read` (what the caller showed) in
    /// one unit of work with one "settings.update" entry, so that a dialog's OK is all or
    /// nothing. Refused with the same checks as the setters, and (Conflict) when a setting
    /// to change was saved by someone else since `read`. Nothing written when nothing differs.
    Status update(const Values& read, const Values& wanted);

private:
    Store& m_store;
};
