// SPDX-License-Identifier: GPL-3.0-or-later
// A workshop's own criteria through accreditation-desk-cli, run as a process: the list
// (table and --json, with the scores already given), one change a call (--add with a key
// made from the name, --rename keeping the key, --remove by key or name saying which scores
// leave the form), core's refusals (exit 1) and usage errors (exit 2).
#include "TestSupport.h"

#include "store/Store.h"
#include "store/Workshops.h"
#include "domain/Workshop.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestWorkshopCriteriaCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    const QString m_workshop = QStringLiteral("Kashiwa assessment");

    int cli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr)
    {
        return run(QStringLiteral(AD_CLI_PATH), arguments, out, err);
    }

    int criteria(const QStringList& options, QString* out = nullptr, QString* err = nullptr)
    {
        return cli(QStringList{QStringLiteral("workshop-criteria"), m_file, m_workshop} + options, out, err);
    }

    QJsonArray listed()
    {
        QString out;
        criteria({QStringLiteral("--json")}, &out);
        return QJsonDocument::fromJson(out.toUtf8()).array();
    }

    static QStringList keysOf(const QJsonArray& array)
    {
        QStringList keys;
        for (const QJsonValue& v : array) {
            keys.append(v.toObject().value(QStringLiteral("key")).toString());
        }
        return keys;
    }

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("criteria.accred"));
        {
            auto store = createStore(m_file);
            QVERIFY(store);
            QVERIFY(!makeAssessedWorkshop(*store, m_dir.path()).isNull());
            QVERIFY(store->workshops().save(sampleWorkshop(QStringLiteral("Kashiwa follow-up"))).ok());
        }
    }

    void listsTheCriteriaInFormOrderWithTheirScores()
    {
        QString out;
        QString err;
        QVERIFY2(criteria({}, &out, &err) == 0, qPrintable(err));
        QVERIFY(out.contains(QStringLiteral("Participation in discussions")));
        QVERIFY(out.indexOf(QStringLiteral("group_activities")) < out.indexOf(QStringLiteral("presentations")));
        const QJsonArray array = listed();
        QCOMPARE(keysOf(array), (QStringList{QStringLiteral("discussions"), QStringLiteral("group_activities"),
                                             QStringLiteral("presentations")}));
        QCOMPARE(array.at(2).toObject().value(QStringLiteral("scores")).toInt(), 10);
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("scores")).toInt(), 0);
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("position")).toInt(), 1);
        // By id too; words matching two workshops are refused with both named.
        QString id;
        const QJsonArray workshops = QJsonDocument::fromJson([&]() {
                                         QString list;
                                         cli({QStringLiteral("workshops"), m_file, QStringLiteral("--json")}, &list);
                                         return list.toUtf8();
                                     }())
                                         .array();
        for (const QJsonValue& w : workshops) {
            if (w.toObject().value(QStringLiteral("title")).toString() == m_workshop) {
                id = w.toObject().value(QStringLiteral("id")).toString();
            }
        }
        QVERIFY(!id.isEmpty());
        QCOMPARE(cli({QStringLiteral("workshop-criteria"), m_file, id, QStringLiteral("--json")}, &out), 0);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).array().size(), 3);
        QCOMPARE(cli({QStringLiteral("workshop-criteria"), m_file, QStringLiteral("Kashiwa")}, nullptr, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("Kashiwa follow-up")), qPrintable(err));
    }

    void addsWithAKeyFromTheName()
    {
        QString out;
        QString err;
        QVERIFY2(criteria({QStringLiteral("--add"), QStringLiteral("Role play"), QStringLiteral("--description"),
                           QStringLiteral("Stays in role under pressure")},
                          &out, &err) == 0,
                 qPrintable(err));
        QVERIFY2(out.contains(QStringLiteral("role_play")), qPrintable(out));
        QCOMPARE(criteria({QStringLiteral("--add"), QStringLiteral("Role play!")}, &out), 0);
        const QJsonArray array = listed();
        QCOMPARE(keysOf(array).mid(3), (QStringList{QStringLiteral("role_play"), QStringLiteral("role_play_2")}));
        QCOMPARE(array.at(3).toObject().value(QStringLiteral("description")).toString(),
                 QStringLiteral("Stays in role under pressure"));
    }

    void renamesKeepingTheKeyAndTheDescription()
    {
        QString err;
        QVERIFY2(criteria({QStringLiteral("--rename"), QStringLiteral("role_play"), QStringLiteral("--name"),
                           QStringLiteral("Role-play exercise")},
                          nullptr, &err) == 0,
                 qPrintable(err));
        QCOMPARE(criteria({QStringLiteral("--rename"), QStringLiteral("presentations"), QStringLiteral("--description"),
                           QStringLiteral("Clear, on time, answers questions")}),
                 0);
        const QJsonArray array = listed();
        QCOMPARE(array.at(3).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("role_play"));
        QCOMPARE(array.at(3).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Role-play exercise"));
        QCOMPARE(array.at(3).toObject().value(QStringLiteral("description")).toString(),
                 QStringLiteral("Stays in role under pressure"));
        // The renamed criterion keeps its scores.
        QCOMPARE(array.at(2).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Presentations"));
        QCOMPARE(array.at(2).toObject().value(QStringLiteral("scores")).toInt(), 10);
    }

    void removesByKeyOrNameAndSaysWhichScoresLeaveTheForm()
    {
        QString out;
        QCOMPARE(criteria({QStringLiteral("--remove"), QStringLiteral("participation in DISCUSSIONS")}, &out), 0);
        QVERIFY2(!out.contains(QStringLiteral("score")), qPrintable(out));
        QCOMPARE(criteria({QStringLiteral("--remove"), QStringLiteral("presentations")}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("10 score")) && out.contains(QStringLiteral("stay in the file")),
                 qPrintable(out));
        QCOMPARE(keysOf(listed()), (QStringList{QStringLiteral("group_activities"), QStringLiteral("role_play"),
                                                QStringLiteral("role_play_2")}));
        // The scores are still in the file: adding "Presentations" again gets another key,
        // so they do not come back under a new criterion.
        QCOMPARE(criteria({QStringLiteral("--add"), QStringLiteral("Presentations"), QStringLiteral("--json")}, &out),
                 0);
        const QJsonArray array = QJsonDocument::fromJson(out.toUtf8()).array();
        QCOMPARE(array.last().toObject().value(QStringLiteral("key")).toString(), QStringLiteral("presentations_2"));
        QCOMPARE(array.last().toObject().value(QStringLiteral("scores")).toInt(), 0);
    }

    void refusalsAndUsage()
    {
        QString err;
        // Core's refusal, word for word.
        QCOMPARE(criteria({QStringLiteral("--rename"), QStringLiteral("role_play"), QStringLiteral("--name"),
                           QStringLiteral("   ")},
                          nullptr, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("needs a key without ':' and a name")), qPrintable(err));
        QCOMPARE(criteria({QStringLiteral("--remove"), QStringLiteral("juggling")}, nullptr, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("juggling")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("workshop-criteria"), m_file, QStringLiteral("Nowhere")}, nullptr, &err), 1);
        QCOMPARE(keysOf(listed()).size(), 4);  // nothing changed

        QCOMPARE(criteria({QStringLiteral("--add"), QStringLiteral("A"), QStringLiteral("--remove"),
                           QStringLiteral("role_play")}),
                 2);
        QCOMPARE(criteria({QStringLiteral("--name"), QStringLiteral("A")}), 2);
        QCOMPARE(criteria({QStringLiteral("--rename"), QStringLiteral("role_play")}), 2);
        QCOMPARE(criteria({QStringLiteral("--description"), QStringLiteral("A")}), 2);
        QCOMPARE(cli({QStringLiteral("workshop-criteria"), m_file}), 2);
        QString out;
        QCOMPARE(cli({QStringLiteral("workshop-criteria"), QStringLiteral("--help")}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("--rename")));
    }
};

AD_TEST_MAIN(TestWorkshopCriteriaCli)
#include "TestWorkshopCriteriaCli.moc"
