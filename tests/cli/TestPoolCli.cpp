// SPDX-License-Identifier: GPL-3.0-or-later
// The pool's commands run as a process: activities, activity-add (with the refusal of
// time beyond the commitment), activity-remove (its reason, its refusal), pool and available.
#include "TestSupport.h"
#include "TestMain.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestPoolCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    int cli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr)
    {
        return run(QStringLiteral(AD_CLI_PATH), arguments, out, err);
    }

    QJsonObject advisor(const QString& familyName)
    {
        QString out;
        cli({QStringLiteral("pool"), m_demo, QStringLiteral("--json")}, &out);
        for (const QJsonValue& value : QJsonDocument::fromJson(out.toUtf8()).array()) {
            if (value.toObject().value(QStringLiteral("family_name")).toString() == familyName) {
                return value.toObject();
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.accred"));
        QCOMPARE(cli({QStringLiteral("demo"), m_demo}), 0);
    }

    void everyCommandHasHelp()
    {
        QString out;
        QCOMPARE(cli({QStringLiteral("--help")}, &out), 0);
        for (const char* command : {"activities", "activity-add", "activity-remove", "pool", "available"}) {
            QVERIFY2(out.contains(QLatin1String(command)), command);
            QString help;
            QCOMPARE(cli({QLatin1String(command), QStringLiteral("--help")}, &help), 0);
            QVERIFY(help.contains(QStringLiteral("accreditation-desk-cli ") + QLatin1String(command)));
        }
    }

    void activitiesListsWhoTookPart()
    {
        QString out;
        QCOMPARE(cli({QStringLiteral("activities"), m_demo, QStringLiteral("--json")}, &out), 0);
        const QJsonArray activities = QJsonDocument::fromJson(out.toUtf8()).array();
        QCOMPARE(activities.size(), 5);
        const QJsonObject casablanca = activities.first().toObject();
        QCOMPARE(casablanca.value(QStringLiteral("kind")).toString(), QStringLiteral("operation"));
        QCOMPARE(casablanca.value(QStringLiteral("topics")).toArray().first().toString(), QStringLiteral("medicines"));
        const QJsonArray participants = casablanca.value(QStringLiteral("participants")).toArray();
        QCOMPARE(participants.size(), 2);
        QCOMPARE(participants.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Youssef El Amrani"));
        QCOMPARE(participants.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("lead"));
        QVERIFY(participants.at(1).toObject().value(QStringLiteral("voluntary_extra")).toBool());
        QCOMPARE(cli({QStringLiteral("activities"), m_demo}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("Haruka Sato (Stage 3 candidate)")));
        QVERIFY(out.contains(QStringLiteral("5 activit")));  // the plural comes with the translations
    }

    void poolShowsWeeksUsedAndLeft()
    {
        const QJsonObject sato = advisor(QStringLiteral("Sato"));
        QCOMPARE(sato.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
        QCOMPARE(sato.value(QStringLiteral("accredited_on")).toString(), QStringLiteral("2024-04-17"));
        QCOMPARE(sato.value(QStringLiteral("weeks_used")).toDouble(), 1.6);
        QCOMPARE(sato.value(QStringLiteral("weeks_left")).toDouble(), 10.4);
        QCOMPARE(sato.value(QStringLiteral("summary")).toString(), QStringLiteral("1.6 / 12 weeks, until 2027-04-17"));
        QCOMPARE(sato.value(QStringLiteral("unavailability")).toArray().size(), 1);
        const QJsonObject marchand = advisor(QStringLiteral("Marchand"));
        QCOMPARE(marchand.value(QStringLiteral("state")).toString(), QStringLiteral("commitment_ended"));
        QCOMPARE(marchand.value(QStringLiteral("weeks_voluntary_extra")).toDouble(), 2.0);
        QCOMPARE(advisor(QStringLiteral("Wróbel")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("retired"));
        QString out;
        QCOMPARE(cli({QStringLiteral("pool"), m_demo}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("1.6 / 12 weeks, until 2027-04-17")));
        QVERIFY(out.contains(QStringLiteral("4 advisor")));
    }

    void activityAddRecordsAndShowsTheLedger()
    {
        QString out;
        QString err;
        // Monday 1 to Friday 5 March 2027, within Sato's commitment.
        QCOMPARE(cli({QStringLiteral("activity-add"),  m_demo,
                      QStringLiteral("--kind"),        QStringLiteral("technical_assistance"),
                      QStringLiteral("--from"),        QStringLiteral("2027-03-01"),
                      QStringLiteral("--to"),          QStringLiteral("2027-03-05"),
                      QStringLiteral("--country"),     QStringLiteral("Fiji"),
                      QStringLiteral("--city"),        QStringLiteral("Suva"),
                      QStringLiteral("--language"),    QStringLiteral("English"),
                      QStringLiteral("--topic"),       QStringLiteral("e-commerce"),
                      QStringLiteral("--participant"), QStringLiteral("Sato:lead"),
                      QStringLiteral("--participant"), QStringLiteral("Nguyen:stage3_candidate")},
                     &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("Haruka Sato, Lead: 2.6 / 12 weeks, until 2027-04-17")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Minh Anh Nguyen, Stage 3 candidate")));
        QCOMPARE(advisor(QStringLiteral("Sato")).value(QStringLiteral("weeks_used")).toDouble(), 2.6);
    }

    void timeBeyondTheCommitmentNeedsAVoluntaryExtra()
    {
        // Ten weeks from Monday 4 January 2027: more than El Amrani's 9.4 left.
        const QStringList add = {QStringLiteral("activity-add"),   m_demo,
                                 QStringLiteral("--kind"),         QStringLiteral("operation"),
                                 QStringLiteral("--from"),         QStringLiteral("2027-01-11"),
                                 QStringLiteral("--to"),           QStringLiteral("2027-03-19"),
                                 QStringLiteral("--online"),       QStringLiteral("--title"),
                                 QStringLiteral("Long operation"), QStringLiteral("--participant"),
                                 QStringLiteral("El Amrani:lead")};
        QString out;
        QString err;
        auto activityCount = [&] {
            QString listed;
            cli({QStringLiteral("activities"), m_demo, QStringLiteral("--json")}, &listed);
            return QJsonDocument::fromJson(listed.toUtf8()).array().size();
        };
        const auto before = activityCount();
        QCOMPARE(cli(add, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("beyond the 12 weeks")), qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("voluntary extra")));
        QCOMPARE(activityCount(), before);  // nothing recorded
        QCOMPARE(cli(add + QStringList{QStringLiteral("--voluntary-extra"), QStringLiteral("Asked to see it through")},
                     &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("12 / 12 weeks + 0.6 voluntary, until 2027-04-17")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("(voluntary extra: Asked to see it through)")));
    }

    void refusalsAndUsageErrors()
    {
        QString out;
        QString err;
        const QStringList base = {QStringLiteral("activity-add"), m_demo,
                                  QStringLiteral("--kind"),       QStringLiteral("operation"),
                                  QStringLiteral("--from"),       QStringLiteral("2027-02-01"),
                                  QStringLiteral("--to"),         QStringLiteral("2027-02-02"),
                                  QStringLiteral("--online")};
        QCOMPARE(cli(base + QStringList{QStringLiteral("--participant"), QStringLiteral("Diallo:lead")}, &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("only as a Stage 3 candidate")), qPrintable(err));
        QCOMPARE(cli(base + QStringList{QStringLiteral("--participant"), QStringLiteral("Nobody")}, &out, &err), 1);
        QVERIFY(err.contains(QStringLiteral("No candidate matches")));
        QCOMPARE(cli(base + QStringList{QStringLiteral("--participant"), QStringLiteral("Sato:boss")}, &out, &err), 2);
        QCOMPARE(cli(base + QStringList{QStringLiteral("--country"), QStringLiteral("Fiji")}, &out, &err), 2);
        QCOMPARE(cli({QStringLiteral("activity-add"), m_demo, QStringLiteral("--from"), QStringLiteral("2027-02-01"),
                      QStringLiteral("--to"), QStringLiteral("2027-02-02")},
                     &out, &err),
                 2);  // no kind
        QCOMPARE(cli({QStringLiteral("available"), m_demo, QStringLiteral("--from"), QStringLiteral("1 May"),
                      QStringLiteral("--to"), QStringLiteral("2027-02-02")},
                     &out, &err),
                 2);
        QVERIFY(err.contains(QStringLiteral("YYYY-MM-DD")));
        QCOMPARE(cli({QStringLiteral("available"), m_demo, QStringLiteral("--from"), QStringLiteral("2027-02-05"),
                      QStringLiteral("--to"), QStringLiteral("2027-02-02")},
                     &out, &err),
                 1);
        QVERIFY(err.contains(QStringLiteral("ends before it starts")));
    }

    void availableRanksAndExcludesWithReasons()
    {
        // During El Amrani's declared leave (20 to 41 days from the day the demo was made).
        const QDate from = QDate::currentDate().addDays(25);
        QString out;
        QCOMPARE(cli({QStringLiteral("available"), m_demo, QStringLiteral("--from"), from.toString(Qt::ISODate),
                      QStringLiteral("--to"), from.addDays(2).toString(Qt::ISODate), QStringLiteral("--language"),
                      QStringLiteral("English"), QStringLiteral("--json")},
                     &out),
                 0);
        const QJsonObject result = QJsonDocument::fromJson(out.toUtf8()).object();
        const QJsonArray available = result.value(QStringLiteral("available")).toArray();
        const QJsonArray excluded = result.value(QStringLiteral("excluded")).toArray();
        QCOMPARE(available.size() + excluded.size(), 4);
        QStringList excludedNames;
        for (const QJsonValue& e : excluded) {
            excludedNames.append(e.toObject().value(QStringLiteral("name")).toString());
            QVERIFY(!e.toObject().value(QStringLiteral("reasons")).toArray().isEmpty());
        }
        QVERIFY(excludedNames.contains(QStringLiteral("Youssef El Amrani")));
        QVERIFY(excludedNames.contains(QStringLiteral("Élodie Marchand")));
        if (!available.isEmpty()) {
            QVERIFY(!available.first().toObject().value(QStringLiteral("reasons")).toArray().isEmpty());
        }
    }

    void theWeekCountingRuleIsASetting()
    {
        const QString file = m_dir.filePath(QStringLiteral("weeks.accred"));
        QCOMPARE(cli({QStringLiteral("demo"), file}), 0);
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("settings"), file}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("(working_days)")));
        QCOMPARE(cli({QStringLiteral("settings"), file, QStringLiteral("--week-counting"), QStringLiteral("weekly")},
                     &out, &err),
                 2);
        QCOMPARE(
            cli({QStringLiteral("settings"), file, QStringLiteral("--week-counting"), QStringLiteral("started_weeks")},
                &out),
            0);
        QVERIFY(out.contains(QStringLiteral("(started_weeks)")));
        QCOMPARE(cli({QStringLiteral("pool"), file}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("2 / 12 weeks, until 2027-04-17")), qPrintable(out));  // Sato
    }

    void activityRemoveObeysTheRule()
    {
        const QString file = m_dir.filePath(QStringLiteral("remove.accred"));
        QCOMPARE(cli({QStringLiteral("demo"), file}), 0);
        QString out;
        QString err;
        auto activityIds = [&] {
            QString listed;
            cli({QStringLiteral("activities"), file, QStringLiteral("--json")}, &listed);
            QHash<QString, QString> ids;
            for (const QJsonValue& value : QJsonDocument::fromJson(listed.toUtf8()).array()) {
                ids.insert(value.toObject().value(QStringLiteral("title")).toString(),
                           value.toObject().value(QStringLiteral("id")).toString());
            }
            return ids;
        };
        auto satoWeeksUsed = [&] {
            QString pool;
            cli({QStringLiteral("pool"), file, QStringLiteral("--json")}, &pool);
            for (const QJsonValue& value : QJsonDocument::fromJson(pool.toUtf8()).array()) {
                if (value.toObject().value(QStringLiteral("family_name")).toString() == QLatin1String("Sato")) {
                    return value.toObject().value(QStringLiteral("weeks_used")).toDouble();
                }
            }
            return -1.0;
        };
        const auto ids = activityIds();
        QCOMPARE(ids.size(), 5);
        const QString seminar = QStringLiteral("Regional seminar on e-commerce and small consignments");
        const QString hanoi = QStringLiteral("National workshop on IPR border enforcement");
        QVERIFY(ids.contains(seminar) && ids.contains(hanoi));

        // Usage: the activity is missing.
        QCOMPARE(cli({QStringLiteral("activity-remove"), file}, &out, &err), 2);
        // None, or several, match.
        QCOMPARE(cli({QStringLiteral("activity-remove"), file, QStringLiteral("Nowhere")}, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("No activity matches")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("activity-remove"), file, QStringLiteral("e-commerce")}, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("matches several activities")), qPrintable(err));

        // Held in 2024 with Sato as lead: only with a reason.
        QCOMPARE(cli({QStringLiteral("activity-remove"), file, QStringLiteral("regional seminar")}, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("Say why")) && err.contains(QStringLiteral("--reason")), qPrintable(err));
        QCOMPARE(activityIds().size(), 5);
        QCOMPARE(satoWeeksUsed(), 1.6);
        QCOMPARE(cli({QStringLiteral("activity-remove"), file, ids.value(seminar), QStringLiteral("--reason"),
                      QStringLiteral("Recorded twice")},
                     &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("Removed \"") + seminar), qPrintable(out));
        QVERIFY(!activityIds().contains(seminar));
        QString audit;
        QCOMPARE(cli({QStringLiteral("audit"), file, QStringLiteral("--json")}, &audit), 0);
        QJsonObject last;  // the command's entry, before the lease's
        for (const QJsonValue& entry : QJsonDocument::fromJson(audit.toUtf8()).array()) {
            if (entry.toObject().value(QStringLiteral("action")).toString() == QLatin1String("activity.remove")) {
                last = entry.toObject();
            }
        }
        QCOMPARE(last.value(QStringLiteral("entity_id")).toString(), ids.value(seminar));
        QCOMPARE(last.value(QStringLiteral("new")).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Recorded twice"));
        QCOMPARE(last.value(QStringLiteral("old")).toObject().value(QStringLiteral("title")).toString(), seminar);
        QCOMPARE(satoWeeksUsed(), 0.6);  // her week at the seminar is given back

        // A Stage 3 appraisal recorded for Hanoi: refused, with or without a reason.
        QCOMPARE(cli({QStringLiteral("consensus"), file, QStringLiteral("Sato"), QStringLiteral("--criterion"),
                      QStringLiteral("activity:") + ids.value(hanoi), QStringLiteral("--rating"), QStringLiteral("3")},
                     &out, &err),
                 0);
        QCOMPARE(cli({QStringLiteral("activity-remove"), file, ids.value(hanoi), QStringLiteral("--reason"),
                      QStringLiteral("Tidy up")},
                     &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("Stage 3 appraisals")) &&
                     err.contains(QStringLiteral("Keep the activity")),
                 qPrintable(err));
        QVERIFY(activityIds().contains(hanoi));

        // A planned one goes without a reason.
        const QDate from = QDate::currentDate().addDays(40);
        QCOMPARE(cli({QStringLiteral("activity-add"), file, QStringLiteral("--kind"), QStringLiteral("operation"),
                      QStringLiteral("--from"), from.toString(Qt::ISODate), QStringLiteral("--to"),
                      from.addDays(1).toString(Qt::ISODate), QStringLiteral("--online"), QStringLiteral("--title"),
                      QStringLiteral("Planned operation"), QStringLiteral("--participant"),
                      QStringLiteral("Nguyen:stage3_candidate")},
                     &out, &err),
                 0);
        QCOMPARE(cli({QStringLiteral("activity-remove"), file, QStringLiteral("Planned operation")}, &out, &err), 0);
        QVERIFY(!activityIds().contains(QStringLiteral("Planned operation")));
        QCOMPARE(cli({QStringLiteral("check"), file}, &out, &err), 0);
    }
};

AD_TEST_GUILESS_MAIN(TestPoolCli)
#include "TestPoolCli.moc"
