// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidates/DecisionDialog.h"

#include "domain/Candidate.h"
#include "Clock.h"
#include "widgets/MessageBox.h"
#include "domain/StageDecision.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/Decisions.h"
#include "store/Candidates.h"
#include "domain/Workshop.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QPlainTextEdit* shortText(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);  // Tab leaves the field, as in every other field of the form
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}

}  // namespace

DecisionDialog::DecisionDialog(Store* store, const QUuid& candidateId, std::optional<Stage> target, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_candidate(candidateId)
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(tr("Record a Decision"));
    const auto candidate = store->candidates().byId(candidateId);
    if (candidate.ok()) {
        m_from = candidate.value().stage;
        m_name = candidate.value().displayName();
    }
    m_heading = new QLabel(tr("<b>%1</b> stands at \"%2\".").arg(m_name.toHtmlEscaped(), labelOf(m_from)), this);
    m_heading->setObjectName(QStringLiteral("decisionHeading"));

    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("decisionTo"));
    m_to->setAccessibleName(tr("Move to stage"));
    for (Stage stage : StageDecision::nextStages(m_from)) {
        m_to->addItem(labelOf(stage), keyOf(stage));
    }
    if (target) {
        const int index = m_to->findData(keyOf(*target));
        if (index >= 0) {
            m_to->setCurrentIndex(index);
        } else {
            // Keep the stage the user asked for, so that the refusal can say why.
            m_to->addItem(labelOf(*target), keyOf(*target));
            m_to->setCurrentIndex(m_to->count() - 1);
        }
    }

    m_workshop = new QComboBox(this);
    m_workshop->setObjectName(QStringLiteral("decisionWorkshop"));
    m_workshop->setAccessibleName(tr("Workshop"));
    m_workshop->addItem(tr("The candidate's own (where they hold a seat or were waitlisted)"), QString());
    const QUuid enrolled = store->workshops().enrolmentOf(candidateId).ok()
                               ? store->workshops().enrolmentOf(candidateId).value()
                               : QUuid();
    const QLocale locale;
    for (const Workshop& w : store->workshops().all().ok() ? store->workshops().all().value() : QList<Workshop>()) {
        m_workshop->addItem(tr("%1 (%2)").arg(w.title, locale.toString(w.startDate, QLocale::ShortFormat)),
                            w.meta.id.toString(QUuid::WithoutBraces));
        if (w.meta.id == enrolled) {
            m_workshop->setCurrentIndex(m_workshop->count() - 1);
        }
    }

    m_reason = shortText(this, QStringLiteral("decisionReason"), tr("Reason"));
    m_reason->setPlaceholderText(tr("Why; kept with the candidate's file and shown in letters' records."));
    m_override = shortText(this, QStringLiteral("decisionOverride"), tr("Override reason"));
    m_override->setPlaceholderText(tr("Only to decide against the screening or a recorded outcome."));

    m_effective = new QDateEdit(Clock::today(), this);
    m_effective->setObjectName(QStringLiteral("decisionEffective"));
    m_effective->setAccessibleName(tr("Accreditation date"));
    m_effective->setCalendarPopup(true);

    m_informed = new QCheckBox(tr("The candidate has already been &told"), this);
    m_informed->setObjectName(QStringLiteral("decisionInformed"));
    m_informedOn = new QDateEdit(Clock::today(), this);
    m_informedOn->setObjectName(QStringLiteral("decisionInformedOn"));
    m_informedOn->setAccessibleName(tr("Informed on"));
    m_informedOn->setCalendarPopup(true);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("decisionChannel"));
    m_channel->setAccessibleName(tr("Informed by"));
    for (InformChannel channel : allOf<InformChannel>()) {
        m_channel->addItem(labelOf(channel), keyOf(channel));
    }

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("decisionVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_verdict->setAccessibleName(tr("Whether the rules allow this decision"));

    auto* form = new QFormLayout;
    form->addRow(tr("Move &to:"), m_to);
    form->addRow(tr("&Workshop:"), m_workshop);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Override:"), m_override);
    form->addRow(tr("&Accreditation date:"), m_effective);
    auto* informedRow = new QHBoxLayout;
    informedRow->addWidget(m_informed);
    informedRow->addWidget(m_informedOn);
    informedRow->addWidget(m_channel);
    informedRow->addStretch();
    form->addRow(QString(), informedRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record Decision"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("decisionRecord"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DecisionDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(m_buttons);

    connect(m_to, &QComboBox::currentIndexChanged, this, &DecisionDialog::recheck);
    connect(m_workshop, &QComboBox::currentIndexChanged, this, &DecisionDialog::recheck);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &DecisionDialog::recheck);
    connect(m_override, &QPlainTextEdit::textChanged, this, &DecisionDialog::recheck);
    connect(m_effective, &QDateEdit::dateChanged, this, &DecisionDialog::recheck);
    connect(m_informed, &QCheckBox::toggled, this, &DecisionDialog::recheck);
    m_reason->setFocus();
    resize(560, sizeHint().height());
    recheck();
}

namespace {

StageDecision proposedDecision(const QUuid& candidate, Stage from, const QComboBox* to, const QComboBox* workshop,
                               const QPlainTextEdit* reason, const QPlainTextEdit* override_,
                               const QDateEdit* effective, const QCheckBox* informed, const QDateEdit* informedOn,
                               const QComboBox* channel, const QString& actor)
{
    StageDecision d;
    d.candidateId = candidate;
    d.from = from;
    d.to = fromKey<Stage>(to->currentData().toString()).value_or(from);
    d.workshopId = QUuid::fromString(workshop->currentData().toString());
    d.reason = reason->toPlainText();
    d.overrideReason = override_->toPlainText();
    if (d.to == Stage::Accredited) {
        d.effectiveOn = effective->date();
    }
    if (informed->isChecked()) {
        d.informedOn = informedOn->date();
        d.informedBy = fromKey<InformChannel>(channel->currentData().toString());
    }
    d.decidedBy = actor;
    d.decidedAt = Clock::nowUtc();
    return d;
}

}  // namespace

QString DecisionDialog::refusal() const
{
    const StageDecision d = proposedDecision(m_candidate, m_from, m_to, m_workshop, m_reason, m_override, m_effective,
                                             m_informed, m_informedOn, m_channel, m_store->actor().label());
    const Status allowed = m_store->decisions().check(d);
    return allowed.ok() ? QString() : allowed.message();
}

void DecisionDialog::recheck()
{
    const auto to = fromKey<Stage>(m_to->currentData().toString());
    m_effective->setEnabled(to == Stage::Accredited);
    // Selection against the screening, and every judgment against a recorded outcome
    // (Pipeline::check), may be overridden with a written reason.
    m_override->setEnabled(to == Stage::Selected || to == Stage::WorkshopPassed || to == Stage::WorkshopFailed ||
                           to == Stage::Accredited || to == Stage::NotAccredited);
    m_informedOn->setEnabled(m_informed->isChecked());
    m_channel->setEnabled(m_informed->isChecked());
    const QString why = refusal();
    m_verdict->setText(why.isEmpty() ? tr("The rules allow this decision.") : why);
    m_verdict->setStyleSheet(why.isEmpty() ? QStringLiteral("color: #1d5e20;") : QStringLiteral("color: #8a1c1c;"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_to->count() > 0);
}

void DecisionDialog::accept()
{
    const StageDecision d = proposedDecision(m_candidate, m_from, m_to, m_workshop, m_reason, m_override, m_effective,
                                             m_informed, m_informedOn, m_channel, m_store->actor().label());
    const auto recorded = m_store->decisions().record(d);
    if (!recorded.ok()) {
        MessageBox::critical(this, tr("Decision refused"), recorded.message());
        recheck();
        return;
    }
    QDialog::accept();
}
