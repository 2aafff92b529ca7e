// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search in the store: the candidates' fields and the text of their documents,
// kept in step with every write, and gone from the file when personal data is erased.
#include "domain/Attachment.h"
#include "store/AuditEntry.h"
#include "domain/Candidate.h"
#include "store/CandidateFilter.h"
#include "domain/DocumentText.h"
#include "store/Store.h"
#include "store/CandidateSearch.h"
#include "store/Candidates.h"
#include "TestSupport.h"
#include "TestMain.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

Attachment textDocument(const QUuid& candidateId, const QString& fileName, const QByteArray& content)
{
    Attachment a;
    a.candidateId = candidateId;
    a.kind = AttachmentKind::Cv;
    a.fileName = fileName;
    a.mediaType = QStringLiteral("text/plain");
    a.content = content;
    a.addedAt = QDateTime::currentDateTimeUtc();
    return a;
}

DocumentText readText(const QString& sha256, const QString& text)
{
    DocumentText document;
    document.sha256 = sha256;
    document.outcome = TextOutcome::Text;
    document.text = text;
    document.extractorVersion = 1;
    return document;
}

QStringList namesOf(const QList<SearchHit>& hits)
{
    QStringList names;
    for (const SearchHit& hit : hits) {
        if (!names.contains(hit.candidateName)) {
            names.append(hit.candidateName);
        }
    }
    return names;
}

}  // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Store> m_syntaxStore;

    QString nextPath() { return m_dir.filePath(QStringLiteral("search-%1.accred").arg(++m_count)); }

    static Candidate saved(Store& store, Candidate candidate)
    {
        const auto result = store.candidates().save(candidate);
        if (!result.ok()) {
            qWarning("%s", qPrintable(result.message()));
            return {};
        }
        return result.value();
    }

    /// Attaches `content` and stores `text` as what was read from it.
    static Attachment attachRead(Store& store, const QUuid& candidateId, const QString& fileName,
                                 const QByteArray& content, const QString& text)
    {
        const auto added = store.candidates().addAttachment(textDocument(candidateId, fileName, content));
        if (!added.ok()) {
            qWarning("%s", qPrintable(added.message()));
            return {};
        }
        const auto stored = store.search().storeDocumentTexts({readText(added.value().sha256(), text)});
        if (!stored.ok()) {
            qWarning("%s", qPrintable(stored.message()));
        }
        return added.value();
    }

private slots:
    void cleanupTestCase() { m_syntaxStore.reset(); }

    void fieldsAreFoundWithAccentsAndCaseIgnored()
    {
        auto store = createStore(nextPath());
        QVERIFY(store);
        Candidate c = sampleCandidate(QStringLiteral("Wróbel"));
        c.givenNames = QStringLiteral("Katarzyna");
        c.iprExperience = QStringLiteral("Seizures of counterfeit pharmaceuticals at the port of Gdańsk.");
        c = saved(*store, c);
        saved(*store, sampleCandidate(QStringLiteral("Nguyen")));

        const auto byName = store->search().find(QStringLiteral("WROBEL"));
        QVERIFY2(byName.ok(), qPrintable(byName.message()));
        QCOMPARE(byName.value().size(), 1);
        const SearchHit hit = byName.value().first();
        QCOMPARE(hit.candidateId, c.meta.id);
        QCOMPARE(hit.candidateName, QStringLiteral("Katarzyna Wróbel"));
        QCOMPARE(hit.where, QStringLiteral("Family name"));
        QCOMPARE(hit.place, QStringLiteral("family_name"));
        QVERIFY(hit.attachmentId.isNull());
        QCOMPARE(hit.markedSnippet(QStringLiteral("["), QStringLiteral("]")), QStringLiteral("[Wróbel]"));

        // A word of two letters or more matches as a prefix; free text is searched too.
        const auto prefix = store->search().find(QStringLiteral("pharma gdansk"));
        QCOMPARE(namesOf(prefix.value()), QStringList{QStringLiteral("Katarzyna Wróbel")});
        QCOMPARE(prefix.value().first().where, QStringLiteral("IPR experience"));
        QVERIFY(prefix.value()
                    .first()
                    .markedSnippet(QStringLiteral("["), QStringLiteral("]"))
                    .contains(QStringLiteral("[pharmaceuticals]")));
        QCOMPARE(store->search().find(QStringLiteral("xyzzy")).value().size(), 0);
        QCOMPARE(store->search().find(QString()).value().size(), 0);
    }

    void typedSyntaxIsTakenLiterally_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* text :
             {"\"", "*", "AND", "OR wrobel", "NEAR(a b)", "%", "wrobel\"*", "-x", "a:b", "^", "()"}) {
            QTest::newRow(text) << QString::fromLatin1(text);
        }
    }

    void typedSyntaxIsTakenLiterally()
    {
        QFETCH(QString, text);
        if (!m_syntaxStore) {
            m_syntaxStore = createStore(nextPath());
            QVERIFY(m_syntaxStore);
            saved(*m_syntaxStore, sampleCandidate(QStringLiteral("Wróbel")));
        }
        const auto found = m_syntaxStore->search().find(text);
        QVERIFY2(found.ok(), qPrintable(found.message()));
    }

    void documentTextIsSearchedOnceStored()
    {
        auto store = createStore(nextPath());
        QVERIFY(store);
        const Candidate c = saved(*store, sampleCandidate(QStringLiteral("Marchand")));
        QCOMPARE(store->search().documentsToReadCount().value(), 0);
        const auto added = store->candidates().addAttachment(
            textDocument(c.meta.id, QStringLiteral("CV Marchand.txt"), "Mentor for the Mercator Programme"));
        QVERIFY(added.ok());
        QCOMPARE(store->search().documentsToReadCount().value(), 1);
        QCOMPARE(store->search().find(QStringLiteral("mercator")).value().size(), 0);  // not read yet

        const auto toRead = store->search().documentsToRead(10, 1000000);
        QVERIFY(toRead.ok());
        QCOMPARE(toRead.value().size(), 1);
        QCOMPARE(toRead.value().first().sha256, added.value().sha256());
        QCOMPARE(toRead.value().first().mediaType, QStringLiteral("text/plain"));
        QCOMPARE(toRead.value().first().fileName, QStringLiteral("CV Marchand.txt"));
        QCOMPARE(toRead.value().first().content, QByteArray("Mentor for the Mercator Programme"));

        const int entriesBefore = int(store->auditTrail().value().size());
        const auto stored = store->search().storeDocumentTexts(
            {readText(added.value().sha256(), QStringLiteral("Mentor for the\nMercator Programme"))});
        QVERIFY2(stored.ok(), qPrintable(stored.message()));
        QCOMPARE(stored.value(), 1);
        QCOMPARE(store->search().documentsToReadCount().value(), 0);
        QCOMPARE(store->search().documentsToRead(10, 1000000).value().size(), 0);

        const auto hits = store->search().find(QStringLiteral("Mercator"));
        QCOMPARE(hits.value().size(), 1);
        QCOMPARE(hits.value().first().candidateId, c.meta.id);
        QCOMPARE(hits.value().first().where, QStringLiteral("CV Marchand.txt"));
        QCOMPARE(hits.value().first().attachmentId, added.value().meta.id);
        QCOMPARE(hits.value().first().markedSnippet(QStringLiteral("["), QStringLiteral("]")),
                 QStringLiteral("Mentor for the [Mercator] Programme"));

        // One audit entry for the batch, with counts and never the text.
        const auto trail = store->auditTrail().value();
        QCOMPARE(trail.size(), entriesBefore + 1);
        QCOMPARE(trail.last().action, QStringLiteral("document.index"));
        QVERIFY(!trail.last().newValue.contains(QStringLiteral("Mercator")));
        const QJsonObject after = QJsonDocument::fromJson(trail.last().newValue.toUtf8()).object();
        QCOMPARE(after.value(QStringLiteral("documents")).toInt(), 1);
        QCOMPARE(after.value(QStringLiteral("text")).toInt(), 1);

        const auto outcomes = store->search().documentTextOutcomes(c.meta.id);
        QCOMPARE(outcomes.value().value(added.value().meta.id).outcome, TextOutcome::Text);
        QVERIFY(store->check().value().isEmpty());
    }

    void everyWordMustBeInTheCandidatesRecord()
    {
        auto store = createStore(nextPath());
        QVERIFY(store);
        const Candidate wrobel = saved(*store, sampleCandidate(QStringLiteral("Wróbel")));
        const Candidate diallo = saved(*store, sampleCandidate(QStringLiteral("Diallo")));
        attachRead(*store, wrobel.meta.id, QStringLiteral("cv-w.txt"), "w", QStringLiteral("Mercator mentor"));
        attachRead(*store, diallo.meta.id, QStringLiteral("cv-d.txt"), "d", QStringLiteral("Mercator trainer"));

        // Name in a field, the other word in a document: both in her record.
        const auto both = store->search().find(QStringLiteral("wrobel mercator"));
        QCOMPARE(namesOf(both.value()), QStringList{QStringLiteral("Alex Wróbel")});
        QCOMPARE(both.value().size(), 2);  // where the name was, where the word was
        QCOMPARE(namesOf(store->search().find(QStringLiteral("mercator")).value()).size(), 2);
        QCOMPARE(store->search().find(QStringLiteral("diallo mentor")).value().size(), 0);
        QCOMPARE(store->search().find(QStringLiteral("mercator")).value().size(), 2);
        QCOMPARE(store->search().find(QStringLiteral("mercator"), 1).value().size(), 1);

        // The list's filter asks the same in SQL, with its other filters.
        CandidateFilter filter;
        filter.inDocuments = true;
        filter.text = QStringLiteral("wrobel mercator");
        QCOMPARE(store->candidates().find(filter).value().size(), 1);
        filter.text = QStringLiteral("mercator");
        QCOMPARE(store->candidates().find(filter).value().size(), 2);
        filter.stage = Stage::Selected;
        QCOMPARE(store->candidates().find(filter).value().size(), 0);
        filter.stage.reset();
        filter.text = QStringLiteral("%");
        QCOMPARE(store->candidates().find(filter).value().size(), 0);
    }

    void aListsFilterRanksAmongTheCandidatesItLists()
    {
        auto store = createStore(nextPath());
        QVERIFY(store);
        Candidate europe = sampleCandidate(QStringLiteral("Marchand"));
        europe.region = Region::Europe;
        europe = saved(*store, europe);
        Candidate asia = sampleCandidate(QStringLiteral("Nguyen"));
        asia.region = Region::AsiaPacific;
        asia = saved(*store, asia);
        // Her CV says it once in many words; his says little else: his ranks first.
        attachRead(*store, europe.meta.id, QStringLiteral("cv-e.txt"), "e",
                   QStringLiteral("Mercator ") + QStringLiteral("customs modernisation programme ").repeated(40));
        attachRead(*store, asia.meta.id, QStringLiteral("cv-a.txt"), "a", QStringLiteral("Mercator Mercator"));
        QCOMPARE(store->search().find(QStringLiteral("mercator"), 1).value().first().candidateId, asia.meta.id);

        CandidateFilter filter;
        filter.text = QStringLiteral("mercator");
        filter.region = Region::Europe;
        const auto hits = store->search().find(filter, 1);
        QVERIFY2(hits.ok(), qPrintable(hits.message()));
        QCOMPARE(hits.value().size(), 1);
        QCOMPARE(hits.value().first().candidateId, europe.meta.id);
        QCOMPARE(hits.value().first().where, QStringLiteral("cv-e.txt"));
        filter.text = QStringLiteral("mercator nguyen");  // every word, and the region
        QCOMPARE(store->search().find(filter, 10).value().size(), 0);
        filter.region = Region::AsiaPacific;
        QCOMPARE(namesOf(store->search().find(filter, 10).value()), QStringList{QStringLiteral("Alex Nguyen")});
    }

    void everyWriteKeepsTheIndexInStep()
    {
        auto store = createStore(nextPath());
        QVERIFY(store);
        Candidate c = saved(*store, sampleCandidate(QStringLiteral("Marchand")));
        c.familyName = QStringLiteral("Lefèvre");
        c = saved(*store, c);
        QCOMPARE(store->search().find(QStringLiteral("marchand")).value().size(), 0);
        QCOMPARE(store->search().find(QStringLiteral("lefevre")).value().size(), 1);

        // Imported candidates are searchable at once.
        Candidate imported = sampleCandidate(QStringLiteral("Þórsdóttir"));
        QVERIFY(store->candidates().addAll({imported}, QStringLiteral("applications.csv")).ok());
        QCOMPARE(store->search().find(QStringLiteral("ÞORSDOTTIR")).value().size(), 1);

        // One document attached to two candidates is read once and found for both.
        const Candidate other = saved(*store, sampleCandidate(QStringLiteral("Diallo")));
        const Attachment first = attachRead(*store, c.meta.id, QStringLiteral("shared.txt"), "same bytes",
                                            QStringLiteral("Pangea operation"));
        const auto second =
            store->candidates().addAttachment(textDocument(other.meta.id, QStringLiteral("copy.txt"), "same bytes"));
        QVERIFY(second.ok());
        QCOMPARE(store->search().documentsToReadCount().value(), 0);
        QCOMPARE(namesOf(store->search().find(QStringLiteral("pangea")).value()).size(), 2);
        QVERIFY(store->candidates().removeAttachment(first.meta.id).ok());
        QCOMPARE(namesOf(store->search().find(QStringLiteral("pangea")).value()),
                 QStringList{QStringLiteral("Alex Diallo")});
        QVERIFY(store->candidates().removeAttachment(second.value().meta.id).ok());
        QCOMPARE(store->search().find(QStringLiteral("pangea")).value().size(), 0);
        // Attached again, it is read again: nothing of the old reading stayed behind.
        QVERIFY(store->candidates()
                    .addAttachment(textDocument(other.meta.id, QStringLiteral("copy.txt"), "same bytes"))
                    .ok());
        QCOMPARE(store->search().documentsToReadCount().value(), 1);

        // Archived candidates only when asked.
        QVERIFY(store->candidates().setArchived(c.meta.id, true).ok());
        QCOMPARE(store->search().find(QStringLiteral("lefevre")).value().size(), 0);
        QCOMPARE(store->search().find(QStringLiteral("lefevre"), 10, true).value().size(), 1);
        QVERIFY(store->check().value().isEmpty());
    }

    void erasedWordsLeaveTheFile()
    {
        const QString path = nextPath();
        auto store = createStore(path);
        QVERIFY(store);
        Candidate c = sampleCandidate(QStringLiteral("Quizzlewick"));
        c.iprExperience = QStringLiteral("Zanzibarite smuggling");
        c = saved(*store, c);
        attachRead(*store, c.meta.id, QStringLiteral("cv.txt"), "cv bytes",
                   QStringLiteral("Worked with the Xylocarpine task force"));
        // Many other rows, so that the index has more than one segment to merge.
        for (int i = 0; i < 30; ++i) {
            saved(*store, sampleCandidate(QStringLiteral("Other%1").arg(i)));
        }
        QCOMPARE(store->search().find(QStringLiteral("xylocarpine")).value().size(), 1);
        const auto fileHolds = [&](const QByteArray& word) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) && file.readAll().toLower().contains(word);
        };
        QVERIFY(fileHolds("xylocarpine"));  // the test can fail
        QVERIFY(fileHolds("zanzibarite"));

        QVERIFY(store->candidates().erasePersonalData(c.meta.id, QStringLiteral("Asked to be forgotten")).ok());
        QCOMPARE(store->search().find(QStringLiteral("xylocarpine")).value().size(), 0);
        QCOMPARE(store->search().find(QStringLiteral("quizzlewick")).value().size(), 0);
        QCOMPARE(store->search().find(QStringLiteral("zanzibarite")).value().size(), 0);
        QVERIFY(!fileHolds("xylocarpine"));
        QVERIFY(!fileHolds("zanzibarite"));
        QVERIFY(!fileHolds("quizzlewick"));
        QVERIFY(store->check().value().isEmpty());
    }

    void aSharedDocumentFollowsItsCandidatesThroughRereadAndErasure()
    {
        auto store = createStore(nextPath());
        QVERIFY(store);
        const Candidate marchand = saved(*store, sampleCandidate(QStringLiteral("Marchand")));
        const Candidate diallo = saved(*store, sampleCandidate(QStringLiteral("Diallo")));
        attachRead(*store, marchand.meta.id, QStringLiteral("shared.txt"), "same bytes", QStringLiteral("Pangea"));
        const auto copy =
            store->candidates().addAttachment(textDocument(diallo.meta.id, QStringLiteral("copy.txt"), "same bytes"));
        QVERIFY(copy.ok());
        const QString sha = copy.value().sha256();
        QCOMPARE(namesOf(store->search().find(QStringLiteral("pangea")).value()).size(), 2);

        // Read again (a better extractor): the new text replaces the old for both.
        DocumentText reread = readText(sha, QStringLiteral("Mercator mentor"));
        reread.extractorVersion = 2;
        QCOMPARE(store->search().storeDocumentTexts({reread}).value(), 1);
        QCOMPARE(store->search().find(QStringLiteral("pangea")).value().size(), 0);
        const auto both = store->search().find(QStringLiteral("mercator"));
        QCOMPARE(both.value().size(), 2);
        QStringList where;
        for (const SearchHit& hit : both.value()) {
            where.append(hit.candidateName + QStringLiteral(": ") + hit.where);
        }
        where.sort();
        QCOMPARE(where,
                 (QStringList{QStringLiteral("Alex Diallo: copy.txt"), QStringLiteral("Alex Marchand: shared.txt")}));
        QVERIFY2(store->check().value().isEmpty(), qPrintable(store->check().value().join(QLatin1Char('\n'))));

        // Erasing one of them leaves the other's copy searchable, and nothing of the erased.
        QVERIFY(store->candidates().erasePersonalData(marchand.meta.id, QStringLiteral("Asked to be forgotten")).ok());
        QCOMPARE(namesOf(store->search().find(QStringLiteral("mercator")).value()),
                 QStringList{QStringLiteral("Alex Diallo")});
        CandidateFilter filter;
        filter.inDocuments = true;
        filter.text = QStringLiteral("mercator");
        QCOMPARE(store->candidates().find(filter).value().size(), 1);
        QVERIFY2(store->check().value().isEmpty(), qPrintable(store->check().value().join(QLatin1Char('\n'))));
    }

    void theCheckNoticesAnIndexOutOfStep_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("reported");
        QTest::newRow("field row without its candidate")
            << QStringLiteral("DELETE FROM search_row WHERE row IN (SELECT rowid FROM search_index WHERE place = "
                              "'family_name')")
            << QStringLiteral("field(s) in the search index do not lead to their candidate");
        QTest::newRow("document row without its candidate")
            << QStringLiteral("DELETE FROM search_row WHERE row IN (SELECT search_row FROM document_text)")
            << QStringLiteral("attached document(s) are not found by the search");
        QTest::newRow("a row given to someone else")
            << QStringLiteral("INSERT INTO search_row (row, candidate_id) SELECT search_row, "
                              "(SELECT id FROM candidate WHERE family_name = 'Diallo') FROM document_text")
            << QStringLiteral("search row(s) lead to a candidate they do not belong to");
        QTest::newRow("a document's row forgotten")
            << QStringLiteral("UPDATE document_text SET search_row = NULL")
            << QStringLiteral("document text(s) in the search index belong to no document");
    }

    void theCheckNoticesAnIndexOutOfStep()
    {
        QFETCH(QString, damage);
        QFETCH(QString, reported);
        const QString path = nextPath();
        {
            auto store = createStore(path);
            QVERIFY(store);
            const Candidate c = saved(*store, sampleCandidate(QStringLiteral("Marchand")));
            saved(*store, sampleCandidate(QStringLiteral("Diallo")));
            attachRead(*store, c.meta.id, QStringLiteral("cv.txt"), "bytes", QStringLiteral("Mercator"));
            QVERIFY(store->check().value().isEmpty());
        }
        QCOMPARE(runSql(path, {damage}), QString());
        auto store = Store::open(path, Store::Access::ReadOnly);
        QVERIFY2(store.ok(), qPrintable(store.message()));
        const QStringList problems = store.value()->check().value();
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(reported), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void readOnlySessionsSearchWhatIsIndexed()
    {
        const QString path = nextPath();
        QUuid id;
        {
            auto store = createStore(path);
            QVERIFY(store);
            const Candidate c = saved(*store, sampleCandidate(QStringLiteral("Marchand")));
            attachRead(*store, c.meta.id, QStringLiteral("cv.txt"), "one", QStringLiteral("Mercator"));
            QVERIFY(
                store->candidates().addAttachment(textDocument(c.meta.id, QStringLiteral("letter.txt"), "two")).ok());
            id = c.meta.id;
        }
        auto reader = Store::open(path, Store::Access::ReadOnly);
        QVERIFY(reader.ok());
        QCOMPARE(reader.value()->search().find(QStringLiteral("mercator")).value().size(), 1);
        QCOMPARE(reader.value()->search().documentsToReadCount().value(), 1);
        const auto pending = reader.value()->search().documentsToRead(5, 1000);
        QCOMPARE(pending.value().size(), 1);
        DocumentText text = readText(pending.value().first().sha256, QStringLiteral("letter"));
        const auto refused = reader.value()->search().storeDocumentTexts({text});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), ErrorCode::ReadOnly);
        QVERIFY(reader.value()->check().value().isEmpty());
    }

    void aDocumentWithoutTextIsNotedNotIndexed()
    {
        auto store = createStore(nextPath());
        QVERIFY(store);
        const Candidate c = saved(*store, sampleCandidate(QStringLiteral("Marchand")));
        const auto added =
            store->candidates().addAttachment(textDocument(c.meta.id, QStringLiteral("scan.txt"), "scan"));
        QVERIFY(added.ok());
        DocumentText none;
        none.sha256 = added.value().sha256();
        none.outcome = TextOutcome::NoTextLayer;
        none.text = QStringLiteral("ignored");
        none.extractorVersion = 1;
        DocumentText gone = readText(QStringLiteral("0").repeated(64), QStringLiteral("removed meanwhile"));
        QCOMPARE(store->search().storeDocumentTexts({none, gone}).value(), 1);
        QCOMPARE(store->search().documentsToReadCount().value(), 0);
        QCOMPARE(store->search().find(QStringLiteral("ignored")).value().size(), 0);
        QCOMPARE(store->search().documentTextOutcomes(c.meta.id).value().value(added.value().meta.id).outcome,
                 TextOutcome::NoTextLayer);
    }
};

AD_TEST_GUILESS_MAIN(TestSearch)
#include "TestSearch.moc"
