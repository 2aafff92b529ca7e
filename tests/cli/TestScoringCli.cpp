// SPDX-License-Identifier: GPL-3.0-or-later
// Scoring with several reviewers through accreditation-desk-cli, run as a process:
// reviewers and their load, assignments with conflicts of interest, a reviewer's scores in
// their own review file, submitting, and the officer's consensus. Refusals exit 1 with
// core's message.
#include "TestSupport.h"
#include "TestMain.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestScoringCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    int cli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr)
    {
        return run(QStringLiteral(AD_CLI_PATH), arguments, out, err);
    }

    QJsonArray reviewers()
    {
        QString out;
        cli({QStringLiteral("reviewers"), m_file, QStringLiteral("--json")}, &out);
        return QJsonDocument::fromJson(out.toUtf8()).array();
    }

    int scoreAsBen(const QString& key, int rating, QString* out = nullptr, QString* err = nullptr)
    {
        return cli({QStringLiteral("score"), m_file, QStringLiteral("Njoroge"), QStringLiteral("--as"),
                    QStringLiteral("ben"), QStringLiteral("--reviewer"), QStringLiteral("ben"),
                    QStringLiteral("--criterion"), key, QStringLiteral("--rating"), QString::number(rating)},
                   out, err);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("demo.accred"));
        QCOMPARE(cli({QStringLiteral("demo"), m_file}), 0);
        QCOMPARE(cli({QStringLiteral("person-add"), m_file, QStringLiteral("--name"), QStringLiteral("Ana Mwangi"),
                      QStringLiteral("--account"), QStringLiteral("ana"), QStringLiteral("--role"),
                      QStringLiteral("reviewer"), QStringLiteral("--administration"),
                      QStringLiteral("Kenya Revenue Authority, Customs and Border Control")}),
                 0);
        QCOMPARE(
            cli({QStringLiteral("person-add"), m_file, QStringLiteral("--name"), QStringLiteral("Ben Peeters"),
                 QStringLiteral("--account"), QStringLiteral("ben"), QStringLiteral("--role"),
                 QStringLiteral("reviewer"), QStringLiteral("--administration"), QStringLiteral("Belgian Customs")}),
            0);
    }

    void actingAsSomeoneElseKeepsTheRealAccountInTheAuditTrail()
    {
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("person-add"), m_file, QStringLiteral("--name"), QStringLiteral("Olga Officer"),
                      QStringLiteral("--account"), QStringLiteral("olga"), QStringLiteral("--role"),
                      QStringLiteral("officer")},
                     &out, &err),
                 0);
        QCOMPARE(cli({QStringLiteral("person-add"), m_file, QStringLiteral("--name"), QStringLiteral("Obi Observer"),
                      QStringLiteral("--account"), QStringLiteral("obi"), QStringLiteral("--role"),
                      QStringLiteral("observer"), QStringLiteral("--as"), QStringLiteral("olga")},
                     &out, &err),
                 0);
        QCOMPARE(cli({QStringLiteral("audit"), m_file, QStringLiteral("--json")}, &out, &err), 0);
        const QJsonArray trail = QJsonDocument::fromJson(out.toUtf8()).array();
        QString actor;
        for (const QJsonValue& e : trail) {
            if (e.toObject().value(QStringLiteral("new")).toObject().value(QStringLiteral("name")).toString() ==
                QStringLiteral("Obi Observer")) {
                actor = e.toObject().value(QStringLiteral("actor")).toString();
            }
        }
        QString account = qEnvironmentVariable("USER");
        QVERIFY2(actor.startsWith(QStringLiteral("olga@")), qPrintable(actor));
        QVERIFY2(account.isEmpty() || actor.contains(QStringLiteral("(account %1)").arg(account)), qPrintable(actor));
        QVERIFY2(actor.contains(QStringLiteral("(account ")), qPrintable(actor));
    }

    void reviewersAreListedWithTheirLoad()
    {
        const QJsonArray list = reviewers();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Ana Mwangi"));
        QVERIFY(list.at(0).toObject().value(QStringLiteral("assigned")).toArray().isEmpty());
        QString out;
        QCOMPARE(cli({QStringLiteral("reviewers"), m_file}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("Ben Peeters")));
        QVERIFY(!out.contains(QStringLiteral("Officer")));
    }

    void aReviewerOfTheCandidatesAdministrationNeedsAReason()
    {
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("assign"), m_file, QStringLiteral("Njoroge"), QStringLiteral("ana")}, &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("conflict of interest")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("assign"), m_file, QStringLiteral("Njoroge"), QStringLiteral("ana"),
                      QStringLiteral("--reason"), QStringLiteral("Only Swahili speaker")},
                     &out, &err),
                 0);
        QVERIFY(out.contains(QStringLiteral("Ana Mwangi now reviews Amani Njoroge")));
        QCOMPARE(cli({QStringLiteral("assign"), m_file, QStringLiteral("Njoroge"), QStringLiteral("ana"),
                      QStringLiteral("--remove")},
                     &out, &err),
                 0);
        QCOMPARE(
            cli({QStringLiteral("assign"), m_file, QStringLiteral("Njoroge"), QStringLiteral("nobody")}, &out, &err),
            1);
        QCOMPARE(cli({QStringLiteral("assign"), m_file, QStringLiteral("Njoroge")}, &out, &err), 2);
        // A reviewer cannot assign.
        QCOMPARE(cli({QStringLiteral("assign"), m_file, QStringLiteral("Njoroge"), QStringLiteral("ben"),
                      QStringLiteral("--as"), QStringLiteral("ben")},
                     &out, &err),
                 1);
    }

    void theOfficerSpreadsReviewersOverAWorkshop()
    {
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("assign"), m_file, QStringLiteral("--spread"), QStringLiteral("--workshop"),
                      QStringLiteral("Nairobi"), QStringLiteral("--limit"), QStringLiteral("5")},
                     &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("assignment")), qPrintable(out + err));
        // A real plural, "Made 3 assignments for", not "assignment(s)".
        const QRegularExpression made(
            QStringLiteral("Made [0-9]+ assignments? for Regional accreditation workshop for IPR TOAs, Nairobi\\."));
        QVERIFY2(made.match(out).hasMatch(), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("(s)")), qPrintable(out));
        // Njoroge gets Ben only: Ana is from his administration, and the spread never
        // assigns across a conflict.
        QVERIFY2(out.contains(QStringLiteral("Amani Njoroge has 1 of 2 reviewers")), qPrintable(out));
        const QJsonArray list = reviewers();
        QVERIFY(!list.at(1).toObject().value(QStringLiteral("assigned")).toArray().isEmpty());
    }

    void aReviewerDeclaresAConflictInTheirReviewFile()
    {
        // One of Ben's candidates other than Njoroge (whose form the next test fills).
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("candidates"), m_file, QStringLiteral("--json")}, &out), 0);
        QHash<QString, QString> familyNames;
        for (const QJsonValue& c : QJsonDocument::fromJson(out.toUtf8()).array()) {
            familyNames.insert(c.toObject().value(QStringLiteral("id")).toString(),
                               c.toObject().value(QStringLiteral("family_name")).toString());
        }
        QString other;
        for (const QJsonValue& id : reviewers().at(1).toObject().value(QStringLiteral("assigned")).toArray()) {
            if (familyNames.value(id.toString()) != QLatin1String("Njoroge")) {
                other = id.toString();
            }
        }
        QVERIFY2(!other.isEmpty(), "Ben has no candidate but Njoroge");
        const QStringList declare = {QStringLiteral("declare-conflict"),
                                     m_file,
                                     other,
                                     QStringLiteral("--as"),
                                     QStringLiteral("ben"),
                                     QStringLiteral("--reviewer"),
                                     QStringLiteral("ben")};
        QCOMPARE(cli(declare, &out, &err), 2);  // a reason is required
        QVERIFY2(err.contains(QStringLiteral("--reason")), qPrintable(err));
        QCOMPARE(cli(declare + QStringList{QStringLiteral("--reason"), QStringLiteral("We worked together in 2021.")},
                     &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("Declared a conflict of interest with")), qPrintable(out + err));
        QVERIFY(out.contains(familyNames.value(other)));
        // Nothing in the shared file until the officer imports the review file.
        QCOMPARE(reviewers().at(1).toObject().value(QStringLiteral("conflicts_declared")).toInt(), 0);
        QCOMPARE(
            cli({QStringLiteral("import-review"), m_file, m_dir.filePath(QStringLiteral("ben.review"))}, &out, &err),
            0);
        // It removed an assignment: never "nothing new".
        QVERIFY2(!out.contains(QStringLiteral("nothing new")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("1 conflict of interest declared by Ben Peeters recorded")) &&
                     out.contains(QStringLiteral("1 assignment of Ben Peeters removed")),
                 qPrintable(out));
        const QJsonObject ben = reviewers().at(1).toObject();
        QCOMPARE(ben.value(QStringLiteral("conflicts_declared")).toInt(), 1);
        QVERIFY(!ben.value(QStringLiteral("assigned")).toArray().contains(QJsonValue(other)));
        // Someone else cannot declare it in Ben's name.
        QCOMPARE(cli({QStringLiteral("declare-conflict"), m_file, other, QStringLiteral("--reviewer"),
                      QStringLiteral("ben"), QStringLiteral("--reason"), QStringLiteral("x")},
                     &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("theirs alone")), qPrintable(err));
    }

    void aReviewerScoresDraftsAndSubmitsAWholeForm()
    {
        QString out;
        QString err;
        // Nobody scores for someone else, the officer included.
        QCOMPARE(cli({QStringLiteral("score"), m_file, QStringLiteral("Njoroge"), QStringLiteral("--reviewer"),
                      QStringLiteral("ben"), QStringLiteral("--criterion"), QStringLiteral("personal.interpersonal"),
                      QStringLiteral("--rating"), QStringLiteral("3")},
                     &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("theirs alone")), qPrintable(err));
        QCOMPARE(scoreAsBen(QStringLiteral("personal.interpersonal"), 7, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("from 0 to 4")), qPrintable(err));
        QCOMPARE(scoreAsBen(QStringLiteral("language.english"), 2, &out, &err), 1);
        QVERIFY(err.contains(QStringLiteral("hard requirement")));
        QCOMPARE(scoreAsBen(QStringLiteral("no.such"), 2, &out, &err), 1);
        QCOMPARE(scoreAsBen(QStringLiteral("personal.interpersonal"), 3, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("1 of 31 criteria")), qPrintable(out + err));
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("ben.review"))));  // made beside the file

        const QStringList submit = {QStringLiteral("submit"),  m_file,
                                    QStringLiteral("Njoroge"), QStringLiteral("--reviewer"),
                                    QStringLiteral("ben"),     QStringLiteral("--as"),
                                    QStringLiteral("ben")};
        QCOMPARE(cli(submit, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("30 still unrated")), qPrintable(err));

        QCOMPARE(cli({QStringLiteral("profile"), m_file, QStringLiteral("--json")}, &out), 0);
        QStringList keys;
        for (const QJsonValue& group :
             QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("groups")).toArray()) {
            for (const QJsonValue& c : group.toObject().value(QStringLiteral("criteria")).toArray()) {
                keys.append(c.toObject().value(QStringLiteral("key")).toString());
            }
        }
        // Stage 1's form is the profile's criteria: the workshop's own are Stage 2's.
        for (const QString& key : keys) {
            QCOMPARE(scoreAsBen(key, 1, &out, &err), 0);
        }
        QVERIFY(out.contains(QStringLiteral("31 of 31 criteria")));
        QCOMPARE(cli(submit, &out, &err), 0);
        QVERIFY(out.contains(QStringLiteral("Submitted")));
        QCOMPARE(scoreAsBen(QStringLiteral("personal.interpersonal"), 2, &out, &err), 1);
        QVERIFY(err.contains(QStringLiteral("final")));

        QCOMPARE(
            cli({QStringLiteral("import-review"), m_file, m_dir.filePath(QStringLiteral("ben.review"))}, &out, &err),
            0);
        const QJsonArray list = reviewers();
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("submitted")).toInt(), 1);
    }

    void theOfficerRecordsAConsensus()
    {
        QString out;
        QString err;
        const QStringList consensus = {QStringLiteral("consensus"),
                                       m_file,
                                       QStringLiteral("Njoroge"),
                                       QStringLiteral("--criterion"),
                                       QStringLiteral("personal.interpersonal"),
                                       QStringLiteral("--rating"),
                                       QStringLiteral("3"),
                                       QStringLiteral("--comment"),
                                       QStringLiteral("Agreed")};
        QCOMPARE(cli(consensus + QStringList{QStringLiteral("--as"), QStringLiteral("ben")}, &out, &err), 1);
        QCOMPARE(cli(consensus, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("3 – Exceeds")), qPrintable(out + err));
        QCOMPARE(cli({QStringLiteral("consensus"), m_file, QStringLiteral("Njoroge"), QStringLiteral("--criterion"),
                      QStringLiteral("language.english"), QStringLiteral("--rating"), QStringLiteral("2")},
                     &out, &err),
                 1);
        QVERIFY(err.contains(QStringLiteral("hard requirement")));
        QCOMPARE(cli({QStringLiteral("consensus"), m_file, QStringLiteral("Njoroge"), QStringLiteral("--rating"),
                      QStringLiteral("2")},
                     &out, &err),
                 2);
        QCOMPARE(cli({QStringLiteral("audit"), m_file, QStringLiteral("--json")}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("consensus.record")));
        QCOMPARE(cli({QStringLiteral("check"), m_file}, &out, &err), 0);
    }

    void aRatingIsClearedByTheSameCommandWithClear()
    {
        QString out;
        QString err;
        const QString review = m_dir.filePath(QStringLiteral("ben.review"));
        // The officer's consensus: cleared in one unit, one entry; a second clear has nothing to clear.
        const QStringList clearConsensus = {QStringLiteral("consensus"),
                                            m_file,
                                            QStringLiteral("Njoroge"),
                                            QStringLiteral("--criterion"),
                                            QStringLiteral("personal.interpersonal"),
                                            QStringLiteral("--clear")};
        QCOMPARE(cli(clearConsensus + QStringList{QStringLiteral("--rating"), QStringLiteral("2")}, &out, &err), 2);
        QCOMPARE(cli(clearConsensus + QStringList{QStringLiteral("--as"), QStringLiteral("ben")}, &out, &err), 1);
        QString before = sha256Of(m_file);
        QCOMPARE(cli(clearConsensus, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("Cleared the consensus")), qPrintable(out + err));
        QCOMPARE(cli({QStringLiteral("audit"), m_file, QStringLiteral("--json")}, &out), 0);
        QCOMPARE(out.count(QStringLiteral("consensus.clear")), 1);
        before = sha256Of(m_file);
        QCOMPARE(cli(clearConsensus, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("nothing to clear")), qPrintable(err));
        QCOMPARE(sha256Of(m_file), before);

        // A reviewer's submitted form stays final; nobody clears another's rating.
        const QString reviewBefore = sha256Of(review);
        const QStringList clearBens = {QStringLiteral("score"),
                                       m_file,
                                       QStringLiteral("Njoroge"),
                                       QStringLiteral("--reviewer"),
                                       QStringLiteral("ben"),
                                       QStringLiteral("--criterion"),
                                       QStringLiteral("personal.interpersonal"),
                                       QStringLiteral("--clear")};
        QCOMPARE(cli(clearBens + QStringList{QStringLiteral("--as"), QStringLiteral("ben")}, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("final")), qPrintable(err));
        QCOMPARE(cli(clearBens, &out, &err), 1);  // the officer, for Ben
        QVERIFY2(err.contains(QStringLiteral("theirs alone")), qPrintable(err));
        QCOMPARE(sha256Of(review), reviewBefore);

        // An unsubmitted draft (Stage 2) is cleared by its reviewer; the form counts it unrated again.
        QCOMPARE(cli({QStringLiteral("assign"), m_file, QStringLiteral("Njoroge"), QStringLiteral("ben"),
                      QStringLiteral("--round"), QStringLiteral("workshop")},
                     &out, &err),
                 0);
        const QStringList stage2 = {QStringLiteral("--round"), QStringLiteral("workshop"), QStringLiteral("--as"),
                                    QStringLiteral("ben")};
        QCOMPARE(
            cli(QStringList{QStringLiteral("score"), m_file, QStringLiteral("Njoroge"), QStringLiteral("--reviewer"),
                            QStringLiteral("ben"), QStringLiteral("--criterion"),
                            QStringLiteral("personal.interpersonal"), QStringLiteral("--rating"), QStringLiteral("2")} +
                    stage2,
                &out, &err),
            0);
        QVERIFY2(out.contains(QStringLiteral("1 of 34 criteria")), qPrintable(out + err));
        QCOMPARE(cli(clearBens + stage2, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("Cleared your rating")) &&
                     out.contains(QStringLiteral("0 of 34 criteria")),
                 qPrintable(out + err));
        QCOMPARE(cli(clearBens + stage2, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("nothing to clear")), qPrintable(err));
    }

    void theScreeningPreCheckIsShownThenConfirmedOrOverridden()
    {
        QString out;
        QString err;
        const QStringList screening = {QStringLiteral("screening"), m_file, QStringLiteral("Njoroge")};
        const auto screeningsRecorded = [&]() {
            QString audit;
            cli({QStringLiteral("audit"), m_file, QStringLiteral("--json")}, &audit);
            return audit.count(QStringLiteral("screening.record"));
        };
        const qsizetype recordedBefore = screeningsRecorded();
        QCOMPARE(cli(screening + QStringList{QStringLiteral("--check")}, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("Pre-check of Amani Njoroge:")), qPrintable(out + err));
        QVERIFY(out.contains(QStringLiteral("At least 5 years in a Customs administration: met.")));
        QVERIFY(out.contains(QStringLiteral("hard requirements met")));
        QCOMPARE(screeningsRecorded(), recordedBefore);  // --check records nothing

        // Overriding the finding needs the reason; then it is recorded as the officer said.
        const QStringList notMet =
            screening + QStringList{QStringLiteral("--confirm"), QStringLiteral("--hard"), QStringLiteral("not-met")};
        QCOMPARE(cli(notMet, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("say why")), qPrintable(err));
        QCOMPARE(cli(notMet + QStringList{QStringLiteral("--reason"), QStringLiteral("The certificate has expired.")},
                     &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("hard requirements not met")), qPrintable(out + err));
        QCOMPARE(cli(screening + QStringList{QStringLiteral("--confirm")}, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("recorded from the pre-check: hard requirements met")), qPrintable(out));
        QCOMPARE(cli(screening + QStringList{QStringLiteral("--check"), QStringLiteral("--confirm")}, &out, &err), 2);
        QCOMPARE(
            cli(screening + QStringList{QStringLiteral("--check"), QStringLiteral("--counted"), QStringLiteral("1/2")},
                &out, &err),
            2);
        QCOMPARE(screeningsRecorded(), recordedBefore + 2);
    }

    void theOfficerRecordsAnOutcomeApartFromTheScores()
    {
        QString out;
        QString err;
        const QStringList outcome = {
            QStringLiteral("outcome"),   m_file,
            QStringLiteral("Njoroge"),   QStringLiteral("--step"),
            QStringLiteral("selection"), QStringLiteral("--passed"),
            QStringLiteral("--note"),    QStringLiteral("Strong screening, consensus 3 on every counted criterion")};
        QCOMPARE(cli(outcome + QStringList{QStringLiteral("--as"), QStringLiteral("ben")}, &out, &err), 1);
        QCOMPARE(cli(outcome, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("Stage 1, selection passed")), qPrintable(out + err));
        QCOMPARE(cli({QStringLiteral("outcome"), m_file, QStringLiteral("Njoroge"), QStringLiteral("--step"),
                      QStringLiteral("selection"), QStringLiteral("--passed"), QStringLiteral("--not-passed")},
                     &out, &err),
                 2);
        QCOMPARE(cli({QStringLiteral("outcome"), m_file, QStringLiteral("Njoroge"), QStringLiteral("--step"),
                      QStringLiteral("stage9"), QStringLiteral("--passed")},
                     &out, &err),
                 2);
        QCOMPARE(cli({QStringLiteral("audit"), m_file, QStringLiteral("--json")}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("outcome.record")));
    }
};

AD_TEST_GUILESS_MAIN(TestScoringCli)
#include "TestScoringCli.moc"
