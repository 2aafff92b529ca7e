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

#include <QSqlError>
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

const std::array<const char*, CandidateSql::kInsertedValues>& CandidateSql::insertedNames()
{
    static const std::array<const char*, kInsertedValues> names = {":id",
                                                                   ":family_name",
                                                                   ":given_names",
                                                                   ":gender",
                                                                   ":date_of_birth",
                                                                   ":nationality",
                                                                   ":administration",
                                                                   ":region",
                                                                   ":position",
                                                                   ":email",
                                                                   ":phone",
                                                                   ":education",
                                                                   ":years_in_customs",
                                                                   ":years_in_public_administration",
                                                                   ":english_level",
                                                                   ":ipr_experience",
                                                                   ":consent_to_keep_data",
                                                                   ":application_date",
                                                                   ":stage",
                                                                   ":row_version",
                                                                   ":modified_at",
                                                                   ":modified_by",
                                                                   ":search_text"};
    return names;
}

std::array<QVariant, CandidateSql::kInsertedValues> CandidateSql::insertedValues(const Candidate& c)
{
    return {idText(c.meta.id),
            text(c.familyName),
            text(c.givenNames),
            keyOf(c.gender),
            dateValue(c.dateOfBirth),
            text(c.nationality),
            text(c.administration),
            keyValue(c.region),
            text(c.position),
            text(c.email),
            text(c.phone),
            keyValue(c.education),
            c.yearsInCustoms,
            c.yearsInPublicAdministration,
            keyValue(c.englishLevel),
            text(c.iprExperience),
            c.consentToKeepData ? 1 : 0,
            dateValue(c.applicationDate),
            keyOf(c.stage),
            c.meta.rowVersion,
            timeText(c.meta.modifiedAt),
            c.meta.modifiedBy,
            c.searchText()};
}

void CandidateSql::bind(QSqlQuery& q, const Candidate& c)
{
    const auto values = insertedValues(c);
    for (int i = 0; i < kInsertedValues; ++i) {
        q.bindValue(QLatin1String(insertedNames().at(i)), values.at(i));
    }
}

namespace {

/// Binds `value` as Qt Sql's SQLite driver binds it, so that the file holds the same bytes
/// and types: a null (or null text) as NULL, a number as an integer, a text as UTF-16 that
/// SQLite converts to the file's UTF-8 itself. `value` must outlive the statement's step.
int bindLikeQtSql(sqlite3_stmt* statement, int index, const QVariant& value)
{
    if (value.isNull()) {
        return sqlite3_bind_null(statement, index);
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::Bool:
        return sqlite3_bind_int(statement, index, value.toInt());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::QString: {
        const auto* string = static_cast<const QString*>(value.constData());
        if (string->isNull()) {
            return sqlite3_bind_null(statement, index);
        }
        return sqlite3_bind_text16(statement, index, string->utf16(), int(string->size() * sizeof(QChar)),
                                   SQLITE_STATIC);
    }
    default: {
        const QString string = value.toString();
        return sqlite3_bind_text16(statement, index, string.utf16(), int(string.size() * sizeof(QChar)),
                                   SQLITE_TRANSIENT);
    }
    }
}

}  // namespace

CandidateSql::CheckConstraintsAsValidated::CheckConstraintsAsValidated(const QString& connectionName)
    : m_db(SqlConnection::nativeHandle(connectionName))
{
    // A flag pragma expires every prepared statement: each is prepared again, without the
    // checks, when next run, and with them again after the destructor.
    if (m_db && sqlite3_exec(m_db, "PRAGMA ignore_check_constraints = ON", nullptr, nullptr, nullptr) != SQLITE_OK) {
        m_db = nullptr;
    }
}

CandidateSql::CheckConstraintsAsValidated::~CheckConstraintsAsValidated()
{
    if (m_db) {
        sqlite3_exec(m_db, "PRAGMA ignore_check_constraints = OFF", nullptr, nullptr, nullptr);
    }
}

CandidateSql::NewRows::NewRows(const QString& connectionName)
    : m_db(SqlConnection::nativeHandle(connectionName))
{
    if (!m_db) {
        return;
    }
    const QByteArray candidate = insertStatement().toUtf8();
    static const char language[] = "INSERT INTO candidate_language (candidate_id, position, language, level) "
                                   "VALUES (?1, ?2, ?3, ?4)";
    if (sqlite3_prepare_v2(m_db, candidate.constData(), int(candidate.size()), &m_candidate, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(m_db, language, int(sizeof language - 1), &m_language, nullptr) != SQLITE_OK) {
        return;  // insert() reports the error
    }
    for (int i = 0; i < kInsertedValues; ++i) {
        m_index.at(i) = sqlite3_bind_parameter_index(m_candidate, insertedNames().at(i));
    }
}

CandidateSql::NewRows::~NewRows()
{
    sqlite3_finalize(m_candidate);
    sqlite3_finalize(m_language);
}

QSqlError CandidateSql::NewRows::lastError() const
{
    if (!m_db) {
        return QSqlError(QString(), QStringLiteral("no connection"), QSqlError::ConnectionError);
    }
    return QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
                     QString::number(sqlite3_extended_errcode(m_db)));
}

bool CandidateSql::NewRows::insertCandidate(const Candidate& c)
{
    if (!m_candidate) {
        return false;
    }
    const auto values = insertedValues(c);
    int bound = SQLITE_OK;
    for (int i = 0; i < kInsertedValues && bound == SQLITE_OK; ++i) {
        bound = bindLikeQtSql(m_candidate, m_index.at(i), values.at(i));
    }
    const int step = bound == SQLITE_OK ? sqlite3_step(m_candidate) : bound;
    sqlite3_reset(m_candidate);
    sqlite3_clear_bindings(m_candidate);
    return step == SQLITE_DONE;
}

bool CandidateSql::NewRows::insertLanguages(const Candidate& c)
{
    if (!m_language) {
        return false;
    }
    const QVariant id = idText(c.meta.id);
    for (int i = 0; i < c.otherLanguages.size(); ++i) {
        const QVariant language = c.otherLanguages.at(i).language.trimmed();
        const QVariant level = keyOf(c.otherLanguages.at(i).level);
        int bound = bindLikeQtSql(m_language, 1, id);
        bound = bound == SQLITE_OK ? bindLikeQtSql(m_language, 2, i) : bound;
        bound = bound == SQLITE_OK ? bindLikeQtSql(m_language, 3, language) : bound;
        bound = bound == SQLITE_OK ? bindLikeQtSql(m_language, 4, level) : bound;
        const int step = bound == SQLITE_OK ? sqlite3_step(m_language) : bound;
        sqlite3_reset(m_language);
        sqlite3_clear_bindings(m_language);
        if (step != SQLITE_DONE) {
            return false;
        }
    }
    return true;
}

QString CandidateSql::insertStatement()
{
    QString placeholders = kColumns;
    placeholders.replace(QStringLiteral(", "), QStringLiteral(", :"));
    return QStringLiteral("INSERT INTO candidate (") + kColumns + QStringLiteral(", search_text) VALUES (:") +
           placeholders + QStringLiteral(", :search_text)");
}
