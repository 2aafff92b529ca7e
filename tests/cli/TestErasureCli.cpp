// SPDX-License-Identifier: GPL-3.0-or-later
// `erase` on the command line: refused without --yes, without a reason and for anyone but
// an officer, each refusal leaving the file byte for byte as it was; once done, the person
// is gone from every list, search, history, audit trail and export the CLI makes, and from every
// document it prints (the sheet by id, the letters of the decision they were told of).
#include "TestSupport.h"
#include "TestMain.h"

#include <QDir>
#include <QJsonArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestErasureCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    QString m_id;
    QStringList m_personal;  // what identifies Thandiwe Dlamini in the demo file

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

    /// The CSV text of `export FILE LIST…` (empty when it failed).
    QString exported(const QStringList& list)
    {
        const QString csv = m_dir.filePath(QStringLiteral("export.csv"));
        QFile::remove(csv);
        if (cli(QStringList{QStringLiteral("export"), m_file} + list + QStringList{QStringLiteral("-o"), csv}) != 0) {
            return {};
        }
        QFile file(csv);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    /// The first of the personal words `text` holds; empty when it holds none.
    QString personalIn(const QString& text) const
    {
        for (const QString& word : m_personal) {
            if (text.contains(word, Qt::CaseInsensitive)) {
                return word;
            }
        }
        return QString();
    }

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("demo.accred"));
        QCOMPARE(cli({QStringLiteral("demo"), m_file}), 0);
        QCOMPARE(cli({QStringLiteral("person-add"), m_file, QStringLiteral("--name"), QStringLiteral("Kenji Morita"),
                      QStringLiteral("--account"), QStringLiteral("kmorita"), QStringLiteral("--role"),
                      QStringLiteral("reviewer")}),
                 0);
        QString out;
        QCOMPARE(cli({QStringLiteral("candidates"), m_file, QStringLiteral("--json")}, &out), 0);
        for (const QJsonValue& v : QJsonDocument::fromJson(out.toUtf8()).array()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("family_name")).toString() == QLatin1String("Dlamini")) {
                m_id = c.value(QStringLiteral("id")).toString();
                m_personal = {QStringLiteral("Dlamini"),
                              QStringLiteral("Thandiwe"),
                              c.value(QStringLiteral("email")).toString(),
                              c.value(QStringLiteral("phone")).toString(),
                              QStringLiteral("Swazi"),
                              QStringLiteral("Border post officer")};
            }
        }
        QVERIFY(!m_id.isEmpty());
        QVERIFY(!m_personal.contains(QString()));
    }

    void aRefusedEraseWritesNothing()
    {
        const QString before = sha256Of(m_file);
        QString out;
        QString err;
        // Without --yes: the message names who and what to add.
        QCOMPARE(cli({QStringLiteral("erase"), m_file, QStringLiteral("Thandiwe Dlamini"), QStringLiteral("--reason"),
                      QStringLiteral("Asked to be forgotten")},
                     &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("--yes")) && err.contains(QStringLiteral("Thandiwe Dlamini")),
                 qPrintable(err));
        QCOMPARE(sha256Of(m_file), before);
        // Without a reason.
        QCOMPARE(cli({QStringLiteral("erase"), m_file, QStringLiteral("Dlamini"), QStringLiteral("--yes")}, &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("reason")), qPrintable(err));
        QCOMPARE(sha256Of(m_file), before);
        // Anyone but an officer.
        QCOMPARE(cli({QStringLiteral("erase"), m_file, QStringLiteral("Dlamini"), QStringLiteral("--as"),
                      QStringLiteral("kmorita"), QStringLiteral("--reason"), QStringLiteral("Forgotten"),
                      QStringLiteral("--yes")},
                     &out, &err),
                 1);
        QVERIFY2(!err.trimmed().isEmpty(), "a refusal says why");
        QCOMPARE(sha256Of(m_file), before);
        // Someone the file does not hold.
        QCOMPARE(cli({QStringLiteral("erase"), m_file, QStringLiteral("Nobody Atall"), QStringLiteral("--reason"),
                      QStringLiteral("Forgotten"), QStringLiteral("--yes")},
                     &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("candidates FILE")), qPrintable(err));
        QCOMPARE(sha256Of(m_file), before);
        QCOMPARE(cli({QStringLiteral("candidates"), m_file}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("Dlamini")));
    }

    void theErasedPersonIsGoneFromEveryOutput()
    {
        QString out;
        QString err;
        // Before: the history and the search find her, so that finding nothing after means something.
        QCOMPARE(cli({QStringLiteral("history"), m_file, QStringLiteral("Dlamini")}, &out, &err), 0);
        QVERIFY(!personalIn(out).isEmpty());
        QCOMPARE(cli({QStringLiteral("candidates"), m_file, QStringLiteral("--search"), QStringLiteral("Thandiwe")},
                     &out, &err),
                 0);
        QVERIFY(out.contains(QStringLiteral("Dlamini")));
        QVERIFY(!personalIn(exported({QStringLiteral("candidates"), QStringLiteral("--archived")})).isEmpty());

        QVERIFY2(cli({QStringLiteral("erase"), m_file, QStringLiteral("Dlamini, Thandiwe"), QStringLiteral("--reason"),
                      QStringLiteral("Asked to be forgotten"), QStringLiteral("--yes")},
                     &out, &err) == 0,
                 qPrintable(err));
        QVERIFY2(out.contains(m_id), qPrintable(out));

        QCOMPARE(cli({QStringLiteral("candidates"), m_file}, &out, &err), 0);
        QVERIFY2(personalIn(out).isEmpty(), qPrintable(personalIn(out)));
        QCOMPARE(cli({QStringLiteral("candidates"), m_file, QStringLiteral("--json")}, &out, &err), 0);
        QVERIFY2(personalIn(out).isEmpty(), qPrintable(personalIn(out)));
        for (const QString& words : {QStringLiteral("Thandiwe"), QStringLiteral("Dlamini"), QStringLiteral("Swazi")}) {
            QCOMPARE(cli({QStringLiteral("candidates"), m_file, QStringLiteral("--search"), words}, &out, &err), 0);
            QVERIFY2(personalIn(out).isEmpty() && !out.contains(m_id), qPrintable(words + QStringLiteral(": ") + out));
        }
        // By name she is no one; by id her history keeps the stages and nothing personal.
        QCOMPARE(cli({QStringLiteral("history"), m_file, QStringLiteral("Thandiwe Dlamini")}, &out, &err), 1);
        QCOMPARE(cli({QStringLiteral("history"), m_file, m_id}, &out, &err), 0);
        QVERIFY2(personalIn(out).isEmpty(), qPrintable(out));
        QCOMPARE(cli({QStringLiteral("history"), m_file, m_id, QStringLiteral("--json")}, &out, &err), 0);
        QVERIFY2(personalIn(out).isEmpty(), qPrintable(out));
        QCOMPARE(cli({QStringLiteral("audit"), m_file}, &out, &err), 0);
        QVERIFY2(personalIn(out).isEmpty(), qPrintable(personalIn(out)));
        QVERIFY(out.contains(QStringLiteral("Asked to be forgotten")) || out.contains(QStringLiteral("erase")));
        QCOMPARE(cli({QStringLiteral("check"), m_file}, &out, &err), 0);
        // Nor in what is exported: the list (archived too), the file's history and hers.
        for (const QStringList& list : {QStringList{QStringLiteral("candidates"), QStringLiteral("--archived")},
                                        QStringList{QStringLiteral("history")},
                                        QStringList{QStringLiteral("history"), QStringLiteral("--candidate"), m_id}}) {
            const QString text = exported(list);
            QVERIFY2(!text.isEmpty() && personalIn(text).isEmpty(), qPrintable(list.join(QLatin1Char(' '))));
        }

        // Erasing again changes nothing and says so.
        const QString before = sha256Of(m_file);
        QCOMPARE(cli({QStringLiteral("erase"), m_file, m_id, QStringLiteral("--reason"), QStringLiteral("Again"),
                      QStringLiteral("--yes")},
                     &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("already erased")), qPrintable(out));
        QCOMPARE(sha256Of(m_file), before);
    }

    void anErasedCandidatePrintsNothingPersonal()
    {
        QString out;
        QString err;
        const QString sheet = m_dir.filePath(QStringLiteral("erased-sheet.pdf"));
        const int printed =
            cli({QStringLiteral("print"), m_file, QStringLiteral("--sheet"), m_id, QStringLiteral("-o"), sheet}, &out,
                &err);
        if (printed == 0) {
            const QString text = pdfText(sheet);
            QVERIFY(!text.trimmed().isEmpty());
            QVERIFY2(personalIn(text).isEmpty(), qPrintable(text));
        } else {
            QCOMPARE(printed, 1);
            QVERIFY2(err.contains(QStringLiteral("erased")), qPrintable(err));
        }
        // Her workshop's sheets, its participant list and the not-selected letters she was
        // among (Nairobi) hold nothing of her either.
        const QString batch = m_dir.filePath(QStringLiteral("nairobi-sheets.pdf"));
        QCOMPARE(cli({QStringLiteral("print"), m_file, QStringLiteral("--workshop"), QStringLiteral("Nairobi"),
                      QStringLiteral("--sheets"), QStringLiteral("-o"), batch},
                     &out, &err),
                 0);
        QVERIFY2(personalIn(pdfText(batch)).isEmpty(), qPrintable(personalIn(pdfText(batch))));
        const QString list = m_dir.filePath(QStringLiteral("nairobi-list.pdf"));
        QCOMPARE(cli({QStringLiteral("print"), m_file, QStringLiteral("--workshop"), QStringLiteral("Nairobi"),
                      QStringLiteral("--participants"), QStringLiteral("-o"), list},
                     &out, &err),
                 0);
        QVERIFY2(personalIn(pdfText(list)).isEmpty(), qPrintable(personalIn(pdfText(list))));
        const QString folder = m_dir.filePath(QStringLiteral("letters"));
        const int written =
            cli({QStringLiteral("letters"), m_file, QStringLiteral("--workshop"), QStringLiteral("Nairobi"),
                 QStringLiteral("--decision"), QStringLiteral("not_selected"), QStringLiteral("-o"), folder},
                &out, &err);
        QVERIFY2(written == 0 || written == 1, qPrintable(err));
        QVERIFY2(personalIn(out + err).isEmpty(), qPrintable(out + err));
        for (const QString& name : QDir(folder).entryList(QDir::Files)) {
            const QString path = QDir(folder).filePath(name);
            QString text;
            if (name.endsWith(QLatin1String(".pdf"))) {
                text = pdfText(path);
            } else {
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                text = QString::fromUtf8(f.readAll());
            }
            QVERIFY2(personalIn(name + text).isEmpty(),
                     qPrintable(name + QStringLiteral(": ") + personalIn(name + text)));
            QVERIFY2(!text.contains(QStringLiteral("[erased]")),
                     qPrintable(name + QStringLiteral(" is a letter to no one")));
        }
    }
};

AD_TEST_GUILESS_MAIN(TestErasureCli)
#include "TestErasureCli.moc"
