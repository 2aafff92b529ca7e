// SPDX-License-Identifier: GPL-3.0-or-later
// One rule for free text on every path that is not the window (FreeText; the window's is in
// tests/ui/TestCandidateEditor.cpp): spaces at either end of a single-line text are dropped,
// inner spaces kept, whether it was typed on the command line, read from a CSV export or
// brought in from a reviewer's file.
#include "domain/Activity.h"
#include "domain/Candidate.h"
#include "domain/FreeText.h"
#include "domain/Person.h"
#include "domain/Score.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/Pool.h"
#include "store/People.h"
#include "store/Candidates.h"
#include "store/Assessment.h"
#include "TestSupport.h"
#include "domain/Workshop.h"
#include "TestMain.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const QString kCli = QStringLiteral(AD_CLI_PATH);

}  // namespace

class TestFreeTextCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    int cli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr)
    {
        return run(kCli, arguments, out, err);
    }

    std::unique_ptr<Store> reader()
    {
        auto store = Store::open(m_file, Store::Access::ReadOnly);
        return store.ok() ? std::move(store).value() : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("demo.accred"));
        QCOMPARE(cli({QStringLiteral("demo"), m_file}), 0);
    }

    void theRuleItself()
    {
        QCOMPARE(FreeText::line(QStringLiteral(" \t Le  Havre \n")), QStringLiteral("Le  Havre"));
        QCOMPARE(FreeText::lines({QStringLiteral(" a "), QStringLiteral("b  c")}),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b  c")}));
        QVERIFY(FreeText::line(QString()).isNull());
    }

    void commandLine()
    {
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("person-add"), m_file, QStringLiteral("--name"), QStringLiteral("  Ana  Mwangi  "),
                      QStringLiteral("--account"), QStringLiteral(" ana "), QStringLiteral("--role"),
                      QStringLiteral("observer"), QStringLiteral("--administration"), QStringLiteral(" KRA ")},
                     &out, &err),
                 0);
        QCOMPARE(cli({QStringLiteral("workshop-add"), m_file, QStringLiteral("--title"),
                      QStringLiteral("  Padded  title "), QStringLiteral("--start"), QStringLiteral("2031-03-03"),
                      QStringLiteral("--venue"), QStringLiteral(" Customs  school ")},
                     &out, &err),
                 0);
        QCOMPARE(
            cli({QStringLiteral("activity-add"), m_file, QStringLiteral("--kind"), QStringLiteral("capacity_building"),
                 QStringLiteral("--from"), QStringLiteral("2031-04-07"), QStringLiteral("--to"),
                 QStringLiteral("2031-04-09"), QStringLiteral("--title"), QStringLiteral(" Padded  activity "),
                 QStringLiteral("--country"), QStringLiteral(" France "), QStringLiteral("--city"),
                 QStringLiteral("  Le  Havre  "), QStringLiteral("--topic"), QStringLiteral(" medicines ")},
                &out, &err),
            0);
        const auto store = reader();
        QVERIFY(store);
        bool personFound = false;
        for (const Person& p : store->people().all().value()) {
            if (p.account == QLatin1String("ana")) {
                personFound = true;
                QCOMPARE(p.name, QStringLiteral("Ana  Mwangi"));
                QCOMPARE(p.administration, QStringLiteral("KRA"));
            }
        }
        QVERIFY2(personFound, "the account is kept without its spaces");
        bool workshopFound = false;
        for (const Workshop& w : store->workshops().all().value()) {
            if (w.title == QLatin1String("Padded  title")) {
                workshopFound = true;
                QCOMPARE(w.venue, QStringLiteral("Customs  school"));
            }
        }
        QVERIFY(workshopFound);
        bool activityFound = false;
        for (const Activity& a : store->pool().activities().value()) {
            if (a.title == QLatin1String("Padded  activity")) {
                activityFound = true;
                QCOMPARE(a.city, QStringLiteral("Le  Havre"));
                QCOMPARE(a.country, QStringLiteral("France"));
                QCOMPARE(a.topics, QStringList{QStringLiteral("medicines")});
            }
        }
        QVERIFY(activityFound);
    }

    void csvImport()
    {
        const QString csv = m_dir.filePath(QStringLiteral("padded.csv"));
        QVERIFY(writeFile(csv,
                          "family_name,given_names,nationality,administration,region,email,phone,application_date\r\n"
                          "\"  Okafor  \",\" Chidi  Emeka \",\" Nigerian \",\" Nigeria  Customs \",west_central_africa,"
                          "\" co@ncs.example \",\" +234 1 555 0101 \",2026-06-01\r\n"));
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("import"), m_file, csv}, &out, &err), 0);
        const auto store = reader();
        QVERIFY(store);
        const auto found = store->candidates().find(QStringLiteral("Okafor")).value();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().familyName, QStringLiteral("Okafor"));
        QCOMPARE(found.first().givenNames, QStringLiteral("Chidi  Emeka"));
        QCOMPARE(found.first().nationality, QStringLiteral("Nigerian"));
        QCOMPARE(found.first().administration, QStringLiteral("Nigeria  Customs"));
        QCOMPARE(found.first().email, QStringLiteral("co@ncs.example"));
    }

    void reviewFileImport()
    {
        QString out;
        QString err;
        QCOMPARE(
            cli({QStringLiteral("person-add"), m_file, QStringLiteral("--name"), QStringLiteral("Ben Peeters"),
                 QStringLiteral("--account"), QStringLiteral("ben"), QStringLiteral("--role"),
                 QStringLiteral("reviewer"), QStringLiteral("--administration"), QStringLiteral("Belgian Customs")},
                &out, &err),
            0);
        QCOMPARE(cli({QStringLiteral("assign"), m_file, QStringLiteral("Njoroge"), QStringLiteral("ben")}, &out, &err),
                 0);
        QCOMPARE(
            cli({QStringLiteral("score"), m_file, QStringLiteral("Njoroge"), QStringLiteral("--as"),
                 QStringLiteral("ben"), QStringLiteral("--reviewer"), QStringLiteral("ben"),
                 QStringLiteral("--criterion"), QStringLiteral("personal.interpersonal"), QStringLiteral("--rating"),
                 QStringLiteral("3"), QStringLiteral("--comment"), QStringLiteral("  Listens  well  ")},
                &out, &err),
            0);
        const QString review = m_dir.filePath(QStringLiteral("ben.review"));
        // The reviewer's own file keeps the rule too.
        const auto stored = [&]() {
            const QString name = QStringLiteral("review-read");
            QString comment;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(review);
                db.open();
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT comment FROM score"));
                comment = q.next() ? q.value(0).toString() : QString();
            }
            QSqlDatabase::removeDatabase(name);
            return comment;
        };
        QCOMPARE(stored(), QStringLiteral("Listens  well"));
        // A review file written by another version, with the spaces typed: the import keeps the rule.
        QVERIFY(runSql(review, {QStringLiteral("UPDATE score SET comment = '  Listens  well  ', evidence = ' in the "
                                               "role play '")})
                    .isEmpty());
        QCOMPARE(cli({QStringLiteral("import-review"), m_file, review}, &out, &err), 0);
        const auto store = reader();
        QVERIFY(store);
        const Candidate njoroge = store->candidates().find(QStringLiteral("Njoroge")).value().first();
        bool found = false;
        for (const Score& score : store->assessment().scores(njoroge.meta.id).value()) {
            if (score.criterionKey == QLatin1String("personal.interpersonal")) {
                found = true;
                QCOMPARE(score.comment, QStringLiteral("Listens  well"));
                QCOMPARE(score.evidence, QStringLiteral("in the role play"));
            }
        }
        QVERIFY(found);
    }
};

AD_TEST_GUILESS_MAIN(TestFreeTextCli)
#include "TestFreeTextCli.moc"
