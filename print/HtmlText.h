// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small helpers that turn the user's text into the HTML the documents are built from:
// every piece of user text goes through esc(), so a "<" in a comment stays a "<".

#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QString>

namespace HtmlText {

/// `text` escaped, its line breaks kept.
inline QString esc(const QString& text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return html;
}

/// A date written out without the weekday, in the locale's order ("10 October 2023").
inline QString dateText(const QLocale& locale, const QDate& date)
{
    if (!date.isValid()) {
        return {};
    }
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(QRegularExpression(QStringLiteral("d{4}[,.]?\\s*")));
    return locale.toString(date, format.trimmed());
}

/// A table with the documents' ruled look; `extraStyle` adds e.g. a margin.
/// Borders are not collapsed: Qt's collapsing-border model looks up every cell's
/// neighbours for every edge, on every page drawn, and cost a third of all the time spent
/// printing a sheet (docs/performance.md). Each cell draws its own half-width border
/// instead, so two neighbours' edges make one rule of the usual width.
inline QString tableStart(const QString& extraStyle = QString())
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"0.5\" "
                          "style=\"border-color: #9aa5b1; border-style: solid; ") +
           extraStyle + QStringLiteral("\">");
}

}  // namespace HtmlText
