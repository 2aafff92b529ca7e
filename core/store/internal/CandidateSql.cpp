// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/internal/CandidateSql.h"
#include "store/internal/SqlConnection.h"

#include <sqlite3.h>

#include <memory>

#include "domain/Candidate.h"
#include "store/CandidateFilter.h"
#include "store/internal/SearchIndex.h"
#include "store/internal/StoreSql.h"
#include "domain/TextFold.h"

#include <QSqlQuery>

using namespace StoreSql;
using namespace Qt::StringLiterals;

const QString CandidateSql::kColumns = QStringLiteral(
    "id, family_name, given_names, gender, date_of_birth, nationality, administration, region, position, email, "
    "phone, education, years_in_customs, years_in_public_administration, english_level, ipr_experience, "
    "consent_to_keep_data, application_date, stage, row_version, modified_at, modified_by");

const QString CandidateSql::kSelect = CandidateSql::kColumns + QStringLiteral(", archived_at, erased_at");

Candidate CandidateSql::read(const QSqlQuery& q)
{
    Candidate c;
    c.meta = readMeta(q);
    c.familyName = q.value(u"family_name"_s).toString();
    c.givenNames = q.value(u"given_names"_s).toString();
    c.gender = toKey<Gender>(q.value(u"gender"_s), Gender::Undisclosed);
    c.dateOfBirth = toDate(q.value(u"date_of_birth"_s));
    c.nationality = q.value(u"nationality"_s).toString();
    c.administration = q.value(u"administration"_s).toString();
    c.region = toKey<Region>(q.value(u"region"_s));
    c.position = q.value(u"position"_s).toString();
    c.email = q.value(u"email"_s).toString();
    c.phone = q.value(u"phone"_s).toString();
    c.education = toKey<EducationLevel>(q.value(u"education"_s));
    c.yearsInCustoms = q.value(u"years_in_customs"_s).toInt();
    c.yearsInPublicAdministration = q.value(u"years_in_public_administration"_s).toInt();
    c.englishLevel = toKey<LanguageLevel>(q.value(u"english_level"_s));
    c.iprExperience = q.value(u"ipr_experience"_s).toString();
    c.consentToKeepData = q.value(u"consent_to_keep_data"_s).toInt() != 0;
    c.applicationDate = toDate(q.value(u"application_date"_s));
    c.stage = toKey<Stage>(q.value(u"stage"_s), Stage::Applied);
    c.archivedAt = q.isNull(u"archived_at"_s) ? QDateTime() : toTime(q.value(u"archived_at"_s));
    c.erasedAt = q.isNull(u"erased_at"_s) ? QDateTime() : toTime(q.value(u"erased_at"_s));
    return c;
}

QStringList CandidateSql::conditions(const CandidateFilter& filter, int retentionYears, QVariantMap& bindings,
                                     bool withText)
{
    QStringList conditions;
    if (withText && filter.inDocuments && !filter.text.trimmed().isEmpty()) {
        // The full-text search's candidates; a text without a word finds nobody. "+c.id":
        // one pass over the candidates probing the set found, rather than a seek per
        // candidate found, which a common word makes 10,000 seeks (docs/performance.md).
        const QStringList terms = SearchIndex::terms(filter.text);
        conditions.append(terms.isEmpty()
                              ? QStringLiteral("0")
                              : QStringLiteral("+c.id IN (") + SearchIndex::candidatesMatchingAll(int(terms.size())) +
                                    QLatin1Char(')'));
        for (int i = 0; i < terms.size(); ++i) {
            bindings.insert(QStringLiteral(":ft%1").arg(i), terms.at(i));
        }
    } else if (withText && !filter.text.trimmed().isEmpty()) {
        conditions.append(QStringLiteral("c.search_text LIKE :pattern ESCAPE '\\'"));
        bindings.insert(QStringLiteral(":pattern"), TextFold::containsPattern(filter.text.trimmed()));
    }
    if (filter.stage) {
        conditions.append(QStringLiteral("c.stage = :stage"));
        bindings.insert(QStringLiteral(":stage"), keyOf(*filter.stage));
    }
    if (filter.region) {
        conditions.append(QStringLiteral("c.region = :region"));
        bindings.insert(QStringLiteral(":region"), keyOf(*filter.region));
    }
    if (!filter.workshopId.isNull()) {
        conditions.append(QStringLiteral("(EXISTS (SELECT 1 FROM application ap WHERE ap.candidate_id = c.id "
                                         "AND ap.workshop_id = :workshop) OR EXISTS (SELECT 1 FROM stage_decision d "
                                         "WHERE d.candidate_id = c.id AND d.workshop_id = :workshop))"));
        bindings.insert(QStringLiteral(":workshop"), idText(filter.workshopId));
    }
    if (!filter.includeArchived) {
        conditions.append(QStringLiteral("c.archived_at IS NULL"));
    }
    if (filter.retentionDue) {
        // No consent to keep the data, and the retention period since the last decision
        // (or the application) is over.
        conditions.append(QStringLiteral(
            "c.consent_to_keep_data = 0 AND c.erased_at IS NULL AND "
            "substr(coalesce((SELECT max(d.decided_at) FROM stage_decision d WHERE d.candidate_id = c.id), "
            "c.application_date), 1, 10) <= :retention_limit"));
        bindings.insert(QStringLiteral(":retention_limit"),
                        filter.today.addYears(-retentionYears).toString(Qt::ISODate));
    }
    if (filter.notYetInformed) {
        // The latest decision (the one that put the candidate where they stand) is not informed.
        conditions.append(
            QStringLiteral("(SELECT d.informed_on IS NULL FROM stage_decision d WHERE d.candidate_id = c.id "
                           "ORDER BY d.decided_at DESC, d.rowid DESC LIMIT 1) = 1"));
    }
    return conditions;
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
