// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Adds or edits a workshop: title, region, venue, first day, length (four days by default)
// and capacity (at most 10), and its assessors. Refusals from core keep the dialog open.

#include <QDialog>

#include "domain/Workshop.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class Store;

class WorkshopDialog : public QDialog
{
    Q_OBJECT

public:
    /// Edits `workshop`, or adds a new one when it has no id.
    WorkshopDialog(Store* store, const Workshop& workshop, QWidget* parent = nullptr);

    /// The workshop as saved; valid once the dialog was accepted.
    const Workshop& saved() const { return m_saved; }
    void accept() override;

private:
    Store* m_store;
    Workshop m_workshop;
    Workshop m_saved;
    QLineEdit* m_title;
    QComboBox* m_region;
    QLineEdit* m_venue;
    QDateEdit* m_start;
    QSpinBox* m_days;
    QSpinBox* m_capacity;
    QPlainTextEdit* m_assessors;
};
