// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshops/WorkshopsPage.h"

#include "assessment/AssignmentView.h"
#include "Clock.h"

#include "domain/Candidate.h"
#include "widgets/MessageBox.h"
#include "domain/Pipeline.h"
#include "workshops/PipelineBoard.h"
#include "print/PrintMenus.h"
#include "widgets/ReadOnlyTable.h"
#include "print/ResultLettersDialog.h"
#include "assessment/SelectionView.h"
#include "assessment/RoundSummaryView.h"
#include "assessment/ScoresGridView.h"
#include "assessment/WorkshopResultsView.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/Decisions.h"
#include "store/Candidates.h"
#include "domain/Workshop.h"
#include "workshops/WorkshopCriteriaView.h"
#include "workshops/WorkshopDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QTableWidgetItem* cell(const QString& text, const QUuid& id = {})
{
    auto* item = new QTableWidgetItem(text);
    if (!id.isNull()) {
        item->setData(Qt::UserRole, id);
    }
    return item;
}

}  // namespace

WorkshopsPage::WorkshopsPage(QWidget* parent)
    : FilePage(parent)
{
    setObjectName(QStringLiteral("workshopsArea"));
    m_workshop = new QComboBox(this);
    m_workshop->setObjectName(QStringLiteral("workshopChooser"));
    m_workshop->setAccessibleName(tr("Workshop shown"));
    m_workshop->setProperty("areaSearch", true);  // where Edit > Find (Ctrl+F) goes
    m_workshop->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_workshop->setMinimumContentsLength(24);  // longer titles elide: the row fits 1024 px
    auto* chooserLabel = new QLabel(tr("&Workshop:"), this);
    chooserLabel->setBuddy(m_workshop);
    m_seats = new QLabel(this);
    m_seats->setObjectName(QStringLiteral("workshopSeats"));
    m_seats->setAccessibleName(tr("Seats taken"));
    m_seats->setWordWrap(true);  // the dates go below rather than widening the window
    m_new = new QPushButton(tr("&New Workshop…"), this);
    m_new->setObjectName(QStringLiteral("newWorkshop"));
    m_edit = new QPushButton(tr("&Edit Workshop…"), this);
    m_edit->setObjectName(QStringLiteral("editWorkshop"));
    connect(m_new, &QPushButton::clicked, this, &WorkshopsPage::newWorkshop);
    connect(m_edit, &QPushButton::clicked, this, &WorkshopsPage::editWorkshop);
    connect(m_workshop, &QComboBox::currentIndexChanged, this, &WorkshopsPage::showWorkshop);
    m_print = new QToolButton(this);
    m_print->setObjectName(QStringLiteral("printWorkshop"));
    m_print->setText(tr("&Print"));
    m_print->setAccessibleName(tr("Print the workshop's sheets, participant list or letters"));
    m_print->setPopupMode(QToolButton::InstantPopup);
    m_print->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_print->setMenu(PrintMenus::workshopMenu(
        this, [this]() { return store(); }, [this]() { return currentWorkshop(); }, [this]() { showLetters(); }));
    auto* top = new QHBoxLayout;
    top->addWidget(chooserLabel);
    top->addWidget(m_workshop, 1);  // wider titles on a wide screen
    top->addWidget(m_seats, 1);
    top->addWidget(m_new);
    top->addWidget(m_edit);
    top->addWidget(m_print);

    m_board = new PipelineBoard(this);
    connect(m_board, &PipelineBoard::decided, this, [this]() { showWorkshop(); });

    // Participants: who holds a seat, and enrolling someone else.
    auto* participants = new QWidget(this);
    m_participants = readOnlyTable(participants, QStringLiteral("participantsTable"), tr("Participants"),
                                   {tr("Name"), tr("Administration"), tr("Region"), tr("Stage")});
    m_candidateToEnrol = new QComboBox(participants);
    m_candidateToEnrol->setObjectName(QStringLiteral("candidateToEnrol"));
    m_candidateToEnrol->setAccessibleName(tr("Candidate to enrol"));
    m_candidateToEnrol->setEditable(true);
    // A screen reader meets the typing field as a control of its own: it carries the name too.
    m_candidateToEnrol->lineEdit()->setAccessibleName(tr("Candidate to enrol"));
    m_candidateToEnrol->setInsertPolicy(QComboBox::NoInsert);
    m_candidateToEnrol->completer()->setFilterMode(Qt::MatchContains);
    m_candidateToEnrol->completer()->setCompletionMode(QCompleter::PopupCompletion);
    // As wide as the row allows, never as wide as the longest name (the window would grow).
    m_candidateToEnrol->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_candidateToEnrol->setMinimumContentsLength(20);
    auto* enrolLabel = new QLabel(tr("E&nrol:"), participants);
    enrolLabel->setBuddy(m_candidateToEnrol);
    m_enrol = new QPushButton(tr("Give a &Seat"), participants);
    m_enrol->setObjectName(QStringLiteral("enrolCandidate"));
    m_handBack = new QPushButton(tr("&Hand Seat Back"), participants);
    m_handBack->setObjectName(QStringLiteral("handSeatBack"));
    m_handBack->setToolTip(tr("For an applicant only; a selected candidate leaves by a decision, with its reason."));
    connect(m_enrol, &QPushButton::clicked, this, &WorkshopsPage::enrolChosen);
    connect(m_handBack, &QPushButton::clicked, this, &WorkshopsPage::handSeatBack);
    connect(m_participants, &QTableWidget::itemSelectionChanged, this, &WorkshopsPage::updateButtons);
    auto* enrolRow = new QHBoxLayout;
    enrolRow->addWidget(enrolLabel);
    enrolRow->addWidget(m_candidateToEnrol, 1);
    enrolRow->addWidget(m_enrol);
    enrolRow->addWidget(m_handBack);
    auto* participantsLayout = new QVBoxLayout(participants);
    participantsLayout->addWidget(m_participants, 1);
    participantsLayout->addLayout(enrolRow);

    // Who still has to be told, and telling them.
    auto* informing = new QWidget(this);
    m_toInform = readOnlyTable(informing, QStringLiteral("toInformTable"), tr("Candidates to inform"),
                               {tr("Candidate"), tr("Decision"), tr("Step"), tr("Decided")});
    m_informedOn = new QDateEdit(Clock::today(), informing);
    m_informedOn->setObjectName(QStringLiteral("informedOn"));
    m_informedOn->setAccessibleName(tr("Informed on"));
    m_informedOn->setCalendarPopup(true);
    m_channel = new QComboBox(informing);
    m_channel->setObjectName(QStringLiteral("informedBy"));
    m_channel->setAccessibleName(tr("Informed by"));
    for (InformChannel channel : allOf<InformChannel>()) {
        m_channel->addItem(labelOf(channel), keyOf(channel));
    }
    m_informed = new QPushButton(tr("Record as &Informed"), informing);
    m_informed->setObjectName(QStringLiteral("recordInformed"));
    connect(m_informed, &QPushButton::clicked, this, &WorkshopsPage::recordInformed);
    connect(m_toInform, &QTableWidget::itemSelectionChanged, this, &WorkshopsPage::updateButtons);
    auto* informRow = new QHBoxLayout;
    auto* onLabel = new QLabel(tr("Told &on:"), informing);
    onLabel->setBuddy(m_informedOn);
    auto* byLabel = new QLabel(tr("&By:"), informing);
    byLabel->setBuddy(m_channel);
    informRow->addWidget(onLabel);
    informRow->addWidget(m_informedOn);
    informRow->addWidget(byLabel);
    informRow->addWidget(m_channel);
    informRow->addStretch();
    informRow->addWidget(m_informed);
    // An empty list would say nothing: this says where its rows come from, and leads there.
    m_nobodyToInform = new QWidget(informing);
    m_nobodyToInform->setObjectName(QStringLiteral("nobodyToInform"));
    auto* nobodyText = new QLabel(tr("Nobody of this workshop is waiting to hear from you. Each decision recorded "
                                     "on the board (selected, waitlisted, passed…) is listed here until you record "
                                     "how the candidate was told."),
                                  m_nobodyToInform);
    nobodyText->setWordWrap(true);
    nobodyText->setAlignment(Qt::AlignCenter);
    auto* toBoard = new QPushButton(tr("Show the Board"), m_nobodyToInform);
    toBoard->setObjectName(QStringLiteral("showBoardFromToInform"));
    connect(toBoard, &QPushButton::clicked, this, [this]() { m_tabs->setCurrentWidget(m_board); });
    auto* nobodyLayout = new QVBoxLayout(m_nobodyToInform);
    nobodyLayout->addStretch();
    nobodyLayout->addWidget(nobodyText);
    nobodyLayout->addWidget(toBoard, 0, Qt::AlignHCenter);
    nobodyLayout->addStretch();
    m_nobodyToInform->hide();
    auto* informLayout = new QVBoxLayout(informing);
    informLayout->addWidget(m_toInform, 1);
    informLayout->addWidget(m_nobodyToInform, 1);
    informLayout->addLayout(informRow);

    // The steps of the workshop's round.
    auto* steps = new QWidget(this);
    auto* grid = new QGridLayout(steps);
    const QList<PipelineStep> allSteps = allOf<PipelineStep>();
    for (int i = 0; i < allSteps.size(); ++i) {
        const QString key = keyOf(allSteps.at(i));
        auto* name = new QLabel(QStringLiteral("<b>%1</b>").arg(labelOf(allSteps.at(i)).toHtmlEscaped()), steps);
        auto* state = new QLabel(steps);
        state->setObjectName(QStringLiteral("stepState_") + key);
        state->setWordWrap(true);
        auto* reason = new QLineEdit(steps);
        reason->setObjectName(QStringLiteral("stepReason_") + key);
        reason->setAccessibleName(tr("Reason for %1").arg(labelOf(allSteps.at(i))));
        reason->setPlaceholderText(tr("Why, when closing with candidates still to be told, or when reopening"));
        auto* button = new QPushButton(steps);
        button->setObjectName(QStringLiteral("stepButton_") + key);
        connect(button, &QPushButton::clicked, this, [this, i]() { closeOrReopenStep(i); });
        grid->addWidget(name, i * 2, 0);
        grid->addWidget(state, i * 2, 1, 1, 2);
        grid->addWidget(reason, i * 2 + 1, 1);
        grid->addWidget(button, i * 2 + 1, 2);
        m_stepStates.append(state);
        m_stepReasons.append(reason);
        m_stepButtons.append(button);
    }
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(int(allSteps.size()) * 2, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("workshopTabs"));
    m_tabs->setAccessibleName(tr("Views of the workshop"));
    m_tabs->addTab(m_board, tr("&Board"));
    m_tabs->addTab(participants, tr("&Participants"));
    m_tabs->addTab(informing, tr("To &Inform"));
    m_tabs->addTab(steps, tr("S&teps"));
    m_assignments = new AssignmentView(this);
    m_tabs->addTab(m_assignments, tr("Re&viewers"));
    m_selection = new SelectionView(this);
    connect(m_selection, &SelectionView::changed, this, [this]() { showWorkshop(); });
    m_tabs->addTab(m_selection, tr("Se&lection"));
    m_criteria = new WorkshopCriteriaView(this);
    m_tabs->addTab(m_criteria, tr("&Criteria"));
    m_results = new WorkshopResultsView(this);
    m_tabs->addTab(m_results, tr("&Results"));
    m_summary = new RoundSummaryView(this);
    m_tabs->addTab(m_summary, tr("Su&mmary"));
    m_scoresGrid = new ScoresGridView(this);
    m_tabs->addTab(m_scoresGrid, tr("Scores &Grid"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    reload();
}

void WorkshopsPage::reload()
{
    if (m_loadedStore != store()) {  // another file: the views below show its records
        m_loadedStore = store();
        m_board->setStore(store());
        m_assignments->setStore(store());
        m_selection->setStore(store());
        m_criteria->setStore(store());
        m_scoresGrid->setStore(store());
        m_results->setStore(store());
        m_summary->setStore(store());
    }
    reloadWorkshopList();
    showWorkshop();
}

void WorkshopsPage::reloadWorkshopList()
{
    const QUuid current = currentWorkshop();
    const QSignalBlocker blocker(m_workshop);
    m_workshop->clear();
    m_workshop->addItem(tr("All workshops and applicants"), QString());
    if (store()) {
        const QLocale locale;
        const auto seats = store()->workshops().seats();
        for (const WorkshopSeats& w : seats.ok() ? seats.value() : QList<WorkshopSeats>()) {
            m_workshop->addItem(tr("%1 — %2 (%3 / %4)")
                                    .arg(w.title, locale.toString(w.startDate, QLocale::ShortFormat))
                                    .arg(w.taken)
                                    .arg(w.capacity),
                                w.id.toString(QUuid::WithoutBraces));
        }
    }
    const int index = m_workshop->findData(current.toString(QUuid::WithoutBraces));
    m_workshop->setCurrentIndex(current.isNull() || index < 0 ? 0 : index);
}

void WorkshopsPage::selectWorkshop(const QUuid& workshopId)
{
    const int index = workshopId.isNull() ? 0 : m_workshop->findData(workshopId.toString(QUuid::WithoutBraces));
    m_workshop->setCurrentIndex(std::max(0, index));
}

QUuid WorkshopsPage::currentWorkshop() const
{
    return QUuid::fromString(m_workshop->currentData().toString());
}

void WorkshopsPage::showWorkshop()
{
    const QUuid id = currentWorkshop();
    if (id != m_scoresGrid->workshop() && !m_scoresGrid->settleUnsavedChanges()) {  // ratings typed, kept
        const QSignalBlocker blocker(m_workshop);
        selectWorkshop(m_scoresGrid->workshop());
        return;
    }
    if (!m_criteria->setWorkshop(id)) {  // the officer kept their criteria edits: stay on that workshop
        const QSignalBlocker blocker(m_workshop);
        selectWorkshop(m_criteria->workshop());
        return;
    }
    m_board->setWorkshop(id);
    m_assignments->setWorkshop(id);
    m_selection->setWorkshop(id);
    m_scoresGrid->setWorkshop(id);
    m_results->setWorkshop(id);
    m_summary->setWorkshop(id);
    const QLocale locale;
    std::optional<WorkshopSeats> seats;
    if (store()) {
        const auto all = store()->workshops().seats();
        for (const WorkshopSeats& w : all.ok() ? all.value() : QList<WorkshopSeats>()) {
            if (w.id == id) {
                seats = w;
            }
        }
    }
    m_seats->setText(seats ? tr("Seats: <b>%1 / %2</b>, %3 to %4")
                                 .arg(seats->taken)
                                 .arg(seats->capacity)
                                 .arg(locale.toString(seats->startDate, QLocale::ShortFormat),
                                      locale.toString(seats->endDate, QLocale::ShortFormat))
                           : QString());

    // Participants, and who could take a seat.
    m_participants->setRowCount(0);
    m_candidateToEnrol->clear();
    if (store() && seats) {
        const auto participants = store()->workshops().participants(id);
        const QList<Candidate> list = participants.ok() ? participants.value() : QList<Candidate>();
        m_participants->setRowCount(int(list.size()));
        for (int row = 0; row < list.size(); ++row) {
            const Candidate& c = list.at(row);
            m_participants->setItem(row, 0, cell(c.sortName(), c.meta.id));
            m_participants->setItem(row, 1, cell(c.administration));
            m_participants->setItem(row, 2, cell(c.region ? labelOf(*c.region) : QString()));
            m_participants->setItem(row, 3, cell(labelOf(c.stage)));
        }
        const auto cards = store()->decisions().cards();
        for (const PipelineCard& card : cards.ok() ? cards.value() : QList<PipelineCard>()) {
            if (Pipeline::canEnrol(card.stage) && card.workshopId != id) {
                m_candidateToEnrol->addItem(tr("%1 (%2)").arg(card.name, card.administration),
                                            card.candidateId.toString(QUuid::WithoutBraces));
            }
        }
        m_candidateToEnrol->setCurrentIndex(-1);
    }
    m_participants->resizeColumnsToContents();

    // Who is still to be told.
    m_toInform->setRowCount(0);
    if (store()) {
        const auto pending = store()->decisions().toInform(id);
        const QList<PendingInforming> list = pending.ok() ? pending.value() : QList<PendingInforming>();
        m_toInform->setRowCount(int(list.size()));
        for (int row = 0; row < list.size(); ++row) {
            const PendingInforming& p = list.at(row);
            m_toInform->setItem(row, 0, cell(p.candidateName, p.candidateId));
            m_toInform->setItem(row, 1, cell(tr("%1 → %2").arg(labelOf(p.from), labelOf(p.to))));
            m_toInform->setItem(row, 2, cell(p.step ? labelOf(*p.step) : QString()));
            m_toInform->setItem(row, 3, cell(locale.toString(p.decidedAt.toLocalTime(), QLocale::ShortFormat)));
        }
        m_tabs->setTabText(2, list.isEmpty() ? tr("To &Inform") : tr("To &Inform (%1)").arg(list.size()));
    }
    const bool nobody = store() && !id.isNull() && m_toInform->rowCount() == 0;
    m_toInform->setVisible(!nobody);
    m_nobodyToInform->setVisible(nobody);
    m_toInform->resizeColumnsToContents();

    // The steps.
    QList<StepClosure> closures;
    if (store() && seats) {
        const auto read = store()->decisions().stepClosures(id);
        closures = read.ok() ? read.value() : QList<StepClosure>();
    }
    const QList<PipelineStep> allSteps = allOf<PipelineStep>();
    for (int i = 0; i < allSteps.size(); ++i) {
        std::optional<StepClosure> latest;
        for (const StepClosure& c : closures) {
            if (c.step == allSteps.at(i)) {
                latest = c;
            }
        }
        const bool closed = latest && latest->closed;
        QString state;
        if (!seats) {
            state = tr("Choose a workshop to close its steps.");
        } else if (closed) {
            state = tr("Closed on %1 by %2.")
                        .arg(locale.toString(latest->at.toLocalTime(), QLocale::ShortFormat), latest->by);
            if (latest->uninformedAtClosing > 0) {
                state += QLatin1Char(' ') +
                         tr("%n candidate(s) were still to be told: %1", nullptr, latest->uninformedAtClosing)
                             .arg(latest->reason);
            }
        } else {
            state = latest ? tr("Open (reopened: %1).").arg(latest->reason) : tr("Open.");
        }
        m_stepStates.at(i)->setText(state);
        m_stepButtons.at(i)->setText(closed ? tr("Reopen") : tr("Close"));
        m_stepButtons.at(i)->setAccessibleName(closed ? tr("Reopen %1").arg(labelOf(allSteps.at(i)))
                                                      : tr("Close %1").arg(labelOf(allSteps.at(i))));
        m_stepButtons.at(i)->setProperty("closed", closed);
    }
    updateButtons();
}

void WorkshopsPage::updateButtons()
{
    const bool writable = store() && !store()->isReadOnly();
    const bool oneWorkshop = !currentWorkshop().isNull();
    m_new->setEnabled(writable);
    m_edit->setEnabled(writable && oneWorkshop);
    m_print->setEnabled(store() && oneWorkshop);
    m_enrol->setEnabled(writable && oneWorkshop && m_candidateToEnrol->count() > 0);
    m_candidateToEnrol->setEnabled(writable && oneWorkshop);
    m_handBack->setEnabled(writable && oneWorkshop && !m_participants->selectedItems().isEmpty());
    m_informed->setEnabled(writable && !m_toInform->selectedItems().isEmpty());
    for (int i = 0; i < m_stepButtons.size(); ++i) {
        m_stepButtons.at(i)->setEnabled(writable && oneWorkshop);
        m_stepReasons.at(i)->setEnabled(writable && oneWorkshop);
    }
}

void WorkshopsPage::newWorkshop()
{
    if (!store()) {
        return;
    }
    WorkshopDialog dialog(store(), Workshop(), this);
    if (dialog.exec() == QDialog::Accepted) {
        reloadWorkshopList();
        selectWorkshop(dialog.saved().meta.id);
    }
}

void WorkshopsPage::editWorkshop()
{
    if (!store() || currentWorkshop().isNull()) {
        return;
    }
    const auto workshops = store()->workshops().all();
    for (const Workshop& w : workshops.ok() ? workshops.value() : QList<Workshop>()) {
        if (w.meta.id == currentWorkshop()) {
            WorkshopDialog dialog(store(), w, this);
            if (dialog.exec() == QDialog::Accepted) {
                reload();
            }
            return;
        }
    }
}

void WorkshopsPage::enrolChosen()
{
    if (!store()) {
        return;
    }
    // The chosen entry, or the one whose text was typed in full.
    int index = m_candidateToEnrol->currentIndex();
    if (index < 0 || m_candidateToEnrol->itemText(index) != m_candidateToEnrol->currentText()) {
        index = m_candidateToEnrol->findText(m_candidateToEnrol->currentText());
    }
    if (index < 0) {
        MessageBox::information(this, tr("Enrol"),
                                tr("Choose a candidate from the list first: type part of their "
                                   "name and pick them."));
        return;
    }
    const QUuid candidate = QUuid::fromString(m_candidateToEnrol->itemData(index).toString());
    // A seat is in the workshop applied to: the store moves an application to another
    // workshop with the seat, which the officer is told of rather than left to find out.
    const auto appliedBefore = store()->workshops().applicationOf(candidate);
    const QString who = m_candidateToEnrol->itemText(index);
    if (auto done = store()->workshops().enrol(candidate, currentWorkshop()); !done.ok()) {
        MessageBox::critical(this, tr("No seat given"), done.message());
        return;
    }
    const QUuid seat = currentWorkshop();
    reload();
    if (appliedBefore.ok() && !appliedBefore.value().isNull() && appliedBefore.value() != seat) {
        QHash<QUuid, QString> titles;
        const auto workshops = store()->workshops().all();
        for (const Workshop& w : workshops.ok() ? workshops.value() : QList<Workshop>()) {
            titles.insert(w.meta.id, w.title);
        }
        MessageBox::information(this, tr("Application moved"),
                                tr("%1 had applied to \"%2\". A seat is in the workshop applied to, so the "
                                   "application moved to \"%3\" with the seat.")
                                    .arg(who, titles.value(appliedBefore.value()), titles.value(seat)));
    }
}

void WorkshopsPage::handSeatBack()
{
    const auto selected = m_participants->selectedItems();
    if (!store() || selected.isEmpty()) {
        return;
    }
    const QUuid candidate = m_participants->item(selected.constFirst()->row(), 0)->data(Qt::UserRole).toUuid();
    // The confirmation names who loses the seat, read afresh from the file.
    const auto who = store()->candidates().byId(candidate);
    if (!who.ok()) {
        MessageBox::critical(this, tr("Seat not handed back"), who.message());
        return;
    }
    if (!MessageBox::question(this, tr("Hand the seat back?"),
                              tr("Hand back the seat of %1 in \"%2\"? They leave the workshop's participants and "
                                 "the seat becomes free.")
                                  .arg(who.value().displayName(), m_workshop->currentText()),
                              tr("&Hand Seat Back"))) {
        return;
    }
    if (auto done = store()->workshops().enrol(candidate, QUuid()); !done.ok()) {
        MessageBox::critical(this, tr("Seat not handed back"), done.message());
        return;
    }
    reload();
}

void WorkshopsPage::recordInformed()
{
    const auto selected = m_toInform->selectedItems();
    if (!store() || selected.isEmpty()) {
        return;
    }
    const QUuid candidate = m_toInform->item(selected.constFirst()->row(), 0)->data(Qt::UserRole).toUuid();
    const auto channel = fromKey<InformChannel>(m_channel->currentData().toString());
    const auto who = store()->candidates().byId(candidate);
    if (!who.ok()) {
        MessageBox::critical(this, tr("Not recorded"), who.message());
        return;
    }
    if (!MessageBox::question(this, tr("Record as informed?"),
                              tr("Record that %1 was told of the decisions awaiting them, on %2 by %3?")
                                  .arg(who.value().displayName(),
                                       QLocale().toString(m_informedOn->date(), QLocale::ShortFormat),
                                       m_channel->currentText()),
                              tr("Record as &Informed"))) {
        return;
    }
    if (auto done = store()->decisions().recordInformed(candidate, m_informedOn->date(),
                                                        channel.value_or(InformChannel::Letter));
        !done.ok()) {
        MessageBox::critical(this, tr("Not recorded"), done.message());
        return;
    }
    showWorkshop();
}

void WorkshopsPage::closeOrReopenStep(int index)
{
    if (!store() || currentWorkshop().isNull()) {
        return;
    }
    const PipelineStep step = allOf<PipelineStep>().at(index);
    const bool closed = m_stepButtons.at(index)->property("closed").toBool();
    const QString reason = m_stepReasons.at(index)->text();
    const Status done = closed ? store()->decisions().reopenStep(currentWorkshop(), step, reason)
                               : store()->decisions().closeStep(currentWorkshop(), step, reason);
    if (!done.ok()) {
        MessageBox::critical(this, closed ? tr("Step not reopened") : tr("Step not closed"), done.message());
        return;
    }
    m_stepReasons.at(index)->clear();
    showWorkshop();
}

ResultLettersDialog* WorkshopsPage::showLetters()
{
    if (!store() || currentWorkshop().isNull()) {
        return nullptr;
    }
    auto* dialog = new ResultLettersDialog(store(), currentWorkshop(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResultLettersDialog::changed, this, [this]() { showWorkshop(); });
    dialog->open();
    return dialog;
}
