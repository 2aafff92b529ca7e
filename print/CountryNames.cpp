// SPDX-License-Identifier: GPL-3.0-or-later
#include "CountryNames.h"

#include "domain/TextFold.h"

#include <QHash>

namespace {

struct Country {
    const char* english;  ///< the country's English name
    const char* adjective;  ///< its English adjective of nationality
    const char* french;  ///< UTF-8
};

// WCO members of every region; a name with its usual article in French would read oddly in
// an address block, so the bare name is given, as postal addresses write it.
const Country kCountries[] = {
    {"Afghanistan", "Afghan", "Afghanistan"},
    {"Albania", "Albanian", "Albanie"},
    {"Algeria", "Algerian", "Algérie"},
    {"Angola", "Angolan", "Angola"},
    {"Argentina", "Argentine", "Argentine"},
    {"Armenia", "Armenian", "Arménie"},
    {"Australia", "Australian", "Australie"},
    {"Austria", "Austrian", "Autriche"},
    {"Azerbaijan", "Azerbaijani", "Azerbaïdjan"},
    {"Bahrain", "Bahraini", "Bahreïn"},
    {"Bangladesh", "Bangladeshi", "Bangladesh"},
    {"Belarus", "Belarusian", "Bélarus"},
    {"Belgium", "Belgian", "Belgique"},
    {"Benin", "Beninese", "Bénin"},
    {"Bhutan", "Bhutanese", "Bhoutan"},
    {"Bolivia", "Bolivian", "Bolivie"},
    {"Botswana", "Motswana", "Botswana"},
    {"Brazil", "Brazilian", "Brésil"},
    {"Bulgaria", "Bulgarian", "Bulgarie"},
    {"Burkina Faso", "Burkinabe", "Burkina Faso"},
    {"Burundi", "Burundian", "Burundi"},
    {"Cambodia", "Cambodian", "Cambodge"},
    {"Cameroon", "Cameroonian", "Cameroun"},
    {"Canada", "Canadian", "Canada"},
    {"Cape Verde", "Cape Verdean", "Cap-Vert"},
    {"Central African Republic", "Central African", "République centrafricaine"},
    {"Chad", "Chadian", "Tchad"},
    {"Chile", "Chilean", "Chili"},
    {"China", "Chinese", "Chine"},
    {"Colombia", "Colombian", "Colombie"},
    {"Comoros", "Comorian", "Comores"},
    {"Congo", "Congolese", "Congo"},
    {"Democratic Republic of the Congo", "", "République démocratique du Congo"},
    {"Costa Rica", "Costa Rican", "Costa Rica"},
    {"Côte d'Ivoire", "Ivorian", "Côte d'Ivoire"},
    {"Croatia", "Croatian", "Croatie"},
    {"Cuba", "Cuban", "Cuba"},
    {"Cyprus", "Cypriot", "Chypre"},
    {"Czech Republic", "Czech", "République tchèque"},
    {"Denmark", "Danish", "Danemark"},
    {"Djibouti", "Djiboutian", "Djibouti"},
    {"Dominican Republic", "Dominican", "République dominicaine"},
    {"Ecuador", "Ecuadorian", "Équateur"},
    {"Egypt", "Egyptian", "Égypte"},
    {"El Salvador", "Salvadoran", "El Salvador"},
    {"Estonia", "Estonian", "Estonie"},
    {"Eswatini", "Swazi", "Eswatini"},
    {"Ethiopia", "Ethiopian", "Éthiopie"},
    {"Fiji", "Fijian", "Fidji"},
    {"Finland", "Finnish", "Finlande"},
    {"France", "French", "France"},
    {"Gabon", "Gabonese", "Gabon"},
    {"Gambia", "Gambian", "Gambie"},
    {"Georgia", "Georgian", "Géorgie"},
    {"Germany", "German", "Allemagne"},
    {"Ghana", "Ghanaian", "Ghana"},
    {"Greece", "Greek", "Grèce"},
    {"Guatemala", "Guatemalan", "Guatemala"},
    {"Guinea", "Guinean", "Guinée"},
    {"Guinea-Bissau", "Bissau-Guinean", "Guinée-Bissau"},
    {"Haiti", "Haitian", "Haïti"},
    {"Honduras", "Honduran", "Honduras"},
    {"Hungary", "Hungarian", "Hongrie"},
    {"Iceland", "Icelandic", "Islande"},
    {"India", "Indian", "Inde"},
    {"Indonesia", "Indonesian", "Indonésie"},
    {"Iran", "Iranian", "Iran"},
    {"Iraq", "Iraqi", "Irak"},
    {"Ireland", "Irish", "Irlande"},
    {"Israel", "Israeli", "Israël"},
    {"Italy", "Italian", "Italie"},
    {"Jamaica", "Jamaican", "Jamaïque"},
    {"Japan", "Japanese", "Japon"},
    {"Jordan", "Jordanian", "Jordanie"},
    {"Kazakhstan", "Kazakh", "Kazakhstan"},
    {"Kenya", "Kenyan", "Kenya"},
    {"Korea", "Korean", "Corée"},
    {"Kuwait", "Kuwaiti", "Koweït"},
    {"Latvia", "Latvian", "Lettonie"},
    {"Lebanon", "Lebanese", "Liban"},
    {"Lesotho", "Basotho", "Lesotho"},
    {"Liberia", "Liberian", "Libéria"},
    {"Libya", "Libyan", "Libye"},
    {"Lithuania", "Lithuanian", "Lituanie"},
    {"Luxembourg", "Luxembourgish", "Luxembourg"},
    {"Madagascar", "Malagasy", "Madagascar"},
    {"Malawi", "Malawian", "Malawi"},
    {"Malaysia", "Malaysian", "Malaisie"},
    {"Maldives", "Maldivian", "Maldives"},
    {"Mali", "Malian", "Mali"},
    {"Malta", "Maltese", "Malte"},
    {"Mauritania", "Mauritanian", "Mauritanie"},
    {"Mauritius", "Mauritian", "Maurice"},
    {"Mexico", "Mexican", "Mexique"},
    {"Moldova", "Moldovan", "Moldavie"},
    {"Mongolia", "Mongolian", "Mongolie"},
    {"Montenegro", "Montenegrin", "Monténégro"},
    {"Morocco", "Moroccan", "Maroc"},
    {"Mozambique", "Mozambican", "Mozambique"},
    {"Myanmar", "Burmese", "Myanmar"},
    {"Namibia", "Namibian", "Namibie"},
    {"Nepal", "Nepalese", "Népal"},
    {"Netherlands", "Dutch", "Pays-Bas"},
    {"New Zealand", "New Zealander", "Nouvelle-Zélande"},
    {"Nicaragua", "Nicaraguan", "Nicaragua"},
    {"Niger", "Nigerien", "Niger"},
    {"Nigeria", "Nigerian", "Nigéria"},
    {"North Macedonia", "Macedonian", "Macédoine du Nord"},
    {"Norway", "Norwegian", "Norvège"},
    {"Oman", "Omani", "Oman"},
    {"Pakistan", "Pakistani", "Pakistan"},
    {"Panama", "Panamanian", "Panama"},
    {"Papua New Guinea", "Papua New Guinean", "Papouasie-Nouvelle-Guinée"},
    {"Paraguay", "Paraguayan", "Paraguay"},
    {"Peru", "Peruvian", "Pérou"},
    {"Philippines", "Filipino", "Philippines"},
    {"Poland", "Polish", "Pologne"},
    {"Portugal", "Portuguese", "Portugal"},
    {"Qatar", "Qatari", "Qatar"},
    {"Romania", "Romanian", "Roumanie"},
    {"Russia", "Russian", "Russie"},
    {"Rwanda", "Rwandan", "Rwanda"},
    {"Saudi Arabia", "Saudi", "Arabie saoudite"},
    {"Senegal", "Senegalese", "Sénégal"},
    {"Serbia", "Serbian", "Serbie"},
    {"Seychelles", "Seychellois", "Seychelles"},
    {"Sierra Leone", "Sierra Leonean", "Sierra Leone"},
    {"Singapore", "Singaporean", "Singapour"},
    {"Slovakia", "Slovak", "Slovaquie"},
    {"Slovenia", "Slovenian", "Slovénie"},
    {"Somalia", "Somali", "Somalie"},
    {"South Africa", "South African", "Afrique du Sud"},
    {"South Sudan", "South Sudanese", "Soudan du Sud"},
    {"Spain", "Spanish", "Espagne"},
    {"Sri Lanka", "Sri Lankan", "Sri Lanka"},
    {"Sudan", "Sudanese", "Soudan"},
    {"Sweden", "Swedish", "Suède"},
    {"Switzerland", "Swiss", "Suisse"},
    {"Syria", "Syrian", "Syrie"},
    {"Tajikistan", "Tajik", "Tadjikistan"},
    {"Tanzania", "Tanzanian", "Tanzanie"},
    {"Thailand", "Thai", "Thaïlande"},
    {"Togo", "Togolese", "Togo"},
    {"Tonga", "Tongan", "Tonga"},
    {"Trinidad and Tobago", "Trinidadian", "Trinité-et-Tobago"},
    {"Tunisia", "Tunisian", "Tunisie"},
    {"Turkey", "Turkish", "Turquie"},
    {"Uganda", "Ugandan", "Ouganda"},
    {"Ukraine", "Ukrainian", "Ukraine"},
    {"United Arab Emirates", "Emirati", "Émirats arabes unis"},
    {"United Kingdom", "British", "Royaume-Uni"},
    {"United States", "American", "États-Unis"},
    {"Uruguay", "Uruguayan", "Uruguay"},
    {"Uzbekistan", "Uzbek", "Ouzbékistan"},
    {"Vanuatu", "Ni-Vanuatu", "Vanuatu"},
    {"Venezuela", "Venezuelan", "Venezuela"},
    {"Viet Nam", "Vietnamese", "Viet Nam"},
    {"Yemen", "Yemeni", "Yémen"},
    {"Zambia", "Zambian", "Zambie"},
    {"Zimbabwe", "Zimbabwean", "Zimbabwe"},
};

// Other spellings found in applications.
const char* const kAliases[][2] = {
    {"Swaziland", "Eswatini"},
    {"Ivory Coast", "Côte d'Ivoire"},
    {"Vietnam", "Viet Nam"},
    {"USA", "United States"},
    {"UK", "United Kingdom"},
    {"Great Britain", "United Kingdom"},
    {"Republic of Korea", "Korea"},
    {"South Korea", "Korea"},
    {"Russian Federation", "Russia"},
    {"Türkiye", "Turkey"},
    {"Czechia", "Czech Republic"},
    {"DR Congo", "Democratic Republic of the Congo"},
    {"Emirian", "United Arab Emirates"},
    {"Kiwi", "New Zealand"},
};

const QHash<QString, QString>& table()
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> byKey;
        for (const Country& c : kCountries) {
            const QString french = QString::fromUtf8(c.french);
            byKey.insert(TextFold::fold(QString::fromUtf8(c.english)), french);
            if (*c.adjective) {
                byKey.insert(TextFold::fold(QString::fromUtf8(c.adjective)), french);
            }
        }
        for (const auto& alias : kAliases) {
            const QString target = byKey.value(TextFold::fold(QString::fromUtf8(alias[1])));
            if (!target.isEmpty()) {
                byKey.insert(TextFold::fold(QString::fromUtf8(alias[0])), target);
            }
        }
        return byKey;
    }();
    return names;
}

}  // namespace

QString CountryNames::french(const QString& nationality)
{
    return table().value(TextFold::fold(nationality.trimmed()));
}
