// SPDX-License-Identifier: GPL-3.0-or-later
// bench_register: how fast the candidate register answers on a file of 10,000 candidates.
// Run by hand, never by ctest (docs/performance.md):
//   QT_QPA_PLATFORM=offscreen [AD_BENCH_FILE=FILE] bench_register -median 15
// FILE defaults to the file the `bench_file` target generates.
// Besides QBENCHMARK's median, every run is timed here too, so that the spread can be
// reported: cleanupTestCase prints median, min and max of each figure.
#include "domain/Candidate.h"
#include "candidates/CandidateListView.h"
#include "candidates/CandidateTableModel.h"
#include "MainWindow.h"
#include "widgets/MessageBox.h"
#include "candidates/SearchResultsModel.h"
#include "store/Store.h"
#include "store/CandidateSearch.h"
#include "store/Candidates.h"
#include "Translations.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMap>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace {

/// Ends an event loop once the watched widget has painted: the moment the user sees it.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QEventLoop* loop)
        : m_loop(loop)
    {
    }
    bool painted = false;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            watched->removeEventFilter(this);
            // The loop leaves once this paint and the flush after it are done.
            m_loop->quit();
        }
        return false;
    }

private:
    QEventLoop* m_loop;
};

double milliseconds(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

/// Other processes on a 2-core machine show up in every figure: the report says how busy it was.
void reportLoad(const char* when)
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (file.open(QIODevice::ReadOnly)) {
        qInfo("Load %s: %s", when, file.readAll().trimmed().constData());
    }
}

}  // namespace

class BenchRegister : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QString m_path;
    int m_candidates = 0;
    /// Open on the file for the keystroke and query figures; opened after the open figures,
    /// which must take the editing lease as the application does, not share it.
    std::unique_ptr<MainWindow> m_window;
    QMap<QString, QList<double>> m_samples;  ///< every run's time in ms, by figure
    QMap<QString, qsizetype> m_rows;  ///< how many candidates each figure's run listed

    static QString figure()
    {
        QString name = QString::fromLatin1(QTest::currentTestFunction());
        if (QTest::currentDataTag() && *QTest::currentDataTag()) {
            name += QStringLiteral(" [") + QString::fromUtf8(QTest::currentDataTag()) + QLatin1Char(']');
        }
        return name;
    }

    void record(qint64 nanoseconds) { m_samples[figure()].append(milliseconds(nanoseconds)); }

    MainWindow* window()
    {
        if (!m_window) {
            m_window = openAndPaint();
        }
        return m_window.get();
    }

    QLineEdit* quickFilter()
    {
        return window() ? window()->candidateList()->findChild<QLineEdit*>(QStringLiteral("quickFilter")) : nullptr;
    }

    /// Opens the file in a new, shown main window and returns once its candidate list has painted.
    std::unique_ptr<MainWindow> openAndPaint()
    {
        auto opened = std::make_unique<MainWindow>();
        opened->show();
        if (!opened->openFile(m_path)) {
            return nullptr;
        }
        QEventLoop loop;
        PaintWatcher watcher(&loop);
        opened->candidateList()->table()->viewport()->installEventFilter(&watcher);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);  // a list that never paints fails below
        loop.exec();
        return watcher.painted ? std::move(opened) : nullptr;
    }

private slots:
    void initTestCase()
    {
        reportLoad("before");
        QVERIFY(m_settings.isValid());
        QApplication::setOrganizationName(QStringLiteral("WCO"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk benchmarks"));
        // A fresh layout and no recent files of the user's own, and none left behind.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        Translations::install();
        // A message box would stop the clock; any message fails the run instead.
        MessageBox::recordInsteadOfShowing(true);

        // An environment variable, as Qt Test takes every other argument for a test function.
        m_path = qEnvironmentVariable("AD_BENCH_FILE", QStringLiteral(AD_BENCH_DEFAULT_FILE));
        QVERIFY2(QFileInfo::exists(m_path),
                 qPrintable(QStringLiteral("No benchmark file at %1: build the bench_file target, or run "
                                           "generate-candidates FILE and set AD_BENCH_FILE=FILE.")
                                .arg(m_path)));
        qInfo("File: %s (%.1f MB)", qPrintable(m_path), double(QFileInfo(m_path).size()) / 1e6);

        // One open before any timing: the first open of a day makes the day's backup (a copy of
        // the whole file), and the first read warms the page cache, as for an officer who opened
        // the file earlier that day. docs/performance.md times the first open of the day apart.
        const auto warmUp = openAndPaint();
        QVERIFY2(warmUp, qPrintable(MessageBox::lastRecorded()));
        QVERIFY2(MessageBox::lastRecorded().isEmpty(), qPrintable(MessageBox::lastRecorded()));
        QVERIFY2(!warmUp->store()->isReadOnly(), qPrintable(warmUp->store()->readOnlyReason()));
        m_candidates = warmUp->candidateList()->model()->rowCount();
        qInfo("Candidates: %d", m_candidates);
    }

    /// (a) From nothing to a filled first screen: a main window made, shown, the file opened
    /// (checks, editing lease, candidates read and sorted) and the list painted.
    void openToFirstPaint()
    {
        std::unique_ptr<MainWindow> opened;
        QElapsedTimer timer;
        QBENCHMARK_ONCE
        {
            timer.start();
            opened = openAndPaint();
            record(timer.nsecsElapsed());
        }
        QVERIFY2(opened, qPrintable(MessageBox::lastRecorded()));
        QVERIFY2(MessageBox::lastRecorded().isEmpty(), qPrintable(MessageBox::lastRecorded()));
        QCOMPARE(opened->candidateList()->model()->rowCount(), m_candidates);
        opened.reset();  // closing (handing back the lease) is not part of the figure
    }

    /// Only the store's part of (a): Store::open, for editing, with all its checks.
    void openStore()
    {
        std::unique_ptr<Store> store;
        QElapsedTimer timer;
        QBENCHMARK_ONCE
        {
            timer.start();
            auto opened = Store::open(m_path);
            record(timer.nsecsElapsed());
            QVERIFY2(opened.ok(), qPrintable(opened.message()));
            store = std::move(opened).value();
        }
    }

    void keystroke_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("first letter 'm'") << QStringLiteral("m");
        QTest::newRow("'mar'") << QStringLiteral("mar");
        QTest::newRow("'elodie' (accent folded)") << QStringLiteral("elodie");
        QTest::newRow("no match 'xq'") << QStringLiteral("xq");
        QTest::newRow("cleared: every candidate") << QString();
    }

    /// (b) One quick-filter keystroke: the list read again with the filter text (what the
    /// typing pause ends in). The repaint that follows is timed by keystrokeAndRepaint.
    void keystroke()
    {
        QFETCH(QString, text);
        QLineEdit* filter = quickFilter();
        QVERIFY(filter);
        filter->setText(text);
        CandidateListView* list = window()->candidateList();
        QElapsedTimer timer;
        const QString withPlaces =
            figure().replace(QStringLiteral("fullTextList"), QStringLiteral("fullTextList+places"));
        // Only the full-text figures have places to time; for the others the name is the same,
        // and recording it too mixed a second timing into theirs and overwrote the rows listed
        // with the places found (none): every keystroke seemed to list nobody.
        const bool places = withPlaces != figure();
        QBENCHMARK
        {
            timer.start();
            list->reload();
            record(timer.nsecsElapsed());
            list->showPendingSearchResults();
            if (places) {
                m_samples[withPlaces].append(milliseconds(timer.nsecsElapsed()));
            }
        }
        m_rows[figure()] = list->model()->rowCount();
        if (places) {
            m_rows[withPlaces] = list->searchResults()->rowCount();
        }
    }

    void keystrokeAndRepaint_data() { keystroke_data(); }

    /// (b) as the user sees it: the reload and the list painted again.
    void keystrokeAndRepaint()
    {
        QFETCH(QString, text);
        QLineEdit* filter = quickFilter();
        QVERIFY(filter);
        filter->setText(text);
        CandidateListView* list = window()->candidateList();
        QElapsedTimer timer;
        QBENCHMARK
        {
            timer.start();
            list->reload();
            list->table()->viewport()->repaint();
            record(timer.nsecsElapsed());
        }
        m_rows[figure()] = list->model()->rowCount();
    }

    void textQuery_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("family name 'nguyen'") << QStringLiteral("nguyen");
        QTest::newRow("'dabrowska' (accent folded)") << QStringLiteral("dabrowska");
        QTest::newRow("nearly all: 'customs'") << QStringLiteral("customs");
        QTest::newRow("no match 'xyzzy'") << QStringLiteral("xyzzy");
        // Only the attached CVs and letters hold this; this (LIKE) search does not read them.
        QTest::newRow("in CVs only 'Mercator'") << QStringLiteral("Mercator");
    }

    /// (c) A text query: Candidates::find(QString), the quick filter's search over the
    /// candidates' own fields (fullTextQuery times the search in documents).
    void textQuery()
    {
        QFETCH(QString, text);
        QVERIFY(window());
        const Store* store = window()->store();
        qsizetype hits = 0;
        QElapsedTimer timer;
        QBENCHMARK
        {
            timer.start();
            const auto found = store->candidates().find(text);
            record(timer.nsecsElapsed());
            QVERIFY2(found.ok(), qPrintable(found.message()));
            hits = found.value().size();
        }
        m_rows[figure()] = hits;
    }

    void fullTextQuery_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("in CVs only 'Mercator'") << QStringLiteral("Mercator");
        QTest::newRow("two CV words 'counterfeit medicines'") << QStringLiteral("counterfeit medicines");
        QTest::newRow("name and CV 'nguyen pangea'") << QStringLiteral("nguyen pangea");
        QTest::newRow("family name 'dabrowska'") << QStringLiteral("dabrowska");
        QTest::newRow("nearly all: 'customs'") << QStringLiteral("customs");
        QTest::newRow("short prefix 'co'") << QStringLiteral("co");
        QTest::newRow("no match 'xyzzy'") << QStringLiteral("xyzzy");
    }

    /// (d) A full-text query: CandidateSearch::find, fields and documents' text in FTS5, the best
    /// 200 places with their snippets (what the list's results panel shows).
    void fullTextQuery()
    {
        QFETCH(QString, text);
        QVERIFY(window());
        const Store* store = window()->store();
        QVERIFY2(store->search().documentsToReadCount().value() == 0,
                 "The documents of the benchmark file are not read: run accreditation-desk-cli index FILE");
        qsizetype hits = 0;
        QElapsedTimer timer;
        QBENCHMARK
        {
            timer.start();
            const auto found = store->search().find(text, 200);
            record(timer.nsecsElapsed());
            QVERIFY2(found.ok(), qPrintable(found.message()));
            hits = found.value().size();
        }
        m_rows[figure()] = hits;
    }

    void fullTextList_data() { fullTextQuery_data(); }

    /// (e) The same typed into the list with "Search in documents" on, as the typing pause
    /// ends in: the candidates found read, sorted and listed ("fullTextList"), and then the
    /// places found, which the list shows once it is painted ("fullTextList+places", the
    /// whole wait).
    void fullTextList()
    {
        QFETCH(QString, text);
        QLineEdit* filter = quickFilter();
        QVERIFY(filter);
        CandidateListView* list = window()->candidateList();
        auto* inDocuments = list->findChild<QCheckBox*>(QStringLiteral("searchInDocuments"));
        QVERIFY(inDocuments);
        inDocuments->setChecked(true);
        filter->setText(text);
        QElapsedTimer timer;
        const QString withPlaces =
            figure().replace(QStringLiteral("fullTextList"), QStringLiteral("fullTextList+places"));
        QBENCHMARK
        {
            timer.start();
            list->reload();
            record(timer.nsecsElapsed());
            list->showPendingSearchResults();
            m_samples[withPlaces].append(milliseconds(timer.nsecsElapsed()));
        }
        m_rows[figure()] = list->model()->rowCount();
        m_rows[withPlaces] = list->searchResults()->rowCount();
        inDocuments->setChecked(false);
        filter->clear();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        reportLoad("after");
        qInfo("%-50s %6s %5s %8s %8s %8s", "figure (ms per run)", "listed", "runs", "median", "min", "max");
        for (auto it = m_samples.begin(); it != m_samples.end(); ++it) {
            QList<double>& runs = it.value();
            std::sort(runs.begin(), runs.end());
            const qsizetype n = runs.size();
            const double median = n % 2 ? runs.at(n / 2) : (runs.at(n / 2 - 1) + runs.at(n / 2)) / 2;
            const QString listed = m_rows.contains(it.key()) ? QString::number(m_rows.value(it.key())) : QString();
            qInfo("%-50s %6s %5lld %8.1f %8.1f %8.1f", qPrintable(it.key()), qPrintable(listed), qint64(n), median,
                  runs.first(), runs.last());
        }
    }
};

QTEST_MAIN(BenchRegister)
#include "BenchRegister.moc"
