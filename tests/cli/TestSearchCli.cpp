// SPDX-License-Identifier: GPL-3.0-or-later
// accreditation-desk-cli's full-text search and `index` run as processes: documents are
// searched once read, the places where words were found are shown, and documents without
// text are listed, not failed.
#include "domain/Attachment.h"
#include "domain/Candidate.h"
#include "store/Store.h"
#include "store/Candidates.h"
#include "TestSupport.h"
#include "TestMain.h"

#include <QElapsedTimer>
#include <QFile>
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
        const auto candidates = store.value()->candidates().find(QStringLiteral("Wróbel"));
        QCOMPARE(candidates.value().size(), 1);
        Attachment photo;
        photo.candidateId = candidates.value().first().meta.id;
        photo.kind = AttachmentKind::Other;
        photo.fileName = QStringLiteral("passport-scan.png");
        photo.mediaType = QStringLiteral("image/png");
        photo.content = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, '\0');
        photo.addedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(store.value()->candidates().addAttachment(photo).ok());
    }

    void aPdfThatHangsItsReaderIsReportedAndKept()
    {
        // A CV whose page tree lists itself hangs Qt PDF: `index` reports it as unreadable
        // within its time limit, and the document stays attached.
        const QString file = m_dir.filePath(QStringLiteral("hanging-pdf.accred"));
        QCOMPARE(cli({QStringLiteral("demo"), file}), 0);
        QFile hostile(QStringLiteral(AD_SOURCE_DIR "/tests/fuzz/regressions/pdf_text/page-tree-lists-itself.pdf"));
        QVERIFY(hostile.open(QIODevice::ReadOnly));
        QUuid attachmentId;
        {
            auto store = Store::open(file);
            QVERIFY(store.ok());
            const auto candidates = store.value()->candidates().find(QStringLiteral("Wróbel"));
            QCOMPARE(candidates.value().size(), 1);
            Attachment cv;
            cv.candidateId = candidates.value().first().meta.id;
            cv.kind = AttachmentKind::Other;
            cv.fileName = QStringLiteral("looping-cv.pdf");
            cv.mediaType = QStringLiteral("application/pdf");
            cv.content = hostile.readAll();
            cv.addedAt = QDateTime::currentDateTimeUtc();
            const auto added = store.value()->candidates().addAttachment(cv);
            QVERIFY2(added.ok(), qPrintable(added.message()));
        }
        QString out;
        QString err;
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(cli({QStringLiteral("index"), file}, &out, &err), 0);
        QVERIFY2(clock.elapsed() < 60000, qPrintable(QStringLiteral("index took %1 ms").arg(clock.elapsed())));
        QVERIFY2(out.contains(QStringLiteral("looping-cv.pdf")) && out.contains(QStringLiteral("took too long")),
                 qPrintable(out + err));
        QVERIFY2(out.contains(QStringLiteral("1 failed")), qPrintable(out));
        auto store = Store::open(file, Store::Access::ReadOnly);
        QVERIFY(store.ok());
        const auto candidates = store.value()->candidates().find(QStringLiteral("Wróbel"));
        const auto attachments = store.value()->candidates().attachments(candidates.value().first().meta.id);
        QVERIFY(attachments.ok());
        QVERIFY(std::any_of(attachments.value().cbegin(), attachments.value().cend(),
                            [](const Attachment& a) { return a.fileName == QLatin1String("looping-cv.pdf"); }));
        QCOMPARE(cli({QStringLiteral("check"), file}, &out, &err), 0);
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
        QCOMPARE(
            cli({QStringLiteral("candidates"), m_demo, QStringLiteral("--search"), QStringLiteral("wrobel")}, &out), 0);
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
        QCOMPARE(
            cli({QStringLiteral("index"), file, QStringLiteral("--as"), QStringLiteral("nobody-here")}, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("not read")), qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("not searchable yet")));
    }
};

AD_TEST_GUILESS_MAIN(TestSearchCli)
#include "TestSearchCli.moc"
