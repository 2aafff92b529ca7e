// SPDX-License-Identifier: GPL-3.0-or-later
// A whole call through the command line, on a new file, over seven months of a clock the
// test sets (issues #13, #16): 25 applications to a 10-seat workshop imported from a
// spreadsheet, the pre-check, Stage 1 scored before the workshop (three reviewers through
// their own review files, the officer's consensus for the rest), ranking and `select` on
// Stage 1 alone with nobody waitlisted first, commitments,
// the workshop and its outcomes, informing, Stage 3, accreditation, a reversal, the pool
// and a booking against the 12-week ledger. The commands run in this process through
// runCli(), the function the CLI's main() calls, so that the clock is moved here
// (Clock::setForTesting) and nowhere a user could move it. After every step `check` must
// find nothing; every refusal must leave the file byte for byte and its audit trail as
// they were.
#include "Clock.h"
#include "FrontEnd.h"
#include "RunCli.h"
#include "TestSupport.h"
#include "TestMain.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace TestSupport;

namespace {

const QString kWorkshop = QStringLiteral("Lisbon workshop");

QDateTime noonOn(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0));
}

}  // namespace

class TestWholeCycle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    QElapsedTimer m_timer;
    QString m_officer;  // the operating-system account, who made the file
    QStringList m_keys;  // Stage 1's criteria: the profile's, in its order
    QSet<QString> m_hard;  // those of them that are hard requirements (rated 0 or 1)
    QList<QPair<QString, double>> m_stage1Ranking;  // the ranking `select` used: names and totals

    /// Runs one command line in this process, as the CLI's main() would.
    int cli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr)
    {
        QString o;
        QString e;
        int code = 0;
        {
            QTextStream outStream(&o);
            QTextStream errStream(&e);
            code = runCli(arguments, outStream, errStream);
        }
        if (out) {
            *out = o;
        }
        if (err) {
            *err = e;
        }
        return code;
    }

    QJsonDocument json(const QStringList& arguments)
    {
        QString out;
        QString err;
        const int code = cli(arguments, &out, &err);
        if (code != 0) {
            qWarning("%s: %s", qPrintable(arguments.join(QLatin1Char(' '))), qPrintable(err));
        }
        return QJsonDocument::fromJson(out.toUtf8());
    }

    /// The entries of the audit trail, read straight from the file (read-only, no lease).
    int auditLength()
    {
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("whole-cycle-audit"));
            db.setDatabaseName(m_file);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next()) {
                    count = q.value(0).toInt();
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("whole-cycle-audit"));
        return count;
    }

    /// `check` over the whole file (integrity, every invariant, the audit trail): nothing found.
    bool clean(const QString& after)
    {
        QString out;
        QString err;
        const int code = cli({QStringLiteral("check"), m_file}, &out, &err);
        if (code != 0 || !out.contains(QStringLiteral("no problems found"))) {
            qWarning("after %s, check found:\n%s", qPrintable(after), qPrintable(err));
            return false;
        }
        return true;
    }

    /// A command that must succeed; the file stays clean after it.
    bool step(QStringList arguments, QString* out = nullptr)
    {
        arguments.insert(1, m_file);
        QString o;
        QString err;
        const int code = cli(arguments, &o, &err);
        if (out) {
            *out = o;
        }
        if (code != 0) {
            qWarning("%s refused (%d): %s", qPrintable(arguments.join(QLatin1Char(' '))), code, qPrintable(err));
            return false;
        }
        return clean(arguments.join(QLatin1Char(' ')));
    }

    /// A command that core must refuse with a message containing `why`; nothing written.
    bool refused(QStringList arguments, const QString& why)
    {
        arguments.insert(1, m_file);
        const int entries = auditLength();
        const QString before = sha256Of(m_file);
        QString err;
        const int code = cli(arguments, nullptr, &err);
        if (code != 1 || !err.contains(why)) {
            qWarning("%s: exit %d, \"%s\" (expected exit 1 and \"%s\")", qPrintable(arguments.join(QLatin1Char(' '))),
                     code, qPrintable(err.trimmed()), qPrintable(why));
            return false;
        }
        if (sha256Of(m_file) != before || auditLength() != entries) {
            qWarning("%s was refused but wrote to the file", qPrintable(arguments.join(QLatin1Char(' '))));
            return false;
        }
        // The file is byte for byte the one `check` passed after the step before.
        return true;
    }

    QHash<QString, QString> idsByFamilyName()
    {
        QHash<QString, QString> ids;
        for (const QJsonValue& c : json({QStringLiteral("candidates"), m_file, QStringLiteral("--json")}).array()) {
            ids.insert(c.toObject().value(QStringLiteral("family_name")).toString(),
                       c.toObject().value(QStringLiteral("id")).toString());
        }
        return ids;
    }

    QString stageOf(const QString& familyName)
    {
        for (const QJsonValue& c : json({QStringLiteral("candidates"), m_file, QStringLiteral("--json")}).array()) {
            if (c.toObject().value(QStringLiteral("family_name")).toString() == familyName) {
                return c.toObject().value(QStringLiteral("stage")).toString();
            }
        }
        return {};
    }

    /// Family names of the pool's advisors, and of those `available` ranks for a fortnight.
    QStringList poolNames()
    {
        QStringList names;
        for (const QJsonValue& a : json({QStringLiteral("pool"), m_file, QStringLiteral("--json")}).array()) {
            names.append(a.toObject().value(QStringLiteral("family_name")).toString());
        }
        names.sort();
        return names;
    }
    QStringList availableNames()
    {
        const QDate from = Clock::today().addDays(21);
        const QJsonObject found =
            json({QStringLiteral("available"), m_file, QStringLiteral("--from"), from.toString(Qt::ISODate),
                  QStringLiteral("--to"), from.addDays(4).toString(Qt::ISODate), QStringLiteral("--online"),
                  QStringLiteral("--json")})
                .object();
        QStringList names;
        for (const QJsonValue& a : found.value(QStringLiteral("available")).toArray()) {
            names.append(a.toObject().value(QStringLiteral("name")).toString());
        }
        names.sort();
        return names;
    }
    QJsonObject advisor(const QString& familyName)
    {
        for (const QJsonValue& a : json({QStringLiteral("pool"), m_file, QStringLiteral("--json")}).array()) {
            if (a.toObject().value(QStringLiteral("family_name")).toString() == familyName) {
                return a.toObject();
            }
        }
        return {};
    }

    /// The pending informing, checked to name each candidate once; their family names.
    bool toInformOnce(QStringList* names)
    {
        const auto ids = idsByFamilyName();
        QSet<QString> seen;
        for (const QJsonValue& p : json({QStringLiteral("to-inform"), m_file, QStringLiteral("--json")}).array()) {
            const QString id = p.toObject().value(QStringLiteral("candidate_id")).toString();
            if (seen.contains(id)) {
                qWarning("to-inform lists %s twice", qPrintable(ids.key(id)));
                return false;
            }
            seen.insert(id);
            names->append(ids.key(id));
        }
        names->sort();
        return true;
    }

    bool informAll(const QStringList& names)
    {
        for (const QString& name : names) {
            if (!step({QStringLiteral("inform"), name, QStringLiteral("--channel"), QStringLiteral("email")})) {
                return false;
            }
        }
        return true;
    }

    /// `reviewer` rates every item of `candidate`'s form in `round` through their own review
    /// file, with the blank sheet of that round typed back in one `scores-import`, submits
    /// that round alone and the officer imports the file. Returns the number of items rated.
    int scoreARoundThroughAReviewFile(const QString& reviewer, const QString& candidate, const QString& round)
    {
        const QString review = m_dir.filePath(reviewer + QStringLiteral(".review"));
        const QString sheet = m_dir.filePath(reviewer + QLatin1Char('-') + round + QStringLiteral(".csv"));
        const QStringList asReviewer{QStringLiteral("--as"), reviewer};
        const QStringList inReview{QStringLiteral("--review"), review};
        QString out;
        QString err;
        if (!step({QStringLiteral("assign"), candidate, reviewer, QStringLiteral("--round"), round}) ||
            cli(QStringList{QStringLiteral("review-init"), m_file, review} + asReviewer, &out, &err) != 0 ||
            cli(QStringList{QStringLiteral("scores-template"), m_file, QStringLiteral("--workshop"), kWorkshop,
                            QStringLiteral("--round"), round, QStringLiteral("--wide"), QStringLiteral("--anonymous"),
                            QStringLiteral("-o"), sheet} +
                    inReview + asReviewer,
                &out, &err) != 0) {
            qWarning("%s", qPrintable(err));
            return -1;
        }
        // The blank sheet: a header and this reviewer's one candidate; every item rated 1 (a
        // hard requirement's "met" and a low rating elsewhere), the round column kept.
        QFile file(sheet);
        if (!file.open(QIODevice::ReadOnly)) {
            return -1;
        }
        QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        file.close();
        if (lines.size() != 2) {
            qWarning("expected one candidate on %s's sheet: %s", qPrintable(reviewer), qPrintable(lines.join(u'|')));
            return -1;
        }
        QStringList cells = lines.at(1).trimmed().split(QLatin1Char(','));
        for (int c = 1; c < cells.size() - 1; ++c) {
            cells[c] = QStringLiteral("1");
        }
        lines[1] = cells.join(QLatin1Char(','));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(lines.join(u'\n').toUtf8()) < 0) {
            return -1;
        }
        file.close();
        const QString shared = sha256Of(m_file);
        if (cli(QStringList{QStringLiteral("scores-import"), m_file, sheet, QStringLiteral("--round"), round} +
                    inReview + asReviewer,
                &out, &err) != 0 ||
            cli(QStringList{QStringLiteral("submit"), m_file, candidate, QStringLiteral("--reviewer"), reviewer,
                            QStringLiteral("--round"), round} +
                    inReview + asReviewer,
                &out, &err) != 0) {
            qWarning("%s", qPrintable(err));
            return -1;
        }
        // A reviewer's work stays in their review file until the officer imports it.
        if (sha256Of(m_file) != shared || !step({QStringLiteral("import-review"), review})) {
            return -1;
        }
        return int(cells.size()) - 2;
    }

    /// The reviewers' figures of one round, by account.
    QHash<QString, QJsonObject> reviewersIn(const QString& round)
    {
        QHash<QString, QJsonObject> byAccount;
        for (const QJsonValue& r :
             json({QStringLiteral("reviewers"), m_file, QStringLiteral("--round"), round, QStringLiteral("--json")})
                 .array()) {
            byAccount.insert(r.toObject().value(QStringLiteral("account")).toString(), r.toObject());
        }
        return byAccount;
    }

    QJsonDocument rankingOfTheWorkshop()
    {
        return json(
            {QStringLiteral("ranking"), m_file, QStringLiteral("--workshop"), kWorkshop, QStringLiteral("--json")});
    }

    /// The ranking's order and totals (what Stage 1 decides), without the stages it also shows.
    QList<QPair<QString, double>> rankedNamesAndTotals()
    {
        QList<QPair<QString, double>> order;
        for (const QJsonValue& r : rankingOfTheWorkshop().object().value(QStringLiteral("ranking")).toArray()) {
            order.append({r.toObject().value(QStringLiteral("name")).toString(),
                          r.toObject().value(QStringLiteral("total")).toDouble()});
        }
        return order;
    }

    /// The applicants of the workshop (`candidates --workshop`), by family name: the workshop
    /// each applied to and the one where they hold a seat (empty when none).
    QHash<QString, QPair<QString, QString>> applicantsOfTheWorkshop()
    {
        QHash<QString, QPair<QString, QString>> byName;
        for (const QJsonValue& c : json({QStringLiteral("candidates"), m_file, QStringLiteral("--workshop"), kWorkshop,
                                         QStringLiteral("--json")})
                                       .array()) {
            const QJsonObject o = c.toObject();
            byName.insert(o.value(QStringLiteral("family_name")).toString(),
                          {o.value(QStringLiteral("workshop")).toString(), o.value(QStringLiteral("seat")).toString()});
        }
        return byName;
    }

    /// The officer's consensus of `round` for `ratings` (family name -> a rating per
    /// criterion key), entered in one `scores-import` of a wide sheet naming candidates by id.
    bool consensusInBulk(const QString& round, const QStringList& keys,
                         const QHash<QString, QHash<QString, int>>& ratings)
    {
        const auto ids = idsByFamilyName();
        QStringList lines{QStringLiteral("candidate,") + keys.join(QLatin1Char(',')) + QStringLiteral(",round")};
        for (auto it = ratings.cbegin(); it != ratings.cend(); ++it) {
            QStringList cells{ids.value(it.key())};
            for (const QString& key : keys) {
                cells.append(QString::number(it.value().value(key)));
            }
            cells.append(round);
            lines.append(cells.join(QLatin1Char(',')));
        }
        const QString sheet = m_dir.filePath(QStringLiteral("consensus-") + round + QStringLiteral(".csv"));
        return writeFile(sheet, lines.join(QLatin1Char('\n')).toUtf8() + '\n') &&
               step({QStringLiteral("scores-import"), sheet, QStringLiteral("--consensus"),
                     QStringLiteral("--workshop"), kWorkshop, QStringLiteral("--round"), round});
    }

    bool decide(const QString& who, const QString& to, const QString& reason, const QStringList& more = {})
    {
        return step(QStringList{QStringLiteral("advance"), who, QStringLiteral("--to"), to, QStringLiteral("--reason"),
                                reason} +
                    more);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_timer.start();
        // As the CLI's main() sets them: settings (what this computer saw of the file) and
        // the advice that names commands, not menus.
        QCoreApplication::setOrganizationName(QStringLiteral("WCO"));
        QCoreApplication::setApplicationName(QStringLiteral("Accreditation Desk"));
        FrontEnd::set(FrontEnd::Kind::CommandLine);
        // Spring 2027: the call is open.
        Clock::setForTesting(noonOn(2027, 3, 1));
        m_file = m_dir.filePath(QStringLiteral("call-2027.accred"));
    }

    void cleanup() { qInfo("%lld ms so far", m_timer.elapsed()); }

    void cleanupTestCase()
    {
        Clock::resetForTesting();
        qInfo("the whole cycle ran in %lld ms", m_timer.elapsed());
    }

    void aNewFileWithItsWorkshopAndReviewers()
    {
        QString out;
        QVERIFY2(cli({QStringLiteral("init"), m_file}, &out) == 0, qPrintable(out));
        QVERIFY(clean(QStringLiteral("init")));
        QVERIFY(step({QStringLiteral("workshop-add"), QStringLiteral("--title"), kWorkshop, QStringLiteral("--start"),
                      QStringLiteral("2027-06-07"), QStringLiteral("--region"), QStringLiteral("europe"),
                      QStringLiteral("--venue"), QStringLiteral("Lisbon"), QStringLiteral("--assessor"),
                      QStringLiteral("Marta Silva")}));
        for (const auto& [name, account, administration] :
             {std::tuple{QStringLiteral("Ana Mwangi"), QStringLiteral("ana"),
                         QStringLiteral("Kenya Revenue Authority")},
              std::tuple{QStringLiteral("Ben Peeters"), QStringLiteral("ben"), QStringLiteral("Belgian Customs")},
              std::tuple{QStringLiteral("Chen Li"), QStringLiteral("chen"), QStringLiteral("China Customs")}}) {
            QVERIFY(step({QStringLiteral("person-add"), QStringLiteral("--name"), name, QStringLiteral("--account"),
                          account, QStringLiteral("--role"), QStringLiteral("reviewer"),
                          QStringLiteral("--administration"), administration}));
        }
        const QJsonArray people = json({QStringLiteral("people"), m_file, QStringLiteral("--json")}).array();
        QCOMPARE(people.size(), 4);  // the officer who made the file and the three reviewers
        for (const QJsonValue& p : people) {
            if (p.toObject().value(QStringLiteral("role")).toString() == QLatin1String("officer")) {
                m_officer = p.toObject().value(QStringLiteral("account")).toString();
            }
        }
        QVERIFY(!m_officer.isEmpty());
        // A reviewer cannot act as the officer.
        QVERIFY(refused({QStringLiteral("workshop-add"), QStringLiteral("--title"), QStringLiteral("Other"),
                         QStringLiteral("--start"), QStringLiteral("2027-07-05"), QStringLiteral("--as"),
                         QStringLiteral("ana")},
                        QStringLiteral("can only read")));
    }

    void applicationsAreImportedWithoutTheDuplicate()
    {
        // Twenty-six rows: twenty-five apply to the workshop (an application is no seat: its
        // ten seats come with the selection), and the last repeats Abe's e-mail. Kowalski has
        // two years in Customs: the hard requirements fail.
        const QString csv = m_dir.filePath(QStringLiteral("applications.csv"));
        QByteArray rows = "family_name,given_names,gender,nationality,administration,region,email,education,"
                          "years_in_customs,years_in_public_administration,english_level,application_date,workshop\n";
        struct Row {
            const char* family;
            const char* given;
            const char* gender;
            const char* nationality;
            const char* administration;
            const char* region;
            int years;
        };
        const Row applicants[] = {
            {"Abe", "Yuki", "female", "Japanese", "Japan Customs", "asia_pacific", 12},
            {"Bello", "Ada", "female", "Nigerian", "Nigeria Customs Service", "west_central_africa", 8},
            {"Costa", "Rui", "male", "Portuguese", "Autoridade Tributaria", "europe", 15},
            {"Dlamini", "Sipho", "male", "South African", "SARS Customs", "east_southern_africa", 6},
            {"Evans", "Rhys", "male", "British", "HM Revenue and Customs", "europe", 20},
            {"Farah", "Amina", "female", "Egyptian", "Egyptian Customs Authority", "north_africa_middle_east", 9},
            {"Garcia", "Lucia", "female", "Mexican", "Aduanas de Mexico", "americas_caribbean", 7},
            {"Haddad", "Omar", "male", "Lebanese", "Lebanese Customs", "north_africa_middle_east", 11},
            {"Ito", "Kenji", "male", "Japanese", "Japan Customs", "asia_pacific", 5},
            {"Kowalski", "Anna", "female", "Polish", "Polish Customs Service", "europe", 2},
            {"Quispe", "Rosa", "female", "Peruvian", "SUNAT", "americas_caribbean", 10},
            {"Mensah", "Kwame", "male", "Ghanaian", "Ghana Revenue Authority", "west_central_africa", 14},
            {"Novak", "Petra", "female", "Czech", "Czech Customs", "europe", 6},
            {"Osei", "Ama", "female", "Ghanaian", "Ghana Revenue Authority", "west_central_africa", 9},
            {"Perez", "Juan", "male", "Chilean", "Servicio Nacional de Aduanas", "americas_caribbean", 13},
            {"Rahman", "Faisal", "male", "Bangladeshi", "Bangladesh Customs", "asia_pacific", 7},
            {"Silva", "Marta", "female", "Brazilian", "Receita Federal", "americas_caribbean", 16},
            {"Tanaka", "Hiro", "other", "Japanese", "Japan Customs", "asia_pacific", 8},
            {"Umar", "Bala", "male", "Nigerian", "Nigeria Customs Service", "west_central_africa", 5},
            {"Vargas", "Lena", "female", "Colombian", "DIAN Colombia", "americas_caribbean", 9},
            {"Wong", "Mei", "female", "Malaysian", "Royal Malaysian Customs", "asia_pacific", 11},
            {"Yilmaz", "Emre", "male", "Turkish", "Turkish Customs", "europe", 7},
            {"Zulu", "Thandi", "female", "Zambian", "Zambia Revenue Authority", "east_southern_africa", 6},
            {"Lindqvist", "Erik", "male", "Swedish", "Swedish Customs", "europe", 13},
            {"Jovanovic", "Ivana", "female", "Serbian", "Customs Administration of Serbia", "europe", 10},
        };
        for (const Row& r : applicants) {
            rows += QStringLiteral("%1,%2,%3,%4,%5,%6,%7@example.org,master,%8,3,c1,2027-02-10,%9\n")
                        .arg(QLatin1String(r.family), QLatin1String(r.given), QLatin1String(r.gender),
                             QLatin1String(r.nationality), QLatin1String(r.administration), QLatin1String(r.region),
                             QString::fromLatin1(r.family).toLower())
                        .arg(r.years)
                        .arg(kWorkshop)
                        .toUtf8();
        }
        rows += "Abe,Yuki,female,Japanese,Japan Customs,asia_pacific,ABE@example.org,master,12,3,c1,2027-02-12,\n";
        QVERIFY(writeFile(csv, rows));
        // An application dated after today is refused, whole.
        const QString late = m_dir.filePath(QStringLiteral("late.csv"));
        QVERIFY(writeFile(late, "family_name,nationality,administration,region,application_date\n"
                                "Late,Irish,Irish Revenue,europe,2027-03-02\n"));
        QVERIFY(refused({QStringLiteral("import"), late}, QStringLiteral("future")));

        QString out;
        QVERIFY(step({QStringLiteral("import"), csv, QStringLiteral("--duplicates"), QStringLiteral("skip")}, &out));
        QVERIFY2(out.contains(QStringLiteral(": 25,")), qPrintable(out));
        QCOMPARE(idsByFamilyName().size(), 25);
        const QJsonArray workshops = json({QStringLiteral("workshops"), m_file, QStringLiteral("--json")}).array();
        QCOMPARE(workshops.size(), 1);
        QCOMPARE(workshops.at(0).toObject().value(QStringLiteral("seats_taken")).toInt(), 0);
        // All 25 are applicants of the workshop, none of them with a seat.
        const auto imported = applicantsOfTheWorkshop();
        QCOMPARE(imported.size(), 25);
        for (auto it = imported.cbegin(); it != imported.cend(); ++it) {
            QVERIFY2(it.value() == qMakePair(kWorkshop, QString()), qPrintable(it.key()));
        }
        // Importing again adds nobody: everyone is a possible duplicate now.
        QString err;
        QCOMPARE(cli({QStringLiteral("import"), m_file, csv}, &out, &err), 1);
        QCOMPARE(idsByFamilyName().size(), 25);
        QVERIFY(clean(QStringLiteral("import again")));
    }

    void thePreCheckFindsTheHardRequirementsFromTheData()
    {
        QString out;
        QCOMPARE(
            cli({QStringLiteral("screening"), m_file, QStringLiteral("Kowalski"), QStringLiteral("--check")}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("2 year(s) in Customs; at least 5 needed")), qPrintable(out));
        QCOMPARE(cli({QStringLiteral("screening"), m_file, QStringLiteral("Abe"), QStringLiteral("--check")}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("At least 5 years in a Customs administration: met")), qPrintable(out));
        QVERIFY(clean(QStringLiteral("screening --check")));
    }

    void threeReviewersScoreThroughTheirReviewFiles()
    {
        // Abe is reviewed by all three, each a whole form (35 criteria); Chen, assigned to
        // Bello too, declares a conflict of interest in his review file. (One form each keeps
        // the test fast: every score is a command that writes a review file.)
        for (const QString& reviewer : {QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("chen")}) {
            QVERIFY(step({QStringLiteral("assign"), QStringLiteral("Abe"), reviewer}));
        }
        QVERIFY(step({QStringLiteral("assign"), QStringLiteral("Bello"), QStringLiteral("chen")}));
        QVERIFY(step({QStringLiteral("assign"), QStringLiteral("Bello"), QStringLiteral("ana")}));
        // The keys of Stage 1's form, on the application: the profile's criteria (the
        // workshop's own are rated at the workshop, in Stage 2).
        QStringList& keys = m_keys;
        QSet<QString>& hard = m_hard;
        for (const QJsonValue& group : json({QStringLiteral("profile"), m_file, QStringLiteral("--json")})
                                           .object()
                                           .value(QStringLiteral("groups"))
                                           .toArray()) {
            for (const QJsonValue& c : group.toObject().value(QStringLiteral("criteria")).toArray()) {
                keys.append(c.toObject().value(QStringLiteral("key")).toString());
                if (c.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("hard")) {
                    hard.insert(keys.constLast());
                }
            }
        }
        QVERIFY(keys.size() > 20);
        QVERIFY(hard.size() >= 3);

        const int entries = auditLength();
        const QString shared = sha256Of(m_file);
        QString out;
        QString err;
        for (const QString& reviewer : {QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("chen")}) {
            const QString review = m_dir.filePath(reviewer + QStringLiteral(".review"));
            QVERIFY2(
                cli({QStringLiteral("review-init"), m_file, review, QStringLiteral("--as"), reviewer}, &out, &err) == 0,
                qPrintable(err));
            QVERIFY(QFileInfo::exists(review));
            for (const QString& candidate : {QStringLiteral("Abe")}) {
                for (const QString& key : keys) {
                    const int rating = hard.contains(key) ? 1 : (reviewer == QLatin1String("ben") ? 4 : 3);
                    QVERIFY2(
                        cli({QStringLiteral("score"), m_file, candidate, QStringLiteral("--as"), reviewer,
                             QStringLiteral("--reviewer"), reviewer, QStringLiteral("--review"), review,
                             QStringLiteral("--criterion"), key, QStringLiteral("--rating"), QString::number(rating)},
                            &out, &err) == 0,
                        qPrintable(key + QLatin1Char(' ') + err));
                }
                QVERIFY2(cli({QStringLiteral("submit"), m_file, candidate, QStringLiteral("--as"), reviewer,
                              QStringLiteral("--reviewer"), reviewer, QStringLiteral("--review"), review},
                             &out, &err) == 0,
                         qPrintable(err));
            }
        }
        QVERIFY2(cli({QStringLiteral("declare-conflict"), m_file, QStringLiteral("Bello"), QStringLiteral("--as"),
                      QStringLiteral("chen"), QStringLiteral("--reviewer"), QStringLiteral("chen"),
                      QStringLiteral("--review"), m_dir.filePath(QStringLiteral("chen.review")),
                      QStringLiteral("--reason"), QStringLiteral("We worked together in 2024.")},
                     &out, &err) == 0,
                 qPrintable(err));
        // Scores go into the review files only: the shared file has not changed.
        QCOMPARE(sha256Of(m_file), shared);
        QCOMPARE(auditLength(), entries);
        // A reviewer cannot import; the officer does, each file once.
        QVERIFY(refused({QStringLiteral("import-review"), m_dir.filePath(QStringLiteral("ana.review")),
                         QStringLiteral("--as"), QStringLiteral("ben")},
                        QStringLiteral("can only read")));
        for (const QString& reviewer : {QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("chen")}) {
            QVERIFY(step({QStringLiteral("import-review"), m_dir.filePath(reviewer + QStringLiteral(".review"))}));
        }
        QHash<QString, QJsonObject> byAccount;
        for (const QJsonValue& r : json({QStringLiteral("reviewers"), m_file, QStringLiteral("--json")}).array()) {
            byAccount.insert(r.toObject().value(QStringLiteral("account")).toString(), r.toObject());
        }
        QCOMPARE(byAccount.size(), 3);
        QCOMPARE(byAccount.value(QStringLiteral("ana")).value(QStringLiteral("submitted")).toInt(), 1);
        QCOMPARE(byAccount.value(QStringLiteral("ben")).value(QStringLiteral("submitted")).toInt(), 1);
        QCOMPARE(byAccount.value(QStringLiteral("chen")).value(QStringLiteral("submitted")).toInt(), 1);
        QCOMPARE(byAccount.value(QStringLiteral("chen")).value(QStringLiteral("conflicts_declared")).toInt(), 1);
        const QString bello = idsByFamilyName().value(QStringLiteral("Bello"));
        QVERIFY(!byAccount.value(QStringLiteral("chen"))
                     .value(QStringLiteral("assigned"))
                     .toArray()
                     .contains(QJsonValue(bello)));
        QVERIFY(byAccount.value(QStringLiteral("ana"))
                    .value(QStringLiteral("assigned"))
                    .toArray()
                    .contains(QJsonValue(bello)));
    }

    void screeningRankingAndSelection()
    {
        // Stage 1 for the others, before the workshop: the officer's consensus on the
        // profile's criteria, one `scores-import` for 24 candidates (Abe keeps the mean of his
        // three reviewers' submitted forms). The nine to be seated with Abe rate 3 on every
        // criterion that counts, the other fifteen 2; the hard requirements are met (1) but
        // for Kowalski (0), as her data says.
        const QStringList seated = {QStringLiteral("Abe"),     QStringLiteral("Bello"),  QStringLiteral("Costa"),
                                    QStringLiteral("Dlamini"), QStringLiteral("Evans"),  QStringLiteral("Farah"),
                                    QStringLiteral("Garcia"),  QStringLiteral("Haddad"), QStringLiteral("Ito"),
                                    QStringLiteral("Quispe")};
        const auto ids = idsByFamilyName();
        QCOMPARE(ids.size(), 25);
        QHash<QString, QHash<QString, int>> stage1;
        for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
            if (it.key() == QLatin1String("Abe")) {
                continue;
            }
            for (const QString& key : std::as_const(m_keys)) {
                const bool kowalski = it.key() == QLatin1String("Kowalski");
                stage1[it.key()].insert(key, m_hard.contains(key) ? (kowalski ? 0 : 1)
                                                                  : (seated.contains(it.key()) ? 3 : 2));
            }
        }
        QVERIFY(consensusInBulk(QStringLiteral("selection"), m_keys, stage1));

        // The pre-check, recorded: Abe's counted criteria from the submitted scores; Kowalski
        // fails the hard requirements.
        for (const QString& who : {QStringLiteral("Abe"), QStringLiteral("Kowalski")}) {
            QVERIFY(step({QStringLiteral("screening"), who, QStringLiteral("--confirm")}));
        }
        // The others were screened by the officer by hand.
        for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
            if (it.key() != QLatin1String("Abe") && it.key() != QLatin1String("Kowalski")) {
                QVERIFY(step({QStringLiteral("screening"), it.value(), QStringLiteral("--hard"), QStringLiteral("met"),
                              QStringLiteral("--counted"), QStringLiteral("18/24")}));
            }
        }

        // Nobody was waitlisted, selected or seated beforehand: 25 applicants, no decision.
        for (const QJsonValue& c : json({QStringLiteral("candidates"), m_file, QStringLiteral("--json")}).array()) {
            QCOMPARE(c.toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("applied"));
        }
        QCOMPARE(applicantsOfTheWorkshop().size(), 25);
        QCOMPARE(json({QStringLiteral("workshops"), m_file, QStringLiteral("--json")})
                     .array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("seats_taken"))
                     .toInt(),
                 0);

        // The ranking: all 25, from Stage 1 alone; the ten within the seats are Abe (his
        // reviewers' mean) and the nine the consensus rates highest.
        const QJsonArray ranked = rankingOfTheWorkshop().object().value(QStringLiteral("ranking")).toArray();
        QCOMPARE(ranked.size(), 25);
        QCOMPARE(ranked.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Abe, Yuki"));
        QStringList withinSeats;
        for (const QJsonValue& r : ranked) {
            if (r.toObject().value(QStringLiteral("within_seats")).toBool()) {
                withinSeats.append(ids.key(r.toObject().value(QStringLiteral("candidate_id")).toString()));
            }
        }
        withinSeats.sort();
        QCOMPARE(withinSeats, seated);
        m_stage1Ranking = rankedNamesAndTotals();

        // `select` proposes those ten for the ten seats, never Kowalski.
        const QJsonObject proposal = json({QStringLiteral("select"), m_file, QStringLiteral("--workshop"),
                                           QStringLiteral("Lisbon"), QStringLiteral("--json")})
                                         .object();
        const QJsonArray picks = proposal.value(QStringLiteral("picks")).toArray();
        QStringList picked;
        for (const QJsonValue& p : picks) {
            picked.append(ids.key(p.toObject().value(QStringLiteral("candidate_id")).toString()));
        }
        picked.sort();
        QCOMPARE(picked, seated);
        bool kowalskiNeedsOverride = false;
        for (const QJsonValue& n : proposal.value(QStringLiteral("not_considered")).toArray()) {
            kowalskiNeedsOverride =
                kowalskiNeedsOverride ||
                (n.toObject().value(QStringLiteral("name")).toString() == QLatin1String("Kowalski, Anna") &&
                 n.toObject().value(QStringLiteral("needs_override")).toBool());
        }
        QVERIFY(kowalskiNeedsOverride);
        QVERIFY(clean(QStringLiteral("ranking and select")));

        // Kowalski cannot be selected; she is not. The ten picks are selected, each by the id
        // `select` gave, and each selection takes a seat.
        QVERIFY(refused({QStringLiteral("advance"), QStringLiteral("Kowalski"), QStringLiteral("--to"),
                         QStringLiteral("selected"), QStringLiteral("--reason"), QStringLiteral("Good interview"),
                         QStringLiteral("--workshop"), QStringLiteral("Lisbon")},
                        QStringLiteral("override")));
        QVERIFY(decide(QStringLiteral("Kowalski"), QStringLiteral("not_selected"),
                       QStringLiteral("Hard requirements not met: two years in Customs"),
                       {QStringLiteral("--workshop"), QStringLiteral("Lisbon")}));
        QCOMPARE(json({QStringLiteral("workshops"), m_file, QStringLiteral("--json")})
                     .array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("seats_taken"))
                     .toInt(),
                 0);
        for (const QJsonValue& p : picks) {
            QVERIFY(decide(p.toObject().value(QStringLiteral("candidate_id")).toString(), QStringLiteral("selected"),
                           QStringLiteral("Ranked within the seats"),
                           {QStringLiteral("--workshop"), QStringLiteral("Lisbon")}));
        }
        // The ten selections took the ten seats; the other fifteen keep their application
        // and hold no seat.
        QCOMPARE(json({QStringLiteral("workshops"), m_file, QStringLiteral("--json")})
                     .array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("seats_taken"))
                     .toInt(),
                 10);
        const auto afterSelect = applicantsOfTheWorkshop();
        QCOMPARE(afterSelect.size(), 25);
        int withSeat = 0;
        for (auto it = afterSelect.cbegin(); it != afterSelect.cend(); ++it) {
            QVERIFY2(it.value().first == kWorkshop, qPrintable(it.key()));
            QCOMPARE(it.value().second, seated.contains(it.key()) ? kWorkshop : QString());
            withSeat += it.value().second.isEmpty() ? 0 : 1;
        }
        QCOMPARE(withSeat, 10);
        // An eleventh seat does not exist, whoever asks.
        QVERIFY(refused({QStringLiteral("advance"), QStringLiteral("Mensah"), QStringLiteral("--to"),
                         QStringLiteral("selected"), QStringLiteral("--reason"), QStringLiteral("Strong"),
                         QStringLiteral("--workshop"), QStringLiteral("Lisbon")},
                        QStringLiteral("10 of 10 seats")));
        QVERIFY(refused(
            {QStringLiteral("enrol"), QStringLiteral("Mensah"), QStringLiteral("--workshop"), QStringLiteral("Lisbon")},
            QStringLiteral("10 of 10 seats")));
        // A seat is in the workshop applied to: the application of a seated candidate does
        // not leave it.
        QVERIFY(refused({QStringLiteral("apply"), QStringLiteral("Abe"), QStringLiteral("--none")},
                        QStringLiteral("holds a seat")));
        // The next two wait for a seat that frees up; the others are not selected.
        QVERIFY(decide(QStringLiteral("Mensah"), QStringLiteral("waitlisted"), QStringLiteral("No seat left"),
                       {QStringLiteral("--workshop"), QStringLiteral("Lisbon")}));
        QVERIFY(decide(QStringLiteral("Novak"), QStringLiteral("waitlisted"), QStringLiteral("No seat left"),
                       {QStringLiteral("--workshop"), QStringLiteral("Lisbon")}));
        for (const QString& who : {QStringLiteral("Osei"), QStringLiteral("Perez"), QStringLiteral("Rahman"),
                                   QStringLiteral("Silva"), QStringLiteral("Tanaka"), QStringLiteral("Umar"),
                                   QStringLiteral("Vargas"), QStringLiteral("Wong"), QStringLiteral("Yilmaz"),
                                   QStringLiteral("Zulu"), QStringLiteral("Lindqvist"), QStringLiteral("Jovanovic")}) {
            QVERIFY(decide(who, QStringLiteral("not_selected"), QStringLiteral("Ranked below the seats"),
                           {QStringLiteral("--workshop"), QStringLiteral("Lisbon")}));
        }
        // Still 25 applicants: the fifteen without a seat keep their application.
        const auto decided = applicantsOfTheWorkshop();
        QCOMPARE(decided.size(), 25);
        for (auto it = decided.cbegin(); it != decided.cend(); ++it) {
            QVERIFY2(it.value().first == kWorkshop, qPrintable(it.key()));
            QCOMPARE(it.value().second.isEmpty(), !seated.contains(it.key()));
        }
    }

    void commitmentsAndConfirmation()
    {
        Clock::setForTesting(noonOn(2027, 4, 12));
        QVERIFY(refused({QStringLiteral("advance"), QStringLiteral("Abe"), QStringLiteral("--to"),
                         QStringLiteral("confirmed"), QStringLiteral("--reason"), QStringLiteral("Seat confirmed")},
                        QStringLiteral("availability commitment")));
        // A commitment cannot be dated before the application.
        QVERIFY(refused({QStringLiteral("commitment"), QStringLiteral("Abe"), QStringLiteral("--given"),
                         QStringLiteral("2027-01-05"), QStringLiteral("--how"), QStringLiteral("Signed form")},
                        QStringLiteral("application")));
        for (const QString& who :
             {QStringLiteral("Abe"), QStringLiteral("Bello"), QStringLiteral("Costa"), QStringLiteral("Dlamini"),
              QStringLiteral("Evans"), QStringLiteral("Farah"), QStringLiteral("Garcia"), QStringLiteral("Haddad"),
              QStringLiteral("Ito"), QStringLiteral("Quispe")}) {
            QVERIFY(step({QStringLiteral("commitment"), who, QStringLiteral("--given"),
                          Clock::today().toString(Qt::ISODate), QStringLiteral("--how"),
                          QStringLiteral("Signed form by e-mail")}));
            QVERIFY(decide(who, QStringLiteral("confirmed"), QStringLiteral("Seat confirmed")));
        }
    }

    void everyoneIsToldOfTheSelectionOnce()
    {
        QStringList pending;
        QVERIFY(toInformOnce(&pending));
        QCOMPARE(pending.size(), 25);  // everyone was decided about
        QVERIFY(refused({QStringLiteral("close-step"), QStringLiteral("--workshop"), QStringLiteral("Lisbon"),
                         QStringLiteral("--step"), QStringLiteral("selection")},
                        QStringLiteral("25 candidate")));
        QVERIFY(informAll(pending));
        pending.clear();
        QVERIFY(toInformOnce(&pending));
        QVERIFY2(pending.isEmpty(), qPrintable(pending.join(QLatin1Char(','))));
        QVERIFY(step({QStringLiteral("close-step"), QStringLiteral("--workshop"), QStringLiteral("Lisbon"),
                      QStringLiteral("--step"), QStringLiteral("selection")}));
    }

    void theWorkshopAndItsOutcomes()
    {
        // Three days before the workshop: no outcome yet.
        Clock::setForTesting(noonOn(2027, 6, 4));
        QVERIFY(refused({QStringLiteral("outcome"), QStringLiteral("Abe"), QStringLiteral("--step"),
                         QStringLiteral("workshop"), QStringLiteral("--passed")},
                        QStringLiteral("begins on")));
        // Its last day.
        Clock::setForTesting(noonOn(2027, 6, 10));
        const QStringList passed = {QStringLiteral("Abe"),     QStringLiteral("Bello"), QStringLiteral("Costa"),
                                    QStringLiteral("Dlamini"), QStringLiteral("Evans"), QStringLiteral("Farah"),
                                    QStringLiteral("Garcia"),  QStringLiteral("Quispe")};
        for (const QString& who : passed) {
            QVERIFY(step({QStringLiteral("outcome"), who, QStringLiteral("--step"), QStringLiteral("workshop"),
                          QStringLiteral("--passed"), QStringLiteral("--note"), QStringLiteral("All criteria met")}));
            QVERIFY(decide(who, QStringLiteral("workshop_passed"), QStringLiteral("Passed the workshop")));
        }
        for (const QString& who : {QStringLiteral("Haddad"), QStringLiteral("Ito")}) {
            QVERIFY(step({QStringLiteral("outcome"), who, QStringLiteral("--step"), QStringLiteral("workshop"),
                          QStringLiteral("--not-passed"), QStringLiteral("--note"),
                          QStringLiteral("Presentations below the bar")}));
            // A pass against the outcome needs an override.
            QVERIFY(refused({QStringLiteral("advance"), who, QStringLiteral("--to"), QStringLiteral("workshop_passed"),
                             QStringLiteral("--reason"), QStringLiteral("Passed")},
                            QStringLiteral("--override")));
            QVERIFY(decide(who, QStringLiteral("workshop_failed"), QStringLiteral("Did not pass the workshop")));
        }
        QStringList pending;
        QVERIFY(toInformOnce(&pending));
        QStringList expected = passed + QStringList{QStringLiteral("Haddad"), QStringLiteral("Ito")};
        expected.sort();
        QCOMPARE(pending, expected);
        QVERIFY(informAll(pending));
        QVERIFY(step({QStringLiteral("close-step"), QStringLiteral("--workshop"), QStringLiteral("Lisbon"),
                      QStringLiteral("--step"), QStringLiteral("workshop")}));
    }

    // Stage 2 is scored after the workshop by a reviewer who took no part in Stage 1, on a
    // form of its own submitted on its own; the ranking, made of Stage 1, does not move.
    void stage2IsScoredAfterTheWorkshopByAnotherReviewer()
    {
        Clock::setForTesting(noonOn(2027, 6, 11));
        QVERIFY(
            step({QStringLiteral("person-add"), QStringLiteral("--name"), QStringLiteral("Dora Kowalska"),
                  QStringLiteral("--account"), QStringLiteral("dora"), QStringLiteral("--role"),
                  QStringLiteral("reviewer"), QStringLiteral("--administration"), QStringLiteral("Polish Customs")}));
        const QJsonDocument ranking = rankingOfTheWorkshop();
        const int rated =
            scoreARoundThroughAReviewFile(QStringLiteral("dora"), QStringLiteral("Abe"), QStringLiteral("workshop"));
        // Stage 2's form: the profile's criteria as observed and the workshop's own.
        QVERIFY2(rated > 30, qPrintable(QString::number(rated)));
        QCOMPARE(reviewersIn(QStringLiteral("workshop"))
                     .value(QStringLiteral("dora"))
                     .value(QStringLiteral("submitted"))
                     .toInt(),
                 1);
        // Dora took no part in Stage 1, and Stage 1's reviewers keep their one submission.
        const auto stage1 = reviewersIn(QStringLiteral("selection"));
        QCOMPARE(stage1.value(QStringLiteral("dora")).value(QStringLiteral("submitted")).toInt(), 0);
        QCOMPARE(stage1.value(QStringLiteral("ben")).value(QStringLiteral("submitted")).toInt(), 1);
        QCOMPARE(rankingOfTheWorkshop(), ranking);
        // The officer's Stage 2 consensus on the profile's criteria as observed, the reverse of
        // Stage 1 (Abe lowest, the others highest): the ranking reads Stage 1 alone.
        QHash<QString, QHash<QString, int>> stage2;
        for (const QString& who : {QStringLiteral("Abe"), QStringLiteral("Bello"), QStringLiteral("Costa")}) {
            for (const QString& key : std::as_const(m_keys)) {
                stage2[who].insert(key, m_hard.contains(key) ? 1 : (who == QLatin1String("Abe") ? 0 : 4));
            }
        }
        QVERIFY(consensusInBulk(QStringLiteral("workshop"), m_keys, stage2));
        QCOMPARE(rankedNamesAndTotals(), m_stage1Ranking);
        QVERIFY(clean(QStringLiteral("Stage 2 scored")));
    }

    void stage3AndAccreditation()
    {
        Clock::setForTesting(noonOn(2027, 9, 13));
        const QStringList stage3 = {QStringLiteral("activity-add"),
                                    QStringLiteral("--kind"),
                                    QStringLiteral("stage3_assessment"),
                                    QStringLiteral("--title"),
                                    QStringLiteral("Stage 3, online mentoring"),
                                    QStringLiteral("--from"),
                                    QStringLiteral("2027-09-06"),
                                    QStringLiteral("--to"),
                                    QStringLiteral("2027-09-10"),
                                    QStringLiteral("--online"),
                                    QStringLiteral("--participant"),
                                    QStringLiteral("Abe:stage3_candidate"),
                                    QStringLiteral("--participant"),
                                    QStringLiteral("Bello:stage3_candidate"),
                                    QStringLiteral("--participant"),
                                    QStringLiteral("Costa:stage3_candidate")};
        // Ito did not pass the workshop: the whole activity is refused with him in it.
        QVERIFY(refused(stage3 + QStringList{QStringLiteral("--participant"), QStringLiteral("Ito:stage3_candidate")},
                        QStringLiteral("Kenji Ito")));
        QVERIFY(step(stage3));
        // Stage 3 is appraised during the activity by a third reviewer, on its own form
        // (the profile's criteria and the activity's appraisal), submitted on its own.
        QVERIFY(
            step({QStringLiteral("person-add"), QStringLiteral("--name"), QStringLiteral("Eli Haddou"),
                  QStringLiteral("--account"), QStringLiteral("eli"), QStringLiteral("--role"),
                  QStringLiteral("reviewer"), QStringLiteral("--administration"), QStringLiteral("Moroccan Customs")}));
        const QJsonDocument ranking = rankingOfTheWorkshop();
        const int rated = scoreARoundThroughAReviewFile(QStringLiteral("eli"), QStringLiteral("Abe"),
                                                        QStringLiteral("field_assessment"));
        QVERIFY2(rated > 20, qPrintable(QString::number(rated)));
        QCOMPARE(reviewersIn(QStringLiteral("field_assessment"))
                     .value(QStringLiteral("eli"))
                     .value(QStringLiteral("submitted"))
                     .toInt(),
                 1);
        QCOMPARE(reviewersIn(QStringLiteral("workshop"))
                     .value(QStringLiteral("eli"))
                     .value(QStringLiteral("submitted"))
                     .toInt(),
                 0);
        QCOMPARE(rankingOfTheWorkshop(), ranking);
        QCOMPARE(rankedNamesAndTotals(), m_stage1Ranking);
        // Not accredited before the field assessment's outcome... and then accredited.
        for (const QString& who : {QStringLiteral("Abe"), QStringLiteral("Bello"), QStringLiteral("Costa")}) {
            QVERIFY(
                step({QStringLiteral("outcome"), who, QStringLiteral("--step"), QStringLiteral("field_assessment"),
                      QStringLiteral("--passed"), QStringLiteral("--note"), QStringLiteral("Field report positive")}));
            QVERIFY(decide(who, QStringLiteral("accredited"), QStringLiteral("Passed Stage 3"),
                           {QStringLiteral("--effective"), Clock::today().toString(Qt::ISODate)}));
            QCOMPARE(stageOf(who), QStringLiteral("accredited"));
        }
        // Ito did not pass the workshop: no accreditation.
        QVERIFY(refused({QStringLiteral("advance"), QStringLiteral("Ito"), QStringLiteral("--to"),
                         QStringLiteral("accredited"), QStringLiteral("--reason"), QStringLiteral("Passed")},
                        QStringLiteral("cannot move from")));
        QCOMPARE(poolNames(), (QStringList{QStringLiteral("Abe"), QStringLiteral("Bello"), QStringLiteral("Costa")}));
        QCOMPARE(availableNames().size(), 3);
        QStringList pending;
        QVERIFY(toInformOnce(&pending));
        QCOMPARE(pending, (QStringList{QStringLiteral("Abe"), QStringLiteral("Bello"), QStringLiteral("Costa")}));
        QVERIFY(informAll(pending));
    }

    void aReversedAccreditationLeavesThePool()
    {
        Clock::setForTesting(noonOn(2027, 9, 20));
        // The field report was another candidate's: Bello's accreditation is corrected.
        QVERIFY(step({QStringLiteral("reverse"), QStringLiteral("Bello"), QStringLiteral("--reason"),
                      QStringLiteral("The field report was another candidate's")}));
        QCOMPARE(stageOf(QStringLiteral("Bello")), QStringLiteral("workshop_passed"));
        QVERIFY(decide(QStringLiteral("Bello"), QStringLiteral("not_accredited"),
                       QStringLiteral("Her own field report came back negative"),
                       {QStringLiteral("--override"), QStringLiteral("The recorded outcome was another candidate's")}));
        QCOMPARE(stageOf(QStringLiteral("Bello")), QStringLiteral("not_accredited"));
        QCOMPARE(poolNames(), (QStringList{QStringLiteral("Abe"), QStringLiteral("Costa")}));
        QVERIFY(!availableNames().contains(QStringLiteral("Ada Bello")));
        QCOMPARE(availableNames().size(), 2);
        // She cannot be booked as an advisor any more.
        QVERIFY(refused({QStringLiteral("activity-add"), QStringLiteral("--kind"),
                         QStringLiteral("technical_assistance"), QStringLiteral("--from"), QStringLiteral("2027-10-04"),
                         QStringLiteral("--to"), QStringLiteral("2027-10-06"), QStringLiteral("--online"),
                         QStringLiteral("--participant"), QStringLiteral("Bello")},
                        QStringLiteral("Ada Bello")));
        // She is told once, of where she stands now.
        QStringList pending;
        QVERIFY(toInformOnce(&pending));
        QCOMPARE(pending, QStringList{QStringLiteral("Bello")});
        QVERIFY(informAll(pending));
    }

    void bookingsKeepToTheTwelveWeeks()
    {
        const auto booking = [](const QString& from, const QString& to, const QString& title) {
            return QStringList{QStringLiteral("activity-add"),
                               QStringLiteral("--kind"),
                               QStringLiteral("technical_assistance"),
                               QStringLiteral("--title"),
                               title,
                               QStringLiteral("--from"),
                               from,
                               QStringLiteral("--to"),
                               to,
                               QStringLiteral("--online"),
                               QStringLiteral("--participant"),
                               QStringLiteral("Abe")};
        };
        // Eight weeks of working days.
        QVERIFY(step(
            booking(QStringLiteral("2027-10-04"), QStringLiteral("2027-11-26"), QStringLiteral("Risk profiling"))));
        QCOMPARE(advisor(QStringLiteral("Abe")).value(QStringLiteral("weeks_used")).toDouble(), 8.0);
        QCOMPARE(advisor(QStringLiteral("Abe")).value(QStringLiteral("weeks_left")).toDouble(), 4.0);
        // Six more would be fourteen: refused without a voluntary extra.
        QVERIFY(
            refused(booking(QStringLiteral("2028-01-10"), QStringLiteral("2028-02-18"), QStringLiteral("Port visits")),
                    QStringLiteral("12")));
        QCOMPARE(advisor(QStringLiteral("Abe")).value(QStringLiteral("weeks_used")).toDouble(), 8.0);
        // Three fit.
        QVERIFY(
            step(booking(QStringLiteral("2028-01-10"), QStringLiteral("2028-01-28"), QStringLiteral("Port visits"))));
        QCOMPARE(advisor(QStringLiteral("Abe")).value(QStringLiteral("weeks_used")).toDouble(), 11.0);
        QCOMPARE(advisor(QStringLiteral("Abe")).value(QStringLiteral("weeks_left")).toDouble(), 1.0);
        QCOMPARE(poolNames(), (QStringList{QStringLiteral("Abe"), QStringLiteral("Costa")}));
    }
};

AD_TEST_GUILESS_MAIN(TestWholeCycle)
#include "TestWholeCycle.moc"
