#pragma once
// The Pool area: every accredited advisor with their state, accreditation date, the
// commitment ledger ("5 / 12 weeks, until DATE"), whether they leave in the next six
// months and their declared unavailability (recorded here); and "Find who is free" for a
// planned activity, ranked with reasons, with the excluded and why.

#include <QWidget>

class AvailabilityModel;
class PoolTableModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class Store;

class PoolPage : public QWidget
{
    Q_OBJECT

public:
    explicit PoolPage(QWidget* parent = nullptr);

    void setStore(Store* store);
    PoolTableModel* model() const { return m_model; }
    AvailabilityModel* availableModel() const { return m_available; }
    AvailabilityModel* excludedModel() const { return m_excluded; }

public slots:
    /// Runs the search for who is free with the dates, language, region and topics given.
    void findWhoIsFree();
    /// Records the unavailability entered for the selected advisor.
    void declareUnavailable();

signals:
    void poolChanged();

private:
    void reload();

    Store* m_store = nullptr;
    PoolTableModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
    QDateEdit* m_awayFrom;
    QDateEdit* m_awayTo;
    QLineEdit* m_awayReason;
    QPushButton* m_declare;
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
