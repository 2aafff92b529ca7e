// SPDX-License-Identifier: GPL-3.0-or-later
// Applications read from spreadsheet exports: what the CSV reader accepts, how rows and
// fields are named in the report, duplicates, and that an import is whole or nothing, with
// one audit entry.
#include "import/ApplicationImport.h"
#include "store/AuditEntry.h"
#include "domain/Candidate.h"
#include "domain/FreeText.h"
#include "domain/RecordJson.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/Assessment.h"
#include "assessment/WorkshopApplicant.h"
#include "store/Candidates.h"
#include "store/CandidateSearch.h"
#include "TestSupport.h"
#include "domain/Pipeline.h"
#include "domain/Workshop.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const QString kHeader = QStringLiteral(
    "family_name,given_names,gender,date_of_birth,nationality,administration,region,email,phone,english_level,"
    "other_languages,consent_to_keep_data,application_date");

/// A valid row for kHeader.
QString row(const QString& family, const QString& email, const QString& phone = QString(),
            const QString& birth = QStringLiteral("1980-01-15"))
{
    return family + QStringLiteral(",Alex,female,") + birth + QStringLiteral(",Belgian,Belgian Customs,europe,") +
           email + QLatin1Char(',') + phone + QStringLiteral(",c1,French:c1; Dutch:native,yes,2023-06-01");
}

QByteArray csv(const QStringList& lines, const QByteArray& lineEnd = "\n")
{
    return lines.join(QString::fromLatin1(lineEnd)).toUtf8() + lineEnd;
}

/// The problems of a report as "row:field" strings, for compact comparisons.
QStringList problemKeys(const ImportReport& report)
{
    QStringList keys;
    for (const ImportProblem& problem : report.problems()) {
        keys.append(QString::number(problem.row) + QLatin1Char(':') + problem.field);
    }
    return keys;
}

int importEntries(const Store& store)
{
    int count = 0;
    for (const AuditEntry& entry : store.auditTrail().value()) {
        count += entry.action == QLatin1String("candidate.import") ? 1 : 0;
    }
    return count;
}

/// The candidates an import returned the ids of, as stored, in the same order.
QList<Candidate> storedCandidates(const Store& store, const QList<QUuid>& ids)
{
    QList<Candidate> stored;
    for (const QUuid& id : ids) {
        const auto candidate = store.candidates().byId(id);
        if (candidate.ok()) {
            stored.append(candidate.value());
        }
    }
    return stored;
}

}  // namespace

class TestApplicationImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    static ImportReport parsed(const QByteArray& bytes, const Store* store = nullptr)
    {
        auto report = ApplicationImport::parse(bytes, QStringLiteral("applications.csv"), store);
        if (!report.ok()) {
            qWarning("%s", qPrintable(report.message()));
            return {};
        }
        return report.value();
    }

private slots:
    void columnsCoverEveryKeyOfACandidate()
    {
        // A key added to RecordJson must be either importable or knowingly ignored.
        QStringList keys = ApplicationImport::columns() + ApplicationImport::ignoredColumns();
        QStringList json = RecordJson::toJson(sampleCandidate(QStringLiteral("Keys"))).keys();
        keys.sort();
        json.sort();
        QCOMPARE(keys, json);
        QCOMPARE(
            ApplicationImport::requiredColumns(),
            QStringList({QStringLiteral("family_name"), QStringLiteral("nationality"), QStringLiteral("administration"),
                         QStringLiteral("region"), QStringLiteral("application_date")}));
    }

    void readsWithAndWithoutByteOrderMark_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("no BOM") << QByteArray();
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF");
    }

    void readsWithAndWithoutByteOrderMark()
    {
        QFETCH(QByteArray, prefix);
        const ImportReport report =
            parsed(prefix + csv({kHeader, row(QStringLiteral("Wróbel"), QStringLiteral("a@customs.example"))}));
        QVERIFY(report.unknownColumns.isEmpty());  // the mark is not glued to "family_name"
        QVERIFY(report.missingColumns.isEmpty());
        QCOMPARE(report.rows.size(), 1);
        QVERIFY2(report.rows.first().ok(), qPrintable(problemKeys(report).join(QLatin1Char(' '))));
        const Candidate& c = report.rows.first().candidate;
        QCOMPARE(report.rows.first().row, 2);
        QCOMPARE(c.familyName, QStringLiteral("Wróbel"));
        QCOMPARE(c.gender, Gender::Female);
        QCOMPARE(c.dateOfBirth, QDate(1980, 1, 15));
        QCOMPARE(c.region, Region::Europe);
        QCOMPARE(c.englishLevel, LanguageLevel::C1);
        const QList<LanguageSkill> languages = {{QStringLiteral("French"), LanguageLevel::C1},
                                                {QStringLiteral("Dutch"), LanguageLevel::Native}};
        QCOMPARE(c.otherLanguages, languages);
        QVERIFY(c.consentToKeepData);
        QCOMPARE(c.applicationDate, QDate(2023, 6, 1));
    }

    void quotedFieldsHoldCommasLineBreaksAndQuotes()
    {
        const QByteArray bytes = csv({QStringLiteral("family_name,nationality,administration,region,"
                                                     "application_date,ipr_experience"),
                                      QStringLiteral("\"Dupont, Jr\",Belgian,\"Customs, Brussels\",europe,2023-06-01,"
                                                     "\"Seizures of \"\"fake\"\" watches,\nthen medicines\nand toys\""),
                                      QStringLiteral("Diallo,Senegalese,DGD,west_central_africa,not a date,")});
        const ImportReport report = parsed(bytes);
        QCOMPARE(report.rows.size(), 2);
        const Candidate& c = report.rows.first().candidate;
        QCOMPARE(c.familyName, QStringLiteral("Dupont, Jr"));
        QCOMPARE(c.administration, QStringLiteral("Customs, Brussels"));
        QCOMPARE(c.iprExperience, QStringLiteral("Seizures of \"fake\" watches,\nthen medicines\nand toys"));
        // A record spanning three lines is one spreadsheet row: the next is row 3.
        QCOMPARE(problemKeys(report), QStringList{QStringLiteral("3:application_date")});
    }

    void crlfLineEndsAndBlankLines()
    {
        const QByteArray bytes =
            csv({QStringLiteral("family_name,nationality,administration,region,"
                                "application_date,ipr_experience"),
                 QStringLiteral("Sato,Japanese,Japan Customs,asia_pacific,2023-06-01,"
                                "\"first line\r\nsecond line\""),
                 QString(),  // a blank line is a row of its own in a spreadsheet
                 QStringLiteral("Mori,Japanese,Japan Customs,asia_pacific,2023-13-01,"), QStringLiteral(",,,,,")},
                "\r\n");
        const ImportReport report = parsed(bytes);
        QCOMPARE(report.rows.size(), 2);  // the blank line and the row of empty cells are skipped
        QCOMPARE(report.rows.first().candidate.administration, QStringLiteral("Japan Customs"));
        QCOMPARE(report.rows.first().candidate.applicationDate, QDate(2023, 6, 1));  // no stray \r
        QCOMPARE(report.rows.first().candidate.iprExperience, QStringLiteral("first line\nsecond line"));
        QCOMPARE(problemKeys(report), QStringList{QStringLiteral("4:application_date")});
    }

    void unknownIgnoredAndMissingColumnsAreReported()
    {
        const QByteArray bytes =
            csv({QStringLiteral("ID, Family_Name ,nationality,administration,application_date,notes,stage,,e-mail"),
                 QStringLiteral("42,Okafor,Nigerian,NCS,2023-06-01,keen,accredited,,x@y.org")});
        const ImportReport report = parsed(bytes);
        QCOMPARE(report.unknownColumns, QStringList({QStringLiteral("notes"), QStringLiteral("e-mail")}));
        QCOMPARE(report.ignoredColumns, QStringList({QStringLiteral("ID"), QStringLiteral("stage")}));
        QCOMPARE(report.missingColumns, QStringList{QStringLiteral("region")});
        QCOMPARE(report.rows.size(), 1);
        QCOMPARE(report.rows.first().candidate.familyName, QStringLiteral("Okafor"));
        QCOMPARE(report.rows.first().candidate.email, QString());  // "e-mail" was not guessed to be email
        QCOMPARE(problemKeys(report), QStringList{QStringLiteral("2:region")});
    }

    void aNamelessColumnIsReportedWhereverItsContentIs()
    {
        // The report is made as the rows arrive: a nameless column holding something only in
        // the last row is still named, in the header's place among the unknown columns.
        QStringList lines = {QStringLiteral("notes,family_name,,nationality,administration,region,"
                                            "application_date,,remarks")};
        for (int i = 0; i < 3; ++i) {
            lines.append(QStringLiteral(",Okafor,,Nigerian,NCS,west_central_africa,2023-06-01,,"));
        }
        lines.append(QStringLiteral(",Eze,,Nigerian,NCS,west_central_africa,2023-06-01,  kept?  ,"));
        const ImportReport report = parsed(csv(lines));
        QCOMPARE(report.unknownColumns,
                 QStringList({QStringLiteral("notes"), QStringLiteral("(column H, which has no name)"),
                              QStringLiteral("remarks")}));
        QCOMPARE(report.rows.size(), 4);
        QCOMPARE(report.rows.last().row, 5);
    }

    void aFileLargerThanOneReadIsReadWhole()
    {
        // The file is read 64 KiB at a time: a letter cut by the end of a read, a quoted field
        // running over it, and a problem in the last row are read as in a small file.
        const QString first = row(QStringLiteral("Først"), QStringLiteral("first@customs.example"));
        QStringList lines = {kHeader, first};
        QByteArray bytes = csv(lines);
        int rows = 1;
        while (bytes.size() < 70 * 1024) {
            lines.append(row(QStringLiteral("Ł%1").arg(rows) + QString(200, QChar(0x00E9)),
                             QStringLiteral("r%1@customs.example").arg(rows), QString(),
                             QStringLiteral("1980-01-%1").arg(1 + rows % 28, 2, 10, QLatin1Char('0'))));
            lines.append(QStringLiteral("\"Quoted,\nname\",Alex,female,1981-02-02,Belgian,\"Customs,\nBrussels\","
                                        "europe,q%1@customs.example,,c1,,yes,2023-06-01")
                             .arg(rows));
            rows += 2;
            bytes = csv(lines);
        }
        lines.append(row(QStringLiteral("Last"), QStringLiteral("not an address")));
        bytes = csv(lines);
        const QString file = path(QStringLiteral("large.csv"));
        QVERIFY(writeFile(file, bytes));
        const auto report = ApplicationImport::read(file, nullptr);
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QCOMPARE(report.value().rows.size(), rows + 1);
        QCOMPARE(report.value().rows.constFirst().candidate.familyName, QStringLiteral("Først"));
        QCOMPARE(report.value().rows.at(1).candidate.familyName, QStringLiteral("Ł1") + QString(200, QChar(0x00E9)));
        QCOMPARE(report.value().rows.at(2).candidate.familyName, QStringLiteral("Quoted,\nname"));
        QCOMPARE(report.value().rows.at(2).candidate.administration, QStringLiteral("Customs,\nBrussels"));
        // Each quoted record spans two lines, and is still one spreadsheet row.
        QCOMPARE(report.value().rows.last().row, rows + 2);
        QCOMPARE(problemKeys(report.value()), QStringList{QStringLiteral("%1:email").arg(rows + 2)});
        for (const ImportRow& r : report.value().rows.mid(0, rows)) {
            QVERIFY2(r.ok(), qPrintable(QString::number(r.row)));
        }
        // The same bytes given whole make the same report.
        const ImportReport whole = parsed(bytes);
        QCOMPARE(whole.rows.size(), report.value().rows.size());
        QCOMPARE(problemKeys(whole), problemKeys(report.value()));
    }

    void aLateFaultRefusesTheWholeFile_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::addColumn<QString>("message");
        QTest::newRow("Latin-1 after the first read") << QByteArray("B\xe9la,x\n") << "not UTF-8";
        QTest::newRow("open quote after the first read") << QByteArray("\"Dupont,Alex\n") << "not valid CSV";
        // Both: the encoding is named first, as for a small file.
        QTest::newRow("both") << QByteArray("\"Dupont,Alex\nB\xe9la\n") << "not UTF-8";
    }

    void aLateFaultRefusesTheWholeFile()
    {
        QFETCH(QByteArray, tail);
        QFETCH(QString, message);
        QStringList lines = {kHeader};
        for (int i = 0; i < 1000; ++i) {
            lines.append(row(QStringLiteral("Row%1").arg(i), QStringLiteral("r%1@customs.example").arg(i)));
        }
        const QByteArray bytes = csv(lines) + tail;
        QVERIFY(bytes.size() > 64 * 1024);
        const QString file = path(QStringLiteral("late-fault.csv"));
        QVERIFY(writeFile(file, bytes));
        const auto report = ApplicationImport::read(file, nullptr);
        QVERIFY(!report.ok());
        QCOMPARE(report.code(), ErrorCode::Invalid);
        QVERIFY2(report.message().contains(message), qPrintable(report.message()));
    }

    void badRowsAreNamedWithTheirField_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("email") << "email"
                               << "alex at customs"
                               << "not an e-mail address";
        QTest::newRow("phone") << "phone"
                               << "call me"
                               << "not a phone number";
        QTest::newRow("region") << "region"
                                << "Europa"
                                << "europe";
        QTest::newRow("gender") << "gender"
                                << "f"
                                << "female";
        QTest::newRow("education") << "education"
                                   << "phd"
                                   << "doctorate";
        QTest::newRow("date format") << "date_of_birth"
                                     << "15/01/1980"
                                     << "year-month-day";
        QTest::newRow("too young") << "date_of_birth"
                                   << "2010-01-01"
                                   << "younger than 18";
        QTest::newRow("years") << "years_in_customs"
                               << "eight"
                               << "whole number";
        QTest::newRow("years range") << "years_in_customs"
                                     << "75"
                                     << "between 0 and 60";
        QTest::newRow("level") << "english_level"
                               << "fluent"
                               << "c1";
        QTest::newRow("languages") << "other_languages"
                                   << "French"
                                   << "French:c1";
        QTest::newRow("english twice") << "other_languages"
                                       << "English:c2"
                                       << "own field";
        QTest::newRow("consent") << "consent_to_keep_data"
                                 << "maybe"
                                 << "neither yes nor no";
        QTest::newRow("future") << "application_date"
                                << "2999-01-01"
                                << "future";
        QTest::newRow("required") << "family_name"
                                  << ""
                                  << "family name";
    }

    void badRowsAreNamedWithTheirField()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        QFETCH(QString, message);
        QStringList header = {QStringLiteral("family_name"), QStringLiteral("nationality"),
                              QStringLiteral("administration"), QStringLiteral("region"),
                              QStringLiteral("application_date")};
        QStringList good = {QStringLiteral("Lima"), QStringLiteral("Brazilian"), QStringLiteral("RFB"),
                            QStringLiteral("americas_caribbean"), QStringLiteral("2023-06-01")};
        QStringList bad = good;
        if (const qsizetype at = header.indexOf(column); at >= 0) {
            bad[at] = value;
        } else {
            header.append(column);
            good.append(QString());
            bad.append(value);
        }
        const ImportReport report = parsed(csv({header.join(QLatin1Char(',')), good.join(QLatin1Char(',')),
                                                bad.join(QLatin1Char(',')), good.join(QLatin1Char(','))}));
        QCOMPARE(report.rows.size(), 3);
        QCOMPARE(report.invalidRowCount(), 1);
        const QList<ImportProblem> problems = report.problems();
        QCOMPARE(problems.size(), 1);  // a value that cannot be read is not reported again as a broken rule
        QCOMPARE(problems.first().row, 3);
        QCOMPARE(problems.first().field, column);
        QVERIFY2(problems.first().message.contains(message), qPrintable(problems.first().message));
    }

    void unreadableFilesAreRefusedAsAWhole_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << "is empty";
        QTest::newRow("Latin-1") << QByteArray("family_name\nB\xe9la\n") << "not UTF-8";
        QTest::newRow("open quote") << csv({kHeader, QStringLiteral("\"Dupont,Alex")}) << "row 2";
        QTest::newRow("stray quote") << csv({kHeader, row(QStringLiteral("A"), QString()),
                                             QStringLiteral("Du\"pont,Alex")})
                                     << "row 3";
        QTest::newRow("column twice") << csv({QStringLiteral("email,family_name,Email")}) << "columns A and C";
        QTest::newRow("semicolons") << csv({QStringLiteral("family_name;nationality")}) << "semicolons";
    }

    void unreadableFilesAreRefusedAsAWhole()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const auto report = ApplicationImport::parse(bytes, QStringLiteral("applications.csv"), nullptr);
        QVERIFY(!report.ok());
        QCOMPARE(report.code(), ErrorCode::Invalid);
        QVERIFY2(report.message().contains(message), qPrintable(report.message()));
        const auto missing = ApplicationImport::read(path(QStringLiteral("missing.csv")), nullptr);
        QCOMPARE(missing.code(), ErrorCode::NotFound);
    }

    void nothingIsImportedWhileARowIsInvalid()
    {
        auto store = createStore(path(QStringLiteral("refused.accred")));
        QVERIFY(store);
        const QString file = path(QStringLiteral("refused.csv"));
        QVERIFY(writeFile(file, csv({kHeader, row(QStringLiteral("Good"), QStringLiteral("g@customs.example")),
                                     row(QStringLiteral("Bad"), QStringLiteral("not an address"))})));
        const auto report = ApplicationImport::read(file, store.get());
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QCOMPARE(report.value().sourceName, QStringLiteral("refused.csv"));
        QVERIFY(!ApplicationImport::importable(report.value(), false).ok());
        const int entries = int(store->auditTrail().value().size());
        const auto refused = ApplicationImport::apply(*store, report.value(), false);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), ErrorCode::Invalid);
        QVERIFY2(refused.message().contains(QStringLiteral("Nothing was imported")), qPrintable(refused.message()));
        QCOMPARE(store->candidates().count().value(), 0);
        QCOMPARE(store->auditTrail().value().size(), entries);

        // The store itself refuses a batch holding one invalid candidate, whoever calls it.
        const auto direct = store->candidates().addAll({sampleCandidate(QStringLiteral("Fine")), sampleCandidate({})},
                                                       QStringLiteral("direct"));
        QCOMPARE(direct.code(), ErrorCode::Invalid);
        QCOMPARE(store->candidates().count().value(), 0);
        QCOMPARE(store->auditTrail().value().size(), entries);
        // The import leaves the table's CHECKs to these rules (CheckConstraintsAsValidated): a
        // value only a CHECK of the file would catch is still refused, with nothing written.
        Candidate blankName = sampleCandidate(QStringLiteral("Blank"));
        blankName.familyName = QStringLiteral(" \t ");
        Candidate tooLong = sampleCandidate(QStringLiteral("Veteran"));
        tooLong.yearsInCustoms = 61;
        for (const Candidate& broken : {blankName, tooLong}) {
            const auto refusedToo =
                store->candidates().addAll({sampleCandidate(QStringLiteral("Fine")), broken}, QStringLiteral("direct"));
            QCOMPARE(refusedToo.code(), ErrorCode::Invalid);
            QCOMPARE(store->candidates().count().value(), 0);
            QCOMPARE(store->auditTrail().value().size(), entries);
        }

        // A file with only invalid rows imports nothing even when skipping.
        const ImportReport allBad = parsed(csv({kHeader, row(QStringLiteral("Bad"), QStringLiteral("nope"))}));
        QCOMPARE(ApplicationImport::apply(*store, allBad, true).code(), ErrorCode::Invalid);
        QCOMPARE(store->candidates().count().value(), 0);
    }

    void skippingInvalidRowsImportsTheRestInOneAuditedUnit()
    {
        const QString file = path(QStringLiteral("skip.accred"));
        auto store = createStore(file);
        QVERIFY(store);
        const QByteArray bytes =
            csv({kHeader + QStringLiteral(",stage,ipr_experience"),
                 row(QStringLiteral("Marchand"), QStringLiteral("em@customs.example"),
                     QStringLiteral("+33 1 23 45 67 89")) +
                     QStringLiteral(",accredited,\"Border measures,\nten years\""),
                 row(QStringLiteral("Broken"), QStringLiteral("broken")) + QStringLiteral(",,"),
                 row(QStringLiteral("Diallo"), QStringLiteral("ad@customs.example")) + QStringLiteral(",,")});
        const ImportReport report = parsed(bytes, store.get());
        QCOMPARE(report.invalidRowCount(), 1);
        const int entries = int(store->auditTrail().value().size());
        const auto imported = ApplicationImport::apply(*store, report, true);
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        QCOMPARE(imported.value().size(), 2);

        // Stored as the rows read them, every field, and findable: the import's INSERT matches
        // the editor's. The ids come back in file order.
        const QList<Candidate> stored = storedCandidates(*store, imported.value());
        QCOMPARE(stored.size(), 2);
        const QList<int> validRows = {0, 2};
        for (int i = 0; i < 2; ++i) {
            const Candidate& c = stored.at(i);
            QCOMPARE(c.stage, Stage::Applied);  // the "stage" column is not read
            QCOMPARE(c.meta.rowVersion, 1);
            Candidate read = report.rows.at(validRows.at(i)).candidate;
            FreeText::tidy(read);  // as every path stores a candidate
            read.meta = c.meta;
            read.stage = Stage::Applied;
            QCOMPARE(RecordJson::compact(RecordJson::toJson(c)), RecordJson::compact(RecordJson::toJson(read)));
        }
        QCOMPARE(stored.first().iprExperience, QStringLiteral("Border measures,\nten years"));
        QCOMPARE(store->candidates().find(QStringLiteral("MARCHAND")).value().size(), 1);

        // Exactly one audit entry for the whole import, naming the file and everyone imported.
        const QList<AuditEntry> trail = store->auditTrail().value();
        QCOMPARE(trail.size(), entries + 1);
        QCOMPARE(importEntries(*store), 1);
        const AuditEntry& entry = trail.last();
        QCOMPARE(entry.action, QStringLiteral("candidate.import"));
        const QJsonObject after = QJsonDocument::fromJson(entry.newValue.toUtf8()).object();
        // Written a candidate at a time, the entry is the text a QJsonObject holding it all makes.
        QCOMPARE(entry.newValue, RecordJson::compact(after));
        QCOMPARE(after.value(QStringLiteral("file_name")).toString(), QStringLiteral("applications.csv"));
        QCOMPARE(after.value(QStringLiteral("count")).toInt(), 2);
        const QJsonArray listed = after.value(QStringLiteral("candidates")).toArray();
        QCOMPARE(listed.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(listed.at(i).toObject().value(QStringLiteral("id")).toString(),
                     imported.value().at(i).toString(QUuid::WithoutBraces));
            QCOMPARE(listed.at(i).toObject().value(QStringLiteral("name")).toString(), stored.at(i).displayName());
        }
        const auto problems = store->check();
        QVERIFY(problems.ok());
        QVERIFY2(problems.value().isEmpty(), qPrintable(problems.value().join(QLatin1Char('\n'))));
    }

    void duplicatesWithinTheFileAndAgainstTheStore()
    {
        auto store = createStore(path(QStringLiteral("duplicates.accred")));
        QVERIFY(store);
        Candidate archived = sampleCandidate(QStringLiteral("Stored"));
        archived.email = QStringLiteral("Stored@Customs.example");
        const auto saved = store->candidates().save(archived);
        QVERIFY(saved.ok());
        QVERIFY(store->candidates().setArchived(saved.value().meta.id, true).ok());  // archived people still count

        const ImportReport report =
            parsed(csv({kHeader, row(QStringLiteral("Alpha"), QStringLiteral(" stored@customs.EXAMPLE ")),  // row 2
                        row(QStringLiteral("Beta"), QStringLiteral("b@customs.example"),
                            QStringLiteral("+41 22 123 45 67")),  // row 3
                        row(QStringLiteral("Gamma"), QStringLiteral("c@customs.example"),
                            QStringLiteral("+44 20 7946 0000")),  // row 4
                        row(QStringLiteral("Kappa"), QStringLiteral("C@Customs.example"),
                            QStringLiteral("(44) 20-7946-0000")),  // row 5
                        row(QStringLiteral("BÉTA"), QStringLiteral("other@customs.example"), QString(),
                            QStringLiteral("1980-01-15")),  // row 6
                        row(QStringLiteral("Bad"), QStringLiteral("b@customs.example")) + QStringLiteral(",x"),
                        row(QStringLiteral("Delta"), QStringLiteral("d@customs.example"))}),
                   store.get());
        QCOMPARE(report.invalidRowCount(), 1);  // row 7 has an extra cell: compared with nobody
        QStringList found;
        for (const ImportDuplicateGroup& g : report.duplicates) {
            QStringList rows;
            for (const int r : g.rows) {
                rows.append(QString::number(r));
            }
            found.append(rows.join(QLatin1Char(',')) + QLatin1Char('~') + QString::number(g.storedIds.size()) +
                         QLatin1Char(':') + g.reasons.join(QLatin1Char('+')));
            QCOMPARE(g.rowNames.size(), g.rows.size());
            if (!g.storedIds.isEmpty()) {
                QCOMPARE(g.storedIds, QList<QUuid>{saved.value().meta.id});
                QCOMPARE(g.storedNames, QStringList{saved.value().displayName()});
            }
        }
        const QString email = Candidate::tr("the same e-mail address");
        const QString phone = Candidate::tr("the same phone number");
        const QString birth = Candidate::tr("the same family name and date of birth");
        // One entry per group of rows sharing the same things, in the order of its first row.
        QCOMPARE(found, QStringList({QStringLiteral("2~1:") + email, QStringLiteral("3,6~0:") + birth,
                                     QStringLiteral("4,5~0:") + email + QLatin1Char('+') + phone}));
        QCOMPARE(ApplicationImport::describe(report.duplicates.at(2)),
                 QStringLiteral("row 5 (Alex Kappa) may be the same person as row 4 (Alex Gamma): ") + email +
                     QStringLiteral(", ") + phone);

        // The first of a group is kept; the others, and any row matching a stored
        // candidate, are possible duplicates, skipped unless the user chooses otherwise.
        QCOMPARE(report.skippedDuplicateRows(), (QList<int>{2, 5, 6}));
        QVERIFY(report.importedDuplicateRows().isEmpty());
        QCOMPARE(report.rows.at(0).sameAsId, saved.value().meta.id);
        QCOMPARE(report.rows.at(3).sameAsRow, 4);
        QCOMPARE(report.rows.at(4).sameAsRow, 3);
        QVERIFY(ApplicationImport::importable(report, true).ok());
        ImportReport chosen = report;
        chosen.rows[0].choice = DuplicateChoice::Link;  // row 2: the stored person, linked
        chosen.rows[3].choice = DuplicateChoice::Import;  // row 5: imported all the same
        QCOMPARE(chosen.importedDuplicateRows(), (QList<int>{2, 5}));
        QCOMPARE(chosen.skippedDuplicateRows(), QList<int>{6});
        const int entries = int(store->auditTrail().value().size());
        const auto imported = ApplicationImport::apply(*store, chosen, true);
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        QStringList names;
        for (const Candidate& c : storedCandidates(*store, imported.value())) {
            names.append(c.familyName);
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma"),
                                     QStringLiteral("Kappa"), QStringLiteral("Delta")}));
        // The link is written in the import's own unit of work: one audit entry, naming it.
        QCOMPARE(store->candidates().linkedCandidates(imported.value().first()).value(),
                 QList<QUuid>{saved.value().meta.id});
        QVERIFY(store->candidates().linkedCandidates(imported.value().at(3)).value().isEmpty());
        // The entry's text, with its links, is the one a QJsonObject holding it all makes.
        const QString afterText = store->auditTrail().value().constLast().newValue;
        QCOMPARE(afterText, RecordJson::compact(QJsonDocument::fromJson(afterText.toUtf8()).object()));
        QCOMPARE(store->auditTrail().value().size(), entries + 1);
        const QJsonObject after =
            QJsonDocument::fromJson(store->auditTrail().value().constLast().newValue.toUtf8()).object();
        QCOMPARE(after.value(QStringLiteral("candidates"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("linked_to"))
                     .toString(),
                 saved.value().meta.id.toString(QUuid::WithoutBraces));
        QVERIFY(store->check().value().isEmpty());
    }

    void importingTheSameFileAgainAddsNobodyUnlessChosen()
    {
        auto store = createStore(path(QStringLiteral("again.accred")));
        QVERIFY(store);
        const QByteArray bytes = csv({kHeader, row(QStringLiteral("Mensah"), QStringLiteral("km@gra.example")),
                                      row(QStringLiteral("Okafor"), QStringLiteral("co@ncs.example"))});
        QVERIFY(ApplicationImport::apply(*store, parsed(bytes, store.get()), false).ok());
        QCOMPARE(store->candidates().count().value(), 2);
        const int entries = int(store->auditTrail().value().size());

        // Every row is someone already in the file: skipped by default, so nothing to import.
        ImportReport again = parsed(bytes, store.get());
        QCOMPARE(again.duplicates.size(), 2);  // each row: its e-mail and birth date, one group
        QCOMPARE(again.duplicates.first().reasons.size(), 2);
        QCOMPARE(again.skippedDuplicateRows(), (QList<int>{2, 3}));
        const auto refused = ApplicationImport::apply(*store, again, false);
        QCOMPARE(refused.code(), ErrorCode::Invalid);
        QVERIFY2(refused.message().contains(QStringLiteral("rows 2") + QChar(0x2013) + QStringLiteral("3")),
                 qPrintable(refused.message()));
        QVERIFY(refused.message().contains(QStringLiteral("--duplicates import")));
        QCOMPARE(store->candidates().count().value(), 2);
        QCOMPARE(store->auditTrail().value().size(), entries);

        // Chosen explicitly, they are imported all the same.
        again.chooseForDuplicates(DuplicateChoice::Import);
        QCOMPARE(again.importedDuplicateRows(), (QList<int>{2, 3}));
        QVERIFY(ApplicationImport::apply(*store, again, false).ok());
        QCOMPARE(store->candidates().count().value(), 4);
    }

    void rowsSharingASwitchboardPhoneAreOneWarning()
    {
        // 5,000 applicants giving their administration's switchboard: once 12.5 million
        // pairwise warnings; now one group, found through an index by key.
        auto store = createStore(path(QStringLiteral("switchboard.accred")));
        QVERIFY(store);
        QVERIFY(store->candidates().save(sampleCandidate(QStringLiteral("Earlier"))).ok());  // shares nothing
        QStringList lines{kHeader};
        for (int i = 0; i < 5000; ++i) {
            lines.append(row(QStringLiteral("Name%1").arg(i), QStringLiteral("p%1@customs.example").arg(i),
                             QStringLiteral("+254 20 123 4567")));
        }
        const ImportReport report = parsed(csv(lines), store.get());
        QCOMPARE(report.rows.size(), 5000);
        QCOMPARE(report.invalidRowCount(), 0);
        QCOMPARE(report.duplicates.size(), 1);
        const ImportDuplicateGroup& group = report.duplicates.constFirst();
        QCOMPARE(group.rows.size(), 5000);
        QCOMPARE(group.rows.constFirst(), 2);
        QCOMPARE(group.rows.constLast(), 5001);
        QVERIFY(group.storedIds.isEmpty());
        QCOMPARE(group.reasons, QStringList{Candidate::tr("the same phone number")});
        // Said in one short line: the rows as a range, not five thousand names.
        const QString said = ApplicationImport::describe(group);
        QVERIFY2(said.size() < 120, qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("2") + QChar(0x2013) + QStringLiteral("5001")), qPrintable(said));
        QCOMPARE(report.skippedDuplicateRows().size(), 4999);
        QCOMPARE(ApplicationImport::rowRanges(report.skippedDuplicateRows()),
                 QStringLiteral("3") + QChar(0x2013) + QStringLiteral("5001"));
        QCOMPARE(report.importedCandidates().size(), 1);
    }

    void rowsApplyToTheWorkshopTheyNameWithoutASeat()
    {
        auto store = createStore(path(QStringLiteral("seats.accred")));
        QVERIFY(store);
        const Workshop lome =
            store->workshops().save(sampleWorkshop(QStringLiteral("Accreditation workshop, Lomé"), 40, 2)).value();
        QVERIFY(store->workshops().save(sampleWorkshop(QStringLiteral("Accreditation workshop, Lima"), 50, 10)).ok());
        const QString header = kHeader + QStringLiteral(",workshop");
        ImportReport report =
            parsed(csv({header, row(QStringLiteral("Ahmed"), QStringLiteral("a@example.org")) + QStringLiteral(",Lomé"),
                        row(QStringLiteral("Bamba"), QStringLiteral("b@example.org")) +
                            QStringLiteral(",\"accreditation workshop, lomé\""),
                        row(QStringLiteral("Camara"), QStringLiteral("c@example.org")) + QStringLiteral(",Lomé"),
                        row(QStringLiteral("Diop"), QStringLiteral("d@example.org")) +
                            QStringLiteral(",Accreditation workshop"),
                        row(QStringLiteral("Eto"), QStringLiteral("e@example.org")) + QStringLiteral(",Paris"),
                        row(QStringLiteral("Fall"), QStringLiteral("f@example.org")) + QStringLiteral(",")}),
                   store.get());
        QVERIFY(report.unknownColumns.isEmpty());
        // Three rows apply to a workshop of two seats: an application is no seat. A title that
        // names two workshops and one that names none are refused with the reason.
        QCOMPARE(problemKeys(report), (QStringList{QStringLiteral("5:workshop"), QStringLiteral("6:workshop")}));
        QVERIFY(report.problems().at(0).message.contains(QStringLiteral("several workshops")));
        QVERIFY(report.problems().at(1).message.contains(QStringLiteral("Paris")));
        QVERIFY(!ApplicationImport::apply(*store, report, false).ok());
        const auto imported = ApplicationImport::apply(*store, report, true);
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        QCOMPARE(imported.value().size(), 4);
        QCOMPARE(store->workshops().participants(lome.meta.id).value().size(), 0);
        QCOMPARE(store->assessment().applicants(lome.meta.id).value().size(), 3);
        QCOMPARE(store->workshops().applicationOf(imported.value().constLast()).value(),
                 QUuid());  // Fall: no workshop named
        QVERIFY(store->check().value().isEmpty());
    }

    void aWorkshopFilledSinceTheReportStillTakesTheApplication()
    {
        auto store = createStore(path(QStringLiteral("seats-race.accred")));
        QVERIFY(store);
        const Workshop small = store->workshops().save(sampleWorkshop(QStringLiteral("Small"), 40, 1)).value();
        ImportReport report =
            parsed(csv({kHeader + QStringLiteral(",workshop"),
                        row(QStringLiteral("Ahmed"), QStringLiteral("a@example.org")) + QStringLiteral(",Small")}),
                   store.get());
        QVERIFY(report.problems().isEmpty());
        // Meanwhile the last seat goes to someone else: the applicant still applies.
        const Candidate other = store->candidates().save(sampleCandidate(QStringLiteral("Other"))).value();
        QVERIFY(store->workshops().enrol(other.meta.id, small.meta.id).ok());
        const auto imported = ApplicationImport::apply(*store, report, false);
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        QCOMPARE(store->workshops().applicationOf(imported.value().constFirst()).value(), small.meta.id);
        QCOMPARE(store->workshops().participants(small.meta.id).value().size(), 1);
    }

    void importedCandidatesAreSealedAndFoundByEveryField()
    {
        // The import writes the search index's rows after the candidates, and its unit's seals
        // a table and a row at a time: every row is still found by each field, and the file
        // checks clean, reopened too.
        const QString file = path(QStringLiteral("searchable.accred"));
        {
            auto store = createStore(file);
            QVERIFY(store);
            QStringList lines = {kHeader + QStringLiteral(",position")};
            for (int i = 0; i < 40; ++i) {
                lines.append(row(QStringLiteral("Kowalczyk%1x").arg(i), QStringLiteral("k%1x@customs.example").arg(i),
                                 QString(), QStringLiteral("1980-01-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0'))) +
                             QStringLiteral(",Inspector%1x").arg(i));
            }
            const ImportReport report = parsed(csv(lines), store.get());
            QCOMPARE(report.validRowCount(), 40);
            const auto imported = ApplicationImport::apply(*store, report, false);
            QVERIFY2(imported.ok(), qPrintable(imported.message()));
            QCOMPARE(imported.value().size(), 40);
            const auto problems = store->check();
            QVERIFY(problems.ok());
            QVERIFY2(problems.value().isEmpty(), qPrintable(problems.value().join(QLatin1Char('\n'))));
            for (const Candidate& c : storedCandidates(*store, imported.value())) {
                for (const QString& text : {c.familyName, c.email, c.position}) {
                    const auto hits = store->search().find(text, 0);
                    QVERIFY2(hits.ok(), qPrintable(hits.message()));
                    QVERIFY2(!hits.value().isEmpty(), qPrintable(text));
                    for (const SearchHit& hit : hits.value()) {
                        QCOMPARE(hit.candidateId, c.meta.id);
                    }
                }
            }
        }
        auto reopened = Store::open(file, Store::Access::ReadOnly);
        QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
        const auto problems = reopened.value()->check();
        QVERIFY(problems.ok());
        QVERIFY2(problems.value().isEmpty(), qPrintable(problems.value().join(QLatin1Char('\n'))));
    }

    void everyTextIsSealedAsCheckReadsIt()
    {
        // A unit's seals read its rows through SQLite's own interface and hash them with
        // OpenSSL; `check` reads them through Qt Sql (UTF-16) and hashes with Qt. The two agree
        // on every text: letters beyond the BMP, a byte order mark inside a field, combining
        // marks, and text that is not well-formed UTF-8 once stored (a lone surrogate, which
        // Qt reads back as a replacement character).
        const QString file = path(QStringLiteral("texts.accred"));
        {
            auto store = createStore(file);
            QVERIFY(store);
            const QStringList names = {QStringLiteral("\u00DE\u00F3rsd\u00F3ttir"),
                                       QString::fromUtf8("\xF0\x9D\x94\x8A\xC3\xB6"
                                                         "del"),
                                       QStringLiteral("\uFEFFBom"),
                                       QStringLiteral("Tra\u0302\u0300n"),
                                       QStringLiteral("\u674E\u4E8C"),
                                       QString::fromUtf8("Smile\xF0\x9F\x98\x80")};
            QStringList lines = {kHeader};
            for (int i = 0; i < names.size(); ++i) {
                lines.append(row(names.at(i), QStringLiteral("t%1@customs.example").arg(i)));
            }
            const ImportReport report = parsed(csv(lines), store.get());
            QCOMPARE(report.validRowCount(), int(names.size()));
            const auto imported = ApplicationImport::apply(*store, report, false);
            QVERIFY2(imported.ok(), qPrintable(imported.message()));
            Candidate lone = sampleCandidate(QStringLiteral("Lone"));
            lone.position = QStringLiteral("Inspector ") + QChar(0xD800) + QStringLiteral(" end");
            lone.iprExperience = QStringLiteral("Seized ") + QChar(0xDC00);
            const auto saved = store->candidates().save(lone);
            QVERIFY2(saved.ok(), qPrintable(saved.message()));
            const auto problems = store->check();
            QVERIFY(problems.ok());
            QVERIFY2(problems.value().isEmpty(), qPrintable(problems.value().join(QLatin1Char('\n'))));
        }
        auto reopened = Store::open(file, Store::Access::ReadOnly);
        QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
        const auto problems = reopened.value()->check();
        QVERIFY(problems.ok());
        QVERIFY2(problems.value().isEmpty(), qPrintable(problems.value().join(QLatin1Char('\n'))));
    }

    void readOnlySessionsCannotImport()
    {
        const QString file = path(QStringLiteral("readonly.accred"));
        QVERIFY(createStore(file));
        auto reader = Store::open(file, Store::Access::ReadOnly);
        QVERIFY(reader.ok());
        const ImportReport report = parsed(csv({kHeader, row(QStringLiteral("Ro"), QString())}), reader.value().get());
        QVERIFY(ApplicationImport::importable(report, false).ok());
        const auto refused = ApplicationImport::apply(*reader.value(), report, false);
        QCOMPARE(refused.code(), ErrorCode::ReadOnly);
        QCOMPARE(reader.value()->candidates().count().value(), 0);
    }
};

AD_TEST_GUILESS_MAIN(TestApplicationImport)
#include "TestApplicationImport.moc"
