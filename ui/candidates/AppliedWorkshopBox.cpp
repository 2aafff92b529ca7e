// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidates/AppliedWorkshopBox.h"

#include "domain/Workshop.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "widgets/MessageBox.h"

#include <QSignalBlocker>

AppliedWorkshopBox::AppliedWorkshopBox(QWidget* parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("appliedWorkshop"));
    setAccessibleName(tr("Workshop applied to"));
    setToolTip(tr("The workshop (the call) the candidate applies to. Recorded at once; the seat comes with the "
                  "selection."));
    connect(this, &QComboBox::activated, this, &AppliedWorkshopBox::choose);
}

void AppliedWorkshopBox::showFor(Store* store, const QUuid& candidateId)
{
    m_store = store;
    m_candidate = candidateId;
    const QSignalBlocker quiet(this);
    clear();
    addItem(tr("None"), QString());
    m_shown = QUuid();
    if (m_store) {
        const auto workshops = m_store->workshops().all();
        for (const Workshop& w : workshops.ok() ? workshops.value() : QList<Workshop>()) {
            addItem(w.title, w.meta.id.toString());
        }
        if (!candidateId.isNull()) {
            const auto applied = m_store->workshops().applicationOf(candidateId);
            m_shown = applied.ok() ? applied.value() : QUuid();
        }
    }
    setCurrentIndex(std::max(0, findData(m_shown.isNull() ? QString() : m_shown.toString())));
    setEnabled(m_store && !m_store->isReadOnly() && !candidateId.isNull());
}

void AppliedWorkshopBox::choose(int index)
{
    const QUuid chosen = QUuid::fromString(itemData(index).toString());
    if (!m_store || m_candidate.isNull() || chosen == m_shown) {
        return;
    }
    const Status done = m_store->workshops().apply(m_candidate, chosen);
    if (!done.ok()) {
        MessageBox::critical(this, tr("Application not changed"), done.message());
        showFor(m_store, m_candidate);
        return;
    }
    m_shown = chosen;
    emit applied(m_candidate, chosen);
}
