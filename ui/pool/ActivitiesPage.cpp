// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/ActivitiesPage.h"

#include "pool/AccreditedAdvisor.h"
#include "pool/ActivityRemoval.h"
#include "pool/ActivityTableModel.h"
#include "domain/Candidate.h"
#include "store/CandidateFilter.h"
#include "Clock.h"
#include "widgets/MessageBox.h"
#include "store/Store.h"
#include "store/FileSettings.h"
#include "store/Pool.h"
#include "store/Candidates.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QLineEdit* lineEdit(QWidget* parent, const char* name, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setAccessibleName(accessibleName);
    return edit;
}

QDateEdit* dateEdit(QWidget* parent, const char* name, const QString& accessibleName)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    edit->setDate(Clock::today());
    return edit;
}

}  // namespace

ActivitiesPage::ActivitiesPage(QWidget* parent)
    : FilePage(parent)
{
    setObjectName(QStringLiteral("activitiesArea"));
    m_model = new ActivityTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setAccessibleName(tr("Activities"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* editor = new QGroupBox(tr("Activity"), this);
    m_title = lineEdit(editor, "activityTitle", tr("Title"));
    m_kind = new QComboBox(editor);
    m_kind->setObjectName(QStringLiteral("activityKind"));
    m_kind->setAccessibleName(tr("Kind"));
    for (ActivityKind kind : allOf<ActivityKind>()) {
        m_kind->addItem(labelOf(kind), keyOf(kind));
    }
    m_mode = new QComboBox(editor);
    m_mode->setObjectName(QStringLiteral("activityMode"));
    m_mode->setAccessibleName(tr("On site or online"));
    for (ActivityMode mode : allOf<ActivityMode>()) {
        m_mode->addItem(labelOf(mode), keyOf(mode));
    }
    m_country = lineEdit(editor, "activityCountry", tr("Country"));
    m_city = lineEdit(editor, "activityCity", tr("City"));
    m_from = dateEdit(editor, "activityFrom", tr("First day"));
    m_to = dateEdit(editor, "activityTo", tr("Last day"));
    m_requestedBy = lineEdit(editor, "activityRequestedBy", tr("Requested by"));
    m_language = lineEdit(editor, "activityLanguage", tr("Language"));
    m_topics = lineEdit(editor, "activityTopics", tr("Topics, separated by commas"));
    m_topics->setPlaceholderText(tr("e.g. e-commerce, medicines"));
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), editor));
    dates->addWidget(m_to);
    dates->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("C&ountry:"), m_country);
    form->addRow(tr("C&ity:"), m_city);
    auto* datesLabel = new QLabel(tr("&Dates:"), editor);
    datesLabel->setBuddy(m_from);
    form->addRow(datesLabel, dates);
    form->addRow(tr("&Requested by:"), m_requestedBy);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("To&pics:"), m_topics);

    m_participantTable = new QTableWidget(0, 3, editor);
    m_participantTable->setObjectName(QStringLiteral("participantTable"));
    m_participantTable->setAccessibleName(tr("Participants"));
    m_participantTable->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Voluntary extra")});
    m_participantTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_participantTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_participantTable->setTabKeyNavigation(false);
    m_participantTable->verticalHeader()->hide();
    m_participantTable->horizontalHeader()->setStretchLastSection(true);
    m_candidate = new QComboBox(editor);
    m_candidate->setObjectName(QStringLiteral("participantCandidate"));
    m_candidate->setAccessibleName(tr("Person to add"));
    m_candidate->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_candidate->setMinimumContentsLength(16);
    m_role = new QComboBox(editor);
    m_role->setObjectName(QStringLiteral("participantRole"));
    m_role->setAccessibleName(tr("Role of the person to add"));
    for (ParticipantRole role : allOf<ParticipantRole>()) {
        m_role->addItem(labelOf(role), keyOf(role));
    }
    m_add = new QPushButton(tr("&Add"), editor);
    m_add->setObjectName(QStringLiteral("addParticipant"));
    m_add->setAccessibleName(tr("Add the person as participant"));
    m_remove = new QPushButton(tr("Re&move"), editor);
    m_remove->setObjectName(QStringLiteral("removeParticipant"));
    m_remove->setAccessibleName(tr("Remove the selected participant"));
    auto* adding = new QHBoxLayout;
    // The role first: it decides who may be added (Pipeline::checkStage3Booking, the pool).
    adding->addWidget(m_role);
    adding->addWidget(m_candidate, 1);
    setTabOrder(m_role, m_candidate);
    adding->addWidget(m_add);
    adding->addWidget(m_remove);

    m_ledger = new QListWidget(editor);
    m_ledger->setObjectName(QStringLiteral("activityLedger"));
    m_ledger->setAccessibleName(tr("Commitment of the advisors taking part"));
    m_ledger->setMaximumHeight(90);
    m_message = new QLabel(editor);
    m_message->setObjectName(QStringLiteral("activityMessage"));
    m_message->setWordWrap(true);
    m_new = new QPushButton(tr("&New Activity"), editor);
    m_new->setObjectName(QStringLiteral("newActivity"));
    m_new->setAccessibleName(tr("New activity"));
    m_save = new QPushButton(tr("&Save Activity"), editor);
    m_save->setObjectName(QStringLiteral("saveActivity"));
    m_save->setAccessibleName(tr("Save the activity"));
    m_save->setDefault(true);
    m_removeActivity = new QPushButton(tr("R&emove Activity…"), editor);
    m_removeActivity->setObjectName(QStringLiteral("removeActivity"));
    m_removeActivity->setAccessibleName(tr("Remove the activity"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_removeActivity);
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);

    auto* participantsLabel = new QLabel(tr("Pa&rticipants:"), editor);
    participantsLabel->setBuddy(m_participantTable);
    auto* ledgerLabel = new QLabel(tr("Commitment of its &advisors:"), editor);
    ledgerLabel->setBuddy(m_ledger);
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->addLayout(form);
    editorLayout->addWidget(participantsLabel);
    m_participantTable->setMaximumHeight(130);
    editorLayout->addWidget(m_participantTable);
    editorLayout->addLayout(adding);
    editorLayout->addWidget(ledgerLabel);
    editorLayout->addWidget(m_ledger);
    editorLayout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("activitiesSplitter"));
    splitter->addWidget(m_table);
    // The form scrolls when the list takes its share of a small screen.
    auto* editorScroll = new QScrollArea(this);
    editorScroll->setObjectName(QStringLiteral("activityEditorScroll"));
    editorScroll->setAccessibleName(tr("The selected activity"));
    editorScroll->setWidget(editor);
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    splitter->addWidget(editorScroll);
    // The list gets half the height: the form below scrolls rather than leaving the list
    // three rows (remembered with the window, as the other splitters are).
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 1000});
    auto* heading = new QLabel(QStringLiteral("<h3>%1</h3>").arg(tr("Activities").toHtmlEscaped()), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ActivitiesPage::pickActivity);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateModeFields();
        markEdited();
    });
    for (QLineEdit* edit : {m_title, m_country, m_city, m_requestedBy, m_language, m_topics}) {
        connect(edit, &QLineEdit::textEdited, this, &ActivitiesPage::markEdited);
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ActivitiesPage::markEdited);
    connect(m_from, &QDateEdit::dateChanged, this, &ActivitiesPage::markEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &ActivitiesPage::markEdited);
    connect(m_role, &QComboBox::currentIndexChanged, this, &ActivitiesPage::offerCandidates);
    connect(m_add, &QPushButton::clicked, this, &ActivitiesPage::addParticipant);
    connect(m_remove, &QPushButton::clicked, this, &ActivitiesPage::removeParticipant);
    connect(m_new, &QPushButton::clicked, this, [this] {
        if (settleUnsavedChanges()) {
            newActivity();
        }
    });
    connect(m_save, &QPushButton::clicked, this, &ActivitiesPage::save);
    connect(m_removeActivity, &QPushButton::clicked, this, &ActivitiesPage::removeActivity);
    newActivity();
}

void ActivitiesPage::reload()
{
    m_names.clear();
    const QUuid shown = m_current.meta.id;
    m_filling = true;
    m_candidate->clear();
    m_advisorChoices.clear();
    m_stage3Choices.clear();
    if (!store()) {
        m_model->setActivities({}, {});
        m_filling = false;
        return;
    }
    // Who can take part: the accredited advisors, and candidates in Stage 3 as such.
    const auto pool = store()->pool().advisors();
    for (const AccreditedAdvisor& a : pool.ok() ? pool.value() : QList<AccreditedAdvisor>()) {
        m_names.insert(a.candidate.meta.id, a.candidate.displayName());
        m_advisorChoices.append(
            {a.candidate.meta.id, tr("%1 (%2)").arg(a.candidate.sortName(), labelOf(a.state(Clock::today())))});
    }
    CandidateFilter inStage3;
    inStage3.stage = Stage::WorkshopPassed;
    const auto stage3 = store()->candidates().find(inStage3);
    for (const Candidate& c : stage3.ok() ? stage3.value() : QList<Candidate>()) {
        m_names.insert(c.meta.id, c.displayName());
        m_stage3Choices.append({c.meta.id, tr("%1 (%2)").arg(c.sortName(), labelOf(c.stage))});
    }
    offerCandidates();
    const auto activities = store()->pool().activities();
    QList<Activity> list = activities.ok() ? activities.value() : QList<Activity>();
    for (const Activity& a : list) {
        for (const ActivityParticipant& p : a.participants) {
            if (!m_names.contains(p.candidateId)) {
                const auto c = store()->candidates().byId(p.candidateId);
                m_names.insert(p.candidateId, c.ok() ? c.value().displayName() : tr("(not in the file)"));
            }
        }
    }
    m_model->setActivities(list, m_names);
    m_table->resizeColumnsToContents();
    const int row = m_model->rowOf(shown);
    if (row >= 0) {
        m_table->selectRow(row);
        if (!m_edited) {
            showActivity(m_model->activityAt(row));
        }
    }
    m_filling = false;
    updateButtons();
    showParticipants();
    showLedger();
}

void ActivitiesPage::offerCandidates()
{
    const QUuid chosen = m_candidate->currentData().toUuid();
    const bool stage3 = m_role->currentData().toString() == keyOf(ParticipantRole::Stage3Candidate);
    m_candidate->clear();
    for (const auto& [id, label] : stage3 ? m_stage3Choices : m_advisorChoices) {
        m_candidate->addItem(label, id);
    }
    const int kept = m_candidate->findData(chosen);
    m_candidate->setCurrentIndex(kept >= 0 ? kept : (m_candidate->count() > 0 ? 0 : -1));
}

void ActivitiesPage::updateButtons()
{
    const bool writable = store() && !store()->isReadOnly() && store()->role() == PersonRole::Officer;
    for (QWidget* w : {static_cast<QWidget*>(m_save), static_cast<QWidget*>(m_new), static_cast<QWidget*>(m_add),
                       static_cast<QWidget*>(m_remove)}) {
        w->setEnabled(writable);
    }
    m_removeActivity->setEnabled(writable && !m_current.meta.isNew());
}

void ActivitiesPage::pickActivity(const QModelIndex& current)
{
    if (!current.isValid() || m_filling) {
        return;
    }
    const QUuid picked = m_model->activityAt(current.row()).meta.id;
    if (!settleUnsavedChanges()) {
        // Stay with the edited activity, in the list too.
        m_filling = true;
        const int row = m_model->rowOf(m_current.meta.id);
        if (row >= 0) {
            m_table->selectRow(row);
        } else {
            m_table->clearSelection();
            m_table->setCurrentIndex(QModelIndex());
        }
        m_filling = false;
        return;
    }
    // Saving reloads the list: find the picked activity again, by its id.
    const int row = m_model->rowOf(picked);
    if (row < 0) {
        return;
    }
    m_filling = true;
    m_table->selectRow(row);
    m_filling = false;
    showActivity(m_model->activityAt(row));
}

bool ActivitiesPage::settleUnsavedChanges()
{
    if (!m_edited || !store()) {
        return true;
    }
    const QString name =
        m_current.meta.isNew() ? tr("the new activity") : tr("the activity \"%1\"").arg(m_current.title);
    switch (MessageBox::askToSave(this, name)) {
    case MessageBox::UnsavedChoice::Save:
        return save();
    case MessageBox::UnsavedChoice::Discard:
        m_edited = false;
        return true;
    case MessageBox::UnsavedChoice::Cancel:
        return false;
    }
    return false;
}

void ActivitiesPage::newActivity()
{
    Activity fresh;
    fresh.startDate = Clock::today();
    fresh.endDate = fresh.startDate.addDays(4);
    m_table->clearSelection();
    showActivity(fresh);
    m_title->setFocus();
}

void ActivitiesPage::showActivity(const Activity& activity)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    m_current = activity;
    m_participants = activity.participants;
    m_title->setText(activity.title);
    m_kind->setCurrentIndex(m_kind->findData(keyOf(activity.kind)));
    m_mode->setCurrentIndex(m_mode->findData(keyOf(activity.mode)));
    m_country->setText(activity.country);
    m_city->setText(activity.city);
    m_from->setDate(activity.startDate);
    m_to->setDate(activity.endDate);
    m_requestedBy->setText(activity.requestingAdministration);
    m_language->setText(activity.language);
    m_topics->setText(activity.topics.join(QStringLiteral(", ")));
    m_message->clear();
    updateModeFields();
    showParticipants();
    showLedger();
    updateButtons();
    m_edited = false;
    m_filling = wasFilling;
}

void ActivitiesPage::updateModeFields()
{
    const bool online = m_mode->currentData().toString() == keyOf(ActivityMode::Online);
    m_country->setEnabled(!online);
    m_city->setEnabled(!online);
}

void ActivitiesPage::markEdited()
{
    if (!m_filling) {
        m_edited = true;
    }
}

void ActivitiesPage::showParticipants()
{
    m_participantTable->setRowCount(int(m_participants.size()));
    for (int row = 0; row < m_participants.size(); ++row) {
        const ActivityParticipant& p = m_participants.at(row);
        m_participantTable->setItem(row, 0, new QTableWidgetItem(m_names.value(p.candidateId)));
        m_participantTable->setItem(row, 1, new QTableWidgetItem(labelOf(p.role)));
        m_participantTable->setItem(row, 2, new QTableWidgetItem(p.voluntaryExtra ? p.extraReason : QString()));
    }
    m_participantTable->resizeColumnsToContents();
}

void ActivitiesPage::showLedger()
{
    m_ledger->clear();
    if (!store()) {
        return;
    }
    const auto pool = store()->pool().advisors();
    if (!pool.ok()) {
        return;
    }
    const WeekCounting rule = store()->settings().weekCounting();
    const QLocale locale;
    for (const ActivityParticipant& p : m_participants) {
        if (!p.countsTowardsCommitment()) {
            continue;
        }
        for (const AccreditedAdvisor& a : pool.value()) {
            if (a.candidate.meta.id == p.candidateId) {
                m_ledger->addItem(
                    tr("%1, %2: %3").arg(a.candidate.displayName(), labelOf(p.role), a.ledger(rule).summary(locale)));
            }
        }
    }
    if (m_ledger->count() == 0) {
        m_ledger->addItem(tr("No lead or co-facilitator from the pool yet."));
    }
}

void ActivitiesPage::addParticipant()
{
    const QUuid id = m_candidate->currentData().toUuid();
    if (id.isNull()) {
        return;
    }
    for (ActivityParticipant& p : m_participants) {
        if (p.candidateId == id) {
            p.role = fromKey<ParticipantRole>(m_role->currentData().toString()).value_or(p.role);
            showParticipants();
            markEdited();
            return;
        }
    }
    m_participants.append(
        {id,
         fromKey<ParticipantRole>(m_role->currentData().toString()).value_or(ParticipantRole::CoFacilitator),
         false,
         {}});
    showParticipants();
    markEdited();
}

void ActivitiesPage::removeParticipant()
{
    const int row = m_participantTable->currentRow();
    if (row < 0 || row >= m_participants.size()) {
        return;
    }
    m_participants.removeAt(row);
    showParticipants();
    markEdited();
}

Activity ActivitiesPage::fromEditor() const
{
    Activity a = m_current;
    a.title = m_title->text().trimmed();
    a.kind = fromKey<ActivityKind>(m_kind->currentData().toString()).value_or(a.kind);
    a.mode = fromKey<ActivityMode>(m_mode->currentData().toString()).value_or(a.mode);
    a.country = a.mode == ActivityMode::Online ? QString() : m_country->text().trimmed();
    a.city = a.mode == ActivityMode::Online ? QString() : m_city->text().trimmed();
    a.startDate = m_from->date();
    a.endDate = m_to->date();
    a.requestingAdministration = m_requestedBy->text().trimmed();
    a.language = m_language->text().trimmed();
    a.topics.clear();
    for (const QString& topic : m_topics->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!topic.trimmed().isEmpty()) {
            a.topics.append(topic.trimmed());
        }
    }
    a.participants = m_participants;
    return a;
}

bool ActivitiesPage::save()
{
    if (!store()) {
        return false;
    }
    Activity activity = fromEditor();
    if (const Validation valid = activity.validate(); !valid.ok()) {
        m_message->setText(valid.summary());
        MessageBox::critical(this, tr("Activity not saved"), valid.summary());
        return false;
    }
    const auto issues = store()->pool().assignmentIssues(activity);
    if (!issues.ok()) {
        MessageBox::critical(this, tr("Activity not saved"), issues.message());
        return false;
    }
    for (const AssignmentIssue& issue : issues.value()) {
        auto participant =
            std::find_if(activity.participants.begin(), activity.participants.end(),
                         [&](const ActivityParticipant& p) { return p.candidateId == issue.candidateId; });
        if (participant == activity.participants.end() ||
            (participant->voluntaryExtra && issue.voluntaryExtraSettles())) {
            continue;
        }
        if (!issue.voluntaryExtraSettles()) {
            m_message->setText(issue.message);
            MessageBox::critical(this, tr("Activity not saved"), issue.message);
            return false;
        }
        // Never silently: the officer gives the reason, or nothing is saved.
        const auto reason = MessageBox::text(this, tr("Voluntary extra"),
                                             issue.message + QStringLiteral("\n\n") +
                                                 tr("Why does the advisor give this time as a voluntary extra?"));
        if (!reason || reason->trimmed().isEmpty()) {
            m_message->setText(tr("Not saved: a voluntary extra needs its reason."));
            return false;
        }
        participant->voluntaryExtra = true;
        participant->extraReason = reason->trimmed();
    }
    const auto saved = store()->pool().saveActivity(activity);
    if (!saved.ok()) {
        m_message->setText(saved.message());
        MessageBox::critical(this, tr("Activity not saved"), saved.message());
        return false;
    }
    m_current = saved.value();
    m_participants = saved.value().participants;
    m_edited = false;
    reload();
    m_message->setText(tr("Saved."));
    return true;
}

bool ActivitiesPage::removeActivity()
{
    if (!store() || m_current.meta.isNew()) {
        return false;
    }
    const Activity shown = m_current;
    const QString title = tr("Remove activity");
    const auto removal = store()->pool().activityRemoval(shown.meta.id);
    if (!removal.ok()) {
        m_message->setText(removal.message());
        MessageBox::critical(this, tr("Activity not removed"), removal.message());
        return false;
    }
    if (removal.value().refused()) {
        m_message->setText(removal.value().refusal());
        MessageBox::critical(this, tr("Activity not removed"), removal.value().refusal());
        return false;
    }
    const QLocale locale;
    const QString named = tr("\"%1\" (%2 – %3)")
                              .arg(shown.title, locale.toString(shown.startDate, QLocale::ShortFormat),
                                   locale.toString(shown.endDate, QLocale::ShortFormat));
    QString reason;
    if (removal.value().needsReason()) {
        // Giving the reason is the confirmation; cancelling, or giving none, removes nothing.
        const auto given = MessageBox::text(this, title, removal.value().reasonQuestion());
        if (!given || given->trimmed().isEmpty()) {
            m_message->setText(tr("Not removed: removing %1 needs its reason.").arg(named));
            return false;
        }
        reason = given->trimmed();
    } else if (!MessageBox::question(this, title,
                                     tr("Remove the activity %1 and who takes part in it? The audit trail keeps "
                                        "what it held.")
                                         .arg(named),
                                     tr("Remove Activity"))) {
        return false;
    }
    const Status removed = store()->pool().removeActivity(shown.meta.id, reason);
    if (!removed.ok()) {
        m_message->setText(removed.message());
        MessageBox::critical(this, tr("Activity not removed"), removed.message());
        return false;
    }
    newActivity();
    reload();
    m_message->setText(tr("Removed %1.").arg(named));
    return true;
}
