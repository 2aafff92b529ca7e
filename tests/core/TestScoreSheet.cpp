// SPDX-License-Identifier: GPL-3.0-or-later
// The codes of a blank scoring sheet and the reading of a filled one (ScoreSheet): a
// candidate's code is the one printed sheets carry, longer where two candidates of the file
// share it, and names nobody else; a criterion's is its key; a CSV is read long or wide by
// its header, rows numbered as a spreadsheet numbers them, a stray quotation mark refused.
#include "assessment/ScoreSheet.h"
#include "TestMain.h"

#include <QTest>

class TestScoreSheet : public QObject
{
    Q_OBJECT

private slots:
    void aCandidatesCodeNamesThemAndGrowsWhereTwoShareIt()
    {
        const QUuid id = QUuid::createUuid();
        const QString code = ScoreSheet::candidateCode(id);
        QVERIFY(code.startsWith(QLatin1String("C-")));
        QCOMPARE(code.size(), 2 + ScoreSheet::kCandidateCodeLength);
        QVERIFY(ScoreSheet::namesCandidate(code, id));
        QVERIFY(ScoreSheet::namesCandidate(code.toLower(), id));
        QVERIFY(ScoreSheet::namesCandidate(code.mid(2), id));
        QVERIFY(ScoreSheet::namesCandidate(id.toString(QUuid::WithoutBraces), id));
        QVERIFY(!ScoreSheet::namesCandidate(code.left(code.size() - 1), id));  // too short to be sure
        QVERIFY(!ScoreSheet::namesCandidate(code, QUuid::createUuid()));
        // Two ids whose codes start alike: each gets digits enough to tell them apart.
        QHash<QString, QUuid> seen;
        QUuid a;
        QUuid b;
        while (a.isNull()) {
            const QUuid next = QUuid::createUuid();
            const QString shortCode = ScoreSheet::candidateCode(next);
            if (seen.contains(shortCode)) {
                a = seen.value(shortCode);
                b = next;
            }
            seen.insert(shortCode, next);
        }
        const QString codeA = ScoreSheet::candidateCode(a, {a, b});
        const QString codeB = ScoreSheet::candidateCode(b, {a, b});
        QVERIFY(codeA.size() > 2 + ScoreSheet::kCandidateCodeLength);
        QVERIFY(codeA != codeB);
        QVERIFY(ScoreSheet::namesCandidate(codeA, a) && !ScoreSheet::namesCandidate(codeA, b));
        QVERIFY(ScoreSheet::namesCandidate(codeB, b) && !ScoreSheet::namesCandidate(codeB, a));
        // The short code printed before names both: the import then asks for more.
        QVERIFY(ScoreSheet::namesCandidate(ScoreSheet::candidateCode(a), b));
    }

    void theIndexOfAFilesCodesNamesWhomNamesCandidateNames()
    {
        // CandidateCodeIndex is namesCandidate over many ids at once, each hashed once.
        QList<QUuid> ids;
        for (int i = 0; i < 200; ++i) {
            ids.append(QUuid::createUuid());
        }
        const CandidateCodeIndex index(ids);
        QStringList texts{QStringLiteral(""), QStringLiteral("C-"), QStringLiteral("nobody"),
                          QStringLiteral("C-000000"), ids.constFirst().toString()};
        for (const QUuid& id : std::as_const(ids)) {
            const QString code = ScoreSheet::candidateCode(id, ids);
            texts << code << code.toLower() << code.mid(2) << QStringLiteral("  %1 ").arg(code) << code.left(5)
                  << ScoreSheet::candidateCode(id).left(2 + ScoreSheet::kCandidateCodeLength)
                  << id.toString(QUuid::WithoutBraces);
        }
        for (const QString& text : std::as_const(texts)) {
            QList<QUuid> expected;
            for (const QUuid& id : std::as_const(ids)) {
                if (ScoreSheet::namesCandidate(text, id)) {
                    expected.append(id);
                }
            }
            QCOMPARE(index.named(text), expected);
            QCOMPARE(index.named(text), expected);  // looked up again: the same answer
        }
        QCOMPARE(index.named(ScoreSheet::candidateCode(ids.at(7), ids)), QList<QUuid>{ids.at(7)});
    }

    void aCriterionsCodeIsItsKey()
    {
        QCOMPARE(ScoreSheet::criterionCode(QStringLiteral("wco.trips")), QStringLiteral("wco.trips"));
        QVERIFY(ScoreSheet::namesCriterion(QStringLiteral("WCO.Trips"), QStringLiteral("wco.trips")));
        const QUuid activity = QUuid::fromString(QStringLiteral("{3fa92c11-0000-4000-8000-000000000000}"));
        const QString key = QStringLiteral("activity:") + activity.toString(QUuid::WithoutBraces);
        QCOMPARE(ScoreSheet::criterionCode(key), QStringLiteral("activity:3FA92C"));
        QVERIFY(ScoreSheet::namesCriterion(QStringLiteral("activity:3fa92c"), key));
        QVERIFY(ScoreSheet::namesCriterion(key, key));
        QVERIFY(!ScoreSheet::namesCriterion(QString(), key));
    }

    void aLongSheetIsReadRowByRow()
    {
        const QByteArray csv = "\xEF\xBB\xBF"
                               "candidate,name,criterion,criterion_name,rating,comment\r\n"
                               "C-1E2E62,\"Dlamini, Thandiwe\",wco.trips,TRIPS,3,\"Clear, and\nthorough\"\r\n"
                               "C-1E2E62,\"Dlamini, Thandiwe\",wco.cencomm,CENcomm,,\r\n"
                               "\r\n"
                               "C-1E2E62,,wco.trips,,,A comment alone\r\n";
        const auto sheet = ScoreSheet::parse(csv, QStringLiteral("s.csv"));
        QVERIFY2(sheet.ok(), qPrintable(sheet.message()));
        QVERIFY(!sheet.value().wide);
        QCOMPARE(sheet.value().cells.size(), 1);  // a blank rating gives nothing
        const ScoreSheetCell& cell = sheet.value().cells.constFirst();
        QCOMPARE(cell.row, 2);
        QCOMPARE(cell.candidate, QStringLiteral("C-1E2E62"));
        QCOMPARE(cell.criterion, QStringLiteral("wco.trips"));
        QCOMPARE(cell.rating, QStringLiteral("3"));
        QCOMPARE(cell.comment.value_or(QString()), QStringLiteral("Clear, and\nthorough"));
        // The quoted line break is no row of its own; the blank line counts.
        QCOMPARE(sheet.value().problems.size(), 1);
        QCOMPARE(sheet.value().problems.constFirst().row, 5);
        QCOMPARE(sheet.value().problems.constFirst().field, QStringLiteral("rating"));
    }

    void aWideSheetHasAColumnPerCriterion()
    {
        const QByteArray csv = "candidate,wco.trips,WCO.CENCOMM,wco.trips\r\nC-1E2E62,3,,4\r\nC-AAAAAA,,1,\r\n";
        const auto sheet = ScoreSheet::parse(csv, QStringLiteral("w.csv"));
        QVERIFY(sheet.ok());
        QVERIFY(sheet.value().wide);
        // The criterion named twice in the header is refused there, once.
        QCOMPARE(sheet.value().problems.size(), 1);
        QCOMPARE(sheet.value().problems.constFirst().row, 1);
        QCOMPARE(sheet.value().problems.constFirst().field, QStringLiteral("wco.trips"));
        QCOMPARE(sheet.value().cells.size(), 2);
        QCOMPARE(sheet.value().cells.at(0).criterion, QStringLiteral("wco.trips"));
        QCOMPARE(sheet.value().cells.at(0).ratingField, QStringLiteral("wco.trips"));
        QCOMPARE(sheet.value().cells.at(1).row, 3);
        QCOMPARE(sheet.value().cells.at(1).criterion, QStringLiteral("WCO.CENCOMM"));
    }

    void aSheetNamesItsRoundInItsRoundColumn()
    {
        // Wide: the round column is no criterion; its words or its number name the round.
        const auto wide = ScoreSheet::parse("candidate,wco.trips,round\r\nC-1E2E62,3,2\r\nC-AAAAAA,1,workshop\r\n",
                                            QStringLiteral("w.csv"));
        QVERIFY2(wide.ok(), qPrintable(wide.message()));
        QVERIFY(wide.value().problems.isEmpty());
        QCOMPARE(wide.value().cells.size(), 2);
        QCOMPARE(wide.value().round, std::optional<PipelineStep>(PipelineStep::Workshop));
        // Without the column, or left blank, a sheet names no round.
        const auto none =
            ScoreSheet::parse("candidate,criterion,rating,round\r\nC-1E2E62,wco.trips,3,\r\n", QStringLiteral("l.csv"));
        QVERIFY(none.ok());
        QVERIFY(!none.value().round);
        // A row of another round than the rows above, and a word that is no round: refused there.
        const auto mixed = ScoreSheet::parse("candidate,criterion,rating,round\r\n"
                                             "C-1E2E62,wco.trips,3,selection\r\n"
                                             "C-1E2E62,wco.cencomm,2,field_assessment\r\n"
                                             "C-1E2E62,wco.cencomm,2,stage two\r\n",
                                             QStringLiteral("m.csv"));
        QVERIFY(mixed.ok());
        QCOMPARE(mixed.value().round, std::optional<PipelineStep>(PipelineStep::Selection));
        QCOMPARE(mixed.value().cells.size(), 1);
        QCOMPARE(mixed.value().problems.size(), 2);
        QCOMPARE(mixed.value().problems.at(0).row, 3);
        QCOMPARE(mixed.value().problems.at(0).field, QStringLiteral("round"));
        QCOMPARE(mixed.value().problems.at(1).row, 4);
        QVERIFY2(mixed.value().problems.at(1).message.contains(QStringLiteral("is not a round")),
                 qPrintable(mixed.value().problems.at(1).message));
    }

    void whatIsNoSheetIsRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("is empty");
        QTest::newRow("no candidate column")
            << QByteArray("who,rating\r\nx,1\r\n") << QStringLiteral("names no \"candidate\" column");
        QTest::newRow("criterion without rating")
            << QByteArray("candidate,criterion\r\nx,y\r\n") << QStringLiteral("no \"rating\"");
        QTest::newRow("stray quote") << QByteArray("candidate,criterion,rating\r\nC-1,wco\"trips,1\r\n")
                                     << QStringLiteral("row 2");
        QTest::newRow("quote never closed")
            << QByteArray("candidate,criterion,rating\r\nC-1,\"wco,1\r\n") << QStringLiteral("row 2");
        QTest::newRow("not UTF-8") << QByteArray("candidate,criterion,rating\r\nC-1,caf\xE9,1\r\n")
                                   << QStringLiteral("not UTF-8");
    }

    void whatIsNoSheetIsRefusedWhole()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, words);
        const auto sheet = ScoreSheet::parse(csv, QStringLiteral("bad.csv"));
        QVERIFY(!sheet.ok());
        QVERIFY2(sheet.message().contains(words), qPrintable(sheet.message()));
    }

    void aWrittenLineReadsBackAndNeverRunsAsAFormula()
    {
        const QByteArray line = ScoreSheet::csvLine({QStringLiteral("C-1E2E62"), QStringLiteral("=HYPERLINK(\"x\")"),
                                                     QStringLiteral("a, b"), QStringLiteral("1")});
        QCOMPARE(line, QByteArray("C-1E2E62,\"'=HYPERLINK(\"\"x\"\")\",\"a, b\",1\r\n"));
    }
};

AD_TEST_GUILESS_MAIN(TestScoreSheet)
#include "TestScoreSheet.moc"
