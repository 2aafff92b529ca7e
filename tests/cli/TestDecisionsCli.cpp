// SPDX-License-Identifier: GPL-3.0-or-later
// Decisions through accreditation-desk-cli, run as a process, as an officer types them:
// names as printed are accepted back, a refused command leaves the file byte for byte as
// it was, a stale lease is taken over with a command the refusal names, advice names
// commands (never a window's area), to-inform lists each candidate once, and what cannot
// be true (a future accreditation, a commitment before the application, a hand screening
// against the candidate's data without a reason) is refused. A seat is in the workshop
// applied to, whichever command writes it (import, apply, enrol, advance).
#include "TestSupport.h"
#include "TestMain.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestDecisionsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    int cli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr)
    {
        return run(QStringLiteral(AD_CLI_PATH), arguments, out, err);
    }

    QJsonArray jsonOf(const QStringList& arguments)
    {
        QString out;
        cli(arguments, &out);
        return QJsonDocument::fromJson(out.toUtf8()).array();
    }

    QStringList auditActions()
    {
        QStringList actions;
        for (const QJsonValue& e : jsonOf({QStringLiteral("audit"), m_file, QStringLiteral("--json")})) {
            actions.append(e.toObject().value(QStringLiteral("action")).toString());
        }
        return actions;
    }

    QString backupFolder() const
    {
        const QFileInfo info(m_file);
        return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral("-backups");
    }

    QString idOf(const QString& family)
    {
        for (const QJsonValue& c : jsonOf({QStringLiteral("candidates"), m_file, QStringLiteral("--json")})) {
            if (c.toObject().value(QStringLiteral("family_name")).toString() == family) {
                return c.toObject().value(QStringLiteral("id")).toString();
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("decisions.accred"));
        QCOMPARE(cli({QStringLiteral("init"), m_file}), 0);
        const QString csv = m_dir.filePath(QStringLiteral("applications.csv"));
        QVERIFY(writeFile(csv,
                          "family_name,given_names,nationality,administration,region,email,years_in_customs,"
                          "english_level,education,application_date\n"
                          "Diallo,Mamadou,Senegalese,Douanes sénégalaises,west_central_africa,md@example.org,12,c1,"
                          "master,2026-01-10\n"
                          "Müller,Jürgen,German,Zoll,europe,jm@example.org,9,c2,bachelor,2026-01-11\n"
                          "Sato,Yumi,Japanese,Japan Customs,asia_pacific,ys@example.org,8,c1,master,2026-01-12\n"
                          "Sato,Ken,Japanese,Japan Customs,asia_pacific,ks@example.org,7,c1,master,2026-01-12\n"
                          "Mwangi,Grace,Kenyan,Kenya Revenue Authority,east_southern_africa,gm@example.org,4,c1,"
                          "master,2026-01-13\n"));
        QString err;
        QVERIFY2(cli({QStringLiteral("import"), m_file, csv}, nullptr, &err) == 0, qPrintable(err));
        // A workshop that ended last week, for decisions up to accreditation.
        QVERIFY2(cli({QStringLiteral("workshop-add"), m_file, QStringLiteral("--title"), QStringLiteral("Dakar"),
                      QStringLiteral("--start"), QDate::currentDate().addDays(-10).toString(Qt::ISODate)},
                     nullptr, &err) == 0,
                 qPrintable(err));
        QVERIFY2(cli({QStringLiteral("workshop-add"), m_file, QStringLiteral("--title"), QStringLiteral("Nairobi"),
                      QStringLiteral("--start"), QDate::currentDate().addDays(40).toString(Qt::ISODate)},
                     nullptr, &err) == 0,
                 qPrintable(err));
    }

    void namesAsPrintedAreAcceptedBack()
    {
        for (const QString& name :
             {QStringLiteral("Mamadou Diallo"), QStringLiteral("Diallo, Mamadou"), QStringLiteral("DIALLO Mamadou"),
              QStringLiteral("mamadou diallo"), idOf(QStringLiteral("Diallo"))}) {
            QString out;
            QString err;
            QVERIFY2(cli({QStringLiteral("history"), m_file, name}, &out, &err) == 0, qPrintable(name + err));
            QVERIFY2(out.contains(QStringLiteral("Mamadou Diallo")), qPrintable(out));
        }
        for (const QString& name :
             {QStringLiteral("Jurgen Muller"), QStringLiteral("MULLER, Jurgen"), QStringLiteral("Jürgen Müller")}) {
            QString out;
            QString err;
            QVERIFY2(cli({QStringLiteral("history"), m_file, name}, &out, &err) == 0, qPrintable(name + err));
            QVERIFY2(out.contains(QStringLiteral("Jürgen Müller")), qPrintable(out));
        }
        // "Sato" names two: both are listed with their ids, and one of them is then chosen.
        QString err;
        QCOMPARE(cli({QStringLiteral("history"), m_file, QStringLiteral("Sato")}, nullptr, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("Sato, Yumi (") + idOf(QStringLiteral("Sato")).left(8)) ||
                     err.contains(QStringLiteral("Sato, Yumi (")),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Sato, Ken (")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("id")), qPrintable(err));
        QString out;
        QCOMPARE(cli({QStringLiteral("history"), m_file, QStringLiteral("Yumi Sato")}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("Yumi Sato")));
        QCOMPARE(cli({QStringLiteral("history"), m_file, QStringLiteral("Nobody Here")}, nullptr, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("No candidate matches")), qPrintable(err));
    }

    void aRefusedCommandWritesNothing()
    {
        // One change first, so that the day's backup exists or not by this test's own doing.
        QDir(backupFolder()).removeRecursively();
        const QString before = sha256Of(m_file);
        const QList<QStringList> refused = {
            {QStringLiteral("commitment"), m_file, QStringLiteral("Mamadou Diallo"), QStringLiteral("--given"),
             QStringLiteral("2025-12-01"), QStringLiteral("--how"), QStringLiteral("Signed form")},
            {QStringLiteral("advance"), m_file, QStringLiteral("Mamadou Diallo"), QStringLiteral("--to"),
             QStringLiteral("confirmed"), QStringLiteral("--reason"), QStringLiteral("Too early")},
            {QStringLiteral("inform"), m_file, QStringLiteral("Mamadou Diallo"), QStringLiteral("--channel"),
             QStringLiteral("email")},
            {QStringLiteral("screening"), m_file, QStringLiteral("Grace Mwangi"), QStringLiteral("--hard"),
             QStringLiteral("met"), QStringLiteral("--counted"), QStringLiteral("5/7")},
            {QStringLiteral("enrol"), m_file, QStringLiteral("Grace Mwangi"), QStringLiteral("--none")},
        };
        for (const QStringList& command : refused) {
            QString err;
            cli(command, nullptr, &err);
            QCOMPARE(sha256Of(m_file), before);
        }
        QVERIFY(!QFileInfo::exists(backupFolder()) || QDir(backupFolder()).isEmpty());
        QVERIFY(!QFile::exists(m_file + QStringLiteral(".lock")));
        QVERIFY(!auditActions().join(QLatin1Char(' ')).contains(QStringLiteral("lease.")));

        // A command that changes something writes its one entry and the day's backup.
        const int entries = int(auditActions().size());
        QString err;
        QVERIFY2(cli({QStringLiteral("commitment"), m_file, QStringLiteral("Mamadou Diallo"), QStringLiteral("--given"),
                      QStringLiteral("2026-01-10"), QStringLiteral("--how"), QStringLiteral("Signed form")},
                     nullptr, &err) == 0,
                 qPrintable(err));
        QCOMPARE(auditActions().size(), entries + 1);
        QCOMPARE(auditActions().constLast(), QStringLiteral("commitment.record"));
        QCOMPARE(QDir(backupFolder()).entryList(QDir::Files).size(), 1);
        QVERIFY(!QFile::exists(m_file + QStringLiteral(".lock")));
    }

    void whatCannotBeTrueIsRefused()
    {
        QString err;
        QCOMPARE(cli({QStringLiteral("commitment"), m_file, QStringLiteral("Yumi Sato"), QStringLiteral("--given"),
                      QStringLiteral("2026-01-01"), QStringLiteral("--how"), QStringLiteral("Signed form")},
                     nullptr, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("before the application")), qPrintable(err));

        // Four years in Customs: "met" needs the officer's reason, which is then kept.
        QCOMPARE(cli({QStringLiteral("screening"), m_file, QStringLiteral("Grace Mwangi"), QStringLiteral("--hard"),
                      QStringLiteral("met"), QStringLiteral("--counted"), QStringLiteral("5/7")},
                     nullptr, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("4 years in Customs")) && err.contains(QStringLiteral("--reason")),
                 qPrintable(err));
        QVERIFY2(cli({QStringLiteral("screening"), m_file, QStringLiteral("Grace Mwangi"), QStringLiteral("--hard"),
                      QStringLiteral("met"), QStringLiteral("--counted"), QStringLiteral("5/7"),
                      QStringLiteral("--reason"), QStringLiteral("Years in the revenue service count.")},
                     nullptr, &err) == 0,
                 qPrintable(err));

        // An accreditation cannot take effect next year.
        QVERIFY2(cli({QStringLiteral("screening"), m_file, QStringLiteral("Jürgen Müller"), QStringLiteral("--hard"),
                      QStringLiteral("met"), QStringLiteral("--counted"), QStringLiteral("5/7")},
                     nullptr, &err) == 0,
                 qPrintable(err));
        QVERIFY2(cli({QStringLiteral("commitment"), m_file, QStringLiteral("Jürgen Müller"), QStringLiteral("--given"),
                      QStringLiteral("2026-02-01"), QStringLiteral("--how"), QStringLiteral("Signed form")},
                     nullptr, &err) == 0,
                 qPrintable(err));
        for (const auto& [to, workshop] : {std::pair{QStringLiteral("selected"), QStringLiteral("Dakar")},
                                           std::pair{QStringLiteral("confirmed"), QString()},
                                           std::pair{QStringLiteral("workshop_passed"), QString()}}) {
            QStringList arguments{QStringLiteral("advance"),   m_file, QStringLiteral("Jurgen Muller"),
                                  QStringLiteral("--to"),      to,     QStringLiteral("--reason"),
                                  QStringLiteral("As decided")};
            if (!workshop.isEmpty()) {
                arguments << QStringLiteral("--workshop") << workshop;
            }
            QVERIFY2(cli(arguments, nullptr, &err) == 0, qPrintable(to + err));
        }
        const QString before = sha256Of(m_file);
        QCOMPARE(cli({QStringLiteral("advance"), m_file, QStringLiteral("Jurgen Muller"), QStringLiteral("--to"),
                      QStringLiteral("accredited"), QStringLiteral("--reason"), QStringLiteral("Passed"),
                      QStringLiteral("--effective"), QDate::currentDate().addYears(1).toString(Qt::ISODate)},
                     nullptr, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("future")), qPrintable(err));
        QCOMPARE(sha256Of(m_file), before);
    }

    void aReversedAccreditationIsStage3AndToldOnce()
    {
        QString err;
        QVERIFY2(cli({QStringLiteral("advance"), m_file, QStringLiteral("Jurgen Muller"), QStringLiteral("--to"),
                      QStringLiteral("accredited"), QStringLiteral("--reason"), QStringLiteral("Passed Stage 3")},
                     nullptr, &err) == 0,
                 qPrintable(err));
        QVERIFY2(cli({QStringLiteral("inform"), m_file, QStringLiteral("Jurgen Muller"), QStringLiteral("--channel"),
                      QStringLiteral("email")},
                     nullptr, &err) == 0,
                 qPrintable(err));
        QVERIFY2(cli({QStringLiteral("close-step"), m_file, QStringLiteral("--workshop"), QStringLiteral("Dakar"),
                      QStringLiteral("--step"), QStringLiteral("workshop"), QStringLiteral("--reason"),
                      QStringLiteral("Done")},
                     nullptr, &err) == 0,
                 qPrintable(err));
        // Stage 2 is closed; the accreditation is Stage 3's, so its reversal is accepted.
        QVERIFY2(cli({QStringLiteral("reverse"), m_file, QStringLiteral("Müller, Jürgen"), QStringLiteral("--reason"),
                      QStringLiteral("Recorded in error")},
                     nullptr, &err) == 0,
                 qPrintable(err));
        QVERIFY2(cli({QStringLiteral("advance"), m_file, QStringLiteral("Jurgen Muller"), QStringLiteral("--to"),
                      QStringLiteral("not_accredited"), QStringLiteral("--reason"), QStringLiteral("Stage 3 failed")},
                     nullptr, &err) == 0,
                 qPrintable(err));
        const QString id = idOf(QStringLiteral("Müller"));
        int rows = 0;
        for (const QJsonValue& v : jsonOf({QStringLiteral("to-inform"), m_file, QStringLiteral("--json")})) {
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("candidate_id")).toString() == id) {
                ++rows;
                QCOMPARE(p.value(QStringLiteral("to")).toString(), QStringLiteral("not_accredited"));
                QCOMPARE(p.value(QStringLiteral("step")).toString(), QStringLiteral("field_assessment"));
                QCOMPARE(p.value(QStringLiteral("decisions_awaiting")).toInt(), 2);
            }
        }
        QCOMPARE(rows, 1);

        // A closed step: the advice is a command, never a window's area.
        QVERIFY2(cli({QStringLiteral("close-step"), m_file, QStringLiteral("--workshop"), QStringLiteral("Dakar"),
                      QStringLiteral("--step"), QStringLiteral("field_assessment"), QStringLiteral("--reason"),
                      QStringLiteral("Told by phone")},
                     nullptr, &err) == 0,
                 qPrintable(err));
        QCOMPARE(cli({QStringLiteral("reverse"), m_file, QStringLiteral("Jurgen Muller"), QStringLiteral("--reason"),
                      QStringLiteral("Again")},
                     nullptr, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("close-step")) && err.contains(QStringLiteral("--reopen")),
                 qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("area")), qPrintable(err));
    }

    void aSizeLimitIsAnErrorThatLeavesNoLitter()
    {
        // A quota or `ulimit -f` used to kill the command mid-copy (SIGXFSZ), leaving a hidden
        // partial copy and its journal per attempt; it is a failure the command reports.
        QTemporaryDir folder;
        const QString demo = folder.filePath(QStringLiteral("demo.accred"));
        QCOMPARE(cli({QStringLiteral("demo"), demo}), 0);
        const QStringList before =
            QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const QStringList& command :
             {QStringList{QStringLiteral("backup"), demo, folder.filePath(QStringLiteral("copy.accred"))},
              QStringList{QStringLiteral("restore"), demo, folder.filePath(QStringLiteral("restored.accred"))}}) {
            QString err;
            const int code = run(QStringLiteral("/bin/sh"),
                                 QStringList{QStringLiteral("-c"), QStringLiteral("ulimit -f 100; exec \"$0\" \"$@\""),
                                             QStringLiteral(AD_CLI_PATH)} +
                                     command,
                                 nullptr, &err);
            QVERIFY2(code == 1, qPrintable(QStringLiteral("exit %1: %2").arg(code).arg(err)));
            QVERIFY(!err.trimmed().isEmpty());
            QCOMPARE(QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
        }
    }

    void aStaleLeaseIsTakenOverWithTheCommandTheRefusalNames()
    {
        // Another officer's window died with the lease three minutes ago.
        QString err;
        QVERIFY2(cli({QStringLiteral("person-add"), m_file, QStringLiteral("--name"), QStringLiteral("Bea Colleague"),
                      QStringLiteral("--account"), QStringLiteral("bcolleague"), QStringLiteral("--role"),
                      QStringLiteral("officer")},
                     nullptr, &err) == 0,
                 qPrintable(err));
        const auto plantLease = [&](int secondsAgo) {
            const QString at = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo).toString(Qt::ISODateWithMs);
            return runSql(m_file, {QStringLiteral("DELETE FROM editing_lease"),
                                   QStringLiteral("INSERT INTO editing_lease (slot, person, machine, session, since, "
                                                  "heartbeat, sessions) VALUES (1, 'bcolleague', 'pc-2', 's-1', '%1', "
                                                  "'%1', 1)")
                                       .arg(at)});
        };
        QCOMPARE(plantLease(5), QString());
        QVERIFY(writeFile(m_file + QStringLiteral(".lock"), "{}"));
        QCOMPARE(cli({QStringLiteral("takeover"), m_file}, nullptr, &err), 1);  // alive: not taken over
        QVERIFY2(err.contains(QStringLiteral("bcolleague")), qPrintable(err));

        QCOMPARE(plantLease(180), QString());
        const QString before = sha256Of(m_file);
        QCOMPARE(cli({QStringLiteral("advance"), m_file, QStringLiteral("Ken Sato"), QStringLiteral("--to"),
                      QStringLiteral("waitlisted"), QStringLiteral("--reason"), QStringLiteral("Later"),
                      QStringLiteral("--workshop"), QStringLiteral("Nairobi")},
                     nullptr, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("accreditation-desk-cli takeover")), qPrintable(err));
        QCOMPARE(sha256Of(m_file), before);

        const int entries = int(auditActions().size());
        QString out;
        QVERIFY2(cli({QStringLiteral("takeover"), m_file}, &out, &err) == 0, qPrintable(err));
        QCOMPARE(auditActions().size(), entries + 1);
        QCOMPARE(auditActions().constLast(), QStringLiteral("lease.takeover"));
        QVERIFY(!QFile::exists(m_file + QStringLiteral(".lock")));
        QVERIFY2(cli({QStringLiteral("advance"), m_file, QStringLiteral("Ken Sato"), QStringLiteral("--to"),
                      QStringLiteral("waitlisted"), QStringLiteral("--reason"), QStringLiteral("Later"),
                      QStringLiteral("--workshop"), QStringLiteral("Nairobi")},
                     nullptr, &err) == 0,
                 qPrintable(err));
        QCOMPARE(auditActions().size(), entries + 2);
    }

    void aSeatIsInTheWorkshopAppliedToWhicheverCommandWrites()
    {
        const QString file = m_dir.filePath(QStringLiteral("seats.accred"));
        QCOMPARE(cli({QStringLiteral("init"), file}), 0);
        QString out;
        QString err;
        for (const QString& title : {QStringLiteral("Nairobi"), QStringLiteral("Lome")}) {
            QVERIFY2(cli({QStringLiteral("workshop-add"), file, QStringLiteral("--title"), title,
                          QStringLiteral("--start"), QDate::currentDate().addDays(40).toString(Qt::ISODate)},
                         nullptr, &err) == 0,
                     qPrintable(err));
        }
        // CSV import: the workshop column is the application, not a seat.
        const QString csv = m_dir.filePath(QStringLiteral("seats.csv"));
        QVERIFY(writeFile(csv, "family_name,given_names,nationality,administration,region,email,years_in_customs,"
                               "english_level,education,application_date,workshop\n"
                               "Ayodele,Ayo,Nigerian,Nigeria Customs Service,west_central_africa,ayo@example.org,9,c1,"
                               "master,2026-01-10,Nairobi\n"
                               "Bamba,Bea,Ivorian,Douanes ivoiriennes,west_central_africa,bea@example.org,9,c1,master,"
                               "2026-01-10,\n"
                               "Cai,Li,Chinese,China Customs,asia_pacific,cai@example.org,9,c1,master,2026-01-10,"
                               "Nairobi\n"));
        QVERIFY2(cli({QStringLiteral("import"), file, csv}, nullptr, &err) == 0, qPrintable(err));
        const auto where = [&](const QString& family) {
            for (const QJsonValue& c : jsonOf({QStringLiteral("candidates"), file, QStringLiteral("--json")})) {
                if (c.toObject().value(QStringLiteral("family_name")).toString() == family) {
                    return qMakePair(c.toObject().value(QStringLiteral("workshop")).toString(),
                                     c.toObject().value(QStringLiteral("seat")).toString());
                }
            }
            return qMakePair(QStringLiteral("?"), QStringLiteral("?"));
        };
        const auto clean = [&]() {
            QString found;
            return cli({QStringLiteral("check"), file}, &found) == 0 &&
                   found.contains(QStringLiteral("no problems found"));
        };
        QCOMPARE(where(QStringLiteral("Ayodele")), qMakePair(QStringLiteral("Nairobi"), QString()));
        QVERIFY(clean());

        // `enrol` elsewhere moves the application with the seat, and says so.
        QVERIFY2(cli({QStringLiteral("enrol"), file, QStringLiteral("Ayodele"), QStringLiteral("--workshop"),
                      QStringLiteral("Lome")},
                     &out, &err) == 0,
                 qPrintable(err));
        QVERIFY2(out.contains(QStringLiteral("Their application moved from \"Nairobi\" to \"Lome\"")), qPrintable(out));
        QCOMPARE(where(QStringLiteral("Ayodele")), qMakePair(QStringLiteral("Lome"), QStringLiteral("Lome")));
        QVERIFY(clean());
        // `enrol` without an application records it with the seat, and says so.
        QVERIFY2(cli({QStringLiteral("enrol"), file, QStringLiteral("Bamba"), QStringLiteral("--workshop"),
                      QStringLiteral("Nairobi")},
                     &out, &err) == 0,
                 qPrintable(err));
        QVERIFY2(out.contains(QStringLiteral("applied to no workshop")), qPrintable(out));
        QCOMPARE(where(QStringLiteral("Bamba")), qMakePair(QStringLiteral("Nairobi"), QStringLiteral("Nairobi")));
        QVERIFY(clean());
        // `apply` does not take the application away from a seat held; nothing is written.
        const QString bytes = sha256Of(file);
        for (const QStringList& away : {QStringList{QStringLiteral("--workshop"), QStringLiteral("Lome")},
                                        QStringList{QStringLiteral("--none")}}) {
            QCOMPARE(cli(QStringList{QStringLiteral("apply"), file, QStringLiteral("Bamba")} + away, nullptr, &err), 1);
            QVERIFY2(err.contains(QStringLiteral("holds a seat")) && err.contains(QStringLiteral("enrol --none")),
                     qPrintable(err));
        }
        QCOMPARE(sha256Of(file), bytes);
        // Handing the seat back keeps the application; then it may move.
        QCOMPARE(cli({QStringLiteral("enrol"), file, QStringLiteral("Bamba"), QStringLiteral("--none")}), 0);
        QCOMPARE(where(QStringLiteral("Bamba")), qMakePair(QStringLiteral("Nairobi"), QString()));
        QCOMPARE(cli({QStringLiteral("apply"), file, QStringLiteral("Bamba"), QStringLiteral("--workshop"),
                      QStringLiteral("Lome")}),
                 0);
        QCOMPARE(where(QStringLiteral("Bamba")), qMakePair(QStringLiteral("Lome"), QString()));
        QVERIFY(clean());
        // A selection (what `select` proposes, recorded with `advance`) for another workshop
        // than the one applied to: the seat and the application are both there.
        QVERIFY2(cli({QStringLiteral("screening"), file, QStringLiteral("Cai"), QStringLiteral("--hard"),
                      QStringLiteral("met"), QStringLiteral("--counted"), QStringLiteral("5/7")},
                     nullptr, &err) == 0,
                 qPrintable(err));
        QVERIFY2(cli({QStringLiteral("advance"), file, QStringLiteral("Cai"), QStringLiteral("--to"),
                      QStringLiteral("selected"), QStringLiteral("--reason"), QStringLiteral("Ranked within the seats"),
                      QStringLiteral("--workshop"), QStringLiteral("Lome")},
                     &out, &err) == 0,
                 qPrintable(err));
        QVERIFY2(out.contains(QStringLiteral("Their application moved from \"Nairobi\" to \"Lome\"")), qPrintable(out));
        QCOMPARE(where(QStringLiteral("Cai")), qMakePair(QStringLiteral("Lome"), QStringLiteral("Lome")));
        QVERIFY(clean());
    }
};

AD_TEST_GUILESS_MAIN(TestDecisionsCli)
#include "TestDecisionsCli.moc"
