// SPDX-License-Identifier: GPL-3.0-or-later
// Scores entered in bulk through accreditation-desk-cli, run as a process: a workshop's blank
// sheet (`scores-template`) filled and imported (`scores-import`) as the officer's consensus
// or into a reviewer's own review file, in one command, all or nothing: every kind of bad row
// is refused with its row and field named and the file left byte for byte as it was.
#include "TestSupport.h"

#include "assessment/AssessmentRecords.h"
#include "assessment/ScoreEntry.h"
#include "assessment/ScoreSheet.h"
#include "assessment/ScoringForm.h"
#include "domain/Candidate.h"
#include "domain/Score.h"
#include "store/Assessment.h"
#include "store/AuditEntry.h"
#include "store/Candidates.h"
#include "store/ReviewFile.h"
#include "store/Store.h"
#include "TestMain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const QString kWorkshop = QStringLiteral("Nairobi");

QString cliPath()
{
    return QStringLiteral(AD_CLI_PATH);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A CSV's lines as cells; the blank sheets hold no quoted commas when made --anonymous.
QList<QStringList> rowsOf(const QByteArray& csv)
{
    QList<QStringList> rows;
    QString text = QString::fromUtf8(csv);
    text.remove(QChar(0xFEFF));
    for (const QString& line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        rows.append(line.split(QLatin1Char(',')));
    }
    return rows;
}

QByteArray csvOf(const QList<QStringList>& rows)
{
    QByteArray csv;
    for (const QStringList& row : rows) {
        csv += ScoreSheet::csvLine(row);
    }
    return csv;
}

}  // namespace

class TestScoresImportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    int m_serial = 0;

    int cli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr)
    {
        return run(cliPath(), arguments, out, err);
    }

    QString nextPath(const QString& suffix)
    {
        return m_dir.filePath(QStringLiteral("sheet-%1.%2").arg(++m_serial).arg(suffix));
    }

    /// The blank sheet of the workshop as the CLI writes it.
    QList<QStringList> blankSheet(const QStringList& options)
    {
        const QString path = nextPath(QStringLiteral("csv"));
        QString out;
        QString err;
        const int code = cli(QStringList{QStringLiteral("scores-template"), m_file, QStringLiteral("--workshop"),
                                         kWorkshop, QStringLiteral("-o"), path} +
                                 options,
                             &out, &err);
        if (code != 0) {
            qWarning() << err;
            return {};
        }
        return rowsOf(readAll(path));
    }

    int importSheet(const QByteArray& csv, const QStringList& options, QString* out, QString* err)
    {
        const QString path = nextPath(QStringLiteral("csv"));
        writeFile(path, csv);
        return cli(QStringList{QStringLiteral("scores-import"), m_file, path} + options, out, err);
    }

    std::unique_ptr<Store> openReadOnly()
    {
        auto store = Store::open(m_file, Store::Access::ReadOnly);
        return store.ok() ? std::move(store).value() : nullptr;
    }

    /// The candidate a code of a sheet names, among everyone in the file.
    QUuid candidateOf(const Store& store, const QString& code)
    {
        QUuid found;
        for (const Candidate& c : store.candidates().all().value()) {
            if (ScoreSheet::namesCandidate(code, c.meta.id)) {
                found = c.meta.id;
            }
        }
        return found;
    }

    /// Every consensus of the file in one round: "id/key" → rating.
    QHash<QString, int> consensusHeld(PipelineStep round = PipelineStep::Selection)
    {
        QHash<QString, int> held;
        auto store = openReadOnly();
        for (const Candidate& c : store->candidates().all().value()) {
            for (const ConsensusRating& r : store->assessment().consensus(c.meta.id).value()) {
                if (r.round != round) {
                    continue;
                }
                held.insert(c.meta.id.toString() + QLatin1Char('/') + r.criterionKey, r.rating);
            }
        }
        return held;
    }

    /// A valid long sheet's first rows: the first applicant of the workshop on the first criterion.
    QList<QStringList> validLongStart(QString* code = nullptr, QString* criterion = nullptr)
    {
        const QList<QStringList> blank = blankSheet({QStringLiteral("--anonymous")});
        if (code) {
            *code = blank.value(1).value(0);
        }
        if (criterion) {
            *criterion = blank.value(1).value(1);
        }
        return {
            blank.value(0),
            {blank.value(1).value(0), blank.value(1).value(1), QString(), QStringLiteral("2"), QStringLiteral("fine")}};
    }

    /// The candidate's total in the workshop's ranking (`ranking --json`); -1 when absent.
    double rankingTotal(const QUuid& id)
    {
        QString out;
        QString err;
        if (cli({QStringLiteral("ranking"), m_file, QStringLiteral("--workshop"), kWorkshop, QStringLiteral("--json")},
                &out, &err) != 0) {
            qWarning() << err;
            return -1;
        }
        const QJsonArray ranking =
            QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("ranking")).toArray();
        for (const QJsonValue& row : ranking) {
            if (QUuid::fromString(row.toObject().value(QStringLiteral("candidate_id")).toString()) == id) {
                return row.toObject().value(QStringLiteral("total")).toDouble();
            }
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("demo.accred"));
        QCOMPARE(cli({QStringLiteral("demo"), m_file}), 0);
        QCOMPARE(
            cli({QStringLiteral("person-add"), m_file, QStringLiteral("--name"), QStringLiteral("Ben Peeters"),
                 QStringLiteral("--account"), QStringLiteral("ben"), QStringLiteral("--role"),
                 QStringLiteral("reviewer"), QStringLiteral("--administration"), QStringLiteral("Belgian Customs")}),
            0);
        // Nairobi of the demo has 4 applicants: 6 more applications make the 10 × 31 of a
        // real workshop's Stage 1 sheet (its own criterion is Stage 2's).
        QByteArray applications("family_name,given_names,nationality,administration,region,email,phone,"
                                "application_date,workshop\r\n");
        for (int i = 1; i <= 6; ++i) {
            applications += QStringLiteral("Bulk%1,Ana,Kenyan,Kenya Revenue Authority,east_southern_africa,"
                                           "bulk%1@example.org,+2547000000%1,2026-06-01,Nairobi\r\n")
                                .arg(i)
                                .toUtf8();
        }
        const QString csv = m_dir.filePath(QStringLiteral("applications.csv"));
        QVERIFY(writeFile(csv, applications));
        QString out;
        QString err;
        QVERIFY2(cli({QStringLiteral("import"), m_file, csv}, &out, &err) == 0, qPrintable(err));
        QVERIFY2(cli({QStringLiteral("workshop-criteria"), m_file, kWorkshop, QStringLiteral("--add"),
                      QStringLiteral("Role play")},
                     &out, &err) == 0,
                 qPrintable(err));
    }

    void aWholeWorkshopIsOneCommand()
    {
        QList<QStringList> sheet = blankSheet({QStringLiteral("--wide"), QStringLiteral("--anonymous")});
        QVERIFY(sheet.size() >= 2);
        const QStringList header = sheet.constFirst();
        QCOMPARE(header.constFirst(), QStringLiteral("candidate"));
        const int candidates = int(sheet.size()) - 1;
        QCOMPARE(header.constLast(), QStringLiteral("round"));
        const int criteria = int(header.size()) - 2;  // less the candidate and the round
        QVERIFY2(candidates == 10 && criteria == 31,
                 qPrintable(QStringLiteral("%1 candidates x %2 criteria").arg(candidates).arg(criteria)));
        // 0 or 1: a rating every kind takes, hard requirements too.
        for (int r = 1; r < sheet.size(); ++r) {
            QCOMPARE(sheet[r].constLast(), QStringLiteral("selection"));
            for (int c = 1; c < sheet[r].size() - 1; ++c) {
                sheet[r][c] = QString::number((r + c) % 2);
            }
        }
        const QString before = sha256Of(m_file);
        const qsizetype trail = openReadOnly()->auditTrail().value().size();
        QString out;
        QString err;
        // A dry run checks the whole sheet and writes nothing.
        QVERIFY2(importSheet(csvOf(sheet), {QStringLiteral("--consensus"), QStringLiteral("--dry-run")}, &out, &err) ==
                     0,
                 qPrintable(err));
        QVERIFY2(out.contains(QString::number(candidates * criteria)), qPrintable(out));
        QCOMPARE(sha256Of(m_file), before);
        QVERIFY2(importSheet(csvOf(sheet), {QStringLiteral("--consensus"), QStringLiteral("--workshop"), kWorkshop},
                             &out, &err) == 0,
                 qPrintable(err));
        QVERIFY(sha256Of(m_file) != before);
        // The trail says it in words, with how many ratings.
        QString trailText;
        QVERIFY(cli({QStringLiteral("audit"), m_file}, &trailText, &err) == 0);
        QVERIFY2(trailText.contains(QStringLiteral("recorded %1 consensus rating").arg(candidates * criteria)),
                 qPrintable(trailText.right(400)));
        QVERIFY2(out.contains(QString::number(candidates * criteria)), qPrintable(out));
        // One unit of work: one audit entry for the whole sheet.
        auto store = openReadOnly();
        const QList<AuditEntry> entries = store->auditTrail().value();
        QCOMPARE(entries.size(), trail + 1);
        QCOMPARE(entries.constLast().action, QStringLiteral("consensus.import"));
        store.reset();
        const QHash<QString, int> held = consensusHeld();
        store = openReadOnly();
        for (int r = 1; r < sheet.size(); ++r) {
            const QUuid id = candidateOf(*store, sheet[r][0]);
            QVERIFY(!id.isNull());
            const ScoringForm form = store->assessment().scoringForm(id).value();
            for (int c = 1; c < header.size() - 1; ++c) {
                QString key;
                for (const QString& k : form.keys()) {
                    key = ScoreSheet::namesCriterion(header.at(c), k) ? k : key;
                }
                QVERIFY2(!key.isEmpty(), qPrintable(header.at(c)));
                QCOMPARE(held.value(id.toString() + QLatin1Char('/') + key, -1), (r + c) % 2);
            }
        }
        // The same sheet again changes nothing and writes no entry.
        const QString after = sha256Of(m_file);
        QVERIFY2(importSheet(csvOf(sheet), {QStringLiteral("--consensus")}, &out, &err) == 0, qPrintable(err));
        QCOMPARE(store->auditTrail().value().size(), trail + 1);
        Q_UNUSED(after);
    }

    void aBlankCellKeepsTheStoredRating()
    {
        // A sheet typed back in part: its blank cells clear nothing (score --clear and
        // consensus --clear do that), only the cell filled in changes.
        const QHash<QString, int> before = consensusHeld();
        QVERIFY(!before.isEmpty());
        QList<QStringList> sheet = blankSheet({QStringLiteral("--wide"), QStringLiteral("--anonymous")});
        QVERIFY(sheet.size() >= 2);
        auto store = openReadOnly();
        const QUuid id = candidateOf(*store, sheet[1][0]);
        QString key;
        for (const QString& k : store->assessment().scoringForm(id).value().keys()) {
            key = ScoreSheet::namesCriterion(sheet[0][1], k) ? k : key;
        }
        store.reset();
        const QString cell = id.toString() + QLatin1Char('/') + key;
        QVERIFY(before.contains(cell));
        sheet[1][1] = QString::number(1 - before.value(cell));  // 0 or 1: every kind takes it
        QString out;
        QString err;
        QVERIFY2(importSheet(csvOf(sheet), {QStringLiteral("--consensus")}, &out, &err) == 0, qPrintable(err));
        QHash<QString, int> expected = before;
        expected.insert(cell, 1 - before.value(cell));
        QCOMPARE(consensusHeld(), expected);
    }

    void eachBadRowImportsNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown candidate") << QStringLiteral("candidate") << QStringLiteral("candidate")
                                           << QStringLiteral("No candidate of the file has the code");
        QTest::newRow("unknown criterion")
            << QStringLiteral("criterion") << QStringLiteral("criterion") << QStringLiteral("form has no criterion");
        QTest::newRow("rating above the scale")
            << QStringLiteral("five") << QStringLiteral("rating") << QStringLiteral("rating");
        QTest::newRow("rating not a number")
            << QStringLiteral("text") << QStringLiteral("rating") << QStringLiteral("is not a rating");
        QTest::newRow("hard requirement rated 2")
            << QStringLiteral("hard") << QStringLiteral("rating") << QStringLiteral("");
        QTest::newRow("the same cell twice")
            << QStringLiteral("twice") << QStringLiteral("rating") << QStringLiteral("twice, in rows 2 and 3");
        QTest::newRow("candidate of another workshop") << QStringLiteral("elsewhere") << QStringLiteral("candidate")
                                                       << QStringLiteral("not an applicant of this workshop");
        QTest::newRow("a comment without a rating")
            << QStringLiteral("comment") << QStringLiteral("rating") << QStringLiteral("no rating");
        // The workshop's own criterion is Stage 2's: a Stage 1 sheet carrying it is refused.
        QTest::newRow("a criterion of another round")
            << QStringLiteral("round") << QStringLiteral("criterion") << QStringLiteral("form has no criterion");
        QTest::newRow("a rating with decimals")
            << QStringLiteral("decimal") << QStringLiteral("rating") << QStringLiteral("is not a rating");
    }

    void eachBadRowImportsNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, field);
        QFETCH(QString, words);
        QString code;
        QString criterion;
        QList<QStringList> rows = validLongStart(&code, &criterion);
        QVERIFY(!code.isEmpty());
        QStringList bad = rows.at(1);
        bad[3] = QStringLiteral("3");
        if (kind == QLatin1String("candidate")) {
            bad[0] = QStringLiteral("C-000000");
        } else if (kind == QLatin1String("criterion")) {
            bad[1] = QStringLiteral("personal.nonsense");
        } else if (kind == QLatin1String("five")) {
            bad[3] = QString::number(Score::kMaxRating + 1);
        } else if (kind == QLatin1String("text")) {
            bad[3] = QStringLiteral("three");
        } else if (kind == QLatin1String("hard")) {
            auto store = openReadOnly();
            const ScoringForm form = store->assessment().scoringForm(candidateOf(*store, code)).value();
            for (const FormSection& section : form.sections) {
                for (const FormCriterion& item : section.criteria) {
                    bad[1] = item.kind == CriterionKind::Hard ? ScoreSheet::criterionCode(item.key) : bad[1];
                }
            }
            QVERIFY(bad[1] != criterion);
            bad[3] = QStringLiteral("2");
        } else if (kind == QLatin1String("twice")) {
            bad[3] = QStringLiteral("1");
        } else if (kind == QLatin1String("elsewhere")) {
            // An applicant of Brussels, named by id.
            auto store = openReadOnly();
            const QList<QStringList> brussels = [&] {
                const QString path = nextPath(QStringLiteral("csv"));
                cli({QStringLiteral("scores-template"), m_file, QStringLiteral("--workshop"),
                     QStringLiteral("Brussels"), QStringLiteral("--anonymous"), QStringLiteral("-o"), path});
                return rowsOf(readAll(path));
            }();
            QVERIFY(brussels.size() >= 2);
            bad[0] = candidateOf(*store, brussels.at(1).at(0)).toString(QUuid::WithoutBraces);
        } else if (kind == QLatin1String("round")) {
            bad[1] = QStringLiteral("workshop:role_play");
            bad.append(QStringLiteral("selection"));  // the blank sheet's last column, "round"
        } else if (kind == QLatin1String("decimal")) {
            bad[3] = QStringLiteral("3.0");
        } else if (kind == QLatin1String("comment")) {
            bad[3] = QString();
            bad[4] = QStringLiteral("Good in the role play");
        }
        rows.append(bad);
        const QString before = sha256Of(m_file);
        const QByteArray beforeBytes = readAll(m_file);
        QString out;
        QString err;
        QCOMPARE(importSheet(csvOf(rows), {QStringLiteral("--consensus"), QStringLiteral("--workshop"), kWorkshop},
                             &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("Row 3, %1: ").arg(field)), qPrintable(err));
        QVERIFY2(err.contains(words), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("nothing was imported")), qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("Row 2")), qPrintable(err));
        QCOMPARE(sha256Of(m_file), before);
        QCOMPARE(readAll(m_file).size(), beforeBytes.size());
    }

    void aReviewersSheetGoesToTheirOwnReviewFileOnly()
    {
        const QList<QStringList> blank = blankSheet({QStringLiteral("--wide"), QStringLiteral("--anonymous")});
        QVERIFY(blank.size() >= 4);
        QUuid mine;
        QUuid notMine;
        QUuid conflicted;
        {
            auto store = openReadOnly();
            mine = candidateOf(*store, blank.at(1).at(0));
            notMine = candidateOf(*store, blank.at(2).at(0));
            conflicted = candidateOf(*store, blank.at(3).at(0));
        }
        QString out;
        QString err;
        for (const QUuid& id : {mine, conflicted}) {
            QVERIFY2(cli({QStringLiteral("assign"), m_file, id.toString(QUuid::WithoutBraces), QStringLiteral("ben"),
                          QStringLiteral("--reason"), QStringLiteral("Another service.")},
                         &out, &err) == 0,
                     qPrintable(err));
        }
        const QString review = m_dir.filePath(QStringLiteral("ben.review"));
        QVERIFY2(cli({QStringLiteral("review-init"), m_file, review, QStringLiteral("--as"), QStringLiteral("ben")},
                     &out, &err) == 0,
                 qPrintable(err));
        QVERIFY2(
            cli({QStringLiteral("declare-conflict"), m_file, conflicted.toString(QUuid::WithoutBraces),
                 QStringLiteral("--as"), QStringLiteral("ben"), QStringLiteral("--reviewer"), QStringLiteral("ben"),
                 QStringLiteral("--review"), review, QStringLiteral("--reason"), QStringLiteral("My cousin.")},
                &out, &err) == 0,
            qPrintable(err));
        // Ben's own sheet holds only the candidate he may rate.
        const QList<QStringList> own =
            blankSheet({QStringLiteral("--wide"), QStringLiteral("--anonymous"), QStringLiteral("--review"), review});
        QCOMPARE(own.size(), 2);
        QStringList full = own.at(1);
        for (int c = 1; c < full.size() - 1; ++c) {  // the last column is the round
            full[c] = QStringLiteral("1");
        }
        const QString shared = sha256Of(m_file);
        const QStringList asBen{QStringLiteral("--review"), review, QStringLiteral("--as"), QStringLiteral("ben")};
        // A candidate not assigned to him, and one he declared a conflict about: refused, nothing saved.
        for (const QUuid& other : {notMine, conflicted}) {
            QStringList row = full;
            row[0] = other.toString(QUuid::WithoutBraces);
            const QString reviewBefore = sha256Of(review);
            QCOMPARE(importSheet(csvOf({own.at(0), full, row}), asBen, &out, &err), 1);
            QVERIFY2(err.contains(QStringLiteral("Row 3, candidate: ")), qPrintable(err));
            // A reviewer sees their assigned candidates only: the one not theirs is unknown to them.
            QVERIFY2(err.contains(other == notMine ? QStringLiteral("No candidate assigned to you")
                                                   : QStringLiteral("conflict of interest")),
                     qPrintable(err));
            QCOMPARE(sha256Of(review), reviewBefore);
        }
        // His whole form in one command, as drafts in his review file; the shared file untouched.
        QVERIFY2(importSheet(csvOf({own.at(0), full}), asBen, &out, &err) == 0, qPrintable(err));
        QCOMPARE(sha256Of(m_file), shared);
        {
            const auto opened = ReviewFile::open(review, true);
            QVERIFY(opened.ok());
            const QList<Score> scores = opened.value()->scores().value();
            QCOMPARE(scores.size(), full.size() - 2);
            for (const Score& s : scores) {
                QCOMPARE(s.candidateId, mine);
                QCOMPARE(s.rating.value_or(-1), 1);
                QVERIFY(!s.isSubmitted());
            }
        }
        // Nobody else writes Ben's review file through the import.
        QCOMPARE(importSheet(csvOf({own.at(0), full}),
                             {QStringLiteral("--review"), review, QStringLiteral("--as"), QStringLiteral("ana")}, &out,
                             &err),
                 1);
        // Once submitted, his form takes no more ratings.
        QVERIFY2(cli({QStringLiteral("submit"), m_file, mine.toString(QUuid::WithoutBraces), QStringLiteral("--as"),
                      QStringLiteral("ben"), QStringLiteral("--reviewer"), QStringLiteral("ben"),
                      QStringLiteral("--review"), review},
                     &out, &err) == 0,
                 qPrintable(err));
        full[1] = QStringLiteral("0");
        const QString submitted = sha256Of(review);
        QCOMPARE(importSheet(csvOf({own.at(0), full}), asBen, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("Row 2, candidate: ")) && err.contains(QStringLiteral("submitted")),
                 qPrintable(err));
        QCOMPARE(sha256Of(review), submitted);
    }

    void codesRoundTripThroughTheImport()
    {
        // The long sheet with names, as an officer hands it out; filled and read back.
        const QString path = nextPath(QStringLiteral("csv"));
        QString out;
        QString err;
        QVERIFY2(cli({QStringLiteral("scores-template"), m_file, QStringLiteral("--workshop"), kWorkshop,
                      QStringLiteral("-o"), path},
                     &out, &err) == 0,
                 qPrintable(err));
        auto sheet = ScoreSheet::parse(readAll(path), QStringLiteral("sheet.csv"));
        QVERIFY(sheet.ok());
        QVERIFY(!sheet.value().wide);
        QVERIFY(sheet.value().cells.isEmpty());  // blank: nothing rated yet
        // Fill a rating into every row: the rating column is the fifth (candidate, name, criterion, criterion_name).
        QString text = QString::fromUtf8(readAll(path));
        QStringList lines = text.split(QStringLiteral("\r\n"));
        int filled = 0;
        for (int i = 1; i < lines.size(); ++i) {
            if (lines[i].isEmpty()) {
                continue;
            }
            // The line ends ",,,selection" (rating, comment, round): put the rating in.
            QVERIFY2(lines[i].endsWith(QStringLiteral(",,,selection")), qPrintable(lines[i]));
            lines[i].chop(12);
            lines[i] += QStringLiteral(",1,Round trip,selection");
            ++filled;
        }
        QVERIFY(filled >= 10);
        QVERIFY2(
            importSheet(lines.join(QStringLiteral("\r\n")).toUtf8(), {QStringLiteral("--consensus")}, &out, &err) == 0,
            qPrintable(err));
        auto store = openReadOnly();
        int rated = 0;
        for (const Candidate& c : store->candidates().all().value()) {
            for (const ConsensusRating& r : store->assessment().consensus(c.meta.id).value()) {
                rated += r.comment == QLatin1String("Round trip") && r.rating == 1 ? 1 : 0;
            }
        }
        QCOMPARE(rated, filled);
        // A code in small letters or without its "C-" names the same candidate.
        const QString code = ScoreSheet::candidateCode(store->candidates().all().value().constFirst().meta.id);
        QVERIFY(ScoreSheet::namesCandidate(code.toLower(), store->candidates().all().value().constFirst().meta.id));
        QVERIFY(ScoreSheet::namesCandidate(code.mid(2), store->candidates().all().value().constFirst().meta.id));
    }

    void theCoreBatchChecksEveryEntryInsideItsUnit()
    {
        // What the CLI and the grid call: a refused entry among good ones writes nothing,
        // not even the lease or the day's backup, and the report names its row and field.
        const QString before = sha256Of(m_file);
        const auto trailBefore = openReadOnly()->auditTrail().value().size();
        {
            auto opened = Store::open(m_file, Store::Access::EditOnChange);
            QVERIFY2(opened.ok(), qPrintable(opened.message()));
            Store& store = *opened.value();
            const QList<QStringList> blank = blankSheet({QStringLiteral("--anonymous")});
            const QUuid id = candidateOf(store, blank.at(1).at(0));
            ScoreEntry good;
            good.row = 2;
            good.candidateId = id;
            good.criterionKey = QStringLiteral("personal.interpersonal");
            good.rating = 4;
            ScoreEntry bad = good;
            bad.row = 3;
            bad.criterionKey = QStringLiteral("workshop:role_play");
            bad.ratingField = QStringLiteral("workshop:role_play");
            bad.rating = 9;
            // Stage 2's form holds the workshop's own criterion.
            const ScoreBatchReport report =
                store.assessment().recordConsensusBatch({good, bad}, {}, PipelineStep::Workshop);
            QVERIFY(!report.ok());
            QCOMPARE(report.problems.size(), 1);
            QCOMPARE(report.problems.constFirst().row, 3);
            QCOMPARE(report.problems.constFirst().field, QStringLiteral("workshop:role_play"));
            QCOMPARE(report.changed, 0);
        }
        QCOMPARE(sha256Of(m_file), before);
        QCOMPARE(openReadOnly()->auditTrail().value().size(), trailBefore);
    }

    void aCodeTwoCandidatesCameToShareIsRefusedNamingBoth()
    {
        // A sheet printed before a second candidate whose code starts alike was added: its
        // short code now fits both, and the import asks for more of it rather than guess.
        QHash<QString, QUuid> seen;
        QUuid first;
        QUuid second;
        while (first.isNull()) {
            const QUuid next = QUuid::createUuid();
            const QString code = ScoreSheet::candidateCode(next);
            if (seen.contains(code)) {
                first = seen.value(code);
                second = next;
            }
            seen.insert(code, next);
        }
        const QString printed = ScoreSheet::candidateCode(first);
        {
            auto opened = Store::open(m_file, Store::Access::EditOnChange);
            QVERIFY2(opened.ok(), qPrintable(opened.message()));
            Candidate a = sampleCandidate(QStringLiteral("Twin"));
            a.meta.id = first;
            Candidate b = sampleCandidate(QStringLiteral("Twain"));
            b.meta.id = second;
            b.email = QStringLiteral("twain@example.org");
            b.phone = QStringLiteral("+32 2 000 00 99");
            const auto savedA = opened.value()->candidates().save(a);
            QVERIFY2(savedA.ok(), qPrintable(savedA.message()));
            const auto savedB = opened.value()->candidates().save(b);
            QVERIFY2(savedB.ok(), qPrintable(savedB.message()));
        }
        const QString before = sha256Of(m_file);
        QString out;
        QString err;
        const QList<QStringList> rows{
            {QStringLiteral("candidate"), QStringLiteral("criterion"), QStringLiteral("rating")},
            {printed, QStringLiteral("personal.interpersonal"), QStringLiteral("2")}};
        QCOMPARE(importSheet(csvOf(rows), {QStringLiteral("--consensus")}, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("Row 2, candidate: ")) &&
                     err.contains(QStringLiteral("fits 2 candidates")),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Twin")) && err.contains(QStringLiteral("Twain")), qPrintable(err));
        QCOMPARE(sha256Of(m_file), before);
        // The codes of the file as it is now are longer and each names one candidate.
        QList<QUuid> everyone;
        for (const Candidate& c : openReadOnly()->candidates().all().value()) {
            everyone.append(c.meta.id);
        }
        const QString longer = ScoreSheet::candidateCode(first, everyone);
        QVERIFY(longer.size() > printed.size());
        const QList<QStringList> fixed{rows.at(0),
                                       {longer, QStringLiteral("personal.interpersonal"), QStringLiteral("2")}};
        QVERIFY2(importSheet(csvOf(fixed), {QStringLiteral("--consensus")}, &out, &err) == 0, qPrintable(err));
    }

    void thePrintedBlankSheetsCarryTheCodesTheImportReads()
    {
        // The paper sheets handed out at the workshop (anonymised): the candidate's code and
        // each criterion's code, read off the page, name the cells of an import.
        const QString pdf = m_dir.filePath(QStringLiteral("blank.pdf"));
        QString out;
        QString err;
        QVERIFY2(
            cli({QStringLiteral("print"), m_file, QStringLiteral("--workshop"), kWorkshop, QStringLiteral("--sheets"),
                 QStringLiteral("--blank"), QStringLiteral("--anonymous"), QStringLiteral("-o"), pdf},
                &out, &err) == 0,
            qPrintable(err));
        QString text;
        QCOMPARE(run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}, &text), 0);
        const QRegularExpression candidateCode(QStringLiteral("Candidate (C-[0-9A-F]{6,})"));
        const QRegularExpression criterionCode(
            QStringLiteral("code\\s+([a-z0-9_]+[.:][a-z0-9_]+)\\s+·\\s+round\\s+([a-z_]+)"));
        const QString candidate = candidateCode.match(text).captured(1);
        QVERIFY2(!candidate.isEmpty(), qPrintable(text.left(2000)));
        QStringList criteria;
        QHash<QString, QString> roundOf;  // each criterion's round, as the page prints it
        for (auto it = criterionCode.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const QString code = match.captured(1);
            roundOf.insert(code, match.captured(2));
            if (!criteria.contains(code)) {
                criteria.append(code);
            }
        }
        QCOMPARE(roundOf.value(QStringLiteral("personal.interpersonal")), QStringLiteral("selection"));
        QCOMPARE(roundOf.value(QStringLiteral("workshop:role_play")), QStringLiteral("workshop"));
        QVERIFY2(criteria.contains(QStringLiteral("personal.interpersonal")), qPrintable(criteria.join(u' ')));
        QVERIFY2(criteria.contains(QStringLiteral("workshop:role_play")), qPrintable(criteria.join(u' ')));
        // Each round's items go into that round: the Stage 1 criterion with the selection,
        // the workshop's own criterion with Stage 2.
        const QStringList header{QStringLiteral("candidate"), QStringLiteral("criterion"), QStringLiteral("rating")};
        QList<QStringList> rows{header, {candidate, QStringLiteral("personal.interpersonal"), QStringLiteral("1")}};
        QVERIFY2(importSheet(csvOf(rows), {QStringLiteral("--consensus"), QStringLiteral("--workshop"), kWorkshop},
                             &out, &err) == 0,
                 qPrintable(err));
        rows = {header, {candidate, QStringLiteral("workshop:role_play"), QStringLiteral("1")}};
        QVERIFY2(importSheet(csvOf(rows),
                             {QStringLiteral("--consensus"), QStringLiteral("--round"),
                              roundOf.value(QStringLiteral("workshop:role_play"))},
                             &out, &err) == 0,
                 qPrintable(err));
    }

    void aSheetGoesIntoItsRoundOnly()
    {
        // Stage 1: the blank sheet of the selection names its round on every row.
        const QList<QStringList> blank =
            blankSheet({QStringLiteral("--anonymous"), QStringLiteral("--round"), QStringLiteral("1")});
        QVERIFY(blank.size() >= 2);
        QCOMPARE(blank.at(0).constLast(), QStringLiteral("round"));
        QCOMPARE(blank.at(1).constLast(), QStringLiteral("selection"));
        const QString code = blank.at(1).at(0);
        QUuid id;
        {
            auto store = openReadOnly();
            id = candidateOf(*store, code);
        }
        QVERIFY(!id.isNull());
        // One candidate's whole Stage 1 form, typed back with the round the sheet names.
        const QStringList header{QStringLiteral("candidate"), QStringLiteral("criterion"), QStringLiteral("rating"),
                                 QStringLiteral("round")};
        const auto rated = [&](const QString& rating) {
            QList<QStringList> rows{header};
            for (const QStringList& row : blank.mid(1)) {
                if (row.at(0) == code) {
                    rows.append({code, row.at(1), rating, row.constLast()});
                }
            }
            return rows;
        };
        QVERIFY(rated(QStringLiteral("0")).size() > 10);
        const QHash<QString, int> stage2Before = consensusHeld(PipelineStep::Workshop);
        QString out;
        QString err;
        QVERIFY2(importSheet(csvOf(rated(QStringLiteral("0"))),
                             {QStringLiteral("--consensus"), QStringLiteral("--workshop"), kWorkshop}, &out, &err) == 0,
                 qPrintable(err));
        const double low = rankingTotal(id);
        QVERIFY2(importSheet(csvOf(rated(QStringLiteral("1"))),
                             {QStringLiteral("--consensus"), QStringLiteral("--workshop"), kWorkshop}, &out, &err) == 0,
                 qPrintable(err));
        // The ranking (consensus where recorded) reads what the Stage 1 sheet recorded.
        const double high = rankingTotal(id);
        QVERIFY2(low >= 0 && high > low, qPrintable(QStringLiteral("%1 -> %2").arg(low).arg(high)));
        const QHash<QString, int> stage1 = consensusHeld(PipelineStep::Selection);
        for (const QStringList& row : rated(QStringLiteral("1")).mid(1)) {
            bool found = false;
            for (auto it = stage1.cbegin(); it != stage1.cend(); ++it) {
                found = found || (it.key().startsWith(id.toString()) &&
                                  ScoreSheet::namesCriterion(row.at(1), it.key().mid(id.toString().size() + 1)) &&
                                  it.value() == 1);
            }
            QVERIFY2(found, qPrintable(row.at(1)));
        }
        // … and Stage 2 is left as it was.
        QCOMPARE(consensusHeld(PipelineStep::Workshop), stage2Before);

        // Stage 2: a sheet naming the workshop round goes there without --round; Stage 1 stays.
        const QString cell = id.toString() + QStringLiteral("/personal.interpersonal");
        const QList<QStringList> stage2Sheet{
            header, {code, QStringLiteral("personal.interpersonal"), QStringLiteral("3"), QStringLiteral("workshop")}};
        QVERIFY2(importSheet(csvOf(stage2Sheet), {QStringLiteral("--consensus")}, &out, &err) == 0, qPrintable(err));
        QCOMPARE(consensusHeld(PipelineStep::Selection), stage1);
        QCOMPARE(consensusHeld(PipelineStep::Workshop).value(cell, -1), 3);
        QCOMPARE(rankingTotal(id), high);

        // A sheet of one round imported with --round naming another: refused, nothing written.
        const QString before = sha256Of(m_file);
        QCOMPARE(importSheet(csvOf(stage2Sheet),
                             {QStringLiteral("--consensus"), QStringLiteral("--round"), QStringLiteral("selection")},
                             &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("is a sheet of")) && err.contains(QStringLiteral("--round workshop")),
                 qPrintable(err));
        QCOMPARE(sha256Of(m_file), before);
        // A sheet mixing rounds: the row of the other round is refused, naming the column.
        QList<QStringList> mixed = rated(QStringLiteral("1"));
        mixed.append({code, QStringLiteral("personal.interpersonal"), QStringLiteral("2"), QStringLiteral("workshop")});
        QCOMPARE(importSheet(csvOf(mixed), {QStringLiteral("--consensus")}, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("Row %1, round: ").arg(mixed.size())), qPrintable(err));
        QCOMPARE(sha256Of(m_file), before);
    }
    void aReviewersDryRunRefusesWhatTheImportWould()
    {
        // A dry run passes a reviewer's sheet only when the import takes it, and a refusal
        // names every refused row at once: a form submitted already, a candidate they
        // declared a conflict about, a rating off the scale.
        QString out;
        QString err;
        QVERIFY2(cli({QStringLiteral("person-add"), m_file, QStringLiteral("--name"), QStringLiteral("Cleo Dumas"),
                      QStringLiteral("--account"), QStringLiteral("cleo"), QStringLiteral("--role"),
                      QStringLiteral("reviewer"), QStringLiteral("--administration"), QStringLiteral("French Customs")},
                     &out, &err) == 0,
                 qPrintable(err));
        const QList<QStringList> blank = blankSheet({QStringLiteral("--wide"), QStringLiteral("--anonymous")});
        QVERIFY(blank.size() >= 7);
        const QString submittedCode = blank.at(4).at(0);
        const QString openCode = blank.at(5).at(0);
        const QString conflictCode = blank.at(6).at(0);
        QHash<QString, QString> idOf;  // code → id, as the reviewer's commands name candidates
        {
            auto store = openReadOnly();
            for (const QString& code : {submittedCode, openCode, conflictCode}) {
                idOf.insert(code, candidateOf(*store, code).toString(QUuid::WithoutBraces));
            }
        }
        for (const QString& code : {submittedCode, openCode, conflictCode}) {
            QVERIFY2(cli({QStringLiteral("assign"), m_file, idOf.value(code), QStringLiteral("cleo"),
                          QStringLiteral("--reason"), QStringLiteral("Another service.")},
                         &out, &err) == 0,
                     qPrintable(err));
        }
        const QString review = m_dir.filePath(QStringLiteral("cleo.review"));
        const QStringList asCleo{QStringLiteral("--review"), review, QStringLiteral("--as"), QStringLiteral("cleo")};
        QVERIFY2(cli({QStringLiteral("review-init"), m_file, review, QStringLiteral("--as"), QStringLiteral("cleo")},
                     &out, &err) == 0,
                 qPrintable(err));
        // Her whole form of one candidate, then submitted; a conflict declared about another.
        const QList<QStringList> own =
            blankSheet({QStringLiteral("--wide"), QStringLiteral("--anonymous"), QStringLiteral("--review"), review});
        QCOMPARE(own.size(), 4);
        QStringList whole;
        for (const QStringList& row : own.mid(1)) {
            whole = row.at(0) == submittedCode ? row : whole;
        }
        QVERIFY(!whole.isEmpty());
        for (int c = 1; c < whole.size() - 1; ++c) {  // the last column is the round
            whole[c] = QStringLiteral("1");
        }
        QVERIFY2(importSheet(csvOf({own.at(0), whole}), asCleo, &out, &err) == 0, qPrintable(err));
        const QStringList asHerself{QStringLiteral("--as"), QStringLiteral("cleo"),     QStringLiteral("--reviewer"),
                                    QStringLiteral("cleo"), QStringLiteral("--review"), review};
        QVERIFY2(
            cli(QStringList{QStringLiteral("submit"), m_file, idOf.value(submittedCode)} + asHerself, &out, &err) == 0,
            qPrintable(err));
        QVERIFY2(cli(QStringList{QStringLiteral("declare-conflict"), m_file, idOf.value(conflictCode),
                                 QStringLiteral("--reason"), QStringLiteral("My neighbour.")} +
                         asHerself,
                     &out, &err) == 0,
                 qPrintable(err));
        const QString shared = sha256Of(m_file);
        const QString reviewBefore = sha256Of(review);
        const QStringList header{QStringLiteral("candidate"), QStringLiteral("criterion"), QStringLiteral("rating")};
        const QString criterion = QStringLiteral("personal.interpersonal");
        // Each alone: the dry run refuses it as the import does, naming the row.
        for (const QString& code : {submittedCode, conflictCode}) {
            const QByteArray sheet = csvOf({header, {code, criterion, QStringLiteral("2")}});
            for (const QStringList& mode : {QStringList{QStringLiteral("--dry-run")}, QStringList()}) {
                QCOMPARE(importSheet(sheet, asCleo + mode, &out, &err), 1);
                QVERIFY2(err.contains(QStringLiteral("Row 2, candidate: ")), qPrintable(err));
                QVERIFY2(err.contains(code == submittedCode ? QStringLiteral("submitted")
                                                            : QStringLiteral("conflict of interest")),
                         qPrintable(err));
                QVERIFY2(!out.contains(QStringLiteral("would be imported")), qPrintable(out));
            }
        }
        // Together with a rating off the scale: every refused row named in one run.
        const QByteArray mixed = csvOf({header,
                                        {submittedCode, criterion, QStringLiteral("2")},
                                        {openCode, criterion, QString::number(Score::kMaxRating + 1)},
                                        {conflictCode, criterion, QStringLiteral("2")}});
        for (const QStringList& mode : {QStringList{QStringLiteral("--dry-run")}, QStringList()}) {
            QCOMPARE(importSheet(mixed, asCleo + mode, &out, &err), 1);
            for (const QString& named : {QStringLiteral("Row 2, candidate: "), QStringLiteral("Row 3, rating: "),
                                         QStringLiteral("Row 4, candidate: ")}) {
                QVERIFY2(err.contains(named), qPrintable(err));
            }
        }
        QCOMPARE(sha256Of(review), reviewBefore);
        QCOMPARE(sha256Of(m_file), shared);
        // The row she may still rate goes in.
        QVERIFY2(importSheet(csvOf({header, {openCode, criterion, QStringLiteral("2")}}), asCleo, &out, &err) == 0,
                 qPrintable(err));
    }
    void aSheetOfManyApplicantsIsReadWhole()
    {
        // A wide sheet names its candidate on every cell: 150 applicants on 31 criteria are
        // 4,650 cells, each told apart among everyone in the file through one index of the
        // file's codes (a hash of every candidate for every cell once made 1,000 applicants
        // take minutes; how long it takes is a benchmark's business, not this test's).
        const QString file = m_dir.filePath(QStringLiteral("thousand.accred"));
        QCOMPARE(cli({QStringLiteral("demo"), file}), 0);
        QByteArray applications("family_name,given_names,nationality,administration,region,email,phone,"
                                "application_date,workshop\r\n");
        constexpr int kApplicants = 150;
        for (int i = 0; i < kApplicants; ++i) {
            applications += QStringLiteral("Many%1,Ana,Kenyan,Kenya Revenue Authority %1,east_southern_africa,"
                                           "many%1@example.org,+25471%2,2026-06-01,Nairobi\r\n")
                                .arg(i)
                                .arg(i, 7, 10, QLatin1Char('0'))
                                .toUtf8();
        }
        const QString csv = m_dir.filePath(QStringLiteral("thousand.csv"));
        QVERIFY(writeFile(csv, applications));
        QString out;
        QString err;
        QVERIFY2(cli({QStringLiteral("import"), file, csv}, &out, &err) == 0, qPrintable(err));
        const QString blank = m_dir.filePath(QStringLiteral("thousand-sheet.csv"));
        QVERIFY2(cli({QStringLiteral("scores-template"), file, QStringLiteral("--workshop"), kWorkshop,
                      QStringLiteral("--wide"), QStringLiteral("--anonymous"), QStringLiteral("-o"), blank},
                     &out, &err) == 0,
                 qPrintable(err));
        QList<QStringList> sheet = rowsOf(readAll(blank));
        QVERIFY(sheet.size() > kApplicants);
        for (int r = 1; r < sheet.size(); ++r) {
            for (int c = 1; c < sheet[r].size() - 1; ++c) {  // the last column is the round
                sheet[r][c] = QStringLiteral("1");
            }
        }
        const QString filled = m_dir.filePath(QStringLiteral("thousand-filled.csv"));
        QVERIFY(writeFile(filled, csvOf(sheet)));
        QVERIFY2(cli({QStringLiteral("scores-import"), file, filled, QStringLiteral("--consensus"),
                      QStringLiteral("--workshop"), kWorkshop, QStringLiteral("--dry-run")},
                     &out, &err) == 0,
                 qPrintable(err));
        QVERIFY2(out.contains(QString::number((sheet.size() - 1) * (sheet.constFirst().size() - 2))), qPrintable(out));
    }
};

AD_TEST_GUILESS_MAIN(TestScoresImportCli)
#include "TestScoresImportCli.moc"
