// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageCanvas.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QTextItem>

// Takes the painter's state as it comes (every feature claimed, so QPainter neither
// transforms nor clips on its behalf) and replays each call on the page's painter.
class PageCanvasEngine : public QPaintEngine
{
public:
    PageCanvasEngine(QPainter& page, const QRectF& visible)
        : QPaintEngine(QPaintEngine::AllFeatures)
        , m_page(page)
        , m_visible(visible)
        , m_base(page.worldTransform())
    {
    }

    bool begin(QPaintDevice*) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState& state) override
    {
        const DirtyFlags dirty = state.state();
        if (dirty & DirtyPen) {
            m_page.setPen(state.pen());
        }
        if (dirty & DirtyBrush) {
            m_page.setBrush(state.brush());
        }
        if (dirty & DirtyBrushOrigin) {
            m_page.setBrushOrigin(state.brushOrigin());
        }
        if (dirty & DirtyFont) {
            m_page.setFont(state.font());
        }
        if (dirty & DirtyBackground) {
            m_page.setBackground(state.backgroundBrush());
        }
        if (dirty & DirtyBackgroundMode) {
            m_page.setBackgroundMode(state.backgroundMode());
        }
        if (dirty & DirtyTransform) {
            m_transform = state.transform();
            m_page.setWorldTransform(m_transform * m_base);
        }
        if (dirty & DirtyHints) {
            m_page.setRenderHints(state.renderHints());
        }
        if (dirty & DirtyCompositionMode) {
            m_page.setCompositionMode(state.compositionMode());
        }
        if (dirty & DirtyOpacity) {
            m_page.setOpacity(state.opacity());
        }
        // Clips are the page's: its painter clips to the page already, and the layout of a
        // document sets none of its own.
    }

    void drawTextItem(const QPointF& at, const QTextItem& item) override
    {
        const qreal middle = at.y() + (item.descent() - item.ascent()) / 2;
        const QPointF onPage = m_transform.map(QPointF(at.x(), middle));
        if (onPage.y() < m_visible.top() || onPage.y() > m_visible.bottom()) {
            return;  // the line that ends the page before, or begins the next
        }
        m_page.drawTextItem(at, item);
    }

    void drawPath(const QPainterPath& path) override { m_page.drawPath(path); }
    void drawRects(const QRectF* rects, int count) override { m_page.drawRects(rects, count); }
    void drawLines(const QLineF* lines, int count) override { m_page.drawLines(lines, count); }
    void drawEllipse(const QRectF& rect) override { m_page.drawEllipse(rect); }
    void drawPoints(const QPointF* points, int count) override { m_page.drawPoints(points, count); }
    void drawPolygon(const QPointF* points, int count, PolygonDrawMode mode) override
    {
        switch (mode) {
        case PolylineMode:
            m_page.drawPolyline(points, count);
            break;
        case WindingMode:
            m_page.drawPolygon(points, count, Qt::WindingFill);
            break;
        case OddEvenMode:
        case ConvexMode:
            m_page.drawPolygon(points, count, Qt::OddEvenFill);
            break;
        }
    }
    void drawPixmap(const QRectF& target, const QPixmap& pixmap, const QRectF& source) override
    {
        m_page.drawPixmap(target, pixmap, source);
    }
    void drawImage(const QRectF& target, const QImage& image, const QRectF& source,
                   Qt::ImageConversionFlags flags) override
    {
        m_page.drawImage(target, image, source, flags);
    }
    void drawTiledPixmap(const QRectF& target, const QPixmap& pixmap, const QPointF& offset) override
    {
        m_page.drawTiledPixmap(target, pixmap, offset);
    }

private:
    QPainter& m_page;
    QRectF m_visible;
    QTransform m_base;  ///< the page painter's transform when the canvas was made
    QTransform m_transform;  ///< the canvas painter's, applied on top of m_base
};

PageCanvas::PageCanvas(QPainter& page, const QRectF& visible)
    : m_target(page.device())
    , m_engine(std::make_unique<PageCanvasEngine>(page, visible))
{
}

PageCanvas::~PageCanvas() = default;

QPaintEngine* PageCanvas::paintEngine() const
{
    return m_engine.get();
}

int PageCanvas::metric(PaintDeviceMetric metric) const
{
    // The page's own measures, so that fonts and lengths come out as on the page.
    switch (metric) {
    case PdmWidth:
        return m_target->width();
    case PdmHeight:
        return m_target->height();
    case PdmWidthMM:
        return m_target->widthMM();
    case PdmHeightMM:
        return m_target->heightMM();
    case PdmNumColors:
        return m_target->colorCount();
    case PdmDepth:
        return m_target->depth();
    case PdmDpiX:
        return m_target->logicalDpiX();
    case PdmDpiY:
        return m_target->logicalDpiY();
    case PdmPhysicalDpiX:
        return m_target->physicalDpiX();
    case PdmPhysicalDpiY:
        return m_target->physicalDpiY();
    case PdmDevicePixelRatio:
        return int(m_target->devicePixelRatio());
    case PdmDevicePixelRatioScaled:
        return int(m_target->devicePixelRatio() * devicePixelRatioFScale());
    }
    return QPaintDevice::metric(metric);
}
