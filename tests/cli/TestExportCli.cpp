// SPDX-License-Identifier: GPL-3.0-or-later
// `export` run as a process: the candidates with the list's filters, the pool, a workshop's
// ranking; its usage errors; and that exporting leaves the file byte for byte as it was.
// The candidates name the workshop each applied to, a reviewer's only for their rows.
#include "TestSupport.h"
#include "domain/Candidate.h"
#include "domain/Person.h"
#include "domain/Workshop.h"
#include "store/Assessment.h"
#include "store/Candidates.h"
#include "store/People.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "TestMain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestExportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    int cli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr)
    {
        return run(QStringLiteral(AD_CLI_PATH), arguments, out, err);
    }

    /// The lines of a CSV file without its byte-order mark (the cells here hold no line break).
    QList<QStringList> csvRows(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        const QByteArray bytes = file.readAll();
        if (!bytes.startsWith("\xEF\xBB\xBF")) {
            qWarning() << "no byte-order mark";
            return {};
        }
        QList<QStringList> rows;
        for (const QString& line : QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
            rows.append(line.split(QLatin1Char(',')));
        }
        return rows;
    }

    /// The rows of a CSV file written by `export`, quoted cells undone (a title may hold a comma).
    QList<QStringList> quotedCsvRows(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        const QString text = QString::fromUtf8(file.readAll().mid(3));
        QList<QStringList> rows;
        QStringList cells;
        QString cell;
        bool quoted = false;
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += c;
                    ++i;
                } else if (c == u'"') {
                    quoted = false;
                } else {
                    cell += c;
                }
            } else if (c == u'"') {
                quoted = true;
            } else if (c == u',') {
                cells.append(cell);
                cell.clear();
            } else if (c == u'\n') {
                cells.append(cell);
                rows.append(cells);
                cells.clear();
                cell.clear();
            } else if (c != u'\r') {
                cell += c;
            }
        }
        return rows;
    }

    /// Each row's "Applied to" cell by family name; empty when the column is missing.
    QHash<QString, QString> appliedToByFamilyName(const QString& csv)
    {
        const QList<QStringList> rows = quotedCsvRows(csv);
        const int column = int(rows.value(0).indexOf(QStringLiteral("Applied to")));
        QHash<QString, QString> applied;
        for (const QStringList& row : rows.mid(1)) {
            if (column > 0) {
                applied.insert(row.value(0), row.value(column));
            }
        }
        return applied;
    }

private slots:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.accred"));
        QCOMPARE(cli({QStringLiteral("demo"), m_demo}), 0);
    }

    void candidatesWithTheListsFilters()
    {
        QString out;
        QCOMPARE(cli({QStringLiteral("candidates"), m_demo, QStringLiteral("--json")}, &out), 0);
        QSet<QString> accredited;
        for (const QJsonValue& value : QJsonDocument::fromJson(out.toUtf8()).array()) {
            if (value.toObject().value(QStringLiteral("stage")).toString() == QLatin1String("accredited")) {
                accredited.insert(value.toObject().value(QStringLiteral("family_name")).toString());
            }
        }
        QVERIFY(!accredited.isEmpty());
        const QString csv = m_dir.filePath(QStringLiteral("accredited.csv"));
        QString err;
        QCOMPARE(cli({QStringLiteral("export"), m_demo, QStringLiteral("candidates"), QStringLiteral("--stage"),
                      QStringLiteral("accredited"), QStringLiteral("-o"), csv},
                     &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("accredited.csv")), qPrintable(out + err));
        const QList<QStringList> rows = csvRows(csv);
        QCOMPARE(rows.value(0).value(0), QStringLiteral("Family name"));
        QSet<QString> exported;
        for (const QStringList& row : rows.mid(1)) {
            exported.insert(row.value(0));
            QCOMPARE(row.value(2), QStringLiteral("Accredited"));
        }
        QCOMPARE(exported, accredited);

        QCOMPARE(cli({QStringLiteral("export"), m_demo, QStringLiteral("candidates"), QStringLiteral("--search"),
                      QStringLiteral("Sato"), QStringLiteral("-o"), csv}),
                 0);
        QCOMPARE(csvRows(csv).size(), 2);
        QCOMPARE(csvRows(csv).at(1).value(0), QStringLiteral("Sato"));
    }

    void candidatesInTheOneOrderOfNames()
    {
        QString out;
        QCOMPARE(cli({QStringLiteral("candidates"), m_demo, QStringLiteral("--json")}, &out), 0);
        QStringList listed;
        for (const QJsonValue& value : QJsonDocument::fromJson(out.toUtf8()).array()) {
            listed.append(value.toObject().value(QStringLiteral("family_name")).toString());
        }
        const QString csv = m_dir.filePath(QStringLiteral("all.csv"));
        QCOMPARE(cli({QStringLiteral("export"), m_demo, QStringLiteral("candidates"), QStringLiteral("-o"), csv}), 0);
        QStringList exported;
        for (const QStringList& row : csvRows(csv).mid(1)) {
            exported.append(row.value(0));
        }
        QCOMPARE(exported.size(), 14);
        QCOMPARE(exported, listed);
    }

    void candidatesNameTheWorkshopAppliedTo()
    {
        // What `candidates --json` gives: the workshop applied to, and the seat's.
        QString out;
        QCOMPARE(cli({QStringLiteral("candidates"), m_demo, QStringLiteral("--json")}, &out), 0);
        QHash<QString, QString> applied;
        int withoutSeat = 0;
        int seated = 0;
        for (const QJsonValue& value : QJsonDocument::fromJson(out.toUtf8()).array()) {
            const QJsonObject o = value.toObject();
            applied.insert(o.value(QStringLiteral("family_name")).toString(),
                           o.value(QStringLiteral("workshop")).toString());
            const QString seat = o.value(QStringLiteral("seat")).toString();
            withoutSeat += !o.value(QStringLiteral("workshop")).toString().isEmpty() && seat.isEmpty() ? 1 : 0;
            seated += seat.isEmpty() ? 0 : 1;
        }
        QVERIFY(withoutSeat > 0 && seated > 0);
        const QString csv = m_dir.filePath(QStringLiteral("applied.csv"));
        QCOMPARE(cli({QStringLiteral("export"), m_demo, QStringLiteral("candidates"), QStringLiteral("-o"), csv}), 0);
        QCOMPARE(appliedToByFamilyName(csv), applied);
        // The spreadsheet has the same column.
        const QString xlsx = m_dir.filePath(QStringLiteral("applied.xlsx"));
        QCOMPARE(cli({QStringLiteral("export"), m_demo, QStringLiteral("candidates"), QStringLiteral("-o"), xlsx}), 0);
        QString strings;
        QCOMPARE(run(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml")},
                     &strings),
                 0);
        QVERIFY2(strings.contains(QStringLiteral("Applied to")), qPrintable(strings.left(500)));
    }

    void aReviewersExportNamesTheWorkshopOfTheirCandidatesOnly()
    {
        const QString file = m_dir.filePath(QStringLiteral("reviewing.accred"));
        {
            auto store = createStore(file);
            QVERIFY(store);
            const auto lima = store->workshops().save(sampleWorkshop(QStringLiteral("Workshop, Lima"), 60, 10));
            const auto lome = store->workshops().save(sampleWorkshop(QStringLiteral("Workshop, Lome"), 90, 10));
            QVERIFY(lima.ok() && lome.ok());
            QHash<QString, QUuid> ids;
            for (const QString& family : {QStringLiteral("Abara"), QStringLiteral("Bianchi")}) {
                Candidate c = sampleCandidate(family);
                c.email = family.toLower() + QStringLiteral("@mail.example");
                const auto saved = store->candidates().save(c);
                QVERIFY2(saved.ok(), qPrintable(saved.message()));
                ids.insert(family, saved.value().meta.id);
            }
            QVERIFY(store->workshops().apply(ids.value(QStringLiteral("Abara")), lome.value().meta.id).ok());
            QVERIFY(store->workshops().apply(ids.value(QStringLiteral("Bianchi")), lima.value().meta.id).ok());
            Person reviewer;
            reviewer.name = QStringLiteral("Radek Novak");
            reviewer.account = QStringLiteral("rnovak");
            reviewer.role = PersonRole::Reviewer;
            const auto person = store->people().save(reviewer);
            QVERIFY2(person.ok(), qPrintable(person.message()));
            QVERIFY(
                store->assessment().assignReviewer(ids.value(QStringLiteral("Bianchi")), person.value().meta.id).ok());
        }
        const QString officerCsv = m_dir.filePath(QStringLiteral("officer-applied.csv"));
        QCOMPARE(cli({QStringLiteral("export"), file, QStringLiteral("candidates"), QStringLiteral("-o"), officerCsv}),
                 0);
        QCOMPARE(appliedToByFamilyName(officerCsv),
                 (QHash<QString, QString>{{QStringLiteral("Abara"), QStringLiteral("Workshop, Lome")},
                                          {QStringLiteral("Bianchi"), QStringLiteral("Workshop, Lima")}}));
        // The reviewer's: their one candidate (CandidateDisclosure), with the workshop applied
        // to, and neither the other's row nor the other's workshop, nor an e-mail.
        const QString csv = m_dir.filePath(QStringLiteral("reviewer-applied.csv"));
        QString err;
        QCOMPARE(cli({QStringLiteral("export"), file, QStringLiteral("candidates"), QStringLiteral("-o"), csv,
                      QStringLiteral("--as"), QStringLiteral("rnovak")},
                     nullptr, &err),
                 0);
        QCOMPARE(appliedToByFamilyName(csv),
                 (QHash<QString, QString>{{QStringLiteral("Bianchi"), QStringLiteral("Workshop, Lima")}}));
        QFile written(csv);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY2(!bytes.contains("Lome") && !bytes.contains("Abara") && !bytes.contains("@mail.example"),
                 bytes.constData());
    }

    void poolAsSpreadsheetAndCsv()
    {
        const QString xlsx = m_dir.filePath(QStringLiteral("pool.xlsx"));
        QCOMPARE(cli({QStringLiteral("export"), m_demo, QStringLiteral("pool"), QStringLiteral("--output"), xlsx}), 0);
        QFile file(xlsx);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(2) == "PK");  // a ZIP container, as every XLSX
        const QString csv = m_dir.filePath(QStringLiteral("pool.data"));
        QCOMPARE(cli({QStringLiteral("export"), m_demo, QStringLiteral("pool"), QStringLiteral("--format"),
                      QStringLiteral("csv"), QStringLiteral("-o"), csv}),
                 0);
        const QList<QStringList> rows = csvRows(csv);
        QCOMPARE(rows.size(), 5);  // the header and the demo's 4 advisors
        const QStringList header = rows.at(0);
        for (const QStringList& row : rows) {
            if (row.value(0) == QLatin1String("Sato")) {
                QCOMPARE(row.value(header.indexOf(QStringLiteral("Accredited on"))), QStringLiteral("2024-04-17"));
                QCOMPARE(row.value(header.indexOf(QStringLiteral("Weeks used"))), QStringLiteral("1.6"));
                QCOMPARE(row.value(header.indexOf(QStringLiteral("Weeks left"))), QStringLiteral("10.4"));
                return;
            }
        }
        QFAIL("Sato is not in the exported pool");
    }

    void rankingOfAWorkshop()
    {
        const QString file = m_dir.filePath(QStringLiteral("assessed.accred"));
        {
            auto store = createStore(file);
            QVERIFY(!makeAssessedWorkshop(*store, m_dir.path()).isNull());
        }
        const QString csv = m_dir.filePath(QStringLiteral("ranking.csv"));
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("export"), file, QStringLiteral("ranking"), QStringLiteral("--workshop"),
                      QStringLiteral("Kashiwa"), QStringLiteral("-o"), csv},
                     &out, &err),
                 0);
        const QList<QStringList> rows = csvRows(csv);
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows.at(1).value(0), QStringLiteral("1"));
        QVERIFY(rows.at(1).value(1).startsWith(QStringLiteral("\"Arai")));  // "Arai, …" is quoted
        QCOMPARE(rows.at(5).value(0), QStringLiteral("5"));
    }

    void aCandidatesHistory()
    {
        const QString csv = m_dir.filePath(QStringLiteral("history.csv"));
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("export"), m_demo, QStringLiteral("history"), QStringLiteral("--candidate"),
                      QStringLiteral("Sato"), QStringLiteral("-o"), csv},
                     &out, &err),
                 0);
        const QList<QStringList> rows = csvRows(csv);
        QVERIFY2(rows.size() > 2, qPrintable(err));
        QCOMPARE(rows.at(0).value(0), QStringLiteral("When"));
        QCOMPARE(cli({QStringLiteral("export"), m_demo, QStringLiteral("history"), QStringLiteral("-o"), csv}), 0);
        QVERIFY(csvRows(csv).size() > rows.size());  // the whole file's
    }

    void formulasImportedStayText()
    {
        // What an applications spreadsheet brought in must not run when the list goes back out.
        const QString file = m_dir.filePath(QStringLiteral("formulas.accred"));
        QCOMPARE(cli({QStringLiteral("init"), file}), 0);
        const QString applications = m_dir.filePath(QStringLiteral("formulas.csv"));
        QVERIFY(writeFile(applications, "family_name,nationality,administration,region,application_date,position\n"
                                        "Formula,Kenya,+Kenya Revenue Authority,east_southern_africa,2024-01-15,"
                                        "\"=HYPERLINK(\"\"http://example.org\"\",\"\"x\"\")\"\n"));
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("import"), file, applications}, &out, &err), 0);
        const QString csv = m_dir.filePath(QStringLiteral("formulas-out.csv"));
        QCOMPARE(cli({QStringLiteral("export"), file, QStringLiteral("candidates"), QStringLiteral("-o"), csv}), 0);
        QFile exported(csv);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(exported.readAll());
        QVERIFY2(text.contains(QStringLiteral(",'+Kenya Revenue Authority,")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://example.org\"\",\"\"x\"\")\"")),
                 qPrintable(text));
    }

    void usageErrors()
    {
        const QString sha = sha256Of(m_demo);
        const QString out = m_dir.filePath(QStringLiteral("refused.xlsx"));
        const QList<QPair<QStringList, QString>> cases = {
            {{QStringLiteral("ranking"), QStringLiteral("-o"), out}, QStringLiteral("--workshop")},
            {{QStringLiteral("letters"), QStringLiteral("-o"), out},
             QStringLiteral(
                 "candidates, pool, ranking, scores, agreement, participants, to-inform, activities, history")},
            {{QStringLiteral("pool")}, QStringLiteral("-o OUT")},
            {{QStringLiteral("pool"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("pool.txt"))},
             QStringLiteral("--format")},
            {{QStringLiteral("pool"), QStringLiteral("--format"), QStringLiteral("ods"), QStringLiteral("-o"), out},
             QStringLiteral("xlsx or csv")},
            {{QStringLiteral("pool"), QStringLiteral("--stage"), QStringLiteral("accredited"), QStringLiteral("-o"),
              out},
             QStringLiteral("candidates list only")},
            {{QStringLiteral("pool"), QStringLiteral("--candidate"), QStringLiteral("Sato"), QStringLiteral("-o"), out},
             QStringLiteral("history only")},
            {{QStringLiteral("pool"), QStringLiteral("--workshop"), QStringLiteral("Kashiwa"), QStringLiteral("-o"),
              out},
             QStringLiteral("not a workshop's")},
            {{QStringLiteral("candidates"), QStringLiteral("--stage"), QStringLiteral("done"), QStringLiteral("-o"),
              out},
             QStringLiteral("--stage must be one of")},
        };
        for (const auto& [arguments, message] : cases) {
            QString err;
            QCOMPARE(cli(QStringList{QStringLiteral("export"), m_demo} + arguments, nullptr, &err), 2);
            QVERIFY2(err.contains(message), qPrintable(err));
        }
        QVERIFY(!QFile::exists(out));
        QString err;
        QCOMPARE(cli({QStringLiteral("export"), m_demo, QStringLiteral("ranking"), QStringLiteral("--workshop"),
                      QStringLiteral("no such workshop"), QStringLiteral("-o"), out},
                     nullptr, &err),
                 1);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(sha256Of(m_demo), sha);  // exporting only reads
    }
};

AD_TEST_GUILESS_MAIN(TestExportCli)
#include "TestExportCli.moc"
