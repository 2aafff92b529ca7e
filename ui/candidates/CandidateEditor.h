// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The candidate's application form: every field of a Candidate grouped as the WCO form
// groups them, core's validation message next to each field, Save and Revert. Every edit
// is an undo command on the window's undo stack, whose clean state is the window's
// modified mark. Saving a candidate someone else saved meanwhile shows both versions.

#include "domain/Candidate.h"

#include <QHash>
#include <QSet>
#include <QVariant>
#include <QWidget>

#include <functional>

class AppliedWorkshopBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;
class Store;

class CandidateEditor : public QWidget
{
    Q_OBJECT

public:
    CandidateEditor(QUndoStack* undoStack, QWidget* parent = nullptr);
    ~CandidateEditor() override;

    void setStore(Store* store);
    /// Shows `candidate` for editing; a null id starts a new candidate. Clears the undo stack.
    void load(const Candidate& candidate);
    void clear();
    const Candidate& working() const { return m_working; }
    bool isModified() const;
    /// Saves; on a conflict asks whose version to keep. Returns whether the file now holds
    /// the shown version.
    bool save();
    void revert();

    /// The message core's validation shows next to a field, empty when the field is fine.
    QString problemShown(const QString& field) const;

    /// Sets a field as the user would (one undo command); for the undo commands and tests.
    void applyField(const QString& key, const QVariant& value);

signals:
    void saved(const QUuid& id);

private:
    struct Binding;
    void addBinding(const QString& key, QWidget* widget, QLabel* problem, std::function<QVariant(const Candidate&)> get,
                    std::function<void(Candidate&, const QVariant&)> set, std::function<QVariant()> read,
                    std::function<void(const QVariant&)> write);
    void fieldEdited(const QString& key);
    /// Hides the rows the store's actor may not read of `candidate` (CandidateDisclosure).
    void showDisclosedRows(const Candidate& candidate);
    void showProblems();
    /// Tells the user about records that may be the same person, and offers to link them.
    void warnAboutDuplicates(const Candidate& candidate);
    void updateButtons();

    Store* m_store = nullptr;
    QUndoStack* m_undo;
    Candidate m_loaded;
    Candidate m_working;
    QList<Binding*> m_bindings;
    QHash<QString, Binding*> m_byKey;
    bool m_applying = false;
    bool m_showAllProblems = false;
    QSet<QString> m_touched;
    QTableWidget* m_languages = nullptr;
    QLabel* m_title = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    AppliedWorkshopBox* m_appliedTo = nullptr;  ///< recorded at once, not with Save
};
