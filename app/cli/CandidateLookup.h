#pragma once
// The one place where the command line finds the candidate an argument names: their id,
// or their name as any list, letter or form prints it ("Mamadou Diallo", "Diallo,
// Mamadou", "DIALLO Mamadou"), accents and case ignored (CandidateName); failing that,
// words of their administration, nationality, e-mail or position. A name that fits
// several candidates lists them with their ids, to run the command again with one.

#include "Result.h"

class Candidate;
class QString;
class Store;

Result<Candidate> findCandidate(const Store& store, const QString& argument);
