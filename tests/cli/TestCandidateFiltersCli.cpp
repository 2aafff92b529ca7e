// SPDX-License-Identifier: GPL-3.0-or-later
// `candidates` narrowed as the window's list filters narrow it: --stage, --region,
// --workshop, --not-informed and --archived, alone, together and with --search, each
// answering exactly what core's CandidateFilter answers (the list's own query), in the table
// and in --json; a value that is none of the vocabulary's is a usage error naming the option.
#include "TestSupport.h"

#include "domain/Candidate.h"
#include "domain/Workshop.h"
#include "store/CandidateFilter.h"
#include "store/Candidates.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestCandidateFiltersCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    int cli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr)
    {
        return run(QStringLiteral(AD_CLI_PATH), arguments, out, err);
    }

    /// The ids `candidates FILE OPTIONS --json` lists.
    QSet<QString> listed(const QStringList& options)
    {
        QString out;
        QString err;
        if (cli(QStringList{QStringLiteral("candidates"), m_file, QStringLiteral("--json")} + options, &out, &err) !=
            0) {
            qWarning("%s", qPrintable(err));
            return {QStringLiteral("(failed)")};
        }
        QSet<QString> ids;
        for (const QJsonValue& v : QJsonDocument::fromJson(out.toUtf8()).array()) {
            ids.insert(v.toObject().value(QStringLiteral("id")).toString());
        }
        return ids;
    }

    /// The ids core's own filter (the window's list) finds.
    QSet<QString> expected(const CandidateFilter& filter)
    {
        auto store = Store::open(m_file, Store::Access::ReadOnly);
        if (!store.ok()) {
            return {};
        }
        QSet<QString> ids;
        for (const Candidate& c : store.value()->candidates().find(filter).value()) {
            ids.insert(c.meta.id.toString(QUuid::WithoutBraces));
        }
        return ids;
    }

    QUuid workshopId(const QString& words)
    {
        auto store = Store::open(m_file, Store::Access::ReadOnly);
        for (const Workshop& w : store.value()->workshops().all().value()) {
            if (w.title.contains(words)) {
                return w.meta.id;
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("demo.accred"));
        QCOMPARE(cli({QStringLiteral("demo"), m_file}), 0);
        QCOMPARE(cli({QStringLiteral("archive"), m_file, QStringLiteral("Tupou")}), 0);
    }

    void eachFilterAnswersAsTheWindowsList_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("workshop");
        QTest::addColumn<bool>("notInformed");
        QTest::addColumn<bool>("archived");
        QTest::newRow("stage") << QStringList{QStringLiteral("--stage"), QStringLiteral("applied")}
                               << QStringLiteral("applied") << QString() << QString() << false << false;
        QTest::newRow("region") << QStringList{QStringLiteral("--region"), QStringLiteral("asia_pacific")} << QString()
                                << QStringLiteral("asia_pacific") << QString() << false << false;
        QTest::newRow("workshop") << QStringList{QStringLiteral("--workshop"), QStringLiteral("Kashiwa")} << QString()
                                  << QString() << QStringLiteral("Kashiwa") << false << false;
        QTest::newRow("not informed") << QStringList{QStringLiteral("--not-informed")} << QString() << QString()
                                      << QString() << true << false;
        QTest::newRow("archived") << QStringList{QStringLiteral("--archived")} << QString() << QString() << QString()
                                  << false << true;
        QTest::newRow("workshop and region")
            << QStringList{QStringLiteral("--workshop"), QStringLiteral("Kashiwa"), QStringLiteral("--region"),
                           QStringLiteral("asia_pacific")}
            << QString() << QStringLiteral("asia_pacific") << QStringLiteral("Kashiwa") << false << false;
    }

    void eachFilterAnswersAsTheWindowsList()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, stage);
        QFETCH(QString, region);
        QFETCH(QString, workshop);
        QFETCH(bool, notInformed);
        QFETCH(bool, archived);
        CandidateFilter filter;
        if (!stage.isEmpty()) {
            filter.stage = fromKey<Stage>(stage);
        }
        if (!region.isEmpty()) {
            filter.region = fromKey<Region>(region);
        }
        if (!workshop.isEmpty()) {
            filter.workshopId = workshopId(workshop);
            QVERIFY(!filter.workshopId.isNull());
        }
        filter.notYetInformed = notInformed;
        filter.includeArchived = archived;
        const QSet<QString> all = listed({});
        const QSet<QString> want = expected(filter);
        QVERIFY(!want.isEmpty());
        QVERIFY2(want != all, "the filter leaves someone out (or, with --archived, takes someone in)");
        QCOMPARE(listed(options), want);
        // The table says as much.
        QString out;
        QCOMPARE(cli(QStringList{QStringLiteral("candidates"), m_file} + options, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("%1 candidate").arg(want.size())), qPrintable(out));
    }

    void searchKeepsToTheFilters()
    {
        // Words every demo candidate's record holds somewhere would be fragile; the region's
        // candidates found by their own administration instead.
        QString out;
        QCOMPARE(cli({QStringLiteral("candidates"), m_file, QStringLiteral("--json"), QStringLiteral("--search"),
                      QStringLiteral("Customs")},
                     &out),
                 0);
        const QJsonArray found = QJsonDocument::fromJson(out.toUtf8()).array();
        QVERIFY(found.size() >= 2);
        QSet<QString> regions;
        for (const QJsonValue& v : found) {
            regions.insert(v.toObject().value(QStringLiteral("region")).toString());
        }
        QVERIFY2(regions.size() >= 2, "the search alone finds several regions");
        const QString region = *regions.cbegin();
        QCOMPARE(cli({QStringLiteral("candidates"), m_file, QStringLiteral("--json"), QStringLiteral("--search"),
                      QStringLiteral("Customs"), QStringLiteral("--region"), region},
                     &out),
                 0);
        const QJsonArray narrowed = QJsonDocument::fromJson(out.toUtf8()).array();
        QVERIFY(!narrowed.isEmpty());
        QVERIFY(narrowed.size() < found.size());
        for (const QJsonValue& v : narrowed) {
            QCOMPARE(v.toObject().value(QStringLiteral("region")).toString(), region);
        }
    }

    void badValuesAreUsageErrorsNamingTheOption()
    {
        QString out;
        QString err;
        QCOMPARE(
            cli({QStringLiteral("candidates"), m_file, QStringLiteral("--stage"), QStringLiteral("hired")}, &out, &err),
            2);
        QVERIFY2(err.contains(QStringLiteral("--stage")) && err.contains(QStringLiteral("applied")), qPrintable(err));
        QCOMPARE(
            cli({QStringLiteral("candidates"), m_file, QStringLiteral("--region"), QStringLiteral("mars")}, &out, &err),
            2);
        QVERIFY2(err.contains(QStringLiteral("--region")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("candidates"), m_file, QStringLiteral("--workshop"), QStringLiteral("Atlantis")},
                     &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("Atlantis")), qPrintable(err));
    }
};

AD_TEST_GUILESS_MAIN(TestCandidateFiltersCli)
#include "TestCandidateFiltersCli.moc"
