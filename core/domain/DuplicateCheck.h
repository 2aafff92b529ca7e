#pragma once
// When two candidate records may be the same person: the same e-mail (case ignored), the
// same phone (digits only), or the same family name and date of birth. Empty values never
// match. Nothing is merged automatically: the user links them or carries on.

#include <QStringList>

class Candidate;

namespace DuplicateCheck {

/// Why `a` and `b` look like the same person, in words; empty when they do not.
QStringList reasons(const Candidate& a, const Candidate& b);

/// The digits of a phone number, which is how phones are compared.
QString phoneDigits(const QString& phone);

} // namespace DuplicateCheck
