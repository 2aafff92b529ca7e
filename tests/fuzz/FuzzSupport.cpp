// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

namespace {

QTemporaryDir* temporary = nullptr;
std::string temporaryPath;

}  // namespace

void FuzzSupport::start(int* argc, char*** argv)
{
    // Headless and in a fixed locale, as ctest runs the other tests.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("LC_ALL", "C.UTF-8");
    // Qt and the target's store live until the process ends: libFuzzer leaves through
    // exit(), when Qt's own globals may already be gone, so nothing of Qt is destroyed
    // then, and the folder is removed without Qt.
    new QCoreApplication(*argc, *argv);
    temporary = new QTemporaryDir();
    if (!temporary->isValid()) {
        qFatal("No temporary folder for the fuzz target's files: %s", qPrintable(temporary->errorString()));
    }
    temporary->setAutoRemove(false);
    temporaryPath = temporary->path().toStdString();
    std::atexit([] {
        std::error_code ignored;
        std::filesystem::remove_all(temporaryPath, ignored);
    });
}

QString FuzzSupport::folder()
{
    return temporary->path();
}

QString FuzzSupport::writeInput(const QString& name, const QByteArray& bytes)
{
    const QString path = temporary->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        qFatal("Cannot write the input to %s: %s", qPrintable(path), qPrintable(file.errorString()));
    }
    return path;
}

void FuzzSupport::clearFolder(const QStringList& keep)
{
    QDir dir(temporary->path());
    for (const QFileInfo& entry : dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (keep.contains(entry.fileName())) {
            continue;
        }
        if (entry.isDir()) {
            QDir(entry.absoluteFilePath()).removeRecursively();
        } else {
            QFile::remove(entry.absoluteFilePath());
        }
    }
}
