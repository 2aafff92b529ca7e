// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/NewFile.h"

#include <QFile>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace NewFile {

Placed place(const QString& temporary, const QString& target)
{
    const QByteArray from = QFile::encodeName(temporary);
    const QByteArray to = QFile::encodeName(target);
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0) {
        return Placed::Done;
    }
    if (errno == EEXIST) {
        return Placed::Exists;
    }
    if (errno != EINVAL && errno != ENOSYS) {
        return Placed::Failed;
    }
    // A file system without RENAME_NOREPLACE: a hard link fails just as atomically when the
    // name is taken; the temporary name is dropped after.
    if (::link(from.constData(), to.constData()) != 0) {
        return errno == EEXIST ? Placed::Exists : Placed::Failed;
    }
    ::unlink(from.constData());
    return Placed::Done;
}

}  // namespace NewFile
