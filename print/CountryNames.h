// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Country names in French, for letters written in French. Qt 6.4 cannot give them:
// QLocale::territoryToString() is English only, and nativeTerritoryName() speaks the
// territory's own language (a French name only for francophone territories). So this is a
// table of the WCO members likely to nominate advisors, keyed by what the candidate's
// "nationality" field holds: the English country name or its adjective ("Senegal",
// "Senegalese"), case and accents ignored. A value the table does not know is printed as
// written: nothing is guessed.

#include <QString>

namespace CountryNames {

/// The French name of the country `nationality` names ("Sénégal" for "Senegalese"), or an
/// empty string when the table does not know it.
QString french(const QString& nationality);

}  // namespace CountryNames
