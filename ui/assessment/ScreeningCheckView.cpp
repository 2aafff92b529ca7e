// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/ScreeningCheckView.h"

#include "domain/CompetenceProfile.h"
#include "widgets/MessageBox.h"
#include "assessment/ScreeningCheck.h"
#include "store/Store.h"
#include "store/Decisions.h"
#include "store/Assessment.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

ScreeningCheckView::ScreeningCheckView(QWidget* parent)
    : CandidateView(parent)
{
    setObjectName(QStringLiteral("screeningCheck"));
    m_findings = new QTreeWidget(this);
    m_findings->setObjectName(QStringLiteral("screeningFindings"));
    m_findings->setAccessibleName(tr("Stage 1 pre-check, criterion by criterion"));
    m_findings->setHeaderLabels({tr("Criterion"), tr("Finding"), tr("Why")});
    m_findings->setRootIsDecorated(true);
    m_findings->setWordWrap(true);
    // The reasons are long: the criterion keeps a readable width, the reason takes the rest
    // (and its tooltip holds it whole).
    m_findings->header()->setStretchLastSection(true);
    m_findings->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_findings->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_findings->setColumnWidth(0, 260);
    m_findings->setMinimumHeight(160);
    m_conclusion = new QLabel(this);
    m_conclusion->setObjectName(QStringLiteral("screeningConclusion"));
    m_conclusion->setWordWrap(true);
    m_override = new QCheckBox(tr("&Judge the hard requirements otherwise"), this);
    m_override->setObjectName(QStringLiteral("overrideHard"));
    m_override->setAccessibleName(tr("Judge the hard requirements otherwise than the pre-check"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("screeningReason"));
    m_reason->setAccessibleName(tr("Reason or note for the screening"));
    m_reason->setPlaceholderText(tr("Reason (needed to judge otherwise)"));
    m_confirm = new QPushButton(tr("Con&firm Screening"), this);
    m_confirm->setObjectName(QStringLiteral("confirmScreeningButton"));
    m_confirm->setAccessibleName(tr("Confirm the screening"));
    m_threshold = new QSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("countedThreshold"));
    m_threshold->setAccessibleName(tr("Share of counted criteria to exceed, in percent"));
    m_threshold->setRange(1, 99);
    m_threshold->setSuffix(tr(" %"));
    m_saveThreshold = new QPushButton(tr("Set &Threshold"), this);
    m_saveThreshold->setObjectName(QStringLiteral("saveThresholdButton"));
    m_saveThreshold->setAccessibleName(tr("Set the profile's threshold"));
    connect(m_confirm, &QPushButton::clicked, this, &ScreeningCheckView::confirm);
    connect(m_saveThreshold, &QPushButton::clicked, this, &ScreeningCheckView::saveThreshold);

    auto* threshold = new QHBoxLayout;
    auto* thresholdLabel = new QLabel(tr("More than"), this);
    thresholdLabel->setBuddy(m_threshold);
    threshold->addWidget(thresholdLabel);
    threshold->addWidget(m_threshold);
    auto* thresholdText = new QLabel(tr("of the counted criteria must be met"), this);
    thresholdText->setToolTip(tr("A setting of the competence profile, for every candidate."));
    threshold->addWidget(thresholdText, 1);
    threshold->addWidget(m_saveThreshold);
    auto* decide = new QHBoxLayout;
    decide->addWidget(m_override);
    decide->addWidget(m_reason, 1);
    decide->addWidget(m_confirm);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_conclusion);
    layout->addLayout(threshold);
    layout->addLayout(decide);
    reload();
}

void ScreeningCheckView::recordChanged()
{
    m_reason->clear();
    m_override->setChecked(false);
}

void ScreeningCheckView::reload()
{
    m_findings->clear();
    const bool canWrite = store() && !store()->isReadOnly() && store()->role() == PersonRole::Officer;
    const auto check = store() && !candidate().isNull() ? store()->assessment().screeningCheck(candidate())
                                                        : Result<ScreeningCheck>::failure(ErrorCode::NotFound, {});
    for (QWidget* w :
         {static_cast<QWidget*>(m_override), static_cast<QWidget*>(m_reason), static_cast<QWidget*>(m_confirm),
          static_cast<QWidget*>(m_threshold), static_cast<QWidget*>(m_saveThreshold)}) {
        w->setEnabled(canWrite && check.ok());
    }
    if (!check.ok()) {
        m_conclusion->setText(candidate().isNull() ? tr("Select a candidate to see the pre-check.") : check.message());
        return;
    }
    const ScreeningCheck& c = check.value();
    m_preCheckHardMet = c.hardRequirementsMet();
    m_threshold->setValue(c.thresholdPercent);
    auto* hard = new QTreeWidgetItem(m_findings, {tr("Hard requirements (from the candidate's data)"),
                                                  c.hardRequirementsMet() ? tr("met") : tr("not met")});
    for (const ScreeningCheck::Requirement& r : c.hard) {
        auto* item = new QTreeWidgetItem(hard, {r.name, ScreeningCheck::findingLabel(r.finding), r.reason});
        item->setToolTip(2, r.reason);
    }
    auto* counted =
        new QTreeWidgetItem(m_findings, {tr("Counted criteria (from the consensus, else the submitted scores)"),
                                         tr("%1 of %2 met").arg(c.countedMet()).arg(c.countedTotal())});
    for (const ScreeningCheck::Counted& k : c.counted) {
        auto* item = new QTreeWidgetItem(counted, {k.name,
                                                   k.met        ? tr("met")
                                                   : k.assessed ? tr("not met")
                                                                : tr("not assessed"),
                                                   k.basis});
        item->setToolTip(2, k.basis);
    }
    m_findings->expandAll();
    QString text = tr("Pre-check: %1.").arg(c.proposal().explanation(c.thresholdPercent));
    if (const auto recorded = store()->decisions().screening(candidate()); recorded.ok() && recorded.value()) {
        text += QLatin1Char(' ') + tr("Recorded: %1.").arg(recorded.value()->explanation(c.thresholdPercent));
        if (!recorded.value()->overrideReason.isEmpty()) {
            text +=
                QLatin1Char(' ') + tr("Hard requirements judged otherwise: %1").arg(recorded.value()->overrideReason);
        }
    }
    m_conclusion->setText(text);
}

bool ScreeningCheckView::confirm()
{
    if (!store() || candidate().isNull()) {
        return false;
    }
    const std::optional<bool> hard = m_override->isChecked() ? std::optional<bool>(!m_preCheckHardMet) : std::nullopt;
    if (auto done = store()->assessment().confirmScreening(candidate(), hard, m_reason->text()); !done.ok()) {
        MessageBox::critical(this, tr("Screening not recorded"), done.message());
        return false;
    }
    m_override->setChecked(false);
    m_reason->clear();
    reload();
    return true;
}

void ScreeningCheckView::saveThreshold()
{
    if (!store()) {
        return;
    }
    if (auto done = store()->assessment().setCountedThreshold(m_threshold->value()); !done.ok()) {
        MessageBox::critical(this, tr("Threshold not set"), done.message());
        return;
    }
    reload();
}
