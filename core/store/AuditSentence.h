// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The audit trail in words a person reads: one sentence per entry ("Sara Ito recorded the
// Stage 1 screening of Ana Lopez"), the fields an entry changed with their labels and
// their values before and after (ids replaced by the names they stand for), and which
// entries are housekeeping (the editing lease, reading documents for the search, format
// upgrades) rather than changes of the records. The window's history and the CLI's `audit`
// both print these, so that they say the same.

#include "Result.h"
#include "store/AuditEntry.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class Store;

/// The names the ids of a trail stand for: candidates, workshops, people (also by their
/// account, for the actors), criteria (by key) and documents.
class AuditNames
{
    Q_DECLARE_TR_FUNCTIONS(AuditNames)

public:
    /// The names as the file holds them now, completed from the trail itself for records
    /// removed since (a document taken off, a workshop's former title).
    static Result<AuditNames> read(const Store& store, const QList<AuditEntry>& trail);

    /// The name of the record `id` stands for; empty when unknown.
    QString nameOf(const QString& id) const;
    /// The candidate's name; "a candidate no longer in the file" when unknown or erased.
    QString candidate(const QString& id) const;
    /// The workshop's title; "a workshop no longer in the file" when unknown.
    QString workshop(const QString& id) const;
    /// The person's name, from their id or their account; the text itself when unknown.
    QString person(const QString& idOrAccount) const;
    /// "Sara Ito" for "sito@desk-3"; the account when nobody of the file has it.
    QString actor(const QString& actorLabel) const;
    /// The criterion's name for its key; the key when unknown.
    QString criterion(const QString& key) const;

    void addRecord(const QString& id, const QString& name);
    void addAccount(const QString& account, const QString& name);
    void addCriterion(const QString& key, const QString& name);

private:
    QHash<QString, QString> m_records;  ///< id (lower case, no braces) → name
    QHash<QString, QString> m_accounts;  ///< account (lower case) → name
    QHash<QString, QString> m_criteria;  ///< key → name
};

/// One field an entry changed, in words.
struct AuditFieldChange {
    QString field;  ///< as the record spells it, e.g. "family_name"
    QString label;  ///< "Family name"
    QString before;  ///< empty when the record had none
    QString after;
};

class AuditSentence
{
    Q_DECLARE_TR_FUNCTIONS(AuditSentence)

public:
    /// What happened, as a sentence that starts with who did it.
    static QString of(const AuditEntry& entry, const AuditNames& names);
    /// Whether `action` has a sentence of its own (not the general one for unknown codes).
    static bool knows(const QString& action);
    /// The action codes the store writes today and wrote in files of earlier versions.
    static QStringList knownActions();
    /// Not a change of the records: the editing lease, heartbeats, backups, the search's
    /// reading of documents, format upgrades.
    static bool isHousekeeping(const QString& action);
    /// The fields the entry changed (all the record's fields when it was created or
    /// removed), without the bookkeeping ones (row version, modified at/by).
    static QList<AuditFieldChange> fieldChanges(const AuditEntry& entry, const AuditNames& names);
    /// "Family name" for "family_name".
    static QString fieldLabel(const QString& field);
};
