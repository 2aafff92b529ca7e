// SPDX-License-Identifier: GPL-3.0-or-later
#include "CandidateSql.h"
#include "SqlConnection.h"

#include <sqlite3.h>

#include <memory>

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

namespace {

QString textAt(sqlite3_stmt* statement, int column)
{
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(statement, column)) : QString();
}

/// "YYYY-MM-DD" as the store writes dates; invalid for anything else.
QDate dateAt(sqlite3_stmt* statement, int column)
{
    const auto* s = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    if (!s || sqlite3_column_bytes(statement, column) != 10 || s[4] != '-' || s[7] != '-') {
        return {};
    }
    const auto digits = [s](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            if (s[i] < '0' || s[i] > '9') {
                return -1;
            }
            value = value * 10 + (s[i] - '0');
        }
        return value;
    };
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
}

struct StatementDeleter {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};

}  // namespace

Result<QList<Candidate>> CandidateSql::readListedRows(const QString& connectionName, const QString& sql,
                                                      const QVariantMap& bindings, const QString& failure)
{
    using R = Result<QList<Candidate>>;
    sqlite3* db = SqlConnection::nativeHandle(connectionName);
    if (!db) {
        return R::failure(ErrorCode::Internal, failure);
    }
    sqlite3_stmt* raw = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &raw, nullptr) != SQLITE_OK) {
        return R::failure(ErrorCode::Io, failure + QLatin1Char(' ') + QString::fromUtf8(sqlite3_errmsg(db)));
    }
    const std::unique_ptr<sqlite3_stmt, StatementDeleter> statement(raw);
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
        const int index = sqlite3_bind_parameter_index(raw, it.key().toUtf8().constData());
        const QByteArray value = it.value().toString().toUtf8();
        if (index == 0 ||
            sqlite3_bind_text(raw, index, value.constData(), int(value.size()), SQLITE_TRANSIENT) != SQLITE_OK) {
            return R::failure(ErrorCode::Internal, failure + QLatin1Char(' ') + it.key());
        }
    }
    QList<Candidate> list;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(raw)) == SQLITE_ROW) {
        Candidate c;
        c.meta.id = QUuid::fromString(
            QLatin1String(reinterpret_cast<const char*>(sqlite3_column_text(raw, 0)), sqlite3_column_bytes(raw, 0)));
        c.familyName = textAt(raw, 1);
        c.givenNames = textAt(raw, 2);
        c.nationality = textAt(raw, 3);
        c.administration = textAt(raw, 4);
        c.region = fromKey<Region>(textAt(raw, 5));
        c.position = textAt(raw, 6);
        c.email = textAt(raw, 7);
        c.applicationDate = dateAt(raw, 8);
        c.stage = fromKey<Stage>(textAt(raw, 9)).value_or(Stage::Applied);
        if (sqlite3_column_type(raw, 10) != SQLITE_NULL) {
            c.archivedAt = toTime(textAt(raw, 10));
        }
        if (sqlite3_column_type(raw, 11) != SQLITE_NULL) {
            c.erasedAt = toTime(textAt(raw, 11));
        }
        list.append(std::move(c));
    }
    if (step != SQLITE_DONE) {
        return R::failure(sqlite3_errcode(db) == SQLITE_BUSY ? ErrorCode::Busy : ErrorCode::Io,
                          failure + QLatin1Char(' ') + QString::fromUtf8(sqlite3_errmsg(db)));
    }
    return list;
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
