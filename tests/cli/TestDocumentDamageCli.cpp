// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #18 through the command line: a document whose bytes changed on the disk (bit rot,
// another tool) leaves the file usable, is never read into the search index, and `check`
// names it. The open no longer hashes the documents; every read of them does.
#include "TestSupport.h"
#include "TestMain.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestDocumentDamageCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    int cli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr)
    {
        return run(QStringLiteral(AD_CLI_PATH), arguments, out, err);
    }

private slots:
    void damagedDocumentIsNotIndexedAndCheckNamesIt()
    {
        const QString file = m_dir.filePath(QStringLiteral("demo.accred"));
        QCOMPARE(cli({QStringLiteral("demo"), file}), 0);
        // The first attachment's bytes replaced in place, as a failing disk would: the row
        // keeps its SHA-256, size and seal (the seal leaves the bytes to `check`).
        const QString error =
            runSql(file, {QStringLiteral("UPDATE document SET content = randomblob(length(content)) "
                                         "WHERE sha256 = (SELECT sha256 FROM attachment ORDER BY rowid LIMIT 1)")});
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("candidates"), file}, &out, &err), 0);
        QVERIFY2(!out.isEmpty(), qPrintable(err));

        QCOMPARE(cli({QStringLiteral("index"), file}, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("is damaged in the file")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("restore the latest backup")), qPrintable(err));

        QVERIFY(cli({QStringLiteral("check"), file}, &out, &err) != 0);
        QVERIFY2(QString(out + err).contains(QStringLiteral("no longer has the bytes it was stored with")),
                 qPrintable(out + err));
    }
};

AD_TEST_GUILESS_MAIN(TestDocumentDamageCli)
#include "TestDocumentDamageCli.moc"
