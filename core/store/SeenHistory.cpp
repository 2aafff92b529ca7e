// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SeenHistory.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {

// One key per file identity and place: a backup or a restored copy (same identity, older
// history, another place) is not mistaken for the file rewritten.
QString keyOf(const QString& fileId, const QString& path)
{
    const QByteArray place =
        QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("heads/") + fileId + QLatin1Char('-') + QString::fromLatin1(place.left(16));
}

}  // namespace

QString SeenHistory::settingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/WCO/Accreditation Desk seen histories.ini");
}

std::optional<SeenHistory::Head> SeenHistory::remembered(const QString& fileId, const QString& path)
{
    const QSettings settings(settingsPath(), QSettings::IniFormat);
    const QString value = settings.value(keyOf(fileId, path)).toString();
    bool ok = false;
    const qint64 seq = value.section(QLatin1Char(' '), 0, 0).toLongLong(&ok);
    if (!ok || seq < 1) {
        return std::nullopt;
    }
    return Head{seq, value.section(QLatin1Char(' '), 1, 1)};
}

void SeenHistory::remember(const QString& fileId, const QString& path, const Head& head)
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    const QString key = keyOf(fileId, path);
    const QString value = QString::number(head.seq) + QLatin1Char(' ') + head.hash;
    // Every opening remembers the head; rewriting the settings (a locked, synced copy and a
    // rename) when it is the one already remembered would cost every command that only reads.
    if (settings.value(key).toString() == value) {
        return;
    }
    settings.setValue(key, value);
}
