// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The workshop a candidate applies to, in the candidate editor: a choice among the file's
// workshops (or none) recorded at once through Workshops::apply, like "Hand Seat Back",
// not with the form's Save, because the application is not a field of the candidate's
// record: it follows the seat, and the store refuses a change while a seat is held
// elsewhere. A refusal is shown and the box goes back to what the file holds.

#include <QComboBox>
#include <QUuid>

class Store;

class AppliedWorkshopBox : public QComboBox
{
    Q_OBJECT

public:
    explicit AppliedWorkshopBox(QWidget* parent = nullptr);

    /// Shows the workshops of `store` and the one `candidateId` applied to; disabled for a
    /// candidate not yet saved and in a read-only session.
    void showFor(Store* store, const QUuid& candidateId);

signals:
    /// The file now records `workshopId` (null: none) as the candidate's application.
    void applied(const QUuid& candidateId, const QUuid& workshopId);

private:
    void choose(int index);

    Store* m_store = nullptr;
    QUuid m_candidate;
    QUuid m_shown;
};
