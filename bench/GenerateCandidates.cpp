// SPDX-License-Identifier: GPL-3.0-or-later
// generate-candidates: writes the benchmark file (docs/performance.md).
//   generate-candidates [--count N] [--seed S] FILE
//   generate-candidates --csv [--count N] [--seed S] CSV     (the applications `import` reads)
#include "CandidateGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("generate-candidates"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes a new Accreditation Desk file of realistic candidates for the benchmarks."));
    parser.addHelpOption();
    const QCommandLineOption count(
        QStringLiteral("count"),
        QStringLiteral("How many candidates (default %1).").arg(CandidateGenerator::kDefaultCount), QStringLiteral("N"),
        QString::number(CandidateGenerator::kDefaultCount));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QStringLiteral("Seed of the random choices (default %1).").arg(CandidateGenerator::kDefaultSeed),
        QStringLiteral("S"), QString::number(CandidateGenerator::kDefaultSeed));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 QStringLiteral("Write the candidates as an applications CSV for the import instead."));
    parser.addOption(count);
    parser.addOption(seed);
    parser.addOption(csv);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The file to create; it must not exist."));
    parser.process(app);

    bool countOk = false;
    bool seedOk = false;
    const int n = parser.value(count).toInt(&countOk);
    const quint32 s = parser.value(seed).toUInt(&seedOk);
    if (parser.positionalArguments().size() != 1 || !countOk || n < 1 || !seedOk) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.helpText()));
        return 2;
    }
    if (parser.isSet(csv)) {
        const Status written =
            CandidateGenerator::writeApplicationsCsv(parser.positionalArguments().constFirst(), n, s);
        if (!written.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(written.message()));
            return 1;
        }
        return 0;
    }
    QElapsedTimer timer;
    timer.start();
    const Status made = CandidateGenerator::generate(parser.positionalArguments().constFirst(), n, s, [&](int done) {
        std::fprintf(stderr, "%d of %d candidates saved (%.0f s)\n", done, n, timer.elapsed() / 1000.0);
    });
    if (!made.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(made.message()));
        return 1;
    }
    return 0;
}
