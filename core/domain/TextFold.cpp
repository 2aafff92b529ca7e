// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/TextFold.h"

#include <QList>

namespace {

bool isMark(char32_t c)
{
    const auto category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

// Appends `c` fully decomposed (canonical and compatibility mappings), without marks.
// Done character by character: QString::normalized() is quadratic on long text, and a
// pasted CV summary may be a megabyte.
void appendDecomposed(QString& out, char32_t c, int depth = 0)
{
    const QString mapping = QChar::decomposition(c);
    if (mapping.isEmpty() || depth > 4) {
        if (!isMark(c)) {
            out.append(QString::fromUcs4(&c, 1));
        }
        return;
    }
    for (const char32_t part : mapping.toUcs4()) {
        appendDecomposed(out, part, depth + 1);
    }
}

}  // namespace

QString TextFold::fold(const QString& text)
{
    QString folded;
    folded.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (c < 0x80) {
            folded.append(QChar(c));  // the common case, with nothing to decompose
        } else {
            appendDecomposed(folded, c);
        }
    }
    return folded.toCaseFolded();
}

QString TextFold::containsPattern(const QString& text)
{
    QString escaped;
    for (const QChar c : fold(text)) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\')) {
            escaped.append(QLatin1Char('\\'));
        }
        escaped.append(c);
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
