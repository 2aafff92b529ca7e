// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageRenderer.h"

#include "PageCanvas.h"
#include "PrintedDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace {

constexpr qreal kHeaderMm = 15.0;
constexpr qreal kFooterMm = 11.0;
const QColor kRule(0x1f, 0x3a, 0x5f);  // the dark blue of the headings
const QColor kMuted(0x55, 0x5f, 0x6b);  // running header and footer text

qreal mm(qreal millimetres, int dpi)
{
    return millimetres * dpi / 25.4;
}

QFont font(qreal points, bool bold = false)
{
    QFont f(PageRenderer::fontFamily());
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleHint(QFont::SansSerif);
    return f;
}

/// The style every body shares; documents add their own classes.
QString styleSheet()
{
    return QStringLiteral(
        "h1 { font-size: 15pt; font-weight: bold; color: #1f3a5f; margin-top: 0px; margin-bottom: 4px; }"
        "h2 { font-size: 11.5pt; font-weight: bold; color: #1f3a5f; margin-top: 12px; margin-bottom: 4px; }"
        "h3 { font-size: 10pt; font-weight: bold; margin-top: 8px; margin-bottom: 2px; }"
        "p { margin-top: 0px; margin-bottom: 6px; }"
        "th { background-color: #e8edf3; font-weight: bold; text-align: left; font-size: 8.5pt; }"
        ".muted { color: #555f6b; }"
        ".small { font-size: 8.5pt; }"
        ".consensus { background-color: #eef3e8; }"
        ".box { font-size: 11pt; }"
        ".lead { font-size: 11pt; }"
        "td { font-size: 9pt; }");
}

void drawHeader(QPainter& painter, const PrintSection& section, const QRectF& band, int dpi)
{
    const qreal gap = mm(4, dpi);
    const QRectF left(band.left(), band.top(), band.width() * 0.45 - gap / 2, band.height());
    const QRectF right(band.left() + band.width() * 0.45 + gap / 2, band.top(), band.width() * 0.55 - gap / 2,
                       band.height());
    painter.setPen(Qt::black);
    painter.setFont(font(10, true));
    QFontMetricsF titleMetrics(painter.font(), painter.device());
    const qreal line = titleMetrics.height();
    painter.drawText(QRectF(left.left(), left.top(), left.width(), line), Qt::AlignLeft | Qt::AlignTop,
                     titleMetrics.elidedText(section.title, Qt::ElideRight, left.width()));
    painter.setFont(font(8.5));
    painter.setPen(kMuted);
    QFontMetricsF small(painter.font(), painter.device());
    painter.drawText(QRectF(left.left(), left.top() + line, left.width(), small.height()), Qt::AlignLeft | Qt::AlignTop,
                     small.elidedText(section.subtitle, Qt::ElideRight, left.width()));
    // The context may take two lines (a workshop's title, then its dates).
    const QStringList lines = section.context.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size() && i < 2; ++i) {
        painter.drawText(QRectF(right.left(), right.top() + i * small.height(), right.width(), small.height()),
                         Qt::AlignRight | Qt::AlignTop, small.elidedText(lines.at(i), Qt::ElideRight, right.width()));
    }
    painter.setPen(QPen(kRule, mm(0.35, dpi)));
    const qreal y = band.bottom() - mm(3, dpi);
    painter.drawLine(QPointF(band.left(), y), QPointF(band.right(), y));
}

void drawFooter(QPainter& painter, const PrintedDocument& document, const PrintSection& section, const QRectF& band,
                int dpi, int page, int pages)
{
    painter.setPen(QPen(kRule.lighter(180), mm(0.25, dpi)));
    const qreal y = band.top() + mm(3, dpi);
    painter.drawLine(QPointF(band.left(), y), QPointF(band.right(), y));
    painter.setFont(font(8));
    painter.setPen(kMuted);
    QFontMetricsF metrics(painter.font(), painter.device());
    const QString pageText = section.pageLabel.arg(section.locale.toString(page), section.locale.toString(pages));
    const qreal pageWidth = metrics.horizontalAdvance(pageText) + mm(2, dpi);
    const QRectF text(band.left(), y + mm(1.5, dpi), band.width(), metrics.height());
    painter.drawText(text, Qt::AlignRight | Qt::AlignTop, pageText);
    if (!section.showsSource) {
        return;
    }
    const QString printed =
        section.printedLabel.arg(section.locale.toString(document.printedAt, QLocale::ShortFormat)) +
        QStringLiteral("  ·  ") + document.sourceFile;
    painter.drawText(QRectF(text.left(), text.top(), text.width() - pageWidth - mm(4, dpi), text.height()),
                     Qt::AlignLeft | Qt::AlignTop,
                     metrics.elidedText(printed, Qt::ElideMiddle, text.width() - pageWidth - mm(4, dpi)));
}

}  // namespace

QString PageRenderer::fontFamily()
{
    return QStringLiteral("DejaVu Sans");
}

void PageRenderer::preparePage(QPagedPaintDevice& device, PrintSettings::Paper paper)
{
    device.setPageLayout(QPageLayout(PrintSettings::pageSize(paper), QPageLayout::Portrait, QMarginsF(18, 14, 18, 12),
                                     QPageLayout::Millimeter));
}

Result<int> PageRenderer::render(const PrintedDocument& document, QPagedPaintDevice& device)
{
    // The first section's orientation is set before painting begins (a printer takes it
    // only then); a later section's before its first page.
    if (!document.sections.isEmpty()) {
        device.setPageOrientation(document.sections.constFirst().orientation);
    }
    QPainter painter;
    if (!painter.begin(&device)) {
        return Result<int>::failure(ErrorCode::Io, tr("Printing could not start: the printer or the file cannot be "
                                                      "written. Check where it goes and try again."));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const int dpi = device.logicalDpiY();

    const QFont bodyFont = font(9.5);
    const QString css = styleSheet();
    int painted = 0;
    for (const PrintSection& section : document.sections) {
        if (painted > 0 && device.pageLayout().orientation() != section.orientation) {
            device.setPageOrientation(section.orientation);
        }
        // The painter's origin is the corner of the printable area inside the margins.
        const QRect printable = device.pageLayout().paintRectPixels(dpi);
        const QRectF page(0, 0, printable.width(), printable.height());
        const QRectF header(page.left(), page.top(), page.width(), mm(kHeaderMm, dpi));
        const QRectF footer(page.left(), page.bottom() - mm(kFooterMm, dpi), page.width(), mm(kFooterMm, dpi));
        const QRectF body(page.left(), header.bottom(), page.width(), footer.top() - header.bottom());
        QTextDocument text;
        // Laid out for the device itself, so that point sizes, borders and paddings come out
        // at their size on paper (Qt scales pixel lengths from 96 dpi to the device's).
        text.documentLayout()->setPaintDevice(&device);
        text.setDefaultFont(bodyFont);
        QTextOption option = text.defaultTextOption();
        // A name or a pasted string without spaces breaks anywhere rather than runs off the page.
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        text.setDefaultTextOption(option);
        text.setDocumentMargin(0);
        text.setDefaultStyleSheet(css);
        // The page size before the content: set after, it lays the whole body out a second
        // time (the first layout, at the default width, is thrown away).
        text.setPageSize(body.size());
        text.setHtml(section.html);
        const int pages = text.pageCount();
        for (int index = 0; index < pages; ++index) {
            if (painted > 0 && !device.newPage()) {
                return Result<int>::failure(ErrorCode::Io, tr("A new page could not be started; the output is "
                                                              "incomplete and was not kept."));
            }
            drawHeader(painter, section, header, dpi);
            drawFooter(painter, document, section, footer, dpi, index + 1, pages);
            painter.save();
            painter.setClipRect(body);
            {
                // Drawn through a canvas that leaves out the line above the page, which
                // QTextLayout draws too (PageCanvas.h).
                PageCanvas canvas(painter, body);
                QPainter onCanvas(&canvas);
                onCanvas.translate(body.left(), body.top() - index * body.height());
                QAbstractTextDocumentLayout::PaintContext context;
                context.clip = QRectF(0, index * body.height(), body.width(), body.height());
                context.palette.setColor(QPalette::Text, Qt::black);
                text.documentLayout()->draw(&onCanvas, context);
            }
            painter.restore();
            ++painted;
        }
    }
    if (!painter.end()) {
        return Result<int>::failure(ErrorCode::Io, tr("Printing could not be finished."));
    }
    return painted;
}
