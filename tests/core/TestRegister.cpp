// The register's rules in the store: possible duplicates, linking records of one person,
// and archiving that hides a record without losing it.
#include "AuditLog.h"
#include "Candidate.h"
#include "CandidateFilter.h"
#include "DuplicateCheck.h"
#include "Store.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestRegister : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<Store> freshStore()
    {
        return createStore(m_dir.filePath(QStringLiteral("register-%1.accred").arg(++m_count)));
    }

private slots:
    void duplicateRules_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("reason");
        QTest::newRow("e-mail, case ignored") << "email" << "e-mail";
        QTest::newRow("phone, digits only") << "phone" << "phone";
        QTest::newRow("family name and birth date") << "birth" << "date of birth";
    }

    void duplicateRules()
    {
        QFETCH(QString, change);
        QFETCH(QString, reason);
        Candidate a = sampleCandidate(QStringLiteral("Marchand"));
        a.email = QStringLiteral("elodie@douane.example");
        a.phone = QStringLiteral("+33 1 23 45 67 89");
        a.dateOfBirth = QDate(1979, 2, 28);
        Candidate b = sampleCandidate(QStringLiteral("Other"));
        b.email = QStringLiteral("other@example.org");
        b.phone.clear();
        if (change == QLatin1String("email")) {
            b.email = QStringLiteral("ELODIE@douane.example");
        } else if (change == QLatin1String("phone")) {
            b.phone = QStringLiteral("(33) 123-456-789");
        } else {
            b.familyName = QStringLiteral("MARCHAND");
            b.dateOfBirth = a.dateOfBirth;
        }
        const QStringList reasons = DuplicateCheck::reasons(a, b);
        QCOMPARE(reasons.size(), 1);
        QVERIFY2(reasons.first().contains(reason), qPrintable(reasons.first()));
    }

    void emptyValuesNeverMatch()
    {
        Candidate a = sampleCandidate(QStringLiteral("Same"));
        Candidate b = sampleCandidate(QStringLiteral("Same"));
        a.email.clear();
        b.email.clear();
        a.phone = QStringLiteral("n/a");
        b.phone = QStringLiteral("none");
        QVERIFY(DuplicateCheck::reasons(a, b).isEmpty());  // no birth date, no e-mail, no digits
    }

    void theStoreFindsDuplicatesAmongArchivedRecordsToo()
    {
        auto store = freshStore();
        Candidate first = sampleCandidate(QStringLiteral("Mensah"));
        first.email = QStringLiteral("kwame@gra.example");
        first = store->saveCandidate(first).value();
        QVERIFY(store->setArchived(first.meta.id, true).ok());
        Candidate again = sampleCandidate(QStringLiteral("Mensah-Owusu"));
        again.email = QStringLiteral("Kwame@GRA.example");
        const auto matches = store->possibleDuplicates(again);
        QVERIFY(matches.ok());
        QCOMPARE(matches.value().size(), 1);
        QCOMPARE(matches.value().first().otherId, first.meta.id);
        QVERIFY(matches.value().first().reasons.first().contains(QStringLiteral("e-mail")));
        // A record is no duplicate of itself.
        QVERIFY(store->possibleDuplicates(first).value().isEmpty());
    }

    void linkingKeepsBothRecordsAndIsAudited()
    {
        auto store = freshStore();
        const Candidate a = store->saveCandidate(sampleCandidate(QStringLiteral("One"))).value();
        const Candidate b = store->saveCandidate(sampleCandidate(QStringLiteral("Two"))).value();
        QVERIFY(store->linkSamePerson(b.meta.id, a.meta.id).ok());
        QCOMPARE(store->linkedCandidates(a.meta.id).value(), QList<QUuid>{b.meta.id});
        QCOMPARE(store->linkedCandidates(b.meta.id).value(), QList<QUuid>{a.meta.id});
        const int entries = int(store->auditTrail().value().size());
        QVERIFY(store->linkSamePerson(a.meta.id, b.meta.id).ok());  // again: nothing new
        QCOMPARE(int(store->auditTrail().value().size()), entries);
        QCOMPARE(store->auditTrail().value().last().action, QStringLiteral("candidate.link"));
        QCOMPARE(store->candidates().value().size(), 2);  // nothing merged
        QVERIFY(!store->linkSamePerson(a.meta.id, a.meta.id).ok());
        QVERIFY(store->check().value().isEmpty());
    }

    void archivingHidesWithoutLosing()
    {
        auto store = freshStore();
        Candidate c = store->saveCandidate(sampleCandidate(QStringLiteral("Archived"))).value();
        QVERIFY(store->saveCandidate(sampleCandidate(QStringLiteral("Visible"))).ok());
        QVERIFY(store->setArchived(c.meta.id, true).ok());
        QCOMPARE(store->findCandidates(CandidateFilter()).value().size(), 1);
        CandidateFilter all;
        all.includeArchived = true;
        QCOMPARE(store->findCandidates(all).value().size(), 2);
        QVERIFY(store->candidate(c.meta.id).value().isArchived());
        // Editing an archived record keeps it archived.
        Candidate edited = store->candidate(c.meta.id).value();
        edited.position = QStringLiteral("Changed while archived");
        QVERIFY(store->saveCandidate(edited).ok());
        QVERIFY(store->candidate(c.meta.id).value().isArchived());
        QVERIFY(store->setArchived(c.meta.id, false).ok());
        QCOMPARE(store->findCandidates(CandidateFilter()).value().size(), 2);
        QStringList actions;
        for (const AuditEntry& entry : store->auditTrail(c.meta.id).value()) {
            actions.append(entry.action);
        }
        QVERIFY(actions.contains(QStringLiteral("candidate.archive")));
        QVERIFY(actions.contains(QStringLiteral("candidate.restore")));
        QVERIFY(store->check().value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRegister)
#include "TestRegister.moc"
