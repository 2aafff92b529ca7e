// SPDX-License-Identifier: GPL-3.0-or-later
// `audit` prints the history in the window's sentences (issue #17): names instead of ids,
// housekeeping only with --housekeeping, the changed fields with --fields, and --json raw
// for scripts.
#include "TestSupport.h"
#include "domain/Attachment.h"
#include "domain/Candidate.h"
#include "domain/DocumentText.h"
#include "domain/Workshop.h"
#include "store/CandidateSearch.h"
#include "store/Candidates.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestAuditCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    QString m_me;

    int cli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr)
    {
        return run(QStringLiteral(AD_CLI_PATH), arguments, out, err);
    }

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("audit.accdesk"));
        auto store = createStore(m_file);
        QVERIFY(store);
        m_me = store->actor().person;
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
        Attachment cv;
        cv.candidateId = saved.value().meta.id;
        cv.kind = AttachmentKind::Cv;
        cv.fileName = QStringLiteral("cv.txt");
        cv.mediaType = QStringLiteral("text/plain");
        cv.content = QByteArrayLiteral("Customs officer since 2010");
        const auto attached = store->candidates().addAttachment(cv);
        QVERIFY(attached.ok());
        DocumentText text;
        text.sha256 = attached.value().sha256();
        text.outcome = TextOutcome::Text;
        text.text = QString::fromUtf8(cv.content);
        text.extractorVersion = 1;
        QVERIFY(store->search().storeDocumentTexts({text}).ok());
    }

    void auditPrintsSentencesWithNames()
    {
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("audit"), m_file}, &out, &err), 0);
        QVERIFY2(out.contains(m_me + QStringLiteral(" gave Ana Lopez a seat in Lisbon workshop")), qPrintable(out));
        QVERIFY(out.contains(m_me + QStringLiteral(" added Ana Lopez as a candidate")));
        QVERIFY(out.contains(m_me + QStringLiteral(" attached “cv.txt” to the record of Ana Lopez")));
        for (const char* code : {"candidate.create", "enrolment.set", "attachment.add", "document.index"}) {
            QVERIFY2(!out.contains(QLatin1String(code)), code);
        }
        const QRegularExpression uuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-"));
        QVERIFY2(!uuid.match(out).hasMatch(), qPrintable(out));
        // Housekeeping only when asked.
        QVERIFY(!out.contains(QLatin1String("read the text of")));
        QCOMPARE(cli({QStringLiteral("audit"), m_file, QStringLiteral("--housekeeping")}, &out, &err), 0);
        QVERIFY2(out.contains(m_me + QStringLiteral(" read the text of 1 document")), qPrintable(out));
    }

    void fieldsListWhatChangedByName()
    {
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("audit"), m_file, QStringLiteral("--candidate"), QStringLiteral("Lopez"),
                      QStringLiteral("--fields")},
                     &out, &err),
                 0);
        QVERIFY2(
            out.contains(QStringLiteral("Region: %1 → %2").arg(labelOf(Region::Europe), labelOf(Region::AsiaPacific))),
            qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Workshop: (none) → Lisbon workshop")));
        QVERIFY(!out.contains(QLatin1String("row_version")));
        QVERIFY(!out.contains(QLatin1String("Row version")));
    }

    void jsonStaysRawForScripts()
    {
        QString out;
        QCOMPARE(cli({QStringLiteral("audit"), m_file, QStringLiteral("--json")}, &out), 0);
        QStringList actions;
        for (const QJsonValue& entry : QJsonDocument::fromJson(out.toUtf8()).array()) {
            actions.append(entry.toObject().value(QStringLiteral("action")).toString());
        }
        QVERIFY(actions.contains(QStringLiteral("enrolment.set")));
        QVERIFY(actions.contains(QStringLiteral("document.index")));  // every entry, housekeeping too
    }
};

AD_TEST_GUILESS_MAIN(TestAuditCli)
#include "TestAuditCli.moc"
