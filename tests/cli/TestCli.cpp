// accreditation-desk-cli run as a process, as scripts and people run it.
#include "Schema.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    int cli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr)
    {
        return run(QStringLiteral(AD_CLI_PATH), arguments, out, err);
    }

private slots:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.accred"));
        QString out;
        QCOMPARE(cli({QStringLiteral("demo"), m_demo}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("Created the demo file")));
    }

    void helpListsEveryCommand()
    {
        QString out;
        QCOMPARE(cli({QStringLiteral("--help")}, &out), 0);
        for (const char* command : {"init", "demo", "candidates", "profile", "check"}) {
            QVERIFY2(out.contains(QLatin1String(command)), command);
        }
        for (const char* command : {"init", "demo", "candidates", "profile", "check"}) {
            QString help;
            QCOMPARE(cli({QLatin1String(command), QStringLiteral("--help")}, &help), 0);
            QVERIFY2(help.contains(QStringLiteral("accreditation-desk-cli ") + QLatin1String(command)), qPrintable(help));
        }
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("missing file") << QStringList{QStringLiteral("candidates")};
        QTest::newRow("two files") << QStringList{QStringLiteral("check"), QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("candidates"), QStringLiteral("--xml"), QStringLiteral("f")};
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QString out;
        QString err;
        QCOMPARE(cli(arguments, &out, &err), 2);
        QVERIFY(!err.isEmpty());
        QVERIFY(out.isEmpty());
    }

    void initCreatesAnEmptyFileThatChecksClean()
    {
        const QString file = m_dir.filePath(QStringLiteral("empty.accred"));
        QString out;
        QCOMPARE(cli({QStringLiteral("init"), file}, &out), 0);
        QVERIFY(QFileInfo::exists(file));
        QCOMPARE(cli({QStringLiteral("check"), file}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("no problems found")));
        QCOMPARE(cli({QStringLiteral("candidates"), file}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("0 candidates")));
        QString err;
        const QString before = sha256Of(file);
        QCOMPARE(cli({QStringLiteral("init"), file}, &out, &err), 1);
        QVERIFY(err.contains(QStringLiteral("already exists")));
        QCOMPARE(sha256Of(file), before);
    }

    void candidatesAsJson()
    {
        QString out;
        QCOMPARE(cli({QStringLiteral("candidates"), m_demo, QStringLiteral("--json")}, &out), 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isArray());
        const QJsonArray array = document.array();
        QCOMPARE(array.size(), 14);
        QSet<QString> stages;
        for (const QJsonValue& value : array) {
            const QJsonObject object = value.toObject();
            for (const char* key : {"id", "family_name", "given_names", "administration", "region", "stage"}) {
                QVERIFY2(object.contains(QLatin1String(key)), key);
            }
            stages.insert(object.value(QStringLiteral("stage")).toString());
        }
        QCOMPARE(stages.size(), 12);
        QVERIFY(stages.contains(QStringLiteral("workshop_passed")));
        QVERIFY(stages.contains(QStringLiteral("commitment_ended")));
    }

    void candidatesAsText()
    {
        QString out;
        QCOMPARE(cli({QStringLiteral("candidates"), m_demo}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("Marchand")));
        QVERIFY(out.contains(QStringLiteral("Élodie")));
        QVERIFY(out.contains(QStringLiteral("Passed the workshop")));
        QVERIFY(out.contains(QStringLiteral("14 candidates")));
    }

    void profileAsTextAndJson()
    {
        QString out;
        QCOMPARE(cli({QStringLiteral("profile"), m_demo}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("Knowledge of WCO Standards and Instruments")));
        QVERIFY(out.contains(QStringLiteral("[Hard requirement]")));
        QCOMPARE(cli({QStringLiteral("profile"), m_demo, QStringLiteral("--json")}, &out), 0);
        const QJsonObject profile = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(profile.value(QStringLiteral("groups")).toArray().size(), 7);
        int hard = 0;
        for (const QJsonValue& group : profile.value(QStringLiteral("groups")).toArray()) {
            for (const QJsonValue& criterion : group.toObject().value(QStringLiteral("criteria")).toArray()) {
                hard += criterion.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("hard") ? 1 : 0;
            }
        }
        QCOMPARE(hard, 3);
    }

    void checkReportsProblemsWithExitOne()
    {
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("check"), m_demo}, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("no problems found")), qPrintable(err));
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.accred"));
        QVERIFY(writeFile(garbage, "this is not a database"));
        const QString before = sha256Of(garbage);
        QCOMPARE(cli({QStringLiteral("check"), garbage}, &out, &err), 1);
        QVERIFY(err.contains(QStringLiteral("not an Accreditation Desk file")));
        QCOMPARE(sha256Of(garbage), before);
        QCOMPARE(cli({QStringLiteral("candidates"), m_dir.filePath(QStringLiteral("missing.accred"))}, &out, &err), 1);
        QVERIFY(err.contains(QStringLiteral("does not exist")));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("missing.accred"))));
    }

    void readingCommandsLeaveTheFileUntouched()
    {
        const QString before = sha256Of(m_demo);
        QString out;
        for (const char* command : {"candidates", "profile", "check"}) {
            QCOMPARE(cli({QLatin1String(command), m_demo}, &out), 0);
        }
        QCOMPARE(sha256Of(m_demo), before);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
