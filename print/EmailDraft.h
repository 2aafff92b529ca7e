// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An e-mail draft (.eml, RFC 5322 with MIME) that a mail program opens ready to send: the
// letter's text as the message, its PDF attached. Marked X-Unsent so that Outlook and
// Thunderbird open it as a draft rather than as a received message.

#include "Clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

struct EmailDraft {
    QString fromName;
    QString fromAddress;  ///< the officer's; the From header is left out when unknown
    QString toName;
    QString toAddress;
    QString subject;
    QString text;
    QString attachmentName;  ///< ASCII file name of the PDF
    QByteArray attachment;
    QDateTime date = Clock::now();

    /// The message: CRLF line endings, UTF-8 text and headers (RFC 2047 encoded words),
    /// base64 parts in lines of 76 characters.
    QByteArray toMime() const;

    /// `text` as RFC 2047 encoded words when it is not plain ASCII.
    static QByteArray encodedWords(const QString& text);
};
