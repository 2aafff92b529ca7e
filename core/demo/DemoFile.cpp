// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoFile.h"

#include "domain/Activity.h"
#include "domain/Attachment.h"
#include "store/NewFile.h"
#include "domain/AvailabilityCommitment.h"
#include "domain/Candidate.h"
#include "Clock.h"
#include "domain/Screening.h"
#include "assessment/ScreeningCheck.h"
#include "domain/StageDecision.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/Pool.h"
#include "store/Decisions.h"
#include "store/Candidates.h"
#include "store/Assessment.h"
#include "domain/Unavailability.h"
#include "domain/Workshop.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace {

// Gives the free functions of this file a translation context that lupdate sees.
struct DemoFileText {
    Q_DECLARE_TR_FUNCTIONS(DemoFileText)
};

struct DemoPerson {
    const char* family;
    const char* given;
    Gender gender;
    const char* nationality;
    const char* administration;
    Region region;
    const char* position;
    EducationLevel education;
    int yearsCustoms;
    int yearsPublic;
    LanguageLevel english;
    QList<LanguageSkill> languages;
    const char* ipr;
    Stage target;
    int workshop;  ///< 0 Brussels 2019, 1 Kashiwa 2023, 2 Nairobi (upcoming)
    bool lastInformed;
};

QList<Stage> pathTo(Stage target)
{
    switch (target) {
    case Stage::Applied:
        return {};
    case Stage::Selected:
        return {Stage::Selected};
    case Stage::Waitlisted:
        return {Stage::Waitlisted};
    case Stage::NotSelected:
        return {Stage::NotSelected};
    case Stage::Confirmed:
        return {Stage::Selected, Stage::Confirmed};
    case Stage::WorkshopPassed:
        return {Stage::Selected, Stage::Confirmed, Stage::WorkshopPassed};
    case Stage::WorkshopFailed:
        return {Stage::Selected, Stage::Confirmed, Stage::WorkshopFailed};
    case Stage::Accredited:
        return {Stage::Selected, Stage::Confirmed, Stage::WorkshopPassed, Stage::Accredited};
    case Stage::NotAccredited:
        return {Stage::Selected, Stage::Confirmed, Stage::WorkshopPassed, Stage::NotAccredited};
    case Stage::Withdrawn:
        return {Stage::Selected, Stage::Confirmed, Stage::Withdrawn};
    case Stage::CommitmentEnded:
        return {Stage::Selected, Stage::Confirmed, Stage::WorkshopPassed, Stage::Accredited, Stage::CommitmentEnded};
    case Stage::Retired:
        return {Stage::Selected,   Stage::Confirmed,       Stage::WorkshopPassed,
                Stage::Accredited, Stage::CommitmentEnded, Stage::Retired};
    }
    return {};
}

QString reasonFor(Stage to)
{
    switch (to) {
    case Stage::Selected:
        return DemoFileText::tr("Meets the hard requirements and most of the profile's criteria.");
    case Stage::Waitlisted:
        return DemoFileText::tr("Meets the profile; no seat left in this workshop.");
    case Stage::NotSelected:
        return DemoFileText::tr("Fewer than 5 years of experience in a Customs administration.");
    case Stage::Confirmed:
        return DemoFileText::tr("Availability commitment received; seat confirmed.");
    case Stage::WorkshopPassed:
        return DemoFileText::tr("Strong participation in discussions, group work and presentations.");
    case Stage::WorkshopFailed:
        return DemoFileText::tr("Presentation and group work below the expected level.");
    case Stage::Accredited:
        return DemoFileText::tr("Successful Stage 3 appraisal during a WCO activity.");
    case Stage::NotAccredited:
        return DemoFileText::tr("Stage 3 appraisal did not confirm the expected facilitation skills.");
    case Stage::Withdrawn:
        return DemoFileText::tr("Withdrew for family reasons before the workshop.");
    case Stage::CommitmentEnded:
        return DemoFileText::tr("Three-year availability period ended.");
    case Stage::Retired:
        return DemoFileText::tr("Retired from the Customs administration.");
    default:
        return DemoFileText::tr("Decision recorded.");
    }
}

// When each step happened, relative to the workshop's first day.
int dayOffset(Stage to)
{
    switch (to) {
    case Stage::Selected:
    case Stage::Waitlisted:
    case Stage::NotSelected:
        return -60;
    case Stage::Confirmed:
        return -30;
    case Stage::Withdrawn:
        return -10;
    case Stage::WorkshopPassed:
    case Stage::WorkshopFailed:
        return 3;
    case Stage::Accredited:
    case Stage::NotAccredited:
        return 190;
    case Stage::CommitmentEnded:
        return 190 + 3 * 365 + 1;
    case Stage::Retired:
        return 190 + 3 * 365 + 120;
    default:
        return -90;
    }
}

QString pdfEscape(const QString& text)
{
    QString escaped;
    for (const QChar c : text) {
        if (c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('\\')) {
            escaped += QLatin1Char('\\');
        }
        escaped += c.unicode() < 128 ? c : QLatin1Char('?');
    }
    return escaped;
}

Status fill(const QString& path, const Actor& actor);

ActivityParticipant as(const QHash<QString, QUuid>& ids, const char* family, ParticipantRole role,
                       const QString& extraReason = QString())
{
    return {ids.value(QString::fromUtf8(family)), role, !extraReason.isEmpty(), extraReason};
}

// The pool at work: the Stage 3 activity of the Kashiwa graduates, the activities the
// accredited advisors led since (one given as a voluntary extra after the commitment
// ended), and the unavailability they declared, around the day the demo is made.
Status addActivities(Store& store, const QHash<QString, QUuid>& ids, Activity hanoi, Activity online)
{
    using R = ParticipantRole;
    hanoi.participants = {as(ids, "Sato", R::Stage3Candidate), as(ids, "El Amrani", R::Stage3Candidate),
                          as(ids, "Rahman", R::Stage3Candidate)};
    online.participants = {as(ids, "Sato", R::Lead), as(ids, "El Amrani", R::CoFacilitator)};

    Activity dakar;
    dakar.title = DemoFileText::tr("IPR training for West African administrations");
    dakar.kind = ActivityKind::CapacityBuilding;
    dakar.country = DemoFileText::tr("Senegal");
    dakar.city = DemoFileText::tr("Dakar");
    dakar.startDate = QDate(2020, 2, 10);
    dakar.endDate = QDate(2020, 2, 14);
    dakar.requestingAdministration = DemoFileText::tr("Direction générale des douanes du Sénégal");
    dakar.language = QStringLiteral("French");
    dakar.topics = {DemoFileText::tr("border measures"), DemoFileText::tr("rights holders")};
    dakar.participants = {as(ids, "Marchand", R::Lead), as(ids, "Wróbel", R::CoFacilitator)};

    Activity bangkok;
    bangkok.title = DemoFileText::tr("Regional seminar on e-commerce and small consignments");
    bangkok.kind = ActivityKind::TechnicalAssistance;
    bangkok.country = DemoFileText::tr("Thailand");
    bangkok.city = DemoFileText::tr("Bangkok");
    bangkok.startDate = QDate(2024, 9, 9);
    bangkok.endDate = QDate(2024, 9, 13);
    bangkok.requestingAdministration = DemoFileText::tr("Thai Customs Department");
    bangkok.language = QStringLiteral("English");
    bangkok.topics = {DemoFileText::tr("e-commerce"), DemoFileText::tr("small consignments")};
    bangkok.participants = {as(ids, "Sato", R::Lead)};

    Activity casablanca;
    casablanca.title = DemoFileText::tr("Operation against counterfeit medicines");
    casablanca.kind = ActivityKind::Operation;
    casablanca.country = DemoFileText::tr("Morocco");
    casablanca.city = DemoFileText::tr("Casablanca");
    casablanca.startDate = QDate(2025, 6, 2);
    casablanca.endDate = QDate(2025, 6, 13);
    casablanca.requestingAdministration = DemoFileText::tr("Customs and Indirect Tax Administration of Morocco");
    casablanca.language = QStringLiteral("French");
    casablanca.topics = {DemoFileText::tr("medicines"), DemoFileText::tr("risk management")};
    casablanca.participants = {
        as(ids, "El Amrani", R::Lead),
        as(ids, "Marchand", R::CoFacilitator,
           DemoFileText::tr("Offered to pass on the French IPR school's experience after her commitment ended."))};

    for (const Activity& activity : {hanoi, online, dakar, bangkok, casablanca}) {
        if (auto saved = store.pool().saveActivity(activity); !saved.ok()) {
            return Status(saved.error());
        }
    }

    const QDate today = Clock::today();
    const QList<Unavailability> periods = {
        {{},
         ids.value(QStringLiteral("El Amrani")),
         today.addDays(20),
         today.addDays(41),
         DemoFileText::tr("Annual leave")},
        {{},
         ids.value(QStringLiteral("Sato")),
         today.addDays(45),
         today.addDays(49),
         DemoFileText::tr("National IPR week at Japan Customs")},
    };
    for (const Unavailability& period : periods) {
        if (auto saved = store.pool().saveUnavailability(period); !saved.ok()) {
            return Status(saved.error());
        }
    }
    return Status::success();
}

}  // namespace

QByteArray DemoFile::simplePdf(const QStringList& lines)
{
    QByteArray stream = "BT /F1 11 Tf 56 780 Td 15 TL\n";
    for (const QString& line : lines) {
        stream += "(" + pdfEscape(line).toLatin1() + ") Tj T*\n";
    }
    stream += "ET\n";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        "/Contents 4 0 R >>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"};
    QByteArray pdf = "%PDF-1.4\n";
    QList<int> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const int xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (int offset : offsets) {
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

Status DemoFile::create(const QString& path, const Actor& actor)
{
    const QFileInfo target(path);
    if (target.exists() || target.isSymLink()) {
        return Status::failure(ErrorCode::Invalid,
                               DemoFileText::tr("\"%1\" already exists. Choose another name for the demo file.")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    // Filled under a temporary name and renamed once complete: a failure leaves no half demo.
    // A name of its own, so that demo files made at once under one name never share one.
    const QString temporary = target.absolutePath() + QStringLiteral("/.") + target.fileName() + QLatin1Char('.') +
                              QUuid::createUuid().toString(QUuid::Id128).left(8) + QStringLiteral(".partial");
    Status filled = fill(temporary, actor);
    if (filled.ok() && NewFile::place(temporary, target.absoluteFilePath()) != NewFile::Placed::Done) {
        // NewFile::place never replaces a file: one made meanwhile under this name is kept.
        filled =
            QFileInfo::exists(target.absoluteFilePath())
                ? Status::failure(ErrorCode::Invalid,
                                  DemoFileText::tr("\"%1\" already exists. Choose another name for the demo file.")
                                      .arg(QDir::toNativeSeparators(path)))
                : Status::failure(
                      ErrorCode::Io,
                      DemoFileText::tr("Could not name the demo file \"%1\".").arg(QDir::toNativeSeparators(path)));
    }
    if (!filled.ok()) {
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-journal"));
    }
    return filled;
}

namespace {

Status fill(const QString& path, const Actor& actor)
{
    auto opened = Store::create(path, actor);
    if (!opened.ok()) {
        return Status(opened.error());
    }
    Store& store = *opened.value();

    QList<Workshop> workshops(3);
    workshops[0].title = DemoFileText::tr("Regional accreditation workshop for IPR TOAs, Brussels");
    workshops[0].region = Region::Europe;
    workshops[0].venue = DemoFileText::tr("WCO headquarters, Brussels, Belgium");
    workshops[0].startDate = QDate(2019, 5, 13);
    workshops[0].assessors = {QStringLiteral("Marta Silva"), QStringLiteral("Pieter de Vries")};
    workshops[1].title = DemoFileText::tr("Regional accreditation workshop for IPR TOAs, Kashiwa");
    workshops[1].region = Region::AsiaPacific;
    workshops[1].venue = DemoFileText::tr("Customs Training Institute, Kashiwa, Japan");
    workshops[1].startDate = QDate(2023, 10, 10);
    workshops[1].assessors = {QStringLiteral("Marta Silva"), QStringLiteral("Kenji Morita")};
    workshops[2].title = DemoFileText::tr("Regional accreditation workshop for IPR TOAs, Nairobi");
    workshops[2].region = Region::EastSouthernAfrica;
    workshops[2].venue = DemoFileText::tr("Regional Training Centre, Nairobi, Kenya");
    // The next workshop lies three weeks ahead of the day the demo is made (on a Monday),
    // so that its open stages (applied, selected, confirmed) look current whenever it is made.
    const QDate inThreeWeeks = Clock::today().addDays(21);
    workshops[2].startDate = inThreeWeeks.addDays(8 - inThreeWeeks.dayOfWeek());
    workshops[2].assessors = {QStringLiteral("Grace Wanjiru")};
    for (Workshop& workshop : workshops) {
        auto saved = store.workshops().save(workshop);
        if (!saved.ok()) {
            return Status(saved.error());
        }
        workshop = saved.value();
    }

    Activity hanoi;
    hanoi.title = DemoFileText::tr("National workshop on IPR border enforcement");
    hanoi.kind = ActivityKind::Stage3Assessment;
    hanoi.country = DemoFileText::tr("Viet Nam");
    hanoi.city = DemoFileText::tr("Hanoi");
    hanoi.startDate = QDate(2024, 3, 18);
    hanoi.endDate = QDate(2024, 3, 22);
    hanoi.requestingAdministration = DemoFileText::tr("General Department of Viet Nam Customs");
    hanoi.language = QStringLiteral("English");
    Activity online;
    online.title = DemoFileText::tr("E-commerce and counterfeit medicines: risk indicators");
    online.kind = ActivityKind::CapacityBuilding;
    online.mode = ActivityMode::Online;
    online.startDate = QDate(2025, 2, 4);
    online.endDate = QDate(2025, 2, 6);
    online.requestingAdministration = DemoFileText::tr("Customs administrations of the Pacific");
    online.language = QStringLiteral("English");
    hanoi.topics = {DemoFileText::tr("border measures"), DemoFileText::tr("risk management")};
    online.topics = {DemoFileText::tr("e-commerce"), DemoFileText::tr("medicines")};

    using G = Gender;
    using L = LanguageLevel;
    using E = EducationLevel;
    const QList<DemoPerson> people = {
        {"Sato",
         "Haruka",
         G::Female,
         "Japanese",
         "Japan Customs",
         Region::AsiaPacific,
         "Senior IPR officer",
         E::Master,
         16,
         18,
         L::C1,
         {{QStringLiteral("Japanese"), L::Native}},
         "Leads IPR border measures at Narita; trains frontline officers.",
         Stage::Accredited,
         1,
         true},
        {"Nguyen",
         "Minh Anh",
         G::Female,
         "Vietnamese",
         "General Department of Viet Nam Customs",
         Region::AsiaPacific,
         "Deputy head, anti-smuggling",
         E::Bachelor,
         11,
         11,
         L::C1,
         {{QStringLiteral("Vietnamese"), L::Native}, {QStringLiteral("French"), L::B1}},
         "Coordinated two regional operations against counterfeit medicines.",
         Stage::WorkshopPassed,
         1,
         true},
        {"Rahman",
         "Farid",
         G::Male,
         "Bangladeshi",
         "Bangladesh Customs",
         Region::AsiaPacific,
         "Risk analyst",
         E::Master,
         9,
         12,
         L::C2,
         {{QStringLiteral("Bengali"), L::Native}},
         "Built IPR risk indicators for the Chittagong port.",
         Stage::NotAccredited,
         1,
         true},
        {"Marchand",
         "Élodie",
         G::Female,
         "French",
         "Direction générale des douanes et droits indirects",
         Region::Europe,
         "IPR policy adviser",
         E::Master,
         14,
         14,
         L::C2,
         {{QStringLiteral("French"), L::Native}, {QStringLiteral("Spanish"), L::B2}},
         "Trainer for the national IPR school; CENcomm power user.",
         Stage::CommitmentEnded,
         0,
         true},
        {"Wróbel",
         "Katarzyna",
         G::Female,
         "Polish",
         "National Revenue Administration of Poland",
         Region::Europe,
         "Head of IPR unit",
         E::Doctorate,
         21,
         23,
         L::C1,
         {{QStringLiteral("Polish"), L::Native}, {QStringLiteral("German"), L::C1}},
         "Twenty years of IPR enforcement; now retired.",
         Stage::Retired,
         0,
         true},
        {"Fernández",
         "Mateo",
         G::Male,
         "Chilean",
         "National Customs Service of Chile",
         Region::AmericasCaribbean,
         "Port inspector",
         E::Bachelor,
         7,
         7,
         L::B2,
         {{QStringLiteral("Spanish"), L::Native}},
         "Seizures of counterfeit apparel at San Antonio.",
         Stage::WorkshopFailed,
         1,
         true},
        {"Joseph",
         "Camille",
         G::Female,
         "Haitian",
         "General Administration of Customs of Haiti",
         Region::AmericasCaribbean,
         "Training coordinator",
         E::Bachelor,
         6,
         9,
         L::C1,
         {{QStringLiteral("French"), L::Native}, {QStringLiteral("Haitian Creole"), L::Native}},
         "Designs e-learning for frontline officers.",
         Stage::Confirmed,
         2,
         true},
        {"Njoroge",
         "Amani",
         G::Male,
         "Kenyan",
         "Kenya Revenue Authority, Customs and Border Control",
         Region::EastSouthernAfrica,
         "IPR desk officer",
         E::Master,
         8,
         8,
         L::C1,
         {{QStringLiteral("Swahili"), L::Native}},
         "Runs the recordation of trademarks at Mombasa.",
         Stage::Selected,
         2,
         false},
        {"Dlamini",
         "Thandiwe",
         G::Female,
         "Swazi",
         "Eswatini Revenue Service",
         Region::EastSouthernAfrica,
         "Customs officer",
         E::PostSecondary,
         4,
         6,
         L::B2,
         {{QStringLiteral("siSwati"), L::Native}},
         "Border post officer with first IPR cases.",
         Stage::NotSelected,
         2,
         true},
        {"Mensah",
         "Kwame",
         G::Male,
         "Ghanaian",
         "Ghana Revenue Authority, Customs Division",
         Region::WestCentralAfrica,
         "Senior revenue officer",
         E::Master,
         12,
         12,
         L::C2,
         {{QStringLiteral("Twi"), L::Native}},
         "Member of the national anti-counterfeiting task force.",
         Stage::Waitlisted,
         2,
         true},
        {"Diallo",
         "Aïssata",
         G::Female,
         "Senegalese",
         "Direction générale des douanes du Sénégal",
         Region::WestCentralAfrica,
         "Head of intelligence",
         E::Master,
         15,
         15,
         L::B2,
         {{QStringLiteral("French"), L::Native}, {QStringLiteral("Wolof"), L::Native}},
         "Intelligence-led targeting of counterfeit goods at Dakar.",
         Stage::Applied,
         2,
         false},
        {"El Amrani",
         "Youssef",
         G::Male,
         "Moroccan",
         "Customs and Indirect Tax Administration of Morocco",
         Region::NorthAfricaMiddleEast,
         "IPR inspector",
         E::Bachelor,
         10,
         10,
         L::C1,
         {{QStringLiteral("Arabic"), L::Native}, {QStringLiteral("French"), L::C2}},
         "Tanger Med container inspections.",
         Stage::Accredited,
         1,
         true},
        {"Haddad",
         "Layla",
         G::Female,
         "Jordanian",
         "Jordan Customs",
         Region::NorthAfricaMiddleEast,
         "Legal adviser",
         E::Master,
         8,
         10,
         L::C2,
         {{QStringLiteral("Arabic"), L::Native}},
         "Drafted the national border measures regulation.",
         Stage::WorkshopPassed,
         1,
         true},
        {"Tupou",
         "Sione",
         G::Male,
         "Tongan",
         "Tonga Customs",
         Region::AsiaPacific,
         "Chief Customs officer",
         E::Bachelor,
         13,
         13,
         L::C1,
         {{QStringLiteral("Tongan"), L::Native}},
         "Pacific regional trainer for Customs procedures.",
         Stage::Withdrawn,
         1,
         true},
    };

    const QString secretariat = DemoFileText::tr("WCO Secretariat");
    QHash<QString, QUuid> ids;  // family name -> candidate, for the activities below
    for (int i = 0; i < people.size(); ++i) {
        const DemoPerson& person = people.at(i);
        const Workshop& workshop = workshops.at(person.workshop);
        Candidate c;
        c.familyName = QString::fromUtf8(person.family);
        c.givenNames = QString::fromUtf8(person.given);
        c.gender = person.gender;
        c.dateOfBirth = QDate(1972 + i, 1 + i % 12, 3 + i);
        c.nationality = QString::fromUtf8(person.nationality);
        c.administration = QString::fromUtf8(person.administration);
        c.region = person.region;
        c.position = QString::fromUtf8(person.position);
        c.email = c.givenNames.section(QLatin1Char(' '), 0, 0)
                      .toLower()
                      .normalized(QString::NormalizationForm_D)
                      .remove(QRegularExpression(QStringLiteral("[^a-z]"))) +
                  QStringLiteral(".") +
                  c.familyName.toLower()
                      .normalized(QString::NormalizationForm_D)
                      .remove(QRegularExpression(QStringLiteral("[^a-z]"))) +
                  QStringLiteral("@customs.example");
        c.phone = QStringLiteral("+00 555 01%1").arg(i, 2, 10, QLatin1Char('0'));
        c.education = person.education;
        c.yearsInCustoms = person.yearsCustoms;
        c.yearsInPublicAdministration = person.yearsPublic;
        c.englishLevel = person.english;
        c.otherLanguages = person.languages;
        c.iprExperience = QString::fromUtf8(person.ipr);
        c.consentToKeepData = true;
        c.applicationDate = workshop.startDate.addDays(-120 + i);
        auto saved = store.candidates().save(c);
        if (!saved.ok()) {
            return Status(saved.error());
        }
        const Candidate& stored = saved.value();
        ids.insert(stored.familyName, stored.meta.id);

        Attachment cv;
        cv.candidateId = stored.meta.id;
        cv.kind = AttachmentKind::Cv;
        cv.fileName = QStringLiteral("CV %1.pdf").arg(stored.displayName());
        cv.mediaType = QStringLiteral("application/pdf");
        cv.content = DemoFile::simplePdf(
            {DemoFileText::tr("Curriculum vitae"), stored.displayName(), stored.position, stored.administration,
             DemoFileText::tr("Years in Customs: %1").arg(stored.yearsInCustoms), stored.iprExperience});
        cv.addedAt = QDateTime(c.applicationDate, QTime(9, 0), Qt::UTC);
        if (auto added = store.candidates().addAttachment(cv); !added.ok()) {
            return Status(added.error());
        }
        if (i % 2 == 0) {
            Attachment form;
            form.candidateId = stored.meta.id;
            form.kind = AttachmentKind::ApplicationForm;
            form.fileName = QStringLiteral("Application form %1.txt").arg(stored.familyName);
            form.mediaType = QStringLiteral("text/plain");
            form.content = (DemoFileText::tr("Application for accreditation as IPR TOA") + QLatin1Char('\n') +
                            stored.displayName() + QLatin1Char('\n') + stored.administration + QLatin1Char('\n'))
                               .toUtf8();
            form.addedAt = cv.addedAt;
            if (auto added = store.candidates().addAttachment(form); !added.ok()) {
                return Status(added.error());
            }
        }

        const QList<Stage> steps = pathTo(person.target);
        if (!steps.isEmpty()) {
            // Stage 1 screening, as the officer recorded it before deciding.
            Screening screening;
            screening.candidateId = stored.meta.id;
            screening.hardRequirementsMet = person.target != Stage::NotSelected;
            screening.countedTotal = 7;
            screening.countedMet = person.target == Stage::NotSelected ? 3 : 5 + i % 3;
            screening.note = DemoFileText::tr("Screened from the application form and CV.");
            // Where the form says otherwise, the officer judged from the interview, and says so.
            if (const auto check = store.assessment().screeningCheck(stored.meta.id);
                screening.hardRequirementsMet && check.ok() && !check.value().contradictions(true).isEmpty()) {
                screening.overrideReason =
                    DemoFileText::tr("Judged met at the interview: the application form understates it.");
            }
            if (auto recorded = store.decisions().recordScreening(screening); !recorded.ok()) {
                return recorded;
            }
        }
        if (steps.contains(Stage::Confirmed)) {
            AvailabilityCommitment commitment;
            commitment.candidateId = stored.meta.id;
            commitment.givenOn = workshop.startDate.addDays(dayOffset(Stage::Confirmed) - 3);
            commitment.how = DemoFileText::tr("Signed commitment form received by e-mail.");
            if (auto recorded = store.decisions().recordCommitment(commitment); !recorded.ok()) {
                return recorded;
            }
        }
        Stage from = Stage::Applied;
        for (int s = 0; s < steps.size(); ++s) {
            StageDecision d;
            d.candidateId = stored.meta.id;
            d.workshopId = workshop.meta.id;
            d.from = from;
            d.to = steps.at(s);
            d.decidedBy = secretariat;
            d.decidedAt = QDateTime(workshop.startDate.addDays(dayOffset(d.to)), QTime(10, 0), Qt::UTC);
            d.reason = reasonFor(d.to);
            const bool last = s == steps.size() - 1;
            if (!last || person.lastInformed) {
                d.informedOn = d.decidedAt.date().addDays(2);
                d.informedBy = d.to == Stage::WorkshopPassed || d.to == Stage::WorkshopFailed ? InformChannel::InPerson
                                                                                              : InformChannel::Email;
            }
            if (auto recorded = store.decisions().record(d); !recorded.ok()) {
                return Status(recorded.error());
            }
            from = d.to;
        }
    }
    return addActivities(store, ids, hanoi, online);
}

}  // namespace
