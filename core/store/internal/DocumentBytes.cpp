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
