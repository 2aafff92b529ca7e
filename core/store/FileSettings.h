// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The settings an open file keeps for everyone who opens it.
// Handed out by Store; every write goes through Store's one unit of work.

#include "Result.h"

#include <QCoreApplication>

class Store;

class FileSettings
{
    Q_DECLARE_TR_FUNCTIONS(FileSettings)

public:
    explicit FileSettings(Store& store);
    FileSettings(const FileSettings&) = delete;
    FileSettings& operator=(const FileSettings&) = delete;

private:
    Store& m_store;
};
