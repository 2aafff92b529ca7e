// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/PrintMenus.h"

#include "print/DocumentPrinter.h"
#include "PrintSource.h"
#include "store/Store.h"

#include <QMenu>

namespace {

Result<PrintedDocument> noFile()
{
    return Result<PrintedDocument>::failure(ErrorCode::NotFound, PrintMenus::tr("Open a file first."));
}

}  // namespace

QMenu* PrintMenus::candidateMenu(QWidget* parent, const StoreGetter& store, const IdGetter& candidate, bool withLetter)
{
    auto* menu = new QMenu(tr("Print"), parent);
    menu->setObjectName(QStringLiteral("candidatePrintMenu"));
    const auto sheet = [store, candidate](SheetOptions options) {
        return [store, candidate, options]() -> Result<PrintedDocument> {
            if (!store()) {
                return noFile();
            }
            if (candidate().isNull()) {
                return Result<PrintedDocument>::failure(ErrorCode::NotFound, tr("Choose a candidate first."));
            }
            return PrintSource(*store()).candidateSheet(candidate(), options);
        };
    };
    menu->addMenu(DocumentPrinter::menu(parent, tr("&Assessment Sheet"), QStringLiteral("sheet"), sheet({false, false}),
                                        tr("assessment-sheet.pdf")));
    menu->addMenu(DocumentPrinter::menu(parent, tr("&Blank Sheet"), QStringLiteral("blankSheet"), sheet({true, false}),
                                        tr("blank-sheet.pdf")));
    menu->addMenu(DocumentPrinter::menu(parent, tr("A&nonymised Sheet"), QStringLiteral("anonymousSheet"),
                                        sheet({false, true}), tr("anonymised-sheet.pdf")));
    if (withLetter) {
        const auto letter = [store, candidate]() -> Result<PrintedDocument> {
            if (!store()) {
                return noFile();
            }
            PrintSource source(*store());
            const auto made = source.letter(candidate());
            if (!made.ok()) {
                return Result<PrintedDocument>(made.error());
            }
            return source.letterDocument({made.value()});
        };
        menu->addMenu(DocumentPrinter::menu(parent, tr("&Result Letter"), QStringLiteral("letter"), letter,
                                            tr("result-letter.pdf")));
    }
    return menu;
}

QMenu* PrintMenus::workshopMenu(QWidget* parent, const StoreGetter& store, const IdGetter& workshop,
                                const std::function<void()>& letters)
{
    auto* menu = new QMenu(tr("Print"), parent);
    menu->setObjectName(QStringLiteral("workshopPrintMenu"));
    const auto sheets = [store, workshop](SheetOptions options) {
        return [store, workshop, options]() -> Result<PrintedDocument> {
            if (!store()) {
                return noFile();
            }
            return PrintSource(*store()).workshopSheets(workshop(), options);
        };
    };
    menu->addMenu(DocumentPrinter::menu(parent, tr("&Assessment Sheets"), QStringLiteral("workshopSheets"),
                                        sheets({false, false}), tr("assessment-sheets.pdf")));
    menu->addMenu(DocumentPrinter::menu(parent, tr("&Blank Sheets"), QStringLiteral("workshopBlankSheets"),
                                        sheets({true, false}), tr("blank-sheets.pdf")));
    menu->addMenu(DocumentPrinter::menu(parent, tr("A&nonymised Sheets"), QStringLiteral("workshopAnonymousSheets"),
                                        sheets({false, true}), tr("anonymised-sheets.pdf")));
    const auto list = [store, workshop]() -> Result<PrintedDocument> {
        if (!store()) {
            return noFile();
        }
        return PrintSource(*store()).participantList(workshop());
    };
    menu->addMenu(DocumentPrinter::menu(parent, tr("&Participant List"), QStringLiteral("participantList"), list,
                                        tr("participant-list.pdf")));
    const auto results = [store, workshop]() -> Result<PrintedDocument> {
        if (!store()) {
            return noFile();
        }
        return PrintSource(*store()).workshopResults(workshop());
    };
    menu->addMenu(DocumentPrinter::menu(parent, tr("Stage 2 &Results"), QStringLiteral("workshopResults"), results,
                                        tr("stage-2-results.pdf")));
    const auto summary = [store, workshop]() -> Result<PrintedDocument> {
        if (!store()) {
            return noFile();
        }
        return PrintSource(*store()).roundSummary(workshop());
    };
    menu->addMenu(DocumentPrinter::menu(parent, tr("Round &Summary"), QStringLiteral("workshopSummary"), summary,
                                        tr("round-summary.pdf")));
    menu->addSeparator();
    QAction* lettersAction = menu->addAction(tr("Result &Letters…"), parent, letters);
    lettersAction->setObjectName(QStringLiteral("resultLetters"));
    return menu;
}

QMenu* PrintMenus::rosterMenu(QWidget* parent, const StoreGetter& store)
{
    return DocumentPrinter::menu(
        parent, tr("Pool &Roster"), QStringLiteral("roster"),
        [store]() -> Result<PrintedDocument> {
            if (!store()) {
                return noFile();
            }
            return PrintSource(*store()).poolRoster();
        },
        tr("pool-roster.pdf"));
}
