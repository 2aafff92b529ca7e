// accreditation-desk-cli's full-text search and `index` run as processes: documents are
// searched once read, the places where words were found are shown, and documents without
// text are listed, not failed.
#include "Attachment.h"
#include "Candidate.h"
#include "Store.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestSearchCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    int cli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr)
    {
        return run(QStringLiteral(AD_CLI_PATH), arguments, out, err);
    }

private slots:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.accred"));
        QCOMPARE(cli({QStringLiteral("demo"), m_demo}), 0);
        // A picture among the documents: nothing to read in it, which `index` must say.
        auto store = Store::open(m_demo);
        QVERIFY(store.ok());
        const auto candidates = store.value()->findCandidates(QStringLiteral("Wróbel"));
        QCOMPARE(candidates.value().size(), 1);
        Attachment photo;
        photo.candidateId = candidates.value().first().meta.id;
        photo.kind = AttachmentKind::Other;
        photo.fileName = QStringLiteral("passport-scan.png");
        photo.mediaType = QStringLiteral("image/png");
        photo.content = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, '\0');
        photo.addedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(store.value()->addAttachment(photo).ok());
    }

    void documentsAreSearchedOnceIndexed()
    {
        QString out;
        QString err;
        // "Curriculum vitae" heads every demo CV and is in no candidate's field.
        QCOMPARE(cli({QStringLiteral("candidates"), m_demo, QStringLiteral("--search"), QStringLiteral("curriculum")},
                     &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("0 candidates")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("not searched yet")));

        QCOMPARE(cli({QStringLiteral("index"), m_demo}, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("document(s) read")) || out.contains(QStringLiteral("documents read")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("1 without a text layer")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("passport-scan.png: A picture")));

        QCOMPARE(cli({QStringLiteral("candidates"), m_demo, QStringLiteral("--search"), QStringLiteral("curriculum"),
                      QStringLiteral("--json")},
                     &out, &err),
                 0);
        const QJsonArray found = QJsonDocument::fromJson(out.toUtf8()).array();
        QCOMPARE(found.size(), 14);  // every demo candidate has a CV
        const QJsonObject first = found.first().toObject();
        const QJsonObject place = first.value(QStringLiteral("found")).toArray().first().toObject();
        QCOMPARE(place.value(QStringLiteral("place")).toString(), QStringLiteral("document"));
        QVERIFY(place.value(QStringLiteral("where")).toString().endsWith(QStringLiteral(".pdf")));
        QVERIFY(place.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("[Curriculum] vitae")));
        QVERIFY(!place.value(QStringLiteral("attachment_id")).toString().isEmpty());

        // A second run has nothing left to read.
        QCOMPARE(cli({QStringLiteral("index"), m_demo}, &out, &err), 0);
        QVERIFY2(out.startsWith(QStringLiteral("0 document")), qPrintable(out));  // "(s)" until translated
        QCOMPARE(cli({QStringLiteral("check"), m_demo}, &out, &err), 0);
    }

    void theTableSaysWhereWordsWereFound()
    {
        QString out;
        QCOMPARE(cli({QStringLiteral("candidates"), m_demo, QStringLiteral("--search"), QStringLiteral("wrobel")}, &out),
                 0);
        QVERIFY2(out.contains(QStringLiteral("Family name: [Wróbel]")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("1 candidate")));
    }

    void readOnlySessionsCannotIndex()
    {
        const QString file = m_dir.filePath(QStringLiteral("reader.accred"));
        QCOMPARE(cli({QStringLiteral("demo"), file}), 0);
        QString out;
        QString err;
        // An observer recorded in no file: the session is read-only.
        QCOMPARE(cli({QStringLiteral("index"), file, QStringLiteral("--as"), QStringLiteral("nobody-here")}, &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("not read")), qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("not searchable yet")));
    }
};

QTEST_GUILESS_MAIN(TestSearchCli)
#include "TestSearchCli.moc"
