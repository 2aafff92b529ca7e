// SPDX-License-Identifier: GPL-3.0-or-later
// Blind until submitted, and conflicts of interest, on every output a reviewer can run from
// the command line: a candidate's printed sheet, a workshop's batch of sheets, the history,
// the audit trail, the ranking, the agreement and the selection, and their exports. Ana Duarte has submitted
// nothing; Kenji Morita submitted everyone but declared a conflict about Quispe. The
// officer's run of each command shows what the reviewers must not see, so each check can
// fail.
#include "TestSupport.h"

#include "assessment/AssessmentRecords.h"
#include "domain/Candidate.h"
#include "store/ReviewFile.h"
#include "store/Store.h"
#include "store/Candidates.h"
#include "store/Assessment.h"
#include "assessment/WorkshopApplicant.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const QString kSecret = QStringLiteral("Agreed at the panel SECRETCONSENSUS");

}  // namespace

class TestBlindReviewCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    int cli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr)
    {
        return run(QStringLiteral(AD_CLI_PATH), arguments, out, err);
    }

    /// What `arguments` print, run as `account` (empty: the officer).
    QString output(const QStringList& arguments, const QString& account = QString())
    {
        QString out;
        QString err;
        const QStringList as = account.isEmpty() ? QStringList() : QStringList{QStringLiteral("--as"), account};
        const int code = cli(arguments + as, &out, &err);
        if (code != 0) {
            qWarning("%s exited %d: %s", qPrintable(arguments.join(QLatin1Char(' '))), code, qPrintable(err));
        }
        return out;
    }

    QString sheetText(const QStringList& what, const QString& account)
    {
        const QString pdf =
            m_dir.filePath(QStringLiteral("sheet-%1.pdf").arg(account.isEmpty() ? QStringLiteral("officer") : account));
        QFile::remove(pdf);
        output(QStringList{QStringLiteral("print"), m_file} + what + QStringList{QStringLiteral("-o"), pdf}, account);
        QString text;
        run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}, &text);
        return text;
    }

    QJsonObject json(const QStringList& arguments, const QString& account)
    {
        return QJsonDocument::fromJson(output(arguments + QStringList{QStringLiteral("--json")}, account).toUtf8())
            .object();
    }

    static double totalOf(const QJsonObject& ranking, const QString& name)
    {
        for (const QJsonValue& r : ranking.value(QStringLiteral("ranking")).toArray()) {
            if (r.toObject().value(QStringLiteral("name")).toString() == name) {
                return r.toObject().value(QStringLiteral("total")).toDouble();
            }
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("blind.accred"));
        auto store = createStore(m_file);
        QVERIFY(store);
        QVERIFY(!makeAssessedWorkshop(*store, m_dir.path()).isNull());
        QUuid quispe;
        for (const Candidate& c : store->candidates().find(QStringLiteral("Quispe")).value()) {
            quispe = c.meta.id;
        }
        QVERIFY(!quispe.isNull());
        QVERIFY(store->assessment().recordConsensus({quispe, QStringLiteral("wco.trips"), 1, 4, kSecret, {}, {}}).ok());
        // Kenji (reviewer-0.review) declares a conflict about Quispe after submitting him.
        {
            auto review = ReviewFile::open(m_dir.filePath(QStringLiteral("reviewer-0.review")));
            QVERIFY2(review.ok(), qPrintable(review.message()));
            QVERIFY(review.value()->declareConflict(quispe, QStringLiteral("My former student")).ok());
        }
        const auto imported = store->assessment().importReview(m_dir.filePath(QStringLiteral("reviewer-0.review")));
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        QCOMPARE(imported.value().conflictsDeclared, 1);
    }

    void aSheetShowsOnlyWhatTheReviewerMaySee()
    {
        const QStringList quispe = {QStringLiteral("--sheet"), QStringLiteral("Quispe")};
        const QString officer = sheetText(quispe, {});
        QVERIFY2(officer.contains(QStringLiteral("Lina Haddad")) && officer.contains(QStringLiteral("SECRETCONSENSUS")),
                 qPrintable(officer.left(2000)));
        const QString ana = sheetText(quispe, QStringLiteral("aduarte"));
        QVERIFY2(!ana.isEmpty(), "no sheet printed for the reviewer");
        QVERIFY2(!ana.contains(QStringLiteral("Lina Haddad")),
                 "a reviewer who submitted nothing reads the others' ratings");
        QVERIFY(!ana.contains(QStringLiteral("Kenji Morita")));
        QVERIFY2(!ana.contains(QStringLiteral("SECRETCONSENSUS")), "a blind reviewer reads the consensus");
        const QString kenji = sheetText(quispe, QStringLiteral("kmorita"));
        QVERIFY2(kenji.contains(QStringLiteral("Kenji Morita")), "a reviewer's own ratings stay on their sheet");
        QVERIFY2(!kenji.contains(QStringLiteral("Lina Haddad")), "a conflicted reviewer reads the others' ratings");
        QVERIFY(!kenji.contains(QStringLiteral("SECRETCONSENSUS")));
        // Where Kenji has no conflict and submitted, he sees Lina's.
        QVERIFY(sheetText({QStringLiteral("--sheet"), QStringLiteral("Arai")}, QStringLiteral("kmorita"))
                    .contains(QStringLiteral("Lina Haddad")));
    }

    void aWorkshopsBatchOfSheetsToo()
    {
        const QStringList batch = {QStringLiteral("--workshop"), QStringLiteral("Kashiwa"), QStringLiteral("--sheets")};
        QVERIFY(sheetText(batch, {}).contains(QStringLiteral("Lina Haddad")));
        const QString ana = sheetText(batch, QStringLiteral("aduarte"));
        QVERIFY2(ana.contains(QStringLiteral("Arai")), qPrintable(ana.left(500)));
        QVERIFY(!ana.contains(QStringLiteral("Lina Haddad")));
        QVERIFY(!ana.contains(QStringLiteral("Kenji Morita")));
    }

    void theHistoryAndTheAuditTrailHideTheConsensus()
    {
        QVERIFY(output({QStringLiteral("audit"), m_file, QStringLiteral("--json")})
                    .contains(QStringLiteral("SECRETCONSENSUS")));
        for (const QString& reviewer : {QStringLiteral("aduarte"), QStringLiteral("kmorita")}) {
            const QString trail = output({QStringLiteral("audit"), m_file, QStringLiteral("--json")}, reviewer);
            QVERIFY2(trail.contains(QStringLiteral("consensus.record")), qPrintable(reviewer));  // that it happened
            QVERIFY2(!trail.contains(QStringLiteral("SECRETCONSENSUS")), qPrintable(reviewer));
            const QString candidateTrail = output({QStringLiteral("audit"), m_file, QStringLiteral("--candidate"),
                                                   QStringLiteral("Quispe"), QStringLiteral("--json")},
                                                  reviewer);
            QVERIFY(candidateTrail.contains(QStringLiteral("consensus.record")));
            QVERIFY(!candidateTrail.contains(QStringLiteral("SECRETCONSENSUS")));
            // The history holds the decisions, which carry no scores.
            const QString history = output(
                {QStringLiteral("history"), m_file, QStringLiteral("Quispe"), QStringLiteral("--json")}, reviewer);
            QVERIFY(history.contains(QStringLiteral("waitlisted")));
            QVERIFY(!history.contains(QStringLiteral("SECRETCONSENSUS")));
        }
    }

    void theRankingAgreementAndSelectionAreMadeOfWhatTheyMaySee()
    {
        const QStringList ranking = {QStringLiteral("ranking"), m_file, QStringLiteral("--workshop"),
                                     QStringLiteral("Kashiwa")};
        const QJsonObject officer = json(ranking, {});
        QCOMPARE(totalOf(officer, QStringLiteral("Arai, Alex")), 10.0);
        QCOMPARE(officer.value(QStringLiteral("consensus_values")).toInt(), 1);
        const QJsonObject ana = json(ranking, QStringLiteral("aduarte"));
        QCOMPARE(ana.value(QStringLiteral("ranking")).toArray().size(), 5);
        for (const QJsonValue& r : ana.value(QStringLiteral("ranking")).toArray()) {
            QCOMPARE(r.toObject().value(QStringLiteral("criteria_valued")).toInt(), 0);
        }
        QCOMPARE(ana.value(QStringLiteral("consensus_values")).toInt(), 0);
        // Kenji sees his own ratings of Quispe (3 + 1 + 2), not Lina's nor the consensus.
        const QJsonObject kenji = json(ranking, QStringLiteral("kmorita"));
        QCOMPARE(totalOf(kenji, QStringLiteral("Quispe, Alex")), 6.0);
        QCOMPARE(totalOf(officer, QStringLiteral("Quispe, Alex")), 9.0);
        QCOMPARE(totalOf(kenji, QStringLiteral("Arai, Alex")), 10.0);

        const QStringList agreement = {QStringLiteral("agreement"), m_file, QStringLiteral("--workshop"),
                                       QStringLiteral("Kashiwa")};
        const auto flagged = [](const QJsonObject& o) {
            QStringList names;
            for (const QJsonValue& d : o.value(QStringLiteral("disagreements")).toArray()) {
                names.append(d.toObject().value(QStringLiteral("name")).toString());
            }
            return names;
        };
        QCOMPARE(flagged(json(agreement, {})), QStringList{QStringLiteral("Quispe, Alex")});
        QVERIFY(flagged(json(agreement, QStringLiteral("kmorita"))).isEmpty());
        QString err;
        QCOMPARE(cli(agreement + QStringList{QStringLiteral("--as"), QStringLiteral("aduarte")}, nullptr, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("no submitted scores")), qPrintable(err));

        const QStringList select = {QStringLiteral("select"), m_file, QStringLiteral("--workshop"),
                                    QStringLiteral("Kashiwa")};
        QCOMPARE(json(select, {}).value(QStringLiteral("picks")).toArray().size(), 3);
        const QJsonObject blind = json(select, QStringLiteral("aduarte"));
        QVERIFY(blind.value(QStringLiteral("picks")).toArray().isEmpty());
        QCOMPARE(blind.value(QStringLiteral("not_considered")).toArray().size(), 5);
    }

    void exportsShowOnlyWhatTheReviewerMaySee()
    {
        // The scores list as CSV, run as `account`: its lines about Quispe.
        const auto quispeLines = [this](const QString& account) {
            const QString csv = m_dir.filePath(QStringLiteral("scores-%1.csv").arg(account));
            output({QStringLiteral("export"), m_file, QStringLiteral("scores"), QStringLiteral("--workshop"),
                    QStringLiteral("Kashiwa"), QStringLiteral("-o"), csv},
                   account);
            QFile file(csv);
            QStringList lines;
            if (file.open(QIODevice::ReadOnly)) {
                for (const QString& line : QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"))) {
                    if (line.startsWith(QStringLiteral("\"Quispe"))) {
                        lines.append(line);
                    }
                }
            }
            return lines;
        };
        const QStringList officer = quispeLines({});
        QVERIFY(officer.join(QLatin1Char('\n')).contains(QStringLiteral("wco.trips,Counted,2,")));
        QVERIFY(officer.join(QLatin1Char('\n')).contains(QStringLiteral(",consensus")));
        QVERIFY2(quispeLines(QStringLiteral("aduarte")).isEmpty(), "a reviewer who submitted nothing exports scores");
        const QStringList kenji = quispeLines(QStringLiteral("kmorita"));
        QVERIFY(!kenji.isEmpty());
        const QString kenjis = kenji.join(QLatin1Char('\n'));
        QVERIFY2(kenjis.contains(QStringLiteral("wco.trips,Counted,1,")), qPrintable(kenjis));
        QVERIFY2(!kenjis.contains(QStringLiteral(",consensus")), "a conflicted reviewer exports the consensus");

        // The ranking as a spreadsheet's CSV: Ana's has no criterion valued.
        const QString csv = m_dir.filePath(QStringLiteral("ranking-ana.csv"));
        output({QStringLiteral("export"), m_file, QStringLiteral("ranking"), QStringLiteral("--workshop"),
                QStringLiteral("Kashiwa"), QStringLiteral("-o"), csv},
               QStringLiteral("aduarte"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        for (const QString& line : lines.mid(1)) {
            QVERIFY2(line.contains(QStringLiteral(",0,0,0,0,")), qPrintable(line));  // totals and criteria valued
        }
    }
};

AD_TEST_GUILESS_MAIN(TestBlindReviewCli)
#include "TestBlindReviewCli.moc"
