// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/DocumentPrinter.h"

#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"
#include "PageRenderer.h"
#include "PdfOutput.h"
#include "PrintSettings.h"

#include <QDir>
#include <QMenu>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace {
QString g_nextPrinter;
}

void DocumentPrinter::setNextPrinterName(const QString& name)
{
    g_nextPrinter = name;
}

bool DocumentPrinter::paint(QWidget* parent, const Maker& make, QPrinter* printer)
{
    const auto document = make();
    if (!document.ok()) {
        MessageBox::critical(parent, tr("Nothing to print"), document.message());
        return false;
    }
    const auto painted = PageRenderer::render(document.value(), *printer);
    if (!painted.ok()) {
        MessageBox::critical(parent, tr("Not printed"), painted.message());
        return false;
    }
    return true;
}

QPrintPreviewDialog* DocumentPrinter::preview(QWidget* parent, const Maker& make)
{
    // Made once first, so that a document that cannot be made says why instead of an
    // empty preview.
    if (const auto document = make(); !document.ok()) {
        MessageBox::critical(parent, tr("Nothing to print"), document.message());
        return nullptr;
    }
    auto* printer = new QPrinter(QPrinter::HighResolution);
    PageRenderer::preparePage(*printer, PrintSettings::paper());
    auto* dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setObjectName(QStringLiteral("printPreview"));
    dialog->setAccessibleName(tr("Print preview"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->resize(900, 1000);
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
            [parent, make](QPrinter* target) { paint(parent, make, target); });
    connect(dialog, &QObject::destroyed, dialog, [printer]() { delete printer; });
    dialog->open();
    return dialog;
}

bool DocumentPrinter::print(QWidget* parent, const Maker& make)
{
    const auto document = make();
    if (!document.ok()) {
        MessageBox::critical(parent, tr("Nothing to print"), document.message());
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    PageRenderer::preparePage(printer, PrintSettings::paper());
    // The job's title in the printer's queue (and cups-pdf's file name).
    printer.setDocName(document.value().sections.isEmpty() ? QStringLiteral("Accreditation Desk")
                                                           : document.value().sections.constFirst().title);
    printer.setCreator(QStringLiteral("Accreditation Desk"));
    if (!g_nextPrinter.isEmpty()) {
        printer.setPrinterName(std::exchange(g_nextPrinter, QString()));
    } else {
        QPrintDialog dialog(&printer, parent);
        dialog.setWindowTitle(tr("Print"));
        if (dialog.exec() != QDialog::Accepted) {
            return false;
        }
    }
    const auto painted = PageRenderer::render(document.value(), printer);
    if (!painted.ok()) {
        MessageBox::critical(parent, tr("Not printed"), painted.message());
        return false;
    }
    return true;
}

bool DocumentPrinter::exportPdf(QWidget* parent, const Maker& make, const QString& suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::exportFileName(parent, tr("Export as PDF"), QDir(folder).filePath(suggestedName),
                                                    tr("PDF files (*.pdf)"), QStringLiteral(".pdf"));
    if (path.isEmpty()) {
        return false;
    }
    const auto document = make();
    if (!document.ok()) {
        MessageBox::critical(parent, tr("Nothing to export"), document.message());
        return false;
    }
    const auto written = PdfOutput::write(document.value(), path, PrintSettings::paper());
    if (!written.ok()) {
        MessageBox::critical(parent, tr("Not exported"), written.message());
        return false;
    }
    return true;
}

QMenu* DocumentPrinter::menu(QWidget* parent, const QString& title, const QString& key, const Maker& make,
                             const QString& suggestedName)
{
    auto* menu = new QMenu(title, parent);
    menu->setObjectName(key + QStringLiteral("Menu"));
    QAction* preview =
        menu->addAction(tr("Print Pre&view…"), parent, [parent, make]() { DocumentPrinter::preview(parent, make); });
    preview->setObjectName(key + QStringLiteral("Preview"));
    QAction* print = menu->addAction(tr("&Print…"), parent, [parent, make]() { DocumentPrinter::print(parent, make); });
    print->setObjectName(key + QStringLiteral("Print"));
    QAction* pdf = menu->addAction(tr("Export as P&DF…"), parent,
                                   [parent, make, suggestedName]() { exportPdf(parent, make, suggestedName); });
    pdf->setObjectName(key + QStringLiteral("Pdf"));
    return menu;
}
