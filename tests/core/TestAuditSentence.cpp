// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail in words (issue #17): every action code the store writes has a sentence
// of its own, the sentences and the field table name records instead of showing their ids,
// only the changed fields are listed, by label, and housekeeping is told apart.
#include "TestSupport.h"
#include "domain/Candidate.h"
#include "domain/Person.h"
#include "domain/Workshop.h"
#include "store/AuditSentence.h"
#include "store/Candidates.h"
#include "store/Decisions.h"
#include "store/People.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "TestMain.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const QRegularExpression kUuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
                               QRegularExpression::CaseInsensitiveOption);

/// Every action code the store's sources assign to an audit entry ("change.action = …",
/// "entry.action = …", both branches of a conditional).
QSet<QString> actionCodesInTheSource()
{
    QSet<QString> codes;
    const QRegularExpression literal(QStringLiteral(R"re(QStringLiteral\("([a-z_]+\.[a-z_]+)"\))re"));
    QDirIterator files(QStringLiteral(AD_SOURCE_DIR "/core/store"), {QStringLiteral("*.cpp")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            continue;
        }
        if (file.fileName().endsWith(QLatin1String("AuditSentence.cpp")) ||
            file.fileName().endsWith(QLatin1String("AuditLabels.cpp"))) {
            continue;  // the describers themselves, not writers
        }
        for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            if (!line.contains(QLatin1String(".action = "))) {
                continue;
            }
            for (auto match = literal.globalMatch(line); match.hasNext();) {
                codes.insert(match.next().captured(1));
            }
        }
    }
    return codes;
}

}  // namespace

class TestAuditSentence : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void everyActionTheStoreWritesHasASentence()
    {
        const QSet<QString> codes = actionCodesInTheSource();
        // The scan itself must find them, or this test would pass on nothing.
        QVERIFY2(codes.size() >= 45, qPrintable(QString::number(codes.size())));
        QVERIFY(codes.contains(QStringLiteral("screening.record")));
        QVERIFY(codes.contains(QStringLiteral("decision.reverse")));
        const AuditNames names;
        for (const QString& code : codes) {
            QVERIFY2(AuditSentence::knows(code), qPrintable(code));
            AuditEntry entry;
            entry.action = code;
            entry.actor = QStringLiteral("sito@desk-3");
            entry.oldValue = QStringLiteral("null");
            entry.newValue = QStringLiteral("null");
            const QString sentence = AuditSentence::of(entry, names);
            QVERIFY2(sentence.startsWith(QLatin1String("sito ")), qPrintable(sentence));
            QVERIFY2(!sentence.contains(code), qPrintable(code + QStringLiteral(": ") + sentence));
        }
        // A code of a later version still gets a sentence, which says it is not understood.
        AuditEntry future;
        future.action = QStringLiteral("teleport.candidate");
        future.actor = QStringLiteral("sito@desk-3");
        QVERIFY(!AuditSentence::knows(future.action));
        QVERIFY(AuditSentence::of(future, names).contains(QLatin1String("cannot describe")));
    }

    void aWholeRoundReadsAsSentencesWithNames()
    {
        auto store = createStore(m_dir.filePath(QStringLiteral("round.accdesk")));
        QVERIFY(store);
        // The file's creator is recorded by their account; they give their name.
        const auto people = store->people().all();
        QVERIFY(people.ok());
        Person officer;
        for (const Person& p : people.value()) {
            if (p.account == store->actor().person) {
                officer = p;
            }
        }
        QVERIFY(!officer.meta.id.isNull());
        officer.name = QStringLiteral("Sara Ito");
        const auto recorded = store->people().save(officer);
        QVERIFY2(recorded.ok(), qPrintable(recorded.message()));
        Candidate ana = sampleCandidate(QStringLiteral("Lopez"));
        ana.givenNames = QStringLiteral("Ana");
        const auto saved = store->candidates().save(ana);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        const auto workshop = store->workshops().save(sampleWorkshop(QStringLiteral("Lisbon workshop")));
        QVERIFY(workshop.ok());
        QVERIFY(store->workshops().enrol(saved.value().meta.id, workshop.value().meta.id).ok());
        QVERIFY(makeReadyToSelectAndConfirm(*store, saved.value().meta.id));
        Candidate moved = saved.value();
        moved.region = Region::AsiaPacific;
        QVERIFY(store->candidates().save(moved).ok());

        const auto trail = store->auditTrail();
        QVERIFY(trail.ok());
        const auto names = AuditNames::read(*store, trail.value());
        QVERIFY(names.ok());
        QStringList sentences;
        for (const AuditEntry& entry : trail.value()) {
            const QString sentence = AuditSentence::of(entry, names.value());
            QVERIFY2(!kUuid.match(sentence).hasMatch(), qPrintable(sentence));
            QVERIFY2(!sentence.contains(entry.action), qPrintable(sentence));
            for (const AuditFieldChange& change : AuditSentence::fieldChanges(entry, names.value())) {
                QVERIFY2(!change.label.contains(QLatin1Char('_')), qPrintable(change.label));
                QVERIFY2(!kUuid.match(change.before).hasMatch(), qPrintable(change.before));
                QVERIFY2(!kUuid.match(change.after).hasMatch(),
                         qPrintable(change.label + QLatin1Char(' ') + change.after));
                QVERIFY2(change.before != change.after, qPrintable(change.label));
            }
            sentences.append(sentence);
        }
        QVERIFY2(sentences.contains(QStringLiteral("Sara Ito recorded the Stage 1 screening of Ana Lopez")),
                 qPrintable(sentences.join(QLatin1Char('\n'))));
        QVERIFY(sentences.contains(QStringLiteral("Sara Ito added Ana Lopez as a candidate")));
        QVERIFY(sentences.contains(QStringLiteral("Sara Ito gave Ana Lopez a seat in Lisbon workshop")));
        QVERIFY(sentences.contains(QStringLiteral("Sara Ito changed the record of Ana Lopez")));
    }

    void theFieldTableListsTheChangedFieldsByNameWithNamesForIds()
    {
        auto store = createStore(m_dir.filePath(QStringLiteral("fields.accdesk")));
        QVERIFY(store);
        Candidate ana = sampleCandidate(QStringLiteral("Lopez"));
        ana.givenNames = QStringLiteral("Ana");
        const auto saved = store->candidates().save(ana);
        QVERIFY(saved.ok());
        const auto workshop = store->workshops().save(sampleWorkshop(QStringLiteral("Lisbon workshop")));
        QVERIFY(workshop.ok());
        QVERIFY(store->workshops().enrol(saved.value().meta.id, workshop.value().meta.id).ok());
        Candidate moved = saved.value();
        moved.region = Region::AsiaPacific;
        QVERIFY(store->candidates().save(moved).ok());

        const auto trail = store->auditTrail();
        QVERIFY(trail.ok());
        const auto names = AuditNames::read(*store, trail.value());
        QVERIFY(names.ok());
        QList<AuditFieldChange> enrolment;
        QList<AuditFieldChange> update;
        for (const AuditEntry& entry : trail.value()) {
            if (entry.action == QLatin1String("enrolment.set")) {
                enrolment = AuditSentence::fieldChanges(entry, names.value());
            } else if (entry.action == QLatin1String("candidate.update")) {
                update = AuditSentence::fieldChanges(entry, names.value());
            }
        }
        // The workshop's id stands as its title.
        QCOMPARE(enrolment.size(), 1);
        QCOMPARE(enrolment.first().label, QStringLiteral("Workshop"));
        QCOMPARE(enrolment.first().before, QString());
        QCOMPARE(enrolment.first().after, QStringLiteral("Lisbon workshop"));
        // Only the region changed (the row version and the time of saving are bookkeeping).
        QCOMPARE(update.size(), 1);
        QCOMPARE(update.first().field, QStringLiteral("region"));
        QCOMPARE(update.first().label, QStringLiteral("Region"));
        QCOMPARE(update.first().before, labelOf(Region::Europe));
        QCOMPARE(update.first().after, labelOf(Region::AsiaPacific));

        // An id of a candidate in a field: their name; one no longer known: said in words.
        AuditNames known;
        known.addRecord(saved.value().meta.id.toString(QUuid::WithoutBraces), QStringLiteral("Ana Lopez"));
        AuditEntry link;
        link.action = QStringLiteral("candidate.link");
        link.actor = QStringLiteral("sito@desk-3");
        link.oldValue = QStringLiteral("null");
        link.newValue = QStringLiteral(R"({"candidate_id":"%1","other_id":"%2"})")
                            .arg(saved.value().meta.id.toString(QUuid::WithoutBraces),
                                 QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QList<AuditFieldChange> linked = AuditSentence::fieldChanges(link, known);
        QCOMPARE(linked.size(), 2);
        QCOMPARE(linked.at(0).label, QStringLiteral("Candidate"));
        QCOMPARE(linked.at(0).after, QStringLiteral("Ana Lopez"));
        QCOMPARE(linked.at(1).after, QStringLiteral("a candidate no longer in the file"));
        QCOMPARE(
            AuditSentence::of(link, known),
            QStringLiteral("sito recorded that Ana Lopez and a candidate no longer in the file are the same person"));
        // Criteria by their names, reviewers by theirs.
        known.addCriterion(QStringLiteral("wco.trips"), QStringLiteral("Knowledge of the TRIPS Agreement"));
        AuditEntry consensus;
        consensus.action = QStringLiteral("consensus.record");
        consensus.actor = QStringLiteral("sito@desk-3");
        consensus.entityId = saved.value().meta.id.toString(QUuid::WithoutBraces) + QStringLiteral("/wco.trips");
        consensus.newValue = QStringLiteral(R"({"criterion":"wco.trips","rating":2,"comment":""})");
        QCOMPARE(AuditSentence::of(consensus, known),
                 QStringLiteral("sito recorded the consensus on “Knowledge of the TRIPS Agreement” for Ana Lopez"));
        const QList<AuditFieldChange> rated = AuditSentence::fieldChanges(consensus, known);
        QCOMPARE(rated.size(), 2);  // the empty comment is no change
        QCOMPARE(rated.at(0).after, QStringLiteral("Knowledge of the TRIPS Agreement"));
    }

    void housekeepingIsToldApartFromChangesOfTheRecords()
    {
        for (const char* code : {"lease.take", "lease.renew", "lease.release", "lease.takeover", "document.index",
                                 "file.upgrade", "backup.daily", "heartbeat"}) {
            QVERIFY2(AuditSentence::isHousekeeping(QLatin1String(code)), code);
        }
        const QSet<QString> codes = actionCodesInTheSource();
        int changes = 0;
        for (const QString& code : codes) {
            if (!AuditSentence::isHousekeeping(code)) {
                ++changes;
            }
        }
        QVERIFY(changes >= 40);
        for (const char* code : {"candidate.create", "decision.record", "file.create", "file.restore",
                                 "settings.update", "screening.record", "attachment.add"}) {
            QVERIFY2(!AuditSentence::isHousekeeping(QLatin1String(code)), code);
        }
    }
};

AD_TEST_GUILESS_MAIN(TestAuditSentence)
#include "TestAuditSentence.moc"
