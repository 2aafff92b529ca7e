// SPDX-License-Identifier: GPL-3.0-or-later
// accreditation-desk-cli import run as a process: the report on stderr, exit codes, and
// that nothing is written while a row is invalid or on a dry run.
#include "TestSupport.h"
#include "TestMain.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const QByteArray kHeader = "family_name,given_names,nationality,administration,region,email,phone,application_date";

QByteArray csv(const QList<QByteArray>& rows)
{
    QByteArray bytes = "\xEF\xBB\xBF" + kHeader + "\r\n";  // as a spreadsheet saves "CSV UTF-8"
    for (const QByteArray& row : rows) {
        bytes += row + "\r\n";
    }
    return bytes;
}

}  // namespace

class TestImportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    int cli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr)
    {
        return run(QStringLiteral(AD_CLI_PATH), arguments, out, err);
    }

    QString writeCsv(const QString& name, const QByteArray& bytes)
    {
        const QString file = m_dir.filePath(name);
        return writeFile(file, bytes) ? file : QString();
    }

    QString newFile(const QString& name)
    {
        const QString file = m_dir.filePath(name);
        return cli({QStringLiteral("init"), file}) == 0 ? file : QString();
    }

    QJsonArray candidates(const QString& file)
    {
        QString out;
        cli({QStringLiteral("candidates"), file, QStringLiteral("--json")}, &out);
        return QJsonDocument::fromJson(out.toUtf8()).array();
    }

    QList<QJsonObject> importEntries(const QString& file)
    {
        QString out;
        cli({QStringLiteral("audit"), file, QStringLiteral("--json")}, &out);
        QList<QJsonObject> entries;
        for (const QJsonValue& entry : QJsonDocument::fromJson(out.toUtf8()).array()) {
            if (entry.toObject().value(QStringLiteral("action")).toString() == QLatin1String("candidate.import")) {
                entries.append(entry.toObject());
            }
        }
        return entries;
    }

private slots:
    void aLargeFirstImportOfTheDayIsBackedUpFirst()
    {
        // Thousands of rows outgrow SQLite's page cache: its pages used to be spilled into the
        // file before the day's backup read it, which then waited 10 s for the lock and failed,
        // leaving the day without a backup. The backup holds the file as it was before.
        const QString file = newFile(QStringLiteral("large.accred"));
        QVERIFY(!file.isEmpty());
        QList<QByteArray> rows;
        for (int i = 0; i < 3000; ++i) {
            rows.append(QStringLiteral("Family%1x,Given%1x,Kenyan,Kenya Revenue Authority,east_southern_africa,"
                                       "p%1x@kra.example,+254 %2,2023-06-01")
                            .arg(i)
                            .arg(100000 + i)
                            .toUtf8());
        }
        const QString applications = writeCsv(QStringLiteral("large.csv"), csv(rows));
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("import"), file, applications}, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("Candidates imported from large.csv: 3000")), qPrintable(out + err));
        const QDir backups(m_dir.filePath(QStringLiteral("large-backups")));
        const QStringList daily = backups.entryList({QStringLiteral("large-*-daily.accred")}, QDir::Files);
        QCOMPARE(daily.size(), 1);
        QCOMPARE(candidates(backups.filePath(daily.constFirst())).size(), 0);
        QCOMPARE(candidates(file).size(), 3000);
    }

    void helpAndUsageErrors()
    {
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("--help")}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("  import ")));
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--help")}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("accreditation-desk-cli import")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("--skip-invalid")));
        QVERIFY(out.contains(QStringLiteral("--dry-run")));
        QVERIFY(out.contains(QStringLiteral("--duplicates")));
        const QList<QStringList> usageErrors = {
            {QStringLiteral("import"), QStringLiteral("file.accred")},
            {QStringLiteral("import"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
            {QStringLiteral("import"), QStringLiteral("--skip"), QStringLiteral("a"), QStringLiteral("b")}};
        for (const QStringList& arguments : usageErrors) {
            QCOMPARE(cli(arguments, &out, &err), 2);
            QVERIFY(!err.isEmpty());
            QVERIFY(out.isEmpty());
        }
    }

    void anInvalidRowImportsNothing()
    {
        const QString file = newFile(QStringLiteral("refused.accred"));
        QVERIFY(!file.isEmpty());
        const QString applications =
            writeCsv(QStringLiteral("refused.csv"),
                     csv({"Marchand,Élodie,French,DGDDI,europe,em@douane.example,,2023-06-01",
                          "Diallo,Awa,Senegalese,DGD,west_central_africa,awa at dgd,,2023-06-01"}));
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("import"), file, applications}, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("Row 3, email: \"awa at dgd\" is not an e-mail address")),
                 qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("Nothing was imported")));
        QVERIFY(!err.contains(QStringLiteral("Row 2")));
        QCOMPARE(candidates(file).size(), 0);
        QVERIFY(importEntries(file).isEmpty());
    }

    void aDryRunReportsAndWritesNothing()
    {
        const QString file = newFile(QStringLiteral("dry.accred"));
        QVERIFY(!file.isEmpty());
        const QString valid =
            writeCsv(QStringLiteral("valid.csv"), csv({"Sato,Haruka,Japanese,Japan Customs,asia_pacific,,,2023-06-01",
                                                       "Mori,Ken,Japanese,Japan Customs,asia_pacific,,,2023-06-01"}));
        const QString before = sha256Of(file);
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("import"), file, valid, QStringLiteral("--dry-run")}, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("Dry run: 2 of 2 rows would be imported")), qPrintable(out + err));
        QCOMPARE(sha256Of(file), before);
        // A dry run exits as the import would.
        const QString invalid =
            writeCsv(QStringLiteral("invalid.csv"), csv({"Sato,Haruka,Japanese,Japan Customs,Asia,,,2023-06-01"}));
        QCOMPARE(cli({QStringLiteral("import"), file, invalid, QStringLiteral("--dry-run")}, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("Row 2, region:")), qPrintable(err));
        QCOMPARE(sha256Of(file), before);
    }

    void skipInvalidImportsTheRestWithOneAuditEntry()
    {
        const QString file = newFile(QStringLiteral("skip.accred"));
        QVERIFY(!file.isEmpty());
        const QString applications =
            writeCsv(QStringLiteral("applications.csv"),
                     csv({"\"Okafor, Jr\",Chidi,Nigerian,NCS,west_central_africa,co@ncs.example,,2023-06-01",
                          "Lima,Ana,Brazilian,RFB,americas_caribbean,al@rfb.example,,2023-13-01",
                          "Wróbel,Jan,Polish,KAS,europe,jw@kas.example,,2023-06-01"}));
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("import"), file, applications, QStringLiteral("--skip-invalid")}, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("Candidates imported from applications.csv: 2")), qPrintable(out + err));
        QVERIFY(out.contains(QStringLiteral("Rows left out because of problems: 1")));
        QVERIFY2(err.contains(QStringLiteral("Row 3, application_date:")), qPrintable(err));
        const QJsonArray stored = candidates(file);
        QCOMPARE(stored.size(), 2);
        for (const QJsonValue& candidate : stored) {
            QCOMPARE(candidate.toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("applied"));
        }
        QCOMPARE(stored.first().toObject().value(QStringLiteral("family_name")).toString(),
                 QStringLiteral("Okafor, Jr"));
        const QList<QJsonObject> entries = importEntries(file);
        QCOMPARE(entries.size(), 1);
        const QJsonObject after = entries.first().value(QStringLiteral("new")).toObject();
        QCOMPARE(after.value(QStringLiteral("file_name")).toString(), QStringLiteral("applications.csv"));
        QCOMPARE(after.value(QStringLiteral("candidates")).toArray().size(), 2);
        QCOMPARE(cli({QStringLiteral("check"), file}, &out, &err), 0);
        QVERIFY(out.contains(QStringLiteral("no problems found")));

        // Importing again warns about every row and, by default, skips them: nobody twice.
        QCOMPARE(cli({QStringLiteral("import"), file, applications, QStringLiteral("--skip-invalid")}, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("Warning: row 2 (Chidi Okafor, Jr) may be the same person as Chidi "
                                             "Okafor, Jr, already in the file: the same e-mail address")),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("--duplicates import")), qPrintable(err));
        QCOMPARE(candidates(file).size(), 2);
        QCOMPARE(importEntries(file).size(), 1);
        // Imported only by an explicit choice, and the report says which rows.
        QCOMPARE(cli({QStringLiteral("import"), file, applications, QStringLiteral("--skip-invalid"),
                      QStringLiteral("--duplicates"), QStringLiteral("import")},
                     &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("Rows imported although possible duplicates: 2, 4.")), qPrintable(out));
        QCOMPARE(candidates(file).size(), 4);
        QCOMPARE(importEntries(file).size(), 2);
    }

    void possibleDuplicatesAreSkippedUnlessChosen()
    {
        const QString file = newFile(QStringLiteral("choice.accred"));
        QVERIFY(!file.isEmpty());
        QString out;
        QString err;
        const QString first =
            writeCsv(QStringLiteral("first.csv"),
                     csv({"Diallo,Awa,Senegalese,DGD,west_central_africa,awa@dgd.example,,2023-06-01"}));
        QCOMPARE(cli({QStringLiteral("import"), file, first}, &out, &err), 0);
        const QString second =
            writeCsv(QStringLiteral("second.csv"),
                     csv({"Sow,Binta,Senegalese,DGD,west_central_africa,bs@dgd.example,,2023-06-01",
                          "Diallo,Awa,Senegalese,DGD,west_central_africa,AWA@dgd.example,,2023-06-01",
                          "Ndiaye,Fatou,Senegalese,DGD,west_central_africa,fn@dgd.example,,2023-06-01"}));
        QCOMPARE(cli({QStringLiteral("import"), file, second, QStringLiteral("--duplicates"), QStringLiteral("maybe")},
                     &out, &err),
                 2);
        QVERIFY2(err.contains(QStringLiteral("--duplicates must be skip or import")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("import"), file, second, QStringLiteral("--dry-run")}, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("Dry run: 2 of 3 rows would be imported")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Rows that would be skipped as possible duplicates: 3 ")),
                 qPrintable(out));
        QCOMPARE(cli({QStringLiteral("import"), file, second}, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("Candidates imported from second.csv: 2")), qPrintable(out + err));
        QVERIFY2(out.contains(QStringLiteral("Rows skipped as possible duplicates: 3 ")), qPrintable(out));
        QStringList names;
        for (const QJsonValue& c : candidates(file)) {
            names.append(c.toObject().value(QStringLiteral("family_name")).toString());
        }
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Diallo"), QStringLiteral("Ndiaye"), QStringLiteral("Sow")}));
    }

    void aSharedSwitchboardPhoneIsOneGroupedWarning()
    {
        // 5,000 rows sharing one phone once printed 12.5 million warnings and took 108 s.
        const QString file = newFile(QStringLiteral("switchboard.accred"));
        QVERIFY(!file.isEmpty());
        QList<QByteArray> rows;
        for (int i = 0; i < 5000; ++i) {
            rows.append(QStringLiteral("Name%1,Given,Kenyan,KRA,east_southern_africa,n%1@kra.example,"
                                       "+254 20 281 0000,2023-06-01")
                            .arg(i)
                            .toUtf8());
        }
        const QString applications = writeCsv(QStringLiteral("switchboard.csv"), csv(rows));
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("import"), file, applications, QStringLiteral("--dry-run")}, &out, &err), 0);
        const QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);  // one warning for the whole group
        QVERIFY2(lines.first().startsWith(QStringLiteral("Warning: rows 2") + QChar(0x2013) +
                                          QStringLiteral("5001 (5000 rows) may be the same person: the same phone")),
                 qPrintable(lines.first()));
        QVERIFY2(lines.first().size() < 150, qPrintable(lines.first()));
        QVERIFY2(out.contains(QStringLiteral("Dry run: 1 of 5000 rows would be imported")), qPrintable(out));
        QVERIFY2(
            out.contains(QStringLiteral("skipped as possible duplicates: 3") + QChar(0x2013) + QStringLiteral("5001 ")),
            qPrintable(out));
        QCOMPARE(cli({QStringLiteral("import"), file, applications, QStringLiteral("--dry-run"),
                      QStringLiteral("--duplicates"), QStringLiteral("import")},
                     &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("Dry run: 5000 of 5000 rows would be imported")), qPrintable(out));
        QCOMPARE(err.count(QStringLiteral("Warning:")), 1);
    }

    void theReportNamesColumnsAndDuplicateRows()
    {
        const QString file = newFile(QStringLiteral("report.accred"));
        QVERIFY(!file.isEmpty());
        const QString applications =
            writeCsv(QStringLiteral("report.csv"),
                     "family_name,nationality,administration,region,phone,application_date,notes,id\n"
                     "Sato,Japanese,Japan Customs,asia_pacific,+81 3 1234 5678,2023-06-01,keen,1\n"
                     "Mori,Japanese,Japan Customs,asia_pacific,81-3-1234-5678,2023-06-01,,2\n");
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("import"), file, applications}, &out, &err), 0);
        QVERIFY2(err.contains(QStringLiteral("Column \"notes\" is not a candidate field")), qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("Column \"id\" is set by the application")));
        QVERIFY(err.contains(QStringLiteral("Warning: row 3 (Mori) may be the same person as row 2 (Sato): the same "
                                            "phone number")));
        QVERIFY2(out.contains(QStringLiteral("Rows skipped as possible duplicates: 3 ")), qPrintable(out));
        QCOMPARE(candidates(file).size(), 1);
    }

    void unreadableInputFailsWithOne()
    {
        const QString file = newFile(QStringLiteral("unreadable.accred"));
        QVERIFY(!file.isEmpty());
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("import"), file, m_dir.filePath(QStringLiteral("missing.csv"))}, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("does not exist")), qPrintable(err));
        const QString latin1 = writeCsv(QStringLiteral("latin1.csv"), kHeader + "\nB\xe9la,,,,,,,\n");
        QCOMPARE(cli({QStringLiteral("import"), file, latin1}, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("not UTF-8")), qPrintable(err));
        const QString valid = writeCsv(QStringLiteral("observer.csv"),
                                       csv({"Sato,Haruka,Japanese,Japan Customs,asia_pacific,,,2023-06-01"}));
        QCOMPARE(
            cli({QStringLiteral("import"), file, valid, QStringLiteral("--as"), QStringLiteral("nobody")}, &out, &err),
            1);  // only an officer imports
        QCOMPARE(candidates(file).size(), 0);
    }
};

AD_TEST_GUILESS_MAIN(TestImportCli)
#include "TestImportCli.moc"
