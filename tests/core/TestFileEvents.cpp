// SPDX-License-Identifier: GPL-3.0-or-later
// What an open file tells those who show it: one change per commit of Store::write, none
// for a refused command or work that found nothing to do, and the commits of another
// process once Store::hasChangedElsewhere() sees them.
#include "domain/Candidate.h"
#include "domain/DocumentText.h"
#include "store/FileEvents.h"
#include "store/Store.h"
#include "store/FileSettings.h"
#include "store/CandidateSearch.h"
#include "store/Candidates.h"
#include "TestSupport.h"
#include "TestMain.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const Actor kOfficer{QStringLiteral("aofficer"), QStringLiteral("pc-1")};
const Actor kReviewer{QStringLiteral("kmorita"), QStringLiteral("laptop-7")};

/// Every batch of changes `store` tells, as it tells them.
class Heard
{
public:
    explicit Heard(const Store& store)
    {
        QObject::connect(&store.events(), &FileEvents::changed, &m_context,
                         [this](const QList<FileChange>& changes) { batches.append(changes); });
    }
    QList<QList<FileChange>> batches;

private:
    QObject m_context;  ///< ends the connection with this listener
};

}  // namespace

class TestFileEvents : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("events-%1.accred").arg(++m_files));
        auto store = Store::create(path, kOfficer);
        return store.ok() ? path : QString();
    }

private slots:
    void eachCommitIsToldOnceWithWhatItChanged()
    {
        auto store = Store::open(newFile(), Store::Access::Edit, kOfficer);
        QVERIFY(store.ok());
        Heard heard(*store.value());
        const auto created = store.value()->candidates().save(sampleCandidate(QStringLiteral("Okafor")));
        QVERIFY(created.ok());
        QCOMPARE(heard.batches.size(), 1);
        QCOMPARE(heard.batches.at(0).size(), 1);
        const FileChange made = heard.batches.at(0).at(0);
        QCOMPARE(made.entity, QStringLiteral("candidate"));
        QCOMPARE(made.action, QStringLiteral("candidate.create"));
        QCOMPARE(made.entityId, created.value().meta.id.toString(QUuid::WithoutBraces));
        QCOMPARE(made.subjectId, made.entityId);
        QVERIFY(!made.elsewhere);
        QVERIFY(!made.isUnknown());

        Candidate changed = created.value();
        changed.position = QStringLiteral("Head of unit");
        QVERIFY(store.value()->candidates().save(changed).ok());
        QCOMPARE(heard.batches.size(), 2);
        QCOMPARE(heard.batches.at(1).size(), 1);
        QCOMPARE(heard.batches.at(1).at(0).action, QStringLiteral("candidate.update"));
        QCOMPARE(heard.batches.at(1).at(0).entityId, made.entityId);

        QVERIFY(store.value()->settings().setBackupsToKeep(4).ok());
        QCOMPARE(heard.batches.size(), 3);
        QCOMPARE(heard.batches.at(2).at(0).entity, QStringLiteral("setting"));
        QCOMPARE(heard.batches.at(2).at(0).entityId, QStringLiteral("backups_to_keep"));
        QCOMPARE(heard.batches.at(2).at(0).action, QStringLiteral("settings.update"));
    }

    void aRefusedCommandTellsNothing()
    {
        auto store = Store::open(newFile(), Store::Access::Edit, kOfficer);
        QVERIFY(store.ok());
        const auto created = store.value()->candidates().save(sampleCandidate(QStringLiteral("Okafor")));
        QVERIFY(created.ok());
        Candidate first = created.value();
        first.position = QStringLiteral("Head of unit");
        QVERIFY(store.value()->candidates().save(first).ok());
        Heard heard(*store.value());
        // Refused inside the unit of work: the copy's row version is older than the file's.
        Candidate stale = created.value();
        stale.position = QStringLiteral("Deputy");
        QCOMPARE(store.value()->candidates().save(stale).code(), ErrorCode::Conflict);
        // Refused before it: not a number of backups the file keeps.
        QVERIFY(!store.value()->settings().setBackupsToKeep(0).ok());
        QVERIFY(heard.batches.isEmpty());

        auto reader = Store::open(store.value()->path(), Store::Access::ReadOnly, kOfficer);
        QVERIFY(reader.ok());
        Heard readerHeard(*reader.value());
        QCOMPARE(reader.value()->candidates().save(sampleCandidate(QStringLiteral("Refused"))).code(),
                 ErrorCode::ReadOnly);
        QVERIFY(readerHeard.batches.isEmpty());
    }

    void workThatFoundNothingToDoTellsNothing()
    {
        auto store = Store::open(newFile(), Store::Access::Edit, kOfficer);
        QVERIFY(store.ok());
        Heard heard(*store.value());
        // The text of a document no longer in the file: nothing stored, nothing committed.
        DocumentText gone;
        gone.sha256 = QString(64, QLatin1Char('a'));
        gone.outcome = TextOutcome::Text;
        gone.text = QStringLiteral("words");
        gone.extractorVersion = 1;
        const auto stored = store.value()->search().storeDocumentTexts({gone});
        QVERIFY(stored.ok());
        QCOMPARE(stored.value(), 0);
        QVERIFY(heard.batches.isEmpty());
    }

    void anotherProcessesCommitsAreToldAsFromElsewhere()
    {
        const QString file = newFile();
        auto reader = Store::open(file, Store::Access::ReadOnly, kReviewer);
        auto editor = Store::open(file, Store::Access::Edit, kOfficer);  // a second connection
        QVERIFY(reader.ok() && editor.ok());
        Heard heard(*reader.value());
        Heard editorHeard(*editor.value());
        QVERIFY(!reader.value()->hasChangedElsewhere());
        const auto one = editor.value()->candidates().save(sampleCandidate(QStringLiteral("Okafor")));
        const auto two = editor.value()->candidates().save(sampleCandidate(QStringLiteral("Tanaka")));
        QVERIFY(one.ok() && two.ok());
        QVERIFY(heard.batches.isEmpty());  // not before the reader looks
        QVERIFY(reader.value()->hasChangedElsewhere());
        QCOMPARE(heard.batches.size(), 1);
        const QList<FileChange> seen = heard.batches.at(0);
        QCOMPARE(seen.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(seen.at(i).elsewhere);
            QCOMPARE(seen.at(i).entity, QStringLiteral("candidate"));
            QCOMPARE(seen.at(i).action, QStringLiteral("candidate.create"));
        }
        QCOMPARE(seen.at(0).entityId, one.value().meta.id.toString(QUuid::WithoutBraces));
        QCOMPARE(seen.at(1).entityId, two.value().meta.id.toString(QUuid::WithoutBraces));

        // Seen once; a heartbeat is housekeeping; one's own commits were told when made.
        QVERIFY(!reader.value()->hasChangedElsewhere());
        QVERIFY(editor.value()->heartbeat().ok());
        QVERIFY(!reader.value()->hasChangedElsewhere());
        QVERIFY(!editor.value()->hasChangedElsewhere());
        QCOMPARE(heard.batches.size(), 1);
        QCOMPARE(editorHeard.batches.size(), 2);
        QVERIFY(!editorHeard.batches.at(0).at(0).elsewhere);
    }

    void aTrailThatNoLongerHoldsWhatWasSeenIsAnUnknownChange()
    {
        const QString file = newFile();
        auto reader = Store::open(file, Store::Access::ReadOnly, kReviewer);
        QVERIFY(reader.ok());
        Heard heard(*reader.value());
        {
            auto editor = Store::open(file, Store::Access::Edit, kOfficer);
            QVERIFY(editor.ok());
            QVERIFY(editor.value()->candidates().save(sampleCandidate(QStringLiteral("Okafor"))).ok());
        }
        // The entry the reader saw last is gone (a file put back from elsewhere, say).
        const QString error = runSql(file, {QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete"),
                                            QStringLiteral("DELETE FROM audit_log WHERE seq = 1")});
        if (!error.isEmpty()) {
            QFAIL(qPrintable(error));
        }
        QVERIFY(reader.value()->hasChangedElsewhere());
        QCOMPARE(heard.batches.size(), 1);
        QCOMPARE(heard.batches.at(0).size(), 1);
        QVERIFY(heard.batches.at(0).at(0).elsewhere);
        QVERIFY(heard.batches.at(0).at(0).isUnknown());
        QVERIFY(heard.batches.at(0).at(0).mayConcern(QStringLiteral("workshop")));
    }
};

AD_TEST_GUILESS_MAIN(TestFileEvents)
#include "TestFileEvents.moc"
