// SPDX-License-Identifier: GPL-3.0-or-later
// The editing lease and what a session leaves behind: a command that changes nothing
// writes nothing (no lease, no audit entry, no backup: the file byte for byte as it was);
// taking and handing back the lease are not audit entries, a takeover is; a session killed
// with its lease (a real process, SIGKILLed) blocks no one for long, and another officer
// can take over once it is stale; a failed backup leaves no litter beside its target.
#include "store/AuditEntry.h"
#include "domain/AvailabilityCommitment.h"
#include "domain/Candidate.h"
#include "Clock.h"
#include "store/LeaseHolder.h"
#include "FrontEnd.h"
#include "domain/Person.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/People.h"
#include "store/Decisions.h"
#include "store/Candidates.h"
#include "TestSupport.h"
#include "TestMain.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace TestSupport;

namespace {

const QString kWriter = QStringLiteral(AD_STRESS_WRITER);
const Actor kColleague{QStringLiteral("bcolleague"), QStringLiteral("pc-2")};

QStringList leaseEntries(const Store& store)
{
    QStringList found;
    for (const AuditEntry& e : store.auditTrail().value()) {
        if (e.action.startsWith(QLatin1String("lease."))) {
            found.append(e.action);
        }
    }
    return found;
}

QStringList backupsOf(const QString& file)
{
    const QFileInfo info(file);
    return QDir(info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral("-backups"))
        .entryList(QDir::Files);
}

}  // namespace

class TestEditingLease : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    /// A new file of the current user's, with a colleague officer and one candidate.
    QString makeFile(QUuid* candidate)
    {
        const QString file = m_dir.filePath(QStringLiteral("lease-%1.accred").arg(++m_files));
        auto store = createStore(file);
        if (!store) {
            return {};
        }
        Person colleague;
        colleague.name = QStringLiteral("Bea Colleague");
        colleague.account = kColleague.person;
        colleague.role = PersonRole::Officer;
        colleague.administration = QStringLiteral("WCO Secretariat");
        const auto saved = store->candidates().save(sampleCandidate(QStringLiteral("Okafor")));
        if (!store->people().save(colleague).ok() || !saved.ok()) {
            return {};
        }
        *candidate = saved.value().meta.id;
        return file;
    }

    /// Starts a writer that opens `file` for editing as the current user (as a command of
    /// the command line when `asCommand`), then kills it.
    bool killWriterHoldingTheLease(const QString& file, const QUuid& candidate, bool asCommand = false)
    {
        QProcess writer;
        if (asCommand) {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("AD_STRESS_AS_COMMAND"), QStringLiteral("1"));
            writer.setProcessEnvironment(environment);
        }
        writer.start(kWriter, {QStringLiteral("--edit"), file, candidate.toString(QUuid::WithoutBraces),
                               QStringLiteral("Never saved")});
        if (!writer.waitForReadyRead(20000) || !writer.readLine().startsWith("read")) {
            return false;
        }
        writer.kill();  // SIGKILL: no close, no hand-back
        return writer.waitForFinished(20000);
    }

private slots:
    void cleanup()
    {
        Clock::resetForTesting();
        FrontEnd::set(FrontEnd::Kind::Window);
    }

    void aCommandThatChangesNothingWritesNothing()
    {
        QUuid id;
        const QString file = makeFile(&id);
        QVERIFY(!file.isEmpty());
        QVERIFY(backupsOf(file).isEmpty());
        const QString before = sha256Of(file);
        {
            auto opened = Store::open(file, Store::Access::EditOnChange);
            QVERIFY(opened.ok());
            Store& store = *opened.value();
            QVERIFY(!store.isReadOnly());
            AvailabilityCommitment early;
            early.candidateId = id;
            early.givenOn = QDate(2020, 1, 1);  // before the application
            early.how = QStringLiteral("Signed form");
            QVERIFY(!store.decisions().recordCommitment(early).ok());
            QVERIFY(!store.workshops().enrol(id, QUuid::createUuid()).ok());
            QVERIFY(store.workshops().enrol(id, QUuid()).ok());  // holds no seat: nothing to do
        }
        QCOMPARE(sha256Of(file), before);
        QVERIFY(backupsOf(file).isEmpty());
        QVERIFY(!QFile::exists(EditingLease::lockFilePath(file)));
        QVERIFY(!QFile::exists(file + QStringLiteral("-journal")));

        // A change takes the lease, makes the day's backup of the file as it was, and
        // hands the lease back without an audit entry.
        {
            auto opened = Store::open(file, Store::Access::EditOnChange);
            Store& store = *opened.value();
            Candidate edited = store.candidates().byId(id).value();
            edited.position = QStringLiteral("Head of unit");
            QVERIFY(store.candidates().save(edited).ok());
            QVERIFY(QFile::exists(EditingLease::lockFilePath(file)));
            QCOMPARE(backupsOf(file).size(), 1);
        }
        QVERIFY(!QFile::exists(EditingLease::lockFilePath(file)));
        const QFileInfo info(file);
        auto backup = Store::open(info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
                                      QStringLiteral("-backups/") + backupsOf(file).constFirst(),
                                  Store::Access::ReadOnly);
        QVERIFY(backup.ok());
        QCOMPARE(sha256Of(file) != before, true);
        QVERIFY(backup.value()->candidates().byId(id).value().position != QStringLiteral("Head of unit"));
        auto colleague = Store::open(file, Store::Access::EditOnChange, kColleague);
        QVERIFY2(!colleague.value()->isReadOnly(), qPrintable(colleague.value()->readOnlyReason()));
        QVERIFY(leaseEntries(*colleague.value()).isEmpty());
    }

    void takingAndHandingBackTheLeaseIsNoAuditEntry()
    {
        QUuid id;
        const QString file = makeFile(&id);
        for (int i = 0; i < 3; ++i) {
            auto window = Store::open(file, Store::Access::Edit);
            QVERIFY(window.ok() && !window.value()->isReadOnly());
        }
        auto reader = Store::open(file, Store::Access::ReadOnly);
        QVERIFY(leaseEntries(*reader.value()).isEmpty());
    }

    void aKilledSessionIsTakenOverOnceStaleWithOneAuditEntry()
    {
        QUuid id;
        const QString file = makeFile(&id);
        QVERIFY(killWriterHoldingTheLease(file, id));
        QVERIFY(QFile::exists(EditingLease::lockFilePath(file)));  // left behind by the killed process

        // Within two minutes the holder may still be at work: the colleague reads.
        {
            auto opened = Store::open(file, Store::Access::EditOnChange, kColleague);
            QVERIFY(opened.value()->isReadOnly());
            QVERIFY(opened.value()->otherEditor().has_value());
            QVERIFY(!opened.value()->readOnlyReason().contains(QStringLiteral("takeover")));
        }
        Clock::setForTesting(QDateTime::currentDateTimeUtc().addSecs(EditingLease::kStaleAfterSeconds + 60));
        FrontEnd::set(FrontEnd::Kind::CommandLine);
        const QString before = sha256Of(file);
        {
            auto opened = Store::open(file, Store::Access::EditOnChange, kColleague);
            Store& store = *opened.value();
            QVERIFY(store.isReadOnly());
            QVERIFY2(store.readOnlyReason().contains(QStringLiteral("accreditation-desk-cli takeover")),
                     qPrintable(store.readOnlyReason()));
            QVERIFY(!store.candidates().save(sampleCandidate(QStringLiteral("Refused"))).ok());
        }
        QCOMPARE(sha256Of(file), before);
        {
            auto opened = Store::open(file, Store::Access::EditOnChange, kColleague);
            Store& store = *opened.value();
            QVERIFY2(store.takeOverLease().ok(), qPrintable(store.readOnlyReason()));
            QVERIFY(store.candidates().save(sampleCandidate(QStringLiteral("Saved after takeover"))).ok());
            QCOMPARE(leaseEntries(store), QStringList{QStringLiteral("lease.takeover")});
        }
        QVERIFY(!QFile::exists(EditingLease::lockFilePath(file)));
        auto mine = Store::open(file, Store::Access::EditOnChange);
        QVERIFY2(!mine.value()->isReadOnly(), qPrintable(mine.value()->readOnlyReason()));
    }

    void aKilledCommandLeavesNoCountInTheLease()
    {
        // The officer's window holds the lease; a command of theirs is killed meanwhile.
        QUuid id;
        const QString file = makeFile(&id);
        auto window = Store::open(file, Store::Access::Edit);
        QVERIFY(window.ok() && !window.value()->isReadOnly());
        QVERIFY(killWriterHoldingTheLease(file, id, true));
        window.value()->close();
        // Closing the window hands the lease back: the killed command counted in nothing.
        QVERIFY(!QFile::exists(EditingLease::lockFilePath(file)));
        auto colleague = Store::open(file, Store::Access::EditOnChange, kColleague);
        QVERIFY2(!colleague.value()->isReadOnly(), qPrintable(colleague.value()->readOnlyReason()));
    }

    void ourOwnKilledSessionIsHandedBackByOurNextChange()
    {
        QUuid id;
        const QString file = makeFile(&id);
        QVERIFY(killWriterHoldingTheLease(file, id));
        Clock::setForTesting(QDateTime::currentDateTimeUtc().addSecs(EditingLease::kStaleAfterSeconds + 60));
        {
            auto opened = Store::open(file, Store::Access::EditOnChange);
            QVERIFY(!opened.value()->isReadOnly());
            QVERIFY(opened.value()->candidates().save(sampleCandidate(QStringLiteral("Next change"))).ok());
        }
        QVERIFY(!QFile::exists(EditingLease::lockFilePath(file)));
        Clock::resetForTesting();
        auto colleague = Store::open(file, Store::Access::EditOnChange, kColleague);
        QVERIFY2(!colleague.value()->isReadOnly(), qPrintable(colleague.value()->readOnlyReason()));
    }

    void aFailedBackupLeavesNothingBesideItsTarget()
    {
        QUuid id;
        const QString file = makeFile(&id);
        {
            auto store = Store::open(file, Store::Access::Edit);
            Candidate big = store.value()->candidates().byId(id).value();
            big.iprExperience = QString(400000, QLatin1Char('x'));  // a copy larger than the limit below
            QVERIFY(store.value()->candidates().save(big).ok());
        }
        QTemporaryDir target;
        // What an attempt killed mid-copy left there an hour ago (a size limit's SIGXFSZ).
        const QDateTime hourAgo = QDateTime::currentDateTime().addSecs(-3600);
        for (const QString& name :
             {QStringLiteral(".copy.accred.0badf00d.partial"), QStringLiteral(".copy.accred.0badf00d.partial-journal"),
              QStringLiteral(".restored.accred.restoring.0badf00d.partial-journal")}) {
            QVERIFY(writeFile(target.filePath(name), "left over"));
            QFile leftover(target.filePath(name));
            QVERIFY(leftover.open(QIODevice::ReadWrite));
            QVERIFY(leftover.setFileTime(hourAgo, QFileDevice::FileModificationTime));
        }
        auto store = Store::open(file, Store::Access::ReadOnly);
        QVERIFY(store.ok());
        // A full disk, as a limit on the size of files this process writes.
        struct rlimit old {
        };
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = old;
        small.rlim_cur = 64 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const Status failed = store.value()->backupTo(target.filePath(QStringLiteral("copy.accred")));
        const Status restoreFailed = Store::restore(file, target.filePath(QStringLiteral("restored.accred")));
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &old), 0);
        QVERIFY(!failed.ok());
        QVERIFY(!restoreFailed.ok());
        const QStringList left = QDir(target.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }
};

AD_TEST_GUILESS_MAIN(TestEditingLease)
#include "TestEditingLease.moc"
