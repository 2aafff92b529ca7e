// SPDX-License-Identifier: GPL-3.0-or-later
// What a reviewer sees (issue #16) on the command line: `candidates` (list, JSON, search),
// `export`, `print` and the `settings` that widen it or anonymise a round, run as a
// reviewer (--as) assigned 2 of 5 candidates and as the officer. Each check has the
// officer's run beside it, which shows what the reviewer's must not, so each can fail.
#include "TestSupport.h"

#include "assessment/CandidateDisclosure.h"
#include "domain/Candidate.h"
#include "domain/Person.h"
#include "store/Assessment.h"
#include "store/Candidates.h"
#include "store/People.h"
#include "store/Store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const QString kReviewer = QStringLiteral("rnovak");
const QStringList kOthers = {QStringLiteral("Abara"), QStringLiteral("Chen"), QStringLiteral("Evans")};
const QStringList kTheirs = {QStringLiteral("Bianchi"), QStringLiteral("Dlamini")};

}  // namespace

class TestReviewerViewCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    QUuid m_bianchi;

    int cli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr)
    {
        return run(QStringLiteral(AD_CLI_PATH), arguments, out, err);
    }

    /// What `arguments` print, run as `account` (empty: the officer); fails the test on an error.
    QString output(const QStringList& arguments, const QString& account = QString())
    {
        QString out;
        QString err;
        const QStringList as = account.isEmpty() ? QStringList() : QStringList{QStringLiteral("--as"), account};
        const int code = cli(arguments + as, &out, &err);
        if (code != 0) {
            qWarning("%s exited %d: %s", qPrintable(arguments.join(QLatin1Char(' '))), code, qPrintable(err));
            return QStringLiteral("FAILED");
        }
        return out;
    }

    QString fileText(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    QString sheetText(const QString& candidate, const QString& account)
    {
        const QString pdf = m_dir.filePath(
            QStringLiteral("sheet-%1-%2.pdf").arg(account.isEmpty() ? QStringLiteral("officer") : account, candidate));
        QFile::remove(pdf);
        output({QStringLiteral("print"), m_file, QStringLiteral("--sheet"), candidate, QStringLiteral("-o"), pdf},
               account);
        QString text;
        run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}, &text);
        return text;
    }

    static bool containsAny(const QString& text, const QStringList& words)
    {
        for (const QString& w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    void setReviewing(const QStringList& options)
    {
        QString err;
        QCOMPARE(cli(QStringList{QStringLiteral("settings"), m_file} + options, nullptr, &err), 0);
    }

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("reviewing.accred"));
        auto store = createStore(m_file);
        QVERIFY(store);
        QList<QUuid> ids;
        int n = 0;
        for (const char* family : {"Abara", "Bianchi", "Chen", "Dlamini", "Evans"}) {
            Candidate c = sampleCandidate(QString::fromLatin1(family));
            c.administration = QStringLiteral("%1 Customs Service").arg(QString::fromLatin1(family));
            c.email = QStringLiteral("%1@mail.example").arg(QString::fromLatin1(family).toLower());
            c.phone = QStringLiteral("+32 2 555 01 0%1").arg(++n);
            c.dateOfBirth = QDate(1971, 3, 10 + n);
            const auto saved = store->candidates().save(c);
            QVERIFY2(saved.ok(), qPrintable(saved.message()));
            ids.append(saved.value().meta.id);
        }
        m_bianchi = ids.at(1);
        Person reviewer;
        reviewer.name = QStringLiteral("Radek Novak");
        reviewer.account = kReviewer;
        reviewer.role = PersonRole::Reviewer;
        const auto person = store->people().save(reviewer);
        QVERIFY2(person.ok(), qPrintable(person.message()));
        QVERIFY(store->assessment().assignReviewer(ids.at(1), person.value().meta.id).ok());
        QVERIFY(store->assessment().assignReviewer(ids.at(3), person.value().meta.id).ok());
    }

    void init()
    {
        setReviewing({QStringLiteral("--reviewers-see"), QStringLiteral("assigned"), QStringLiteral("--anonymise"),
                      QStringLiteral("none")});
    }

    void candidatesListsAReviewerTheirTwoWithoutContactDetails()
    {
        const QString officer = output({QStringLiteral("candidates"), m_file, QStringLiteral("--json")});
        QVERIFY(officer.contains(QStringLiteral("abara@mail.example")) &&
                officer.contains(QStringLiteral("1971-03-12")));
        QVERIFY(containsAny(officer, kOthers));

        const QString list = output({QStringLiteral("candidates"), m_file}, kReviewer);
        QVERIFY2(list.contains(QStringLiteral("2 candidates")), qPrintable(list));
        QVERIFY(list.contains(QStringLiteral("Bianchi")) && list.contains(QStringLiteral("Dlamini")));
        QVERIFY2(!containsAny(list, kOthers), qPrintable(list));

        const QString json = output({QStringLiteral("candidates"), m_file, QStringLiteral("--json")}, kReviewer);
        QVERIFY(json.contains(QStringLiteral("Bianchi")));
        QVERIFY2(!containsAny(json, kOthers), qPrintable(json));
        QVERIFY2(!json.contains(QStringLiteral("@mail.example")), qPrintable(json));
        QVERIFY(!json.contains(QStringLiteral("555 01")));
        QVERIFY(!json.contains(QStringLiteral("1971-03")));

        // Searching finds neither someone else nor anyone by a hidden field.
        const QString other = output(
            {QStringLiteral("candidates"), m_file, QStringLiteral("--search"), QStringLiteral("Abara")}, kReviewer);
        QVERIFY2(!other.contains(QStringLiteral("Abara")) && other.contains(QStringLiteral("0 candidates")),
                 qPrintable(other));
        const QString byMail = output(
            {QStringLiteral("candidates"), m_file, QStringLiteral("--search"), QStringLiteral("bianchi@mail.example")},
            kReviewer);
        QVERIFY2(byMail.contains(QStringLiteral("0 candidates")), qPrintable(byMail));
        const QString officerByMail = output(
            {QStringLiteral("candidates"), m_file, QStringLiteral("--search"), QStringLiteral("bianchi@mail.example")});
        QVERIFY2(officerByMail.contains(QStringLiteral("1 candidate")), qPrintable(officerByMail));
    }

    void anExportByAReviewerHoldsTheirTwoWithoutContactDetails()
    {
        const QString officerCsv = m_dir.filePath(QStringLiteral("officer.csv"));
        output({QStringLiteral("export"), m_file, QStringLiteral("candidates"), QStringLiteral("-o"), officerCsv});
        QVERIFY(fileText(officerCsv).contains(QStringLiteral("abara@mail.example")));

        const QString csv = m_dir.filePath(QStringLiteral("reviewer.csv"));
        output({QStringLiteral("export"), m_file, QStringLiteral("candidates"), QStringLiteral("-o"), csv}, kReviewer);
        const QString text = fileText(csv);
        QVERIFY2(text.contains(QStringLiteral("Bianchi")) && text.contains(QStringLiteral("Dlamini")),
                 qPrintable(text));
        QVERIFY2(!containsAny(text, kOthers), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("@mail.example")) && !text.contains(QStringLiteral("555 01")),
                 qPrintable(text));
    }

    void aReviewerPrintsOnlyTheirCandidatesSheetsWithoutContactDetails()
    {
        const QString sheet = sheetText(QStringLiteral("Bianchi"), kReviewer);
        QVERIFY2(sheet.contains(QStringLiteral("Bianchi")), qPrintable(sheet.left(1000)));
        QVERIFY(!sheet.contains(QStringLiteral("@mail.example")));
        QVERIFY(!sheet.contains(QStringLiteral("1971")));
        // Someone not assigned to them is not found, and nothing is printed.
        const QString pdf = m_dir.filePath(QStringLiteral("abara.pdf"));
        QString err;
        QVERIFY(cli({QStringLiteral("print"), m_file, QStringLiteral("--sheet"), QStringLiteral("Abara"),
                     QStringLiteral("-o"), pdf, QStringLiteral("--as"), kReviewer},
                    nullptr, &err) != 0);
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(!err.contains(QStringLiteral("Abara Customs")));
    }

    void theOfficerWidensTheViewAndAnonymisesARound()
    {
        setReviewing({QStringLiteral("--reviewers-see"), QStringLiteral("all"), QStringLiteral("--anonymise"),
                      QStringLiteral("selection")});
        QString settings;
        QCOMPARE(cli({QStringLiteral("settings"), m_file}, &settings), 0);
        QVERIFY2(settings.contains(QStringLiteral("Reviewers see: all candidates")), qPrintable(settings));
        QVERIFY2(settings.contains(QStringLiteral("(selection)")), qPrintable(settings));

        const QString list = output({QStringLiteral("candidates"), m_file}, kReviewer);
        QVERIFY2(list.contains(QStringLiteral("5 candidates")), qPrintable(list));
        QVERIFY2(!containsAny(list, kOthers + kTheirs), qPrintable(list));
        QVERIFY2(!list.contains(QStringLiteral("Customs Service")), qPrintable(list));
        QVERIFY(list.contains(CandidateDisclosure::codeOf(m_bianchi)));

        const QString csv = m_dir.filePath(QStringLiteral("anonymous.csv"));
        output({QStringLiteral("export"), m_file, QStringLiteral("candidates"), QStringLiteral("-o"), csv}, kReviewer);
        QVERIFY2(
            !containsAny(fileText(csv),
                         kOthers + kTheirs + QStringList{QStringLiteral("Customs Service"), QStringLiteral("@mail")}),
            qPrintable(fileText(csv)));

        // The sheet is the anonymised one, even asked for by name.
        const QString id = m_bianchi.toString(QUuid::WithoutBraces);
        const QString sheet = sheetText(id, kReviewer);
        QVERIFY2(sheet.contains(CandidateDisclosure::codeOf(m_bianchi)), qPrintable(sheet.left(1000)));
        QVERIFY2(!sheet.contains(QStringLiteral("Bianchi")), qPrintable(sheet.left(1000)));

        // The officer still sees every name.
        const QString officer = output({QStringLiteral("candidates"), m_file});
        QVERIFY(officer.contains(QStringLiteral("Bianchi")) && officer.contains(QStringLiteral("Abara")));
        QVERIFY(sheetText(id, {}).contains(QStringLiteral("Bianchi")));
    }

    void aWrongSettingIsRefusedAndWritesNothing()
    {
        const QString before = sha256Of(m_file);
        QString err;
        QCOMPARE(cli({QStringLiteral("settings"), m_file, QStringLiteral("--anonymise"), QStringLiteral("stage9")},
                     nullptr, &err),
                 2);
        QVERIFY2(err.contains(QStringLiteral("--anonymise")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("settings"), m_file, QStringLiteral("--reviewers-see"), QStringLiteral("some")},
                     nullptr, &err),
                 2);
        // A reviewer may not change it.
        QVERIFY(cli({QStringLiteral("settings"), m_file, QStringLiteral("--reviewers-see"), QStringLiteral("all"),
                     QStringLiteral("--as"), kReviewer},
                    nullptr, &err) != 0);
        QCOMPARE(sha256Of(m_file), before);
    }
};

QTEST_GUILESS_MAIN(TestReviewerViewCli)
#include "TestReviewerViewCli.moc"
