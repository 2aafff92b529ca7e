// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the file's people, workshops and activities on the command line, as the window's
// editors do: person-edit, workshop-edit and activity-edit change only what they are given,
// through the same core units (People, Workshops, Pool), and every refusal (core's, exit 1,
// or the command line's, exit 2, naming the option) leaves the file byte for byte as it was.
#include "TestSupport.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestRecordEditCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    int cli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr)
    {
        return run(QStringLiteral(AD_CLI_PATH), arguments, out, err);
    }

    QJsonArray listJson(const QString& command)
    {
        QString out;
        cli({command, m_file, QStringLiteral("--json")}, &out);
        return QJsonDocument::fromJson(out.toUtf8()).array();
    }

    QJsonObject find(const QString& command, const QString& key, const QString& value)
    {
        for (const QJsonValue& v : listJson(command)) {
            if (v.toObject().value(key).toString().contains(value)) {
                return v.toObject();
            }
        }
        return {};
    }

    void refused(const QStringList& arguments, int code, const QString& expected)
    {
        const QString before = sha256Of(m_file);
        QString out;
        QString err;
        QCOMPARE(cli(arguments, &out, &err), code);
        QVERIFY2(err.contains(expected), qPrintable(err));
        QCOMPARE(sha256Of(m_file), before);
    }

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("demo.accred"));
        QCOMPARE(cli({QStringLiteral("demo"), m_file}), 0);
        QCOMPARE(cli({QStringLiteral("person-add"), m_file, QStringLiteral("--name"), QStringLiteral("Olga Observer"),
                      QStringLiteral("--account"), QStringLiteral("olga"), QStringLiteral("--role"),
                      QStringLiteral("observer")}),
                 0);
        QCOMPARE(cli({QStringLiteral("person-add"), m_file, QStringLiteral("--name"), QStringLiteral("Ravi Reviewer"),
                      QStringLiteral("--account"), QStringLiteral("ravi"), QStringLiteral("--role"),
                      QStringLiteral("reviewer")}),
                 0);
    }

    void personEditChangesWhatIsGiven()
    {
        QString out;
        QString err;
        QVERIFY2(cli({QStringLiteral("person-edit"), m_file, QStringLiteral("ravi"), QStringLiteral("--administration"),
                      QStringLiteral("Japan Customs"), QStringLiteral("--email"), QStringLiteral("ravi@example.org")},
                     &out, &err) == 0,
                 qPrintable(err));
        const QJsonObject ravi = find(QStringLiteral("people"), QStringLiteral("account"), QStringLiteral("ravi"));
        QCOMPARE(ravi.value(QStringLiteral("administration")).toString(), QStringLiteral("Japan Customs"));
        QCOMPARE(ravi.value(QStringLiteral("email")).toString(), QStringLiteral("ravi@example.org"));
        QCOMPARE(ravi.value(QStringLiteral("name")).toString(), QStringLiteral("Ravi Reviewer"));
        QCOMPARE(ravi.value(QStringLiteral("role")).toString(), QStringLiteral("reviewer"));
        QVERIFY2(cli({QStringLiteral("person-edit"), m_file, QStringLiteral("Olga Observer"), QStringLiteral("--role"),
                      QStringLiteral("reviewer")},
                     &out, &err) == 0,
                 qPrintable(err));
        QCOMPARE(find(QStringLiteral("people"), QStringLiteral("account"), QStringLiteral("olga"))
                     .value(QStringLiteral("role"))
                     .toString(),
                 QStringLiteral("reviewer"));
        QVERIFY2(cli({QStringLiteral("person-edit"), m_file, QStringLiteral("olga"), QStringLiteral("--role"),
                      QStringLiteral("observer")},
                     &out, &err) == 0,
                 qPrintable(err));
    }

    void personEditRefusals()
    {
        refused({QStringLiteral("person-edit"), m_file, QStringLiteral("ravi")}, 2,
                QStringLiteral("Nothing to change"));
        refused({QStringLiteral("person-edit"), m_file, QStringLiteral("ravi"), QStringLiteral("--role"),
                 QStringLiteral("boss")},
                2, QStringLiteral("--role"));
        refused({QStringLiteral("person-edit"), m_file, QStringLiteral("nobody"), QStringLiteral("--email"),
                 QStringLiteral("a@b.org")},
                1, QStringLiteral("nobody"));
        // Another's account is theirs.
        refused({QStringLiteral("person-edit"), m_file, QStringLiteral("ravi"), QStringLiteral("--account"),
                 QStringLiteral("olga")},
                1, QStringLiteral("olga"));
        // Only officers edit people.
        refused({QStringLiteral("person-edit"), m_file, QStringLiteral("ravi"), QStringLiteral("--email"),
                 QStringLiteral("r@x.org"), QStringLiteral("--as"), QStringLiteral("olga")},
                1, QString());
        // The file keeps one officer at least.
        QStringList officers;
        for (const QJsonValue& v : listJson(QStringLiteral("people"))) {
            if (v.toObject().value(QStringLiteral("role")).toString() == QLatin1String("officer")) {
                officers.append(v.toObject().value(QStringLiteral("account")).toString());
            }
        }
        QVERIFY(!officers.isEmpty());
        QString out;
        QString err;
        while (officers.size() > 1) {
            QVERIFY2(cli({QStringLiteral("person-edit"), m_file, officers.takeLast(), QStringLiteral("--role"),
                          QStringLiteral("reviewer")},
                         &out, &err) == 0,
                     qPrintable(err));
        }
        refused({QStringLiteral("person-edit"), m_file, officers.constFirst(), QStringLiteral("--role"),
                 QStringLiteral("reviewer")},
                1, QStringLiteral("only officer"));
    }

    void workshopEditChangesWhatIsGiven()
    {
        const QJsonObject before =
            find(QStringLiteral("workshops"), QStringLiteral("title"), QStringLiteral("Nairobi"));
        QVERIFY(!before.isEmpty());
        QString out;
        QString err;
        QVERIFY2(cli({QStringLiteral("workshop-edit"), m_file, QStringLiteral("Nairobi"), QStringLiteral("--venue"),
                      QStringLiteral("Kenya School of Revenue Administration"), QStringLiteral("--assessor"),
                      QStringLiteral("A. Kamau"), QStringLiteral("--assessor"), QStringLiteral("B. Otieno")},
                     &out, &err) == 0,
                 qPrintable(err));
        const QJsonObject after = find(QStringLiteral("workshops"), QStringLiteral("title"), QStringLiteral("Nairobi"));
        QCOMPARE(after.value(QStringLiteral("venue")).toString(),
                 QStringLiteral("Kenya School of Revenue Administration"));
        QCOMPARE(after.value(QStringLiteral("assessors")).toArray().size(), 2);
        for (const QString& kept : {QStringLiteral("title"), QStringLiteral("start_date"), QStringLiteral("capacity"),
                                    QStringLiteral("days"), QStringLiteral("region")}) {
            QCOMPARE(after.value(kept), before.value(kept));
        }
    }

    void workshopEditRefusals()
    {
        const QStringList edit{QStringLiteral("workshop-edit"), m_file, QStringLiteral("Nairobi")};
        refused(edit, 2, QStringLiteral("Nothing to change"));
        refused(edit + QStringList{QStringLiteral("--start"), QStringLiteral("next week")}, 2,
                QStringLiteral("--start"));
        refused(edit + QStringList{QStringLiteral("--region"), QStringLiteral("mars")}, 2, QStringLiteral("--region"));
        refused(edit + QStringList{QStringLiteral("--capacity"), QStringLiteral("ten")}, 2,
                QStringLiteral("--capacity"));
        refused(edit + QStringList{QStringLiteral("--capacity"), QStringLiteral("11")}, 1, QStringLiteral("10"));
        refused(edit + QStringList{QStringLiteral("--title"), QString()}, 1, QString());
        refused(edit + QStringList{QStringLiteral("--venue"), QStringLiteral("Elsewhere"), QStringLiteral("--as"),
                                   QStringLiteral("olga")},
                1, QString());
        // Never fewer seats than are taken.
        QString out;
        QCOMPARE(cli({QStringLiteral("workshops"), m_file}, &out), 0);
        int taken = -1;
        for (const QString& line : out.split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("(\\d+) / 10")).match(line);
            if (line.contains(QStringLiteral("Nairobi")) && m.hasMatch()) {
                taken = m.captured(1).toInt();
            }
        }
        QVERIFY2(taken >= 1, qPrintable(out));
        refused(edit + QStringList{QStringLiteral("--capacity"), QString::number(taken - 1)}, 1, QString());
    }

    void activityEditChangesWhatIsGiven()
    {
        const QJsonObject before =
            find(QStringLiteral("activities"), QStringLiteral("title"), QStringLiteral("risk indicators"));
        QVERIFY(!before.isEmpty());
        QString out;
        QString err;
        QVERIFY2(cli({QStringLiteral("activity-edit"), m_file, QStringLiteral("risk indicators"),
                      QStringLiteral("--language"), QStringLiteral("French"), QStringLiteral("--topic"),
                      QStringLiteral("e-commerce")},
                     &out, &err) == 0,
                 qPrintable(err));
        const QJsonObject after =
            find(QStringLiteral("activities"), QStringLiteral("title"), QStringLiteral("risk indicators"));
        QCOMPARE(after.value(QStringLiteral("language")).toString(), QStringLiteral("French"));
        QCOMPARE(after.value(QStringLiteral("topics")).toArray(), QJsonArray{QStringLiteral("e-commerce")});
        for (const QString& kept : {QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("kind"),
                                    QStringLiteral("mode"), QStringLiteral("participants")}) {
            QCOMPARE(after.value(kept), before.value(kept));
        }
    }

    void activityEditRefusals()
    {
        const QStringList edit{QStringLiteral("activity-edit"), m_file, QStringLiteral("risk indicators")};
        refused(edit, 2, QStringLiteral("Nothing to change"));
        refused(edit + QStringList{QStringLiteral("--kind"), QStringLiteral("party")}, 2, QStringLiteral("--kind"));
        refused(edit + QStringList{QStringLiteral("--from"), QStringLiteral("soon")}, 2, QStringLiteral("--from"));
        refused(edit + QStringList{QStringLiteral("--online"), QStringLiteral("--country"), QStringLiteral("Fiji")}, 2,
                QStringLiteral("--online"));
        // The last day before the first: core's rule.
        refused(edit + QStringList{QStringLiteral("--to"), QStringLiteral("2025-01-01")}, 1, QString());
        refused(edit + QStringList{QStringLiteral("--language"), QStringLiteral("Tongan"), QStringLiteral("--as"),
                                   QStringLiteral("olga")},
                1, QString());
        refused({QStringLiteral("activity-edit"), m_file, QStringLiteral("No such activity"),
                 QStringLiteral("--language"), QStringLiteral("Tongan")},
                1, QStringLiteral("No such activity"));
    }

    void activityEditReplacesWhoTakesPart()
    {
        const QJsonArray before =
            find(QStringLiteral("activities"), QStringLiteral("title"), QStringLiteral("risk indicators"))
                .value(QStringLiteral("participants"))
                .toArray();
        QVERIFY2(before.size() >= 2, "the demo's online activity has several participants");
        const QJsonObject kept = before.at(0).toObject();
        const QStringList edit{QStringLiteral("activity-edit"), m_file, QStringLiteral("risk indicators")};
        // Someone never accredited cannot co-facilitate; a role that is none is a usage error.
        refused(edit + QStringList{QStringLiteral("--participant"), QStringLiteral("Diallo")}, 1, QString());
        refused(edit + QStringList{QStringLiteral("--participant"), QStringLiteral("Diallo:boss")}, 2,
                QStringLiteral("boss"));
        refused(edit + QStringList{QStringLiteral("--participant"), QStringLiteral("Nobody Such")}, 1,
                QStringLiteral("Nobody Such"));
        refused(edit + QStringList{QStringLiteral("--participant"),
                                   kept.value(QStringLiteral("candidate_id")).toString(),
                                   QStringLiteral("--no-participants")},
                2, QStringLiteral("--no-participants"));
        // Named again, a participant keeps their record; the others leave.
        QString out;
        QString err;
        QVERIFY2(cli(edit + QStringList{QStringLiteral("--participant"),
                                        kept.value(QStringLiteral("candidate_id")).toString()},
                     &out, &err) == 0,
                 qPrintable(err));
        const QJsonArray after =
            find(QStringLiteral("activities"), QStringLiteral("title"), QStringLiteral("risk indicators"))
                .value(QStringLiteral("participants"))
                .toArray();
        QCOMPARE(after, QJsonArray{kept});
    }

    void checkFindsNothingWrong()
    {
        QString out;
        QString err;
        QVERIFY2(cli({QStringLiteral("check"), m_file}, &out, &err) == 0, qPrintable(out + err));
    }
};

AD_TEST_GUILESS_MAIN(TestRecordEditCli)
#include "TestRecordEditCli.moc"
