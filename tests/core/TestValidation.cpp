// SPDX-License-Identifier: GPL-3.0-or-later
// Each value type checks itself and says, field by field, what is wrong.
#include "domain/Activity.h"
#include "domain/Attachment.h"
#include "domain/Candidate.h"
#include "domain/CompetenceProfile.h"
#include "domain/Person.h"
#include "domain/Score.h"
#include "domain/StageDecision.h"
#include "domain/Workshop.h"
#include "TestMain.h"

#include <QTest>

namespace {

const QDate kToday(2026, 11, 29);

Candidate validCandidate()
{
    Candidate c;
    c.familyName = QStringLiteral("Sato");
    c.givenNames = QStringLiteral("Haruka");
    c.nationality = QStringLiteral("Japanese");
    c.administration = QStringLiteral("Japan Customs");
    c.region = Region::AsiaPacific;
    c.email = QStringLiteral("haruka.sato@customs.example");
    c.phone = QStringLiteral("+81 3 1234 5678");
    c.dateOfBirth = QDate(1980, 4, 1);
    c.yearsInCustoms = 12;
    c.yearsInPublicAdministration = 14;
    c.englishLevel = LanguageLevel::C1;
    c.otherLanguages = {{QStringLiteral("Japanese"), LanguageLevel::Native}};
    c.applicationDate = QDate(2023, 6, 30);
    return c;
}

}  // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void validCandidatePasses()
    {
        const Validation v = validCandidate().validate(kToday);
        QVERIFY2(v.ok(), qPrintable(v.summary()));
        QVERIFY(v.toStatus().ok());
    }

    void candidateRules_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("family name") << "family_name"
                                     << "family name";
        QTest::newRow("nationality") << "nationality"
                                     << "nationality";
        QTest::newRow("administration") << "administration"
                                        << "Customs administration";
        QTest::newRow("region") << "region"
                                << "WCO region";
        QTest::newRow("email") << "email"
                               << "not an e-mail address";
        QTest::newRow("phone") << "phone"
                               << "not a phone number";
        QTest::newRow("too young") << "date_of_birth"
                                   << "younger than 18";
        QTest::newRow("years in customs") << "years_in_customs"
                                          << "between 0 and 60";
        QTest::newRow("years in public administration") << "years_in_public_administration"
                                                        << "between 0 and 60";
        QTest::newRow("application date missing") << "application_date"
                                                  << "date the application was received";
        QTest::newRow("application date in future") << "application_date"
                                                    << "future";
        QTest::newRow("language without name") << "languages"
                                               << "has no name";
        QTest::newRow("English among others") << "languages"
                                              << "English has its own field";
        QTest::newRow("language twice") << "languages"
                                        << "listed twice";
        QTest::newRow("text too long") << "ipr_experience"
                                       << "longer than";
    }

    void candidateRules()
    {
        QFETCH(QString, field);
        QFETCH(QString, fragment);
        Candidate c = validCandidate();
        const QString row = QString::fromLatin1(QTest::currentDataTag());
        if (row == QLatin1String("family name"))
            c.familyName = QStringLiteral("   ");
        if (row == QLatin1String("nationality"))
            c.nationality.clear();
        if (row == QLatin1String("administration"))
            c.administration.clear();
        if (row == QLatin1String("region"))
            c.region.reset();
        if (row == QLatin1String("email"))
            c.email = QStringLiteral("haruka at customs");
        if (row == QLatin1String("phone"))
            c.phone = QStringLiteral("call me");
        if (row == QLatin1String("too young"))
            c.dateOfBirth = QDate(2010, 1, 1);
        if (row == QLatin1String("years in customs"))
            c.yearsInCustoms = 61;
        if (row == QLatin1String("years in public administration"))
            c.yearsInPublicAdministration = -1;
        if (row == QLatin1String("application date missing"))
            c.applicationDate = QDate();
        if (row == QLatin1String("application date in future"))
            c.applicationDate = kToday.addDays(1);
        if (row == QLatin1String("language without name"))
            c.otherLanguages.append({QStringLiteral(" "), LanguageLevel::A1});
        if (row == QLatin1String("English among others"))
            c.otherLanguages.append({QStringLiteral("english"), LanguageLevel::C2});
        if (row == QLatin1String("language twice"))
            c.otherLanguages.append({QStringLiteral("JAPANESE"), LanguageLevel::B1});
        if (row == QLatin1String("text too long"))
            c.iprExperience = QString(kMaxTextLength + 1, QLatin1Char('x'));
        const Validation v = c.validate(kToday);
        QVERIFY(!v.ok());
        QVERIFY2(v.messageFor(field).contains(fragment), qPrintable(v.summary()));
        QCOMPARE(v.toStatus().code(), ErrorCode::Invalid);
    }

    void candidateNames()
    {
        Candidate c = validCandidate();
        QCOMPARE(c.sortName(), QStringLiteral("Sato, Haruka"));
        QCOMPARE(c.displayName(), QStringLiteral("Haruka Sato"));
        c.givenNames.clear();
        QCOMPARE(c.displayName(), QStringLiteral("Sato"));
    }

    void attachmentRules()
    {
        Attachment a;
        a.candidateId = QUuid::createUuid();
        a.fileName = QStringLiteral("cv.pdf");
        a.mediaType = QStringLiteral("application/pdf");
        a.content = QByteArrayLiteral("%PDF-1.4 content");
        QVERIFY(a.validate().ok());
        QCOMPARE(a.sha256(), QStringLiteral("c071382684dde891f341c5b691ad04535c7f90fbe574444d198ed4cd8269ba89"));
        Attachment noName = a;
        noName.fileName = QStringLiteral("/home/x/cv.pdf");
        QVERIFY(
            noName.validate().messageFor(QStringLiteral("file_name")).contains(QStringLiteral("without its folder")));
        Attachment empty = a;
        empty.content.clear();
        QVERIFY(empty.validate().messageFor(QStringLiteral("content")).contains(QStringLiteral("empty")));
        Attachment huge = a;
        huge.content = QByteArray(Attachment::kMaxSize + 1, 'x');
        QVERIFY(huge.validate().messageFor(QStringLiteral("content")).contains(QStringLiteral("at most")));
        Attachment exactlyMax = a;
        exactlyMax.content = QByteArray("%PDF-") + QByteArray(Attachment::kMaxSize - 5, 'x');
        QVERIFY(exactlyMax.validate().ok());
        Attachment renamed = a;
        renamed.fileName = QStringLiteral("cv.pdf");
        renamed.content = QByteArray("MZ\x90\x00\x03", 5) + QByteArray(100, '\0');  // a program named .pdf
        QVERIFY(renamed.validate()
                    .messageFor(QStringLiteral("media_type"))
                    .contains(QStringLiteral("judged by its content")));
        Attachment orphan = a;
        orphan.candidateId = QUuid();
        QVERIFY(!orphan.validate().messageFor(QStringLiteral("candidate")).isEmpty());
    }

    void profileOf2023Call()
    {
        const CompetenceProfile p = CompetenceProfile::call2023();
        QVERIFY2(p.validate().ok(), qPrintable(p.validate().summary()));
        QCOMPARE(p.groups.size(), 7);
        QStringList names;
        for (const auto& group : p.groups) {
            names.append(group.name);
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Personal Skills"), QStringLiteral("Academic Background"),
                                     QStringLiteral("Professional Career Expertise"),
                                     QStringLiteral("Knowledge of WCO Standards and Instruments"),
                                     QStringLiteral("International Experience"), QStringLiteral("Vocational Skills"),
                                     QStringLiteral("Language Skills")}));
        QCOMPARE(p.criterionCount(CriterionKind::Hard), 3);
        QCOMPARE(p.criterionCount(CriterionKind::Advantage), 3);
        const int counted = p.criterionCount(CriterionKind::Counted);
        QCOMPARE(p.countedRequired(), counted / 2 + 1);  // "more than half"
    }

    void profileRules()
    {
        CompetenceProfile p = CompetenceProfile::call2023();
        p.countedThresholdPercent = 100;
        QVERIFY(!p.validate().messageFor(QStringLiteral("threshold")).isEmpty());
        p = CompetenceProfile::call2023();
        p.groups[1].criteria.append(p.groups[0].criteria.first());
        QVERIFY(p.validate().messageFor(QStringLiteral("criteria")).contains(QStringLiteral("used twice")));
        p = CompetenceProfile::call2023();
        p.groups.clear();
        QVERIFY(!p.validate().ok());
        p = CompetenceProfile::call2023();
        p.version = 0;
        QVERIFY(!p.validate().messageFor(QStringLiteral("version")).isEmpty());
        p = CompetenceProfile::call2023();
        p.countedThresholdPercent = 75;
        const int counted = p.criterionCount(CriterionKind::Counted);
        QCOMPARE(p.countedRequired(), counted * 75 / 100 + 1);
    }

    void workshopRules()
    {
        Workshop w;
        w.title = QStringLiteral("Kashiwa");
        w.startDate = QDate(2023, 10, 10);
        QVERIFY(w.validate().ok());
        QCOMPARE(w.days, 4);
        QCOMPARE(w.capacity, 10);
        QCOMPARE(w.endDate(), QDate(2023, 10, 13));
        Workshop eleven = w;
        eleven.capacity = 11;
        QVERIFY(eleven.validate().messageFor(QStringLiteral("capacity")).contains(QStringLiteral("10")));
        Workshop noDate = w;
        noDate.startDate = QDate();
        QVERIFY(!noDate.validate().messageFor(QStringLiteral("start_date")).isEmpty());
        Workshop noTitle = w;
        noTitle.title = QStringLiteral(" ");
        QVERIFY(!noTitle.validate().messageFor(QStringLiteral("title")).isEmpty());
        Workshop blankAssessor = w;
        blankAssessor.assessors = {QStringLiteral("")};
        QVERIFY(!blankAssessor.validate().messageFor(QStringLiteral("assessors")).isEmpty());
        Workshop zeroDays = w;
        zeroDays.days = 0;
        QVERIFY(!zeroDays.validate().messageFor(QStringLiteral("days")).isEmpty());
    }

    void activityRules()
    {
        Activity a;
        a.title = QStringLiteral("Border enforcement training");
        a.country = QStringLiteral("Viet Nam");
        a.startDate = QDate(2024, 3, 18);
        a.endDate = QDate(2024, 3, 22);
        QVERIFY(a.validate().ok());
        Activity online = a;
        online.mode = ActivityMode::Online;
        online.country.clear();
        QVERIFY(online.validate().ok());
        Activity nowhere = a;
        nowhere.country.clear();
        QVERIFY(!nowhere.validate().messageFor(QStringLiteral("country")).isEmpty());
        Activity backwards = a;
        backwards.endDate = QDate(2024, 3, 17);
        QVERIFY(backwards.validate().messageFor(QStringLiteral("end_date")).contains(QStringLiteral("before")));
    }

    void decisionRules()
    {
        StageDecision d;
        d.candidateId = QUuid::createUuid();
        d.from = Stage::Applied;
        d.to = Stage::Selected;
        d.decidedBy = QStringLiteral("Officer");
        d.decidedAt = QDateTime(QDate(2023, 8, 1), QTime(10, 0), Qt::UTC);
        d.reason = QStringLiteral("Meets the profile.");
        QVERIFY(d.validate().ok());
        StageDecision jump = d;
        jump.to = Stage::Accredited;
        QVERIFY(jump.validate().messageFor(QStringLiteral("to")).contains(QStringLiteral("cannot move")));
        StageDecision same = d;
        same.to = Stage::Applied;
        QVERIFY(same.validate().messageFor(QStringLiteral("to")).contains(QStringLiteral("already")));
        StageDecision noReason = d;
        noReason.reason = QStringLiteral("  ");
        QVERIFY(!noReason.validate().messageFor(QStringLiteral("reason")).isEmpty());
        StageDecision halfInformed = d;
        halfInformed.informedOn = QDate(2023, 8, 2);
        QVERIFY(!halfInformed.validate().messageFor(QStringLiteral("informed")).isEmpty());
        StageDecision informedEarly = d;
        informedEarly.informedOn = QDate(2023, 7, 1);
        informedEarly.informedBy = InformChannel::Letter;
        QVERIFY(informedEarly.validate().messageFor(QStringLiteral("informed")).contains(QStringLiteral("before")));
        StageDecision informed = d;
        informed.informedOn = QDate(2023, 8, 2);
        informed.informedBy = InformChannel::Email;
        QVERIFY(informed.validate().ok());
        QVERIFY(informed.isInformed());
    }

    void personRules()
    {
        Person p;
        p.name = QStringLiteral("Kenji Morita");
        p.account = QStringLiteral("kmorita");
        QVERIFY(p.validate().ok());
        Person noName = p;
        noName.name = QStringLiteral(" ");
        QVERIFY(!noName.validate().messageFor(QStringLiteral("name")).isEmpty());
        Person noAccount = p;
        noAccount.account.clear();
        QVERIFY(noAccount.validate().messageFor(QStringLiteral("account")).contains(QStringLiteral("user name")));
        Person mailAccount = p;
        mailAccount.account = QStringLiteral("kmorita@customs");
        QVERIFY(!mailAccount.validate().messageFor(QStringLiteral("account")).isEmpty());
    }

    void scoreRules()
    {
        Score s;
        s.reviewerId = QUuid::createUuid();
        s.candidateId = QUuid::createUuid();
        s.criterionKey = QStringLiteral("personal.interpersonal");
        s.updatedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(s.validate().ok());  // a draft may be unrated
        Score high = s;
        high.rating = 5;
        QVERIFY(high.validate().messageFor(QStringLiteral("rating")).contains(QStringLiteral("0 to 4")));
        Score submittedUnrated = s;
        submittedUnrated.submittedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(!submittedUnrated.validate().messageFor(QStringLiteral("rating")).isEmpty());
        Score orphan = s;
        orphan.candidateId = QUuid();
        orphan.reviewerId = QUuid();
        orphan.criterionKey.clear();
        QCOMPARE(orphan.validate().problems().size(), 3);
    }

    void pipelineMoves()
    {
        // Leaving is possible from every stage but the final ones.
        for (Stage stage : allOf<Stage>()) {
            if (stage != Stage::Withdrawn && stage != Stage::Retired) {
                QVERIFY2(StageDecision::isAllowedMove(stage, Stage::Withdrawn), qPrintable(keyOf(stage)));
            }
        }
        QVERIFY(StageDecision::isAllowedMove(Stage::Confirmed, Stage::WorkshopPassed));
        QVERIFY(!StageDecision::isAllowedMove(Stage::Applied, Stage::Confirmed));
        QVERIFY(!StageDecision::isAllowedMove(Stage::Selected, Stage::WorkshopPassed));
        QVERIFY(!StageDecision::isAllowedMove(Stage::WorkshopFailed, Stage::Accredited));
        QVERIFY(StageDecision::isAllowedMove(Stage::WorkshopPassed, Stage::Accredited));
        QVERIFY(StageDecision::nextStages(Stage::Retired).isEmpty());
    }
};

AD_TEST_GUILESS_MAIN(TestValidation)
#include "TestValidation.moc"
