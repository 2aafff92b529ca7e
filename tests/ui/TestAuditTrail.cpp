// SPDX-License-Identifier: GPL-3.0-or-later
// The history window reads as sentences (issue #17): names instead of ids, the selected
// change's fields in a table (label, before, after), housekeeping hidden unless "Show
// housekeeping" is ticked, and every label with a mnemonic bound to its field.
#include "TestSupport.h"
#include "Translations.h"
#include "demo/DemoFile.h"
#include "domain/Attachment.h"
#include "domain/Candidate.h"
#include "domain/DocumentText.h"
#include "domain/Workshop.h"
#include "history/AuditTrailDialog.h"
#include "history/AuditTrailModel.h"
#include "store/CandidateSearch.h"
#include "store/Candidates.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "TestMain.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const QRegularExpression kUuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
                               QRegularExpression::CaseInsensitiveOption);

QString screenshotPath(const QString& name)
{
    QDir().mkpath(QStringLiteral(AD_BINARY_DIR "/screenshots"));
    return QStringLiteral(AD_BINARY_DIR "/screenshots/") + name;
}

}  // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

private slots:
    void initTestCase()
    {
        Translations::install();  // the screenshots show the window's own English plurals
        m_file = m_dir.filePath(QStringLiteral("history.accdesk"));
        auto store = createStore(m_file);
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
        // Housekeeping: the search reads an attached document's text.
        Attachment cv;
        cv.candidateId = saved.value().meta.id;
        cv.kind = AttachmentKind::Cv;
        cv.fileName = QStringLiteral("cv.txt");
        cv.mediaType = QStringLiteral("text/plain");
        cv.content = QByteArrayLiteral("Customs officer since 2010");
        const auto attached = store->candidates().addAttachment(cv);
        QVERIFY2(attached.ok(), qPrintable(attached.message()));
        DocumentText text;
        text.sha256 = attached.value().sha256();
        text.outcome = TextOutcome::Text;
        text.text = QString::fromUtf8(cv.content);
        text.extractorVersion = 1;
        const auto indexed = store->search().storeDocumentTexts({text});
        QVERIFY2(indexed.ok() && indexed.value() == 1, qPrintable(indexed.message()));
    }

    void changesReadAsSentencesAndHousekeepingIsHiddenUnlessAsked()
    {
        auto store = Store::open(m_file, Store::Access::ReadOnly);
        QVERIFY(store.ok());
        AuditTrailDialog dialog(*store.value(), QUuid(), QString());
        const int all = dialog.model()->rowCount();
        QAbstractItemModel* shown = dialog.filter();
        QCOMPARE(shown->rowCount(), all - 1);  // the search's reading is housekeeping
        QStringList sentences;
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QString what = shown->index(row, AuditTrailModel::What).data().toString();
            QVERIFY2(!kUuid.match(what).hasMatch(), qPrintable(what));
            QVERIFY2(!what.contains(QLatin1String("document")), qPrintable(what));
            sentences.append(what);
        }
        const QString me = store.value()->actor().person;
        QVERIFY2(sentences.contains(me + QStringLiteral(" gave Ana Lopez a seat in Lisbon workshop")),
                 qPrintable(sentences.join(QLatin1Char('\n'))));
        auto* housekeeping = dialog.findChild<QCheckBox*>(QStringLiteral("historyHousekeeping"));
        QVERIFY(housekeeping);
        QVERIFY(!housekeeping->isChecked());
        housekeeping->setChecked(true);
        QCOMPARE(shown->rowCount(), all);
        const QString reading = shown->index(all - 1, AuditTrailModel::What).data().toString();
        QVERIFY2(reading.startsWith(me + QStringLiteral(" read the text of 1 document")), qPrintable(reading));
        housekeeping->setChecked(false);
        QCOMPARE(shown->rowCount(), all - 1);
    }

    void theSelectedChangeShowsItsFieldsByName()
    {
        auto store = Store::open(m_file, Store::Access::ReadOnly);
        QVERIFY(store.ok());
        AuditTrailDialog dialog(*store.value(), QUuid(), QString());
        dialog.show();
        auto* table = dialog.findChild<QTableView*>(QStringLiteral("historyTable"));
        auto* details = dialog.findChild<QTableView*>(QStringLiteral("historyDetails"));
        QVERIFY(table && details);
        int update = -1;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()
                    ->index(row, AuditTrailModel::What)
                    .data()
                    .toString()
                    .contains(QLatin1String("changed the record of Ana Lopez"))) {
                update = row;
            }
        }
        QVERIFY(update >= 0);
        table->selectRow(update);
        QAbstractItemModel* fields = details->model();
        QCOMPARE(fields->rowCount(), 1);  // only what changed
        QCOMPARE(fields->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Field"));
        QCOMPARE(fields->index(0, 0).data().toString(), QStringLiteral("Region"));
        QCOMPARE(fields->index(0, 1).data().toString(), labelOf(Region::Europe));
        QCOMPARE(fields->index(0, 2).data().toString(), labelOf(Region::AsiaPacific));
        auto* sentence = dialog.findChild<QLabel*>(QStringLiteral("historySentence"));
        QVERIFY(sentence->text().endsWith(QLatin1String("changed the record of Ana Lopez")));

        // The enrolment's workshop appears by its title, not its id.
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, AuditTrailModel::What).data().toString().contains(QLatin1String("a seat"))) {
                table->selectRow(row);
            }
        }
        QCOMPARE(fields->rowCount(), 1);
        QCOMPARE(fields->index(0, 0).data().toString(), QStringLiteral("Workshop"));
        QCOMPARE(fields->index(0, 2).data().toString(), QStringLiteral("Lisbon workshop"));
    }

    void everyMnemonicLabelHasItsField()
    {
        auto store = Store::open(m_file, Store::Access::ReadOnly);
        QVERIFY(store.ok());
        AuditTrailDialog dialog(*store.value(), QUuid(), QString());
        dialog.show();
        int mnemonics = 0;
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->text().contains(QLatin1Char('&'))) {
                ++mnemonics;
                QVERIFY2(label->buddy(), qPrintable(label->text()));
            }
        }
        QVERIFY(mnemonics >= 5);  // search, kind, person, from, to
    }

    void screenshotsAtTwoSizes()
    {
        const QString demo = m_dir.filePath(QStringLiteral("demo.accdesk"));
        QVERIFY(DemoFile::create(demo).ok());
        auto store = Store::open(demo, Store::Access::ReadOnly);
        QVERIFY(store.ok());
        AuditTrailDialog dialog(*store.value(), QUuid(), QString());
        // A decision: its candidate and workshop appear by name, its stages in words.
        auto* table = dialog.findChild<QTableView*>(QStringLiteral("historyTable"));
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()
                    ->index(row, AuditTrailModel::What)
                    .data()
                    .toString()
                    .contains(QLatin1String(" moved "))) {
                table->selectRow(row);
            }
        }
        for (const QSize& size : {QSize(1024, 700), QSize(1920, 1080)}) {
            dialog.resize(size);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QApplication::processEvents();
            QCOMPARE(dialog.size(), size);  // the minimum size fits the smaller screen
            QVERIFY(dialog.grab().save(
                screenshotPath(QStringLiteral("history-%1x%2.png").arg(size.width()).arg(size.height()))));
        }
    }
};

AD_TEST_MAIN(TestAuditTrail)
#include "TestAuditTrail.moc"
