// SPDX-License-Identifier: GPL-3.0-or-later
// `print` and `letters` run as a process that never links Widgets: every document as a
// PDF, usage errors, the informing recorded on request, and a write that fails (a folder
// that is a file; a file-size limit like a full disk) leaving no file behind.
#include "TestSupport.h"
#include "TestMain.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestPrintCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    int cli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr)
    {
        return run(QStringLiteral(AD_CLI_PATH), arguments, out, err);
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
        m_demo = m_dir.filePath(QStringLiteral("demo.accred"));
        QCOMPARE(cli({QStringLiteral("demo"), m_demo}), 0);
    }

    void theCliNeverLinksWidgets()
    {
        QString out;
        QCOMPARE(run(QStringLiteral("ldd"), {QStringLiteral(AD_CLI_PATH)}, &out), 0);
        QVERIFY(!out.contains(QStringLiteral("Widgets")));
        QVERIFY(!out.contains(QStringLiteral("PrintSupport")));
    }

    void everyDocumentIsWritten()
    {
        const QString sheet = m_dir.filePath(QStringLiteral("sheet.pdf"));
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("print"), m_demo, QStringLiteral("--sheet"), QStringLiteral("Sato"),
                      QStringLiteral("-o"), sheet},
                     &out, &err),
                 0);
        // "%n page(s)" reads "3 pages" once the English plural forms are translated.
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("\\d+ page(s|\\(s\\))? written"))), qPrintable(out));
        QVERIFY(pdfText(sheet).contains(QStringLiteral("Haruka Sato")));

        const QString anonymous = m_dir.filePath(QStringLiteral("anonymous.pdf"));
        QCOMPARE(cli({QStringLiteral("print"), m_demo, QStringLiteral("--sheet"), QStringLiteral("Sato"),
                      QStringLiteral("--anonymous"), QStringLiteral("-o"), anonymous}),
                 0);
        QVERIFY(!pdfText(anonymous).contains(QStringLiteral("Sato")));

        const QString batch = m_dir.filePath(QStringLiteral("batch.pdf"));
        QCOMPARE(cli({QStringLiteral("print"), m_demo, QStringLiteral("--workshop"), QStringLiteral("Kashiwa"),
                      QStringLiteral("--sheets"), QStringLiteral("--blank"), QStringLiteral("-o"), batch}),
                 0);
        QCOMPARE(pdfText(batch).count(QStringLiteral("Page 1 of")), 6);  // six participants, each from a new page

        const QString list = m_dir.filePath(QStringLiteral("list.pdf"));
        QCOMPARE(cli({QStringLiteral("print"), m_demo, QStringLiteral("--workshop"), QStringLiteral("Kashiwa"),
                      QStringLiteral("--participants"), QStringLiteral("--paper"), QStringLiteral("letter"),
                      QStringLiteral("-o"), list}),
                 0);
        QString info;
        run(QStringLiteral("pdfinfo"), {list}, &info);
        QVERIFY(info.contains(QStringLiteral("(letter)")));

        const QString roster = m_dir.filePath(QStringLiteral("roster.pdf"));
        QCOMPARE(cli({QStringLiteral("print"), m_demo, QStringLiteral("--roster"), QStringLiteral("-o"), roster}), 0);
        QVERIFY(pdfText(roster).contains(QStringLiteral("/ 12")));
    }

    void usageErrorsExitTwo()
    {
        const QString out = m_dir.filePath(QStringLiteral("x.pdf"));
        QCOMPARE(cli({QStringLiteral("print"), m_demo, QStringLiteral("-o"), out}), 2);  // nothing to print
        QCOMPARE(cli({QStringLiteral("print"), m_demo, QStringLiteral("--roster")}), 2);  // no output
        QCOMPARE(cli({QStringLiteral("print"), m_demo, QStringLiteral("--sheets"), QStringLiteral("-o"), out}), 2);
        QCOMPARE(cli({QStringLiteral("print"), m_demo, QStringLiteral("--roster"), QStringLiteral("--blank"),
                      QStringLiteral("-o"), out}),
                 2);
        QCOMPARE(cli({QStringLiteral("print"), m_demo, QStringLiteral("--roster"), QStringLiteral("--paper"),
                      QStringLiteral("a3"), QStringLiteral("-o"), out}),
                 2);
        QCOMPARE(cli({QStringLiteral("letters"), m_demo, QStringLiteral("--workshop"), QStringLiteral("Kashiwa"),
                      QStringLiteral("--decision"), QStringLiteral("applied"), QStringLiteral("-o"), m_dir.path()}),
                 2);
        QVERIFY(!QFileInfo::exists(out));
        QString err;
        QCOMPARE(cli({QStringLiteral("print"), m_demo, QStringLiteral("--sheet"), QStringLiteral("Nobody"),
                      QStringLiteral("-o"), out},
                     nullptr, &err),
                 1);
    }

    void lettersAreWrittenAndTheInformingRecordedOnRequest()
    {
        QString out;
        QCOMPARE(cli({QStringLiteral("to-inform"), m_demo}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("Njoroge")));
        const QString folder = m_dir.filePath(QStringLiteral("letters"));
        QString err;
        QCOMPARE(cli({QStringLiteral("letters"), m_demo, QStringLiteral("--workshop"), QStringLiteral("Nairobi"),
                      QStringLiteral("--decision"), QStringLiteral("selected"), QStringLiteral("-o"), folder,
                      QStringLiteral("--record-informed")},
                     &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("recorded as informed by letter")), qPrintable(out + err));
        const QStringList pdfs = QDir(folder).entryList({QStringLiteral("selected-*.pdf")});
        QVERIFY(!pdfs.isEmpty());
        QVERIFY(!QDir(folder).entryList({QStringLiteral("*.eml")}).isEmpty());
        QCOMPARE(cli({QStringLiteral("to-inform"), m_demo}, &out), 0);
        QVERIFY(!out.contains(QStringLiteral("Njoroge")));

        // French on request, and the accredited letter with its end date.
        const QString french = m_dir.filePath(QStringLiteral("french"));
        QCOMPARE(cli({QStringLiteral("letters"), m_demo, QStringLiteral("--workshop"), QStringLiteral("Kashiwa"),
                      QStringLiteral("--decision"), QStringLiteral("accredited"), QStringLiteral("--language"),
                      QStringLiteral("fr"), QStringLiteral("-o"), french},
                     &out),
                 0);
        for (const QString& pdf : QDir(french).entryList({QStringLiteral("*.pdf")})) {
            const QString text = pdfText(QDir(french).filePath(pdf));
            QVERIFY(text.contains(QStringLiteral("Objet :")));
            QVERIFY(text.contains(QStringLiteral("soit jusqu")));
        }
    }

    void lettersAreSignedByTheSignatorySetForTheFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("signed.accred"));
        QCOMPARE(cli({QStringLiteral("demo"), file}), 0);
        QString out;
        QString err;
        // Nobody named yet: said, with the command that names someone.
        QCOMPARE(cli({QStringLiteral("settings"), file}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("Letters signed by: nobody named")), qPrintable(out));
        const QString unsigned_ = m_dir.filePath(QStringLiteral("unsigned"));
        QCOMPARE(cli({QStringLiteral("letters"), file, QStringLiteral("--workshop"), QStringLiteral("Kashiwa"),
                      QStringLiteral("--decision"), QStringLiteral("accredited"), QStringLiteral("-o"), unsigned_},
                     &out, &err),
                 0);
        QVERIFY2(err.contains(QStringLiteral("settings ") + file + QStringLiteral(" --signatory-name NAME")),
                 qPrintable(err));
        // A title alone is refused; name and title are kept and sign every letter, in both
        // languages, with no footer naming the file.
        QCOMPARE(cli({QStringLiteral("settings"), file, QStringLiteral("--signatory-title"),
                      QStringLiteral("Programme Manager")},
                     &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("needs their name")), qPrintable(err));
        QCOMPARE(
            cli({QStringLiteral("settings"), file, QStringLiteral("--signatory-name"), QStringLiteral("Ana Pereira"),
                 QStringLiteral("--signatory-title"), QStringLiteral("Programme Manager, IPR")},
                &out, &err),
            0);
        QVERIFY2(out.contains(QStringLiteral("Letters signed by: Ana Pereira, Programme Manager, IPR")),
                 qPrintable(out));
        const QString folder = m_dir.filePath(QStringLiteral("signed"));
        QCOMPARE(cli({QStringLiteral("letters"), file, QStringLiteral("--workshop"), QStringLiteral("Kashiwa"),
                      QStringLiteral("--decision"), QStringLiteral("accredited"), QStringLiteral("-o"), folder},
                     &out, &err),
                 0);
        QVERIFY2(!err.contains(QStringLiteral("--signatory-name")), qPrintable(err));
        const QStringList pdfs = QDir(folder).entryList({QStringLiteral("*.pdf")});
        QVERIFY(pdfs.size() >= 2);
        for (const QString& pdf : pdfs) {
            const QString text = pdfText(QDir(folder).filePath(pdf)).simplified();
            QVERIFY2(text.contains(QStringLiteral("Ana Pereira Programme Manager, IPR")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("signed.accred")), qPrintable(text));
        }
    }

    void aFailedWriteLeavesNoFile()
    {
        // A folder that is a file.
        const QString plain = m_dir.filePath(QStringLiteral("plain"));
        QVERIFY(writeFile(plain, "x"));
        QString err;
        QCOMPARE(cli({QStringLiteral("print"), m_demo, QStringLiteral("--roster"), QStringLiteral("-o"),
                      plain + QStringLiteral("/roster.pdf")},
                     nullptr, &err),
                 1);
        QVERIFY(err.contains(QStringLiteral("Nothing was written")));

        // A disk that fills up: a file-size limit makes every write past 8 KiB fail
        // (SIGXFSZ ignored, so the write returns an error as on a full disk).
        QTemporaryDir folder;
        const QString target = folder.filePath(QStringLiteral("batch.pdf"));
        const QString script = QStringLiteral("trap '' XFSZ; ulimit -f 8; exec \"$0\" \"$@\"");
        QString out;
        const int code = run(QStringLiteral("bash"),
                             {QStringLiteral("-c"), script, QStringLiteral(AD_CLI_PATH), QStringLiteral("print"),
                              m_demo, QStringLiteral("--workshop"), QStringLiteral("Kashiwa"),
                              QStringLiteral("--sheets"), QStringLiteral("-o"), target},
                             &out, &err);
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(QStringLiteral("Nothing was written")), qPrintable(err));
        QVERIFY2(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).isEmpty(),
                 qPrintable(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).join(QLatin1Char(' '))));
    }
};

AD_TEST_GUILESS_MAIN(TestPrintCli)
#include "TestPrintCli.moc"
