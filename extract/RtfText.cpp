// SPDX-License-Identifier: GPL-3.0-or-later
#include "RtfText.h"

#include <QSet>

#include <cctype>
#include <QStringDecoder>

namespace {

// Groups whose content is not the document's text.
const QSet<QByteArray> kSkippedDestinations = {
    "fonttbl",      "colortbl",  "stylesheet",        "info",    "pict",      "object",   "themedata", "datastore",
    "latentstyles", "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl", "mmathPr",   "header",
    "footer",       "headerl",   "headerr",           "footerl", "footerr",   "fldinst",  "filetbl",   "revtbl",
    "shppict",      "nonshppict"};

struct Group {
    bool skipped = false;
    int unicodeSkip = 1;  ///< \ucN: how many fallback characters follow a \u escape
};

}  // namespace

QString RtfText::read(const QByteArray& rtf)
{
    // \'hh escapes are bytes of the document's code page; Windows-1252 is what word
    // processors write for Western text, Latin-1 where the decoder lacks it.
    QStringDecoder cp1252("windows-1252");
    QString text;
    QList<Group> groups{Group{}};
    int pendingSkip = 0;  // fallback characters after a \u escape still to drop
    const auto put = [&](const QString& s) {
        if (!groups.last().skipped) {
            text += s;
        }
    };
    for (qsizetype i = 0; i < rtf.size(); ++i) {
        const char c = rtf.at(i);
        if (c == '{') {
            groups.append(groups.last());
            pendingSkip = 0;
            // {\*\destination ...}: an optional destination this reader does not know.
            if (i + 2 < rtf.size() && rtf.at(i + 1) == '\\' && rtf.at(i + 2) == '*') {
                groups.last().skipped = true;
            }
        } else if (c == '}') {
            if (groups.size() > 1) {
                groups.removeLast();
            }
            pendingSkip = 0;
        } else if (c == '\\' && i + 1 < rtf.size()) {
            const char next = rtf.at(i + 1);
            if (next == '\\' || next == '{' || next == '}') {
                if (pendingSkip > 0) {
                    --pendingSkip;
                } else {
                    put(QString(QLatin1Char(next)));
                }
                ++i;
            } else if (next == '\'' && i + 3 < rtf.size()) {
                const QByteArray byte = QByteArray::fromHex(rtf.mid(i + 2, 2));
                if (pendingSkip > 0) {
                    --pendingSkip;
                } else {
                    put(cp1252.isValid() ? cp1252.decode(byte) : QString::fromLatin1(byte));
                }
                i += 3;
            } else if (next == '~') {
                put(QString(QChar(0x00A0)));
                ++i;
            } else if (next == '_') {
                put(QStringLiteral("-"));
                ++i;
            } else if (std::isalpha(static_cast<unsigned char>(next))) {
                qsizetype end = i + 1;
                while (end < rtf.size() && std::isalpha(static_cast<unsigned char>(rtf.at(end)))) {
                    ++end;
                }
                const QByteArray word = rtf.mid(i + 1, end - i - 1);
                qsizetype numberEnd = end;
                if (numberEnd < rtf.size() && rtf.at(numberEnd) == '-') {
                    ++numberEnd;
                }
                while (numberEnd < rtf.size() && std::isdigit(static_cast<unsigned char>(rtf.at(numberEnd)))) {
                    ++numberEnd;
                }
                const bool hasNumber = numberEnd > end;
                const int number = hasNumber ? rtf.mid(end, numberEnd - end).toInt() : 0;
                i = numberEnd - 1;
                if (i + 1 < rtf.size() && rtf.at(i + 1) == ' ') {
                    ++i;  // the space that ends a control word is part of it
                }
                if (kSkippedDestinations.contains(word)) {
                    groups.last().skipped = true;
                } else if (word == "par" || word == "line" || word == "sect" || word == "page" || word == "row") {
                    put(QStringLiteral("\n"));
                } else if (word == "tab" || word == "cell") {
                    put(QStringLiteral("\t"));
                } else if (word == "uc") {
                    groups.last().unicodeSkip = number;
                } else if (word == "u" && hasNumber) {
                    put(QString(QChar(char16_t(number < 0 ? number + 65536 : number))));
                    pendingSkip = groups.last().unicodeSkip;
                }
            } else {
                ++i;  // another control symbol (\-, \|, \:): no text
            }
        } else if (c == '\r' || c == '\n') {
            // line breaks in RTF source are not text
        } else if (pendingSkip > 0) {
            --pendingSkip;
        } else {
            put(QString(QLatin1Char(c)));
        }
    }
    return text.trimmed();
}
