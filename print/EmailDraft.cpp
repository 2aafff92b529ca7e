// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmailDraft.h"

#include <QLocale>
#include <QUuid>

namespace {

const QByteArray kCrlf("\r\n");

bool isPlainAscii(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 32 || c.unicode() > 126) {
            return false;
        }
    }
    return true;
}

QByteArray base64Lines(const QByteArray& content)
{
    const QByteArray encoded = content.toBase64();
    QByteArray lines;
    lines.reserve(encoded.size() + encoded.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76) {
        lines += encoded.mid(i, 76) + kCrlf;
    }
    return lines;
}

QByteArray mailbox(const QString& name, const QString& address)
{
    if (name.trimmed().isEmpty()) {
        return address.toUtf8();
    }
    QByteArray display;
    if (isPlainAscii(name)) {
        QString quoted = name;
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        display = '"' + quoted.toLatin1() + '"';
    } else {
        return EmailDraft::encodedWords(name) + kCrlf + " <" + address.toUtf8() + '>';
    }
    return display + " <" + address.toUtf8() + '>';
}

}  // namespace

QByteArray EmailDraft::encodedWords(const QString& text)
{
    if (isPlainAscii(text)) {
        return text.toLatin1();
    }
    // An encoded word is at most 75 characters; 36 bytes of UTF-8 (cut between characters,
    // never inside one) make 60, so that a header's name and its first word stay within
    // the 78 characters a line should keep to.
    QByteArrayList words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString one(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            one += text.at(++i);
        }
        const QByteArray bytes = one.toUtf8();
        if (chunk.size() + bytes.size() > 36) {
            words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty()) {
        words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
    }
    return words.join(kCrlf + ' ');  // folded: each word on its own line
}

QByteArray EmailDraft::toMime() const
{
    const QByteArray boundary = "=_ad_" + QUuid::createUuid().toByteArray(QUuid::Id128);
    QByteArray m;
    // RFC 5322 dates use English day and month names, whatever the user's language.
    const int offset = date.offsetFromUtc();
    const QString zone = QStringLiteral("%1%2%3")
                             .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                             .arg(qAbs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    m += "Date: " + QLocale::c().toString(date, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss ")).toLatin1() +
         zone.toLatin1() + kCrlf;
    if (!fromAddress.trimmed().isEmpty()) {
        m += "From: " + mailbox(fromName, fromAddress.trimmed()) + kCrlf;
    }
    m += "To: " + mailbox(toName, toAddress.trimmed()) + kCrlf;
    m += "Subject: " + encodedWords(subject) + kCrlf;
    m += "Message-ID: <" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@accreditation-desk.invalid>" +
         kCrlf;
    m += "X-Unsent: 1" + kCrlf;
    m += "MIME-Version: 1.0" + kCrlf;
    m += "Content-Type: multipart/mixed;" + kCrlf + " boundary=\"" + boundary + '"' + kCrlf;
    m += kCrlf;
    m += "This is a message in MIME format." + kCrlf;
    m += kCrlf + "--" + boundary + kCrlf;
    m += "Content-Type: text/plain; charset=UTF-8" + kCrlf;
    m += "Content-Transfer-Encoding: base64" + kCrlf + kCrlf;
    QString crlfText = text;
    crlfText.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    m += base64Lines(crlfText.toUtf8());
    if (!attachment.isEmpty()) {
        m += kCrlf + "--" + boundary + kCrlf;
        m += "Content-Type: application/pdf;" + kCrlf + " name=\"" + attachmentName.toLatin1() + '"' + kCrlf;
        m += "Content-Transfer-Encoding: base64" + kCrlf;
        m += "Content-Disposition: attachment;" + kCrlf + " filename=\"" + attachmentName.toLatin1() + '"' + kCrlf +
             kCrlf;
        m += base64Lines(attachment);
    }
    m += kCrlf + "--" + boundary + "--" + kCrlf;
    return m;
}
