#include "CandidateSql.h"

#include "Candidate.h"
#include "StoreSql.h"

#include <QSqlQuery>

using namespace StoreSql;

const QString CandidateSql::kColumns = QStringLiteral(
    "id, family_name, given_names, gender, date_of_birth, nationality, administration, region, position, email, "
    "phone, education, years_in_customs, years_in_public_administration, english_level, ipr_experience, "
    "consent_to_keep_data, application_date, stage, row_version, modified_at, modified_by");

const QString CandidateSql::kSelect = CandidateSql::kColumns + QStringLiteral(", archived_at, erased_at");

Candidate CandidateSql::read(const QSqlQuery& q)
{
    Candidate c;
    c.meta = readMeta(q, 0, 19);
    c.familyName = q.value(1).toString();
    c.givenNames = q.value(2).toString();
    c.gender = toKey<Gender>(q.value(3), Gender::Undisclosed);
    c.dateOfBirth = toDate(q.value(4));
    c.nationality = q.value(5).toString();
    c.administration = q.value(6).toString();
    c.region = toKey<Region>(q.value(7));
    c.position = q.value(8).toString();
    c.email = q.value(9).toString();
    c.phone = q.value(10).toString();
    c.education = toKey<EducationLevel>(q.value(11));
    c.yearsInCustoms = q.value(12).toInt();
    c.yearsInPublicAdministration = q.value(13).toInt();
    c.englishLevel = toKey<LanguageLevel>(q.value(14));
    c.iprExperience = q.value(15).toString();
    c.consentToKeepData = q.value(16).toInt() != 0;
    c.applicationDate = toDate(q.value(17));
    c.stage = toKey<Stage>(q.value(18), Stage::Applied);
    c.archivedAt = q.isNull(22) ? QDateTime() : toTime(q.value(22));
    c.erasedAt = q.isNull(23) ? QDateTime() : toTime(q.value(23));
    return c;
}

const QString CandidateSql::kSelectListed = QStringLiteral(
    "id, family_name, given_names, nationality, administration, region, position, email, application_date, stage, "
    "archived_at, erased_at");

Candidate CandidateSql::readListed(const QSqlQuery& q)
{
    Candidate c;
    c.meta.id = QUuid::fromString(q.value(0).toString());
    c.familyName = q.value(1).toString();
    c.givenNames = q.value(2).toString();
    c.nationality = q.value(3).toString();
    c.administration = q.value(4).toString();
    c.region = toKey<Region>(q.value(5));
    c.position = q.value(6).toString();
    c.email = q.value(7).toString();
    c.applicationDate = toDate(q.value(8));
    c.stage = toKey<Stage>(q.value(9), Stage::Applied);
    c.archivedAt = q.isNull(10) ? QDateTime() : toTime(q.value(10));
    c.erasedAt = q.isNull(11) ? QDateTime() : toTime(q.value(11));
    return c;
}

void CandidateSql::bind(QSqlQuery& q, const Candidate& c)
{
    q.bindValue(QStringLiteral(":id"), idText(c.meta.id));
    q.bindValue(QStringLiteral(":family_name"), text(c.familyName));
    q.bindValue(QStringLiteral(":given_names"), text(c.givenNames));
    q.bindValue(QStringLiteral(":gender"), keyOf(c.gender));
    q.bindValue(QStringLiteral(":date_of_birth"), dateValue(c.dateOfBirth));
    q.bindValue(QStringLiteral(":nationality"), text(c.nationality));
    q.bindValue(QStringLiteral(":administration"), text(c.administration));
    q.bindValue(QStringLiteral(":region"), keyValue(c.region));
    q.bindValue(QStringLiteral(":position"), text(c.position));
    q.bindValue(QStringLiteral(":email"), text(c.email));
    q.bindValue(QStringLiteral(":phone"), text(c.phone));
    q.bindValue(QStringLiteral(":education"), keyValue(c.education));
    q.bindValue(QStringLiteral(":years_in_customs"), c.yearsInCustoms);
    q.bindValue(QStringLiteral(":years_in_public_administration"), c.yearsInPublicAdministration);
    q.bindValue(QStringLiteral(":english_level"), keyValue(c.englishLevel));
    q.bindValue(QStringLiteral(":ipr_experience"), text(c.iprExperience));
    q.bindValue(QStringLiteral(":consent_to_keep_data"), c.consentToKeepData ? 1 : 0);
    q.bindValue(QStringLiteral(":application_date"), dateValue(c.applicationDate));
    q.bindValue(QStringLiteral(":stage"), keyOf(c.stage));
    q.bindValue(QStringLiteral(":row_version"), c.meta.rowVersion);
    q.bindValue(QStringLiteral(":modified_at"), timeText(c.meta.modifiedAt));
    q.bindValue(QStringLiteral(":modified_by"), c.meta.modifiedBy);
    q.bindValue(QStringLiteral(":search_text"), c.searchText());
}

QString CandidateSql::insertStatement()
{
    QString placeholders = kColumns;
    placeholders.replace(QStringLiteral(", "), QStringLiteral(", :"));
    return QStringLiteral("INSERT INTO candidate (") + kColumns + QStringLiteral(", search_text) VALUES (:") +
           placeholders + QStringLiteral(", :search_text)");
}
