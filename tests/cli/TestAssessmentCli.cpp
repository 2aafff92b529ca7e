// SPDX-License-Identifier: GPL-3.0-or-later
// The assessment's numbers through accreditation-desk-cli, run as a process: the ranking
// against the seats, agreement with its bands (from a file, and from a CSV of paper
// sheets), and the selection proposal with its reasons; usage errors exit 2, refusals 1.
#include "TestSupport.h"

#include "domain/Candidate.h"
#include "domain/Screening.h"
#include "store/Store.h"
#include "store/Decisions.h"
#include "store/Candidates.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestAssessmentCli : public QObject
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

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("assessment.accred"));
        auto store = createStore(m_file);
        QVERIFY(store);
        QVERIFY(!makeAssessedWorkshop(*store, m_dir.path()).isNull());
    }

    void rankingListsTheApplicantsAgainstTheSeats()
    {
        const QJsonObject o = jsonOf({QStringLiteral("ranking"), m_file, QStringLiteral("--workshop"),
                                      QStringLiteral("kashiwa"), QStringLiteral("--json")});
        QCOMPARE(o.value(QStringLiteral("workshop")).toObject().value(QStringLiteral("seats")).toInt(), 3);
        const QJsonArray ranking = o.value(QStringLiteral("ranking")).toArray();
        QCOMPARE(ranking.size(), 5);
        QCOMPARE(ranking.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Arai, Alex"));
        QCOMPARE(ranking.at(0).toObject().value(QStringLiteral("total")).toDouble(), 10.0);
        QCOMPARE(ranking.at(0).toObject().value(QStringLiteral("advantage_total")).toDouble(), 2.0);
        QCOMPARE(ranking.at(2).toObject().value(QStringLiteral("within_seats")).toBool(), true);
        QCOMPARE(ranking.at(3).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Quispe, Alex"));
        QCOMPARE(ranking.at(3).toObject().value(QStringLiteral("rank")).toInt(), 4);
        QCOMPARE(ranking.at(3).toObject().value(QStringLiteral("within_seats")).toBool(), false);
        QCOMPARE(ranking.at(3).toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("waitlisted"));

        QString out;
        QCOMPARE(
            cli({QStringLiteral("ranking"), m_file, QStringLiteral("--workshop"), QStringLiteral("Kashiwa")}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("3 seats")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Within seats")));
        QVERIFY(out.contains(QStringLiteral("Sato, Alex")));
    }

    void agreementPrintsTheCoefficientsWithTheirBands()
    {
        const QJsonObject o = jsonOf({QStringLiteral("agreement"), m_file, QStringLiteral("--workshop"),
                                      QStringLiteral("Kashiwa"), QStringLiteral("--json")});
        const QJsonArray coefficients = o.value(QStringLiteral("coefficients")).toArray();
        QCOMPARE(coefficients.size(), 4);
        QStringList methods;
        for (const QJsonValue& v : coefficients) {
            const QJsonObject c = v.toObject();
            methods.append(c.value(QStringLiteral("method")).toString());
            QVERIFY2(c.value(QStringLiteral("value")).isDouble(),
                     qPrintable(c.value(QStringLiteral("refusal")).toString()));
            QVERIFY(!c.value(QStringLiteral("band")).toString().isEmpty());
            QCOMPARE(c.value(QStringLiteral("raters")).toInt(), 2);
        }
        QCOMPARE(methods, (QStringList{QStringLiteral("fleiss_kappa"), QStringLiteral("icc_2_1"),
                                       QStringLiteral("krippendorff_alpha_nominal"),
                                       QStringLiteral("krippendorff_alpha_interval")}));
        // 5 applicants × the 31 items of Stage 1 they were scored on (makeAssessedWorkshop; the
        // workshop's presentations are Stage 2's, outside the default round).
        QCOMPARE(coefficients.at(0).toObject().value(QStringLiteral("subjects")).toInt(), 155);  // every criterion
        QCOMPARE(coefficients.at(1).toObject().value(QStringLiteral("subjects")).toInt(), 140);  // the 0–4 scale only
        const QJsonArray disagreements = o.value(QStringLiteral("disagreements")).toArray();
        QCOMPARE(disagreements.size(), 1);
        QCOMPARE(disagreements.at(0).toObject().value(QStringLiteral("criterion")).toString(),
                 QStringLiteral("wco.trips"));
        QCOMPARE(disagreements.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Quispe, Alex"));

        QString out;
        QCOMPARE(
            cli({QStringLiteral("agreement"), m_file, QStringLiteral("--workshop"), QStringLiteral("Kashiwa")}, &out),
            0);
        QVERIFY2(out.contains(QStringLiteral("ICC(2,1)")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Landis & Koch")));
        QVERIFY(out.contains(QStringLiteral("Quispe, Alex: wco.trips (ratings 1 to 3")));
    }

    void agreementReadsAPlainTableOfRatings()
    {
        // Shrout & Fleiss (1979), Table 2, typed in as subject, rater, rating: ICC(2,1) = .29.
        const QList<QList<int>> table = {{9, 2, 5, 8}, {6, 1, 3, 2},  {8, 4, 6, 8},
                                         {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}};
        QByteArray csv = "subject,rater,rating\n";
        for (int t = 0; t < table.size(); ++t) {
            for (int j = 0; j < 4; ++j) {
                csv +=
                    QStringLiteral("\"Target %1\",Judge %2,%3\n").arg(t + 1).arg(j + 1).arg(table.at(t).at(j)).toUtf8();
            }
        }
        const QString path = m_dir.filePath(QStringLiteral("sheets.csv"));
        QVERIFY(writeFile(path, csv));
        const QJsonObject o =
            jsonOf({QStringLiteral("agreement"), QStringLiteral("--ratings"), path, QStringLiteral("--json")});
        const QJsonObject icc = o.value(QStringLiteral("coefficients")).toArray().at(1).toObject();
        QCOMPARE(icc.value(QStringLiteral("method")).toString(), QStringLiteral("icc_2_1"));
        QVERIFY(qAbs(icc.value(QStringLiteral("value")).toDouble() - 0.289764) < 1e-6);
        QCOMPARE(icc.value(QStringLiteral("band_key")).toString(), QStringLiteral("poor"));

        QVERIFY(writeFile(path, "a,r1,3\nb,r1,not a number\n"));
        QString err;
        QCOMPARE(cli({QStringLiteral("agreement"), QStringLiteral("--ratings"), path}, nullptr, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("Row 2")), qPrintable(err));
    }

    void selectProposesAndExplains()
    {
        const QJsonObject o =
            jsonOf({QStringLiteral("select"), m_file, QStringLiteral("--workshop"), QStringLiteral("Kashiwa"),
                    QStringLiteral("--max-per-administration"), QStringLiteral("1"), QStringLiteral("--min-per-gender"),
                    QStringLiteral("female=1"), QStringLiteral("--json")});
        QCOMPARE(o.value(QStringLiteral("total")).toDouble(), 24.0);
        QStringList picked;
        for (const QJsonValue& v : o.value(QStringLiteral("picks")).toArray()) {
            picked.append(v.toObject().value(QStringLiteral("name")).toString());
            QVERIFY(
                v.toObject().value(QStringLiteral("explanation")).toString().startsWith(QStringLiteral("picked: ")));
        }
        QCOMPARE(picked, (QStringList{QStringLiteral("Sato, Alex"), QStringLiteral("Kamau, Alex"),
                                      QStringLiteral("Quispe, Alex")}));
        const QJsonArray leftOut = o.value(QStringLiteral("left_out")).toArray();
        QCOMPARE(leftOut.size(), 2);
        QVERIFY(leftOut.at(0)
                    .toObject()
                    .value(QStringLiteral("explanation"))
                    .toString()
                    .startsWith(QStringLiteral("left out: would make 2 from Japan Customs, limit 1")));
        QCOMPARE(leftOut.at(1).toObject().value(QStringLiteral("explanation")).toString(),
                 QStringLiteral("left out: lower total 2 than the last pick 7 (Quispe, Alex)"));

        QString out;
        QCOMPARE(cli({QStringLiteral("select"), m_file, QStringLiteral("--workshop"), QStringLiteral("Kashiwa"),
                      QStringLiteral("--min-per-region"), QStringLiteral("europe=2")},
                     &out),
                 0);
        QVERIFY2(out.contains(QStringLiteral("the eligible pool can supply 0")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Picked:")));
        QVERIFY(out.contains(QStringLiteral("nothing is recorded")));
    }

    // Runs after the proposals above: it records a failed screening they must not see.
    void selectNeverProposesSomeoneWhoFailsTheScreening()
    {
        {
            auto store = Store::open(m_file, Store::Access::Edit);
            QVERIFY2(store.ok(), qPrintable(store.message()));
            Screening failed;
            failed.candidateId = store.value()->candidates().find(QStringLiteral("Arai")).value().first().meta.id;
            failed.hardRequirementsMet = false;
            failed.countedMet = 20;
            failed.countedTotal = 25;
            failed.note = QStringLiteral("4 years in Customs");
            QVERIFY(store.value()->decisions().recordScreening(failed).ok());
        }
        const QJsonObject o = jsonOf({QStringLiteral("select"), m_file, QStringLiteral("--workshop"),
                                      QStringLiteral("Kashiwa"), QStringLiteral("--json")});
        QStringList picked;
        for (const QJsonValue& v : o.value(QStringLiteral("picks")).toArray()) {
            picked.append(v.toObject().value(QStringLiteral("name")).toString());
        }
        QVERIFY2(!picked.contains(QStringLiteral("Arai, Alex")), qPrintable(picked.join(QStringLiteral("; "))));
        QCOMPARE(picked.size(), 3);
        QJsonObject arai;
        for (const QJsonValue& v : o.value(QStringLiteral("not_considered")).toArray()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Arai, Alex")) {
                arai = v.toObject();
            }
        }
        QVERIFY(arai.value(QStringLiteral("needs_override")).toBool());
        const QString why = arai.value(QStringLiteral("explanation")).toString();
        QVERIFY2(why.contains(QStringLiteral("hard requirements not met")) && why.contains(QStringLiteral("override")),
                 qPrintable(why));
    }

    void usageErrorsAndRefusals()
    {
        QString err;
        QCOMPARE(cli({QStringLiteral("select"), m_file}, nullptr, &err), 2);
        QCOMPARE(cli({QStringLiteral("select"), m_file, QStringLiteral("--workshop"), QStringLiteral("Kashiwa"),
                      QStringLiteral("--min-per-gender"), QStringLiteral("women=2")},
                     nullptr, &err),
                 2);
        QVERIFY2(err.contains(QStringLiteral("female")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("select"), m_file, QStringLiteral("--workshop"), QStringLiteral("Kashiwa"),
                      QStringLiteral("--max-per-administration"), QStringLiteral("0")}),
                 2);
        QCOMPARE(cli({QStringLiteral("ranking"), m_file, QStringLiteral("--workshop"), QStringLiteral("Nowhere")},
                     nullptr, &err),
                 1);
        QVERIFY(err.contains(QStringLiteral("No workshop matches")));
        QCOMPARE(cli({QStringLiteral("agreement"), m_file}), 2);
        QCOMPARE(cli({QStringLiteral("agreement"), m_file, QStringLiteral("--ratings"), QStringLiteral("x.csv")}), 2);
        QCOMPARE(cli({QStringLiteral("ranking"), QStringLiteral("--help")}), 0);
    }
};

AD_TEST_GUILESS_MAIN(TestAssessmentCli)
#include "TestAssessmentCli.moc"
