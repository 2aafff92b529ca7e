// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #13's rules through the CLI, as an officer runs them on the demo file: who is in the
// pool after a reversal, a "not accredited" or a reinstatement (pool, available,
// activity-add, the printed roster); Stage 3 only for those who passed the workshop; outcomes that agree with the
// decisions and do not precede their step; and check naming each broken invariant.
#include "TestSupport.h"
#include "TestMain.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestRulesCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_count = 0;

    int cli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr)
    {
        return run(QStringLiteral(AD_CLI_PATH), arguments, out, err);
    }

    QString copyOfDemo()
    {
        const QString file = m_dir.filePath(QStringLiteral("rules-%1.accred").arg(++m_count));
        return QFile::copy(m_demo, file) ? file : QString();
    }

    QJsonObject advisor(const QString& file, const QString& familyName)
    {
        QString out;
        cli({QStringLiteral("pool"), file, QStringLiteral("--json")}, &out);
        for (const QJsonValue& value : QJsonDocument::fromJson(out.toUtf8()).array()) {
            if (value.toObject().value(QStringLiteral("family_name")).toString() == familyName) {
                return value.toObject();
            }
        }
        return {};
    }

    QStringList activityAdd(const QString& file, const QDate& from, const QString& participant)
    {
        return {QStringLiteral("activity-add"),
                file,
                QStringLiteral("--kind"),
                QStringLiteral("technical_assistance"),
                QStringLiteral("--from"),
                from.toString(Qt::ISODate),
                QStringLiteral("--to"),
                from.addDays(1).toString(Qt::ISODate),
                QStringLiteral("--online"),
                QStringLiteral("--participant"),
                participant};
    }

    QStringList available(const QString& file)
    {
        const QDate from = QDate::currentDate().addDays(14);
        return {QStringLiteral("available"), file,
                QStringLiteral("--from"),    from.toString(Qt::ISODate),
                QStringLiteral("--to"),      from.addDays(1).toString(Qt::ISODate),
                QStringLiteral("--json")};
    }

    /// The text of the printed pool roster of `file`.
    QString roster(const QString& file)
    {
        const QString pdf = file + QStringLiteral(".roster.pdf");
        QString out;
        QString err;
        if (cli({QStringLiteral("print"), file, QStringLiteral("--roster"), QStringLiteral("-o"), pdf}, &out, &err) !=
            0) {
            return err;
        }
        run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}, &out);
        return out;
    }

    static QStringList names(const QJsonArray& list)
    {
        QStringList found;
        for (const QJsonValue& value : list) {
            found.append(value.toObject().value(QStringLiteral("name")).toString());
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.accred"));
        QCOMPARE(cli({QStringLiteral("demo"), m_demo}), 0);
        QString out;
        QCOMPARE(cli({QStringLiteral("check"), m_demo}, &out), 0);
    }

    void aReversedAccreditationLeavesThePoolOnEveryCommand()
    {
        const QString file = copyOfDemo();
        QVERIFY(!file.isEmpty());
        QString out;
        QString err;
        QCOMPARE(advisor(file, QStringLiteral("El Amrani")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("active"));
        QCOMPARE(cli({QStringLiteral("reverse"), file, QStringLiteral("El Amrani"), QStringLiteral("--reason"),
                      QStringLiteral("Recorded by mistake")},
                     &out, &err),
                 0);
        QCOMPARE(cli({QStringLiteral("advance"), file, QStringLiteral("El Amrani"), QStringLiteral("--to"),
                      QStringLiteral("not_accredited"), QStringLiteral("--reason"), QStringLiteral("Field report")},
                     &out, &err),
                 0);
        QVERIFY(advisor(file, QStringLiteral("El Amrani")).isEmpty());
        QCOMPARE(cli(available(file), &out, &err), 0);
        const QJsonObject found = QJsonDocument::fromJson(out.toUtf8()).object();
        QVERIFY2(
            !names(found.value(QStringLiteral("available")).toArray()).contains(QStringLiteral("Youssef El Amrani")),
            qPrintable(out));
        QVERIFY(
            !names(found.value(QStringLiteral("excluded")).toArray()).contains(QStringLiteral("Youssef El Amrani")));
        QVERIFY(names(found.value(QStringLiteral("available")).toArray()).contains(QStringLiteral("Haruka Sato")));
        QCOMPARE(cli(activityAdd(file, QDate::currentDate().addDays(14), QStringLiteral("El Amrani:lead")), &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("Youssef El Amrani is not an accredited advisor")), qPrintable(err));
        const QString printed = roster(file);
        QVERIFY2(printed.contains(QStringLiteral("Sato"), Qt::CaseInsensitive) &&
                     !printed.contains(QStringLiteral("El Amrani"), Qt::CaseInsensitive) &&
                     printed.contains(QStringLiteral("3 accredited advisor")),
                 qPrintable(printed));
        QCOMPARE(cli({QStringLiteral("check"), file}, &out, &err), 0);
    }

    void aReinstatedAdvisorStaysOutOfThePool()
    {
        const QString file = copyOfDemo();
        QVERIFY(!file.isEmpty());
        QString out;
        QString err;
        for (const char* to : {"withdrawn", "applied"}) {
            QCOMPARE(cli({QStringLiteral("advance"), file, QStringLiteral("Sato"), QStringLiteral("--to"),
                          QLatin1String(to), QStringLiteral("--reason"), QStringLiteral("Asked to")},
                         &out, &err),
                     0);
        }
        QCOMPARE(advisor(file, QStringLiteral("Sato")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("withdrawn"));
        QCOMPARE(cli(available(file), &out, &err), 0);
        const QJsonObject found = QJsonDocument::fromJson(out.toUtf8()).object();
        QVERIFY2(!names(found.value(QStringLiteral("available")).toArray()).contains(QStringLiteral("Haruka Sato")),
                 qPrintable(out));
        QCOMPARE(cli(activityAdd(file, QDate::currentDate().addDays(14), QStringLiteral("Sato:lead")), &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("Haruka Sato has left the pool")), qPrintable(err));
        // The printed roster shows her as withdrawn (no one else in the demo's pool is).
        const QString printed = roster(file);
        QVERIFY2(printed.contains(QStringLiteral("Withdrawn")), qPrintable(printed));
        QCOMPARE(cli({QStringLiteral("check"), file}, &out, &err), 0);
    }

    void stage3OnlyAfterPassingTheWorkshop()
    {
        const QString file = copyOfDemo();
        QVERIFY(!file.isEmpty());
        QString out;
        QString err;
        QCOMPARE(cli(activityAdd(file, QDate::currentDate().addDays(14), QStringLiteral("Mensah:stage3_candidate")),
                     &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("Kwame Mensah is at \"Waitlisted\" and has not passed the workshop")),
                 qPrintable(err));
        QCOMPARE(cli({QStringLiteral("activities"), file}, &out, &err), 0);
        QVERIFY(out.contains(QStringLiteral("5 activit")));
        QCOMPARE(cli(activityAdd(file, QDate::currentDate().addDays(14), QStringLiteral("Haddad:stage3_candidate")),
                     &out, &err),
                 0);
        QCOMPARE(cli({QStringLiteral("check"), file}, &out, &err), 0);
    }

    void outcomesAndDecisionsAgree()
    {
        const QString file = copyOfDemo();
        QVERIFY(!file.isEmpty());
        QString out;
        QString err;
        const QStringList fieldNotPassed = {QStringLiteral("outcome"),          file,
                                            QStringLiteral("Haddad"),           QStringLiteral("--step"),
                                            QStringLiteral("field_assessment"), QStringLiteral("--not-passed")};
        // Not before a Stage 3 activity has begun.
        QCOMPARE(cli(fieldNotPassed, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("no Stage 3 activity")), qPrintable(err));
        QCOMPARE(cli(activityAdd(file, QDate::currentDate().addDays(-3), QStringLiteral("Haddad:stage3_candidate")),
                     &out, &err),
                 0);
        QCOMPARE(cli(fieldNotPassed, &out, &err), 0);
        // Accrediting against it needs the override.
        QStringList accredit = {QStringLiteral("advance"),    file,
                                QStringLiteral("Haddad"),     QStringLiteral("--to"),
                                QStringLiteral("accredited"), QStringLiteral("--reason"),
                                QStringLiteral("Panel")};
        QCOMPARE(cli(accredit, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("\"not passed\"")) && err.contains(QStringLiteral("--override")),
                 qPrintable(err));
        QVERIFY(advisor(file, QStringLiteral("Haddad")).isEmpty());
        accredit << QStringLiteral("--override") << QStringLiteral("Second visit convinced the panel");
        QCOMPARE(cli(accredit, &out, &err), 0);
        QCOMPARE(advisor(file, QStringLiteral("Haddad")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("active"));
        // A workshop's outcome waits for its first day (Joseph's Nairobi workshop is ahead).
        QCOMPARE(cli({QStringLiteral("outcome"), file, QStringLiteral("Joseph"), QStringLiteral("--step"),
                      QStringLiteral("workshop"), QStringLiteral("--passed")},
                     &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("begins on")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("check"), file}, &out, &err), 0);
    }

    void checkNamesEachBrokenInvariant()
    {
        const QString file = copyOfDemo();
        QVERIFY(!file.isEmpty());
        const QString error = runSql(file, {QStringLiteral("UPDATE candidate SET stage = 'accredited' WHERE "
                                                           "family_name = 'Haddad'"),
                                            QStringLiteral("INSERT INTO activity_participant (activity_id, "
                                                           "candidate_id, position, role, voluntary_extra, "
                                                           "extra_reason) SELECT a.id, c.id, 9, 'stage3_candidate', "
                                                           "0, '' FROM activity a, candidate c WHERE c.family_name "
                                                           "= 'Mensah' AND a.kind = 'stage3_assessment'")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("check"), file}, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("[stage] Layla Haddad is recorded at stage \"accredited\"")),
                 qPrintable(err));
        QVERIFY2(
            err.contains(QStringLiteral("[pool] Layla Haddad is at stage \"accredited\" but no standing decision")),
            qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("[stage3] Kwame Mensah takes part in")), qPrintable(err));
        // The records edited behind the application's back are named too (their seals).
        QVERIFY2(err.contains(QStringLiteral("changed outside Accreditation Desk")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral(": 5 problem")), qPrintable(err));
    }

    void checkCountsWithRealPlurals()
    {
        // The check counts in words, "2 decisions", never "2 decision(s)".
        const QString file = copyOfDemo();
        QVERIFY(!file.isEmpty());
        QCOMPARE(runSql(file, {QStringLiteral("INSERT INTO step_closure (workshop_id, step, closed, happened_at, "
                                              "person, reason, uninformed) SELECT id, 'field_assessment', 1, "
                                              "'2026-03-09T10:00:00.000Z', 'x', '', 2 FROM workshop LIMIT 1"),
                               QStringLiteral("DELETE FROM search_row WHERE row IN (SELECT rowid FROM search_index "
                                              "WHERE place = 'family_name')")}),
                 QString());
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("check"), file}, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral(" decisions not yet told, and no reason kept.")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral(" fields in the search index do not lead to their candidate.")),
                 qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("(s)")), qPrintable(err));
    }
};

AD_TEST_GUILESS_MAIN(TestRulesCli)
#include "TestRulesCli.moc"
