// SPDX-License-Identifier: GPL-3.0-or-later
// What a reviewer sees (issue #16) in the window: the register lists the candidates assigned
// to them, the editor shows no e-mail, phone or date of birth (no empty rows either), and in
// an anonymised round a code instead of the name and administration; the officer sets both
// in File > Settings… > This File, saved in one audited unit. Screenshots at 1024×700 and
// 1920×1080 in build/screenshots/.
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "Translations.h"
#include "assessment/CandidateDisclosure.h"
#include "candidates/CandidateEditor.h"
#include "candidates/CandidateListView.h"
#include "assessment/ScoresGridModel.h"
#include "assessment/WorkshopResultsView.h"
#include "assessment/ScoresGridView.h"
#include "assessment/ScoringFormView.h"
#include "candidates/CandidateTableModel.h"
#include "candidates/SearchResultsModel.h"
#include "domain/Candidate.h"
#include "domain/Person.h"
#include "store/Assessment.h"
#include "store/AuditEntry.h"
#include "store/Candidates.h"
#include "store/FileSettings.h"
#include "store/People.h"
#include "store/Store.h"
#include "widgets/MessageBox.h"
#include "workshops/WorkshopsPage.h"
#include "assessment/WorkshopResults.h"
#include "demo/DemoFile.h"
#include "domain/Pipeline.h"
#include "domain/Workshop.h"
#include "history/AuditTrailDialog.h"
#include "history/AuditTrailModel.h"
#include "pool/AccreditedAdvisor.h"
#include "store/Decisions.h"
#include "store/Pool.h"
#include "store/Workshops.h"
#include "TestMain.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTableWidget>
#include <QPainter>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace TestSupport;

namespace {

const Actor kBoss{QStringLiteral("boss"), QStringLiteral("pc-1")};

}  // namespace

class TestReviewerViewWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    QUuid m_bianchi;

    void setReviewing(ReviewerScope scope, const QSet<PipelineStep>& rounds)
    {
        auto officer = Store::open(m_file, Store::Access::Edit, kBoss);
        QVERIFY(officer.ok());
        const FileSettings::Values read = officer.value()->settings().values();
        FileSettings::Values wanted = read;
        wanted.reviewersSee = scope;
        wanted.anonymisedRounds = rounds;
        QVERIFY(officer.value()->settings().update(read, wanted).ok());
    }

    // The demo file, with the window's own account a reviewer assigned an advisor of the
    // pool, one still to be told of a decision and a participant of the Kashiwa workshop.
    QString m_demo;
    QList<Candidate> m_demoTheirs;
    QList<Candidate> m_demoOthers;

    void makeDemo()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.accred"));
        QVERIFY(DemoFile::create(m_demo, kBoss).ok());
        auto opened = Store::open(m_demo, Store::Access::Edit, kBoss);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        Store& officer = *opened.value();
        QUuid kashiwa;
        for (const Workshop& w : officer.workshops().all().value()) {
            if (w.title.contains(QStringLiteral("Kashiwa"))) {
                kashiwa = w.meta.id;
            }
        }
        const auto pending = officer.decisions().toInform();
        const auto pool = officer.pool().advisors();
        const auto results = officer.assessment().workshopResults(kashiwa);
        QVERIFY(pending.ok() && !pending.value().isEmpty() && pool.ok() && !pool.value().isEmpty() && results.ok());
        QSet<QUuid> theirs{pending.value().constFirst().candidateId, pool.value().constFirst().candidate.meta.id};
        for (const ParticipantResult& p : results.value().participants) {
            if (!theirs.contains(p.candidateId) && theirs.size() < 3) {
                theirs.insert(p.candidateId);
            }
        }
        Person me;
        me.name = QStringLiteral("Test Reviewer");
        me.account = Actor::current().person;  // the window opens as the account running it
        me.role = PersonRole::Reviewer;
        me.administration = QStringLiteral("Nowhere Customs");
        const auto person = officer.people().save(me);
        QVERIFY2(person.ok(), qPrintable(person.message()));
        for (const QUuid& id : std::as_const(theirs)) {
            QVERIFY(officer.assessment().assignReviewer(id, person.value().meta.id).ok());
        }
        for (const Candidate& c : officer.candidates().all().value()) {
            if (c.familyName.size() >= 4) {  // a name that stands out in any text
                (theirs.contains(c.meta.id) ? m_demoTheirs : m_demoOthers).append(c);
            }
        }
        const FileSettings::Values read = officer.settings().values();
        FileSettings::Values wanted = read;
        wanted.anonymisedRounds = {PipelineStep::Selection, PipelineStep::Workshop, PipelineStep::FieldAssessment};
        QVERIFY(officer.settings().update(read, wanted).ok());
    }

    /// The first name or e-mail of the demo's candidates in `text`.
    QString leakIn(const QString& text) const
    {
        for (const Candidate& c : m_demoOthers + m_demoTheirs) {
            if (text.contains(c.familyName)) {
                return c.familyName;
            }
            if (!c.email.isEmpty() && text.contains(c.email)) {
                return c.email;
            }
        }
        return {};
    }

    static void shoot(QWidget& window, const QString& name)
    {
        QApplication::processEvents();
        QVERIFY(window.grab().save(QStringLiteral(AD_BINARY_DIR "/screenshots/") + name));
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk reviewer view tests"));
        QSettings().clear();
        Translations::install();  // the screenshots show the window's own English plurals
        MessageBox::recordInsteadOfShowing(true);
        QVERIFY(QDir().mkpath(QStringLiteral(AD_BINARY_DIR "/screenshots")));
        m_file = m_dir.filePath(QStringLiteral("reviewing.accred"));
        auto store = Store::create(m_file, kBoss);
        QVERIFY(store.ok());
        Store& s = *store.value();
        QList<QUuid> ids;
        int n = 0;
        for (const char* family : {"Abara", "Bianchi", "Chen", "Dlamini", "Evans"}) {
            Candidate c = sampleCandidate(QString::fromLatin1(family));
            c.administration = QStringLiteral("%1 Customs Service").arg(QString::fromLatin1(family));
            c.email = QStringLiteral("%1@mail.example").arg(QString::fromLatin1(family).toLower());
            c.phone = QStringLiteral("+32 2 555 01 0%1").arg(++n);
            c.dateOfBirth = QDate(1975, 5, n);
            c.iprExperience = QStringLiteral("Ten years of border enforcement against counterfeit goods.");
            ids.append(s.candidates().save(c).value().meta.id);
        }
        m_bianchi = ids.at(1);
        Person me;
        me.name = QStringLiteral("Test Reviewer");
        me.account = Actor::current().person;  // the window opens as the account running it
        me.role = PersonRole::Reviewer;
        const auto person = s.people().save(me);
        QVERIFY2(person.ok(), qPrintable(person.message()));
        QVERIFY(s.assessment().assignReviewer(ids.at(1), person.value().meta.id).ok());
        QVERIFY(s.assessment().assignReviewer(ids.at(3), person.value().meta.id).ok());
    }

    void aReviewersWindowListsTheirTwoWithoutContactDetails()
    {
        setReviewing(ReviewerScope::Assigned, {});
        for (const QSize size : {QSize(1024, 700), QSize(1920, 1080)}) {
            MainWindow window;
            window.resize(size);
            window.show();
            QVERIFY(window.openFile(m_file));
            QCOMPARE(window.store()->role(), PersonRole::Reviewer);
            QCOMPARE(window.candidateList()->model()->rowCount(), 2);
            window.candidateList()->select(m_bianchi);
            QApplication::processEvents();
            CandidateEditor* editor = window.candidateEditor();
            auto* family = editor->findChild<QLineEdit*>(QStringLiteral("family_name"));
            QCOMPARE(family->text(), QStringLiteral("Bianchi"));
            for (const char* hidden : {"email", "phone", "date_of_birth"}) {
                auto* field = editor->findChild<QWidget*>(QString::fromLatin1(hidden));
                QVERIFY(field);
                QVERIFY2(!field->isVisibleTo(editor), hidden);
            }
            QVERIFY(editor->findChild<QLineEdit*>(QStringLiteral("email"))->text().isEmpty());
            QVERIFY(editor->findChild<QWidget*>(QStringLiteral("administration"))->isVisibleTo(editor));
            shoot(window, QStringLiteral("reviewer-view-%1x%2.png").arg(size.width()).arg(size.height()));
        }
    }

    void anAnonymisedRoundShowsCodesInTheWindow()
    {
        setReviewing(ReviewerScope::Assigned, {PipelineStep::Selection});
        for (const QSize size : {QSize(1024, 700), QSize(1920, 1080)}) {
            MainWindow window;
            window.resize(size);
            window.show();
            QVERIFY(window.openFile(m_file));
            QCOMPARE(window.candidateList()->model()->rowCount(), 2);
            window.candidateList()->select(m_bianchi);
            QApplication::processEvents();
            CandidateEditor* editor = window.candidateEditor();
            QCOMPARE(editor->findChild<QLineEdit*>(QStringLiteral("family_name"))->text(),
                     CandidateDisclosure::codeOf(m_bianchi));
            for (const char* hidden : {"given_names", "administration", "nationality", "position", "email"}) {
                QVERIFY2(!editor->findChild<QWidget*>(QString::fromLatin1(hidden))->isVisibleTo(editor), hidden);
            }
            shoot(window, QStringLiteral("reviewer-view-anonymised-%1x%2.png").arg(size.width()).arg(size.height()));
        }
        setReviewing(ReviewerScope::Assigned, {});
    }

    void searchingInDocumentsCountsNoHiddenField()
    {
        setReviewing(ReviewerScope::Assigned, {});
        MainWindow window;
        window.resize(1280, 860);
        window.show();
        QVERIFY(window.openFile(m_file));
        QCOMPARE(window.store()->role(), PersonRole::Reviewer);
        CandidateListView* list = window.candidateList();
        list->findChild<QCheckBox*>(QStringLiteral("searchInDocuments"))->setChecked(true);
        auto* filter = list->findChild<QLineEdit*>(QStringLiteral("quickFilter"));
        QTest::keyClicks(filter, QStringLiteral("border"));
        QTRY_COMPARE(window.candidateModel()->rowCount(), 2);
        // Bianchi's e-mail with a word of her experience: the e-mail is hidden from them.
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("bianchi@mail.example border"));
        QTRY_COMPARE(window.candidateModel()->rowCount(), 0);
        QTRY_COMPARE(list->searchResults()->rowCount(), 0);
    }

    void toInformPoolAndHistoryShowAReviewerOnlyCodesInAnAnonymisedRound()
    {
        makeDemo();
        QVERIFY(!QTest::currentTestFailed());
        MainWindow window;
        window.resize(1280, 860);
        window.show();
        QVERIFY(window.openFile(m_demo, true));
        QCOMPARE(window.store()->role(), PersonRole::Reviewer);
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("areaNavigation"));
        // The Workshops area's To Inform tab, for every workshop of the chooser.
        navigation->setCurrentRow(1);
        auto* chooser = window.findChild<QComboBox*>(QStringLiteral("workshopChooser"));
        auto* toInform = window.findChild<QTableWidget*>(QStringLiteral("toInformTable"));
        QVERIFY(chooser && toInform);
        int listed = 0;
        for (int i = 0; i < chooser->count(); ++i) {
            chooser->setCurrentIndex(i);
            QApplication::processEvents();
            for (int row = 0; row < toInform->rowCount(); ++row) {
                const QString name = toInform->item(row, 0)->text();
                QVERIFY2(leakIn(name).isEmpty(), qPrintable(name));
                QVERIFY2(name.startsWith(QStringLiteral("C-")), qPrintable(name));
                ++listed;
            }
        }
        QVERIFY(listed > 0);
        // The Results tab of Kashiwa: their participants only, under their codes.
        for (const Workshop& w : window.store()->workshops().all().value()) {
            if (w.title.contains(QStringLiteral("Kashiwa"))) {
                window.workshopsPage()->selectWorkshop(w.meta.id);
            }
        }
        WorkshopResultsView* results = window.workshopsPage()->results();
        window.workshopsPage()->tabs()->setCurrentWidget(results);
        QApplication::processEvents();
        QVERIFY(results->table()->rowCount() > 0);
        for (int row = 0; row < results->table()->rowCount(); ++row) {
            const QString participant =
                results->table()->item(row, 0) ? results->table()->item(row, 0)->text() : QString();
            QVERIFY2(leakIn(participant).isEmpty(), qPrintable(participant));
        }
        // The Pool area: their advisor, under the code.
        navigation->setCurrentRow(3);
        QApplication::processEvents();
        auto* pool = window.findChild<QTableView*>(QStringLiteral("poolTable"));
        QVERIFY(pool);
        QCOMPARE(pool->model()->rowCount(), 1);
        for (int column = 0; column < pool->model()->columnCount(); ++column) {
            const QString text = pool->model()->index(0, column).data().toString();
            QVERIFY2(leakIn(text).isEmpty(), qPrintable(text));
        }
        // The History dialog: sentences and fields before and after, under the codes.
        AuditTrailDialog history(*window.store(), QUuid(), QString());
        QVERIFY(history.model()->rowCount() > 0);
        bool coded = false;
        for (int row = 0; row < history.model()->rowCount(); ++row) {
            const QString what = history.model()->index(row, AuditTrailModel::What).data().toString();
            QVERIFY2(leakIn(what).isEmpty(), qPrintable(what));
            coded = coded || what.contains(QStringLiteral("C-"));
            for (const AuditFieldChange& change : history.model()->fieldChanges(row)) {
                const QString values = change.before + QLatin1Char(' ') + change.after;
                QVERIFY2(leakIn(values).isEmpty(), qPrintable(change.label + QStringLiteral(": ") + values));
            }
        }
        QVERIFY(coded);
        // The officer's window names them.
        auto officer = Store::open(m_demo, Store::Access::ReadOnly, kBoss);
        QVERIFY(officer.ok());
        AuditTrailDialog officerHistory(*officer.value(), QUuid(), QString());
        bool named = false;
        for (int row = 0; row < officerHistory.model()->rowCount() && !named; ++row) {
            named = !leakIn(officerHistory.model()->index(row, AuditTrailModel::What).data().toString()).isEmpty();
        }
        QVERIFY(named);
    }

    void theScoringFormShowsACandidateAsItsRoundDoes()
    {
        QVERIFY(!m_demo.isEmpty());
        {
            auto officer = Store::open(m_demo, Store::Access::Edit, kBoss);
            QVERIFY(officer.ok());
            const FileSettings::Values read = officer.value()->settings().values();
            FileSettings::Values wanted = read;
            wanted.anonymisedRounds = {PipelineStep::Selection};
            QVERIFY(officer.value()->settings().update(read, wanted).ok());
        }
        // One of theirs who stands in Stage 2 or 3 now: named in their lists.
        const auto later = std::find_if(m_demoTheirs.cbegin(), m_demoTheirs.cend(), [](const Candidate& c) {
            const auto round = CandidateDisclosure::roundOf(c.stage);
            return round && *round != PipelineStep::Selection;
        });
        QVERIFY(later != m_demoTheirs.cend());
        auto reviewer = Store::open(m_demo, Store::Access::ReadOnly);
        QVERIFY(reviewer.ok());
        QCOMPARE(reviewer.value()->role(), PersonRole::Reviewer);
        ScoringFormView form;
        form.resize(1024, 700);
        form.show();
        form.setCandidate(reviewer.value().get(), nullptr, later->meta.id);
        auto* round = form.findChild<QComboBox*>(QStringLiteral("assessmentRound"));
        auto* heading = form.findChild<QLabel*>(QStringLiteral("scoringHeading"));
        QVERIFY(round && heading);
        // Stage 1's form: Stage 1 is anonymised, so the code.
        round->setCurrentIndex(round->findData(keyOf(PipelineStep::Selection)));
        QApplication::processEvents();
        QVERIFY2(heading->text().contains(CandidateDisclosure::codeOf(later->meta.id)), qPrintable(heading->text()));
        QVERIFY2(!heading->text().contains(later->familyName), qPrintable(heading->text()));
        // Stage 2's form is not anonymised: the name.
        round->setCurrentIndex(round->findData(keyOf(PipelineStep::Workshop)));
        QApplication::processEvents();
        QVERIFY2(heading->text().contains(later->familyName), qPrintable(heading->text()));
    }

    void theScoresGridShowsItsRoundsCandidatesAsThatRoundDoes()
    {
        QVERIFY(!m_demo.isEmpty());  // Stage 1 anonymised, as the test before left it
        QUuid kashiwa;
        {
            auto officer = Store::open(m_demo, Store::Access::ReadOnly, kBoss);
            QVERIFY(officer.ok());
            QCOMPARE(officer.value()->settings().anonymisedRounds(), QSet<PipelineStep>{PipelineStep::Selection});
            for (const Workshop& w : officer.value()->workshops().all().value()) {
                if (w.title.contains(QStringLiteral("Kashiwa"))) {
                    kashiwa = w.meta.id;
                }
            }
        }
        MainWindow window;
        window.resize(1280, 860);
        window.show();
        QVERIFY(window.openFile(m_demo, true));
        QCOMPARE(window.store()->role(), PersonRole::Reviewer);
        window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(1);
        WorkshopsPage* page = window.workshopsPage();
        page->selectWorkshop(kashiwa);
        ScoresGridView* grid = page->scoresGrid();
        page->tabs()->setCurrentWidget(grid);
        const auto headers = [&] {
            QStringList shown;
            for (int row = 0; row < grid->model()->rowCount(); ++row) {
                shown.append(grid->model()->headerData(row, Qt::Vertical, Qt::DisplayRole).toString());
            }
            return shown.join(QLatin1Char('\n'));
        };
        grid->setRound(PipelineStep::Selection);
        QApplication::processEvents();
        QVERIFY(grid->model()->rowCount() > 0);
        QVERIFY2(leakIn(headers()).isEmpty(), qPrintable(headers()));
        grid->setRound(PipelineStep::Workshop);
        QApplication::processEvents();
        QVERIFY(grid->model()->rowCount() > 0);
        QVERIFY2(!leakIn(headers()).isEmpty(), qPrintable(headers()));  // Stage 2 is not anonymised
    }

    void theOfficerSetsBothInTheSettingsDialogInOneAuditedUnit()
    {
        auto store = Store::open(m_file, Store::Access::Edit, kBoss);
        QVERIFY(store.ok());
        Store& file = *store.value();
        const qsizetype before = file.auditTrail().value().size();
        SettingsDialog dialog(&file);
        auto* see = dialog.findChild<QComboBox*>(QStringLiteral("reviewersSee"));
        QVERIFY(see);
        QCOMPARE(see->currentData().toString(), QStringLiteral("assigned"));
        see->setCurrentIndex(see->findData(QStringLiteral("all")));
        dialog.findChild<QCheckBox*>(QStringLiteral("anonymise_workshop"))->setChecked(true);
        dialog.findChild<QCheckBox*>(QStringLiteral("anonymise_selection"))->setChecked(true);
        QVERIFY(dialog.save());
        QCOMPARE(file.settings().reviewersSee(), ReviewerScope::All);
        QCOMPARE(file.settings().anonymisedRounds(),
                 (QSet<PipelineStep>{PipelineStep::Selection, PipelineStep::Workshop}));
        const auto trail = file.auditTrail().value();
        QCOMPARE(trail.size(), before + 1);
        QCOMPARE(trail.constLast().action, QStringLiteral("settings.update"));
        // Shown again as saved, and an unrelated change keeps them.
        SettingsDialog again(&file);
        QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("reviewersSee"))->currentData().toString(),
                 QStringLiteral("all"));
        QVERIFY(again.findChild<QCheckBox*>(QStringLiteral("anonymise_workshop"))->isChecked());
        QVERIFY(!again.findChild<QCheckBox*>(QStringLiteral("anonymise_field_assessment"))->isChecked());
        QVERIFY(again.save());
        QCOMPARE(file.settings().reviewersSee(), ReviewerScope::All);
        QCOMPARE(file.auditTrail().value().size(), before + 1);
    }

    void screenshotsOfTheSettings()
    {
        // The officer's dialog (the window here opens as the reviewer running the test, so
        // the officer's store is opened beside it), over the window at each size.
        auto officer = Store::open(m_file, Store::Access::Edit, kBoss);
        QVERIFY(officer.ok());
        for (const QSize size : {QSize(1024, 700), QSize(1920, 1080)}) {
            MainWindow window;
            window.resize(size);
            window.show();
            QVERIFY(window.openFile(m_file));
            SettingsDialog dialog(officer.value().get(), &window);
            dialog.show();
            QApplication::processEvents();
            QCOMPARE(dialog.pages()->currentIndex(), 0);
            QVERIFY2(dialog.height() <= size.height(), qPrintable(QString::number(dialog.height())));
            QImage shot = window.grab().toImage();
            QPainter painter(&shot);
            painter.fillRect(shot.rect(), QColor(0, 0, 0, 60));
            const QPixmap box = dialog.grab();
            painter.drawPixmap((shot.width() - box.width()) / 2, std::max(0, (shot.height() - box.height()) / 2), box);
            painter.end();
            QVERIFY(shot.save(QStringLiteral(AD_BINARY_DIR "/screenshots/settings-reviewers-%1x%2.png")
                                  .arg(size.width())
                                  .arg(size.height())));
        }
    }
};

AD_TEST_MAIN(TestReviewerViewWindow)
#include "TestReviewerViewWindow.moc"
