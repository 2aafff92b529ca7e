// SPDX-License-Identifier: GPL-3.0-or-later
#include "CandidateGenerator.h"

#include "domain/Attachment.h"
#include "domain/Candidate.h"
#include "demo/DemoFile.h"
#include "store/Store.h"
#include "store/Candidates.h"

#include <QRandomGenerator>
#include <QSaveFile>
#include <QStringList>

namespace {

struct Administration {
    const char* nationality;
    const char* name;
    const char* domain;  ///< for e-mail addresses
    const char* language;  ///< the native language, never English (it has its own field)
    const char* second;  ///< another working language, or empty
};

struct RegionPool {
    Region region;
    QList<const char*> families;
    QList<const char*> givens;
    QList<Administration> administrations;
};

// Per region rather than per country: enough variety for 10,000 people, and the accents,
// apostrophes, hyphens and letters outside Latin-1 that the quick filter must fold.
const QList<RegionPool>& pools()
{
    static const QList<RegionPool> all = {
        {Region::EastSouthernAfrica,
         {"Njoroge", "Dlamini",     "Mwangi",  "Banda",        "Moyo",
          "Nkosi",   "Kamau",       "Mutua",   "Phiri",        "Tembo",
          "Okello",  "Ndlovu",      "Achieng", "Rakotomalala", "Randriamampionona",
          "Tesfaye", "Gebremariam", "Mabuza",  "Chissano",     "Nhantumbo"},
         {"Amani",    "Thandiwe", "Wanjiru",  "Tendai", "Chipo",  "Baraka",    "Zanele",
          "Kipchoge", "Nomvula",  "Tsiry",    "Fanja",  "Mandla", "Selamawit", "Abebe",
          "Nyambura", "Lindiwe",  "Tafadzwa", "Hery",   "Ânia",   "Célia"},
         {{"Kenyan", "Kenya Revenue Authority, Customs and Border Control", "kra.example", "Swahili", ""},
          {"South African", "South African Revenue Service, Customs", "sars.example", "Zulu", "Afrikaans"},
          {"Malagasy", "Direction générale des douanes de Madagascar", "douanes.mg.example", "Malagasy", "French"},
          {"Ugandan", "Uganda Revenue Authority, Customs Department", "ura.example", "Luganda", "Swahili"},
          {"Zambian", "Zambia Revenue Authority", "zra.example", "Bemba", ""},
          {"Mozambican", "Autoridade Tributária de Moçambique", "at.mz.example", "Portuguese", "Changana"},
          {"Ethiopian", "Ethiopian Customs Commission", "ecc.example", "Amharic", ""}}},
        {Region::WestCentralAfrica,
         {"Diallo", "Traoré",  "Koné",   "Mensah", "Ouédraogo", "Ndiaye", "Okafor", "Adébáyọ̀", "Kaboré",     "Sawadogo",
          "Diop",   "Boateng", "Mbarga", "Nguéma", "Fofana",    "Sylla",  "Eze",    "Owusu",   "Tchakounté", "Bâ"},
         {"Aïssata",  "Kwame",    "Mamadou",   "Fatoumata", "Chinedu", "Adaeze",        "Serge",
          "Béatrice", "Oumar",    "Awa",       "Yao",       "Ngozi",   "Jean-Baptiste", "Adjoa",
          "Ibrahima", "Mariétou", "Olúwaseun", "Hervé",     "Rokia",   "Kofi"},
         {{"Senegalese", "Direction générale des douanes du Sénégal", "douanes.sn.example", "Wolof", "French"},
          {"Ghanaian", "Ghana Revenue Authority, Customs Division", "gra.example", "Twi", ""},
          {"Nigerian", "Nigeria Customs Service", "customs.ng.example", "Yoruba", "Igbo"},
          {"Ivorian", "Direction générale des douanes de Côte d'Ivoire", "douanes.ci.example", "French", "Baoulé"},
          {"Burkinabè", "Direction générale des douanes du Burkina Faso", "douanes.bf.example", "Mooré", "French"},
          {"Cameroonian", "Direction générale des douanes du Cameroun", "douanes.cm.example", "French", "Ewondo"}}},
        {Region::NorthAfricaMiddleEast,
         {"El Amrani", "Haddad", "Benali", "Al-Hashimi", "Khoury", "Mansour",     "Saïdi",
          "Bouzid",    "Nasser", "Farouk", "Aziz",       "Hamdan", "Ben Youssef", "Al-Mansouri",
          "Chérif",    "Zoghbi", "Toumi",  "Abdelaziz",  "Qasim",  "Bennani"},
         {"Youssef", "Layla",   "Karim",  "Nour", "Samir",  "Rania", "Tarek", "Amira",  "Omar",  "Salma",
          "Hicham",  "Yasmine", "Mériem", "Anis", "Hanène", "Walid", "Dalia", "Fayçal", "Souad", "Imène"},
         {{"Moroccan", "Customs and Indirect Tax Administration of Morocco", "douane.ma.example", "Arabic", "French"},
          {"Jordanian", "Jordan Customs", "customs.jo.example", "Arabic", ""},
          {"Tunisian", "Direction générale des douanes tunisiennes", "douane.tn.example", "Arabic", "French"},
          {"Egyptian", "Egyptian Customs Authority", "customs.eg.example", "Arabic", ""},
          {"Lebanese", "Lebanese Customs Administration", "customs.lb.example", "Arabic", "French"},
          {"Emirati", "Federal Authority for Identity, Citizenship, Customs and Port Security", "icp.example", "Arabic",
           ""}}},
        {Region::Europe,
         {"Marchand",  "Wróbel",     "Müller",       "Nowak",    "García López", "Łukasiewicz", "Šimunović",
          "Dvořák",    "Kovács",     "Østergaard",   "Öztürk",   "Ferreira",     "Rossi",       "Papadopoulos",
          "Johansson", "O'Sullivan", "Van der Berg", "Ivanović", "Dąbrowska",    "Þórsdóttir"},
         {"Élodie", "Katarzyna", "Jürgen", "Zoë",     "Håkon", "Ana",   "Mateusz",      "Søren", "Ágnes",  "Luís",
          "Chiara", "François",  "Björn",  "Siobhán", "Jiří",  "Ελένη", "Marie-Hélène", "Nuño",  "Gülşen", "Ðorđe"},
         {{"French", "Direction générale des douanes et droits indirects", "douane.fr.example", "French", ""},
          {"Polish", "National Revenue Administration of Poland", "kas.example", "Polish", "German"},
          {"German", "Generalzolldirektion", "zoll.example", "German", "French"},
          {"Spanish", "Departamento de Aduanas e Impuestos Especiales", "aeat.example", "Spanish", "Catalan"},
          {"Croatian", "Customs Administration of the Republic of Croatia", "carina.example", "Croatian", ""},
          {"Czech", "Generální ředitelství cel", "celnisprava.example", "Czech", "Slovak"},
          {"Danish", "Danish Customs Agency", "toldst.example", "Danish", "Swedish"},
          {"Turkish", "Ministry of Trade, Directorate General of Customs", "ticaret.example", "Turkish", ""},
          {"Greek", "Independent Authority for Public Revenue, Customs", "aade.example", "Greek", ""},
          {"Irish", "Office of the Revenue Commissioners", "revenue.ie.example", "Irish", ""}}},
        {Region::AsiaPacific,
         {"Sato",   "Nguyen", "Rahman", "Tupou",     "Kim",        "Wang", "Tanaka", "Suzuki", "Park",   "Chen",
          "Sharma", "Patel",  "Santos", "Dela Cruz", "Wijesinghe", "Lê",   "Trần",   "Phạm",   "Ōtsuka", "Nakamura"},
         {"Haruka", "Minh Anh", "Farid",       "Sione", "Ji-woo", "Wei",  "Kenji", "Yuki",   "Seo-yeon", "Mei",
          "Priya",  "Arjun",    "Maria Clara", "José",  "Nimal",  "Thảo", "Đức",   "Ayesha", "Rōta",     "Mele"},
         {{"Japanese", "Japan Customs", "customs.jp.example", "Japanese", ""},
          {"Vietnamese", "General Department of Viet Nam Customs", "customs.vn.example", "Vietnamese", "French"},
          {"Bangladeshi", "Bangladesh Customs", "customs.bd.example", "Bengali", ""},
          {"Tongan", "Tonga Customs", "customs.to.example", "Tongan", ""},
          {"Korean", "Korea Customs Service", "customs.kr.example", "Korean", ""},
          {"Chinese", "General Administration of Customs of China", "customs.cn.example", "Chinese", ""},
          {"Indian", "Central Board of Indirect Taxes and Customs", "cbic.example", "Hindi", "Gujarati"},
          {"Filipino", "Bureau of Customs of the Philippines", "customs.ph.example", "Filipino", "Spanish"},
          {"Sri Lankan", "Sri Lanka Customs", "customs.lk.example", "Sinhala", "Tamil"}}},
        {Region::AmericasCaribbean,
         {"Fernández",  "Joseph",   "Silva",    "Gómez",    "Rodríguez", "Pérez",  "Gonçalves",
          "Martínez",   "Baptiste", "Campbell", "Thompson", "Castañeda", "Núñez",  "Araújo",
          "Jean-Louis", "Morales",  "Peña",     "Brown",    "Vásquez",   "Lefèvre"},
         {"Mateo",   "Camille", "João",  "Lucía",  "Valentina", "Andrés",  "Sebastián", "Ximena",  "Marlène", "Kemar",
          "Shanice", "Inês",    "Tomás", "Dayana", "Renée",     "Joaquín", "Fabíola",   "Darnell", "Ángel",   "Wendy"},
         {{"Chilean", "National Customs Service of Chile", "aduana.cl.example", "Spanish", ""},
          {"Haitian", "General Administration of Customs of Haiti", "douane.ht.example", "French", "Haitian Creole"},
          {"Brazilian", "Receita Federal do Brasil", "receita.example", "Portuguese", "Spanish"},
          {"Mexican", "Agencia Nacional de Aduanas de México", "anam.example", "Spanish", ""},
          {"Colombian", "Dirección de Impuestos y Aduanas Nacionales", "dian.example", "Spanish", ""},
          {"Jamaican", "Jamaica Customs Agency", "jca.example", "Jamaican Patois", ""},
          {"Canadian", "Canada Border Services Agency", "cbsa.example", "French", ""},
          {"Peruvian", "Superintendencia Nacional de Aduanas", "sunat.example", "Spanish", "Quechua"}}},
    };
    return all;
}

const QList<const char*> kPositions = {"IPR desk officer",
                                       "Senior IPR officer",
                                       "Risk analyst",
                                       "Port inspector",
                                       "Head of IPR unit",
                                       "Training coordinator",
                                       "Legal adviser",
                                       "Deputy head, anti-smuggling",
                                       "Head of intelligence",
                                       "Post-clearance auditor",
                                       "Chief Customs officer",
                                       "Enforcement team leader",
                                       "Airport Customs supervisor",
                                       "Policy adviser, border measures",
                                       "Container control programme officer"};

const QList<const char*> kExperience = {"Runs the recordation of trademarks at the main seaport.",
                                        "Built IPR risk indicators for express consignments.",
                                        "Coordinated two regional operations against counterfeit medicines.",
                                        "Trains frontline officers on detention and destruction procedures.",
                                        "Drafted the national border measures regulation.",
                                        "Ten years of seizures of counterfeit apparel and footwear.",
                                        "Liaises with right holders for product identification training.",
                                        "Targets small parcels from e-commerce platforms.",
                                        "Leads the IPR team at the international airport.",
                                        "Member of the national anti-counterfeiting task force."};

// Text found only in the attached documents: the full-text search over them is meant to find it.
const QList<const char*> kCvCareer = {"Seizure of 40,000 counterfeit pharmaceutical blister packs, Operation Pangea",
                                      "Mentor for the WCO Mercator Programme on trade facilitation",
                                      "Designed CENcomm alerts for fake spare parts in the automotive sector",
                                      "Controlled goods in transit under the Harmonized System chapter 85",
                                      "Interface Public-Members (IPM) product identification trainer",
                                      "Post-clearance audit of importers of branded cosmetics",
                                      "Cooperation with the Intellectual Property Office on border recordations",
                                      "Risk profiling of containers with the national single window",
                                      "Investigations into counterfeit toys that failed safety tests",
                                      "Trainer at the regional training centre on IPR border enforcement"};

const QList<const char*> kTraining = {
    "WCO e-learning: IPR border enforcement, 2021",          "Accredited trainer course, national Customs school, 2019",
    "Regional seminar on counterfeit medicines, 2022",       "Master in international trade law, 2012",
    "Workshop on the TRIPS Agreement border measures, 2018", "Risk management compendium course, 2020"};

QString pick(QRandomGenerator& random, const QList<const char*>& list)
{
    return QString::fromUtf8(list.at(int(random.bounded(quint32(list.size())))));
}

/// Plain ASCII letters for e-mail addresses and the PDF (whose built-in font has no "ł").
QString ascii(const QString& text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 128) {
            out += c;
        } else if (c == QChar(0x0142) || c == QChar(0x0141)) {  // ł has no decomposition
            out += QLatin1Char(c == QChar(0x0142) ? 'l' : 'L');
        } else if (c == QChar(0x00F8) || c == QChar(0x00D8)) {  // nor ø
            out += QLatin1Char(c == QChar(0x00F8) ? 'o' : 'O');
        } else if (c == QChar(0x0111) || c == QChar(0x0110)) {  // nor đ
            out += QLatin1Char(c == QChar(0x0111) ? 'd' : 'D');
        }
    }
    return out;
}

QString emailPart(const QString& name)
{
    QString out;
    for (const QChar c : ascii(name).toLower()) {
        if (c.isLetter()) {
            out += c;
        }
    }
    return out.isEmpty() ? QStringLiteral("officer") : out;
}

Candidate makeCandidate(QRandomGenerator& random, int serial)
{
    const RegionPool& pool = pools().at(int(random.bounded(quint32(pools().size()))));
    const Administration& admin = pool.administrations.at(int(random.bounded(quint32(pool.administrations.size()))));
    Candidate c;
    c.familyName = pick(random, pool.families);
    c.givenNames = pick(random, pool.givens);
    if (random.bounded(8) == 0) {
        const QString second = pick(random, pool.givens);
        if (second != c.givenNames) {
            c.givenNames += QLatin1Char(' ') + second;
        }
    }
    c.gender = random.bounded(2) == 0 ? Gender::Female : Gender::Male;
    if (random.bounded(25) == 0) {
        c.gender = Gender::Undisclosed;
    }
    c.nationality = QString::fromUtf8(admin.nationality);
    c.administration = QString::fromUtf8(admin.name);
    c.region = pool.region;
    c.position = pick(random, kPositions);
    // The serial keeps addresses apart, as two officers of one name would have.
    c.email = emailPart(c.givenNames.section(QLatin1Char(' '), 0, 0)) + QLatin1Char('.') + emailPart(c.familyName) +
              QString::number(serial % 100) + QLatin1Char('@') + QString::fromUtf8(admin.domain);
    c.phone =
        QStringLiteral("+%1 555 %2").arg(10 + random.bounded(89)).arg(random.bounded(1000000), 6, 10, QLatin1Char('0'));
    c.education = allOf<EducationLevel>().at(int(random.bounded(quint32(allOf<EducationLevel>().size()))));
    c.yearsInCustoms = 3 + int(random.bounded(28));
    c.yearsInPublicAdministration = c.yearsInCustoms + int(random.bounded(6));
    c.englishLevel =
        QList<LanguageLevel>{LanguageLevel::B1, LanguageLevel::B2, LanguageLevel::C1, LanguageLevel::C2}.at(
            int(random.bounded(4)));
    c.otherLanguages.append({QString::fromUtf8(admin.language), LanguageLevel::Native});
    if (*admin.second != '\0' && random.bounded(2) == 0) {
        c.otherLanguages.append(
            {QString::fromUtf8(admin.second),
             QList<LanguageLevel>{LanguageLevel::B1, LanguageLevel::B2, LanguageLevel::C1}.at(int(random.bounded(3)))});
    }
    c.iprExperience = pick(random, kExperience);
    c.consentToKeepData = true;
    // Applications over the four years up to 2024: every date lies in the past whenever this runs.
    c.applicationDate = QDate(2020, 1, 6).addDays(random.bounded(4 * 365));
    c.dateOfBirth = c.applicationDate.addYears(-(26 + int(random.bounded(34)))).addDays(-int(random.bounded(365)));
    return c;
}

QByteArray cvPdf(QRandomGenerator& random, const Candidate& c)
{
    QStringList lines = {QStringLiteral("Curriculum vitae"),
                         ascii(c.displayName()),
                         ascii(c.position),
                         ascii(c.administration),
                         QStringLiteral("Born %1").arg(c.dateOfBirth.toString(Qt::ISODate)),
                         QString(),
                         QStringLiteral("Career")};
    const int from = c.applicationDate.year() - c.yearsInCustoms;
    for (int i = 0; i < 3; ++i) {
        lines.append(QStringLiteral("%1-%2  %3")
                         .arg(from + i * c.yearsInCustoms / 3)
                         .arg(from + (i + 1) * c.yearsInCustoms / 3)
                         .arg(pick(random, kCvCareer)));
    }
    lines.append({QString(), QStringLiteral("Training")});
    lines.append(pick(random, kTraining));
    lines.append(pick(random, kTraining));
    QStringList languages = {QStringLiteral("English (%1)").arg(keyOf(*c.englishLevel).toUpper())};
    for (const LanguageSkill& skill : c.otherLanguages) {
        languages.append(QStringLiteral("%1 (%2)").arg(ascii(skill.language), keyOf(skill.level)));
    }
    lines.append({QString(), QStringLiteral("Languages: ") + languages.join(QStringLiteral(", ")),
                  QStringLiteral("IPR experience: ") + c.iprExperience});
    return DemoFile::simplePdf(lines);
}

QByteArray applicationLetter(QRandomGenerator& random, const Candidate& c)
{
    return QStringLiteral("Application for accreditation as IPR Technical and Operational Advisor\n\n"
                          "%1\n%2\n%3\n\nDear Secretariat,\n\nI apply for accreditation with the support of my "
                          "administration. %4 In my %5 years in Customs I have also worked on the following: %6. "
                          "I commit to being available for up to twelve weeks a year for three years.\n\n%7\n")
        .arg(c.displayName(), c.position, c.administration, c.iprExperience)
        .arg(c.yearsInCustoms)
        .arg(pick(random, kCvCareer).toLower(), c.displayName())
        .toUtf8();
}

/// One CSV field, quoted when it holds a comma, a quotation mark or a line break.
QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))) {
        return value;
    }
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

/// The row of `c` under the header writeApplicationsCsv() writes.
QString csvRow(const Candidate& c)
{
    QStringList languages;
    for (const LanguageSkill& skill : c.otherLanguages) {
        languages.append(skill.language + QLatin1Char(':') + keyOf(skill.level));
    }
    const QStringList cells = {c.familyName,
                               c.givenNames,
                               keyOf(c.gender),
                               c.dateOfBirth.toString(Qt::ISODate),
                               c.nationality,
                               c.administration,
                               c.region ? keyOf(*c.region) : QString(),
                               c.position,
                               c.email,
                               c.phone,
                               c.education ? keyOf(*c.education) : QString(),
                               QString::number(c.yearsInCustoms),
                               QString::number(c.yearsInPublicAdministration),
                               c.englishLevel ? keyOf(*c.englishLevel) : QString(),
                               languages.join(QStringLiteral("; ")),
                               c.iprExperience,
                               c.consentToKeepData ? QStringLiteral("yes") : QStringLiteral("no"),
                               c.applicationDate.toString(Qt::ISODate)};
    QStringList fields;
    for (const QString& cell : cells) {
        fields.append(csvField(cell));
    }
    return fields.join(QLatin1Char(','));
}

}  // namespace

Status CandidateGenerator::writeApplicationsCsv(const QString& path, int count, quint32 seed)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Status::failure(ErrorCode::Io, QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    }
    file.write("family_name,given_names,gender,date_of_birth,nationality,administration,region,position,email,phone,"
               "education,years_in_customs,years_in_public_administration,english_level,other_languages,"
               "ipr_experience,consent_to_keep_data,application_date\n");
    QRandomGenerator random(seed);
    for (int i = 0; i < count; ++i) {
        file.write(csvRow(makeCandidate(random, i)).toUtf8() + '\n');
    }
    if (!file.commit()) {
        return Status::failure(ErrorCode::Io, QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return Status::success();
}

Status CandidateGenerator::generate(const QString& path, int count, quint32 seed,
                                    const std::function<void(int)>& progress)
{
    auto created = Store::create(path);
    if (!created.ok()) {
        return Status(created.error());
    }
    Store& store = *created.value();
    QRandomGenerator random(seed);
    for (int i = 0; i < count; ++i) {
        auto saved = store.candidates().save(makeCandidate(random, i));
        if (!saved.ok()) {
            return Status(saved.error());
        }
        const Candidate& c = saved.value();
        Attachment cv;
        cv.candidateId = c.meta.id;
        cv.kind = AttachmentKind::Cv;
        cv.fileName = QStringLiteral("CV %1.pdf").arg(c.displayName());
        cv.mediaType = QStringLiteral("application/pdf");
        cv.content = cvPdf(random, c);
        cv.addedAt = QDateTime(c.applicationDate, QTime(9, 0), Qt::UTC);
        if (auto added = store.candidates().addAttachment(cv); !added.ok()) {
            return Status(added.error());
        }
        // Half of the candidates sent their letter as text, as the demo's do.
        if (i % 2 == 0) {
            Attachment letter;
            letter.candidateId = c.meta.id;
            letter.kind = AttachmentKind::ApplicationForm;
            letter.fileName = QStringLiteral("Application %1.txt").arg(c.familyName);
            letter.mediaType = QStringLiteral("text/plain");
            letter.content = applicationLetter(random, c);
            letter.addedAt = cv.addedAt;
            if (auto added = store.candidates().addAttachment(letter); !added.ok()) {
                return Status(added.error());
            }
        }
        if (progress && ((i + 1) % 500 == 0 || i + 1 == count)) {
            progress(i + 1);
        }
    }
    store.close();
    return Status::success();
}
