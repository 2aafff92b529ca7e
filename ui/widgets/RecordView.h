// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A view of one record of the open file (a workshop's board, a candidate's documents…):
// the window hands it the store when a file opens and the record when the officer picks
// one; it reads both again (reload) when either changes, and shows nothing for a null
// record. WorkshopView and CandidateView name the record in the domain's words.

#include "widgets/FileView.h"

#include <QUuid>

class RecordView : public FileView
{
    Q_OBJECT

public:
    explicit RecordView(QWidget* parent = nullptr);

protected:
    QUuid record() const { return m_record; }
    /// Shows `id` (null: nothing) and reads it.
    void setRecord(const QUuid& id);
    /// A new file forgets the record shown, then reads again.
    void storeChanged() final;
    /// The store was just set (the record is null): follow its events here.
    virtual void followStore() { }
    /// The record was just set, before it is read.
    virtual void recordChanged() { }

private:
    QUuid m_record;
};

/// A view of one workshop.
class WorkshopView : public RecordView
{
    Q_OBJECT

public:
    using RecordView::RecordView;

    /// Shows a workshop; nothing when null.
    void setWorkshop(const QUuid& workshopId) { setRecord(workshopId); }
    QUuid workshop() const { return record(); }
};

/// A view of one candidate.
class CandidateView : public RecordView
{
    Q_OBJECT

public:
    using RecordView::RecordView;

    /// Shows a candidate; nothing when null.
    void setCandidate(const QUuid& candidateId) { setRecord(candidateId); }
    QUuid candidate() const { return record(); }
};
