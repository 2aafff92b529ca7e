// SPDX-License-Identifier: GPL-3.0-or-later
// accreditation-desk-cli run as a process, as scripts and people run it.
#include "store/FileFormat.h"
#include "Tamperer.h"
#include "TestSupport.h"
#include "TestMain.h"

#include <QDir>
#include <QFile>
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
        const char* const commands[] = {
            "init",          "demo",      "candidates",   "profile",    "check",     "people",      "person-add",
            "audit",         "backup",    "restore",      "settings",   "takeover",  "review-init", "score",
            "import-review", "reviewers", "assign",       "submit",     "consensus", "outcome",     "import",
            "index",         "workshops", "workshop-add", "enrol",      "screening", "commitment",  "advance",
            "reverse",       "inform",    "to-inform",    "close-step", "history",   "activities",  "activity-add",
            "pool",          "available", "ranking",      "agreement",  "select",    "print",       "letters"};
        for (const char* command : commands) {
            QVERIFY2(out.contains(QLatin1String(command)), command);
        }
        for (const char* command : commands) {
            QString help;
            QCOMPARE(cli({QLatin1String(command), QStringLiteral("--help")}, &help), 0);
            QVERIFY2(help.contains(QStringLiteral("accreditation-desk-cli ") + QLatin1String(command)),
                     qPrintable(help));
        }
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("missing file") << QStringList{QStringLiteral("candidates")};
        QTest::newRow("two files") << QStringList{QStringLiteral("check"), QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("candidates"), QStringLiteral("--xml"),
                                                       QStringLiteral("f")};
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
        QVERIFY2(out.contains(QStringLiteral("Rating scale")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("  4 Outstanding: ")), qPrintable(out));
        QCOMPARE(cli({QStringLiteral("profile"), m_demo, QStringLiteral("--json")}, &out), 0);
        const QJsonObject profile = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(profile.value(QStringLiteral("groups")).toArray().size(), 7);
        const QJsonArray scale = profile.value(QStringLiteral("scale")).toArray();
        QCOMPARE(scale.size(), 5);
        QCOMPARE(scale.first().toObject().value(QStringLiteral("rating")).toInt(), 0);
        QCOMPARE(scale.last().toObject().value(QStringLiteral("label")).toString(), QStringLiteral("Outstanding"));
        QVERIFY(!scale.last().toObject().value(QStringLiteral("descriptor")).toString().isEmpty());
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

    void aDocumentsTextEditedWithSqliteFailsCheck()
    {
        const QString file = m_dir.filePath(QStringLiteral("read-then-forged.accred"));
        QVERIFY(QFile::copy(m_demo, file));
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("index"), file}, &out, &err), 0);
        QCOMPARE(cli({QStringLiteral("check"), file}, &out, &err), 0);
        QCOMPARE(runSql(file, {QStringLiteral("UPDATE search_index SET body = 'forged words' WHERE rowid = "
                                              "(SELECT min(rowid) FROM search_index WHERE place = 'document')")}),
                 QString());
        QCOMPARE(cli({QStringLiteral("check"), file}, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("The search_row record")) &&
                     err.contains(QStringLiteral("was changed outside Accreditation Desk")),
                 qPrintable(err));
    }

    void aHistoryRewrittenAfterThisComputerSawItWarnsAndFailsCheck()
    {
        const QString file = m_dir.filePath(QStringLiteral("seen-then-rewritten.accred"));
        QVERIFY(QFile::copy(m_demo, file));
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("candidates"), file}, &out, &err), 0);  // seen here
        QCOMPARE(Tamperer::rewriteActor(file, 3, QStringLiteral("someone-else@pc-9")), QString());
        // Any command warns on stderr; check fails.
        QCOMPARE(cli({QStringLiteral("candidates"), file}, &out, &err), 0);
        QVERIFY2(err.contains(QStringLiteral("no longer holds what this computer saw")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("check"), file}, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("no longer holds what this computer saw")), qPrintable(err));
        // Once the officer knows why, this computer takes the present history as seen.
        QCOMPARE(cli({QStringLiteral("check"), file, QStringLiteral("--accept-history")}, &out, &err), 0);
        QCOMPARE(cli({QStringLiteral("check"), file}, &out, &err), 0);
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    void searchTakesWildcardsLiterally()
    {
        QString out;
        QCOMPARE(cli({QStringLiteral("candidates"), m_demo, QStringLiteral("--search"), QStringLiteral("%")}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("0 candidates")));
        QCOMPARE(cli({QStringLiteral("candidates"), m_demo, QStringLiteral("--search"), QStringLiteral("WROBEL"),
                      QStringLiteral("--json")},
                     &out),
                 0);
        const QJsonArray found = QJsonDocument::fromJson(out.toUtf8()).array();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().toObject().value(QStringLiteral("family_name")).toString(), QStringLiteral("Wróbel"));
    }

    void rolesApplyToTheCommandLineToo()
    {
        const QString file = m_dir.filePath(QStringLiteral("roles.accred"));
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("init"), file}), 0);
        QCOMPARE(cli({QStringLiteral("person-add"), file, QStringLiteral("--name"), QStringLiteral("Kenji Morita"),
                      QStringLiteral("--account"), QStringLiteral("kmorita"), QStringLiteral("--role"),
                      QStringLiteral("reviewer")},
                     &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("Recorded Kenji Morita (kmorita) as Reviewer")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("person-add"), file, QStringLiteral("--as"), QStringLiteral("kmorita"),
                      QStringLiteral("--name"), QStringLiteral("Mallory"), QStringLiteral("--account"),
                      QStringLiteral("mallory"), QStringLiteral("--role"), QStringLiteral("officer")},
                     &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("Nothing was saved")), qPrintable(err));
        QCOMPARE(
            cli({QStringLiteral("person-add"), file, QStringLiteral("--name"), QStringLiteral("X"),
                 QStringLiteral("--account"), QStringLiteral("x"), QStringLiteral("--role"), QStringLiteral("boss")},
                &out, &err),
            2);
        QCOMPARE(cli({QStringLiteral("people"), file, QStringLiteral("--json")}, &out), 0);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).array().size(), 2);
        QCOMPARE(cli({QStringLiteral("settings"), file, QStringLiteral("--backups-to-keep"), QStringLiteral("5")}, &out,
                     &err),
                 0);
        QVERIFY(out.contains(QStringLiteral("Daily backups kept: 5")));
        QCOMPARE(cli({QStringLiteral("settings"), file, QStringLiteral("--as"), QStringLiteral("kmorita"),
                      QStringLiteral("--backups-to-keep"), QStringLiteral("9")},
                     &out, &err),
                 1);
    }

    void settingsSetTheRetentionPeriodAndAreAllOrNothing()
    {
        const QString file = m_dir.filePath(QStringLiteral("settings.accred"));
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("init"), file}), 0);
        QCOMPARE(cli({QStringLiteral("settings"), file}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("last decision: 2\n")), qPrintable(out));
        QCOMPARE(cli({QStringLiteral("settings"), file, QStringLiteral("--retention-years"), QStringLiteral("5")}, &out,
                     &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("last decision: 5\n")), qPrintable(out + err));
        QCOMPARE(
            cli({QStringLiteral("settings"), file, QStringLiteral("--retention-years"), QStringLiteral("1")}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("last decision: 1\n")), qPrintable(out));
        QCOMPARE(cli({QStringLiteral("settings"), file, QStringLiteral("--retention-years"), QStringLiteral("51")},
                     &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("between 1 and 50 years")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("settings"), file, QStringLiteral("--retention-years"), QStringLiteral("two")},
                     &out, &err),
                 2);
        QVERIFY2(err.contains(QStringLiteral("--retention-years takes a whole number")), qPrintable(err));
        // One value refused: none of the others given with it is written.
        QCOMPARE(cli({QStringLiteral("settings"), file, QStringLiteral("--backups-to-keep"), QStringLiteral("4"),
                      QStringLiteral("--week-counting"), QStringLiteral("started_weeks"),
                      QStringLiteral("--signatory-title"), QStringLiteral("Programme Manager")},
                     &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("needs their name")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("settings"), file}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("Daily backups kept: 10")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("(working_days)")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("last decision: 1\n")), qPrintable(out));
        QCOMPARE(cli({QStringLiteral("audit"), file, QStringLiteral("--json")}, &out), 0);
        QCOMPARE(out.count(QStringLiteral("settings.update")), 2);
    }

    void aReviewerScoresInTheirOwnFileAndTheOfficerImports()
    {
        const QString file = m_dir.filePath(QStringLiteral("reviews/shared.accred"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("reviews")));
        const QString review = m_dir.filePath(QStringLiteral("reviews/kenji.review"));
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("demo"), file}), 0);
        QCOMPARE(cli({QStringLiteral("person-add"), file, QStringLiteral("--name"), QStringLiteral("Kenji Morita"),
                      QStringLiteral("--account"), QStringLiteral("kmorita"), QStringLiteral("--role"),
                      QStringLiteral("reviewer")}),
                 0);
        // An observer (not recorded) cannot make a review file.
        QCOMPARE(cli({QStringLiteral("review-init"), file, review, QStringLiteral("--as"), QStringLiteral("nobody")},
                     &out, &err),
                 1);
        QVERIFY(!QFileInfo::exists(review));
        QCOMPARE(cli({QStringLiteral("review-init"), file, review, QStringLiteral("--as"), QStringLiteral("kmorita")},
                     &out, &err),
                 0);
        // Reviewers score the candidates the officer assigned to them (`score` takes the
        // candidate and the reviewer since the scoring forms; submitting is its own command).
        QCOMPARE(cli({QStringLiteral("score"), file, QStringLiteral("Sato"), QStringLiteral("--as"),
                      QStringLiteral("kmorita"), QStringLiteral("--reviewer"), QStringLiteral("kmorita"),
                      QStringLiteral("--review"), review, QStringLiteral("--criterion"),
                      QStringLiteral("career.ipr_knowledge"), QStringLiteral("--rating"), QStringLiteral("4")},
                     &out, &err),
                 1);
        // A reviewer sees only the candidates assigned to them (CandidateDisclosure): Sato is
        // not one of theirs yet.
        QVERIFY2(err.contains(QStringLiteral("assigned to you")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("assign"), file, QStringLiteral("Sato"), QStringLiteral("kmorita")}, &out, &err),
                 0);
        const QString sharedBefore = sha256Of(file);
        QCOMPARE(cli({QStringLiteral("score"), file, QStringLiteral("Sato"), QStringLiteral("--as"),
                      QStringLiteral("kmorita"), QStringLiteral("--reviewer"), QStringLiteral("kmorita"),
                      QStringLiteral("--review"), review, QStringLiteral("--criterion"),
                      QStringLiteral("career.ipr_knowledge"), QStringLiteral("--rating"), QStringLiteral("4"),
                      QStringLiteral("--comment"), QStringLiteral("Leads border measures")},
                     &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("Scored Haruka Sato")), qPrintable(err));
        // A hard requirement is met or not met.
        QCOMPARE(cli({QStringLiteral("score"), file, QStringLiteral("Sato"), QStringLiteral("--as"),
                      QStringLiteral("kmorita"), QStringLiteral("--reviewer"), QStringLiteral("kmorita"),
                      QStringLiteral("--review"), review, QStringLiteral("--criterion"),
                      QStringLiteral("language.english"), QStringLiteral("--rating"), QStringLiteral("3")},
                     &out, &err),
                 1);
        QVERIFY(err.contains(QStringLiteral("hard requirement")));
        QCOMPARE(sha256Of(file), sharedBefore);  // the reviewer never wrote the shared file

        QCOMPARE(cli({QStringLiteral("import-review"), file, review}, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("Imported 1 of 1 scores from Kenji Morita")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("import-review"), file, review}, &out, &err), 0);
        QVERIFY(out.contains(QStringLiteral("nothing changed")));
        QCOMPARE(cli({QStringLiteral("import-review"), m_demo, review}, &out, &err), 1);
        QVERIFY(err.contains(QStringLiteral("made for another accreditation file")));

        QCOMPARE(cli({QStringLiteral("audit"), file, QStringLiteral("--json")}, &out), 0);
        QStringList actions;
        for (const QJsonValue& entry : QJsonDocument::fromJson(out.toUtf8()).array()) {
            actions.append(entry.toObject().value(QStringLiteral("action")).toString());
        }
        QCOMPARE(actions.count(QStringLiteral("review.import")), 1);
        QCOMPARE(actions.first(), QStringLiteral("file.create"));
        QCOMPARE(cli({QStringLiteral("audit"), file, QStringLiteral("--candidate"), QStringLiteral("Sato"),
                      QStringLiteral("--json")},
                     &out),
                 0);
        const QJsonArray sato = QJsonDocument::fromJson(out.toUtf8()).array();
        QVERIFY(sato.size() >= 5);  // added, CV, form, four decisions
        for (const QJsonValue& entry : sato) {
            QVERIFY(entry.toObject().value(QStringLiteral("action")).toString() != QLatin1String("review.import"));
        }
        QCOMPARE(cli({QStringLiteral("check"), file}, &out, &err), 0);
    }

    void backupAndRestoreByProcess()
    {
        const QString backup = m_dir.filePath(QStringLiteral("backup.accred"));
        const QString restored = m_dir.filePath(QStringLiteral("restored.accred"));
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("backup"), m_demo, backup}, &out, &err), 0);
        QCOMPARE(cli({QStringLiteral("backup"), m_demo, backup}, &out, &err), 1);  // never overwrites
        QVERIFY(err.contains(QStringLiteral("already exists")));
        QCOMPARE(cli({QStringLiteral("restore"), backup, restored}, &out, &err), 0);
        QCOMPARE(cli({QStringLiteral("check"), restored}, &out, &err), 0);
        QCOMPARE(cli({QStringLiteral("candidates"), restored, QStringLiteral("--json")}, &out), 0);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).array().size(), 14);
        QCOMPARE(cli({QStringLiteral("restore"), backup, m_demo}, &out, &err), 1);
        QVERIFY(err.contains(QStringLiteral("already exists")));
    }

    void readingCommandsLeaveTheFileUntouched()
    {
        const QString before = sha256Of(m_demo);
        QString out;
        for (const char* command : {"candidates", "profile", "check", "people", "audit", "settings"}) {
            QCOMPARE(cli({QLatin1String(command), m_demo}, &out), 0);
        }
        QCOMPARE(sha256Of(m_demo), before);
    }
};

AD_TEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
