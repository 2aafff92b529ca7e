// SPDX-License-Identifier: GPL-3.0-or-later
// A candidate's record on the command line, as the window keeps it: candidate-add (at stage
// "applied", every value read as the import reads it), candidate-edit (only the fields given,
// never the stage), archive and unarchive, attach. Each refusal names the option or says what
// to do, exits 1 (core refused) or 2 (the command line is wrong), and leaves the file byte
// for byte as it was.
#include "TestSupport.h"

#include "domain/Attachment.h"
#include "domain/Candidate.h"
#include "store/Candidates.h"
#include "store/Store.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestCandidateRecordCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    int cli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr)
    {
        return run(QStringLiteral(AD_CLI_PATH), arguments, out, err);
    }

    /// `candidates --json` (with --archived when asked), by family name.
    QHash<QString, QJsonObject> listed(bool archivedToo = false)
    {
        QString out;
        QStringList arguments{QStringLiteral("candidates"), m_file, QStringLiteral("--json")};
        if (archivedToo) {
            arguments << QStringLiteral("--archived");
        }
        cli(arguments, &out);
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue& v : QJsonDocument::fromJson(out.toUtf8()).array()) {
            byName.insert(v.toObject().value(QStringLiteral("family_name")).toString(), v.toObject());
        }
        return byName;
    }

    /// Runs `arguments` and checks it is refused with `code`, `expected` in the message and
    /// nothing written.
    void refused(const QStringList& arguments, int code, const QString& expected)
    {
        const QString before = sha256Of(m_file);
        QString out;
        QString err;
        QCOMPARE(cli(arguments, &out, &err), code);
        QVERIFY2(err.contains(expected), qPrintable(err));
        QCOMPARE(sha256Of(m_file), before);
    }

    static QStringList required(const QString& familyName)
    {
        return {QStringLiteral("--family-name"),      familyName,
                QStringLiteral("--nationality"),      QStringLiteral("Ghanaian"),
                QStringLiteral("--administration"),   QStringLiteral("Ghana Revenue Authority"),
                QStringLiteral("--region"),           QStringLiteral("west_central_africa"),
                QStringLiteral("--application-date"), QStringLiteral("2023-02-01")};
    }

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("demo.accred"));
        QCOMPARE(cli({QStringLiteral("demo"), m_file}), 0);
        QCOMPARE(cli({QStringLiteral("person-add"), m_file, QStringLiteral("--name"), QStringLiteral("Olga Observer"),
                      QStringLiteral("--account"), QStringLiteral("olga"), QStringLiteral("--role"),
                      QStringLiteral("observer")}),
                 0);
    }

    void addsACandidateAtStageApplied()
    {
        QString out;
        QString err;
        QVERIFY2(
            cli(QStringList{QStringLiteral("candidate-add"), m_file} + required(QStringLiteral("Owusu")) +
                    QStringList{QStringLiteral("--given-names"), QStringLiteral("Kwame"), QStringLiteral("--email"),
                                QStringLiteral("k.owusu@gra.example"), QStringLiteral("--other-languages"),
                                QStringLiteral("French:b2"), QStringLiteral("--years-in-customs"), QStringLiteral("12"),
                                QStringLiteral("--consent-to-keep-data"), QStringLiteral("yes")},
                &out, &err) == 0,
            qPrintable(err));
        QVERIFY2(out.contains(QStringLiteral("Kwame Owusu")), qPrintable(out));
        const QJsonObject added = listed().value(QStringLiteral("Owusu"));
        QCOMPARE(added.value(QStringLiteral("stage")).toString(), QStringLiteral("applied"));
        QCOMPARE(added.value(QStringLiteral("email")).toString(), QStringLiteral("k.owusu@gra.example"));
        QCOMPARE(added.value(QStringLiteral("years_in_customs")).toInt(), 12);
        QCOMPARE(added.value(QStringLiteral("consent_to_keep_data")).toBool(), true);
        QCOMPARE(added.value(QStringLiteral("region")).toString(), QStringLiteral("west_central_africa"));
        // One audit entry, as the window's New Candidate writes it.
        QCOMPARE(cli({QStringLiteral("audit"), m_file, QStringLiteral("--candidate"), QStringLiteral("Owusu"),
                      QStringLiteral("--json")},
                     &out, &err),
                 0);
        QCOMPARE(out.count(QStringLiteral("\"candidate.create\"")), 1);
    }

    void addRefusesWhatTheEditorRefusesNamingTheOption()
    {
        const QStringList add{QStringLiteral("candidate-add"), m_file};
        // A value that does not read: the command line is wrong (2), the option is named.
        refused(add + required(QStringLiteral("Asante")) +
                    QStringList{QStringLiteral("--region"), QStringLiteral("mars")},
                2, QStringLiteral("--region"));
        refused(add + required(QStringLiteral("Asante")) +
                    QStringList{QStringLiteral("--date-of-birth"), QStringLiteral("12/03/1980")},
                2, QStringLiteral("--date-of-birth"));
        refused(add + required(QStringLiteral("Asante")) +
                    QStringList{QStringLiteral("--years-in-customs"), QStringLiteral("many")},
                2, QStringLiteral("--years-in-customs"));
        // Core's rules: a required field left out, an e-mail that is none, a future date.
        refused(add + QStringList{QStringLiteral("--family-name"), QStringLiteral("Asante")}, 1,
                QStringLiteral("--nationality"));
        refused(add + required(QStringLiteral("Asante")) +
                    QStringList{QStringLiteral("--email"), QStringLiteral("nope")},
                1, QStringLiteral("--email"));
        refused(add + required(QStringLiteral("Asante")) +
                    QStringList{QStringLiteral("--application-date"), QStringLiteral("2999-01-01")},
                1, QStringLiteral("--application-date"));
        // Officers only: an observer may not add anyone.
        refused(add + required(QStringLiteral("Asante")) + QStringList{QStringLiteral("--as"), QStringLiteral("olga")},
                1, QString());
        QVERIFY(!listed(true).contains(QStringLiteral("Asante")));
    }

    void editChangesOnlyTheFieldsGiven()
    {
        const QJsonObject before = listed().value(QStringLiteral("Dlamini"));
        QVERIFY(!before.isEmpty());
        QString out;
        QString err;
        QVERIFY2(cli({QStringLiteral("candidate-edit"), m_file, QStringLiteral("Dlamini"), QStringLiteral("--position"),
                      QStringLiteral("Chief inspector"), QStringLiteral("--english-level"), QStringLiteral("C2")},
                     &out, &err) == 0,
                 qPrintable(err));
        const QJsonObject after = listed().value(QStringLiteral("Dlamini"));
        QCOMPARE(after.value(QStringLiteral("position")).toString(), QStringLiteral("Chief inspector"));
        QCOMPARE(after.value(QStringLiteral("english_level")).toString(), QStringLiteral("c2"));
        for (const QString& kept : {QStringLiteral("email"), QStringLiteral("given_names"), QStringLiteral("stage"),
                                    QStringLiteral("administration"), QStringLiteral("application_date"),
                                    QStringLiteral("other_languages")}) {
            QCOMPARE(after.value(kept), before.value(kept));
        }
        QCOMPARE(after.value(QStringLiteral("row_version")).toInteger(),
                 before.value(QStringLiteral("row_version")).toInteger() + 1);
        // An empty value empties an optional field.
        QVERIFY2(cli({QStringLiteral("candidate-edit"), m_file, QStringLiteral("Dlamini"), QStringLiteral("--position"),
                      QString()},
                     &out, &err) == 0,
                 qPrintable(err));
        QCOMPARE(listed().value(QStringLiteral("Dlamini")).value(QStringLiteral("position")).toString(), QString());
    }

    void editRefusalsWriteNothing()
    {
        const QStringList edit{QStringLiteral("candidate-edit"), m_file, QStringLiteral("Dlamini")};
        refused(edit, 2, QStringLiteral("Nothing to change"));
        refused(edit + QStringList{QStringLiteral("--gender"), QStringLiteral("robot")}, 2, QStringLiteral("--gender"));
        refused(edit + QStringList{QStringLiteral("--family-name"), QString()}, 1, QStringLiteral("--family-name"));
        refused(edit + QStringList{QStringLiteral("--phone"), QStringLiteral("call me")}, 1, QStringLiteral("--phone"));
        refused(edit + QStringList{QStringLiteral("--email"), QStringLiteral("x@y.org"), QStringLiteral("--as"),
                                   QStringLiteral("olga")},
                1, QString());
        refused({QStringLiteral("candidate-edit"), m_file, QStringLiteral("Nobody Such"), QStringLiteral("--email"),
                 QStringLiteral("x@y.org")},
                1, QStringLiteral("Nobody Such"));
    }

    void editRefusesAnErasedRecord()
    {
        QString out;
        QString err;
        QVERIFY2(cli({QStringLiteral("erase"), m_file, QStringLiteral("Haddad"), QStringLiteral("--reason"),
                      QStringLiteral("Asked to be forgotten"), QStringLiteral("--yes")},
                     &out, &err) == 0,
                 qPrintable(err));
        QString id;
        for (const QJsonObject& c : listed(true)) {
            if (!c.value(QStringLiteral("erased_at")).isNull() &&
                !c.value(QStringLiteral("erased_at")).toString().isEmpty()) {
                id = c.value(QStringLiteral("id")).toString();
            }
        }
        QVERIFY(!id.isEmpty());
        refused({QStringLiteral("candidate-edit"), m_file, id, QStringLiteral("--position"), QStringLiteral("Back")}, 1,
                QStringLiteral("erased"));
    }

    void archivesAndBringsBack()
    {
        QString out;
        QString err;
        QVERIFY(listed().contains(QStringLiteral("Mensah")));
        QVERIFY2(cli({QStringLiteral("archive"), m_file, QStringLiteral("Mensah")}, &out, &err) == 0, qPrintable(err));
        QVERIFY(!listed().contains(QStringLiteral("Mensah")));
        QVERIFY(listed(true).contains(QStringLiteral("Mensah")));
        // Again: nothing to do, nothing written.
        const QString before = sha256Of(m_file);
        QVERIFY2(cli({QStringLiteral("archive"), m_file, QStringLiteral("Mensah")}, &out, &err) == 0, qPrintable(err));
        QVERIFY2(out.contains(QStringLiteral("already archived")), qPrintable(out));
        QCOMPARE(sha256Of(m_file), before);
        refused({QStringLiteral("unarchive"), m_file, QStringLiteral("Mensah"), QStringLiteral("--as"),
                 QStringLiteral("olga")},
                1, QString());
        QVERIFY2(cli({QStringLiteral("unarchive"), m_file, QStringLiteral("Mensah")}, &out, &err) == 0,
                 qPrintable(err));
        QVERIFY(listed().contains(QStringLiteral("Mensah")));
        QCOMPARE(cli({QStringLiteral("audit"), m_file, QStringLiteral("--candidate"), QStringLiteral("Mensah"),
                      QStringLiteral("--json")},
                     &out, &err),
                 0);
        QCOMPARE(out.count(QStringLiteral("\"candidate.archive\"")), 1);
        QCOMPARE(out.count(QStringLiteral("\"candidate.restore\"")), 1);
    }

    void attachesADocument()
    {
        const QString letter = m_dir.filePath(QStringLiteral("motivation.txt"));
        QVERIFY(writeFile(letter, "I wish to serve as an advisor on border enforcement.\n"));
        QString out;
        QString err;
        QVERIFY2(cli({QStringLiteral("attach"), m_file, QStringLiteral("Diallo"), letter, QStringLiteral("--kind"),
                      QStringLiteral("application_form")},
                     &out, &err) == 0,
                 qPrintable(err));
        {
            auto store = Store::open(m_file, Store::Access::ReadOnly);
            QVERIFY(store.ok());
            const auto found = store.value()->candidates().find(QStringLiteral("Diallo"));
            QVERIFY(found.ok() && found.value().size() == 1);
            const auto attachments = store.value()->candidates().attachments(found.value().constFirst().meta.id);
            QVERIFY(attachments.ok());
            const auto it =
                std::find_if(attachments.value().cbegin(), attachments.value().cend(),
                             [](const Attachment& a) { return a.fileName == QLatin1String("motivation.txt"); });
            QVERIFY(it != attachments.value().cend());
            QCOMPARE(it->kind, AttachmentKind::ApplicationForm);
            QCOMPARE(it->mediaType, QStringLiteral("text/plain"));
        }
        // The same document twice, one that is none we accept, a kind that is none, a
        // missing file: refused, nothing written.
        refused({QStringLiteral("attach"), m_file, QStringLiteral("Diallo"), letter}, 1,
                QStringLiteral("already attached"));
        const QString binary = m_dir.filePath(QStringLiteral("program.bin"));
        QVERIFY(writeFile(binary, QByteArray("\x7f"
                                             "ELF\x02\x01\x01\0\0\0\0",
                                             12)));
        refused({QStringLiteral("attach"), m_file, QStringLiteral("Diallo"), binary}, 1, QStringLiteral("program.bin"));
        refused({QStringLiteral("attach"), m_file, QStringLiteral("Diallo"), letter, QStringLiteral("--kind"),
                 QStringLiteral("photo")},
                2, QStringLiteral("--kind"));
        refused(
            {QStringLiteral("attach"), m_file, QStringLiteral("Diallo"), m_dir.filePath(QStringLiteral("none.pdf"))}, 1,
            QStringLiteral("none.pdf"));
        refused({QStringLiteral("attach"), m_file, QStringLiteral("Diallo"), letter, QStringLiteral("--as"),
                 QStringLiteral("olga")},
                1, QString());
    }

    void checkFindsNothingWrong()
    {
        QString out;
        QString err;
        QVERIFY2(cli({QStringLiteral("check"), m_file}, &out, &err) == 0, qPrintable(out + err));
    }
};

AD_TEST_GUILESS_MAIN(TestCandidateRecordCli)
#include "TestCandidateRecordCli.moc"
