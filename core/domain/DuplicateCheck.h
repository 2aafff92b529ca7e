// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// When two candidate records may be the same person: the same e-mail (case ignored), the
// same phone (digits only), or the same family name and date of birth. Empty values never
// match. Nothing is merged automatically: the user links them or carries on.

#include <QList>
#include <QStringList>

class Candidate;

namespace DuplicateCheck {

/// What two records may share; each kind is one reason.
enum class KeyKind { Email, Phone, NameAndBirth };

/// One value two records of the same person may share, comparable as text: records share
/// a key exactly when keys() of both hold an equal one. Indexing by it finds the records
/// sharing anything with a record without comparing it with every other.
struct Key {
    KeyKind kind;
    QString value;  ///< normalised: folded e-mail, phone digits, birth date and folded name
};

/// The keys of `candidate`, in KeyKind order; empty values give none.
QList<Key> keys(const Candidate& candidate);
/// A key's value prefixed with its kind, for one hash over every kind.
QString indexText(const Key& key);
/// What sharing a key of `kind` means, in words ("the same phone number").
QString reason(KeyKind kind);

/// Why `a` and `b` look like the same person, in words; empty when they do not.
QStringList reasons(const Candidate& a, const Candidate& b);

/// The digits of a phone number, which is how phones are compared.
QString phoneDigits(const QString& phone);

}  // namespace DuplicateCheck
