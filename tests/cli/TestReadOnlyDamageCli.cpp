// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #18, what an open checks: a read-only command of the command line checks the schema
// at open and every other page as it reads it (Store::OpenCheck::AsRead). Damage in a table
// it reads still fails it, also where a reading loop would have taken the failed read for
// the end of its rows; a table it does not read is left to `check`, which names the damage;
// a command that writes the file, or makes a file from what it reads, still refuses any
// damaged table before it reads anything (docs/performance.md, "Session 9").
#include "FilePages.h"
#include "TestSupport.h"
#include "TestMain.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace TestSupport;

namespace {

/// Breaks the b-tree header of page `page`, as the hostile-file tests break pages.
bool breakPage(const QString& file, int page)
{
    QFile f(file);
    if (page <= 1 || !f.open(QIODevice::ReadWrite)) {
        return false;
    }
    const QByteArray fileHeader = f.read(18);
    const int pageSize = (uchar(fileHeader.at(16)) << 8) | uchar(fileHeader.at(17));
    if (pageSize < 512 || !f.seek(qint64(page - 1) * pageSize)) {
        return false;
    }
    QByteArray header = f.read(8);
    header[0] = char(header.at(0) ^ 0x5A);
    header[3] = char(header.at(3) ^ 0xFF);
    return f.seek(qint64(page - 1) * pageSize) && f.write(header) == 8;
}

}  // namespace

class TestReadOnlyDamageCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    int cli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr)
    {
        return run(QStringLiteral(AD_CLI_PATH), arguments, out, err);
    }

    /// A copy of the demo file with one page of `table` broken: its last page of dbstat's
    /// `type`, or the middle one.
    QString withBrokenPage(const QString& name, const QString& table, const QString& type, bool middle = false)
    {
        const QString file = m_dir.filePath(name);
        if (!QFile::copy(m_demo, file)) {
            return {};
        }
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        const QList<int> pages = pagesOf(file, table, type);
        return !pages.isEmpty() && breakPage(file, middle ? pages.at(pages.size() / 2) : pages.constLast()) ? file
                                                                                                            : QString();
    }

    /// The demo's candidates' table is an interior root over two leaves: with the last leaf
    /// broken, a scan reads the first leaf's candidates before it meets the damage.
    QString withBrokenCandidates(const QString& name, const QString& type)
    {
        return withBrokenPage(name, QStringLiteral("candidate"), type);
    }

    static bool saysDamaged(const QString& err)
    {
        return err.contains(QStringLiteral("is damaged")) && err.contains(QStringLiteral("restore the latest backup"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.accred"));
        QCOMPARE(cli({QStringLiteral("demo"), m_demo}), 0);
        QCOMPARE(pagesOf(m_demo, QStringLiteral("candidate"), QStringLiteral("leaf")).size(), 2);
    }

    // The candidates' table's root broken: the command reads nothing of it and fails.
    void aBrokenRootOfATableTheCommandReadsFailsIt()
    {
        const QString file = withBrokenCandidates(QStringLiteral("root.accred"), QStringLiteral("internal"));
        QVERIFY(!file.isEmpty());
        for (const QStringList& arguments :
             {QStringList{QStringLiteral("candidates"), file},
              QStringList{QStringLiteral("candidates"), file, QStringLiteral("--json")}}) {
            QString out;
            QString err;
            QCOMPARE(cli(arguments, &out, &err), 1);
            QVERIFY2(saysDamaged(err), qPrintable(err));
            QVERIFY2(!out.contains(QStringLiteral("Diallo")), qPrintable(out));
        }
    }

    // A leaf in the middle of a scan broken. The audit trail is read in its order, row by
    // row: its reading loop stops at the broken page as at the end of its rows, without an
    // error of its own (without the check after the command, `audit` printed half the trail
    // and succeeded); the command still fails and says why. The candidates are read sorted,
    // so SQLite meets the damage before the first row.
    void damageMetHalfwayThroughAListFailsTheCommand()
    {
        const QString trail =
            withBrokenPage(QStringLiteral("audit.accred"), QStringLiteral("audit_log"), QStringLiteral("leaf"), true);
        QVERIFY(!trail.isEmpty());
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("audit"), trail}, &out, &err), 1);
        QVERIFY2(saysDamaged(err), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("may be incomplete")), qPrintable(err));

        const QString file = withBrokenCandidates(QStringLiteral("leaf.accred"), QStringLiteral("leaf"));
        QVERIFY(!file.isEmpty());
        for (const QStringList& arguments :
             {QStringList{QStringLiteral("candidates"), file},
              QStringList{QStringLiteral("candidates"), file, QStringLiteral("--json")},
              QStringList{QStringLiteral("candidates"), file, QStringLiteral("--search"), QStringLiteral("a")}}) {
            QCOMPARE(cli(arguments, &out, &err), 1);
            QVERIFY2(saysDamaged(err), qPrintable(err));
        }
    }

    // A table the command does not read is left to `check`, which refuses the file and
    // names the damage; the command itself answers.
    void aTableTheCommandDoesNotReadIsLeftToCheck()
    {
        const QString file = withBrokenCandidates(QStringLiteral("other.accred"), QStringLiteral("leaf"));
        QVERIFY(!file.isEmpty());
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("people"), file}, &out, &err), 0);
        QVERIFY2(!out.isEmpty(), qPrintable(err));
        QVERIFY(cli({QStringLiteral("check"), file}, &out, &err) != 0);
        QVERIFY2(saysDamaged(out + err), qPrintable(out + err));
    }

    // A command that writes the file, or makes a file from what it reads, checks every
    // table first: refused before anything is read or written.
    void writingAndFileMakingCommandsRefuseDamageAtOpen()
    {
        const QString file = withBrokenCandidates(QStringLiteral("write.accred"), QStringLiteral("leaf"));
        QVERIFY(!file.isEmpty());
        const auto before = sha256Of(file);
        const QStringList folderBefore = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("person-add"), file, QStringLiteral("--name"), QStringLiteral("Ana Lima"),
                      QStringLiteral("--account"), QStringLiteral("alima"), QStringLiteral("--role"),
                      QStringLiteral("observer")},
                     &out, &err),
                 1);
        QVERIFY2(saysDamaged(err), qPrintable(err));
        const QString exported = m_dir.filePath(QStringLiteral("pool.csv"));
        QCOMPARE(
            cli({QStringLiteral("export"), file, QStringLiteral("pool"), QStringLiteral("-o"), exported}, &out, &err),
            1);
        QVERIFY2(saysDamaged(err), qPrintable(err));
        QVERIFY(!QFile::exists(exported));
        QCOMPARE(sha256Of(file), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name), folderBefore);
    }
};

AD_TEST_GUILESS_MAIN(TestReadOnlyDamageCli)
#include "TestReadOnlyDamageCli.moc"
