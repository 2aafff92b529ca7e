// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

#include <atomic>

namespace {

// Milliseconds to add to the computer's time; 0 unless a test set the clock. An atomic, so
// that a worker thread reading the clock never sees half a value.
std::atomic<qint64> g_offsetMs{0};

}  // namespace

QDateTime Clock::nowUtc()
{
    return QDateTime::currentDateTimeUtc().addMSecs(g_offsetMs.load(std::memory_order_relaxed));
}

QDateTime Clock::now()
{
    return nowUtc().toLocalTime();
}

QDate Clock::today()
{
    return now().date();
}

void Clock::setForTesting(const QDateTime& at)
{
    g_offsetMs.store(QDateTime::currentDateTimeUtc().msecsTo(at), std::memory_order_relaxed);
}

void Clock::resetForTesting()
{
    g_offsetMs.store(0, std::memory_order_relaxed);
}
