// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the printed documents (docs/performance.md): the assessment sheets of a
// 10-candidate workshop read from a file, and 1,000 filled sheets in one batch (two
// reviewers' ratings and comments on every criterion, the officer's consensus on every other
// one and the workshop's outcome), laid out and written as PDF.
// Target: under 50 ms a sheet. Run by hand, never by ctest.
//   bench_print [--batch N] [--runs N]
// --batch 50 --runs 1 keeps a run under valgrind --tool=callgrind to minutes.
#include "AssessmentSheet.h"
#include "domain/Candidate.h"
#include "domain/CompetenceProfile.h"
#include "PdfOutput.h"
#include "PrintSource.h"
#include "assessment/ScoringForm.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/Candidates.h"
#include "domain/Workshop.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

QTextStream out(stdout);

SheetData syntheticSheet(int index, const CompetenceProfile& profile)
{
    SheetData d;
    d.candidateId = QUuid::createUuid();
    d.name = QStringLiteral("Candidate %1 Example-Name").arg(index);
    d.administration = QStringLiteral("Customs Administration %1").arg(index % 40);
    d.country = QStringLiteral("Country %1").arg(index % 40);
    d.region = QStringLiteral("Europe");
    d.position = QStringLiteral("IPR officer");
    d.workshopTitle = QStringLiteral("Benchmark workshop %1").arg(index / 10);
    d.workshopVenue = QStringLiteral("Training centre");
    d.workshopStart = QDate(2026, 3, 2);
    d.workshopEnd = QDate(2026, 3, 5);
    d.profileTitle = profile.title;
    d.profileVersion = profile.version;
    for (const CriterionGroup& g : profile.groups) {
        SheetGroup group{g.name, {}};
        for (const Criterion& c : g.criteria) {
            SheetCriterion criterion{c.key, c.name, c.kind, {}};
            for (const QString& reviewer : {QStringLiteral("Kenji Morita"), QStringLiteral("Marta Silva")}) {
                criterion.scores.append({reviewer, (index + int(c.key.size())) % 5,
                                         QStringLiteral("Clear examples from the candidate's work at the border, "
                                                        "discussed with the group; evidence in the application."),
                                         QStringLiteral("Application form, interview"), true});
            }
            group.criteria.append(criterion);
        }
        d.profileGroups.append(group);
    }
    d.scale = profile.scale;
    SheetGroup workshop{QStringLiteral("Workshop: Benchmark workshop"), {}};
    for (const Criterion& c : ScoringForm::defaultWorkshopCriteria()) {
        workshop.criteria.append({ScoringForm::workshopKey(c.key), c.name, c.kind, {}});
    }
    d.workshopGroups.append(workshop);
    // The officer's consensus on every other criterion, as a filled sheet carries it.
    int n = 0;
    for (const SheetGroup& g : std::as_const(d.profileGroups)) {
        for (const SheetCriterion& c : g.criteria) {
            if (n++ % 2 == 0) {
                d.outcome.consensus.insert(c.key, {2 + (n % 3), QStringLiteral("Agreed after discussion."),
                                                   QStringLiteral("officer"), QDate(2026, 3, 6)});
            }
        }
    }
    d.outcome.assessed.append({PipelineStep::Workshop, true, QStringLiteral("Passed on the profile and participation."),
                               QStringLiteral("officer"), QDate(2026, 3, 6)});
    d.outcome.decision = Stage::WorkshopPassed;
    d.outcome.decidedOn = QDate(2026, 3, 6);
    d.outcome.decidedBy = QStringLiteral("officer@secretariat");
    d.outcome.reason = QStringLiteral("Consensus of the assessors.");
    return d;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

}  // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString& name, int fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
    };
    const int runs = std::max(1, option(QStringLiteral("--runs"), 5));
    const int batchSize = std::max(1, option(QStringLiteral("--batch"), 1000));
    QTemporaryDir dir;

    // A file with a workshop of ten participants.
    auto created = Store::create(dir.filePath(QStringLiteral("bench.accred")));
    if (!created.ok()) {
        out << created.message() << Qt::endl;
        return 1;
    }
    Store& store = *created.value();
    Workshop w;
    w.title = QStringLiteral("Benchmark workshop");
    w.venue = QStringLiteral("Training centre");
    w.startDate = QDate::currentDate().addDays(60);
    const auto workshop = store.workshops().save(w);
    for (int i = 0; i < 10; ++i) {
        Candidate c;
        c.familyName = QStringLiteral("Participant%1").arg(i);
        c.givenNames = QStringLiteral("Alex");
        c.nationality = QStringLiteral("Belgian");
        c.administration = QStringLiteral("Belgian Customs");
        c.region = Region::Europe;
        c.email = QStringLiteral("p%1@customs.example").arg(i);
        c.englishLevel = LanguageLevel::C1;
        c.applicationDate = QDate(2026, 1, 5);
        const auto saved = store.candidates().save(c);
        if (!saved.ok() || !store.workshops().enrol(saved.value().meta.id, workshop.value().meta.id).ok()) {
            out << "could not set up the workshop" << Qt::endl;
            return 1;
        }
    }
    for (const bool blank : {true, false}) {
        QList<double> times;
        int pages = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            PrintSource source(store);
            const auto document = source.workshopSheets(workshop.value().meta.id, {blank, false});
            const auto written = PdfOutput::write(document.value(), dir.filePath(QStringLiteral("workshop.pdf")),
                                                  PrintSettings::Paper::A4);
            times.append(timer.nsecsElapsed() / 1e6);
            pages = written.value();
        }
        out << QStringLiteral("10-candidate workshop, %1 sheets: median %2 ms (%3 ms a sheet), %4 pages, %5 KiB")
                   .arg(blank ? QStringLiteral("blank") : QStringLiteral("filled"))
                   .arg(median(times), 0, 'f', 1)
                   .arg(median(times) / 10, 0, 'f', 1)
                   .arg(pages)
                   .arg(QFileInfo(dir.filePath(QStringLiteral("workshop.pdf"))).size() / 1024)
            << Qt::endl;
    }

    // 1,000 filled sheets in one batch (or --batch N).
    const CompetenceProfile profile = CompetenceProfile::call2023();
    QElapsedTimer timer;
    timer.start();
    PrintedDocument batch;
    batch.sourceFile = QStringLiteral("bench.accred");
    for (int i = 0; i < batchSize; ++i) {
        batch.sections.append(AssessmentSheet::section(syntheticSheet(i, profile), {}));
    }
    const double built = timer.nsecsElapsed() / 1e6;
    const auto written = PdfOutput::write(batch, dir.filePath(QStringLiteral("batch.pdf")), PrintSettings::Paper::A4);
    const double total = timer.nsecsElapsed() / 1e6;
    if (!written.ok()) {
        out << written.message() << Qt::endl;
        return 1;
    }
    out << QStringLiteral("%6 filled sheets: %1 s in all (%2 ms a sheet; HTML %3 ms), %4 pages, %5 MiB")
               .arg(total / 1000, 0, 'f', 1)
               .arg(total / batchSize, 0, 'f', 1)
               .arg(built, 0, 'f', 0)
               .arg(written.value())
               .arg(QFileInfo(dir.filePath(QStringLiteral("batch.pdf"))).size() / 1048576.0, 0, 'f', 1)
               .arg(batchSize)
        << Qt::endl;
    return 0;
}
