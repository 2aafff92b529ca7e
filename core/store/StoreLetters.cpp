// SPDX-License-Identifier: GPL-3.0-or-later
// Store's result-letter texts: the officer's edits, kept in the file, over the texts built
// into the application.
#include "FreeText.h"
#include "Store.h"
#include "StoreChange.h"

#include "LetterTemplate.h"
#include "StoreWriteSql.h"

#include <QJsonObject>

using namespace StoreSql;

namespace {

const QString kColumns = QStringLiteral("id, decision, language, subject, body, row_version, modified_at, modified_by");

LetterTemplate readTemplate(const QSqlQuery& q)
{
    LetterTemplate t;
    t.meta = readMeta(q, 0, 5);
    t.decision = toKey<Stage>(q.value(1), Stage::Selected);
    t.language = q.value(2).toString();
    t.subject = q.value(3).toString();
    t.body = q.value(4).toString();
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

}  // namespace

Result<QList<LetterTemplate>> Store::letterTemplates() const
{
    return readAll<LetterTemplate>(connection(),
                                   QStringLiteral("SELECT ") + kColumns +
                                       QStringLiteral(" FROM letter_template ORDER BY decision, language"),
                                   {}, readTemplate, tr("Could not read the letters' texts."));
}

Result<LetterTemplate> Store::letterTemplate(Stage decision, const QString& language) const
{
    const auto stored = readAll<LetterTemplate>(
        connection(),
        QStringLiteral("SELECT ") + kColumns +
            QStringLiteral(" FROM letter_template WHERE decision = :decision AND language = :language"),
        {{QStringLiteral(":decision"), keyOf(decision)}, {QStringLiteral(":language"), language}}, readTemplate,
        tr("Could not read the letter's text."));
    if (!stored.ok()) {
        return Result<LetterTemplate>(stored.error());
    }
    return stored.value().isEmpty() ? LetterTemplate::builtIn(decision, language) : stored.value().constFirst();
}

Result<LetterTemplate> Store::saveLetterTemplate(const LetterTemplate& typed)
{
    LetterTemplate edited = typed;
    FreeText::tidy(edited);
    if (auto valid = edited.validate().toStatus(); !valid.ok()) {
        return Result<LetterTemplate>(valid.error());
    }
    LetterTemplate saved = edited;
    const Status status = write([&](Change& change) -> Status {
        const auto current = readAll<LetterTemplate>(
            connection(),
            QStringLiteral("SELECT ") + kColumns +
                QStringLiteral(" FROM letter_template WHERE decision = :decision AND language = :language"),
            {{QStringLiteral(":decision"), keyOf(saved.decision)}, {QStringLiteral(":language"), saved.language}},
            readTemplate, tr("Could not read the letter's text."));
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
        stamp(saved.meta, m_actor);
        QSqlQuery q(QSqlDatabase::database(connection(), false));
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

Status Store::resetLetterTemplate(Stage decision, const QString& language)
{
    return write([&](Change& change) -> Status {
        const auto current = readAll<LetterTemplate>(
            connection(),
            QStringLiteral("SELECT ") + kColumns +
                QStringLiteral(" FROM letter_template WHERE decision = :decision AND language = :language"),
            {{QStringLiteral(":decision"), keyOf(decision)}, {QStringLiteral(":language"), language}}, readTemplate,
            tr("Could not read the letter's text."));
        if (!current.ok()) {
            return Status(current.error());
        }
        if (current.value().isEmpty()) {
            change.nothingChanged = true;  // already the built-in text
            return Status::success();
        }
        const LetterTemplate& old = current.value().constFirst();
        QSqlQuery q(QSqlDatabase::database(connection(), false));
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
