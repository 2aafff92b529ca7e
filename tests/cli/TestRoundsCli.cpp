// SPDX-License-Identifier: GPL-3.0-or-later
// Assessment rounds through accreditation-desk-cli, run as a process (issue #16): --round on
// assign, score, submit, consensus, reviewers and agreement; each command's implied round;
// an unknown round refused before anything is written.
#include "TestSupport.h"
#include "TestMain.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestRoundsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    int cli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr)
    {
        return run(QStringLiteral(AD_CLI_PATH), arguments, out, err);
    }

    QStringList asBen(const QStringList& more)
    {
        return QStringList{m_file,
                           QStringLiteral("Njoroge"),
                           QStringLiteral("--as"),
                           QStringLiteral("ben"),
                           QStringLiteral("--reviewer"),
                           QStringLiteral("ben")} +
               more;
    }

    /// The profile's criteria: key and kind.
    QList<QPair<QString, QString>> profileCriteria()
    {
        QString out;
        cli({QStringLiteral("profile"), m_file, QStringLiteral("--json")}, &out);
        QList<QPair<QString, QString>> keys;
        const QJsonArray groups =
            QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("groups")).toArray();
        for (const QJsonValue& g : groups) {
            for (const QJsonValue& c : g.toObject().value(QStringLiteral("criteria")).toArray()) {
                keys.append({c.toObject().value(QStringLiteral("key")).toString(),
                             c.toObject().value(QStringLiteral("kind")).toString()});
            }
        }
        return keys;
    }

    QByteArray digest()
    {
        QFile f(m_file);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                           : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("demo.accred"));
        QCOMPARE(cli({QStringLiteral("demo"), m_file}), 0);
        QCOMPARE(
            cli({QStringLiteral("person-add"), m_file, QStringLiteral("--name"), QStringLiteral("Ben Peeters"),
                 QStringLiteral("--account"), QStringLiteral("ben"), QStringLiteral("--role"),
                 QStringLiteral("reviewer"), QStringLiteral("--administration"), QStringLiteral("Belgian Customs")}),
            0);
    }

    void anUnknownRoundIsRefusedAndWritesNothing()
    {
        const QByteArray before = digest();
        for (const QStringList& command :
             {QStringList{QStringLiteral("assign"), m_file, QStringLiteral("Njoroge"), QStringLiteral("ben"),
                          QStringLiteral("--round"), QStringLiteral("stage4")},
              QStringList{QStringLiteral("consensus"), m_file, QStringLiteral("Njoroge"), QStringLiteral("--criterion"),
                          QStringLiteral("wco.trips"), QStringLiteral("--rating"), QStringLiteral("2"),
                          QStringLiteral("--round"), QStringLiteral("4")},
              QStringList{QStringLiteral("agreement"), m_file, QStringLiteral("--workshop"), QStringLiteral("Nairobi"),
                          QStringLiteral("--round"), QStringLiteral("final")},
              QStringList{QStringLiteral("reviewers"), m_file, QStringLiteral("--round"), QStringLiteral("0")}}) {
            QString out;
            QString err;
            QCOMPARE(cli(command, &out, &err), 2);
            QVERIFY2(err.contains(QStringLiteral("is not a round; give selection (1), workshop (2) or "
                                                 "field_assessment (3)")),
                     qPrintable(err));
        }
        QString err;
        QCOMPARE(cli(QStringList{QStringLiteral("score")} +
                         asBen({QStringLiteral("--criterion"), QStringLiteral("wco.trips"), QStringLiteral("--rating"),
                                QStringLiteral("2"), QStringLiteral("--round"), QStringLiteral("stage4")}),
                     nullptr, &err),
                 2);
        QCOMPARE(cli(QStringList{QStringLiteral("submit")} + asBen({QStringLiteral("--round"), QStringLiteral("x")}),
                     nullptr, &err),
                 2);
        QCOMPARE(digest(), before);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("ben.review"))));
    }

    void eachRoundIsAssignedScoredAndSubmittedOnItsOwn()
    {
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("assign"), m_file, QStringLiteral("Njoroge"), QStringLiteral("ben")}, &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("in Stage 1, selection")), qPrintable(out));
        // Not assigned for the workshop yet: a workshop criterion (Stage 2 by its key) is refused.
        QCOMPARE(cli(QStringList{QStringLiteral("score")} +
                         asBen({QStringLiteral("--criterion"), QStringLiteral("workshop:discussions"),
                                QStringLiteral("--rating"), QStringLiteral("3")}),
                     &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("not assigned to you in Stage 2")), qPrintable(err));
        // Stage 1 is the profile's criteria only: rated whole, it is submitted.
        const auto criteria = profileCriteria();
        QVERIFY(criteria.size() > 20);
        for (const auto& [key, kind] : criteria) {
            QCOMPARE(cli(QStringList{QStringLiteral("score")} +
                             asBen({QStringLiteral("--criterion"), key, QStringLiteral("--rating"),
                                    kind == QLatin1String("hard") ? QStringLiteral("1") : QStringLiteral("2"),
                                    QStringLiteral("--comment"), QStringLiteral("Ben on %1").arg(key)}),
                         &out, &err),
                     0);
        }
        QVERIFY2(out.contains(QStringLiteral("%1 of %1 criteria").arg(criteria.size())), qPrintable(out));
        QCOMPARE(cli(QStringList{QStringLiteral("submit")} + asBen({QStringLiteral("--round"), QStringLiteral("1")}),
                     &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("in Stage 1, selection")), qPrintable(out));
        // At the workshop: Stage 2 assigned, scored and submitted apart; Stage 1 stays final.
        QCOMPARE(cli({QStringLiteral("assign"), m_file, QStringLiteral("Njoroge"), QStringLiteral("ben"),
                      QStringLiteral("--round"), QStringLiteral("workshop")},
                     &out, &err),
                 0);
        QCOMPARE(cli(QStringList{QStringLiteral("score")} +
                         asBen({QStringLiteral("--criterion"), QStringLiteral("workshop:discussions"),
                                QStringLiteral("--rating"), QStringLiteral("3")}),
                     &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("in Stage 2, the workshop")), qPrintable(out));
        QCOMPARE(
            cli(QStringList{QStringLiteral("score")} + asBen({QStringLiteral("--criterion"), criteria.first().first,
                                                              QStringLiteral("--rating"), QStringLiteral("4")}),
                &out, &err),
            1);  // Stage 1, submitted
        QVERIFY2(err.contains(QStringLiteral("final")), qPrintable(err));
        QCOMPARE(cli(QStringList{QStringLiteral("score")} +
                         asBen({QStringLiteral("--criterion"), criteria.first().first, QStringLiteral("--rating"),
                                QStringLiteral("4"), QStringLiteral("--round"), QStringLiteral("2")}),
                     &out, &err),
                 0);  // the same criterion as observed at the workshop
        QCOMPARE(
            cli(QStringList{QStringLiteral("submit")} + asBen({QStringLiteral("--round"), QStringLiteral("workshop")}),
                &out, &err),
            1);
        QVERIFY2(err.contains(QStringLiteral("still unrated")) && err.contains(QStringLiteral("Group activities")),
                 qPrintable(err));
        QCOMPARE(
            cli({QStringLiteral("import-review"), m_file, m_dir.filePath(QStringLiteral("ben.review"))}, &out, &err),
            0);
        QVERIFY2(out.contains(QStringLiteral("Imported %1 of %2").arg(criteria.size() + 2).arg(criteria.size() + 2)),
                 qPrintable(out));
        // The reviewers' list counts each round's assignments and submissions.
        QCOMPARE(cli({QStringLiteral("reviewers"), m_file, QStringLiteral("--json")}, &out, &err), 0);
        QJsonObject ben = QJsonDocument::fromJson(out.toUtf8()).array().first().toObject();
        QCOMPARE(ben.value(QStringLiteral("assigned")).toArray().size(), 1);
        QCOMPARE(ben.value(QStringLiteral("submitted")).toInt(), 1);
        QCOMPARE(cli({QStringLiteral("reviewers"), m_file, QStringLiteral("--json"), QStringLiteral("--round"),
                      QStringLiteral("2")},
                     &out, &err),
                 0);
        ben = QJsonDocument::fromJson(out.toUtf8()).array().first().toObject();
        QCOMPARE(ben.value(QStringLiteral("assigned")).toArray().size(), 1);
        QCOMPARE(ben.value(QStringLiteral("submitted")).toInt(), 0);
        QCOMPARE(cli({QStringLiteral("reviewers"), m_file, QStringLiteral("--json"), QStringLiteral("--round"),
                      QStringLiteral("field_assessment")},
                     &out, &err),
                 0);
        ben = QJsonDocument::fromJson(out.toUtf8()).array().first().toObject();
        QCOMPARE(ben.value(QStringLiteral("assigned")).toArray().size(), 0);
    }

    void theConsensusNamesItsRound()
    {
        QString out;
        QString err;
        // A workshop criterion is Stage 2's: by its key, or refused in another round.
        QCOMPARE(cli({QStringLiteral("consensus"), m_file, QStringLiteral("Njoroge"), QStringLiteral("--criterion"),
                      QStringLiteral("workshop:discussions"), QStringLiteral("--rating"), QStringLiteral("3")},
                     &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("in Stage 2, the workshop")), qPrintable(out));
        QCOMPARE(cli({QStringLiteral("consensus"), m_file, QStringLiteral("Njoroge"), QStringLiteral("--criterion"),
                      QStringLiteral("workshop:discussions"), QStringLiteral("--rating"), QStringLiteral("3"),
                      QStringLiteral("--round"), QStringLiteral("selection")},
                     &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("Stage 2 only")), qPrintable(err));
    }

    void agreementIsOfOneRound()
    {
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("agreement"), m_file, QStringLiteral("--workshop"), QStringLiteral("Nairobi"),
                      QStringLiteral("--round"), QStringLiteral("3")},
                     &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("no submitted scores in Stage 3")), qPrintable(err));
    }
};

AD_TEST_GUILESS_MAIN(TestRoundsCli)
#include "TestRoundsCli.moc"
