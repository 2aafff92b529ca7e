// SPDX-License-Identifier: GPL-3.0-or-later
// Exported lists read back by another program: each XLSX converted by LibreOffice
// (soffice --headless) to CSV, whose values must be the list's, and to flat ODS, whose cells
// must keep their types (dates as dates, numbers as numbers, texts never formulas). CSV:
// the byte-order mark, quoting, and formula injection neutralised.
#include "CsvFile.h"
#include "ExportFile.h"
#include "ExportSources.h"
#include "TestSupport.h"
#include "XlsxFile.h"
#include "demo/DemoFile.h"
#include "store/Store.h"
#include "TestMain.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace TestSupport;

namespace {

/// Rows of a CSV file as LibreOffice writes it (comma, double quotes, LF or CR LF).
QList<QStringList> parseCsv(QString text)
{
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

/// The text of one entry of a ZIP file (an XLSX), empty when it cannot be read.
QString zipEntry(const QString& path, const char* entry)
{
    int error = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive) {
        return {};
    }
    QByteArray bytes;
    if (zip_file_t* file = zip_fopen(archive, entry, 0)) {
        char buffer[4096];
        zip_int64_t read = 0;
        while ((read = zip_fread(file, buffer, sizeof buffer)) > 0) {
            bytes.append(buffer, qsizetype(read));
        }
        zip_fclose(file);
    }
    zip_close(archive);
    return QString::fromUtf8(bytes);
}

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

}  // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_demo;
    std::unique_ptr<Store> m_assessed;
    QUuid m_workshop;

    /// `xlsx` converted by LibreOffice to `format` ("csv", "fods") in a folder of its own;
    /// the converted file's text.
    QString convert(const QString& xlsx, const QString& format)
    {
        const QString out = m_dir.filePath(QStringLiteral("converted-") + format);
        // A profile of its own: another soffice running on the machine must not take the call.
        const QString profile = QStringLiteral("-env:UserInstallation=file://") + m_dir.filePath(QStringLiteral("lo"));
        QString stdOut;
        QString stdErr;
        // CSV in UTF-8 (76), comma (44) and double quotes (34): LibreOffice's default is the
        // system's old code page.
        const QString filter =
            format == QLatin1String("csv") ? QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1") : format;
        const int code = run(QStringLiteral("soffice"),
                             {profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"), filter,
                              QStringLiteral("--outdir"), out, xlsx},
                             &stdOut, &stdErr);
        if (code != 0) {
            qWarning() << "soffice failed:" << code << stdOut << stdErr;
            return {};
        }
        return readText(out + QLatin1Char('/') + QFileInfo(xlsx).completeBaseName() + QLatin1Char('.') + format);
    }

    /// Writes `table` as XLSX, has LibreOffice read it, and compares every cell.
    void compareThroughLibreOffice(const ExportTable& table, const QString& name)
    {
        QVERIFY2(!table.rows().isEmpty(), qPrintable(name));
        const QString xlsx = m_dir.filePath(name + QStringLiteral(".xlsx"));
        const Status written = XlsxFile::write(table, xlsx);
        QVERIFY2(written.ok(), qPrintable(written.message()));
        const QList<QStringList> rows = parseCsv(convert(xlsx, QStringLiteral("csv")));
        QCOMPARE(rows.size(), table.rows().size() + 1);
        for (int column = 0; column < table.columns().size(); ++column) {
            QCOMPARE(rows.at(0).value(column), table.columns().at(column).title);
        }
        for (int row = 0; row < table.rows().size(); ++row) {
            const QStringList& read = rows.at(row + 1);
            for (int column = 0; column < table.columns().size(); ++column) {
                const QString expected = table.text(row, column);
                const QString got = read.value(column);
                if (table.columns().at(column).kind == CellKind::Number && !expected.isEmpty()) {
                    QVERIFY2(qFuzzyCompare(got.toDouble(), expected.toDouble()),
                             qPrintable(QStringLiteral("%1 row %2 column %3: %4 read as %5")
                                            .arg(name)
                                            .arg(row + 1)
                                            .arg(column)
                                            .arg(expected, got)));
                } else {
                    QVERIFY2(got == expected, qPrintable(QStringLiteral("%1 row %2 column %3: \"%4\" read as \"%5\"")
                                                             .arg(name)
                                                             .arg(row + 1)
                                                             .arg(column)
                                                             .arg(expected, got)));
                }
            }
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString demo = m_dir.filePath(QStringLiteral("demo.accred"));
        QVERIFY(DemoFile::create(demo).ok());
        auto opened = Store::open(demo, Store::Access::ReadOnly);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        m_demo = std::move(opened).value();
        m_assessed = createStore(m_dir.filePath(QStringLiteral("assessed.accred")));
        m_workshop = makeAssessedWorkshop(*m_assessed, m_dir.path());
        QVERIFY(!m_workshop.isNull());
    }

    void candidatesThroughLibreOffice()
    {
        const auto table = ExportSources::candidates(*m_demo, {});
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QCOMPARE(table.value().rows().size(), 14);  // the demo's candidates
        compareThroughLibreOffice(table.value(), QStringLiteral("candidates"));
    }

    void candidatesKeepTheListsFilters()
    {
        CandidateFilter filter;
        filter.stage = Stage::Accredited;
        const auto table = ExportSources::candidates(*m_demo, filter);
        QVERIFY2(table.ok(), qPrintable(table.message()));
        const auto all = ExportSources::candidates(*m_demo, {});
        QVERIFY(!table.value().rows().isEmpty());
        QVERIFY(table.value().rows().size() < all.value().rows().size());
        for (int row = 0; row < table.value().rows().size(); ++row) {
            QCOMPARE(table.value().text(row, 2), labelOf(Stage::Accredited));
        }
    }

    void poolThroughLibreOffice()
    {
        const auto table = ExportSources::pool(*m_demo);
        QVERIFY2(table.ok(), qPrintable(table.message()));
        compareThroughLibreOffice(table.value(), QStringLiteral("pool"));
    }

    void rankingThroughLibreOffice()
    {
        const auto table = ExportSources::ranking(*m_assessed, m_workshop);
        QVERIFY2(table.ok(), qPrintable(table.message()));
        // makeAssessedWorkshop's totals: Arai 10, Sato 9, Kamau 8, Quispe 7, Flores 2.
        QCOMPARE(table.value().rows().size(), 5);
        QCOMPARE(table.value().text(0, 0), QStringLiteral("1"));
        QVERIFY(table.value().text(0, 1).startsWith(QStringLiteral("Arai")));
        QCOMPARE(table.value().text(4, 3), QStringLiteral("2"));
        compareThroughLibreOffice(table.value(), QStringLiteral("ranking"));
    }

    void scoresThroughLibreOffice()
    {
        const auto table = ExportSources::scores(*m_assessed, m_workshop);
        QVERIFY2(table.ok(), qPrintable(table.message()));
        // Quispe's reviewers are 2 levels apart on wco.trips (makeAssessedWorkshop).
        bool quispeDisagree = false;
        for (int row = 0; row < table.value().rows().size(); ++row) {
            if (table.value().text(row, 0).startsWith(QStringLiteral("Quispe")) &&
                table.value().text(row, 1) == QLatin1String("wco.trips")) {
                quispeDisagree = table.value().text(row, 9) == QLatin1String("yes");
                QCOMPARE(table.value().text(row, 3), QStringLiteral("2"));
            }
        }
        QVERIFY(quispeDisagree);
        compareThroughLibreOffice(table.value(), QStringLiteral("scores"));
    }

    void agreementThroughLibreOffice()
    {
        const auto table = ExportSources::agreement(*m_assessed, m_workshop);
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QCOMPARE(table.value().rows().size(), 4);  // the four coefficients
        compareThroughLibreOffice(table.value(), QStringLiteral("agreement"));
    }

    void participantsThroughLibreOffice()
    {
        const auto table = ExportSources::participants(*m_assessed, m_workshop);
        QVERIFY2(table.ok(), qPrintable(table.message()));
        // makeAssessedWorkshop: Arai, Sato and Kamau hold its seats, in name order.
        QCOMPARE(table.value().rows().size(), 3);
        QCOMPARE(table.value().text(0, 0), QStringLiteral("Arai"));
        QCOMPARE(table.value().text(1, 0), QStringLiteral("Kamau"));
        QCOMPARE(table.value().text(2, 0), QStringLiteral("Sato"));
        compareThroughLibreOffice(table.value(), QStringLiteral("participants"));
    }

    void activitiesThroughLibreOffice()
    {
        const auto table = ExportSources::activities(*m_demo);
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QCOMPARE(table.value().rows().size(), 5);  // the demo's activities
        compareThroughLibreOffice(table.value(), QStringLiteral("activities"));
    }

    void toInformThroughLibreOffice()
    {
        const auto table = ExportSources::toInform(*m_demo, {});
        QVERIFY2(table.ok(), qPrintable(table.message()));
        compareThroughLibreOffice(table.value(), QStringLiteral("to-inform"));
    }

    void historyThroughLibreOffice()
    {
        const auto table = ExportSources::history(*m_demo, {});
        QVERIFY2(table.ok(), qPrintable(table.message()));
        compareThroughLibreOffice(table.value(), QStringLiteral("history"));
    }

    void rankingNeedsAWorkshop()
    {
        const auto table = ExportSources::ranking(*m_assessed, QUuid::createUuid());
        QVERIFY(!table.ok());
        QCOMPARE(table.code(), ErrorCode::NotFound);
    }

    void cellsKeepTheirTypes()
    {
        ExportTable table(QStringLiteral("Types: [a/b]?"));
        table.addColumn(QStringLiteral("Text"));
        table.addColumn(QStringLiteral("Whole"), CellKind::Integer);
        table.addColumn(QStringLiteral("Number"), CellKind::Number);
        table.addColumn(QStringLiteral("Date"), CellKind::Date);
        table.addColumn(QStringLiteral("Time"), CellKind::DateTime);
        table.addRow(
            {QStringLiteral("=1+1"), 42, 12.5, QDate(2023, 5, 10), QDateTime(QDate(2024, 2, 29), QTime(13, 4, 5))});
        table.addRow({QStringLiteral("line one\nline two, \"quoted\""), QVariant(), QVariant(), QDate(), QDateTime()});
        const QString xlsx = m_dir.filePath(QStringLiteral("types.xlsx"));
        QVERIFY(XlsxFile::write(table, xlsx).ok());

        const QList<QStringList> rows = parseCsv(convert(xlsx, QStringLiteral("csv")));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1), QStringList({QStringLiteral("=1+1"), QStringLiteral("42"), QStringLiteral("12.5"),
                                          QStringLiteral("2023-05-10"), QStringLiteral("2024-02-29 13:04:05")}));
        QCOMPARE(rows.at(2).value(0), QStringLiteral("line one\nline two, \"quoted\""));
        QCOMPARE(rows.at(2).mid(1), QStringList(4, QString()));

        // The flat ODS names each cell's type: the formula stays a text, the date a date.
        const QString ods = convert(xlsx, QStringLiteral("fods"));
        QVERIFY(ods.contains(QStringLiteral("table:name=\"Types a b\"")));
        QVERIFY(!ods.contains(QStringLiteral("table:formula")));
        QVERIFY(ods.contains(QStringLiteral("office:value-type=\"float\" office:value=\"42\"")));
        QVERIFY(ods.contains(QStringLiteral("office:value-type=\"float\" office:value=\"12.5\"")));
        QVERIFY(ods.contains(QStringLiteral("office:value-type=\"date\" office:date-value=\"2023-05-10\"")));
        QVERIFY(ods.contains(QStringLiteral("office:value-type=\"date\" office:date-value=\"2024-02-29T13:04:05\"")));
        QVERIFY(
            ods.contains(QRegularExpression(QStringLiteral("office:value-type=\"string\"[^>]*>\\s*<text:p>=1\\+1"))));
        // The header row stays in view, with the frozen columns; every column has a width, and
        // the header filters (LibreOffice keeps no view settings when converting: the sheet's
        // own XML says it).
        const QString sheet = zipEntry(xlsx, "xl/worksheets/sheet1.xml");
        QVERIFY2(sheet.contains(QStringLiteral("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                                               "state=\"frozen\"/>")),
                 qPrintable(sheet.left(800)));
        QCOMPARE(sheet.count(QStringLiteral("<col ")), 5);
        QVERIFY(sheet.contains(QStringLiteral("<autoFilter ref=\"A1:E3\"/>")));
        table.setFrozenColumns(2);
        QVERIFY(XlsxFile::write(table, xlsx).ok());
        QVERIFY(zipEntry(xlsx, "xl/worksheets/sheet1.xml")
                    .contains(QStringLiteral("<pane xSplit=\"2\" ySplit=\"1\" topLeftCell=\"C2\"")));
    }

    void sheetNamesAreWhatExcelAccepts()
    {
        QCOMPARE(XlsxFile::sheetName(QStringLiteral("Ranking: Kashiwa [2023] a/b?")),
                 QStringLiteral("Ranking Kashiwa 2023 a b"));
        QCOMPARE(XlsxFile::sheetName(QString(40, QLatin1Char('x'))).size(), 31);
        QCOMPARE(XlsxFile::sheetName(QStringLiteral("'")), XlsxFile::tr("List"));
    }

    void csvHasAByteOrderMarkAndQuotes()
    {
        ExportTable table(QStringLiteral("List"));
        table.addColumn(QStringLiteral("Name"));
        table.addColumn(QStringLiteral("Date"), CellKind::Date);
        table.addColumn(QStringLiteral("Weeks"), CellKind::Number);
        table.addRow({QStringLiteral("Müller, \"Jo\"\nline"), QDate(2023, 5, 10), 4.5});
        const QByteArray bytes = CsvFile::bytes(table);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(QString::fromUtf8(bytes.mid(3)),
                 QStringLiteral("Name,Date,Weeks\r\n\"Müller, \"\"Jo\"\"\nline\",2023-05-10,4.5\r\n"));
    }

    void csvNeutralisesFormulas()
    {
        ExportTable table(QStringLiteral("List"));
        table.addColumn(QStringLiteral("Text"));
        table.addColumn(QStringLiteral("Number"), CellKind::Number);
        for (const QString& text : {QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("+33 1 23"),
                                    QStringLiteral("-2+3"), QStringLiteral("@SUM(A1)"), QStringLiteral("\tTab"),
                                    QStringLiteral("\rReturn"), QStringLiteral("Plain = text")}) {
            table.addRow({text, -1.5});
        }
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(CsvFile::bytes(table)));
        QCOMPARE(rows.size(), 8);
        const QStringList expected = {QStringLiteral("'=HYPERLINK(\"http://x\")"),
                                      QStringLiteral("'+33 1 23"),
                                      QStringLiteral("'-2+3"),
                                      QStringLiteral("'@SUM(A1)"),
                                      QStringLiteral("'\tTab"),
                                      QStringLiteral("'\rReturn"),
                                      QStringLiteral("Plain = text")};
        for (int row = 0; row < expected.size(); ++row) {
            QCOMPARE(rows.at(row + 1).value(0), expected.at(row));
            QCOMPARE(rows.at(row + 1).value(1), QStringLiteral("-1.5"));  // a number of ours, not neutralised
        }
        QVERIFY(CsvFile::bytes(table).contains("\"'\rReturn\""));  // quoted: a CR is a line break
    }

    void aFolderThatIsNotThereIsNamed()
    {
        ExportTable table(QStringLiteral("List"));
        table.addColumn(QStringLiteral("Name"));
        table.addRow({QStringLiteral("x")});
        for (ExportFormat format : {ExportFormat::Xlsx, ExportFormat::Csv}) {
            const QString path = m_dir.filePath(QStringLiteral("no-such-folder/out.") + ExportFile::keyOf(format));
            const Status refused = ExportFile::write(table, format, path);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.message().contains(QStringLiteral("no-such-folder")), qPrintable(refused.message()));
            QVERIFY(!QFile::exists(path));
        }
    }
};

AD_TEST_GUILESS_MAIN(TestExport)
#include "TestExport.moc"
