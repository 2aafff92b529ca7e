// SPDX-License-Identifier: GPL-3.0-or-later
// A workshop's reports on paper, read back with pdftotext and pdfinfo: the Stage 2 results
// on landscape pages (every assessor's column, the mean, the consensus with its comment, the
// outcome and the decision), the officer's words kept as written, and as a blind reviewer
// prints them; the round summary with its totals and its three breakdowns.
#include "HeldWorkshop.h"
#include "TestSupport.h"

#include "PdfOutput.h"
#include "PrintSource.h"
#include "assessment/AssessmentRecords.h"
#include "store/Assessment.h"
#include "store/Store.h"
#include "TestMain.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestReportPrints : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    HeldWorkshop m_held;

    QString printed(const Result<PrintedDocument>& document, const QString& name, QString* info = nullptr)
    {
        if (!document.ok()) {
            qWarning("%s", qPrintable(document.message()));
            return {};
        }
        const QString path = m_dir.filePath(name);
        const auto written = PdfOutput::write(document.value(), path, PrintSettings::Paper::A4);
        if (!written.ok()) {
            qWarning("%s", qPrintable(written.message()));
            return {};
        }
        if (info) {
            run(QStringLiteral("pdfinfo"), {path}, info);
        }
        QString out;
        run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")}, &out);
        return out.simplified();  // table cells wrap their words over lines
    }

private slots:
    void initTestCase()
    {
        m_store = createStore(m_dir.filePath(QStringLiteral("round.accred")));
        QVERIFY(m_store);
        m_held = makeHeldWorkshop(*m_store);
        QVERIFY(!m_held.workshop.isNull());
        // The officer's words, with what HTML would take for markup.
        ConsensusRating c;
        c.candidateId = m_held.candidates.value(QStringLiteral("Sato"));
        c.criterionKey = QStringLiteral("workshop:presentations");
        c.round = PipelineStep::Workshop;
        c.rating = 2;
        c.comment = QStringLiteral("Slides <b>too dense</b> & long");
        QVERIFY(m_store->assessment().recordConsensus(c).ok());
    }

    void theResultsPrintEveryAssessorTheConsensusAndTheOutcome()
    {
        QString info;
        const QString text =
            printed(PrintSource(*m_store).workshopResults(m_held.workshop), QStringLiteral("results.pdf"), &info);
        QVERIFY2(text.contains(QStringLiteral("Stage 2 results")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Kashiwa workshop, Japan")));
        QVERIFY(text.contains(QStringLiteral("Customs Training Institute, Kashiwa")));
        QVERIFY(text.contains(QStringLiteral("Kenji Morita")));
        QVERIFY(text.contains(QStringLiteral("Lina Haddad")));
        QVERIFY(text.contains(QStringLiteral("Participation in discussions")));
        QVERIFY(text.contains(QStringLiteral("Led the debate")));
        QVERIFY(text.contains(QStringLiteral("Slides <b>too dense</b> & long")));
        QVERIFY(text.contains(QStringLiteral("Ready for Stage 3")));
        QVERIFY(text.contains(QStringLiteral("Not passed")));
        QVERIFY(text.contains(QStringLiteral("not yet informed")));  // Sato's decision
        QVERIFY(text.contains(QStringLiteral("3.5")));  // Arai's mean on discussions
        QVERIFY(!text.contains(QStringLiteral("Quispe")));  // not selected: took no part
        // Landscape: wider than high.
        const auto size = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+)")).match(info);
        QVERIFY2(size.hasMatch(), qPrintable(info));
        QVERIFY(size.captured(1).toDouble() > size.captured(2).toDouble());
    }

    void aBlindReviewerPrintsOnlyWhatTheyMaySee()
    {
        auto haddad = Store::open(m_store->path(), Store::Access::ReadOnly,
                                  Actor{QStringLiteral("lhaddad"), QStringLiteral("pc")});
        QVERIFY(haddad.ok());
        const QString text =
            printed(PrintSource(*haddad.value()).workshopResults(m_held.workshop), QStringLiteral("hers.pdf"));
        QVERIFY2(text.contains(QStringLiteral("show once your own form is submitted")), qPrintable(text));
        // Haddou's lines carry no rating but none of Morita's; Arai's show both.
        const qsizetype haddou = text.indexOf(QStringLiteral("Haddou, Amina"));
        const qsizetype kamau = text.indexOf(QStringLiteral("Kamau, Peter"));
        QVERIFY(haddou >= 0 && kamau > haddou);
        const QString haddousPart = text.mid(haddou, kamau - haddou);
        QVERIFY2(!haddousPart.contains(QRegularExpression(QStringLiteral("\\b[0-4]\\b"))), qPrintable(haddousPart));
        QVERIFY(text.contains(QStringLiteral("Led the debate")));  // Arai's consensus: she submitted him
    }

    void theSummaryPrintsTheTotalsAndEveryBreakdown()
    {
        const QString text = printed(PrintSource(*m_store).roundSummary(), QStringLiteral("summary.pdf"));
        QVERIFY2(text.contains(QStringLiteral("Round summary")), qPrintable(text));
        // "file" comes back from the PDF with an "fi" ligature.
        QVERIFY(text.contains(QStringLiteral("Every candidate of the")));
        QVERIFY(text.contains(QStringLiteral("All 6 4 2 0")));
        QVERIFY(text.contains(QStringLiteral("By region")));
        QVERIFY(text.contains(QStringLiteral("By gender")));
        QVERIFY(text.contains(QStringLiteral("By administration")));
        QVERIFY(text.contains(QStringLiteral("Japan Customs 2 2 2 0")));
        QVERIFY(text.contains(QStringLiteral("SUNAT Peru 2 0 0 0")));
        const QString ofWorkshop =
            printed(PrintSource(*m_store).roundSummary(m_held.workshop), QStringLiteral("summary-workshop.pdf"));
        QVERIFY(ofWorkshop.contains(QStringLiteral("The applicants of \"Kashiwa workshop, Japan\"")));
    }
};

AD_TEST_MAIN(TestReportPrints)
#include "TestReportPrints.moc"
