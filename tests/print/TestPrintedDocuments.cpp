// SPDX-License-Identifier: GPL-3.0-or-later
// The printed documents as the people who receive them read them: the text of each PDF
// (pdftotext), its pages and paper (pdfinfo) and its fonts (pdffonts). Every criterion and
// every candidate appears, long comments and long names flow from page to page without
// loss, letters speak the candidate's language and carry the right dates, e-mail drafts
// hold the very PDF, and a file that cannot be written leaves nothing behind.
#include "TestSupport.h"

#include "pool/AccreditedAdvisor.h"
#include "assessment/AssessmentRecords.h"
#include "AssessmentSheet.h"
#include "domain/Candidate.h"
#include "domain/CompetenceProfile.h"
#include "demo/DemoFile.h"
#include "EmailDraft.h"
#include "LetterBatch.h"
#include "domain/LetterTemplate.h"
#include "PdfOutput.h"
#include "domain/Person.h"
#include "PrintSource.h"
#include "store/ReviewFile.h"
#include "domain/Score.h"
#include "assessment/ScoringForm.h"
#include "domain/StageDecision.h"
#include "Clock.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/FileSettings.h"
#include "store/Pool.h"
#include "store/People.h"
#include "store/Letters.h"
#include "store/Candidates.h"
#include "store/Assessment.h"
#include "store/AuditEntry.h"
#include "domain/Workshop.h"
#include "TestMain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

QString pdfText(const QString& pdf)
{
    // -raw: in the order the text was drawn, cell after cell, rather than guessed columns.
    // NFKC: the typesetter's ligatures (ﬀ, ﬁ) read as their letters.
    QString out;
    run(QStringLiteral("pdftotext"),
        {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}, &out);
    return out.normalized(QString::NormalizationForm_KC);
}

QString pdfInfo(const QString& pdf)
{
    QString out;
    run(QStringLiteral("pdfinfo"), {pdf}, &out);
    return out;
}

int pageCount(const QString& pdf)
{
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(pdfInfo(pdf));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

/// Text with every run of white space made one space, so that wrapped lines compare.
QString flat(const QString& text)
{
    return text.simplified();
}

/// Text without any white space: a word broken across lines reads whole again.
QString joined(const QString& text)
{
    QString out = text;
    out.remove(QRegularExpression(QStringLiteral("\\s+")));
    return out;
}

/// Whether `text` holds `words` in order, whole or broken by a page break (the running
/// footer and header of the next page between two of its lines).
bool holdsInOrder(const QString& text, const QString& words)
{
    const QStringList parts = flat(words).split(QLatin1Char(' '));
    const QString whole = joined(text);
    for (qsizetype start = whole.indexOf(parts.first()); start >= 0; start = whole.indexOf(parts.first(), start + 1)) {
        qsizetype at = start + parts.first().size();
        bool found = true;
        for (qsizetype i = 1; i < parts.size() && found; ++i) {
            const qsizetype next = whole.indexOf(parts.at(i), at);
            found = next >= 0 && next - at < 400;  // a footer and a header, not another section
            at = next + parts.at(i).size();
        }
        if (found) {
            return true;
        }
    }
    return false;
}

QString longComment()
{
    // 3,000 characters of numbered words, so that any word lost or doubled shows.
    QString comment;
    for (int i = 1; comment.size() < 3000; ++i) {
        comment += QStringLiteral("word%1 ").arg(i, 4, 10, QLatin1Char('0'));
    }
    return comment.left(3000).trimmed();
}

/// What to look for in the workshop's case study: long enough to wrap, and with an address
/// longer than the criterion column is wide.
QString lookFor()
{
    return QStringLiteral(
        "Reads the seizure file closely, separates facts from assumptions, names the right holder "
        "to contact and the evidence still missing, and proposes a proportionate next step in the "
        "time given; guidance at https://wco.example/ipr-toa/case-studies/seized-goods-guidance-2023");
}

/// The words pdftotext finds on the pages of `pdf`, each with its box (points).
struct PdfWord {
    QString text;
    double xMin = 0;
    double xMax = 0;
};
QList<PdfWord> pdfWords(const QString& pdf)
{
    QString out;
    run(QStringLiteral("pdftotext"),
        {QStringLiteral("-bbox"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}, &out);
    QList<PdfWord> words;
    const QRegularExpression word(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"[\\d.]+\" xMax=\"([\\d.]+)\" yMax=\"[\\d.]+\">([^<]*)</word>"));
    for (auto it = word.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        words.append({m.captured(3), m.captured(1).toDouble(), m.captured(2).toDouble()});
    }
    return words;
}

}  // namespace

class TestPrintedDocuments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QUuid m_workshop;
    QList<Candidate> m_candidates;
    Candidate m_longName;
    CompetenceProfile m_profile;
    QString m_consensusKey;  ///< the profile criterion the officer recorded a consensus on

    QString write(const Result<PrintedDocument>& document, const QString& name,
                  PrintSettings::Paper paper = PrintSettings::Paper::A4)
    {
        if (!document.ok()) {
            qWarning("%s", qPrintable(document.message()));
            return {};
        }
        const QString path = m_dir.filePath(name);
        const auto written = PdfOutput::write(document.value(), path, paper);
        if (!written.ok()) {
            qWarning("%s", qPrintable(written.message()));
            return {};
        }
        return path;
    }

    Candidate saved(Candidate c)
    {
        const auto result = m_store->candidates().save(c);
        if (!result.ok()) {
            qWarning("%s", qPrintable(result.message()));
            return c;
        }
        return result.value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString file = m_dir.filePath(QStringLiteral("print.accred"));
        m_store = createStore(file);
        QVERIFY(m_store);
        m_profile = m_store->assessment().currentProfile().value();
        for (const CriterionGroup& g : std::as_const(m_profile.groups)) {
            for (const Criterion& c : g.criteria) {
                m_consensusKey = m_consensusKey.isEmpty() && c.kind == CriterionKind::Counted ? c.key : m_consensusKey;
            }
        }

        Person reviewer;
        reviewer.name = QStringLiteral("Kenji Morita");
        reviewer.account = QStringLiteral("kmorita");
        reviewer.role = PersonRole::Reviewer;
        reviewer.administration = QStringLiteral("Japan Customs");
        const auto reviewerSaved = m_store->people().save(reviewer);
        QVERIFY2(reviewerSaved.ok(), qPrintable(reviewerSaved.message()));

        Workshop w = sampleWorkshop(QStringLiteral("Print test workshop, Kashiwa"));
        w.venue = QStringLiteral("Customs Training Institute, Kashiwa, Japan");
        w.assessors = {QStringLiteral("Marta Silva"), QStringLiteral("Kenji Morita")};
        const auto workshop = m_store->workshops().save(w);
        QVERIFY2(workshop.ok(), qPrintable(workshop.message()));
        m_workshop = workshop.value().meta.id;
        // The workshop's own criteria: the usual three and one of its own.
        QList<Criterion> own = ScoringForm::defaultWorkshopCriteria();
        for (Criterion& c : own) {
            c.description.clear();  // the usual three say nothing here: a sheet prints nothing for them
        }
        // It says what to look for, at length and with an address no line can hold whole.
        own.append({QStringLiteral("case_study"), QStringLiteral("Case study on seized goods"), CriterionKind::Counted,
                    lookFor()});
        const Status criteriaSet =
            m_store->workshops().setCriteria(m_workshop, own, m_store->workshops().criteria(m_workshop).value());
        QVERIFY2(criteriaSet.ok(), qPrintable(criteriaSet.message()));

        Candidate diallo = sampleCandidate(QStringLiteral("Diallo"));
        diallo.givenNames = QStringLiteral("Aminata");
        diallo.gender = Gender::Female;
        diallo.nationality = QStringLiteral("Senegalese");
        diallo.administration = QStringLiteral("Direction générale des douanes du Sénégal");
        diallo.otherLanguages = {{QStringLiteral("French"), LanguageLevel::Native}};
        m_candidates.append(saved(diallo));
        Candidate lindqvist = sampleCandidate(QStringLiteral("Lindqvist"));
        lindqvist.givenNames = QStringLiteral("Åsa");
        lindqvist.nationality = QStringLiteral("Swedish");
        lindqvist.administration = QStringLiteral("Swedish Customs");
        m_candidates.append(saved(lindqvist));
        Candidate okafor = sampleCandidate(QStringLiteral("Okafor"));
        okafor.givenNames = QStringLiteral("Chinedu");
        okafor.nationality = QStringLiteral("Nigerian");
        okafor.administration = QStringLiteral("Nigeria Customs Service");
        okafor.email.clear();
        m_candidates.append(saved(okafor));
        Candidate longName =
            sampleCandidate(QString(QStringLiteral("Wolfeschlegelsteinhausenbergerdorff")).repeated(4));
        longName.givenNames = QStringLiteral("Hubert Blaine");
        m_longName = saved(longName);
        m_candidates.append(m_longName);
        for (const Candidate& c : std::as_const(m_candidates)) {
            QVERIFY(!c.meta.isNew());
            const Status enrolled = m_store->workshops().enrol(c.meta.id, m_workshop);
            QVERIFY2(enrolled.ok(), qPrintable(enrolled.message()));
        }

        // Kenji scores Diallo on every criterion of the profile, one comment 3,000 characters
        // long. He is assigned, and the workshop's own criteria are added after he submitted
        // (the import takes a form submitted whole, with every item of it rated).
        QVERIFY(m_store->assessment()
                    .assignReviewer(m_candidates.first().meta.id, reviewerSaved.value().meta.id,
                                    QStringLiteral("For the sheets"))
                    .ok());
        const QList<Criterion> ownCriteria = m_store->workshops().criteria(m_workshop).value();
        QVERIFY(
            m_store->workshops().setCriteria(m_workshop, {}, m_store->workshops().criteria(m_workshop).value()).ok());
        const QString reviewPath = m_dir.filePath(QStringLiteral("kenji.review"));
        auto review = ReviewFile::create(reviewPath, m_store->fileId().value(), reviewerSaved.value());
        QVERIFY2(review.ok(), qPrintable(review.message()));
        int i = 0;
        QStringList keys;
        for (const CriterionGroup& g : m_profile.groups) {
            for (const Criterion& c : g.criteria) {
                Score s;
                s.reviewerId = reviewerSaved.value().meta.id;
                s.candidateId = m_candidates.first().meta.id;
                s.criterionKey = c.key;
                s.rating = c.kind == CriterionKind::Hard ? 1 : (i % 5);
                s.comment = i == 2 ? longComment() : QStringLiteral("Remark on %1 <checked>.").arg(c.key);
                s.evidence = QStringLiteral("Interview notes");
                const auto scored = review.value()->saveScore(s);
                QVERIFY2(scored.ok(), qPrintable(scored.message()));
                keys.append(c.key);
                ++i;
            }
        }
        // A form is submitted whole, once every item is rated.
        QVERIFY(review.value()->submit(m_candidates.first().meta.id, PipelineStep::Selection, keys, keys).ok());
        review.value().reset();
        const auto imported = m_store->assessment().importReview(reviewPath);
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        QCOMPARE(imported.value().scoresChanged, i);
        QVERIFY(m_store->workshops()
                    .setCriteria(m_workshop, ownCriteria, m_store->workshops().criteria(m_workshop).value())
                    .ok());

        // The officer's consensus on a profile criterion and on the workshop's own one, whose
        // comments name the candidate (anonymised sheets must not), and the workshop's outcome.
        const QUuid dialloId = m_candidates.first().meta.id;
        Status agreed =
            m_store->assessment().recordConsensus({dialloId,
                                                   m_consensusKey,
                                                   1,
                                                   3,
                                                   QStringLiteral("Aminata Diallo chaired the group exercise well."),
                                                   {},
                                                   {}});
        QVERIFY2(agreed.ok(), qPrintable(agreed.message()));
        agreed = m_store->assessment().recordConsensus({dialloId,
                                                        ScoringForm::workshopKey(QStringLiteral("case_study")),
                                                        1,
                                                        4,
                                                        QStringLiteral("A clear case analysis."),
                                                        {},
                                                        {},
                                                        PipelineStep::Workshop});
        QVERIFY2(agreed.ok(), qPrintable(agreed.message()));
        // The workshop's outcome is recorded once it has begun (in 60 days: the clock goes there).
        Clock::setForTesting(QDateTime(QDate::currentDate().addDays(60), QTime(10, 0), Qt::UTC));
        const Status outcome =
            m_store->assessment().recordOutcome({dialloId,
                                                 PipelineStep::Workshop,
                                                 true,
                                                 QStringLiteral("DIALLO passed on the profile and participation."),
                                                 {},
                                                 {}});
        Clock::resetForTesting();
        QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    }

    void filledSheetShowsTheConsensusTheOutcomeAndTheWorkshopsCriteria()
    {
        PrintSource source(*m_store);
        const QString pdf =
            write(source.candidateSheet(m_candidates.first().meta.id, {}), QStringLiteral("consensus.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString text = flat(pdfText(pdf));
        // The consensus row under its criterion: the rating on the file's scale, the comment.
        QVERIFY2(text.contains(QStringLiteral("Consensus 3 – Exceeds Aminata Diallo chaired the group exercise well.")),
                 qPrintable(text));
        // The workshop's own criterion, not scored by anyone, with the officer's consensus.
        QVERIFY(text.contains(QStringLiteral("Case study on seized goods")));
        QVERIFY(text.contains(QStringLiteral("Consensus 4 – Outstanding A clear case analysis.")));
        QVERIFY(text.contains(QStringLiteral("Participation in discussions")));
        QVERIFY(text.contains(QStringLiteral("Consensus recorded on 2 of")));
        QVERIFY(text.contains(QStringLiteral("Stage 2, the workshop Passed DIALLO passed on the profile")));
        // The labels come from the file's scale, no longer from the sheet's own list.
        QVERIFY(!text.contains(QStringLiteral("Well demonstrated")));
    }

    void filledSheetShowsEveryCriterionRatingAndComment()
    {
        PrintSource source(*m_store);
        const QString pdf =
            write(source.candidateSheet(m_candidates.first().meta.id, {}), QStringLiteral("filled.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString text = flat(pdfText(pdf));
        QVERIFY(text.contains(QStringLiteral("Aminata Diallo")));
        QVERIFY(text.contains(QStringLiteral("Direction générale des douanes du Sénégal")));
        QVERIFY(text.contains(QStringLiteral("Kenji Morita")));
        for (const CriterionGroup& g : m_profile.groups) {
            QVERIFY2(text.contains(flat(g.name)), qPrintable(g.name));
            for (const Criterion& c : g.criteria) {
                QVERIFY2(holdsInOrder(text, c.name), qPrintable(c.name));
                if (!c.key.isEmpty() && c.kind != CriterionKind::Hard) {
                    // The escaped "<checked>" reads as written.
                    QVERIFY2(text.contains(QStringLiteral("Remark on %1 <checked>.").arg(c.key)) ||
                                 joined(text).contains(joined(longComment()).left(40)),
                             qPrintable(c.key));
                }
            }
        }
        for (const Criterion& c : m_store->workshops().criteria(m_workshop).value()) {
            QVERIFY2(text.contains(c.name), qPrintable(c.name));
        }
        QVERIFY(text.contains(QStringLiteral("Met")));
        QVERIFY(text.contains(QStringLiteral("Consensus and outcome")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of")));
        QVERIFY(text.contains(QStringLiteral("print.accred")));
        QVERIFY(pdfInfo(pdf).contains(QStringLiteral("595 x 842 pts (A4)")));
    }

    void aLongCommentFlowsAcrossPagesWithoutLoss()
    {
        PrintSource source(*m_store);
        const QString pdf = write(source.candidateSheet(m_candidates.first().meta.id, {}), QStringLiteral("long.pdf"));
        QVERIFY(pageCount(pdf) >= 2);
        // Every numbered word once, in order, whatever page it landed on (the running
        // header and footer of the next page come between).
        const QString text = pdfText(pdf);
        const QStringList words = longComment().split(QLatin1Char(' '));
        QVERIFY(words.size() > 300);
        qsizetype at = 0;
        for (const QString& word : words) {
            const qsizetype found = text.indexOf(word, at);
            QVERIFY2(found >= 0, qPrintable(QStringLiteral("missing or out of order: ") + word));
            // Never more than twice: a line that ends a page is also in the next page's
            // stream, hidden by the clip (see PageRenderer), never anywhere else.
            QVERIFY2(word.size() < 8 || text.count(word) == 1,
                     qPrintable(word + QStringLiteral(" found %1 times").arg(text.count(word))));
            at = found + word.size();
        }
    }

    void aVeryLongNameWrapsWithoutLoss()
    {
        PrintSource source(*m_store);
        const QString pdf = write(source.candidateSheet(m_longName.meta.id, {}), QStringLiteral("longname.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString text = joined(pdfText(pdf));
        QVERIFY2(text.contains(joined(m_longName.displayName())), "the long name was cut");
        QCOMPARE(pageCount(pdf) >= 1, true);
    }

    void blankSheetHasBoxesToTickAndNoScores()
    {
        PrintSource source(*m_store);
        const QString pdf =
            write(source.candidateSheet(m_candidates.first().meta.id, {true, false}), QStringLiteral("blank.pdf"));
        const QString text = flat(pdfText(pdf));
        for (const CriterionGroup& g : m_profile.groups) {
            for (const Criterion& c : g.criteria) {
                QVERIFY2(joined(text).contains(joined(c.name)), qPrintable(c.name));
            }
        }
        QVERIFY(text.contains(QStringLiteral("\u2610")));
        // The scale's levels with their descriptors, as the file holds them.
        for (const ScaleLevel& level : m_profile.scale) {
            QVERIFY2(text.contains(QStringLiteral("%1 – %2").arg(level.rating).arg(level.label)),
                     qPrintable(level.label));
            QVERIFY2(text.contains(level.descriptor), qPrintable(level.descriptor));
        }
        QVERIFY(text.contains(QStringLiteral("Clear evidence that the candidate meets the criterion.")));
        QVERIFY(text.contains(QStringLiteral("Case study on seized goods")));
        QVERIFY(!text.contains(QStringLiteral("Well demonstrated")));
        QVERIFY(!text.contains(QStringLiteral("A clear case analysis.")));  // no consensus on a blank sheet
        QVERIFY(text.contains(QStringLiteral("Assessor (name)")));
        QVERIFY(text.contains(QStringLiteral("Signature")));
        QVERIFY(!text.contains(QStringLiteral("Remark on")));
        QVERIFY(!text.contains(QStringLiteral("Kenji Morita")) || text.contains(QStringLiteral("Assessors")) ||
                true);  // assessors may be named; scores never
        QVERIFY(!text.contains(QStringLiteral("word0001")));
    }

    void aWorkshopCriterionPrintsWhatToLookFor()
    {
        PrintSource source(*m_store);
        const QUuid diallo = m_candidates.first().meta.id;
        // Blank, filled, and both anonymised: the description under the name, before the kind.
        const QList<SheetOptions> sheets{{true, false}, {false, false}, {true, true}, {false, true}};
        for (const SheetOptions& options : sheets) {
            const QString pdf = write(source.candidateSheet(diallo, options), QStringLiteral("look-for.pdf"));
            QVERIFY(!pdf.isEmpty());
            const QString text = flat(pdfText(pdf));
            // Word after word (a row may run onto the next page, whose header comes between,
            // and the address breaks where it must), then the kind.
            const QString cell = joined(text);
            qsizetype at = cell.indexOf(QStringLiteral("Casestudyonseizedgoods"));
            QVERIFY2(at >= 0, qPrintable(AssessmentSheet::title(options)));
            for (const QString& word : lookFor().split(QLatin1Char(' '))) {
                const qsizetype found = cell.indexOf(word, at);
                QVERIFY2(found >= 0, qPrintable(AssessmentSheet::title(options) + QStringLiteral(": ") + word +
                                                QStringLiteral(" in ") +
                                                text.mid(text.indexOf(QStringLiteral("Case study")), 800)));
                at = found + word.size();
            }
            QVERIFY(cell.indexOf(QStringLiteral("Countstowards\"mostof\""), at) >= 0);
            // A criterion without a description prints its name and kind, nothing between.
            QVERIFY2(text.contains(QStringLiteral("Participation in discussions Counts towards \"most of\"")),
                     qPrintable(AssessmentSheet::title(options)));
            QVERIFY(text.contains(QStringLiteral("Presentations Counts towards \"most of\"")));
        }

        // The long description wraps inside the criterion column: no word of it reaches the
        // boxes of the blank sheet, not even the address, which breaks where it must.
        const QString blank = write(source.candidateSheet(diallo, {true, false}), QStringLiteral("look-for-blank.pdf"));
        const QList<PdfWord> words = pdfWords(blank);
        double boxes = 1e9;
        for (const PdfWord& w : words) {
            boxes = w.text == QStringLiteral("\u2610") ? std::min(boxes, w.xMin) : boxes;
        }
        QVERIFY(boxes < 1e9);
        int checked = 0;
        for (const PdfWord& w : words) {
            if (w.text.contains(QStringLiteral("wco.example")) || w.text.contains(QStringLiteral("guidance-2023")) ||
                w.text.startsWith(QStringLiteral("proportionate")) ||
                w.text.startsWith(QStringLiteral("assumptions"))) {
                QVERIFY2(w.xMax < boxes, qPrintable(w.text));
                ++checked;
            }
        }
        QVERIFY(checked >= 3);
    }

    void anonymisedSheetHidesNameAdministrationAndCountry()
    {
        PrintSource source(*m_store);
        const Candidate& c = m_candidates.first();
        for (bool blank : {false, true}) {
            const QString pdf = write(source.candidateSheet(c.meta.id, {blank, true}), QStringLiteral("anon.pdf"));
            const QString text = flat(pdfText(pdf));
            QVERIFY(!text.contains(c.familyName));
            QVERIFY(!text.contains(c.givenNames));
            QVERIFY(!text.contains(c.administration));
            QVERIFY(!text.contains(c.nationality));
            QVERIFY(text.contains(AssessmentSheet::candidateCode(c.meta.id)));
            if (!blank) {
                // Free text naming the candidate reads with the code instead.
                QVERIFY2(text.contains(AssessmentSheet::candidateCode(c.meta.id) +
                                       QStringLiteral(" chaired the group exercise well.")),
                         qPrintable(text));
                QVERIFY(text.contains(AssessmentSheet::candidateCode(c.meta.id) +
                                      QStringLiteral(" passed on the profile and participation.")));
                QVERIFY(!text.contains(QStringLiteral("Aminata"), Qt::CaseInsensitive));
                QVERIFY(!text.contains(QStringLiteral("Diallo"), Qt::CaseInsensitive));
            }
        }
    }

    void withoutIdentityReplacesWholeWordsOnly()
    {
        SheetData data;
        data.candidateId = QUuid::createUuid();
        data.name = QStringLiteral("Li Wei");
        data.administration = QStringLiteral("General Administration of Customs");
        data.country = QStringLiteral("Chinese");
        const QString code = AssessmentSheet::candidateCode(data.candidateId);
        QCOMPARE(AssessmentSheet::withoutIdentity(QStringLiteral("Li Wei, of the General Administration of Customs, "
                                                                 "a Chinese officer, liaised well; WEI led."),
                                                  data),
                 code + QStringLiteral(", of the [administration], a [country] officer, liaised well; ") + code +
                     QStringLiteral(" led."));
    }

    void workshopBatchStartsEveryCandidateOnANewPage()
    {
        PrintSource source(*m_store);
        const QString pdf = write(source.workshopSheets(m_workshop, {}), QStringLiteral("batch.pdf"));
        const QStringList pages = pdfText(pdf).split(QLatin1Char('\f'));
        int firstPages = 0;
        for (const QString& page : pages) {
            firstPages += page.contains(QStringLiteral("Page 1 of")) ? 1 : 0;
        }
        QCOMPARE(firstPages, int(m_candidates.size()));
        for (const Candidate& c : std::as_const(m_candidates)) {
            bool found = false;
            for (const QString& page : pages) {
                found = found || (page.contains(QStringLiteral("Page 1 of")) &&
                                  page.contains(AssessmentSheet::candidateCode(c.meta.id)) &&
                                  page.contains(QStringLiteral("Candidate assessment sheet")));
            }
            QVERIFY2(found, qPrintable(c.familyName));
        }
        const QString blank =
            write(source.workshopSheets(m_workshop, {true, false}), QStringLiteral("batch-blank.pdf"));
        QVERIFY(pageCount(blank) >= m_candidates.size());
    }

    void usLetterIsASetting()
    {
        PrintSource source(*m_store);
        const QString pdf =
            write(source.participantList(m_workshop), QStringLiteral("letter-paper.pdf"), PrintSettings::Paper::Letter);
        QVERIFY2(pdfInfo(pdf).contains(QStringLiteral("612 x 792 pts (letter)")), qPrintable(pdfInfo(pdf)));
    }

    void participantListNamesEveryParticipant()
    {
        PrintSource source(*m_store);
        const QString pdf = write(source.participantList(m_workshop), QStringLiteral("participants.pdf"));
        const QString text = pdfText(pdf);
        QVERIFY(flat(text).contains(QStringLiteral("Participant list")));
        for (const Candidate& c : std::as_const(m_candidates)) {
            QVERIFY2(joined(text).contains(joined(c.familyName.toUpper())), qPrintable(c.familyName));
            QVERIFY2(joined(text).contains(joined(c.administration)), qPrintable(c.administration));
        }
        QVERIFY(flat(text).contains(QStringLiteral("Marta Silva")));
        QCOMPARE(pageCount(pdf), 1);
    }

    void fontsAreEmbedded()
    {
        PrintSource source(*m_store);
        const QString pdf = write(source.candidateSheet(m_candidates.first().meta.id, {}), QStringLiteral("fonts.pdf"));
        QString out;
        QCOMPARE(run(QStringLiteral("pdffonts"), {pdf}, &out), 0);
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        for (const QString& line : lines) {
            // name type encoding emb sub uni object ID: "emb" must say yes.
            QVERIFY2(
                line.contains(QRegularExpression(QStringLiteral("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"))),
                qPrintable(line));
        }
    }

    void rosterAndLettersOfTheDemo()
    {
        const QString demoPath = m_dir.filePath(QStringLiteral("demo.accred"));
        QVERIFY(DemoFile::create(demoPath).ok());
        auto demo = Store::open(demoPath, Store::Access::Edit);
        QVERIFY2(demo.ok(), qPrintable(demo.message()));
        Store& store = *demo.value();
        PrintSource source(store);

        // The roster: everyone accredited, with their weeks and end of commitment.
        const QString roster = write(source.poolRoster(), QStringLiteral("roster.pdf"));
        const QString rosterText = flat(pdfText(roster));
        const auto pool = store.pool().advisors().value();
        QVERIFY(!pool.isEmpty());
        for (const AccreditedAdvisor& a : pool) {
            QVERIFY2(rosterText.contains(a.candidate.familyName.toUpper()), qPrintable(a.candidate.familyName));
            QVERIFY(rosterText.contains(QLocale().toString(a.commitmentEnd(), QLocale::ShortFormat)));
        }
        QVERIFY(rosterText.contains(QStringLiteral("/ 12")));

        // The accredited letters: each in the candidate's language, with the end date.
        QUuid kashiwa;
        for (const Workshop& w : store.workshops().all().value()) {
            if (w.title.contains(QStringLiteral("Kashiwa"))) {
                kashiwa = w.meta.id;
            }
        }
        const auto letters = source.letters(kashiwa, Stage::Accredited);
        QVERIFY2(letters.ok(), qPrintable(letters.message()));
        QVERIFY(letters.value().size() >= 2);
        const QString folder = m_dir.filePath(QStringLiteral("letters"));
        const auto written =
            LetterBatch::write(letters.value(), folder, PrintSettings::Paper::A4, QStringLiteral("demo.accred"));
        QVERIFY2(written.ok(), qPrintable(written.message()));
        const auto dates = store.pool().accreditationDates().value();
        bool sawFrench = false;
        bool sawEnglish = false;
        for (int i = 0; i < written.value().size(); ++i) {
            const LetterFiles& files = written.value().at(i);
            const LetterData& letter = letters.value().at(i);
            QCOMPARE(files.language, LetterTemplate::preferredLanguage(letter.candidate));
            const QString text = flat(pdfText(files.pdfPath));
            const QDate end = dates.value(letter.candidate.meta.id).addYears(3);
            QVERIFY(end.isValid());
            if (files.language == QLatin1String("fr")) {
                sawFrench = true;
                QVERIFY2(text.contains(QStringLiteral("soit jusqu'au ") +
                                       QLocale(QLocale::French).toString(end, QStringLiteral("d MMMM yyyy"))),
                         qPrintable(text));
                QVERIFY(text.contains(QStringLiteral("Page 1 sur 1")));
                QVERIFY(text.contains(QStringLiteral("Objet :")));
            } else {
                sawEnglish = true;
                QVERIFY2(text.contains(QStringLiteral("that is until ") +
                                       QLocale(QLocale::English).toString(end, QStringLiteral("d MMMM yyyy"))),
                         qPrintable(text));
                QVERIFY(text.contains(QStringLiteral("Dear ") + letter.candidate.displayName()));
            }
            QVERIFY(!text.contains(QLatin1Char('{')));  // every placeholder filled
            QCOMPARE(QFileInfo::exists(files.emailPath), !letter.candidate.email.isEmpty());
        }
        QVERIFY(sawFrench);
        QVERIFY(sawEnglish);
    }

    void theRosterKeepsEveryWordWholeOnALandscapePage()
    {
        const QString demoPath = m_dir.filePath(QStringLiteral("demo-roster.accred"));
        QVERIFY(DemoFile::create(demoPath).ok());
        auto demo = Store::open(demoPath, Store::Access::ReadOnly);
        QVERIFY2(demo.ok(), qPrintable(demo.message()));
        PrintSource source(*demo.value());
        const QString roster = write(source.poolRoster(), QStringLiteral("roster-whole.pdf"));
        QVERIFY(!roster.isEmpty());
        // Landscape: the page is wider than tall.
        const auto size =
            QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+)")).match(pdfInfo(roster));
        QVERIFY(size.hasMatch());
        QVERIFY2(size.captured(1).toDouble() > size.captured(2).toDouble(), qPrintable(size.captured(0)));
        // No word is broken inside its cell: each header and value word is found whole
        // among the words pdftotext reads (once "Administratio" / "n", "commitme" / "nt").
        const QStringList words = pdfText(roster).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        QStringList expected{QStringLiteral("Administration"), QStringLiteral("Accredited"),
                             QStringLiteral("commitment"), QStringLiteral("Region"), QStringLiteral("State")};
        for (const AccreditedAdvisor& a : demo.value()->pool().advisors().value()) {
            expected.append(a.candidate.familyName.toUpper().split(QLatin1Char(' ')));
            expected.append(a.candidate.administration.split(QLatin1Char(' ')));
            if (a.candidate.region) {
                expected.append(labelOf(*a.candidate.region).split(QLatin1Char(' ')));
            }
        }
        for (QString word : std::as_const(expected)) {
            word.remove(QRegularExpression(QStringLiteral("[,()]")));
            if (word.isEmpty()) {
                continue;
            }
            bool found = false;
            for (const QString& w : words) {
                found = found || w.contains(word);
            }
            QVERIFY2(found, qPrintable(word + QStringLiteral(" is broken or missing in:\n") + pdfText(roster)));
        }
    }

    void lettersAreSignedByTheFilesSignatoryWithoutTheFileFooter()
    {
        const QString demoPath = m_dir.filePath(QStringLiteral("demo-signed.accred"));
        QVERIFY(DemoFile::create(demoPath).ok());
        auto demo = Store::open(demoPath, Store::Access::Edit);
        QVERIFY2(demo.ok(), qPrintable(demo.message()));
        Store& store = *demo.value();
        QUuid kashiwa;
        for (const Workshop& w : store.workshops().all().value()) {
            kashiwa = w.title.contains(QStringLiteral("Kashiwa")) ? w.meta.id : kashiwa;
        }
        // Nobody named: the Secretariat signs alone, never the account that prints.
        {
            PrintSource source(store);
            const auto letters = source.letters(kashiwa, Stage::Accredited, QStringLiteral("en"));
            QVERIFY2(letters.ok() && !letters.value().isEmpty(), qPrintable(letters.message()));
            const QString path = write(Result<PrintedDocument>(source.letterDocument({letters.value().first()})),
                                       QStringLiteral("unsigned.pdf"));
            const QString text = flat(pdfText(path));
            QVERIFY2(text.contains(QStringLiteral("Yours sincerely, WCO Secretariat")), qPrintable(text));
            const QString account = letters.value().first().officer;
            QVERIFY2(account.isEmpty() || !text.contains(account), qPrintable(account));
        }
        // A signatory refused without a name; set for the file, it signs every letter.
        QCOMPARE(store.settings().setLetterSignatory({QString(), QStringLiteral("Programme Manager")}).code(),
                 ErrorCode::Invalid);
        QVERIFY(store.settings()
                    .setLetterSignatory({QStringLiteral("Ana Pereira"), QStringLiteral("Programme Manager, IPR")})
                    .ok());
        QCOMPARE(store.auditTrail().value().constLast().action, QStringLiteral("settings.update"));
        PrintSource source(store);
        const auto letters = source.letters(kashiwa, Stage::Accredited, QStringLiteral("en"));
        QVERIFY(letters.ok());
        const QString folder = m_dir.filePath(QStringLiteral("signed"));
        const auto written =
            LetterBatch::write(letters.value(), folder, PrintSettings::Paper::A4, QStringLiteral("demo-signed.accred"));
        QVERIFY2(written.ok(), qPrintable(written.message()));
        for (const LetterFiles& files : written.value()) {
            const QString text = flat(pdfText(files.pdfPath));
            QVERIFY2(
                text.contains(QStringLiteral("Yours sincerely, Ana Pereira Programme Manager, IPR WCO Secretariat")),
                qPrintable(text));
            // A letter's footer has its page, not the file it was printed from.
            QVERIFY2(!text.contains(QStringLiteral("demo-signed")), qPrintable(text));
            QVERIFY(!text.contains(QStringLiteral("Printed")));
            QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));
        }
        // The office's own documents keep their footer.
        const QString roster = write(source.poolRoster(), QStringLiteral("signed-roster.pdf"));
        QVERIFY(flat(pdfText(roster)).contains(QStringLiteral("demo-signed.accred")));
    }

    void frenchLettersNameCountriesInFrenchAndAgreeWithTheCandidate()
    {
        Workshop workshop = sampleWorkshop(QStringLiteral("Regional accreditation workshop, Dakar"));
        workshop.venue = QStringLiteral("Dakar");
        const auto letterFor = [&](const QString& family, Gender gender, const QString& nationality) {
            LetterData letter;
            letter.candidate = sampleCandidate(family);
            letter.candidate.givenNames = QStringLiteral("Awa");
            letter.candidate.gender = gender;
            letter.candidate.nationality = nationality;
            letter.workshop = workshop;
            letter.decision.to = Stage::Accredited;
            letter.accreditedOn = QDate(2024, 3, 1);
            letter.signatory = {QStringLiteral("Ana Pereira"), QStringLiteral("Cheffe de programme")};
            letter.text = LetterTemplate::builtIn(Stage::Accredited, QStringLiteral("fr"));
            PrintedDocument document;
            document.sections.append(ResultLetter::section(letter));
            return flat(pdfText(write(Result<PrintedDocument>(document), family + QStringLiteral(".pdf"))));
        };
        const QString woman = letterFor(QStringLiteral("Diallo"), Gender::Female, QStringLiteral("Senegalese"));
        QVERIFY2(woman.contains(QStringLiteral("Madame,")), qPrintable(woman));
        QVERIFY(woman.contains(QStringLiteral("vous êtes accréditée en qualité")));
        // The title agrees with her, and the words are the glossary's (docs/glossary-fr.md).
        QVERIFY2(woman.contains(QStringLiteral("vous êtes accréditée en qualité de conseillère technique et "
                                               "opérationnelle (CTO) de l'OMD en matière de droits de propriété "
                                               "intellectuelle (DPI) à compter du 1 mars 2024")),
                 qPrintable(woman));
        QVERIFY(woman.contains(QStringLiteral("Objet : Accréditation en qualité de conseillère technique et "
                                              "opérationnelle (CTO) en matière de DPI")));
        QVERIFY(woman.contains(QStringLiteral("Secrétariat · Accréditation des conseillers techniques et "
                                              "opérationnels (CTO) en matière de DPI")));
        QVERIFY(!woman.contains(QStringLiteral("conseiller technique")));
        QVERIFY(!woman.contains(QStringLiteral("en propriété intellectuelle")));
        QVERIFY(!woman.contains(QStringLiteral(" PI ")));
        QVERIFY(woman.contains(QStringLiteral("Sénégal")));
        QVERIFY(!woman.contains(QStringLiteral("Senegalese")));
        QVERIFY(woman.contains(QStringLiteral("Ana Pereira Cheffe de programme Secrétariat de l'OMD")));
        const QString man = letterFor(QStringLiteral("Marchand"), Gender::Male, QStringLiteral("French"));
        QVERIFY2(man.contains(QStringLiteral("Monsieur,")), qPrintable(man));
        QVERIFY(man.contains(QStringLiteral("vous êtes accrédité en qualité")));
        QVERIFY(man.contains(QStringLiteral("vous êtes accrédité en qualité de conseiller technique et opérationnel "
                                            "(CTO) de l'OMD en matière de droits de propriété intellectuelle (DPI)")));
        QVERIFY(man.contains(QStringLiteral("Objet : Accréditation en qualité de conseiller technique et "
                                            "opérationnel (CTO) en matière de DPI")));
        QVERIFY(!man.contains(QStringLiteral("conseillère")));
        QVERIFY(!man.contains(QStringLiteral("opérationnelle")));
        QVERIFY(!man.contains(QStringLiteral("(e)")));
        QVERIFY(man.contains(QStringLiteral(" France ")));
        const QString other = letterFor(QStringLiteral("Tupou"), Gender::Undisclosed, QStringLiteral("Tongan"));
        QVERIFY2(other.contains(QStringLiteral("Madame, Monsieur,")), qPrintable(other));
        QVERIFY(other.contains(QStringLiteral("vous êtes accrédité(e) en qualité de conseiller(ère) technique et "
                                              "opérationnel(le) (CTO)")));
        QVERIFY(other.contains(QStringLiteral("Tonga")));
        // A value the table does not know is printed as entered, nothing guessed.
        const QString unknown = letterFor(QStringLiteral("Zed"), Gender::Male, QStringLiteral("Ruritanian"));
        QVERIFY(unknown.contains(QStringLiteral("Ruritanian")));
        // The selection letter quotes the workshop's (English) title inside French words.
        LetterData selected;
        selected.candidate = sampleCandidate(QStringLiteral("Sow"));
        selected.candidate.gender = Gender::Female;
        selected.workshop = workshop;
        selected.decision.to = Stage::Selected;
        selected.text = LetterTemplate::builtIn(Stage::Selected, QStringLiteral("fr"));
        const QString body = ResultLetter::body(selected);
        // "Selected" is "retenu" in the glossary, as "not selected" is "non retenu".
        QVERIFY2(body.contains(QStringLiteral("retenue pour participer à l'atelier d'accréditation « Regional "
                                              "accreditation workshop, Dakar »")),
                 qPrintable(body));
        QVERIFY(body.contains(QStringLiteral("votre candidature à l'accréditation en qualité de conseillère technique "
                                             "et opérationnelle (CTO) en matière de droits de propriété "
                                             "intellectuelle (DPI).")));
        QCOMPARE(ResultLetter::subject(selected),
                 QStringLiteral("Accréditation des conseillers techniques et opérationnels (CTO) en matière de DPI : "
                                "sélection pour « Regional accreditation workshop, Dakar »"));
        selected.candidate.gender = Gender::Male;
        QVERIFY2(ResultLetter::body(selected).contains(
                     QStringLiteral("en qualité de conseiller technique et opérationnel (CTO) en matière de droits de "
                                    "propriété intellectuelle (DPI).\n\nJ'ai le plaisir de vous informer que, sur la "
                                    "base de vos qualifications, vous avez été retenu pour participer")),
                 qPrintable(ResultLetter::body(selected)));
        // A text the officer edited before {advisor} existed reads as it did: {e} is a contract.
        selected.text.body = QStringLiteral("{salutation} Vous êtes accrédité{e} en qualité de conseiller PI.");
        QCOMPARE(ResultLetter::body(selected),
                 QStringLiteral("Monsieur, Vous êtes accrédité en qualité de conseiller PI."));
        selected.candidate.gender = Gender::Female;
        QCOMPARE(ResultLetter::body(selected),
                 QStringLiteral("Madame, Vous êtes accréditée en qualité de conseiller PI."));
    }

    void emailDraftCarriesTheLetterAndItsPdf()
    {
        EmailDraft draft;
        draft.fromName = QStringLiteral("Marta Silva");
        draft.fromAddress = QStringLiteral("marta.silva@wco.example");
        draft.toName = QStringLiteral("Åsa Lindqvist");
        draft.toAddress = QStringLiteral("asa@customs.example");
        draft.subject = QStringLiteral("Accréditation : résultat de l'atelier — une ligne assez longue pour être "
                                       "coupée en plusieurs mots encodés");
        draft.text = QStringLiteral("Madame,\n\nJ'ai le plaisir…\n");
        draft.attachmentName = QStringLiteral("letter.pdf");
        draft.attachment = QByteArray(5000, '\x7f') + QByteArray("%%EOF");
        const QByteArray mime = draft.toMime();
        // CRLF everywhere, no line longer than RFC 5322 allows.
        QVERIFY(!mime.contains(QByteArray("\r\r")));
        for (const QByteArray& line : mime.split('\n')) {
            QVERIFY(line.isEmpty() || line.endsWith('\r'));
            QVERIFY(line.size() <= 78);
        }
        const int headerEnd = mime.indexOf("\r\n\r\n");
        const QByteArray headers = mime.left(headerEnd);
        QVERIFY(headers.contains("\r\nFrom: \"Marta Silva\" <marta.silva@wco.example>"));
        QVERIFY(headers.contains("\r\nTo: =?UTF-8?B?"));
        QVERIFY(headers.contains("MIME-Version: 1.0"));
        QVERIFY(headers.contains("X-Unsent: 1"));
        QVERIFY(headers.startsWith("Date: "));
        // The subject decodes back to the very text.
        const qsizetype subjectAt = headers.indexOf("Subject: ");
        QByteArray subject = headers.mid(subjectAt + 9);
        subject = subject.left(subject.indexOf(QByteArray("\r\n"), 0));
        QString decoded;
        const QByteArray unfolded = headers.mid(subjectAt + 9, headers.indexOf("\r\nMessage-ID") - subjectAt - 9);
        for (const QByteArray& word : unfolded.split(' ')) {
            const QByteArray w = word.trimmed();
            QVERIFY(w.startsWith("=?UTF-8?B?") && w.endsWith("?="));
            QVERIFY(w.size() <= 75);
            decoded += QString::fromUtf8(QByteArray::fromBase64(w.mid(10, w.size() - 12)));
        }
        QCOMPARE(decoded, draft.subject);
        // The attachment decodes to the very bytes.
        const QByteArray boundary = QRegularExpression(QStringLiteral("boundary=\"([^\"]+)\""))
                                        .match(QString::fromLatin1(headers))
                                        .captured(1)
                                        .toLatin1();
        QVERIFY(!boundary.isEmpty());
        const QList<QByteArray> parts = mime.split('-');
        Q_UNUSED(parts)
        const qsizetype pdfPart = mime.indexOf("Content-Type: application/pdf");
        QVERIFY(pdfPart > 0);
        const qsizetype bodyStart = mime.indexOf("\r\n\r\n", pdfPart) + 4;
        const qsizetype bodyEnd = mime.indexOf(QByteArray("\r\n--" + boundary + "--"), bodyStart);
        QByteArray base64 = mime.mid(bodyStart, bodyEnd - bodyStart);
        base64.replace("\r\n", "");
        QCOMPARE(QByteArray::fromBase64(base64), draft.attachment);
        const qsizetype textPart = mime.indexOf("Content-Type: text/plain; charset=UTF-8");
        const qsizetype textStart = mime.indexOf("\r\n\r\n", textPart) + 4;
        QByteArray textBase64 =
            mime.mid(textStart, mime.indexOf(QByteArray("\r\n--" + boundary), textStart) - textStart);
        textBase64.replace("\r\n", "");
        QCOMPARE(QString::fromUtf8(QByteArray::fromBase64(textBase64)),
                 QString(draft.text).replace(QStringLiteral("\n"), QStringLiteral("\r\n")));
    }

    void letterTextsAreEditedInTheFile()
    {
        const auto builtIn = m_store->letters().templateFor(Stage::Selected, QStringLiteral("en"));
        QVERIFY(builtIn.ok());
        QVERIFY(builtIn.value().meta.isNew());
        QCOMPARE(builtIn.value().body, LetterTemplate::builtIn(Stage::Selected, QStringLiteral("en")).body);

        LetterTemplate edited = builtIn.value();
        edited.body = QStringLiteral("{salutation}\n\nWelcome to {workshop}, {given_names}.\n\n{officer}");
        const auto saved = m_store->letters().save(edited);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        QCOMPARE(saved.value().meta.rowVersion, 1);
        QCOMPARE(m_store->auditTrail().value().constLast().action, QStringLiteral("letter_template.create"));

        // Kept in the file: another session reads the edit.
        {
            auto reader = Store::open(m_store->path(), Store::Access::ReadOnly);
            QVERIFY(reader.ok());
            QCOMPARE(reader.value()->letters().templateFor(Stage::Selected, QStringLiteral("en")).value().body,
                     edited.body);
            QCOMPARE(reader.value()->letters().templates().value().size(), 1);
        }
        // A second edit from the text read before the first is refused, not lost.
        QCOMPARE(m_store->letters().save(edited).code(), ErrorCode::Conflict);
        LetterTemplate again = saved.value();
        again.subject = QStringLiteral("Selected: {workshop}");
        QVERIFY(m_store->letters().save(again).ok());
        // Unknown placeholders are refused, saying which.
        LetterTemplate wrong = m_store->letters().templateFor(Stage::Selected, QStringLiteral("en")).value();
        wrong.body += QStringLiteral(" {candidate_nmae}");
        const auto refused = m_store->letters().save(wrong);
        QCOMPARE(refused.code(), ErrorCode::Invalid);
        QVERIFY(refused.message().contains(QStringLiteral("{candidate_nmae}")));

        // The letter uses the edit.
        LetterData letter;
        letter.candidate = m_candidates.at(1);
        letter.workshop = m_store->workshops().all().value().constFirst();
        letter.officer = QStringLiteral("kmorita");  // the account printing: not who signs
        letter.signatory = {QStringLiteral("Marta Silva"), QStringLiteral("Programme Manager")};
        letter.text = m_store->letters().templateFor(Stage::Selected, QStringLiteral("en")).value();
        QCOMPARE(ResultLetter::body(letter), QStringLiteral("Dear Åsa Lindqvist,\n\nWelcome to Print test workshop, "
                                                            "Kashiwa, Åsa.\n\nMarta Silva"));
        QCOMPARE(ResultLetter::subject(letter), QStringLiteral("Selected: Print test workshop, Kashiwa"));

        // Back to the shipped text.
        QVERIFY(m_store->letters().reset(Stage::Selected, QStringLiteral("en")).ok());
        QVERIFY(m_store->letters().templateFor(Stage::Selected, QStringLiteral("en")).value().meta.isNew());
        QCOMPARE(m_store->auditTrail().value().constLast().action, QStringLiteral("letter_template.reset"));
    }

    void everyBuiltInLetterIsCompleteInBothLanguages()
    {
        for (Stage decision : LetterTemplate::decisions()) {
            for (const QString& language : LetterTemplate::languages()) {
                const LetterTemplate t = LetterTemplate::builtIn(decision, language);
                QVERIFY2(t.validate().ok(), qPrintable(t.validate().summary()));
                QVERIFY(t.body.contains(QStringLiteral("{salutation}")));
                QVERIFY(t.body.contains(QStringLiteral("{signature}")));
                QVERIFY(!t.body.contains(QStringLiteral("(e)")));  // agreement follows the candidate
                if (language == QLatin1String("fr")) {
                    // The glossary's words (docs/glossary-fr.md), and a title that agrees: never a
                    // hard-written "conseiller technique" that a woman's letter would keep.
                    QVERIFY2(t.subject.contains(QStringLiteral("conseillers techniques et opérationnels (CTO) en "
                                                               "matière de DPI")) ||
                                 t.subject.contains(QStringLiteral("{advisor} (CTO) en matière de DPI")),
                             qPrintable(t.subject));
                    QVERIFY(!t.body.contains(QStringLiteral("conseiller technique")));
                    QVERIFY(!t.body.contains(QStringLiteral("en matière de propriété intellectuelle")));
                    QVERIFY(!t.body.contains(QStringLiteral("sélectionné")));
                    if (t.body.contains(QStringLiteral("{advisor}"))) {
                        QVERIFY(t.body.contains(QStringLiteral("{advisor} (CTO)")));
                        QVERIFY(t.body.contains(QStringLiteral("droits de propriété intellectuelle (DPI)")));
                    }
                }
            }
        }
        QVERIFY(LetterTemplate::builtIn(Stage::Accredited, QStringLiteral("fr"))
                    .body.contains(QStringLiteral("{commitment_end}")));
        QVERIFY(LetterTemplate::builtIn(Stage::Accredited, QStringLiteral("en"))
                    .body.contains(QStringLiteral("{commitment_end}")));
    }

    void preferredLanguageFollowsTheCandidatesLanguages()
    {
        Candidate c = sampleCandidate(QStringLiteral("X"));
        c.englishLevel = LanguageLevel::C1;
        c.otherLanguages = {{QStringLiteral("French"), LanguageLevel::Native}};
        QCOMPARE(LetterTemplate::preferredLanguage(c), QStringLiteral("fr"));
        c.otherLanguages = {{QStringLiteral("Français"), LanguageLevel::C2}};
        QCOMPARE(LetterTemplate::preferredLanguage(c), QStringLiteral("fr"));
        c.otherLanguages = {{QStringLiteral("French"), LanguageLevel::C1}};  // equal: English, the working language
        QCOMPARE(LetterTemplate::preferredLanguage(c), QStringLiteral("en"));
        c.englishLevel = LanguageLevel::Native;
        c.otherLanguages = {{QStringLiteral("French"), LanguageLevel::C2}};
        QCOMPARE(LetterTemplate::preferredLanguage(c), QStringLiteral("en"));
        c.englishLevel = LanguageLevel::B2;
        c.otherLanguages = {{QStringLiteral("French"), LanguageLevel::B2}};
        QCOMPARE(LetterTemplate::preferredLanguage(c), QStringLiteral("en"));
    }

    void examplesAreRenderedToLookAt()
    {
        // Page images of each document (build/screenshots/print-*.png), looked at by a
        // person and copied to docs/screenshots/ when good.
        PrintSource source(*m_store);
        const QString folder = QStringLiteral(AD_BINARY_DIR "/screenshots");
        QDir().mkpath(folder);
        const auto render = [&](const QString& pdf, const QString& name, int page) {
            QString err;
            const int code =
                run(QStringLiteral("pdftoppm"),
                    {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-f"),
                     QString::number(page), QStringLiteral("-l"), QString::number(page), QStringLiteral("-singlefile"),
                     pdf, folder + QLatin1Char('/') + name},
                    nullptr, &err);
            return code == 0 && QFileInfo::exists(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
        };
        const QString filled =
            write(source.candidateSheet(m_candidates.first().meta.id, {}), QStringLiteral("ex1.pdf"));
        QVERIFY(render(filled, QStringLiteral("print-sheet-filled"), 1));
        QVERIFY(render(filled, QStringLiteral("print-sheet-filled-long-comment"), 2));
        QVERIFY(
            render(write(source.candidateSheet(m_candidates.first().meta.id, {true, false}), QStringLiteral("ex2.pdf")),
                   QStringLiteral("print-sheet-blank"), 1));
        QVERIFY(render(write(source.candidateSheet(m_longName.meta.id, {false, true}), QStringLiteral("ex3.pdf")),
                       QStringLiteral("print-sheet-anonymised"), 1));
        QVERIFY(render(write(source.candidateSheet(m_longName.meta.id, {}), QStringLiteral("ex4.pdf")),
                       QStringLiteral("print-sheet-long-name"), 1));
        QVERIFY(render(write(source.participantList(m_workshop), QStringLiteral("ex5.pdf")),
                       QStringLiteral("print-participant-list"), 1));
        LetterData letter;
        letter.candidate = m_candidates.first();
        letter.workshop = source.workshop(m_workshop).value();
        letter.decision.to = Stage::Selected;
        letter.decision.decidedAt = QDateTime::currentDateTimeUtc();
        letter.officer = QStringLiteral("Marta Silva");
        letter.text = LetterTemplate::builtIn(Stage::Selected, LetterTemplate::preferredLanguage(letter.candidate));
        QVERIFY(render(write(source.letterDocument({letter}), QStringLiteral("ex6.pdf")),
                       QStringLiteral("print-letter-french"), 1));
    }

    void aFileThatCannotBeWrittenLeavesNothing()
    {
        PrintSource source(*m_store);
        const auto document = source.participantList(m_workshop);
        QVERIFY(document.ok());
        // A folder that is a file: no user can write there, root included.
        const QString notAFolder = m_dir.filePath(QStringLiteral("plain-file"));
        QVERIFY(writeFile(notAFolder, "x"));
        const auto refused =
            PdfOutput::write(document.value(), notAFolder + QStringLiteral("/out.pdf"), PrintSettings::Paper::A4);
        QVERIFY(!refused.ok());
        QVERIFY(refused.message().contains(QStringLiteral("out.pdf")));
        QVERIFY(!QFileInfo::exists(notAFolder + QStringLiteral("/out.pdf")));
    }

    void aReadOnlyFolderIsReported()
    {
        if (runningAsRoot()) {
            QString output;
            QCOMPARE(runFunctionUnprivileged(QStringLiteral("aReadOnlyFolderIsReported"), &output), 0);
            return;
        }
        QTemporaryDir folder;
        QVERIFY(QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::ExeOwner));
        PrintSource source(*m_store);
        const auto document = source.participantList(m_workshop);
        const QString target = folder.filePath(QStringLiteral("list.pdf"));
        const auto refused = PdfOutput::write(document.value(), target, PrintSettings::Paper::A4);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), ErrorCode::Io);
        QVERIFY(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
};

AD_TEST_MAIN(TestPrintedDocuments)
#include "TestPrintedDocuments.moc"
