// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export… in the window: the candidate list with the filters set and the workshop each
// applied to, the pool as a spreadsheet, and an action that says why it is disabled where an
// area has no list.
#include "MainWindow.h"
#include "TestSupport.h"
#include "Translations.h"
#include "candidates/CandidateListView.h"
#include "candidates/CandidateTableModel.h"
#include "demo/DemoFile.h"
#include "widgets/FileDialog.h"
#include "history/AuditTrailDialog.h"
#include "widgets/MessageBox.h"
#include "workshops/WorkshopsPage.h"
#include "domain/Candidate.h"
#include "domain/Workshop.h"
#include "store/Candidates.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "TestMain.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTest>

using namespace TestSupport;

class TestExportWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QAction* exportAction(MainWindow& window)
    {
        return window.findChild<QAction*>(QStringLiteral("actionExport"));
    }

    static void showArea(MainWindow& window, int row)
    {
        window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(row);
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk export tests"));
        QSettings().clear();
        Translations::install();
        MessageBox::recordInsteadOfShowing(true);
        QVERIFY(DemoFile::create(m_dir.filePath(QStringLiteral("demo.accred"))).ok());
    }

    void candidatesWithTheFiltersSet()
    {
        MainWindow window;
        QVERIFY(window.openFile(m_dir.filePath(QStringLiteral("demo.accred")), true));
        auto* stage = window.findChild<QComboBox*>(QStringLiteral("stageFilter"));
        QVERIFY(stage);
        stage->setCurrentIndex(stage->findData(QStringLiteral("accredited")));
        window.candidateList()->reload();
        const int listed = window.candidateModel()->rowCount();
        QVERIFY(listed > 0 && listed < 14);

        QVERIFY(exportAction(window)->isEnabled());
        const QString csv = m_dir.filePath(QStringLiteral("listed.csv"));
        FileDialog::setNextFileName(csv);
        exportAction(window)->trigger();
        QFile file(csv);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(MessageBox::lastRecorded()));
        const QStringList lines =
            QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), listed + 1);
        for (const QString& line : lines.mid(1)) {
            QCOMPARE(line.split(QLatin1Char(',')).value(2), QStringLiteral("Accredited"));
        }
    }

    void candidatesNameTheWorkshopAppliedTo()
    {
        MainWindow window;
        QVERIFY(window.openFile(m_dir.filePath(QStringLiteral("demo.accred")), true));
        const Store& store = *window.store();
        QHash<QUuid, QString> titles;
        for (const Workshop& w : store.workshops().all().value()) {
            titles.insert(w.meta.id, w.title);
        }
        // Someone who applied without a seat: the column names the application, not a seat.
        const QHash<QUuid, QUuid> applications = store.workshops().applications().value();
        QString applicant;
        QString title;
        for (auto it = applications.cbegin(); it != applications.cend() && applicant.isEmpty(); ++it) {
            if (store.workshops().enrolmentOf(it.key()).value().isNull()) {
                applicant = store.candidates().byId(it.key()).value().familyName;
                title = titles.value(it.value());
            }
        }
        QVERIFY(!applicant.isEmpty() && !title.isEmpty());
        for (const QString& suffix : {QStringLiteral("csv"), QStringLiteral("xlsx")}) {
            const QString path = m_dir.filePath(QStringLiteral("applied.") + suffix);
            FileDialog::setNextFileName(path);
            exportAction(window)->trigger();
            QVERIFY2(QFile::exists(path), qPrintable(MessageBox::lastRecorded()));
            QString text;
            if (suffix == QLatin1String("csv")) {
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                text = QString::fromUtf8(file.readAll());
                const QString header = text.section(QStringLiteral("\r\n"), 0, 0);
                QVERIFY2(header.endsWith(QStringLiteral(",Applied to")), qPrintable(header));
                bool found = false;
                for (const QString& line : text.split(QStringLiteral("\r\n"))) {
                    found = found || (line.startsWith(applicant + QLatin1Char(',')) &&
                                      line.endsWith(QLatin1Char('"') + title + QLatin1Char('"')));
                }
                QVERIFY2(found, qPrintable(text));
            } else {
                QCOMPARE(run(QStringLiteral("unzip"),
                             {QStringLiteral("-p"), path, QStringLiteral("xl/sharedStrings.xml")}, &text),
                         0);
                QVERIFY2(text.contains(QStringLiteral("Applied to")) && text.contains(title),
                         qPrintable(text.left(500)));
            }
        }
    }

    void poolAsSpreadsheet()
    {
        MainWindow window;
        QVERIFY(window.openFile(m_dir.filePath(QStringLiteral("demo.accred")), true));
        showArea(window, 3);
        const QString xlsx = m_dir.filePath(QStringLiteral("pool.xlsx"));
        FileDialog::setNextFileName(xlsx);
        exportAction(window)->trigger();
        QFile file(xlsx);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(MessageBox::lastRecorded()));
        QVERIFY(file.read(2) == "PK");
    }

    void aWorkshopsListByItsTab()
    {
        MainWindow window;
        QVERIFY(window.openFile(m_dir.filePath(QStringLiteral("demo.accred")), true));
        showArea(window, 1);
        const auto workshops = window.store()->workshops().all();
        QVERIFY(workshops.ok() && !workshops.value().isEmpty());
        const Workshop& workshop = workshops.value().constLast();
        const auto participants = window.store()->workshops().participants(workshop.meta.id);
        QVERIFY(participants.ok());
        window.workshopsPage()->selectWorkshop(workshop.meta.id);
        window.workshopsPage()->tabs()->setCurrentIndex(1);  // Participants
        const QString csv = m_dir.filePath(QStringLiteral("participants.csv"));
        FileDialog::setNextFileName(csv);
        exportAction(window)->trigger();
        QFile file(csv);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(MessageBox::lastRecorded()));
        const QStringList lines =
            QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), participants.value().size() + 1);
        QVERIFY(lines.first().startsWith(QStringLiteral("Family name,Given names,Administration")));

        // The ranking (Board tab) needs a workshop chosen, and says so.
        window.workshopsPage()->selectWorkshop({});
        window.workshopsPage()->tabs()->setCurrentIndex(0);
        exportAction(window)->trigger();
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("Choose a workshop")),
                 qPrintable(MessageBox::lastRecorded()));
    }

    void activitiesOfTheArea()
    {
        MainWindow window;
        QVERIFY(window.openFile(m_dir.filePath(QStringLiteral("demo.accred")), true));
        showArea(window, 2);
        const QString csv = m_dir.filePath(QStringLiteral("activities.csv"));
        FileDialog::setNextFileName(csv);
        exportAction(window)->trigger();
        QFile file(csv);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(MessageBox::lastRecorded()));
        QVERIFY(file.readAll().contains("From,To,Title"));
    }

    // The history and the reviewer agreement, which File > Export does not reach, have
    // buttons of their own that write what `export` writes.
    void theHistoryAndTheAgreementHaveTheirOwnExport()
    {
        MainWindow window;
        QVERIFY(window.openFile(m_dir.filePath(QStringLiteral("demo.accred")), true));
        AuditTrailDialog history(*window.store(), {}, QString(), &window);
        auto* historyExport = history.findChild<QPushButton*>(QStringLiteral("historyExport"));
        QVERIFY(historyExport);
        QVERIFY(!historyExport->accessibleName().isEmpty());
        const QString trail = m_dir.filePath(QStringLiteral("history.csv"));
        FileDialog::setNextFileName(trail);
        historyExport->click();
        QFile trailFile(trail);
        QVERIFY2(trailFile.open(QIODevice::ReadOnly), qPrintable(MessageBox::lastRecorded()));
        const QStringList trailLines =
            QString::fromUtf8(trailFile.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY2(trailLines.size() > 10, qPrintable(trailLines.join(u'|')));

        showArea(window, 1);
        const auto workshops = window.store()->workshops().all();
        QVERIFY(workshops.ok() && !workshops.value().isEmpty());
        window.workshopsPage()->selectWorkshop(workshops.value().constFirst().meta.id);
        auto* agreementExport = window.findChild<QPushButton*>(QStringLiteral("agreementExport"));
        QVERIFY(agreementExport);
        QVERIFY(!agreementExport->accessibleName().isEmpty());
        const QString agreement = m_dir.filePath(QStringLiteral("agreement.csv"));
        FileDialog::setNextFileName(agreement);
        agreementExport->click();
        QFile agreementFile(agreement);
        QVERIFY2(agreementFile.open(QIODevice::ReadOnly), qPrintable(MessageBox::lastRecorded()));
        const QStringList agreementLines =
            QString::fromUtf8(agreementFile.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY2(agreementLines.size() >= 2, qPrintable(agreementLines.join(u'|')));
    }

    void disabledWhereThereIsNoList()
    {
        MainWindow window;
        QVERIFY(!exportAction(window)->isEnabled());  // no file open
        QVERIFY(window.openFile(m_dir.filePath(QStringLiteral("demo.accred")), true));
        showArea(window, 4);  // Dashboard
        QVERIFY(!exportAction(window)->isEnabled());
        QVERIFY(exportAction(window)->toolTip().contains(QStringLiteral("Candidates")));
        showArea(window, 0);
        QVERIFY(exportAction(window)->isEnabled());
    }
};

AD_TEST_MAIN(TestExportWindow)
#include "TestExportWindow.moc"
