// SPDX-License-Identifier: GPL-3.0-or-later
// The register's rules in the store: possible duplicates, linking records of one person,
// and archiving that hides a record without losing it.
#include "domain/Attachment.h"
#include "store/AuditEntry.h"
#include "domain/Candidate.h"
#include "store/CandidateFilter.h"
#include "domain/DuplicateCheck.h"
#include "domain/RecordJson.h"
#include "store/Store.h"
#include "store/FileSettings.h"
#include "store/Candidates.h"
#include "TestSupport.h"
#include "TestMain.h"

#include <QFile>
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
    // `candidates --search` reads the candidates it found in one go (issue #18): each as
    // byId() reads it, in the order asked, languages in their order; one not there fails it.
    void severalCandidatesAreReadInOneGoAsOneByOne()
    {
        auto store = freshStore();
        QVERIFY(store);
        QList<QUuid> ids;
        for (const QString& name : {QStringLiteral("Okafor"), QStringLiteral("Lindqvist"), QStringLiteral("Abe")}) {
            Candidate c = sampleCandidate(name);
            if (ids.isEmpty()) {
                c.otherLanguages = {{QStringLiteral("French"), LanguageLevel::C1},
                                    {QStringLiteral("Arabic"), LanguageLevel::A2}};
            }
            const auto saved = store->candidates().save(c);
            QVERIFY2(saved.ok(), qPrintable(saved.message()));
            ids.append(saved.value().meta.id);
        }
        const QList<QUuid> asked = {ids.at(2), ids.at(0), ids.at(1)};
        const auto read = store->candidates().byIds(asked);
        QVERIFY2(read.ok(), qPrintable(read.message()));
        QCOMPARE(read.value().size(), asked.size());
        for (qsizetype i = 0; i < asked.size(); ++i) {
            QCOMPARE(read.value().at(i).meta.id, asked.at(i));
            QCOMPARE(RecordJson::toJson(read.value().at(i)),
                     RecordJson::toJson(store->candidates().byId(asked.at(i)).value()));
        }
        QCOMPARE(read.value().at(1).otherLanguages,
                 (QList<LanguageSkill>{{QStringLiteral("French"), LanguageLevel::C1},
                                       {QStringLiteral("Arabic"), LanguageLevel::A2}}));
        QVERIFY(store->candidates().byIds({}).value().isEmpty());
        const auto missing = store->candidates().byIds({ids.at(0), QUuid::createUuid()});
        QVERIFY(!missing.ok());
        QCOMPARE(int(missing.code()), int(ErrorCode::NotFound));
    }

    void duplicateRules_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("reason");
        QTest::newRow("e-mail, case ignored") << "email"
                                              << "e-mail";
        QTest::newRow("phone, digits only") << "phone"
                                            << "phone";
        QTest::newRow("family name and birth date") << "birth"
                                                    << "date of birth";
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
        first = store->candidates().save(first).value();
        QVERIFY(store->candidates().setArchived(first.meta.id, true).ok());
        Candidate again = sampleCandidate(QStringLiteral("Mensah-Owusu"));
        again.email = QStringLiteral("Kwame@GRA.example");
        const auto matches = store->candidates().possibleDuplicates(again);
        QVERIFY(matches.ok());
        QCOMPARE(matches.value().size(), 1);
        QCOMPARE(matches.value().first().otherId, first.meta.id);
        QVERIFY(matches.value().first().reasons.first().contains(QStringLiteral("e-mail")));
        // A record is no duplicate of itself.
        QVERIFY(store->candidates().possibleDuplicates(first).value().isEmpty());
    }

    void linkingKeepsBothRecordsAndIsAudited()
    {
        auto store = freshStore();
        const Candidate a = store->candidates().save(sampleCandidate(QStringLiteral("One"))).value();
        const Candidate b = store->candidates().save(sampleCandidate(QStringLiteral("Two"))).value();
        QVERIFY(store->candidates().linkSamePerson(b.meta.id, a.meta.id).ok());
        QCOMPARE(store->candidates().linkedCandidates(a.meta.id).value(), QList<QUuid>{b.meta.id});
        QCOMPARE(store->candidates().linkedCandidates(b.meta.id).value(), QList<QUuid>{a.meta.id});
        const int entries = int(store->auditTrail().value().size());
        QVERIFY(store->candidates().linkSamePerson(a.meta.id, b.meta.id).ok());  // again: nothing new
        QCOMPARE(int(store->auditTrail().value().size()), entries);
        QCOMPARE(store->auditTrail().value().last().action, QStringLiteral("candidate.link"));
        QCOMPARE(store->candidates().all().value().size(), 2);  // nothing merged
        QVERIFY(!store->candidates().linkSamePerson(a.meta.id, a.meta.id).ok());
        QVERIFY(store->check().value().isEmpty());
    }

    void archivingHidesWithoutLosing()
    {
        auto store = freshStore();
        Candidate c = store->candidates().save(sampleCandidate(QStringLiteral("Archived"))).value();
        QVERIFY(store->candidates().save(sampleCandidate(QStringLiteral("Visible"))).ok());
        QVERIFY(store->candidates().setArchived(c.meta.id, true).ok());
        QCOMPARE(store->candidates().find(CandidateFilter()).value().size(), 1);
        CandidateFilter all;
        all.includeArchived = true;
        QCOMPARE(store->candidates().find(all).value().size(), 2);
        QVERIFY(store->candidates().byId(c.meta.id).value().isArchived());
        // Editing an archived record keeps it archived.
        Candidate edited = store->candidates().byId(c.meta.id).value();
        edited.position = QStringLiteral("Changed while archived");
        QVERIFY(store->candidates().save(edited).ok());
        QVERIFY(store->candidates().byId(c.meta.id).value().isArchived());
        QVERIFY(store->candidates().setArchived(c.meta.id, false).ok());
        QCOMPARE(store->candidates().find(CandidateFilter()).value().size(), 2);
        QStringList actions;
        for (const AuditEntry& entry : store->auditTrail(c.meta.id).value()) {
            actions.append(entry.action);
        }
        QVERIFY(actions.contains(QStringLiteral("candidate.archive")));
        QVERIFY(actions.contains(QStringLiteral("candidate.restore")));
        QVERIFY(store->check().value().isEmpty());
    }

    void erasureRemovesThePersonForGoodAndKeepsThePlaceholder()
    {
        const QString file = m_dir.filePath(QStringLiteral("erase.accred"));
        auto store = createStore(file);
        QVERIFY(store);
        Candidate c = sampleCandidate(QStringLiteral("Zyxwvutsrq"));
        c.email = QStringLiteral("unique-marker@erase.example");
        c.iprExperience = QStringLiteral("Qwertzuiop private notes");
        c = store->candidates().save(c).value();
        c.position = QStringLiteral("Adviser");
        c = store->candidates().save(c).value();
        Attachment cv;
        cv.candidateId = c.meta.id;
        cv.fileName = QStringLiteral("Zyxwvutsrq CV.txt");
        cv.mediaType = QStringLiteral("text/plain");
        cv.content = "Curriculum of Zyxwvutsrq, Asdfghjklz street";
        QVERIFY(store->candidates().addAttachment(cv).ok());
        QVERIFY(!store->candidates().erasePersonalData(c.meta.id, QString()).ok());  // a reason is required
        const auto erased = store->candidates().erasePersonalData(c.meta.id, QStringLiteral("Asked by the candidate"));
        QVERIFY2(erased.ok(), qPrintable(erased.message()));

        const Candidate placeholder = store->candidates().byId(c.meta.id).value();
        QVERIFY(placeholder.isErased());
        QCOMPARE(placeholder.familyName, QStringLiteral("[erased]"));
        QVERIFY(placeholder.email.isEmpty() && placeholder.givenNames.isEmpty() && placeholder.iprExperience.isEmpty());
        QVERIFY(placeholder.otherLanguages.isEmpty());
        QCOMPARE(placeholder.region, c.region);  // counts by region stay right
        QCOMPARE(placeholder.administration, c.administration);
        QCOMPARE(placeholder.stage, c.stage);
        QVERIFY(store->candidates().attachments(c.meta.id).value().isEmpty());
        QCOMPARE(store->candidates().save(placeholder).code(), ErrorCode::Refused);
        QVERIFY(store->candidates().find(QStringLiteral("Zyxwvutsrq")).value().isEmpty());

        // The audit trail keeps who erased what and when, but not the data, and still checks.
        for (const AuditEntry& entry : store->auditTrail(c.meta.id).value()) {
            QVERIFY2(!entry.oldValue.contains(QStringLiteral("Zyxwvutsrq")) &&
                         !entry.newValue.contains(QStringLiteral("Zyxwvutsrq")) &&
                         !entry.newValue.contains(QStringLiteral("unique-marker")),
                     qPrintable(entry.action));
        }
        const AuditEntry last = store->auditTrail(c.meta.id).value().last();
        QCOMPARE(last.action, QStringLiteral("candidate.erase"));
        QVERIFY(last.newValue.contains(QStringLiteral("Asked by the candidate")));
        const auto problems = store->check();
        QVERIFY2(problems.value().isEmpty(), qPrintable(problems.value().join(QLatin1Char('\n'))));
        // Gone from the file's bytes too (secure_delete), not just from its tables.
        store->close();
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(!bytes.contains("Zyxwvutsrq"));
        QVERIFY(!bytes.contains("Qwertzuiop"));
        QVERIFY(!bytes.contains("Asdfghjklz"));
        QVERIFY(!bytes.contains("unique-marker"));
    }

    void dataKeptWithoutConsentIsFlaggedAfterTheRetentionPeriod()
    {
        auto store = freshStore();
        Candidate without = sampleCandidate(QStringLiteral("NoConsent"));
        without.consentToKeepData = false;
        without.applicationDate = QDate(2022, 3, 1);
        without = store->candidates().save(without).value();
        Candidate with = sampleCandidate(QStringLiteral("Consent"));
        with.applicationDate = QDate(2022, 3, 1);
        QVERIFY(store->candidates().save(with).ok());
        Candidate recent = sampleCandidate(QStringLiteral("Recent"));
        recent.consentToKeepData = false;
        recent.applicationDate = QDate(2026, 1, 1);
        QVERIFY(store->candidates().save(recent).ok());
        CandidateFilter due;
        due.retentionDue = true;
        due.today = QDate(2026, 11, 29);
        QCOMPARE(store->candidates().find(due).value().size(), 1);
        QCOMPARE(store->candidates().find(due).value().first().familyName, QStringLiteral("NoConsent"));
        QCOMPARE(store->settings().retentionYears(), 2);
        QVERIFY(store->settings().setRetentionYears(5).ok());
        QVERIFY(store->candidates().find(due).value().isEmpty());
        QVERIFY(!store->settings().setRetentionYears(0).ok());
        QVERIFY(store->settings().setRetentionYears(2).ok());
        QVERIFY(store->candidates().erasePersonalData(without.meta.id, QStringLiteral("Retention period over")).ok());
        QVERIFY(store->candidates().find(due).value().isEmpty());  // erased: nothing left to flag
    }
};

AD_TEST_GUILESS_MAIN(TestRegister)
#include "TestRegister.moc"
