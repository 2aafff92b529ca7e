// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/internal/DocumentBytes.h"

#include "store/internal/SqlError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// Gives the free functions of this file a translation context that lupdate sees.
struct DocumentBytesText {
    Q_DECLARE_TR_FUNCTIONS(DocumentBytesText)
};

constexpr int kCorrupt = 11;
constexpr int kNotADb = 26;

Error damaged(const QString& shownName)
{
    return {ErrorCode::Damaged,
            DocumentBytesText::tr("The document \"%1\" is damaged in the file: its bytes no longer match the ones it "
                                  "was stored with, so they were not used. Nothing was changed; restore the latest "
                                  "backup, or attach the document again.")
                .arg(shownName)};
}

}  // namespace

Result<QByteArray> DocumentBytes::read(const QString& connection, const QString& sha256, const QString& shownName)
{
    using R = Result<QByteArray>;
    QSqlQuery q(QSqlDatabase::database(connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT content FROM document WHERE sha256 = :sha256"));
    q.bindValue(QStringLiteral(":sha256"), sha256);
    if (!q.exec() || !q.next()) {
        const int code = sqliteCode(q.lastError());
        if (code == kCorrupt || code == kNotADb) {
            return R(damaged(shownName));
        }
        if (q.lastError().isValid()) {
            return R(
                sqlError(q.lastError(), DocumentBytesText::tr("Could not read the document \"%1\".").arg(shownName)));
        }
        return R::failure(ErrorCode::NotFound,
                          DocumentBytesText::tr("The document \"%1\" is no longer in the file.").arg(shownName));
    }
    const QByteArray bytes = q.value(u"content"_s).toByteArray();
    if (QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) != sha256.toLower()) {
        return R(damaged(shownName));
    }
    return bytes;
}

Result<QStringList> DocumentBytes::problems(const QString& connection, const std::atomic_bool* stop)
{
    // The sentences keep the translation context of Store::check, where they were written.
    using R = Result<QStringList>;
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    QStringList problems;
    QStringList damaged;
    {
        // One document at a time: a file may hold thousands of CVs.
        QSqlQuery keys(db);
        keys.setForwardOnly(true);
        QStringList all;
        bool listed = keys.exec(QStringLiteral("SELECT sha256 FROM document"));
        while (listed && keys.next()) {
            all.append(keys.value(u"sha256"_s).toString());
        }
        listed = listed && !keys.lastError().isValid();
        if (!listed && sqlError(keys.lastError(), QString()).code != ErrorCode::Damaged) {
            return R(sqlError(keys.lastError(),
                              QCoreApplication::translate("Store", "The documents could not be checked.")));
        }
        if (!listed) {
            // An open does not check the documents' table (docs/performance.md): say here
            // what it means, beside the integrity check's own words.
            problems.append(QCoreApplication::translate(
                                "Store",
                                "The table of the documents' contents is damaged (%1): some documents can no longer "
                                "be read. Restore the latest backup.")
                                .arg(keys.lastError().databaseText()));
        }
        keys.finish();
        // A page of the documents' table that cannot be read makes its document damaged,
        // named below, not the check failed: the rest of the report still matters.
        for (const QString& sha256 : all) {
            if (stop && stop->load()) {
                break;
            }
            const auto bytes = DocumentBytes::read(connection, sha256, sha256.left(12));
            if (!bytes.ok() && bytes.code() == ErrorCode::Damaged) {
                damaged.append(sha256);
            } else if (!bytes.ok()) {
                return R(bytes.error());
            }
        }
    }
    QSqlQuery owners(db);
    owners.prepare(QStringLiteral("SELECT a.file_name, c.family_name, c.given_names FROM attachment a "
                                  "JOIN candidate c ON c.id = a.candidate_id WHERE a.sha256 = :sha256 "
                                  "ORDER BY c.family_name, a.file_name"));
    for (const QString& sha256 : damaged) {
        owners.bindValue(QStringLiteral(":sha256"), sha256);
        if (!owners.exec()) {
            return R(sqlError(owners.lastError(),
                              QCoreApplication::translate("Store", "The documents could not be checked.")));
        }
        QStringList attachments;
        while (owners.next()) {
            attachments.append(QCoreApplication::translate("Store", "\"%1\" of %2, %3")
                                   .arg(owners.value(u"file_name"_s).toString(),
                                        owners.value(u"family_name"_s).toString(),
                                        owners.value(u"given_names"_s).toString()));
        }
        problems.append(
            attachments.isEmpty()
                ? QCoreApplication::translate(
                      "Store", "A document (%1) no longer has the bytes it was stored with: its content was "
                               "changed or damaged. Restore the latest backup.")
                      .arg(sha256.left(12))
                : QCoreApplication::translate(
                      "Store", "The document %1 no longer has the bytes it was stored with: its content was "
                               "changed or damaged. Restore the latest backup, or attach the document again.")
                      .arg(attachments.join(QStringLiteral("; "))));
    }
    return problems;
}
