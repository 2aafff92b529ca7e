// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small helpers the tests share: files they make themselves, and their fingerprints.

#include <QByteArray>

#include <memory>
#include <QString>
#include <QStringList>

class Candidate;
class QUuid;
class Store;
class Workshop;

namespace TestSupport {

/// Lower-case hex SHA-256 of a file's bytes; empty when it cannot be read.
QString sha256Of(const QString& path);

/// Writes `bytes` to `path`, replacing it.
bool writeFile(const QString& path, const QByteArray& bytes);

/// Runs SQL on a file behind the application's back, as another program or a tamperer
/// would; returns the first error, empty when every statement ran.
QString runSql(const QString& path, const QStringList& statements);

/// Runs a program and returns its exit code; stdout and stderr go to the given strings.
int run(const QString& program, const QStringList& arguments, QString* out = nullptr, QString* err = nullptr);

/// True when this process runs as root, where permission bits do not stop reads or writes.
bool runningAsRoot();

/// Re-runs one test function of this executable's running test class as an unprivileged
/// user (root only) and returns its exit code, so that permission cases are real even when
/// CI runs as root.
int runFunctionUnprivileged(const QString& function, QString* output);

/// The test class this process runs (TestMain.cpp sets it from the first argument).
void setTestClass(const QString& name);
QString testClass();

/// A candidate who passes validation, with the given family name.
Candidate sampleCandidate(const QString& familyName);

/// A workshop that passes validation, starting `startsInDays` from today.
Workshop sampleWorkshop(const QString& title, int startsInDays = 60, int capacity = 10);

/// Records a qualifying Stage 1 screening and an availability commitment for a candidate,
/// so that selection and confirmation are only stopped by the rule a test is about.
bool makeReadyToSelectAndConfirm(Store& store, const QUuid& candidateId);

/// Creates a file at `path` and returns it open for editing (fails the test when it cannot).
std::unique_ptr<Store> createStore(const QString& path);

/// Fills `store` (open for editing, review files made in `folder`) with a workshop
/// "Kashiwa assessment" of 3 seats and its scored applicants, the selection case where a
/// greedy pick is wrong: Arai (Japan Customs, male) total 10, Sato (Japan Customs, female)
/// 9, Kamau (Kenya Revenue Authority) 8, Quispe (SUNAT Peru) 7 with reviewers 2 levels
/// apart on wco.trips, Flores (SUNAT Peru, female) 2. Two reviewers, Kenji Morita and Lina
/// Haddad, assigned to everyone, rate personal.interpersonal and wco.trips (counted),
/// academic.postgraduate (advantage), career.customs_5_years (hard) and
/// workshop:presentations (not in the profile), every other item of the form 0, and submit
/// each whole form (the workshop's other two criteria are added back after, unscored) (reviewer-0.review,
/// reviewer-1.review in `folder`); Ana Duarte, assigned to Flores, has a draft, and Outsider (in no workshop) submitted
/// scores. Arai, Sato and Kamau hold seats; Quispe and Flores are waitlisted for it. Reviewers see every candidate
/// (the file's "reviewers see: all candidates"). Returns the workshop's id; null
/// (with a warning) when something could not be recorded.
QUuid makeAssessedWorkshop(Store& store, const QString& folder);

}  // namespace TestSupport
