#include "TestSupport.h"

#include "AvailabilityCommitment.h"
#include "Screening.h"
#include "Workshop.h"

#include "Candidate.h"
#include "Store.h"

#include <QCoreApplication>
#include <QTest>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <unistd.h>

QString TestSupport::sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

bool TestSupport::writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

int TestSupport::run(const QString& program, const QStringList& arguments, QString* out, QString* err)
{
    QProcess process;
    process.start(program, arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        return -1;
    }
    if (out) {
        *out = QString::fromUtf8(process.readAllStandardOutput());
    }
    if (err) {
        *err = QString::fromUtf8(process.readAllStandardError());
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool TestSupport::runningAsRoot()
{
    return geteuid() == 0;
}

int TestSupport::runFunctionUnprivileged(const QString& function, QString* output)
{
    // The build folder may sit where the unprivileged user cannot reach (a CI clone under
    // /root); a copy of this executable in an open temporary folder can always be run.
    QTemporaryDir folder;
    const QString copy = folder.filePath(QFileInfo(QCoreApplication::applicationFilePath()).fileName());
    if (!QFile::copy(QCoreApplication::applicationFilePath(), copy)) {
        return -1;
    }
    const auto open = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                      QFile::ReadOther | QFile::ExeOther;
    QFile::setPermissions(folder.path(), open);
    QFile::setPermissions(copy, open);
    QString out;
    QString err;
    const int code = run(QStringLiteral("setpriv"),
                         {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                          QStringLiteral("--clear-groups"), copy, function},
                         &out, &err);
    if (output) {
        *output = out + err;
    }
    return code;
}

Candidate TestSupport::sampleCandidate(const QString& familyName)
{
    Candidate c;
    c.familyName = familyName;
    c.givenNames = QStringLiteral("Alex");
    c.nationality = QStringLiteral("Belgian");
    c.administration = QStringLiteral("Belgian Customs");
    c.region = Region::Europe;
    c.email = QStringLiteral("alex@customs.example");
    c.yearsInCustoms = 8;
    c.yearsInPublicAdministration = 9;
    c.englishLevel = LanguageLevel::C1;
    c.otherLanguages = {{QStringLiteral("Dutch"), LanguageLevel::Native}, {QStringLiteral("French"), LanguageLevel::C1}};
    c.education = EducationLevel::Master;
    c.applicationDate = QDate(2023, 6, 1);
    c.consentToKeepData = true;
    return c;
}

std::unique_ptr<Store> TestSupport::createStore(const QString& path)
{
    auto created = Store::create(path);
    if (!created.ok()) {
        qWarning("%s", qPrintable(created.message()));
        return nullptr;
    }
    return std::move(created).value();
}

QString TestSupport::runSql(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        }
        for (const QString& statement : statements) {
            QSqlQuery q(db);
            if (error.isEmpty() && !q.exec(statement)) {
                error = statement + QStringLiteral(": ") + q.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

Workshop TestSupport::sampleWorkshop(const QString& title, int startsInDays, int capacity)
{
    Workshop w;
    w.title = title;
    w.region = Region::Europe;
    w.venue = QStringLiteral("WCO headquarters, Brussels");
    w.startDate = QDate::currentDate().addDays(startsInDays);
    w.capacity = capacity;
    w.assessors = {QStringLiteral("Marta Silva")};
    return w;
}

bool TestSupport::makeReadyToSelectAndConfirm(Store& store, const QUuid& candidateId)
{
    Screening screening;
    screening.candidateId = candidateId;
    screening.hardRequirementsMet = true;
    screening.countedMet = 5;
    screening.countedTotal = 7;
    AvailabilityCommitment commitment;
    commitment.candidateId = candidateId;
    commitment.givenOn = QDate::currentDate();
    commitment.how = QStringLiteral("Signed form by e-mail");
    return store.recordScreening(screening).ok() && store.recordCommitment(commitment).ok();
}
