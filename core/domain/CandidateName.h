// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A candidate's name as a person types it back: the way a list prints it ("Diallo,
// Mamadou"), a letter ("Mamadou Diallo") or a form ("DIALLO Mamadou"), accents and case
// ignored. The command line finds candidates by it; any front end that takes a typed name
// asks here, so that a name printed anywhere is accepted back everywhere.

#include <QStringList>

class Candidate;

namespace CandidateName {

/// How closely typed words name a candidate, closest last.
enum class Match {
    None,
    Prefix,  ///< every typed word begins a word of the name ("Dia Mam")
    Words,  ///< every typed word is a word of the name ("Diallo")
    Exact  ///< the name's words, no more and no fewer, in any order
};

/// The words of a name, folded (accents and case ignored), split at spaces and commas.
QStringList words(const QString& text);
Match match(const Candidate& candidate, const QString& typed);

}  // namespace CandidateName
