// SPDX-License-Identifier: GPL-3.0-or-later
// A workshop's reports through accreditation-desk-cli, run as a process: `results` (text
// and JSON) with every assessor's ratings, the consensus and the outcome; `summary` (text
// and JSON, by one dimension or all); `print --results` and `print --summary` read back
// with pdftotext; a reviewer (--as) sees no more than the window shows them; usage errors
// exit 2, an unknown workshop 1.
#include "HeldWorkshop.h"
#include "TestSupport.h"

#include "store/Store.h"
#include "TestMain.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

QJsonObject participant(const QJsonObject& results, const QString& family)
{
    for (const QJsonValue& p : results.value(QStringLiteral("participants")).toArray()) {
        if (p.toObject().value(QStringLiteral("name")).toString().startsWith(family + QLatin1Char(','))) {
            return p.toObject();
        }
    }
    return {};
}

QJsonObject groupOf(const QJsonArray& groups, const QString& key)
{
    for (const QJsonValue& g : groups) {
        if (g.toObject().value(QStringLiteral("key")).toString() == key) {
            return g.toObject();
        }
    }
    return {};
}

}  // namespace

class TestReportsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    int cli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr)
    {
        return run(QStringLiteral(AD_CLI_PATH), arguments, out, err);
    }

    QJsonObject jsonOf(const QStringList& arguments)
    {
        QString out;
        QString err;
        const int code = cli(arguments, &out, &err);
        if (code != 0) {
            qWarning("%s", qPrintable(err));
        }
        return QJsonDocument::fromJson(out.toUtf8()).object();
    }

    static QString pdfText(const QString& pdf)
    {
        QString out;
        run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}, &out);
        return out;
    }

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("round.accred"));
        auto store = createStore(m_file);
        QVERIFY(store);
        QVERIFY(!makeHeldWorkshop(*store).workshop.isNull());
    }

    void resultsAsJsonHoldEachAssessorsRatingsTheConsensusAndTheOutcome()
    {
        const QJsonObject o =
            jsonOf({QStringLiteral("results"), m_file, QStringLiteral("kashiwa"), QStringLiteral("--json")});
        QCOMPARE(o.value(QStringLiteral("workshop")).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Kashiwa workshop, Japan"));
        QCOMPARE(o.value(QStringLiteral("criteria")).toArray().size(), 3);
        QCOMPARE(o.value(QStringLiteral("criteria")).toArray().at(0).toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("workshop:discussions"));
        QCOMPARE(o.value(QStringLiteral("assessors")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("participants")).toArray().size(), 4);
        const QJsonObject arai = participant(o, QStringLiteral("Arai"));
        QCOMPARE(arai.value(QStringLiteral("stage")).toString(), QStringLiteral("workshop_passed"));
        QCOMPARE(arai.value(QStringLiteral("others_hidden")).toBool(), false);
        const QJsonObject discussions = arai.value(QStringLiteral("criteria")).toArray().at(0).toObject();
        QCOMPARE(discussions.value(QStringLiteral("ratings")).toArray().size(), 2);
        QCOMPARE(discussions.value(QStringLiteral("mean")).toDouble(), 3.5);
        QCOMPARE(discussions.value(QStringLiteral("consensus")).toInt(), 4);
        QCOMPARE(discussions.value(QStringLiteral("consensus_comment")).toString(), QStringLiteral("Led the debate"));
        QVERIFY(arai.value(QStringLiteral("criteria"))
                    .toArray()
                    .at(1)
                    .toObject()
                    .value(QStringLiteral("consensus"))
                    .isNull());
        QCOMPARE(arai.value(QStringLiteral("outcome")).toObject().value(QStringLiteral("passed")).toBool(), true);
        QCOMPARE(arai.value(QStringLiteral("decision")).toObject().value(QStringLiteral("to")).toString(),
                 QStringLiteral("workshop_passed"));
        QVERIFY(!arai.value(QStringLiteral("decision")).toObject().value(QStringLiteral("informed_on")).isNull());
        const QJsonObject haddou = participant(o, QStringLiteral("Haddou"));
        QVERIFY(haddou.value(QStringLiteral("outcome")).isNull());
        QVERIFY(haddou.value(QStringLiteral("decision")).isNull());
        QCOMPARE(participant(o, QStringLiteral("Kamau"))
                     .value(QStringLiteral("outcome"))
                     .toObject()
                     .value(QStringLiteral("passed"))
                     .toBool(true),
                 false);
        QVERIFY(participant(o, QStringLiteral("Quispe")).isEmpty());  // not selected: took no part
    }

    void resultsAsTextAreATablePerParticipant()
    {
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("results"), m_file, QStringLiteral("Kashiwa")}, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("4 participant")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Arai, Taro (Japan Customs), Passed the workshop. Outcome: Passed.")));
        QVERIFY(out.contains(QStringLiteral("Kenji Morita")));
        QVERIFY(out.contains(QStringLiteral("Participation in discussions")));
        QVERIFY(out.contains(QStringLiteral("Outcome: Not recorded. Decision: No decision yet.")));
        QVERIFY(out.contains(QStringLiteral("3.5")));
    }

    void aReviewerSeesNoMoreThanTheWindowShowsThem()
    {
        const QJsonObject o = jsonOf({QStringLiteral("results"), m_file, QStringLiteral("kashiwa"),
                                      QStringLiteral("--json"), QStringLiteral("--as"), QStringLiteral("lhaddad")});
        const QJsonObject haddou = participant(o, QStringLiteral("Haddou"));
        QVERIFY(!haddou.isEmpty());
        QCOMPARE(haddou.value(QStringLiteral("others_hidden")).toBool(), true);
        for (const QJsonValue& c : haddou.value(QStringLiteral("criteria")).toArray()) {
            QVERIFY(c.toObject().value(QStringLiteral("ratings")).toArray().isEmpty());
            QVERIFY(c.toObject().value(QStringLiteral("consensus")).isNull());
            QVERIFY(c.toObject().value(QStringLiteral("mean")).isNull());
        }
        QCOMPARE(participant(o, QStringLiteral("Arai"))
                     .value(QStringLiteral("criteria"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("ratings"))
                     .toArray()
                     .size(),
                 2);
        QString out;
        QCOMPARE(cli({QStringLiteral("results"), m_file, QStringLiteral("kashiwa"), QStringLiteral("--as"),
                      QStringLiteral("lhaddad")},
                     &out),
                 0);
        QVERIFY2(out.contains(QStringLiteral("show once you submit your own form")), qPrintable(out));
        // Printed as her, the same: Haddou's presentations consensus (3) is not on the page.
        const QString pdf = m_dir.filePath(QStringLiteral("hers.pdf"));
        QCOMPARE(cli({QStringLiteral("print"), m_file, QStringLiteral("--workshop"), QStringLiteral("kashiwa"),
                      QStringLiteral("--results"), QStringLiteral("-o"), pdf, QStringLiteral("--as"),
                      QStringLiteral("lhaddad")}),
                 0);
        const QString text = pdfText(pdf);
        QVERIFY2(text.simplified().contains(QStringLiteral("show once your own form is submitted")), qPrintable(text));
    }

    void summaryCountsEachStepByEveryDimension()
    {
        const QJsonObject o = jsonOf({QStringLiteral("summary"), m_file, QStringLiteral("--json")});
        QCOMPARE(o.value(QStringLiteral("scope")).toString(), QStringLiteral("file"));
        const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("applied")).toInt(), 6);
        QCOMPARE(totals.value(QStringLiteral("selected")).toInt(), 4);
        QCOMPARE(totals.value(QStringLiteral("passed")).toInt(), 2);
        QCOMPARE(totals.value(QStringLiteral("accredited")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("by_region")).toArray().size(), 6);
        QCOMPARE(groupOf(o.value(QStringLiteral("by_region")).toArray(), QStringLiteral("asia_pacific"))
                     .value(QStringLiteral("passed"))
                     .toInt(),
                 2);
        QCOMPARE(groupOf(o.value(QStringLiteral("by_gender")).toArray(), QStringLiteral("female"))
                     .value(QStringLiteral("selected"))
                     .toInt(),
                 2);
        QCOMPARE(groupOf(o.value(QStringLiteral("by_administration")).toArray(), QStringLiteral("SUNAT Peru"))
                     .value(QStringLiteral("applied"))
                     .toInt(),
                 2);

        const QJsonObject byGender =
            jsonOf({QStringLiteral("summary"), m_file, QStringLiteral("--by"), QStringLiteral("gender"),
                    QStringLiteral("--workshop"), QStringLiteral("kashiwa"), QStringLiteral("--json")});
        QCOMPARE(byGender.value(QStringLiteral("scope")).toString(), QStringLiteral("workshop"));
        QVERIFY(byGender.contains(QStringLiteral("by_gender")));
        QVERIFY(!byGender.contains(QStringLiteral("by_region")));
        QVERIFY(!byGender.contains(QStringLiteral("by_administration")));

        QString out;
        QCOMPARE(
            cli({QStringLiteral("summary"), m_file, QStringLiteral("--by"), QStringLiteral("administration")}, &out),
            0);
        QVERIFY2(out.contains(QStringLiteral("Every candidate of the file")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Passed the workshop")));
        QVERIFY(out.contains(QStringLiteral("Kenya Revenue Authority")));
        QVERIFY(!out.contains(QStringLiteral("Asia")));  // only the breakdown asked for
    }

    void badArgumentsAreTold()
    {
        QString err;
        QCOMPARE(
            cli({QStringLiteral("summary"), m_file, QStringLiteral("--by"), QStringLiteral("country")}, nullptr, &err),
            2);
        QVERIFY2(err.contains(QStringLiteral("region, gender or administration")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("results"), m_file}, nullptr, &err), 2);
        QCOMPARE(cli({QStringLiteral("results"), m_file, QStringLiteral("Nowhere")}, nullptr, &err), 1);
        QCOMPARE(cli({QStringLiteral("print"), m_file, QStringLiteral("--results"), QStringLiteral("-o"),
                      m_dir.filePath(QStringLiteral("x.pdf"))},
                     nullptr, &err),
                 2);
        QVERIFY2(err.contains(QStringLiteral("--workshop W")), qPrintable(err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
    }

    void bothReportsPrint()
    {
        const QString results = m_dir.filePath(QStringLiteral("results.pdf"));
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("print"), m_file, QStringLiteral("--workshop"), QStringLiteral("kashiwa"),
                      QStringLiteral("--results"), QStringLiteral("-o"), results},
                     &out, &err),
                 0);
        QString text = pdfText(results);
        QVERIFY2(text.contains(QStringLiteral("Stage 2 results")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Kashiwa workshop, Japan")));
        QVERIFY(text.contains(QStringLiteral("Led the debate")));
        QVERIFY(text.contains(QStringLiteral("Lina Haddad")));
        QVERIFY(text.contains(QStringLiteral("Not passed")));

        const QString summary = m_dir.filePath(QStringLiteral("summary.pdf"));
        QCOMPARE(cli({QStringLiteral("print"), m_file, QStringLiteral("--summary"), QStringLiteral("-o"), summary},
                     &out, &err),
                 0);
        text = pdfText(summary);
        QVERIFY2(text.contains(QStringLiteral("Round summary")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("By region")));
        QVERIFY(text.contains(QStringLiteral("By gender")));
        QVERIFY(text.contains(QStringLiteral("By administration")));
        QVERIFY(text.contains(QStringLiteral("Morocco Customs")));
    }
};

AD_TEST_GUILESS_MAIN(TestReportsCli)
#include "TestReportsCli.moc"
