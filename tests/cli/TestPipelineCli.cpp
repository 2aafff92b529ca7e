// SPDX-License-Identifier: GPL-3.0-or-later
// The pipeline through accreditation-desk-cli, run as a process: workshops with their
// seats, enrolment, screening, commitment, decisions and their refusals (exit 1 with
// core's message), informing, closing a step and a candidate's history.
#include "TestSupport.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestPipelineCli : public QObject
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

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("pipeline.accred"));
        QCOMPARE(cli({QStringLiteral("init"), m_file}), 0);
        const QString csv = m_dir.filePath(QStringLiteral("applications.csv"));
        QVERIFY(writeFile(
            csv, "family_name,given_names,nationality,administration,region,email,phone,application_date\n"
                 "Abe,Yuki,Japanese,Japan Customs,asia_pacific,yuki@example.org,+81 3 1234 5678,2026-01-10\n"
                 "Bello,Ada,Nigerian,Nigeria Customs Service,west_central_africa,ada@example.org,+234 1 234 "
                 "5678,2026-01-11\n"
                 "Costa,Rui,Portuguese,Autoridade Tributária,europe,rui@example.org,+351 21 123 4567,2026-01-12\n"));
        QString err;
        QVERIFY2(cli({QStringLiteral("import"), m_file, csv}, nullptr, &err) == 0, qPrintable(err));
    }

    void aWorkshopIsAddedAndListedWithItsSeats()
    {
        const QString start = QDate::currentDate().addDays(45).toString(Qt::ISODate);
        QString out;
        QString err;
        QCOMPARE(
            cli({QStringLiteral("workshop-add"), m_file, QStringLiteral("--title"), QStringLiteral("Lisbon workshop"),
                 QStringLiteral("--start"), start, QStringLiteral("--capacity"), QStringLiteral("11")},
                nullptr, &err),
            1);
        QVERIFY2(err.contains(QStringLiteral("10")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("workshop-add"), m_file, QStringLiteral("--title"),
                      QStringLiteral("Lisbon workshop"), QStringLiteral("--start"), QStringLiteral("soon")}),
                 2);
        QCOMPARE(
            cli({QStringLiteral("workshop-add"), m_file, QStringLiteral("--title"), QStringLiteral("Lisbon workshop"),
                 QStringLiteral("--start"), start, QStringLiteral("--capacity"), QStringLiteral("2"),
                 QStringLiteral("--region"), QStringLiteral("europe"), QStringLiteral("--venue"),
                 QStringLiteral("Lisbon"), QStringLiteral("--assessor"), QStringLiteral("Marta Silva")},
                &out),
            0);
        QVERIFY(out.contains(QStringLiteral("2 seats")));
        const QJsonArray workshops = jsonOf({QStringLiteral("workshops"), m_file, QStringLiteral("--json")});
        QCOMPARE(workshops.size(), 1);
        QCOMPARE(workshops.at(0).toObject().value(QStringLiteral("seats_taken")).toInt(), 0);
        QCOMPARE(workshops.at(0).toObject().value(QStringLiteral("capacity")).toInt(), 2);
    }

    void selectionIsGuardedAndTakesASeat()
    {
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("advance"), m_file, QStringLiteral("Abe"), QStringLiteral("--to"),
                      QStringLiteral("selected"), QStringLiteral("--reason"), QStringLiteral("Strong profile"),
                      QStringLiteral("--workshop"), QStringLiteral("Lisbon")},
                     nullptr, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("No Stage 1 screening")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("screening"), m_file, QStringLiteral("Abe"), QStringLiteral("--hard"),
                      QStringLiteral("met"), QStringLiteral("--counted"), QStringLiteral("five")}),
                 2);
        QCOMPARE(cli({QStringLiteral("screening"), m_file, QStringLiteral("Abe"), QStringLiteral("--hard"),
                      QStringLiteral("met"), QStringLiteral("--counted"), QStringLiteral("5/7")},
                     &out),
                 0);
        QVERIFY2(out.contains(QStringLiteral("5 of 7")), qPrintable(out));
        QCOMPARE(cli({QStringLiteral("advance"), m_file, QStringLiteral("Abe"), QStringLiteral("--to"),
                      QStringLiteral("selected"), QStringLiteral("--reason"), QStringLiteral("Strong profile"),
                      QStringLiteral("--workshop"), QStringLiteral("Lisbon")},
                     &out, &err),
                 0);
        // Bello is selected over a short screening, with the reason written down.
        QCOMPARE(cli({QStringLiteral("advance"), m_file, QStringLiteral("Bello"), QStringLiteral("--to"),
                      QStringLiteral("selected"), QStringLiteral("--reason"), QStringLiteral("Regional balance"),
                      QStringLiteral("--workshop"), QStringLiteral("Lisbon"), QStringLiteral("--override"),
                      QStringLiteral("Only applicant from the region")},
                     nullptr, &err),
                 0);
        // The third is refused: the workshop has two seats.
        QCOMPARE(cli({QStringLiteral("screening"), m_file, QStringLiteral("Costa"), QStringLiteral("--hard"),
                      QStringLiteral("met"), QStringLiteral("--counted"), QStringLiteral("6/7")}),
                 0);
        QCOMPARE(cli({QStringLiteral("enrol"), m_file, QStringLiteral("Costa"), QStringLiteral("--workshop"),
                      QStringLiteral("Lisbon")},
                     nullptr, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("2 of 2 seats")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("advance"), m_file, QStringLiteral("Costa"), QStringLiteral("--to"),
                      QStringLiteral("waitlisted"), QStringLiteral("--reason"), QStringLiteral("No seat left"),
                      QStringLiteral("--workshop"), QStringLiteral("Lisbon")}),
                 0);
        const QJsonArray workshops = jsonOf({QStringLiteral("workshops"), m_file, QStringLiteral("--json")});
        QCOMPARE(workshops.at(0).toObject().value(QStringLiteral("seats_taken")).toInt(), 2);
        QCOMPARE(cli({QStringLiteral("advance"), m_file, QStringLiteral("Abe"), QStringLiteral("--to"),
                      QStringLiteral("flying")}),
                 2);
    }

    void confirmationNeedsTheCommitment()
    {
        QString err;
        const QStringList confirm = {QStringLiteral("advance"),       m_file,
                                     QStringLiteral("Abe"),           QStringLiteral("--to"),
                                     QStringLiteral("confirmed"),     QStringLiteral("--reason"),
                                     QStringLiteral("Seat confirmed")};
        QCOMPARE(cli(confirm, nullptr, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("availability commitment")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("commitment"), m_file, QStringLiteral("Abe"), QStringLiteral("--given"),
                      QDate::currentDate().toString(Qt::ISODate), QStringLiteral("--how"),
                      QStringLiteral("Signed form by e-mail")}),
                 0);
        QCOMPARE(cli(confirm, nullptr, &err), 0);
    }

    void everyoneIsInformedBeforeTheStepCloses()
    {
        QJsonArray pending = jsonOf({QStringLiteral("to-inform"), m_file, QStringLiteral("--json")});
        QCOMPARE(pending.size(), 3);  // Abe (told both decisions at once), Bello, Costa
        QString err;
        QCOMPARE(cli({QStringLiteral("close-step"), m_file, QStringLiteral("--workshop"), QStringLiteral("Lisbon"),
                      QStringLiteral("--step"), QStringLiteral("selection")},
                     nullptr, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("3 candidate")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("inform"), m_file, QStringLiteral("Abe"), QStringLiteral("--channel"),
                      QStringLiteral("pigeon")}),
                 2);
        for (const QString& name : {QStringLiteral("Abe"), QStringLiteral("Bello"), QStringLiteral("Costa")}) {
            QCOMPARE(
                cli({QStringLiteral("inform"), m_file, name, QStringLiteral("--channel"), QStringLiteral("email")}), 0);
        }
        pending = jsonOf({QStringLiteral("to-inform"), m_file, QStringLiteral("--json")});
        QCOMPARE(pending.size(), 0);
        QString out;
        QVERIFY2(cli({QStringLiteral("close-step"), m_file, QStringLiteral("--workshop"), QStringLiteral("Lisbon"),
                      QStringLiteral("--step"), QStringLiteral("selection")},
                     &out, &err) == 0,
                 qPrintable(err));
        const QJsonArray workshops = jsonOf({QStringLiteral("workshops"), m_file, QStringLiteral("--json")});
        QCOMPARE(workshops.at(0).toObject().value(QStringLiteral("steps_closed")).toArray().at(0).toString(),
                 QStringLiteral("selection"));
        // A closed selection takes no one else; reopening needs a reason.
        QCOMPARE(cli({QStringLiteral("advance"), m_file, QStringLiteral("Costa"), QStringLiteral("--to"),
                      QStringLiteral("not_selected"), QStringLiteral("--reason"), QStringLiteral("Late")},
                     nullptr, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("was closed")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("close-step"), m_file, QStringLiteral("--workshop"), QStringLiteral("Lisbon"),
                      QStringLiteral("--step"), QStringLiteral("selection"), QStringLiteral("--reopen")}),
                 1);
    }

    void historyShowsEveryDecisionAndAReversal()
    {
        QString out;
        QCOMPARE(cli({QStringLiteral("reverse"), m_file, QStringLiteral("Bello"), QStringLiteral("--reason"),
                      QStringLiteral("Recorded for the wrong candidate")},
                     &out),
                 1);  // the selection step is closed: even a correction waits for a reopening
        QCOMPARE(cli({QStringLiteral("close-step"), m_file, QStringLiteral("--workshop"), QStringLiteral("Lisbon"),
                      QStringLiteral("--step"), QStringLiteral("selection"), QStringLiteral("--reopen"),
                      QStringLiteral("--reason"), QStringLiteral("Correction")}),
                 0);
        QCOMPARE(cli({QStringLiteral("reverse"), m_file, QStringLiteral("Bello"), QStringLiteral("--reason"),
                      QStringLiteral("Recorded for the wrong candidate")},
                     &out),
                 0);
        const QJsonArray history =
            jsonOf({QStringLiteral("history"), m_file, QStringLiteral("Bello"), QStringLiteral("--json")});
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).toObject().value(QStringLiteral("override_reason")).toString(),
                 QStringLiteral("Only applicant from the region"));
        QCOMPARE(history.at(1).toObject().value(QStringLiteral("to")).toString(), QStringLiteral("applied"));
        QVERIFY(history.at(1).toObject().contains(QStringLiteral("reverses")));
        QCOMPARE(cli({QStringLiteral("history"), m_file, QStringLiteral("Bello")}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("to inform")));
        QCOMPARE(cli({QStringLiteral("check"), m_file}, &out), 0);
    }

    void anImportAppliesToAFullWorkshopWithoutASeat()
    {
        const QJsonArray listed = jsonOf({QStringLiteral("candidates"), m_file, QStringLiteral("--json")});
        QStringList seated;
        for (const QJsonValue& c : listed) {
            if (c.toObject().value(QStringLiteral("seat")).toString() == QLatin1String("Lisbon workshop")) {
                seated.append(c.toObject().value(QStringLiteral("family_name")).toString());
            }
        }
        // Bello's selection was reversed: the seat went with it, the application stays.
        QCOMPARE(seated, (QStringList{QStringLiteral("Abe")}));
        for (const QJsonValue& c : listed) {
            if (c.toObject().value(QStringLiteral("family_name")).toString() == QLatin1String("Bello")) {
                QCOMPARE(c.toObject().value(QStringLiteral("workshop")).toString(), QStringLiteral("Lisbon workshop"));
                QVERIFY(c.toObject().value(QStringLiteral("seat")).isNull());
            }
        }
        // The workshop column is the application, not a seat: a workshop whose seats are
        // taken takes it all the same.
        QVERIFY(cli({QStringLiteral("advance"), m_file, QStringLiteral("Bello"), QStringLiteral("--to"),
                     QStringLiteral("selected"), QStringLiteral("--reason"), QStringLiteral("Regional balance"),
                     QStringLiteral("--override"), QStringLiteral("Only applicant from the region")}) == 0);
        const QString csv = m_dir.filePath(QStringLiteral("late.csv"));
        QVERIFY(writeFile(csv, "family_name,nationality,administration,region,application_date,workshop\n"
                               "Dias,Portuguese,Autoridade Tributária,europe,2026-02-01,Lisbon workshop\n"));
        QString err;
        QVERIFY2(cli({QStringLiteral("import"), m_file, csv}, nullptr, &err) == 0, qPrintable(err));
        QJsonObject dias;
        for (const QJsonValue& c : jsonOf({QStringLiteral("candidates"), m_file, QStringLiteral("--json")})) {
            if (c.toObject().value(QStringLiteral("family_name")).toString() == QLatin1String("Dias")) {
                dias = c.toObject();
            }
        }
        QCOMPARE(dias.value(QStringLiteral("workshop")).toString(), QStringLiteral("Lisbon workshop"));
        QVERIFY(dias.value(QStringLiteral("seat")).isNull());
        const QJsonArray workshops = jsonOf({QStringLiteral("workshops"), m_file, QStringLiteral("--json")});
        QCOMPARE(workshops.at(0).toObject().value(QStringLiteral("seats_taken")).toInt(), 2);
    }

    void applyRecordsTheWorkshopAppliedToAndFollowsTheSeat()
    {
        QString out;
        QString err;
        QVERIFY2(cli({QStringLiteral("apply"), m_file, QStringLiteral("Dias"), QStringLiteral("--none")}, &out, &err) ==
                     0,
                 qPrintable(err));
        QVERIFY2(cli({QStringLiteral("apply"), m_file, QStringLiteral("Dias"), QStringLiteral("--workshop"),
                      QStringLiteral("Lisbon")},
                     &out, &err) == 0,
                 qPrintable(err));
        QVERIFY2(out.contains(QStringLiteral("has applied to \"Lisbon workshop\"")), qPrintable(out));
        // Abe holds a seat there: the application cannot be withdrawn; nothing is written.
        const QString before = sha256Of(m_file);
        QCOMPARE(cli({QStringLiteral("apply"), m_file, QStringLiteral("Abe"), QStringLiteral("--none")}, &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("holds a seat in \"Lisbon workshop\"")) &&
                     err.contains(QStringLiteral("enrol --none")),
                 qPrintable(err));
        QCOMPARE(sha256Of(m_file), before);
        QCOMPARE(cli({QStringLiteral("apply"), m_file, QStringLiteral("Dias")}, &out, &err), 2);
    }
};

AD_TEST_GUILESS_MAIN(TestPipelineCli)
#include "TestPipelineCli.moc"
