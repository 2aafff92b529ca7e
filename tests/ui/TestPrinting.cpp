// SPDX-License-Identifier: GPL-3.0-or-later
// Printing from the window, headless: a candidate's sheet and letter from their History
// tab, a workshop's batch and participant list, the board's selected card, the pool
// roster, the paper setting, the result letters with their text edited in the file, and
// a real print job through the CUPS queue of the cups-pdf virtual printer (scripts/test
// starts cupsd and adds the AD-PDF queue), whose PDF is read back.
#include "AssessmentSheet.h"
#include "domain/Candidate.h"
#include "candidates/CandidateListView.h"
#include "candidates/CandidateStandingView.h"
#include "demo/DemoFile.h"
#include "print/DocumentPrinter.h"
#include "widgets/FileDialog.h"
#include "domain/LetterTemplate.h"
#include "MainWindow.h"
#include "widgets/MessageBox.h"
#include "domain/Pipeline.h"
#include "workshops/PipelineBoard.h"
#include "workshops/PipelineColumnModel.h"
#include "PrintSettings.h"
#include "print/ResultLettersDialog.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/FileSettings.h"
#include "store/Letters.h"
#include "store/Decisions.h"
#include "store/Candidates.h"
#include "TestSupport.h"
#include "Translations.h"
#include "domain/Workshop.h"
#include "workshops/WorkshopsPage.h"
#include "TestMain.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinterInfo>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace TestSupport;

namespace {

void screenshot(QWidget& widget, const QString& name)
{
    QDir().mkpath(QStringLiteral(AD_BINARY_DIR "/screenshots"));
    QApplication::processEvents();
    QVERIFY(widget.grab().save(QStringLiteral(AD_BINARY_DIR "/screenshots/") + name));
}

/// An action of a menu or of its submenus, by object name.
QAction* findAction(QMenu* menu, const QString& name)
{
    for (QAction* action : menu->actions()) {
        if (action->objectName() == name) {
            return action;
        }
        if (action->menu()) {
            if (QAction* found = findAction(action->menu(), name)) {
                return found;
            }
        }
    }
    return nullptr;
}

QString pdfText(const QString& pdf)
{
    QString out;
    run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}, &out);
    return out.normalized(QString::NormalizationForm_KC);
}

/// Where cups-pdf writes the jobs of this user (its "Out" setting).
QString cupsPdfFolder()
{
    QString out = QDir::homePath() + QStringLiteral("/PDF");
    QFile conf(QStringLiteral("/etc/cups/cups-pdf.conf"));
    if (conf.open(QIODevice::ReadOnly)) {
        for (const QString& line : QString::fromUtf8(conf.readAll()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("Out "))) {
                out = line.mid(4).trimmed().replace(QStringLiteral("${HOME}"), QDir::homePath());
            }
        }
    }
    return out;
}

}  // namespace

class TestPrinting : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    WorkshopsPage* openKashiwa(MainWindow& window, const QString& which = QStringLiteral("Kashiwa"))
    {
        const QString file = m_dir.filePath(QStringLiteral("demo-%1.accred").arg(++m_count));
        if (!DemoFile::create(file).ok()) {
            return nullptr;
        }
        window.resize(1400, 860);
        window.show();
        if (!window.openFile(file)) {
            return nullptr;
        }
        window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(1);
        WorkshopsPage* page = window.workshopsPage();
        auto* chooser = page->findChild<QComboBox*>(QStringLiteral("workshopChooser"));
        chooser->setCurrentIndex(chooser->findText(which, Qt::MatchContains));
        return page;
    }

    static QUuid kashiwa(const Store& store, const QString& which = QStringLiteral("Kashiwa"))
    {
        for (const Workshop& w : store.workshops().all().value()) {
            if (w.title.contains(which)) {
                return w.meta.id;
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk printing tests"));
        QSettings().clear();
        Translations::install();
        MessageBox::recordInsteadOfShowing(true);
    }

    void aCandidatesSheetIsExportedFromTheirHistoryTab()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        const QString file = m_dir.filePath(QStringLiteral("candidate.accred"));
        QVERIFY(DemoFile::create(file).ok());
        QVERIFY(window.openFile(file));
        const Candidate sato = window.store()->candidates().find(QStringLiteral("Sato")).value().constFirst();
        window.candidateList()->select(sato.meta.id);
        auto* button = window.standingView()->findChild<QToolButton*>(QStringLiteral("standingPrint"));
        QVERIFY(button);
        QVERIFY(!button->accessibleName().isEmpty());
        QVERIFY(button->focusPolicy() & Qt::TabFocus);
        const QString pdf = m_dir.filePath(QStringLiteral("sato.pdf"));
        FileDialog::setNextFileName(pdf);
        findAction(button->menu(), QStringLiteral("sheetPdf"))->trigger();
        QVERIFY2(QFileInfo::exists(pdf), qPrintable(MessageBox::lastRecorded()));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Haruka Sato")));
        QVERIFY(text.contains(QStringLiteral("Accredited")));  // the outcome, from her decisions

        const QString anonymous = m_dir.filePath(QStringLiteral("sato-anonymous.pdf"));
        FileDialog::setNextFileName(anonymous);
        findAction(button->menu(), QStringLiteral("anonymousSheetPdf"))->trigger();
        QVERIFY(!pdfText(anonymous).contains(QStringLiteral("Sato")));
        QVERIFY(pdfText(anonymous).contains(AssessmentSheet::candidateCode(sato.meta.id)));

        const QString letter = m_dir.filePath(QStringLiteral("sato-letter.pdf"));
        FileDialog::setNextFileName(letter);
        findAction(button->menu(), QStringLiteral("letterPdf"))->trigger();
        QVERIFY(pdfText(letter).contains(QStringLiteral("Dear Haruka Sato")));
    }

    void aWorkshopsBatchOpensInThePreview()
    {
        MainWindow window;
        WorkshopsPage* page = openKashiwa(window);
        QVERIFY(page);
        auto* button = page->findChild<QToolButton*>(QStringLiteral("printWorkshop"));
        QVERIFY(button && button->isEnabled());
        QVERIFY(!button->accessibleName().isEmpty());
        findAction(button->menu(), QStringLiteral("workshopSheetsPreview"))->trigger();
        QPrintPreviewDialog* preview = nullptr;
        QTRY_VERIFY((preview = window.findChild<QPrintPreviewDialog*>(QStringLiteral("printPreview"))) != nullptr);
        QTRY_VERIFY(preview->isVisible());
        screenshot(*preview, QStringLiteral("print-preview.png"));
        preview->close();

        const QString list = m_dir.filePath(QStringLiteral("participants.pdf"));
        FileDialog::setNextFileName(list);
        findAction(button->menu(), QStringLiteral("participantListPdf"))->trigger();
        const QString text = pdfText(list);
        for (const Candidate& c : window.store()->workshops().participants(kashiwa(*window.store())).value()) {
            QVERIFY2(text.contains(c.familyName.toUpper()), qPrintable(c.familyName));
        }
    }

    void theBoardPrintsTheSelectedCard()
    {
        MainWindow window;
        WorkshopsPage* page = openKashiwa(window);
        QVERIFY(page);
        PipelineBoard* board = page->board();
        const QUuid someone = board->columnModel(Stage::WorkshopPassed)->cardAt(0).candidateId;
        QVERIFY(board->focusCandidate(someone));
        auto* button = board->findChild<QToolButton*>(QStringLiteral("boardPrint"));
        QVERIFY(button);
        const QString pdf = m_dir.filePath(QStringLiteral("board-blank.pdf"));
        FileDialog::setNextFileName(pdf);
        findAction(button->menu(), QStringLiteral("blankSheetPdf"))->trigger();
        QVERIFY2(pdfText(pdf).contains(AssessmentSheet::candidateCode(someone)),
                 qPrintable(MessageBox::lastRecorded()));
        QVERIFY(pdfText(pdf).contains(QStringLiteral("Assessor (name)")));
    }

    void theRosterAndThePaperComeFromTheFileMenu()
    {
        MainWindow window;
        QVERIFY(openKashiwa(window));
        auto* paperLetter = window.findChild<QAction*>(QStringLiteral("paper_letter"));
        QVERIFY(paperLetter);
        paperLetter->trigger();
        QCOMPARE(PrintSettings::paper(), PrintSettings::Paper::Letter);
        auto* printMenu = window.findChild<QMenu*>(QStringLiteral("printMenu"));
        const QString roster = m_dir.filePath(QStringLiteral("roster.pdf"));
        FileDialog::setNextFileName(roster);
        findAction(printMenu, QStringLiteral("rosterPdf"))->trigger();
        QVERIFY(pdfText(roster).contains(QStringLiteral("SATO")));
        QString info;
        run(QStringLiteral("pdfinfo"), {roster}, &info);
        // US Letter, across the page: the roster is printed landscape so that no word breaks.
        QVERIFY2(info.contains(QStringLiteral("792 x 612 pts (letter)")), qPrintable(info));
        window.findChild<QAction*>(QStringLiteral("paper_a4"))->trigger();
        QCOMPARE(PrintSettings::paper(), PrintSettings::Paper::A4);
    }

    void resultLettersAreWrittenWithTheirTextAndRecordTheInforming()
    {
        MainWindow window;
        WorkshopsPage* page = openKashiwa(window, QStringLiteral("Nairobi"));
        QVERIFY(page);
        Store* store = const_cast<Store*>(window.store());
        const QUuid workshop = kashiwa(*store, QStringLiteral("Nairobi"));
        const int pendingBefore = int(store->decisions().toInform(workshop).value().size());
        QVERIFY(pendingBefore > 0);

        auto* button = page->findChild<QToolButton*>(QStringLiteral("printWorkshop"));
        findAction(button->menu(), QStringLiteral("resultLetters"))->trigger();
        ResultLettersDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<ResultLettersDialog*>()) != nullptr);
        dialog->setDecision(Stage::Selected);
        auto* recipients = dialog->findChild<QTableWidget*>(QStringLiteral("letterRecipients"));
        const int letters = recipients->rowCount();
        QVERIFY(letters >= 1);

        // The text edited here is kept in the file and used by the letters.
        auto* body = dialog->findChild<QPlainTextEdit*>(QStringLiteral("letterBody"));
        QVERIFY(body->toPlainText().contains(QStringLiteral("{workshop}")));
        body->setPlainText(
            body->toPlainText().replace(QStringLiteral("Yours sincerely,"), QStringLiteral("With kind regards,")));
        QVERIFY(dialog->saveText());
        QVERIFY(!store->letters().templateFor(Stage::Selected, QStringLiteral("en")).value().meta.isNew());
        // Who signs is set here, for the file: the letters carry it, not the account printing.
        auto* signatoryName = dialog->findChild<QLineEdit*>(QStringLiteral("signatoryName"));
        auto* signatoryTitle = dialog->findChild<QLineEdit*>(QStringLiteral("signatoryTitle"));
        QVERIFY(signatoryName && signatoryTitle);
        QVERIFY(signatoryName->text().isEmpty());
        signatoryTitle->setText(QStringLiteral("Programme Manager"));
        QVERIFY(!dialog->saveSignatory());  // a title without a name is refused, saying so
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("needs their name")),
                 qPrintable(MessageBox::lastRecorded()));
        signatoryName->setText(QStringLiteral("Ana Pereira"));
        QVERIFY(dialog->saveSignatory());
        QCOMPARE(store->settings().letterSignatory().name, QStringLiteral("Ana Pereira"));
        QCOMPARE(store->settings().letterSignatory().title, QStringLiteral("Programme Manager"));
        auto* language = dialog->findChild<QComboBox*>(QStringLiteral("letterLanguage"));
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        screenshot(*dialog, QStringLiteral("result-letters.png"));

        const QString folder = m_dir.filePath(QStringLiteral("letters"));
        QVERIFY(QDir().mkpath(folder));
        FileDialog::setNextFileName(folder);
        MessageBox::setNextAnswer(true);
        QCOMPARE(dialog->writeLetters(), letters);
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("as informed by letter")),
                 qPrintable(MessageBox::lastRecorded()));
        const QStringList pdfs = QDir(folder).entryList({QStringLiteral("*.pdf")});
        QCOMPARE(pdfs.size(), letters);
        QVERIFY(QDir(folder).entryList({QStringLiteral("*.eml")}).size() >= 1);
        // Each count its own plural: the drafts are not counted in the letters' number.
        const qsizetype drafts = QDir(folder).entryList({QStringLiteral("*.eml")}).size();
        QVERIFY2(MessageBox::lastRecorded().contains(
                     drafts == 1 ? QStringLiteral("with 1 e-mail draft.")
                                 : QStringLiteral("with %1 e-mail drafts.").arg(QString::number(drafts))),
                 qPrintable(MessageBox::lastRecorded()));
        QVERIFY2(MessageBox::lastRecorded().contains(letters == 1 ? QStringLiteral("1 letter written")
                                                                  : QStringLiteral("%1 letters written").arg(letters)),
                 qPrintable(MessageBox::lastRecorded()));
        for (const QString& pdf : pdfs) {
            const QString text = pdfText(QDir(folder).filePath(pdf)).simplified();
            QVERIFY(text.contains(QStringLiteral("With kind regards,")));
            QVERIFY2(text.contains(QStringLiteral("Ana Pereira Programme Manager WCO Secretariat")), qPrintable(text));
            QVERIFY(!text.contains(QFileInfo(store->path()).fileName()));
        }
        QVERIFY(int(store->decisions().toInform(workshop).value().size()) < pendingBefore);
        dialog->close();
    }

    void aRealPrintJobGoesThroughCupsToThePdfPrinter()
    {
        if (!QPrinterInfo::availablePrinterNames().contains(QStringLiteral("AD-PDF"))) {
            // scripts/test made the queue: a skip there would pass without printing anything.
            if (qEnvironmentVariableIsSet("AD_REQUIRE_PRINTER")) {
                QFAIL("scripts/test added the CUPS queue \"AD-PDF\", but this process does not see it.");
            }
            QSKIP("No CUPS queue \"AD-PDF\": scripts/test installs cups and printer-driver-cups-pdf, starts cupsd and "
                  "adds the queue (lpadmin -p AD-PDF -E -v cups-pdf:/ -P .../CUPS-PDF_opt.ppd).");
        }
        MainWindow window;
        WorkshopsPage* page = openKashiwa(window);
        QVERIFY(page);
        const QDateTime started = QDateTime::currentDateTime().addSecs(-1);
        const QString folder = cupsPdfFolder();
        DocumentPrinter::setNextPrinterName(QStringLiteral("AD-PDF"));
        auto* button = page->findChild<QToolButton*>(QStringLiteral("printWorkshop"));
        findAction(button->menu(), QStringLiteral("participantListPrint"))->trigger();
        QVERIFY2(MessageBox::lastRecorded().isEmpty() ||
                     !MessageBox::lastRecorded().contains(QStringLiteral("Not printed")),
                 qPrintable(MessageBox::lastRecorded()));
        // cups-pdf names the file after the job's title: the newest such file since the job
        // was sent. It distils the job again through PostScript, so its text comes back as
        // glyphs without letters: compare pages, paper and how many glyphs were drawn with
        // the PDF of the very same document.
        QString produced;
        qint64 lastSize = -1;
        // Arrived when the newest such file has stopped growing between two looks and reads
        // as a PDF: on a loaded machine the backend may still be writing it.
        const auto arrived = [&]() {
            QString newest;
            QDirIterator it(folder, {QStringLiteral("Participant*list*.pdf")}, QDir::Files);
            while (it.hasNext()) {
                const QString path = it.next();
                if (QFileInfo(path).lastModified() >= started && QFileInfo(path).size() > 0) {
                    newest = path;
                }
            }
            if (newest.isEmpty()) {
                return false;
            }
            const qint64 size = QFileInfo(newest).size();
            const bool settled = newest == produced && size == lastSize;
            produced = newest;
            lastSize = size;
            return settled && run(QStringLiteral("pdfinfo"), {newest}) == 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(arrived(), 90000);
        const QString own = m_dir.filePath(QStringLiteral("own-participants.pdf"));
        FileDialog::setNextFileName(own);
        findAction(button->menu(), QStringLiteral("participantListPdf"))->trigger();
        QString ownInfo;
        QString queueInfo;
        run(QStringLiteral("pdfinfo"), {own}, &ownInfo);
        run(QStringLiteral("pdfinfo"), {produced}, &queueInfo);
        const auto pages = [](const QString& info) {
            return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
        };
        QVERIFY(pages(queueInfo) >= 1);
        QCOMPARE(pages(queueInfo), pages(ownInfo));
        QVERIFY2(queueInfo.contains(QStringLiteral("(A4)")), qPrintable(queueInfo));
        const auto glyphs = [](const QString& pdf) {
            QString out;
            run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}, &out);
            return int(out.remove(QRegularExpression(QStringLiteral("\\s"))).size());
        };
        const int expected = glyphs(own);
        QVERIFY(expected > 200);
        QVERIFY2(
            qAbs(glyphs(produced) - expected) <= expected / 20,
            qPrintable(QStringLiteral("%1 glyphs printed, %2 in the document").arg(glyphs(produced)).arg(expected)));
        QFile::remove(produced);
    }
};

AD_TEST_MAIN(TestPrinting)
#include "TestPrinting.moc"
