// SPDX-License-Identifier: GPL-3.0-or-later
// The Scores Grid tab of a workshop, typed like a spreadsheet: a digit rates the cell and
// moves on, a rating off the scale is refused with a word, Delete empties a cell (a stored
// rating is cleared at Save, only as read; Undo Typing brings it back; refused on a
// submitted form), arrows and Tab move, a block pasted from a spreadsheet goes in whole or
// not at all, a cell's tooltip gives the level's descriptor, and Save writes every changed
// cell in one unit (one audit entry) as the officer's consensus, or as a reviewer's drafts
// in their own review file (the shared file untouched, submitted forms read only).
// Screenshots at 1024×700 and 1920×1080.
#include "HeldWorkshop.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Translations.h"
#include "assessment/AssessmentRecords.h"
#include "assessment/Ranking.h"
#include "assessment/ScoresGridModel.h"
#include "assessment/ScoresGridView.h"
#include "assessment/ScoringFormView.h"
#include "Clock.h"
#include "domain/Score.h"
#include "store/Actor.h"
#include "store/Assessment.h"
#include "store/AuditEntry.h"
#include "store/ReviewFile.h"
#include "store/Store.h"
#include "widgets/MessageBox.h"
#include "workshops/WorkshopsPage.h"
#include "TestMain.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

void screenshot(QWidget& window, const QSize& size, const QString& name)
{
    window.resize(size);
    QApplication::processEvents();
    QDir().mkpath(QStringLiteral(AD_BINARY_DIR "/screenshots"));
    QVERIFY(window.grab().save(QStringLiteral(AD_BINARY_DIR "/screenshots/") + name));
}

int columnOf(const ScoresGridModel& model, const QString& key)
{
    for (int c = 0; c < model.sheet().criteria.size(); ++c) {
        if (model.sheet().criteria.at(c).key == key) {
            return c;
        }
    }
    return -1;
}

int rowOf(const ScoresGridModel& model, const QUuid& candidate)
{
    for (int r = 0; r < model.sheet().candidates.size(); ++r) {
        if (model.sheet().candidates.at(r).id == candidate) {
            return r;
        }
    }
    return -1;
}

/// The first of three criteria in a row that take 0 to 4 (no hard requirement among them).
int countedRun(const ScoresGridModel& model)
{
    const auto& criteria = model.sheet().criteria;
    for (int c = 0; c + 2 < criteria.size(); ++c) {
        if (criteria.at(c).kind != CriterionKind::Hard && criteria.at(c + 1).kind != CriterionKind::Hard &&
            criteria.at(c + 2).kind != CriterionKind::Hard) {
            return c;
        }
    }
    return -1;
}

int hardColumn(const ScoresGridModel& model)
{
    for (int c = 0; c < model.sheet().criteria.size(); ++c) {
        if (model.sheet().criteria.at(c).kind == CriterionKind::Hard) {
            return c;
        }
    }
    return -1;
}

/// Every consensus of `candidates` in one round: "id/key" → rating.
QHash<QString, int> consensusIn(const Store& store, const QList<QUuid>& candidates, PipelineStep round)
{
    QHash<QString, int> held;
    for (const QUuid& id : candidates) {
        for (const ConsensusRating& c : store.assessment().consensus(id).value()) {
            if (c.round == round) {
                held.insert(id.toString() + QLatin1Char('/') + c.criterionKey, c.rating);
            }
        }
    }
    return held;
}

void chooseRound(ScoresGridView& view, PipelineStep round)
{
    QComboBox* chooser = view.roundChooser();
    chooser->setCurrentIndex(chooser->findData(keyOf(round)));
}

}  // namespace

class TestScoresGrid : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    HeldWorkshop m_held;

    std::unique_ptr<Store> open(const QString& account, Store::Access access)
    {
        auto store = Store::open(m_file, access, Actor{account, QStringLiteral("pc-1")});
        return store.ok() ? std::move(store).value() : nullptr;
    }

    /// The officer's other window (a second process) records a Stage 2 consensus of
    /// `rating` on the candidate's "workshop:discussions" meanwhile.
    bool recordElsewhere(const QUuid& candidate, int rating)
    {
        auto second = open(Actor::current().person, Store::Access::Edit);
        if (!second || second->isReadOnly()) {
            return false;
        }
        const bool recorded =
            second->assessment()
                .recordConsensus(
                    {candidate, QStringLiteral("workshop:discussions"), 1, rating, {}, {}, {}, PipelineStep::Workshop})
                .ok();
        second->close();
        return recorded;
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk scores grid tests"));
        QSettings().clear();
        Translations::install();
        MessageBox::recordInsteadOfShowing(true);
        m_file = m_dir.filePath(QStringLiteral("round.accred"));
        auto store = createStore(m_file);
        QVERIFY(store);
        m_held = makeHeldWorkshop(*store);
        QVERIFY(!m_held.workshop.isNull());
    }

    void theOfficerTypesMovesAndPastesLikeASpreadsheet()
    {
        auto store = open(Actor::current().person, Store::Access::Edit);
        QVERIFY(store);
        ScoresGridView view;
        view.setStore(store.get());
        view.setWorkshop(m_held.workshop);
        view.resize(1024, 700);
        view.show();
        ScoresGridModel* model = view.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->mode(), ScoresGridModel::Mode::Consensus);
        QVERIFY(model->rowCount() >= 4);
        QVERIFY(model->columnCount() >= 30);
        ScoresTable* table = view.table();
        QVERIFY(!table->accessibleName().isEmpty());
        const qsizetype trail = store->auditTrail().value().size();

        // A digit rates the cell and moves to the next criterion.
        const int arai = rowOf(*model, m_held.candidates.value(QStringLiteral("Arai")));
        const int base = countedRun(*model);
        QVERIFY(arai >= 0 && base >= 0);
        table->setFocus();
        table->setCurrentIndex(model->index(arai, base));
        QTest::keyClick(table, Qt::Key_3);
        QCOMPARE(model->data(model->index(arai, base)).toInt(), 3);
        QCOMPARE(table->currentIndex(), model->index(arai, base + 1));
        // Its tooltip gives the level's descriptor, as the profile's scale words it.
        const ScaleLevel level3 = model->sheet().scale.at(3);
        QVERIFY2(model->data(model->index(arai, base), Qt::ToolTipRole).toString().contains(level3.descriptor),
                 qPrintable(model->data(model->index(arai, base), Qt::ToolTipRole).toString()));
        // Off the scale: refused with a word, the cell unchanged, the cursor stays.
        QTest::keyClick(table, Qt::Key_9);
        QVERIFY(!model->data(model->index(arai, base + 1)).isValid());
        QCOMPARE(table->currentIndex(), model->index(arai, base + 1));
        QVERIFY(!view.status()->text().isEmpty());
        // A hard requirement takes 0 or 1 only.
        const int hard = hardColumn(*model);
        QVERIFY(hard >= 0);
        table->setCurrentIndex(model->index(arai, hard));
        const QVariant hardBefore = model->data(model->index(arai, hard));
        view.status()->clear();
        QTest::keyClick(table, Qt::Key_2);
        QCOMPARE(model->data(model->index(arai, hard)), hardBefore);
        QVERIFY(!view.status()->text().isEmpty());
        QCOMPARE(model->pendingCount(), 1);
        // Arrows and Tab move.
        table->setCurrentIndex(model->index(arai, base + 1));
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex(), model->index(arai + 1, base + 1));
        QTest::keyClick(table, Qt::Key_Tab);
        QCOMPARE(table->currentIndex(), model->index(arai + 1, base + 2));
        QTest::keyClick(table, Qt::Key_Up);
        QTest::keyClick(table, Qt::Key_Left);
        QTest::keyClick(table, Qt::Key_Left);
        QCOMPARE(table->currentIndex(), model->index(arai, base));
        // Delete drops what was typed.
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(model->pendingCount(), 0);
        QTest::keyClick(table, Qt::Key_3);

        // A block from a spreadsheet: tab-separated, a line a row.
        const int sato = model->rowCount() - 2;  // the block's first row; the next is the last
        QVERIFY(arai < sato);
        const QUuid pasted = model->sheet().candidates.at(sato).id;
        QApplication::clipboard()->setText(QStringLiteral("1\t2\t3\r\n4\t0\t1\r\n"));
        table->setCurrentIndex(model->index(sato, base));
        QTest::keySequence(table, QKeySequence::Paste);
        QVERIFY2(view.status()->text().isEmpty(), qPrintable(view.status()->text()));
        QCOMPARE(model->data(model->index(sato, base)).toInt(), 1);
        QCOMPARE(model->data(model->index(sato, base + 2)).toInt(), 3);
        QCOMPARE(model->data(model->index(sato + 1, base)).toInt(), 4);
        QCOMPARE(model->pendingCount(), 7);
        // A block with one cell off the scale goes in not at all.
        QApplication::clipboard()->setText(QStringLiteral("2\t7\n"));
        table->setCurrentIndex(model->index(sato, 5));
        QTest::keySequence(table, QKeySequence::Paste);
        QVERIFY2(view.status()->text().contains(QStringLiteral("Nothing was pasted")),
                 qPrintable(view.status()->text()));
        QCOMPARE(model->pendingCount(), 7);

        screenshot(view, {1024, 700}, QStringLiteral("scores-grid-typing-1024.png"));

        // Save: every changed cell in one unit, one audit entry.
        QVERIFY2(view.save(), qPrintable(view.status()->text()));
        QCOMPARE(model->pendingCount(), 0);
        const QList<AuditEntry> entries = store->auditTrail().value();
        QCOMPARE(entries.size(), trail + 1);
        QCOMPARE(entries.constLast().action, QStringLiteral("consensus.import"));
        const QString firstKey = model->sheet().criteria.at(base).key;
        bool found = false;
        for (const ConsensusRating& c : store->assessment().consensus(pasted).value()) {
            found = found || (c.criterionKey == firstKey && c.rating == 1);
        }
        QVERIFY(found);
        QCOMPARE(model->data(model->index(sato, base)).toInt(), 1);  // read back from the file
    }

    void aReviewerRatesTheirOwnFormOnly()
    {
        auto store = open(QStringLiteral("lhaddad"), Store::Access::ReadOnly);
        QVERIFY(store);
        const QString reviewPath = QFileInfo(m_file).absoluteDir().filePath(QStringLiteral("lhaddad.review"));
        auto review = ReviewFile::open(reviewPath);
        QVERIFY2(review.ok(), qPrintable(review.message()));
        const QString sharedBefore = sha256Of(m_file);
        ScoresGridView view;
        view.setStore(store.get());
        view.setWorkshop(m_held.workshop);
        view.setReviewFile(review.value().get());
        view.show();
        chooseRound(view, PipelineStep::Workshop);  // the workshop's own criteria are Stage 2's
        ScoresGridModel* model = view.model();
        QCOMPARE(model->mode(), ScoresGridModel::Mode::Reviewer);
        const int arai = rowOf(*model, m_held.candidates.value(QStringLiteral("Arai")));
        const int haddou = rowOf(*model, m_held.candidates.value(QStringLiteral("Haddou")));
        QVERIFY(arai >= 0 && haddou >= 0);
        // Her submitted form of Arai is read only; Haddou's draft takes ratings.
        ScoresTable* table = view.table();
        table->setFocus();
        const int discussions = columnOf(*model, QStringLiteral("workshop:discussions"));
        QVERIFY(discussions >= 0);
        table->setCurrentIndex(model->index(arai, discussions));
        QTest::keyClick(table, Qt::Key_1);
        QCOMPARE(model->pendingCount(), 0);
        QVERIFY2(view.status()->text().contains(QStringLiteral("submitted")), qPrintable(view.status()->text()));
        QCOMPARE(model->data(model->index(haddou, discussions)).toInt(), 1);  // her draft, as stored
        table->setCurrentIndex(model->index(haddou, discussions));
        QTest::keyClick(table, Qt::Key_4);
        QTest::keyClick(table, Qt::Key_2);
        QCOMPARE(model->pendingCount(), 2);
        const qint64 revision = review.value()->revision().value();
        QVERIFY2(view.save(), qPrintable(view.status()->text()));
        QCOMPARE(review.value()->revision().value(), revision + 1);  // one unit for both
        int rated = 0;
        for (const Score& s : review.value()->scores().value()) {
            if (s.candidateId == m_held.candidates.value(QStringLiteral("Haddou"))) {
                rated += (s.criterionKey == QLatin1String("workshop:discussions") && s.rating == 4) ? 1 : 0;
                QVERIFY(!s.isSubmitted());
            }
        }
        QCOMPARE(rated, 1);
        QCOMPARE(sha256Of(m_file), sharedBefore);
    }

    void eachRoundHasItsOwnGrid()
    {
        auto store = open(Actor::current().person, Store::Access::Edit);
        QVERIFY(store);
        ScoresGridView view;
        view.setStore(store.get());
        view.setWorkshop(m_held.workshop);
        view.show();
        ScoresGridModel* model = view.model();
        QVERIFY(!view.roundChooser()->accessibleName().isEmpty());
        QCOMPARE(model->round(), PipelineStep::Selection);
        const QList<QUuid> everyone = m_held.candidates.values();
        const QUuid arai = m_held.candidates.value(QStringLiteral("Arai"));
        const QUuid quispe = m_held.candidates.value(QStringLiteral("Quispe"));
        // Stage 1 rates the workshop's applicants, Quispe (not selected) among them.
        QVERIFY(rowOf(*model, quispe) >= 0);
        QCOMPARE(columnOf(*model, QStringLiteral("workshop:discussions")), -1);
        const int base = countedRun(*model);
        QVERIFY(base >= 0);
        const QString stage1Key = model->sheet().criteria.at(base).key;
        const QHash<QString, int> stage2Before = consensusIn(*store, everyone, PipelineStep::Workshop);
        view.table()->setFocus();
        view.table()->setCurrentIndex(model->index(rowOf(*model, arai), base));
        QTest::keyClick(view.table(), Qt::Key_2);
        QVERIFY2(view.save(), qPrintable(view.status()->text()));
        QCOMPARE(consensusIn(*store, everyone, PipelineStep::Selection).value(arai.toString() + u'/' + stage1Key), 2);
        QCOMPARE(consensusIn(*store, everyone, PipelineStep::Workshop), stage2Before);
        // The Stage 1 ranking reads the consensus the grid recorded.
        bool ranked = false;
        for (const CriterionValue& v : store->assessment().criterionValues(m_held.workshop).value()) {
            ranked =
                ranked || (v.candidateId == arai && v.criterionKey == stage1Key && v.fromConsensus && v.value == 2.0);
        }
        QVERIFY(ranked);

        // Stage 2: those holding its seats, with the workshop's own criteria; Stage 1 untouched.
        const QHash<QString, int> stage1Before = consensusIn(*store, everyone, PipelineStep::Selection);
        chooseRound(view, PipelineStep::Workshop);
        QCOMPARE(model->round(), PipelineStep::Workshop);
        QCOMPARE(rowOf(*model, quispe), -1);
        const int discussions = columnOf(*model, QStringLiteral("workshop:discussions"));
        const int row = rowOf(*model, arai);
        QVERIFY(discussions >= 0 && row >= 0);
        QCOMPARE(model->data(model->index(row, discussions)).toInt(), 4);  // the held consensus of Stage 2
        view.table()->setCurrentIndex(model->index(row, discussions));
        QTest::keyClick(view.table(), Qt::Key_3);
        QVERIFY2(view.save(), qPrintable(view.status()->text()));
        QCOMPARE(
            consensusIn(*store, everyone, PipelineStep::Workshop).value(arai.toString() + u"/workshop:discussions"), 3);
        QCOMPARE(consensusIn(*store, everyone, PipelineStep::Selection), stage1Before);

        // Ratings typed and another round chosen: asked first; Cancel keeps them and the round.
        view.table()->setCurrentIndex(model->index(row, discussions));
        QTest::keyClick(view.table(), Qt::Key_1);
        QCOMPARE(model->pendingCount(), 1);
        MessageBox::setNextUnsavedChoice(MessageBox::UnsavedChoice::Cancel);
        chooseRound(view, PipelineStep::Selection);
        QCOMPARE(model->round(), PipelineStep::Workshop);
        QCOMPARE(view.roundChooser()->currentData().toString(), QStringLiteral("workshop"));
        QCOMPARE(model->pendingCount(), 1);
        MessageBox::setNextUnsavedChoice(MessageBox::UnsavedChoice::Discard);
        chooseRound(view, PipelineStep::Selection);
        QCOMPARE(model->round(), PipelineStep::Selection);
        QCOMPARE(model->pendingCount(), 0);
        QCOMPARE(
            consensusIn(*store, everyone, PipelineStep::Workshop).value(arai.toString() + u"/workshop:discussions"), 3);
    }

    void theGridIsATabOfTheWorkshop()
    {
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(window.openFile(m_file));
        window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(1);
        WorkshopsPage* page = window.workshopsPage();
        page->selectWorkshop(m_held.workshop);
        ScoresGridView* grid = page->scoresGrid();
        page->tabs()->setCurrentWidget(grid);
        QVERIFY(grid->isVisible());
        QVERIFY(grid->model()->rowCount() >= 4);
        grid->table()->setFocus();
        grid->table()->setCurrentIndex(grid->model()->index(0, std::max(0, countedRun(*grid->model()))));
        QTest::keyClicks(grid->table(), QStringLiteral("3210"));
        QCOMPARE(grid->model()->pendingCount() >= 1, true);
        screenshot(window, {1024, 700}, QStringLiteral("scores-grid-1024.png"));
        screenshot(window, {1920, 1080}, QStringLiteral("scores-grid-1920.png"));
        // Another workshop chosen with ratings typed: asked first; Cancel keeps them and the workshop.
        const int typed = grid->model()->pendingCount();
        MessageBox::setNextUnsavedChoice(MessageBox::UnsavedChoice::Cancel);
        page->selectWorkshop(QUuid());
        QCOMPARE(page->currentWorkshop(), m_held.workshop);
        QCOMPARE(grid->model()->pendingCount(), typed);
        MessageBox::setNextUnsavedChoice(MessageBox::UnsavedChoice::Discard);
        page->selectWorkshop(QUuid());
        QVERIFY(page->currentWorkshop().isNull());
        QCOMPARE(grid->model()->pendingCount(), 0);
    }

    void deleteClearsAStoredConsensusAtSaveAndUndoTypingBringsItBack()
    {
        auto store = open(Actor::current().person, Store::Access::Edit);
        QVERIFY(store);
        ScoresGridView view;
        view.setStore(store.get());
        view.setWorkshop(m_held.workshop);
        view.show();
        chooseRound(view, PipelineStep::Workshop);
        ScoresGridModel* model = view.model();
        const QUuid arai = m_held.candidates.value(QStringLiteral("Arai"));
        const int row = rowOf(*model, arai);
        const int discussions = columnOf(*model, QStringLiteral("workshop:discussions"));
        QVERIFY(row >= 0 && discussions >= 0);
        const QModelIndex cell = model->index(row, discussions);
        QVERIFY(model->data(cell).isValid());  // a stored consensus
        const int stored = model->data(cell).toInt();
        const QList<QUuid> everyone = m_held.candidates.values();
        const QString key = arai.toString() + u"/workshop:discussions";
        ScoresTable* table = view.table();
        table->setFocus();
        table->setCurrentIndex(cell);
        // Delete empties the cell; nothing is written until Save.
        QTest::keyClick(table, Qt::Key_Delete);
        QVERIFY(!model->data(cell).isValid());
        QVERIFY(model->isClearing(cell));
        QCOMPARE(model->pendingCount(), 1);
        QVERIFY2(model->data(cell, Qt::ToolTipRole).toString().contains(QStringLiteral("Rating cleared")),
                 qPrintable(model->data(cell, Qt::ToolTipRole).toString()));
        QCOMPARE(consensusIn(*store, everyone, PipelineStep::Workshop).value(key), stored);
        // Undo Typing brings it back, as it does what was typed.
        auto* undo = view.findChild<QPushButton*>(QStringLiteral("revertScoresGrid"));
        QVERIFY(undo && undo->isEnabled());
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(model->data(cell).toInt(), stored);
        QCOMPARE(model->pendingCount(), 0);
        // Backspace does the same; Save clears it in one unit, one entry.
        table->setCurrentIndex(cell);
        QTest::keyClick(table, Qt::Key_Backspace);
        QCOMPARE(model->pendingCount(), 1);
        const qsizetype trail = store->auditTrail().value().size();
        QVERIFY2(view.save(), qPrintable(view.status()->text()));
        QVERIFY(!consensusIn(*store, everyone, PipelineStep::Workshop).contains(key));
        QVERIFY(!model->data(cell).isValid());  // read back from the file
        const QList<AuditEntry> entries = store->auditTrail().value();
        QCOMPARE(entries.size(), trail + 1);
        QCOMPARE(entries.constLast().action, QStringLiteral("consensus.import"));
        // Typed back, for the tests that follow.
        table->setCurrentIndex(cell);
        QTest::keyClick(table, Qt::Key_4);
        QVERIFY2(view.save(), qPrintable(view.status()->text()));
        QCOMPARE(consensusIn(*store, everyone, PipelineStep::Workshop).value(key), 4);
    }

    void aConsensusRecordedAgainElsewhereIsNotClearedFromAnOldGrid()
    {
        auto store = open(Actor::current().person, Store::Access::Edit);
        QVERIFY(store);
        ScoresGridView view;
        view.setStore(store.get());
        view.setWorkshop(m_held.workshop);
        view.show();
        chooseRound(view, PipelineStep::Workshop);
        ScoresGridModel* model = view.model();
        const QUuid arai = m_held.candidates.value(QStringLiteral("Arai"));
        const QModelIndex cell =
            model->index(rowOf(*model, arai), columnOf(*model, QStringLiteral("workshop:discussions")));
        QVERIFY(model->data(cell).isValid());
        view.table()->setFocus();
        view.table()->setCurrentIndex(cell);
        QTest::keyClick(view.table(), Qt::Key_Delete);
        QCOMPARE(model->pendingCount(), 1);
        // A second process (the officer's other window) records it again meanwhile.
        Clock::setForTesting(Clock::nowUtc().addSecs(60));
        QVERIFY(recordElsewhere(arai, 2));
        Clock::resetForTesting();
        const QString before = sha256Of(m_file);
        const qsizetype trail = store->auditTrail().value().size();
        QVERIFY(!view.save());
        QVERIFY2(view.status()->text().contains(QStringLiteral("Nothing was saved")) &&
                     view.status()->text().contains(QStringLiteral("recorded again")),
                 qPrintable(view.status()->text()));
        QCOMPARE(sha256Of(m_file), before);
        QCOMPARE(store->auditTrail().value().size(), trail);
        QCOMPARE(consensusIn(*store, {arai}, PipelineStep::Workshop).value(arai.toString() + u"/workshop:discussions"),
                 2);
        view.revert();
    }

    void aConsensusRecordedElsewhereIsNotOverwrittenByARatingTypedInAnOldGrid()
    {
        auto store = open(Actor::current().person, Store::Access::Edit);
        QVERIFY(store);
        ScoresGridView view;
        view.setStore(store.get());
        view.setWorkshop(m_held.workshop);
        view.show();
        chooseRound(view, PipelineStep::Workshop);
        ScoresGridModel* model = view.model();
        const QUuid arai = m_held.candidates.value(QStringLiteral("Arai"));
        const QModelIndex cell =
            model->index(rowOf(*model, arai), columnOf(*model, QStringLiteral("workshop:discussions")));
        QVERIFY(cell.isValid());
        view.table()->setFocus();
        view.table()->setCurrentIndex(cell);
        QTest::keyClick(view.table(), Qt::Key_3);
        QCOMPARE(model->pendingCount(), 1);
        // A second process (the officer's other window) records another rating meanwhile.
        Clock::setForTesting(Clock::nowUtc().addSecs(120));
        QVERIFY(recordElsewhere(arai, 4));
        Clock::resetForTesting();
        const QString before = sha256Of(m_file);
        const qsizetype trail = store->auditTrail().value().size();
        QVERIFY(!view.save());
        const QString said = view.status()->text();
        QVERIFY2(said.contains(QStringLiteral("Nothing was saved")) && said.contains(QStringLiteral("Arai")) &&
                     said.contains(QStringLiteral("workshop:discussions")) && said.contains(store->actor().label()) &&
                     said.contains(QStringLiteral("reload")),
                 qPrintable(said));
        QCOMPARE(sha256Of(m_file), before);
        QCOMPARE(store->auditTrail().value().size(), trail);
        QCOMPARE(consensusIn(*store, {arai}, PipelineStep::Workshop).value(arai.toString() + u"/workshop:discussions"),
                 4);
        // The typed rating stays in the grid, to be typed again after reloading.
        QCOMPARE(model->pendingCount(), 1);
        QCOMPARE(model->data(cell).toInt(), 3);
        view.revert();
        QCOMPARE(model->data(model->index(cell.row(), cell.column())).toInt(), 4);
    }

    void aReviewerClearsTheirDraftButNotASubmittedForm()
    {
        auto store = open(QStringLiteral("lhaddad"), Store::Access::ReadOnly);
        QVERIFY(store);
        const QString reviewPath = QFileInfo(m_file).absoluteDir().filePath(QStringLiteral("lhaddad.review"));
        auto review = ReviewFile::open(reviewPath);
        QVERIFY2(review.ok(), qPrintable(review.message()));
        const QString sharedBefore = sha256Of(m_file);
        ScoresGridView view;
        view.setStore(store.get());
        view.setWorkshop(m_held.workshop);
        view.setReviewFile(review.value().get());
        view.show();
        chooseRound(view, PipelineStep::Workshop);
        ScoresGridModel* model = view.model();
        const int arai = rowOf(*model, m_held.candidates.value(QStringLiteral("Arai")));
        const int haddou = rowOf(*model, m_held.candidates.value(QStringLiteral("Haddou")));
        const int discussions = columnOf(*model, QStringLiteral("workshop:discussions"));
        QVERIFY(arai >= 0 && haddou >= 0 && discussions >= 0);
        ScoresTable* table = view.table();
        table->setFocus();
        // Her submitted form of Arai: refused with a word, nothing pending.
        table->setCurrentIndex(model->index(arai, discussions));
        QVERIFY(model->data(model->index(arai, discussions)).isValid());
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(model->pendingCount(), 0);
        QVERIFY2(view.status()->text().contains(QStringLiteral("submitted")), qPrintable(view.status()->text()));
        // Her draft of Haddou: cleared at Save, in one transaction of her review file.
        table->setCurrentIndex(model->index(haddou, discussions));
        QVERIFY(model->data(model->index(haddou, discussions)).isValid());
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(model->pendingCount(), 1);
        const qint64 revision = review.value()->revision().value();
        QVERIFY2(view.save(), qPrintable(view.status()->text()));
        QCOMPARE(review.value()->revision().value(), revision + 1);
        bool cleared = false;
        for (const Score& s : review.value()->scores().value()) {
            if (s.candidateId == m_held.candidates.value(QStringLiteral("Haddou")) &&
                s.criterionKey == QLatin1String("workshop:discussions") && s.round == PipelineStep::Workshop) {
                cleared = !s.rating;
            }
        }
        QVERIFY(cleared);
        QCOMPARE(sha256Of(m_file), sharedBefore);
    }

    void theScoringFormClearsAConsensusSetToNotRated()
    {
        auto store = open(Actor::current().person, Store::Access::Edit);
        QVERIFY(store);
        const QUuid arai = m_held.candidates.value(QStringLiteral("Arai"));
        ScoringFormView form;
        form.setCandidate(store.get(), nullptr, arai);
        form.setRound(PipelineStep::Workshop);
        form.show();
        QCOMPARE(form.mode(), ScoringFormView::Mode::Consensus);
        auto* rating = form.findChild<QComboBox*>(QStringLiteral("rating:workshop:discussions"));
        QVERIFY(rating);
        QVERIFY(rating->currentData().toInt() >= 0);
        // "Not rated" over the recorded consensus, then Record Consensus: it is cleared, not kept.
        rating->setFocus();
        QTest::keyClick(rating, Qt::Key_Home);
        QCOMPARE(rating->currentData().toInt(), -1);
        const qsizetype trail = store->auditTrail().value().size();
        QVERIFY(form.saveDraft());
        QVERIFY(
            !consensusIn(*store, {arai}, PipelineStep::Workshop).contains(arai.toString() + u"/workshop:discussions"));
        QCOMPARE(store->auditTrail().value().size(), trail + 1);
        QCOMPARE(store->auditTrail().value().constLast().action, QStringLiteral("consensus.clear"));
    }

    void theScoringFormRefusesAConsensusRecordedElsewhereSinceItOpened()
    {
        auto store = open(Actor::current().person, Store::Access::Edit);
        QVERIFY(store);
        const QUuid arai = m_held.candidates.value(QStringLiteral("Arai"));
        const QString key = arai.toString() + u"/workshop:discussions";
        QVERIFY(!consensusIn(*store, {arai}, PipelineStep::Workshop).contains(key));  // cleared just before
        ScoringFormView form;
        form.setCandidate(store.get(), nullptr, arai);
        form.setRound(PipelineStep::Workshop);
        form.show();
        auto* rating = form.findChild<QComboBox*>(QStringLiteral("rating:workshop:discussions"));
        QVERIFY(rating);
        QCOMPARE(rating->currentData().toInt(), -1);
        rating->setCurrentIndex(rating->findData(3));
        // A second process records a consensus on the criterion the form showed unrated.
        QVERIFY(recordElsewhere(arai, 1));
        const QString before = sha256Of(m_file);
        const qsizetype trail = store->auditTrail().value().size();
        QVERIFY(!form.saveDraft());
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("Arai")) &&
                     MessageBox::lastRecorded().contains(store->actor().label()) &&
                     MessageBox::lastRecorded().contains(QStringLiteral("reload")),
                 qPrintable(MessageBox::lastRecorded()));
        QCOMPARE(sha256Of(m_file), before);
        QCOMPARE(store->auditTrail().value().size(), trail);
        QCOMPARE(consensusIn(*store, {arai}, PipelineStep::Workshop).value(key), 1);
    }
};

AD_TEST_MAIN(TestScoresGrid)
#include "TestScoresGrid.moc"
