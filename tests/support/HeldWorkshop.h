// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A workshop that has been held, with its Stage 2 results: what the tests of the results and
// the round summary (core, CLI, window, printing) read. Made through the store's own calls,
// on dates the test's clock sets, as an officer and two reviewers would make it.

#include <QHash>
#include <QString>
#include <QUuid>

class Store;

namespace TestSupport {

struct HeldWorkshop {
    QUuid workshop;
    QHash<QString, QUuid> candidates;  ///< by family name
    QUuid morita;  ///< reviewer Kenji Morita (kmorita), who submitted every participant
    QUuid haddad;  ///< reviewer Lina Haddad (lhaddad), who has not submitted Haddou
};

/// Fills `store` (open for editing; review files made beside it, as ACCOUNT.review) with
/// "Kashiwa workshop, Japan", begun 10 days ago (10 seats, Asia-Pacific), and its round:
///   Arai, Taro (Japan Customs, male, Asia-Pacific): took part, passed (outcome and decision, informed);
///   Sato, Yuki (Japan Customs, female, Asia-Pacific): took part, passed (outcome and decision, not informed);
///   Kamau, Peter (Kenya Revenue Authority, male, East and Southern Africa): took part, not passed (both);
///   Haddou, Amina (Morocco Customs, female, North Africa and Middle East): took part, no outcome yet;
///   Quispe, Luis (SUNAT Peru, male, Americas): not selected; Flores, Rosa (SUNAT Peru, female): waitlisted.
/// On the workshop's criteria (discussions, group_activities, presentations) Morita rates
/// Arai 4 3 4, Sato 3 3 2, Kamau 1 2 1, Haddou 3 4 3; Haddad rates Arai 3 3 4, Sato 3 2 2,
/// Kamau 2 1 1, and has a draft for Haddou (discussions 1); every other item of the form 0.
/// Consensus: Arai discussions 4 ("Led the debate"), Kamau discussions 1, Haddou presentations 3.
/// The clock is back on the computer's time when it returns. Fails the test's QVERIFY
/// through an empty `workshop` (with a warning) when something could not be recorded.
HeldWorkshop makeHeldWorkshop(Store& store);

}  // namespace TestSupport
