// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidates/CandidateStandingView.h"

#include "assessment/ScreeningCheck.h"

#include "Clock.h"
#include "assessment/ScreeningCheckView.h"

#include "domain/AvailabilityCommitment.h"
#include "domain/Candidate.h"
#include "domain/CompetenceProfile.h"
#include "candidates/DecisionDialog.h"
#include "widgets/MessageBox.h"
#include "print/PrintMenus.h"
#include "domain/Screening.h"
#include "domain/StageDecision.h"
#include "store/FileEvents.h"
#include "store/Store.h"
#include "store/Decisions.h"
#include "store/Candidates.h"
#include "store/Assessment.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

CandidateStandingView::CandidateStandingView(QWidget* parent)
    : CandidateView(parent)
{
    setObjectName(QStringLiteral("standingView"));
    m_standing = new QLabel(this);
    m_standing->setObjectName(QStringLiteral("standingHeading"));
    m_standing->setWordWrap(true);

    m_history = new QTableWidget(0, 5, this);
    m_history->setObjectName(QStringLiteral("decisionHistory"));
    m_history->setAccessibleName(tr("Decisions about the candidate"));
    m_history->setHorizontalHeaderLabels({tr("Decided"), tr("Move"), tr("By"), tr("Reason"), tr("Told")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setTabKeyNavigation(false);
    m_history->setWordWrap(true);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);

    m_decide = new QPushButton(tr("&Decide…"), this);
    m_decide->setObjectName(QStringLiteral("standingDecide"));
    m_reverse = new QPushButton(tr("Re&verse Latest…"), this);
    m_reverse->setObjectName(QStringLiteral("standingReverse"));
    m_reverse->setToolTip(tr("Records a new decision that takes the candidate back; the history keeps both."));
    m_informedOn = new QDateEdit(Clock::today(), this);
    m_informedOn->setObjectName(QStringLiteral("standingInformedOn"));
    m_informedOn->setAccessibleName(tr("Told on"));
    m_informedOn->setCalendarPopup(true);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("standingChannel"));
    m_channel->setAccessibleName(tr("Told by"));
    for (InformChannel channel : allOf<InformChannel>()) {
        m_channel->addItem(labelOf(channel), keyOf(channel));
    }
    m_informed = new QPushButton(tr("Record as &Told"), this);
    m_informed->setObjectName(QStringLiteral("standingInformed"));
    connect(m_decide, &QPushButton::clicked, this, [this]() { decide(); });
    connect(m_reverse, &QPushButton::clicked, this, &CandidateStandingView::reverseLatest);
    connect(m_informed, &QPushButton::clicked, this, &CandidateStandingView::recordInformed);
    // The candidate's sheet and letter: preview, printer or PDF.
    auto* print = new QToolButton(this);
    print->setObjectName(QStringLiteral("standingPrint"));
    print->setText(tr("&Print"));
    print->setAccessibleName(tr("Print the candidate's sheet or letter"));
    print->setPopupMode(QToolButton::InstantPopup);
    print->setToolButtonStyle(Qt::ToolButtonTextOnly);
    print->setMenu(PrintMenus::candidateMenu(
        this, [this]() { return store(); }, [this]() { return candidate(); }));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_decide);
    actions->addWidget(m_reverse);
    actions->addWidget(print);
    actions->addStretch();
    actions->addWidget(m_informedOn);
    actions->addWidget(m_channel);
    actions->addWidget(m_informed);

    auto* screening = new QGroupBox(tr("Stage 1 screening"), this);
    m_hardMet = new QCheckBox(tr("&Hard requirements met"), screening);
    m_hardMet->setObjectName(QStringLiteral("screeningHardMet"));
    m_countedMet = new QSpinBox(screening);
    m_countedMet->setObjectName(QStringLiteral("screeningCountedMet"));
    m_countedMet->setAccessibleName(tr("Counted criteria met"));
    m_countedTotal = new QSpinBox(screening);
    m_countedTotal->setObjectName(QStringLiteral("screeningCountedTotal"));
    m_countedTotal->setAccessibleName(tr("Counted criteria in the profile"));
    m_countedTotal->setRange(1, 99);
    m_countedTotal->setPrefix(tr("of "));
    m_screeningNote = new QLineEdit(screening);
    m_screeningNote->setObjectName(QStringLiteral("screeningNote"));
    m_screeningNote->setAccessibleName(tr("Screening note"));
    m_screeningVerdict = new QLabel(screening);
    m_screeningVerdict->setObjectName(QStringLiteral("screeningVerdict"));
    m_screeningVerdict->setWordWrap(true);
    m_saveScreening = new QPushButton(tr("Save &Screening"), screening);
    m_saveScreening->setObjectName(QStringLiteral("saveScreening"));
    connect(m_saveScreening, &QPushButton::clicked, this, &CandidateStandingView::saveScreening);
    auto* counted = new QHBoxLayout;
    counted->addWidget(m_countedMet);
    counted->addWidget(m_countedTotal);
    counted->addStretch();
    auto* screeningForm = new QFormLayout(screening);
    screeningForm->addRow(m_hardMet);
    auto* countedLabel = new QLabel(tr("&Counted criteria met:"), screening);
    countedLabel->setBuddy(m_countedMet);
    screeningForm->addRow(countedLabel, counted);
    auto* noteLabel = new QLabel(tr("&Note:"), screening);
    noteLabel->setBuddy(m_screeningNote);
    screeningForm->addRow(noteLabel, m_screeningNote);
    screeningForm->addRow(m_screeningVerdict);
    screeningForm->addRow(m_saveScreening);

    auto* commitment = new QGroupBox(tr("Availability commitment (point 5 of the call)"), this);
    m_commitmentOn = new QDateEdit(Clock::today(), commitment);
    m_commitmentOn->setObjectName(QStringLiteral("commitmentGivenOn"));
    m_commitmentOn->setAccessibleName(tr("Commitment given on"));
    m_commitmentOn->setCalendarPopup(true);
    m_commitmentHow = new QLineEdit(commitment);
    m_commitmentHow->setObjectName(QStringLiteral("commitmentHow"));
    m_commitmentHow->setAccessibleName(tr("How the commitment was given"));
    m_commitmentHow->setPlaceholderText(tr("e.g. signed form received by e-mail"));
    m_commitmentState = new QLabel(commitment);
    m_commitmentState->setObjectName(QStringLiteral("commitmentState"));
    m_commitmentState->setWordWrap(true);
    m_saveCommitment = new QPushButton(tr("Save C&ommitment"), commitment);
    m_saveCommitment->setObjectName(QStringLiteral("saveCommitment"));
    connect(m_saveCommitment, &QPushButton::clicked, this, &CandidateStandingView::saveCommitment);
    auto* commitmentForm = new QFormLayout(commitment);
    auto* givenLabel = new QLabel(tr("&Given on:"), commitment);
    givenLabel->setBuddy(m_commitmentOn);
    commitmentForm->addRow(givenLabel, m_commitmentOn);
    auto* howLabel = new QLabel(tr("Ho&w:"), commitment);
    howLabel->setBuddy(m_commitmentHow);
    commitmentForm->addRow(howLabel, m_commitmentHow);
    commitmentForm->addRow(m_commitmentState);
    commitmentForm->addRow(m_saveCommitment);

    auto* records = new QHBoxLayout;
    records->addWidget(screening, 1);
    records->addWidget(commitment, 1);
    m_history->setMinimumHeight(m_history->fontMetrics().lineSpacing() * 7);
    // Scrolls rather than squeezes when the tab is short: the forms keep their size.
    auto* content = new QWidget;
    auto* inner = new QVBoxLayout(content);
    inner->setContentsMargins(6, 0, 6, 6);
    inner->addWidget(m_standing);
    inner->addWidget(m_history, 1);
    inner->addLayout(actions);
    inner->addLayout(records);
    // The pre-check that fills the screening above from the candidate's data and the scores.
    auto* preCheck = new QGroupBox(tr("Stage 1 pre-check against the competence profile"), this);
    m_preCheck = new ScreeningCheckView(preCheck);
    (new QVBoxLayout(preCheck))->addWidget(m_preCheck);
    inner->addWidget(preCheck, 2);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("standingScroll"));
    scroll->setAccessibleName(tr("Decisions, screening and commitment"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    reload();
}

void CandidateStandingView::followStore()
{
    disconnect(m_following);
    m_preCheck->setStore(store());
    if (store()) {
        // Whatever changed may be the candidate's standing, or the profile's threshold
        // (the pre-check below sets it): read both again.
        m_following = connect(&store()->events(), &FileEvents::changed, this, [this]() {
            readProfile();
            reload();
        });
    }
    readProfile();
}

void CandidateStandingView::recordChanged()
{
    m_preCheck->setCandidate(candidate());
}

void CandidateStandingView::readProfile()
{
    if (store()) {
        const auto profile = store()->assessment().currentProfile();
        if (profile.ok()) {
            m_threshold = profile.value().countedThresholdPercent;
            m_countedTotal->setValue(std::max(1, profile.value().criterionCount(CriterionKind::Counted)));
        }
    }
}

void CandidateStandingView::reload()
{
    m_preCheck->reload();
    const QLocale locale;
    m_history->setRowCount(0);
    m_hasPending = false;
    if (!store() || candidate().isNull()) {
        m_standing->setText(tr("Select a candidate to see their decisions."));
        updateButtons();
        return;
    }
    const auto shown = store()->candidates().byId(candidate());
    const auto decisions = store()->decisions().of(candidate());
    if (!shown.ok() || !decisions.ok()) {
        m_standing->setText(shown.ok() ? decisions.message() : shown.message());
        updateButtons();
        return;
    }
    m_standing->setText(tr("<b>%1</b> stands at \"%2\".")
                            .arg(shown.value().displayName().toHtmlEscaped(), labelOf(shown.value().stage)));
    const QList<StageDecision>& list = decisions.value();
    m_history->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const StageDecision& d = list.at(row);
        QString reason = d.reason;
        if (!d.overrideReason.isEmpty()) {
            reason += QLatin1Char('\n') + tr("Override: %1").arg(d.overrideReason);
        }
        if (d.isReversal()) {
            reason += QLatin1Char('\n') + tr("Reverses the decision before.");
        }
        if (d.to == Stage::Accredited) {
            reason += QLatin1Char('\n') +
                      tr("Accredited on %1.").arg(locale.toString(d.effectiveDate(), QLocale::ShortFormat));
        }
        m_hasPending = m_hasPending || !d.isInformed();
        const QStringList cells = {
            locale.toString(d.decidedAt.toLocalTime(), QLocale::ShortFormat),
            tr("%1 → %2").arg(labelOf(d.from), labelOf(d.to)), d.decidedBy, reason,
            d.isInformed()
                ? tr("%1, %2").arg(locale.toString(d.informedOn, QLocale::ShortFormat), labelOf(*d.informedBy))
                : tr("Not yet")};
        for (int column = 0; column < cells.size(); ++column) {
            m_history->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_history->resizeColumnsToContents();
    m_history->resizeRowsToContents();

    const auto screening = store()->decisions().screening(candidate());
    if (screening.ok() && screening.value()) {
        const Screening& s = *screening.value();
        m_hardMet->setChecked(s.hardRequirementsMet);
        m_countedTotal->setValue(s.countedTotal);
        m_countedMet->setValue(s.countedMet);
        m_screeningNote->setText(s.note);
        m_screeningVerdict->setText(tr("Screening: %1. Recorded %2 by %3.")
                                        .arg(s.explanation(m_threshold),
                                             locale.toString(s.recordedAt.toLocalTime(), QLocale::ShortFormat),
                                             s.recordedBy));
    } else {
        m_hardMet->setChecked(false);
        m_countedMet->setValue(0);
        m_screeningNote->clear();
        m_screeningVerdict->setText(tr("No screening recorded: selection needs one, or a written override."));
    }
    const auto commitment = store()->decisions().commitment(candidate());
    if (commitment.ok() && commitment.value()) {
        m_commitmentOn->setDate(commitment.value()->givenOn);
        m_commitmentHow->setText(commitment.value()->how);
        m_commitmentState->setText(
            tr("Given on %1.").arg(locale.toString(commitment.value()->givenOn, QLocale::ShortFormat)));
    } else {
        m_commitmentOn->setDate(Clock::today());
        m_commitmentHow->clear();
        m_commitmentState->setText(tr("Not recorded: a selected candidate cannot be confirmed without it."));
    }
    updateButtons();
}

void CandidateStandingView::updateButtons()
{
    const bool writable = store() && !store()->isReadOnly() && !candidate().isNull();
    m_decide->setEnabled(writable);
    m_reverse->setEnabled(writable && m_history->rowCount() > 0);
    m_informed->setEnabled(writable && m_hasPending);
    m_countedMet->setMaximum(m_countedTotal->value());
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_hardMet, m_countedMet, m_countedTotal, m_screeningNote, m_saveScreening,
                                         m_commitmentOn, m_commitmentHow, m_saveCommitment}) {
        w->setEnabled(writable);
    }
}

void CandidateStandingView::saveScreening()
{
    Screening s;
    s.candidateId = candidate();
    s.hardRequirementsMet = m_hardMet->isChecked();
    s.countedMet = m_countedMet->value();
    s.countedTotal = m_countedTotal->value();
    s.note = m_screeningNote->text();
    // Judging against the candidate's own data needs a reason: the note gives it.
    if (const auto check = store()->assessment().screeningCheck(candidate());
        check.ok() && !check.value().contradictions(s.hardRequirementsMet).isEmpty()) {
        s.overrideReason = s.note;
    }
    if (auto done = store()->decisions().recordScreening(s); !done.ok()) {
        MessageBox::critical(this, tr("Screening not saved"), done.message());
        return;
    }
    reload();
}

void CandidateStandingView::saveCommitment()
{
    AvailabilityCommitment c;
    c.candidateId = candidate();
    c.givenOn = m_commitmentOn->date();
    c.how = m_commitmentHow->text();
    if (auto done = store()->decisions().recordCommitment(c); !done.ok()) {
        MessageBox::critical(this, tr("Commitment not saved"), done.message());
        return;
    }
    reload();
}

DecisionDialog* CandidateStandingView::decide()
{
    if (!store() || candidate().isNull()) {
        return nullptr;
    }
    auto* dialog = new DecisionDialog(store(), candidate(), std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this]() { reload(); });
    dialog->open();
    return dialog;
}

void CandidateStandingView::reverseLatest()
{
    const auto decisions =
        store() ? store()->decisions().of(candidate()) : Result<QList<StageDecision>>(QList<StageDecision>());
    if (!decisions.ok() || decisions.value().isEmpty()) {
        return;
    }
    const StageDecision& latest = decisions.value().constLast();
    const auto reason = MessageBox::text(this, tr("Reverse the Latest Decision"),
                                         tr("Why is \"%1 → %2\" reversed? The decision stays in the history.")
                                             .arg(labelOf(latest.from), labelOf(latest.to)));
    if (!reason) {
        return;
    }
    if (auto done = store()->decisions().reverse(latest.meta.id, *reason); !done.ok()) {
        MessageBox::critical(this, tr("Not reversed"), done.message());
        return;
    }
    reload();
}

void CandidateStandingView::recordInformed()
{
    const auto channel = fromKey<InformChannel>(m_channel->currentData().toString());
    if (auto done = store()->decisions().recordInformed(candidate(), m_informedOn->date(),
                                                        channel.value_or(InformChannel::Letter));
        !done.ok()) {
        MessageBox::critical(this, tr("Not recorded"), done.message());
        return;
    }
    reload();
}
