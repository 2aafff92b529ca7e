// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One page's share of a long text, painted through to the real page: a paint device whose
// engine hands every drawing to the page's painter, except the lines of text that lie
// outside the page. QTextLayout draws the last line above its clip too (it starts from
// there); the page's clip hides that line on paper and on screen, but a PDF would keep its
// text, so copying the text or reading it aloud would meet the line that ends a page twice.

#include <QPaintDevice>
#include <QRectF>

#include <memory>

class QPainter;
class PageCanvasEngine;

class PageCanvas : public QPaintDevice
{
public:
    /// Draws on `page` (a painter already begun, transform and clip as the canvas's owner
    /// left them); text whose middle falls outside `visible` (in the page painter's
    /// coordinates) is left out.
    PageCanvas(QPainter& page, const QRectF& visible);
    ~PageCanvas() override;

    QPaintEngine* paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QPaintDevice* m_target;
    std::unique_ptr<PageCanvasEngine> m_engine;
};
