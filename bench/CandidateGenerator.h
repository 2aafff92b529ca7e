// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A file of many realistic candidates for the benchmarks (docs/performance.md): names with
// accents from every WCO region, their administrations, and small CVs (PDF) and application
// letters (text) attached. Written only through Store's public API, so the file is exactly
// what an officer entering the candidates would have made, audit trail included.

#include "Result.h"

#include <QString>

#include <functional>

namespace CandidateGenerator {

constexpr int kDefaultCount = 10000;
/// The same seed makes the same candidates, so that figures taken on two machines compare.
constexpr quint32 kDefaultSeed = 20231010;

/// Creates `path` (which must not exist) with `count` candidates, all at stage "applied".
/// `progress` is told how many candidates are saved so far, now and then.
Status generate(const QString& path, int count = kDefaultCount, quint32 seed = kDefaultSeed,
                const std::function<void(int)>& progress = {});

/// Writes `path` as the applications CSV that `accreditation-desk-cli import` reads (README,
/// "Importing applications"): `count` rows of the same candidates generate() saves, every
/// column of an application. The generated e-mail addresses repeat across thousands of
/// rows, so the import's report holds possible duplicates as a real export would.
Status writeApplicationsCsv(const QString& path, int count = kDefaultCount, quint32 seed = kDefaultSeed);

}  // namespace CandidateGenerator
