// SPDX-License-Identifier: GPL-3.0-or-later
// Store's former methods of FileSettings, each handing over to it, while callers still call Store.
// Removed once every caller asks Store::fileSettings() itself (#15).
#include "FileSettings.h"
#include "Store.h"

#include "LetterTemplate.h"

// One line each, so that step B deletes them as the table lists them.
// clang-format off
int Store::retentionYears() const { return m_fileSettings->retentionYears(); }
Status Store::setRetentionYears(int years) { return m_fileSettings->setRetentionYears(years); }
int Store::backupsToKeep() const { return m_fileSettings->backupsToKeep(); }
Status Store::setBackupsToKeep(int count) { return m_fileSettings->setBackupsToKeep(count); }
WeekCounting Store::weekCounting() const { return m_fileSettings->weekCounting(); }
Status Store::setWeekCounting(WeekCounting rule) { return m_fileSettings->setWeekCounting(rule); }
LetterSignatory Store::letterSignatory() const { return m_fileSettings->letterSignatory(); }
Status Store::setLetterSignatory(const LetterSignatory& signatory) { return m_fileSettings->setLetterSignatory(signatory); }
// clang-format on
