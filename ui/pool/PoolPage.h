// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Pool area: every accredited advisor with their state, accreditation date, the
// commitment ledger ("5 / 12 weeks, until DATE"), whether they leave in the next six
// months and their declared unavailability (the selected advisor's periods listed, and
// declared, edited or withdrawn here); and "Find who is free" for a planned activity,
// ranked with reasons, with the excluded and why.

#include "domain/Unavailability.h"

#include <QList>
#include "widgets/FilePage.h"

class AvailabilityModel;
class PoolTableModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

class PoolPage : public FilePage
{
    Q_OBJECT

public:
    explicit PoolPage(QWidget* parent = nullptr);

    PoolTableModel* model() const { return m_model; }
    AvailabilityModel* availableModel() const { return m_available; }
    AvailabilityModel* excludedModel() const { return m_excluded; }

public slots:
    /// Runs the search for who is free with the dates, language, region and topics given.
    void findWhoIsFree();
    /// Records the unavailability entered for the selected advisor.
    void declareUnavailable();
    /// Saves the dates and reason entered into the selected period; whether it was saved.
    bool savePeriod();
    /// Withdraws the selected period after confirming; whether it was withdrawn.
    bool withdrawPeriod();

private:
    void reload() override;
    /// Lists the selected advisor's declared periods, keeping the selected one.
    void showPeriods();
    void updatePeriodButtons();
    /// After a change of the pool: everything again, the search too when one was run.
    void changed();

    PoolTableModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
    QDateEdit* m_awayFrom;
    QDateEdit* m_awayTo;
    QLineEdit* m_awayReason;
    QPushButton* m_declare;
    QTableWidget* m_periods;
    QPushButton* m_savePeriod;
    QPushButton* m_withdrawPeriod;
    QList<Unavailability> m_shownPeriods;  ///< the rows of m_periods
    bool m_searched = false;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_language;
    QComboBox* m_region;
    QLineEdit* m_topics;
    QPushButton* m_search;
    QLabel* m_searchSummary;
    AvailabilityModel* m_available;
    AvailabilityModel* m_excluded;
    QTableView* m_availableTable;
    QTableView* m_excludedTable;
};
