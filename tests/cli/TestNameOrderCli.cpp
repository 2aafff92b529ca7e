// SPDX-License-Identifier: GPL-3.0-or-later
// Every listing of people by the CLI is in the one order of names (core/domain/NameCollation.h),
// the window's: "Müller" before "Mwangi" (issue 13, defect 14: SQLite's byte order put every
// accented name after "z"), also where the shell has no locale.
#include "domain/Candidate.h"
#include "store/Store.h"
#include "store/Candidates.h"
#include "TestSupport.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestNameOrderCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    int cli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr)
    {
        return run(QStringLiteral(AD_CLI_PATH), arguments, out, err);
    }

    /// The values of `key` in a JSON array printed by the CLI, in order.
    QStringList listed(const QStringList& arguments, const QString& key)
    {
        QString out;
        QString err;
        if (cli(arguments, &out, &err) != 0) {
            qWarning("%s", qPrintable(err));
            return {};
        }
        QStringList values;
        for (const QJsonValue& value : QJsonDocument::fromJson(out.toUtf8()).array()) {
            values.append(value.toObject().value(key).toString());
        }
        return values;
    }

    /// True when every line naming `first` comes before every line naming `second`.
    static bool allBefore(const QString& text, const QString& first, const QString& second)
    {
        const qsizetype lastFirst = text.lastIndexOf(first);
        const qsizetype firstSecond = text.indexOf(second);
        return lastFirst >= 0 && firstSecond >= 0 && lastFirst < firstSecond;
    }

    static bool rename(Store& store, const QString& from, const QString& to)
    {
        const auto found = store.candidates().find(from);
        if (!found.ok() || found.value().size() != 1) {
            return false;
        }
        Candidate c = found.value().first();
        c.familyName = to;
        return store.candidates().save(c).ok();
    }

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("names.accred"));
        QCOMPARE(cli({QStringLiteral("demo"), m_file}), 0);
        {
            auto store = Store::open(m_file);
            QVERIFY(store.ok());
            // Two accredited advisors (the pool), one selected for Nairobi (to inform), one applicant.
            QVERIFY(rename(*store.value(), QStringLiteral("El Amrani"), QStringLiteral("Mwangi")));
            QVERIFY(rename(*store.value(), QStringLiteral("Sato"), QString::fromUtf8("Müller")));
            QVERIFY(rename(*store.value(), QStringLiteral("Njoroge"), QStringLiteral("Mwangi")));
            QVERIFY(rename(*store.value(), QStringLiteral("Diallo"), QString::fromUtf8("Müller")));
        }
        QString err;
        QCOMPARE(cli({QStringLiteral("screening"), m_file, QStringLiteral("Aïssata"), QStringLiteral("--hard"),
                      QStringLiteral("met"), QStringLiteral("--counted"), QStringLiteral("6/7"),
                      QStringLiteral("--reason"), QStringLiteral("Certificates checked by hand")},
                     nullptr, &err),
                 0);
        QCOMPARE(cli({QStringLiteral("advance"), m_file, QStringLiteral("Aïssata"), QStringLiteral("--to"),
                      QStringLiteral("selected"), QStringLiteral("--workshop"), QStringLiteral("Nairobi"),
                      QStringLiteral("--reason"), QStringLiteral("Meets the profile")},
                     nullptr, &err),
                 0);
        for (const char* name : {"Eric Stone", "Émile Dubois", "erin Walsh"}) {
            const QString person = QString::fromUtf8(name);
            QCOMPARE(cli({QStringLiteral("person-add"), m_file, QStringLiteral("--name"), person,
                          QStringLiteral("--account"), person.section(QLatin1Char(' '), 1).toLower(),
                          QStringLiteral("--role"), QStringLiteral("reviewer")},
                         nullptr, &err),
                     0);
        }
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    void candidatesListMuellerBeforeMwangi()
    {
        const QStringList families =
            listed({QStringLiteral("candidates"), m_file, QStringLiteral("--json")}, QStringLiteral("family_name"));
        QCOMPARE(families.size(), 14);
        QCOMPARE(families.mid(6, 4), (QStringList{QString::fromUtf8("Müller"), QString::fromUtf8("Müller"),
                                                  QStringLiteral("Mwangi"), QStringLiteral("Mwangi")}));
        QString out;
        QCOMPARE(cli({QStringLiteral("candidates"), m_file}, &out), 0);
        QVERIFY2(allBefore(out, QString::fromUtf8("Müller"), QStringLiteral("Mwangi")), qPrintable(out));
        QVERIFY(allBefore(out, QStringLiteral("Marchand"), QString::fromUtf8("Müller")));
    }

    void aShellWithoutALocaleListsInTheSameOrder()
    {
        const QByteArray saved = qgetenv("LC_ALL");
        qputenv("LC_ALL", "C");
        const QStringList inC =
            listed({QStringLiteral("candidates"), m_file, QStringLiteral("--json")}, QStringLiteral("id"));
        qputenv("LC_ALL", saved);
        QCOMPARE(inC, listed({QStringLiteral("candidates"), m_file, QStringLiteral("--json")}, QStringLiteral("id")));
    }

    void thePoolListsMuellerBeforeMwangi()
    {
        const QStringList families =
            listed({QStringLiteral("pool"), m_file, QStringLiteral("--json")}, QStringLiteral("family_name"));
        QCOMPARE(families, (QStringList{QStringLiteral("Marchand"), QString::fromUtf8("Müller"),
                                        QStringLiteral("Mwangi"), QString::fromUtf8("Wróbel")}));
        QString out;
        QCOMPARE(cli({QStringLiteral("pool"), m_file}, &out), 0);
        QVERIFY2(allBefore(out, QString::fromUtf8("Müller, Haruka"), QStringLiteral("Mwangi, Youssef")),
                 qPrintable(out));
    }

    void toInformListsMuellerBeforeMwangi()
    {
        QString out;
        QCOMPARE(cli({QStringLiteral("to-inform"), m_file}, &out), 0);
        QVERIFY2(allBefore(out, QString::fromUtf8("Müller"), QStringLiteral("Mwangi")), qPrintable(out));
        const QStringList names =
            listed({QStringLiteral("to-inform"), m_file, QStringLiteral("--json")}, QStringLiteral("candidate"));
        QVERIFY(names.size() >= 2);
        QVERIFY(names.first().contains(QString::fromUtf8("Müller")));
        QVERIFY(names.last().contains(QStringLiteral("Mwangi")));
    }

    void tiesInTheRankingGoByTheSameOrder()
    {
        // Nobody at Nairobi is scored yet: every total ties, and the names decide.
        QString out;
        QCOMPARE(
            cli({QStringLiteral("ranking"), m_file, QStringLiteral("--workshop"), QStringLiteral("Nairobi")}, &out), 0);
        QVERIFY2(allBefore(out, QString::fromUtf8("Müller"), QStringLiteral("Mwangi")), qPrintable(out));
    }

    void reviewersAreListedByTheSameOrder()
    {
        const QStringList names =
            listed({QStringLiteral("reviewers"), m_file, QStringLiteral("--json")}, QStringLiteral("name"));
        QCOMPARE(names, (QStringList{QString::fromUtf8("Émile Dubois"), QStringLiteral("Eric Stone"),
                                     QStringLiteral("erin Walsh")}));
    }

    void theParticipantListIsPrintedInTheSameOrder()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("participants.pdf"));
        QString err;
        QCOMPARE(cli({QStringLiteral("print"), m_file, QStringLiteral("--workshop"), QStringLiteral("Nairobi"),
                      QStringLiteral("--participants"), QStringLiteral("-o"), pdf},
                     nullptr, &err),
                 0);
        QString text;
        QCOMPARE(run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}, &text), 0);
        QVERIFY2(allBefore(text, QString::fromUtf8("MÜLLER Aïssata"), QStringLiteral("MWANGI Amani")),
                 qPrintable(text));
    }
};

AD_TEST_MAIN(TestNameOrderCli)
#include "TestNameOrderCli.moc"
