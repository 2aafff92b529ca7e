// SPDX-License-Identifier: GPL-3.0-or-later
// Store's former methods of Letters, each handing over to it, while callers still call Store.
// Removed once every caller asks Store::letters() itself (#15).
#include "Letters.h"
#include "Store.h"

#include "LetterTemplate.h"

// One line each, so that step B deletes them as the table lists them.
// clang-format off
Result<LetterTemplate> Store::letterTemplate(Stage decision, const QString& language) const { return m_letters->templateFor(decision, language); }
Result<QList<LetterTemplate>> Store::letterTemplates() const { return m_letters->templates(); }
Result<LetterTemplate> Store::saveLetterTemplate(const LetterTemplate& letter) { return m_letters->save(letter); }
Status Store::resetLetterTemplate(Stage decision, const QString& language) { return m_letters->reset(decision, language); }
// clang-format on
