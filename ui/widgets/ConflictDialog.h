// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shown when a save finds that someone else saved the same record since it was read:
// both versions side by side, field by field, with who saved theirs and when, and the
// user's choice. Nothing is ever overwritten without that choice.

#include <QDateTime>
#include <QDialog>
#include <QJsonObject>

class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { KeepMine, TakeTheirs, Cancel };

    ConflictDialog(const QString& recordName, const QJsonObject& mine, const QJsonObject& theirs,
                   const QString& theirAuthor, const QDateTime& theirTime, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    /// The fields that differ, by key, for tests and screen readers.
    QStringList differingFields() const { return m_differing; }

    /// Shows the dialog and returns the user's choice; a choice set with setNextChoice()
    /// is returned at once instead (tests only).
    static Choice ask(const QString& recordName, const QJsonObject& mine, const QJsonObject& theirs,
                      const QString& theirAuthor, const QDateTime& theirTime, QWidget* parent);
    static void setNextChoice(Choice choice);

private:
    Choice m_choice = Choice::Cancel;
    QStringList m_differing;
};
