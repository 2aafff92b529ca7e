// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/SelectionView.h"

#include "domain/CompetenceProfile.h"
#include "candidates/DecisionDialog.h"
#include "domain/Pipeline.h"
#include "widgets/ReadOnlyTable.h"
#include "ListExport.h"
#include "ExportSources.h"
#include "assessment/ReviewerAgreement.h"
#include "assessment/ScoreStatistics.h"
#include "assessment/ScoringForm.h"
#include "assessment/SelectionHelper.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/Assessment.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

QTableWidgetItem* cell(const QString& text, const QUuid& id = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    if (!id.isNull()) {
        item->setData(Qt::UserRole, id);
    }
    return item;
}

/// Totals are sums of means: two decimals at most, as the locale writes them (as the CLI).
QString number(double value)
{
    return QLocale().toString(std::round(value * 100) / 100, 'f', QLocale::FloatingPointShortest);
}

QSpinBox* countBox(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setRange(0, SelectionRules::kMaxSeats);
    return box;
}

}  // namespace

SelectionView::SelectionView(QWidget* parent)
    : WorkshopView(parent)
{
    setObjectName(QStringLiteral("selectionView"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("selectionNote"));
    m_note->setWordWrap(true);

    // Left: the ranking, and the criteria of the candidate chosen in it.
    auto* rankingBox = new QGroupBox(tr("Stage 1 ranking against the seats"), this);
    m_ranking = readOnlyTable(
        rankingBox, QStringLiteral("rankingTable"), tr("Ranking against the seats"),
        {tr("Rank"), tr("Candidate"), tr("Total"), tr("Counted"), tr("Advantages"), tr("Within seats"), tr("Tie")});
    connect(m_ranking, &QTableWidget::itemSelectionChanged, this, &SelectionView::showStatistics);
    auto* rankingLayout = new QVBoxLayout(rankingBox);
    rankingLayout->addWidget(m_ranking);

    auto* statisticsBox = new QGroupBox(tr("Criteria of the candidate chosen in the ranking"), this);
    m_statisticsHeading = new QLabel(statisticsBox);
    m_statisticsHeading->setObjectName(QStringLiteral("statisticsHeading"));
    m_statisticsHeading->setWordWrap(true);
    m_statistics = readOnlyTable(statisticsBox, QStringLiteral("criterionStatistics"),
                                 tr("Statistics of each criterion of the chosen candidate"),
                                 {tr("Criterion"), tr("Ratings"), tr("Mean"), tr("Median"), tr("Spread"),
                                  tr("Population SD"), tr("Reviewers disagree"), tr("In the total")});
    auto* statisticsLayout = new QVBoxLayout(statisticsBox);
    statisticsLayout->addWidget(m_statisticsHeading);
    statisticsLayout->addWidget(m_statistics, 1);

    auto* left = new QSplitter(Qt::Vertical, this);
    left->setChildrenCollapsible(false);
    left->addWidget(rankingBox);
    left->addWidget(statisticsBox);

    // Right: agreement, then the selection helper.
    auto* agreementBox = new QGroupBox(tr("Reviewer agreement in this workshop (submitted ratings)"), this);
    m_agreement =
        readOnlyTable(agreementBox, QStringLiteral("agreementTable"), tr("Reviewer agreement"),
                      {tr("Coefficient"), tr("Value"), tr("Subjects"), tr("Raters"), tr("Band, or why not computed")});
    auto* bands = new QLabel(tr("Bands: Landis & Koch (1977) for kappa, Koo & Li (2016) for ICC, Krippendorff's "
                                "0.667 / 0.800 for alpha. A subject is one criterion of one candidate."),
                             agreementBox);
    bands->setWordWrap(true);
    auto* agreementLayout = new QVBoxLayout(agreementBox);
    agreementLayout->addWidget(m_agreement);
    agreementLayout->addWidget(bands);
    // File > Export on this tab writes the ranking; the agreement has its own button.
    auto* exportAgreement = new QPushButton(tr("Export Agreement…"), agreementBox);
    exportAgreement->setObjectName(QStringLiteral("agreementExport"));
    exportAgreement->setAccessibleName(tr("Export the reviewer agreement"));
    exportAgreement->setToolTip(tr("Save these figures as a spreadsheet (XLSX) or CSV."));
    connect(exportAgreement, &QPushButton::clicked, this, [this]() {
        if (!store() || workshop().isNull()) {
            return;
        }
        ExportRequest request;
        request.list = ExportedList::Agreement;
        request.workshopId = workshop();
        ListExport::run(this, *store(), request);
    });
    auto* agreementButtons = new QHBoxLayout;
    agreementButtons->addStretch(1);
    agreementButtons->addWidget(exportAgreement);
    agreementLayout->addLayout(agreementButtons);

    auto* selectionBox = new QGroupBox(tr("Selection helper"), this);
    m_maxPerAdministration =
        countBox(selectionBox, QStringLiteral("maxPerAdministration"), tr("At most this many from one administration"));
    m_maxPerAdministration->setSpecialValueText(tr("no limit"));
    auto* maxLabel = new QLabel(tr("At most per &administration:"), selectionBox);
    maxLabel->setBuddy(m_maxPerAdministration);
    auto* rules = new QGridLayout;
    rules->addWidget(maxLabel, 0, 0);
    rules->addWidget(m_maxPerAdministration, 0, 1);
    rules->addWidget(new QLabel(tr("At least, where the pool allows:"), selectionBox), 1, 0, 1, 4);
    int row = 2;
    int column = 0;
    const auto addMinimum = [&](QSpinBox* box, const QString& label) {
        auto* name = new QLabel(label, selectionBox);
        name->setBuddy(box);
        rules->addWidget(name, row, column);
        rules->addWidget(box, row, column + 1);
        column += 2;
        if (column == 6) {
            column = 0;
            ++row;
        }
    };
    for (Gender gender : allOf<Gender>()) {
        if (gender == Gender::Undisclosed) {
            continue;  // not a group anyone is selected to be part of
        }
        auto* box = countBox(selectionBox, QStringLiteral("minPerGender_") + keyOf(gender),
                             tr("At least this many of gender %1").arg(labelOf(gender)));
        m_minPerGender.insert(gender, box);
        addMinimum(box, labelOf(gender));
    }
    column = 0;
    ++row;
    for (Region region : allOf<Region>()) {
        auto* box = countBox(selectionBox, QStringLiteral("minPerRegion_") + keyOf(region),
                             tr("At least this many from %1").arg(labelOf(region)));
        m_minPerRegion.insert(region, box);
        addMinimum(box, labelOf(region));
    }
    rules->setColumnStretch(6, 1);
    m_propose = new QPushButton(tr("P&ropose"), selectionBox);
    m_propose->setObjectName(QStringLiteral("proposeSelection"));
    m_propose->setAccessibleName(tr("Propose the best set under these constraints"));
    connect(m_propose, &QPushButton::clicked, this, &SelectionView::propose);
    m_proposalNotes = new QLabel(selectionBox);
    m_proposalNotes->setObjectName(QStringLiteral("proposalNotes"));
    m_proposalNotes->setWordWrap(true);
    m_proposalNotes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_proposal = readOnlyTable(selectionBox, QStringLiteral("proposalTable"), tr("Proposed set"),
                               {tr("Candidate"), tr("Total"), tr("Administration"), tr("Proposal"), tr("Why")});
    connect(m_proposal, &QTableWidget::itemSelectionChanged, this, &SelectionView::updateButtons);
    connect(m_proposal, &QTableWidget::itemActivated, this, [this]() { decideChosen(); });
    m_decide = new QPushButton(tr("Record a &Decision…"), selectionBox);
    m_decide->setObjectName(QStringLiteral("decideProposed"));
    m_decide->setAccessibleName(tr("Record a decision for the candidate chosen in the proposal"));
    connect(m_decide, &QPushButton::clicked, this, [this]() { decideChosen(); });
    auto* onlyProposes = new QLabel(tr("The helper only proposes. Each decision goes through the pipeline, with its "
                                       "reason, and the candidate is told."),
                                    selectionBox);
    onlyProposes->setObjectName(QStringLiteral("onlyProposesNote"));
    onlyProposes->setWordWrap(true);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_propose);
    actions->addWidget(onlyProposes, 1);
    actions->addWidget(m_decide);
    auto* selectionLayout = new QVBoxLayout(selectionBox);
    selectionLayout->addLayout(rules);
    selectionLayout->addLayout(actions);
    selectionLayout->addWidget(m_proposalNotes);
    selectionLayout->addWidget(m_proposal, 1);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->setChildrenCollapsible(false);
    right->addWidget(agreementBox);
    right->addWidget(selectionBox);
    right->setSizes({200, 600});  // the four coefficients need little height; the proposal more

    auto* columns = new QSplitter(Qt::Horizontal, this);
    columns->setChildrenCollapsible(false);
    columns->addWidget(left);
    columns->addWidget(right);
    columns->setSizes({650, 750});  // proportions: the ranking's columns and the proposal's reasons

    // The tab holds a lot: below its natural size it scrolls rather than making the whole
    // window grow (a window's minimum size is the largest of its areas').
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_note);
    contentLayout->addWidget(columns, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("selectionScroll"));
    scroll->setAccessibleName(tr("Ranking, agreement and selection"));
    scroll->setFocusPolicy(Qt::NoFocus);  // the controls inside take the focus
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    reload();
}

SelectionView::~SelectionView() = default;

void SelectionView::reload()
{
    m_ranked.clear();
    m_ratings.clear();
    m_values.clear();
    m_criterionNames.clear();
    m_criterionKinds.clear();
    m_seats = 0;
    QString problem;
    QString title;
    if (store() && !workshop().isNull()) {
        const auto seats = store()->workshops().seats();
        for (const WorkshopSeats& w : seats.ok() ? seats.value() : QList<WorkshopSeats>()) {
            if (w.id == workshop()) {
                m_seats = w.capacity;
                title = w.title;
            }
        }
        const auto applicants = store()->assessment().applicants(workshop());
        const auto ratings = store()->assessment().ratings(workshop());
        const auto values = store()->assessment().criterionValues(workshop());
        const auto profile = store()->assessment().currentProfile();
        const auto workshopCriteria = store()->workshops().criteria(workshop());
        if (!applicants.ok() || !ratings.ok() || !values.ok()) {
            problem = !applicants.ok() ? applicants.message() : !ratings.ok() ? ratings.message() : values.message();
        } else {
            m_ratings = ratings.value();
            m_values = values.value();
            m_ranked = Ranking::rank(applicants.value(), m_values, m_seats);
        }
        // Names for the criteria; a key the current profile does not know is shown as it is.
        if (profile.ok()) {
            for (const CriterionGroup& group : profile.value().groups) {
                for (const Criterion& c : group.criteria) {
                    m_criterionNames.insert(c.key, c.name);
                    m_criterionKinds.insert(c.key, c.kind);
                }
            }
        }
        for (const Criterion& c : workshopCriteria.ok() ? workshopCriteria.value() : QList<Criterion>()) {
            m_criterionNames.insert(ScoringForm::workshopKey(c.key), c.name);
        }
    }
    if (!store() || workshop().isNull()) {
        m_note->setText(tr("Choose a workshop above to rank its applicants against its seats."));
    } else if (!problem.isEmpty()) {
        m_note->setText(problem);
    } else {
        m_note->setText(tr("<b>%1</b>, seats: %2. Each total adds up the counted criteria and advantages of the "
                           "profile: the officer's consensus where one is recorded, otherwise the mean of the "
                           "reviewers' submitted ratings. Hard requirements gate and do not rank; the workshop's "
                           "own criteria are assessed at the workshop, after this selection.")
                            .arg(title.toHtmlEscaped())
                            .arg(m_seats));
    }
    showRanking();
    showAgreement();
    m_proposal->setRowCount(0);
    m_proposalNotes->clear();
    updateButtons();
}

void SelectionView::showRanking()
{
    const QSignalBlocker blocker(m_ranking);
    m_ranking->setRowCount(int(m_ranked.size()));
    for (int row = 0; row < m_ranked.size(); ++row) {
        const RankedCandidate& r = m_ranked.at(row);
        QString within = r.withinSeats ? tr("yes") : tr("no");
        if (!r.applicant.competesForSeat()) {
            within = tr("no longer competing (%1)").arg(labelOf(r.applicant.stage));
        } else if (r.criteriaValued == 0) {
            within = tr("not scored yet");
        }
        m_ranking->setItem(row, 0, cell(QLocale().toString(r.rank), r.applicant.candidateId));
        m_ranking->setItem(row, 1, cell(r.applicant.name, r.applicant.candidateId));
        m_ranking->setItem(row, 2, cell(number(r.total)));
        m_ranking->setItem(row, 3, cell(number(r.countedTotal)));
        m_ranking->setItem(row, 4, cell(number(r.advantageTotal)));
        m_ranking->setItem(row, 5, cell(within));
        m_ranking->setItem(row, 6, cell(r.tiedAtLastSeat ? tr("tied for the last seat") : QString()));
        for (int column = 2; column <= 4; ++column) {
            m_ranking->item(row, column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    m_ranking->resizeColumnsToContents();
    if (!m_ranked.isEmpty()) {
        m_ranking->selectRow(0);
    }
    showStatistics();
}

QString SelectionView::criterionName(const QString& key) const
{
    return m_criterionNames.value(key, key);
}

void SelectionView::showStatistics()
{
    m_statistics->setRowCount(0);
    const QList<QTableWidgetItem*> chosen = m_ranking->selectedItems();
    if (chosen.isEmpty()) {
        m_statisticsHeading->setText(tr("Choose a candidate in the ranking to see each criterion's ratings."));
        return;
    }
    const QUuid candidate = chosen.constFirst()->data(Qt::UserRole).toUuid();
    QList<SubmittedRating> own;
    for (const SubmittedRating& r : m_ratings) {
        if (r.candidateId == candidate) {
            own.append(r);
        }
    }
    QMap<QString, CriterionValue> ranked;
    for (const CriterionValue& v : m_values) {
        if (v.candidateId == candidate) {
            ranked.insert(v.criterionKey, v);
        }
    }
    // Every criterion with ratings, then those with only a consensus.
    QStringList keys;
    QMap<QString, RatingSummary> summaries;
    for (const CriterionSummary& s : ScoreStatistics::byCandidateAndCriterion(own)) {
        keys.append(s.criterionKey);
        summaries.insert(s.criterionKey, s.ratings);
    }
    for (const QString& key : ranked.keys()) {
        if (!keys.contains(key)) {
            keys.append(key);
        }
    }
    int disagreements = 0;
    m_statistics->setRowCount(int(keys.size()));
    const QLocale locale;
    for (int row = 0; row < keys.size(); ++row) {
        const QString& key = keys.at(row);
        const auto summary = summaries.constFind(key);
        QString inTotal;
        if (const auto v = ranked.constFind(key); v != ranked.cend()) {
            inTotal =
                v->fromConsensus ? tr("%1 (consensus)").arg(number(v->value)) : tr("%1 (mean)").arg(number(v->value));
        } else if (m_criterionKinds.value(key, CriterionKind::Counted) == CriterionKind::Hard &&
                   m_criterionKinds.contains(key)) {
            inTotal = tr("no: a hard requirement gates");
        } else {
            inTotal = tr("no: not a Stage 1 criterion");
        }
        m_statistics->setItem(row, 0, cell(criterionName(key)));
        if (summary != summaries.cend()) {
            const RatingSummary& s = *summary;
            disagreements += s.reviewersDisagree ? 1 : 0;
            m_statistics->setItem(row, 1, cell(locale.toString(s.count)));
            m_statistics->setItem(row, 2, cell(number(s.mean)));
            m_statistics->setItem(row, 3, cell(number(s.median)));
            m_statistics->setItem(row, 4, cell(locale.toString(s.spread)));
            m_statistics->setItem(row, 5, cell(number(s.populationStandardDeviation)));
            m_statistics->setItem(
                row, 6, cell(s.reviewersDisagree ? tr("yes: %1 to %2").arg(s.lowest).arg(s.highest) : tr("no")));
        } else {
            m_statistics->setItem(row, 1, cell(locale.toString(0)));
            for (int column = 2; column <= 6; ++column) {
                m_statistics->setItem(row, column, cell(QStringLiteral("—")));
            }
        }
        m_statistics->setItem(row, 7, cell(inTotal));
    }
    m_statistics->resizeColumnsToContents();
    QString name;
    for (const RankedCandidate& r : m_ranked) {
        name = r.applicant.candidateId == candidate ? r.applicant.name : name;
    }
    m_statisticsHeading->setText(
        tr("<b>%1</b>: submitted ratings only; the standard deviation is the population one (divided by n). "
           "Reviewers disagree when %2 levels apart or more; criteria where they do: %3.")
            .arg(name.toHtmlEscaped())
            .arg(ScoreStatistics::kDisagreementLevels)
            .arg(disagreements));
}

void SelectionView::showAgreement()
{
    m_agreement->setRowCount(0);
    if (!store() || workshop().isNull()) {
        return;
    }
    const QList<AgreementFigure> figures = ReviewerAgreement::ofSubmitted(m_ratings);
    m_agreement->setRowCount(int(figures.size()));
    const QLocale locale;
    for (int row = 0; row < figures.size(); ++row) {
        const AgreementFigure& f = figures.at(row);
        m_agreement->setItem(row, 0, cell(ReviewerAgreement::methodName(f.method)));
        if (f.result.ok()) {
            const Agreement& a = f.result.value();
            m_agreement->setItem(row, 1, cell(locale.toString(a.value, 'f', 3)));
            m_agreement->setItem(row, 2, cell(locale.toString(a.subjects)));
            m_agreement->setItem(row, 3, cell(locale.toString(a.raters)));
            m_agreement->setItem(row, 4,
                                 cell(a.subjectsLeftOut > 0
                                          ? tr("%1 (subjects left out: %2)").arg(a.band).arg(a.subjectsLeftOut)
                                          : a.band));
        } else {
            m_agreement->setItem(row, 1, cell(QStringLiteral("—")));
            m_agreement->setItem(row, 2, cell(QString()));
            m_agreement->setItem(row, 3, cell(QString()));
            m_agreement->setItem(row, 4, cell(f.result.message()));
        }
    }
    m_agreement->resizeColumnsToContents();
    m_agreement->resizeRowsToContents();
}

void SelectionView::propose()
{
    m_proposal->setRowCount(0);
    if (!store() || workshop().isNull()) {
        return;
    }
    SelectionRules rules;
    rules.seats = std::clamp(m_seats, 1, SelectionRules::kMaxSeats);
    rules.maxPerAdministration = m_maxPerAdministration->value();
    for (auto it = m_minPerGender.cbegin(); it != m_minPerGender.cend(); ++it) {
        if (it.value()->value() > 0) {
            rules.minPerGender.insert(it.key(), it.value()->value());
        }
    }
    for (auto it = m_minPerRegion.cbegin(); it != m_minPerRegion.cend(); ++it) {
        if (it.value()->value() > 0) {
            rules.minPerRegion.insert(it.key(), it.value()->value());
        }
    }
    const SelectionPool pool = Ranking::selectionPool(m_ranked);
    const auto proposed = SelectionHelper::propose(pool.candidates, rules);
    if (!proposed.ok()) {
        m_proposalNotes->setText(proposed.message());
        updateButtons();
        return;
    }
    const SelectionProposal& p = proposed.value();
    m_proposalNotes->setText(p.notes.join(QLatin1Char('\n')));
    const auto add = [this](const QUuid& id, const QString& name, double total, const QString& administration,
                            const QString& verdict, const QString& why) {
        const int row = m_proposal->rowCount();
        m_proposal->insertRow(row);
        m_proposal->setItem(row, 0, cell(name, id));
        m_proposal->setItem(row, 1, cell(number(total)));
        m_proposal->setItem(row, 2, cell(administration));
        m_proposal->setItem(row, 3, cell(verdict));
        m_proposal->setItem(row, 4, cell(why));
    };
    for (const SelectionChoice& c : p.picks) {
        add(c.candidate.candidateId, c.candidate.name, c.candidate.total, c.candidate.administration, tr("picked"),
            c.explanation);
        m_proposal->item(m_proposal->rowCount() - 1, 3)->setData(Qt::UserRole, int(Stage::Selected));
    }
    for (const SelectionChoice& c : p.leftOut) {
        add(c.candidate.candidateId, c.candidate.name, c.candidate.total, c.candidate.administration, tr("left out"),
            c.explanation);
        m_proposal->item(m_proposal->rowCount() - 1, 3)->setData(Qt::UserRole, int(Stage::Waitlisted));
    }
    for (const NotConsidered& n : pool.notConsidered) {
        add(n.ranked.applicant.candidateId, n.ranked.applicant.name, n.ranked.total, n.ranked.applicant.administration,
            n.ranked.applicant.screeningPassed ? tr("not considered") : tr("needs an override"), n.reason);
    }
    // The reasons wrap in the last column rather than running off to the right.
    for (int c = 0; c < m_proposal->columnCount() - 1; ++c) {
        m_proposal->resizeColumnToContents(c);
    }
    m_proposal->resizeRowsToContents();
    updateButtons();
}

DecisionDialog* SelectionView::decideChosen()
{
    const QList<QTableWidgetItem*> chosen = m_proposal->selectedItems();
    if (!store() || chosen.isEmpty()) {
        return nullptr;
    }
    const int row = chosen.constFirst()->row();
    const QUuid candidate = m_proposal->item(row, 0)->data(Qt::UserRole).toUuid();
    const QVariant proposedStage = m_proposal->item(row, 3)->data(Qt::UserRole);
    std::optional<Stage> target;
    if (proposedStage.isValid()) {
        target = Stage(proposedStage.toInt());
    }
    if (m_dialog) {
        m_dialog->close();
    }
    m_dialog = new DecisionDialog(store(), candidate, target, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this]() {
        reload();
        emit changed();
    });
    m_dialog->open();
    return m_dialog;
}

void SelectionView::updateButtons()
{
    const bool ready = store() && !workshop().isNull();
    m_propose->setEnabled(ready && !m_ranked.isEmpty());
    m_decide->setEnabled(ready && !store()->isReadOnly() && !m_proposal->selectedItems().isEmpty());
}
