// SPDX-License-Identifier: GPL-3.0-or-later
// What a reviewer sees (issue #16) on the command line: `candidates` (list, JSON, search),
// `export`, `print` and the `settings` that widen it or anonymise a round, run as a
// reviewer (--as) assigned 2 of 5 candidates and as the officer. Each check has the
// officer's run beside it, which shows what the reviewer's must not, so each can fail.
#include "TestSupport.h"

#include "assessment/CandidateDisclosure.h"
#include "domain/Candidate.h"
#include "domain/Person.h"
#include "store/Assessment.h"
#include "store/Candidates.h"
#include "store/People.h"
#include "store/Store.h"
#include "assessment/WorkshopResults.h"
#include "demo/DemoFile.h"
#include "domain/Pipeline.h"
#include "domain/Workshop.h"
#include "pool/AccreditedAdvisor.h"
#include "store/Decisions.h"
#include "store/Pool.h"
#include "store/Workshops.h"
#include "TestMain.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace TestSupport;

namespace {

const QString kReviewer = QStringLiteral("rnovak");
const QStringList kOthers = {QStringLiteral("Abara"), QStringLiteral("Chen"), QStringLiteral("Evans")};
const QStringList kTheirs = {QStringLiteral("Bianchi"), QStringLiteral("Dlamini")};

}  // namespace

class TestReviewerViewCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    QUuid m_bianchi;

    int cli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr)
    {
        return run(QStringLiteral(AD_CLI_PATH), arguments, out, err);
    }

    /// What `arguments` print, run as `account` (empty: the officer); fails the test on an error.
    QString output(const QStringList& arguments, const QString& account = QString())
    {
        QString out;
        QString err;
        const QStringList as = account.isEmpty() ? QStringList() : QStringList{QStringLiteral("--as"), account};
        const int code = cli(arguments + as, &out, &err);
        if (code != 0) {
            qWarning("%s exited %d: %s", qPrintable(arguments.join(QLatin1Char(' '))), code, qPrintable(err));
            return QStringLiteral("FAILED");
        }
        return out;
    }

    QString fileText(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    QString sheetText(const QString& candidate, const QString& account)
    {
        const QString pdf = m_dir.filePath(
            QStringLiteral("sheet-%1-%2.pdf").arg(account.isEmpty() ? QStringLiteral("officer") : account, candidate));
        QFile::remove(pdf);
        output({QStringLiteral("print"), m_file, QStringLiteral("--sheet"), candidate, QStringLiteral("-o"), pdf},
               account);
        QString text;
        run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}, &text);
        return text;
    }

    static bool containsAny(const QString& text, const QStringList& words)
    {
        for (const QString& w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    // The demo file, with the reviewer assigned an advisor of the pool, one still to be told
    // of a decision and participants of the Kashiwa workshop.
    QString m_demo;
    QList<Candidate> m_demoTheirs;
    QList<Candidate> m_demoOthers;

    void makeDemo()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.accred"));
        QVERIFY(DemoFile::create(m_demo).ok());
        auto opened = Store::open(m_demo, Store::Access::Edit);
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
        QCOMPARE(theirs.size(), 3);
        Person reviewer;
        reviewer.name = QStringLiteral("Radek Novak");
        reviewer.account = kReviewer;
        reviewer.role = PersonRole::Reviewer;
        reviewer.administration = QStringLiteral("Nowhere Customs");
        const auto person = officer.people().save(reviewer);
        QVERIFY2(person.ok(), qPrintable(person.message()));
        for (const QUuid& id : std::as_const(theirs)) {
            QVERIFY(officer.assessment().assignReviewer(id, person.value().meta.id).ok());
        }
        for (const Candidate& c : officer.candidates().all().value()) {
            if (c.familyName.size() >= 4) {  // a name that stands out in any text
                (theirs.contains(c.meta.id) ? m_demoTheirs : m_demoOthers).append(c);
            }
        }
        QCOMPARE(m_demoTheirs.size(), 3);
    }

    /// The first name or e-mail in `text` that the reviewer may not read there: the others'
    /// always, their own candidates' names too when `theirsToo`.
    QString leakIn(const QString& text, bool theirsToo) const
    {
        for (const Candidate& c : m_demoOthers + (theirsToo ? m_demoTheirs : QList<Candidate>())) {
            if (text.contains(c.familyName)) {
                return c.familyName;
            }
        }
        for (const Candidate& c : m_demoOthers + m_demoTheirs) {
            if (!c.email.isEmpty() && text.contains(c.email)) {
                return c.email;
            }
        }
        return {};
    }

    QString pdfText(const QStringList& arguments, const QString& account, const QString& name)
    {
        const QString pdf = m_dir.filePath(
            name + (account.isEmpty() ? QStringLiteral("-officer.pdf") : QStringLiteral("-reviewer.pdf")));
        QFile::remove(pdf);
        output(arguments + QStringList{QStringLiteral("-o"), pdf}, account);
        QString text;
        run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}, &text);
        return text;
    }

    /// What a reviewer reads of the demo by each path that once read names through its own
    /// query, the officer's beside it; fails naming the path where the reviewer's leaks.
    void checkDemoPaths(bool theirsHidden)
    {
        const QString theirId = m_demoTheirs.constFirst().meta.id.toString(QUuid::WithoutBraces);
        const QList<QStringList> paths = {
            {QStringLiteral("to-inform"), m_demo},
            {QStringLiteral("to-inform"), m_demo, QStringLiteral("--json")},
            {QStringLiteral("pool"), m_demo},
            {QStringLiteral("results"), m_demo, QStringLiteral("Kashiwa")},
            {QStringLiteral("results"), m_demo, QStringLiteral("Kashiwa"), QStringLiteral("--json")},
            {QStringLiteral("summary"), m_demo},
            {QStringLiteral("summary"), m_demo, QStringLiteral("--workshop"), QStringLiteral("Kashiwa"),
             QStringLiteral("--json")},
            {QStringLiteral("audit"), m_demo, QStringLiteral("--fields")},
            {QStringLiteral("audit"), m_demo, QStringLiteral("--json")},
            {QStringLiteral("history"), m_demo, theirId},
        };
        bool officerLeaks = false;
        for (const QStringList& path : paths) {
            const QString shown = output(path, kReviewer);
            QVERIFY2(!shown.startsWith(QStringLiteral("FAILED")), qPrintable(path.join(QLatin1Char(' '))));
            const QString leak = leakIn(shown, theirsHidden);
            QVERIFY2(leak.isEmpty(), qPrintable(path.constFirst() + QStringLiteral(" shows ") + leak));
            officerLeaks = officerLeaks || !leakIn(output(path), theirsHidden).isEmpty();
        }
        QVERIFY(officerLeaks);  // the same paths name people to the officer
        for (const QString& report :
             {QStringLiteral("--results"), QStringLiteral("--summary"), QStringLiteral("--roster")}) {
            QStringList printing{QStringLiteral("print"), m_demo, report};
            if (report == QLatin1String("--results")) {
                printing << QStringLiteral("--workshop") << QStringLiteral("Kashiwa");
            }
            const QString printed = pdfText(printing, kReviewer, report.mid(2));
            QVERIFY2(!printed.isEmpty(), qPrintable(report));
            const QString leak = leakIn(printed, theirsHidden);
            QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("print ") + report + QStringLiteral(" shows ") + leak));
        }
    }

    void setReviewing(const QStringList& options)
    {
        QString err;
        QCOMPARE(cli(QStringList{QStringLiteral("settings"), m_file} + options, nullptr, &err), 0);
    }

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("reviewing.accred"));
        auto store = createStore(m_file);
        QVERIFY(store);
        QList<QUuid> ids;
        int n = 0;
        for (const char* family : {"Abara", "Bianchi", "Chen", "Dlamini", "Evans"}) {
            Candidate c = sampleCandidate(QString::fromLatin1(family));
            c.administration = QStringLiteral("%1 Customs Service").arg(QString::fromLatin1(family));
            c.email = QStringLiteral("%1@mail.example").arg(QString::fromLatin1(family).toLower());
            c.phone = QStringLiteral("+32 2 555 01 0%1").arg(++n);
            c.dateOfBirth = QDate(1971, 3, 10 + n);
            const auto saved = store->candidates().save(c);
            QVERIFY2(saved.ok(), qPrintable(saved.message()));
            ids.append(saved.value().meta.id);
        }
        m_bianchi = ids.at(1);
        Person reviewer;
        reviewer.name = QStringLiteral("Radek Novak");
        reviewer.account = kReviewer;
        reviewer.role = PersonRole::Reviewer;
        const auto person = store->people().save(reviewer);
        QVERIFY2(person.ok(), qPrintable(person.message()));
        QVERIFY(store->assessment().assignReviewer(ids.at(1), person.value().meta.id).ok());
        QVERIFY(store->assessment().assignReviewer(ids.at(3), person.value().meta.id).ok());
    }

    void init()
    {
        setReviewing({QStringLiteral("--reviewers-see"), QStringLiteral("assigned"), QStringLiteral("--anonymise"),
                      QStringLiteral("none")});
    }

    void candidatesListsAReviewerTheirTwoWithoutContactDetails()
    {
        const QString officer = output({QStringLiteral("candidates"), m_file, QStringLiteral("--json")});
        QVERIFY(officer.contains(QStringLiteral("abara@mail.example")) &&
                officer.contains(QStringLiteral("1971-03-12")));
        QVERIFY(containsAny(officer, kOthers));

        const QString list = output({QStringLiteral("candidates"), m_file}, kReviewer);
        QVERIFY2(list.contains(QStringLiteral("2 candidates")), qPrintable(list));
        QVERIFY(list.contains(QStringLiteral("Bianchi")) && list.contains(QStringLiteral("Dlamini")));
        QVERIFY2(!containsAny(list, kOthers), qPrintable(list));

        const QString json = output({QStringLiteral("candidates"), m_file, QStringLiteral("--json")}, kReviewer);
        QVERIFY(json.contains(QStringLiteral("Bianchi")));
        QVERIFY2(!containsAny(json, kOthers), qPrintable(json));
        QVERIFY2(!json.contains(QStringLiteral("@mail.example")), qPrintable(json));
        QVERIFY(!json.contains(QStringLiteral("555 01")));
        QVERIFY(!json.contains(QStringLiteral("1971-03")));

        // Searching finds neither someone else nor anyone by a hidden field.
        const QString other = output(
            {QStringLiteral("candidates"), m_file, QStringLiteral("--search"), QStringLiteral("Abara")}, kReviewer);
        QVERIFY2(!other.contains(QStringLiteral("Abara")) && other.contains(QStringLiteral("0 candidates")),
                 qPrintable(other));
        const QString byMail = output(
            {QStringLiteral("candidates"), m_file, QStringLiteral("--search"), QStringLiteral("bianchi@mail.example")},
            kReviewer);
        QVERIFY2(byMail.contains(QStringLiteral("0 candidates")), qPrintable(byMail));
        // Nor by a hidden field counted towards every word of a search.
        const QString mailAndShown = output({QStringLiteral("candidates"), m_file, QStringLiteral("--search"),
                                             QStringLiteral("bianchi@mail.example Service")},
                                            kReviewer);
        QVERIFY2(mailAndShown.contains(QStringLiteral("0 candidates")), qPrintable(mailAndShown));
        QVERIFY(output({QStringLiteral("candidates"), m_file, QStringLiteral("--search"),
                        QStringLiteral("bianchi@mail.example Service")})
                    .contains(QStringLiteral("1 candidate")));
        const QString officerByMail = output(
            {QStringLiteral("candidates"), m_file, QStringLiteral("--search"), QStringLiteral("bianchi@mail.example")});
        QVERIFY2(officerByMail.contains(QStringLiteral("1 candidate")), qPrintable(officerByMail));
    }

    void anExportByAReviewerHoldsTheirTwoWithoutContactDetails()
    {
        const QString officerCsv = m_dir.filePath(QStringLiteral("officer.csv"));
        output({QStringLiteral("export"), m_file, QStringLiteral("candidates"), QStringLiteral("-o"), officerCsv});
        QVERIFY(fileText(officerCsv).contains(QStringLiteral("abara@mail.example")));

        const QString csv = m_dir.filePath(QStringLiteral("reviewer.csv"));
        output({QStringLiteral("export"), m_file, QStringLiteral("candidates"), QStringLiteral("-o"), csv}, kReviewer);
        const QString text = fileText(csv);
        QVERIFY2(text.contains(QStringLiteral("Bianchi")) && text.contains(QStringLiteral("Dlamini")),
                 qPrintable(text));
        QVERIFY2(!containsAny(text, kOthers), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("@mail.example")) && !text.contains(QStringLiteral("555 01")),
                 qPrintable(text));
    }

    void aReviewerPrintsOnlyTheirCandidatesSheetsWithoutContactDetails()
    {
        const QString sheet = sheetText(QStringLiteral("Bianchi"), kReviewer);
        QVERIFY2(sheet.contains(QStringLiteral("Bianchi")), qPrintable(sheet.left(1000)));
        QVERIFY(!sheet.contains(QStringLiteral("@mail.example")));
        QVERIFY(!sheet.contains(QStringLiteral("1971")));
        // Someone not assigned to them is not found, and nothing is printed.
        const QString pdf = m_dir.filePath(QStringLiteral("abara.pdf"));
        QString err;
        QVERIFY(cli({QStringLiteral("print"), m_file, QStringLiteral("--sheet"), QStringLiteral("Abara"),
                     QStringLiteral("-o"), pdf, QStringLiteral("--as"), kReviewer},
                    nullptr, &err) != 0);
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(!err.contains(QStringLiteral("Abara Customs")));
    }

    void theOfficerWidensTheViewAndAnonymisesARound()
    {
        setReviewing({QStringLiteral("--reviewers-see"), QStringLiteral("all"), QStringLiteral("--anonymise"),
                      QStringLiteral("selection")});
        QString settings;
        QCOMPARE(cli({QStringLiteral("settings"), m_file}, &settings), 0);
        QVERIFY2(settings.contains(QStringLiteral("Reviewers see: all candidates")), qPrintable(settings));
        QVERIFY2(settings.contains(QStringLiteral("(selection)")), qPrintable(settings));

        const QString list = output({QStringLiteral("candidates"), m_file}, kReviewer);
        QVERIFY2(list.contains(QStringLiteral("5 candidates")), qPrintable(list));
        QVERIFY2(!containsAny(list, kOthers + kTheirs), qPrintable(list));
        QVERIFY2(!list.contains(QStringLiteral("Customs Service")), qPrintable(list));
        QVERIFY(list.contains(CandidateDisclosure::codeOf(m_bianchi)));

        const QString csv = m_dir.filePath(QStringLiteral("anonymous.csv"));
        output({QStringLiteral("export"), m_file, QStringLiteral("candidates"), QStringLiteral("-o"), csv}, kReviewer);
        QVERIFY2(
            !containsAny(fileText(csv),
                         kOthers + kTheirs + QStringList{QStringLiteral("Customs Service"), QStringLiteral("@mail")}),
            qPrintable(fileText(csv)));

        // The sheet is the anonymised one, even asked for by name.
        const QString id = m_bianchi.toString(QUuid::WithoutBraces);
        const QString sheet = sheetText(id, kReviewer);
        QVERIFY2(sheet.contains(CandidateDisclosure::codeOf(m_bianchi)), qPrintable(sheet.left(1000)));
        QVERIFY2(!sheet.contains(QStringLiteral("Bianchi")), qPrintable(sheet.left(1000)));

        // The officer still sees every name.
        const QString officer = output({QStringLiteral("candidates"), m_file});
        QVERIFY(officer.contains(QStringLiteral("Bianchi")) && officer.contains(QStringLiteral("Abara")));
        QVERIFY(sheetText(id, {}).contains(QStringLiteral("Bianchi")));
    }

    void toInformPoolResultsSummaryAuditAndHistoryShowAReviewerOnlyTheirs()
    {
        makeDemo();
        QVERIFY(!QTest::currentTestFailed());
        QString err;
        QCOMPARE(cli({QStringLiteral("settings"), m_demo, QStringLiteral("--anonymise"), QStringLiteral("none")},
                     nullptr, &err),
                 0);
        checkDemoPaths(false);
        const QString pool = output({QStringLiteral("pool"), m_demo}, kReviewer);
        QVERIFY2(pool.contains(m_demoTheirs.constFirst().familyName) || pool.contains(m_demoTheirs.at(1).familyName) ||
                     pool.contains(m_demoTheirs.at(2).familyName),
                 qPrintable(pool));
    }

    void anAnonymisedRoundShowsCodesOnEveryPath()
    {
        QVERIFY(!m_demo.isEmpty());
        QString err;
        QCOMPARE(cli({QStringLiteral("settings"), m_demo, QStringLiteral("--anonymise"),
                      QStringLiteral("selection,workshop,field_assessment")},
                     nullptr, &err),
                 0);
        checkDemoPaths(true);
        const QString pool = output({QStringLiteral("pool"), m_demo}, kReviewer);
        QVERIFY2(pool.contains(QStringLiteral("C-")), qPrintable(pool));
    }

    void aStage1SheetOfAnAnonymisedStage1CarriesCodes()
    {
        QVERIFY(!m_demo.isEmpty());
        QString err;
        QCOMPARE(cli({QStringLiteral("settings"), m_demo, QStringLiteral("--anonymise"), QStringLiteral("selection")},
                     nullptr, &err),
                 0);
        // The Kashiwa participants stand in Stage 2 or 3 now: their lists show their names...
        const QString results = output({QStringLiteral("results"), m_demo, QStringLiteral("Kashiwa")}, kReviewer);
        QVERIFY2(!leakIn(results, true).isEmpty(), qPrintable(results));
        // ...but the blank Stage 1 sheet is of Stage 1, anonymised: codes.
        const QString csv = m_dir.filePath(QStringLiteral("stage1.csv"));
        output({QStringLiteral("scores-template"), m_demo, QStringLiteral("--workshop"), QStringLiteral("Kashiwa"),
                QStringLiteral("--round"), QStringLiteral("selection"), QStringLiteral("-o"), csv},
               kReviewer);
        const QString sheet = fileText(csv);
        QVERIFY2(sheet.contains(QStringLiteral("C-")), qPrintable(sheet.left(500)));
        const QString leak = leakIn(sheet, true);
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
        // A printed sheet carries Stage 1's ratings beside the later rounds': anonymised too.
        const auto later = std::find_if(m_demoTheirs.cbegin(), m_demoTheirs.cend(), [](const Candidate& c) {
            const auto round = CandidateDisclosure::roundOf(c.stage);
            return round && *round != PipelineStep::Selection;
        });
        QVERIFY(later != m_demoTheirs.cend());
        const QStringList printSheet{QStringLiteral("print"), m_demo, QStringLiteral("--sheet"),
                                     later->meta.id.toString(QUuid::WithoutBraces)};
        const QString printed = pdfText(printSheet, kReviewer, QStringLiteral("later-sheet"));
        QVERIFY2(printed.contains(CandidateDisclosure::codeOf(later->meta.id)), qPrintable(printed.left(800)));
        QVERIFY2(!printed.contains(later->familyName), qPrintable(printed.left(800)));
        QVERIFY(pdfText(printSheet, QString(), QStringLiteral("later-sheet")).contains(later->familyName));
        const QString officerCsv = m_dir.filePath(QStringLiteral("stage1-officer.csv"));
        output({QStringLiteral("scores-template"), m_demo, QStringLiteral("--workshop"), QStringLiteral("Kashiwa"),
                QStringLiteral("--round"), QStringLiteral("selection"), QStringLiteral("-o"), officerCsv});
        QVERIFY(!leakIn(fileText(officerCsv), true).isEmpty());
    }

    void aWrongSettingIsRefusedAndWritesNothing()
    {
        const QString before = sha256Of(m_file);
        QString err;
        QCOMPARE(cli({QStringLiteral("settings"), m_file, QStringLiteral("--anonymise"), QStringLiteral("stage9")},
                     nullptr, &err),
                 2);
        QVERIFY2(err.contains(QStringLiteral("--anonymise")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("settings"), m_file, QStringLiteral("--reviewers-see"), QStringLiteral("some")},
                     nullptr, &err),
                 2);
        // A reviewer may not change it.
        QVERIFY(cli({QStringLiteral("settings"), m_file, QStringLiteral("--reviewers-see"), QStringLiteral("all"),
                     QStringLiteral("--as"), kReviewer},
                    nullptr, &err) != 0);
        QCOMPARE(sha256Of(m_file), before);
    }
};

AD_TEST_GUILESS_MAIN(TestReviewerViewCli)
#include "TestReviewerViewCli.moc"
