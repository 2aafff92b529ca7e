// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Letters.h"

#include "domain/FreeText.h"
#include "domain/LetterTemplate.h"
#include "store/Store.h"
#include "store/internal/StoreChange.h"
#include "store/internal/StoreWriteSql.h"

#include <QJsonObject>

using namespace StoreSql;
using namespace Qt::StringLiterals;

namespace {

const QString kColumns = QStringLiteral("id, decision, language, subject, body, row_version, modified_at, modified_by");

LetterTemplate readTemplate(const QSqlQuery& q)
{
    LetterTemplate t;
    t.meta = readMeta(q);
    t.decision = toKey<Stage>(q.value(u"decision"_s), Stage::Selected);
    t.language = q.value(u"language"_s).toString();
    t.subject = q.value(u"subject"_s).toString();
    t.body = q.value(u"body"_s).toString();
    return t;
}

QJsonObject templateJson(const LetterTemplate& t)
{
    return {{QStringLiteral("decision"), keyOf(t.decision)},
            {QStringLiteral("language"), t.language},
            {QStringLiteral("subject"), t.subject},
            {QStringLiteral("body"), t.body},
            {QStringLiteral("row_version"), t.meta.rowVersion}};
}

/// The edited text of the letter for `decision` in `language`, if any, read on `connection`.
Result<QList<LetterTemplate>> storedTemplate(const QString& connection, Stage decision, const QString& language)
{
    return readAll<LetterTemplate>(
        connection,
        QStringLiteral("SELECT ") + kColumns +
            QStringLiteral(" FROM letter_template WHERE decision = :decision AND language = :language"),
        {{QStringLiteral(":decision"), keyOf(decision)}, {QStringLiteral(":language"), language}}, readTemplate,
        Letters::tr("Could not read the letter's text."));
}

}  // namespace

Letters::Letters(Store& store)
    : m_store(store)
{
}

Result<QList<LetterTemplate>> Letters::templates() const
{
    return readAll<LetterTemplate>(m_store.connection(),
                                   QStringLiteral("SELECT ") + kColumns +
                                       QStringLiteral(" FROM letter_template ORDER BY decision, language"),
                                   {}, readTemplate, tr("Could not read the letters' texts."));
}

Result<LetterTemplate> Letters::templateFor(Stage decision, const QString& language) const
{
    const auto stored = storedTemplate(m_store.connection(), decision, language);
    if (!stored.ok()) {
        return Result<LetterTemplate>(stored.error());
    }
    return stored.value().isEmpty() ? LetterTemplate::builtIn(decision, language) : stored.value().constFirst();
}

Result<LetterTemplate> Letters::save(const LetterTemplate& typed)
{
    LetterTemplate edited = typed;
    FreeText::tidy(edited);
    if (auto valid = edited.validate().toStatus(); !valid.ok()) {
        return Result<LetterTemplate>(valid.error());
    }
    LetterTemplate saved = edited;
    const Status status = m_store.write([&](Store::Change& change) -> Status {
        const auto current = storedTemplate(m_store.connection(), saved.decision, saved.language);
        if (!current.ok()) {
            return Status(current.error());
        }
        const bool isNew = saved.meta.isNew();
        if (isNew && !current.value().isEmpty()) {
            // Edited from the built-in text while someone saved their own edit.
            return Status::failure(ErrorCode::Conflict,
                                   tr("Someone else saved this letter's text after you opened it. Your changes "
                                      "were not saved; reload and make them again."));
        }
        if (!isNew && !current.value().isEmpty()) {
            change.before = templateJson(current.value().constFirst());
        }
        stamp(saved.meta, m_store.actor());
        QSqlQuery q(QSqlDatabase::database(m_store.connection(), false));
        q.prepare(isNew ? QStringLiteral("INSERT INTO letter_template (") + kColumns +
                              QStringLiteral(") VALUES (:id, :decision, :language, :subject, :body, :row_version, "
                                             ":modified_at, :modified_by)")
                        : QStringLiteral("UPDATE letter_template SET subject = :subject, body = :body, "
                                         "row_version = :row_version, modified_at = :modified_at, "
                                         "modified_by = :modified_by "
                                         "WHERE id = :id AND row_version = :read_version AND decision = :decision "
                                         "AND language = :language"));
        bindMeta(q, saved.meta, !isNew);
        q.bindValue(QStringLiteral(":decision"), keyOf(saved.decision));
        q.bindValue(QStringLiteral(":language"), saved.language);
        q.bindValue(QStringLiteral(":subject"), saved.subject);
        q.bindValue(QStringLiteral(":body"), saved.body);
        if (auto done = execSave(q, isNew, tr("the letter \"%1\"").arg(labelOf(saved.decision))); !done.ok()) {
            return done;
        }
        change.action = isNew ? QStringLiteral("letter_template.create") : QStringLiteral("letter_template.update");
        change.entity = QStringLiteral("letter_template");
        change.entityId = idText(saved.meta.id);
        change.after = templateJson(saved);
        return Status::success();
    });
    if (!status.ok()) {
        return Result<LetterTemplate>(status.error());
    }
    return saved;
}

Status Letters::reset(Stage decision, const QString& language)
{
    return m_store.write([&](Store::Change& change) -> Status {
        const auto current = storedTemplate(m_store.connection(), decision, language);
        if (!current.ok()) {
            return Status(current.error());
        }
        if (current.value().isEmpty()) {
            change.nothingChanged = true;  // already the built-in text
            return Status::success();
        }
        const LetterTemplate& old = current.value().constFirst();
        QSqlQuery q(QSqlDatabase::database(m_store.connection(), false));
        q.prepare(QStringLiteral("DELETE FROM letter_template WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), idText(old.meta.id));
        if (!q.exec()) {
            return sqlFailure(q.lastError(), tr("Could not restore the letter's built-in text."));
        }
        change.action = QStringLiteral("letter_template.reset");
        change.entity = QStringLiteral("letter_template");
        change.entityId = idText(old.meta.id);
        change.before = templateJson(old);
        return Status::success();
    });
}
