// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshops/WorkshopDialog.h"

#include "Clock.h"
#include "widgets/MessageBox.h"
#include "store/Store.h"
#include "store/Workshops.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

WorkshopDialog::WorkshopDialog(Store* store, const Workshop& workshop, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_workshop(workshop)
{
    setObjectName(QStringLiteral("workshopDialog"));
    setWindowTitle(workshop.meta.isNew() ? tr("New Workshop") : tr("Edit Workshop"));
    m_title = new QLineEdit(workshop.title, this);
    m_title->setObjectName(QStringLiteral("workshopTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("workshopRegion"));
    m_region->setAccessibleName(tr("Region"));
    m_region->addItem(tr("No particular region"), QString());
    for (Region region : allOf<Region>()) {
        m_region->addItem(labelOf(region), keyOf(region));
    }
    if (workshop.region) {
        m_region->setCurrentIndex(m_region->findData(keyOf(*workshop.region)));
    }
    m_venue = new QLineEdit(workshop.venue, this);
    m_venue->setObjectName(QStringLiteral("workshopVenue"));
    m_venue->setAccessibleName(tr("Venue"));
    m_start = new QDateEdit(workshop.startDate.isValid() ? workshop.startDate : Clock::today().addMonths(3), this);
    m_start->setObjectName(QStringLiteral("workshopStart"));
    m_start->setAccessibleName(tr("First day"));
    m_start->setCalendarPopup(true);
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("workshopDays"));
    m_days->setAccessibleName(tr("Days"));
    m_days->setRange(1, 14);
    m_days->setValue(workshop.days);
    m_capacity = new QSpinBox(this);
    m_capacity->setObjectName(QStringLiteral("workshopCapacity"));
    m_capacity->setAccessibleName(tr("Seats"));
    m_capacity->setRange(1, Workshop::kMaxCapacity);
    m_capacity->setValue(workshop.capacity);
    m_capacity->setToolTip(tr("The call allows at most %1 participants a workshop.").arg(Workshop::kMaxCapacity));
    m_assessors = new QPlainTextEdit(workshop.assessors.join(QLatin1Char('\n')), this);
    m_assessors->setObjectName(QStringLiteral("workshopAssessors"));
    m_assessors->setAccessibleName(tr("Assessors, one a line"));
    m_assessors->setTabChangesFocus(true);
    m_assessors->setFixedHeight(m_assessors->fontMetrics().lineSpacing() * 4 + 12);

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Venue:"), m_venue);
    form->addRow(tr("&First day:"), m_start);
    form->addRow(tr("&Days:"), m_days);
    form->addRow(tr("&Seats:"), m_capacity);
    form->addRow(tr("&Assessors (one a line):"), m_assessors);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("workshopSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkshopDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WorkshopDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void WorkshopDialog::accept()
{
    Workshop w = m_workshop;
    w.title = m_title->text().trimmed();
    w.region = fromKey<Region>(m_region->currentData().toString());
    w.venue = m_venue->text().trimmed();
    w.startDate = m_start->date();
    w.days = m_days->value();
    w.capacity = m_capacity->value();
    w.assessors.clear();
    for (const QString& line : m_assessors->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            w.assessors.append(line.trimmed());
        }
    }
    const auto saved = m_store->workshops().save(w);
    if (!saved.ok()) {
        MessageBox::critical(this, tr("Workshop not saved"), saved.message());
        return;
    }
    m_saved = saved.value();
    QDialog::accept();
}
