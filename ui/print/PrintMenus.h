// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The print menus of the places that print: a candidate (their sheet in its three forms,
// their result letter), a workshop (the batch of sheets, the participant list, the
// Stage 2 results, the round summary, the letters) and the pool (the roster). Each entry
// offers preview, print and PDF; the document is made from the file when chosen.

#include <QCoreApplication>
#include <QUuid>

#include <functional>

class QMenu;
class QWidget;
class Store;

class PrintMenus
{
    Q_DECLARE_TR_FUNCTIONS(PrintMenus)

public:
    using StoreGetter = std::function<Store*()>;
    using IdGetter = std::function<QUuid()>;

    /// Sheet (filled, blank, anonymised) and result letter of the candidate `candidate` gives.
    static QMenu* candidateMenu(QWidget* parent, const StoreGetter& store, const IdGetter& candidate,
                                bool withLetter = true);
    /// Sheets of every participant (three forms), the participant list, the Stage 2 results,
    /// the round summary of its applicants, and "Result Letters…" (which calls `letters`).
    static QMenu* workshopMenu(QWidget* parent, const StoreGetter& store, const IdGetter& workshop,
                               const std::function<void()>& letters);
    static QMenu* rosterMenu(QWidget* parent, const StoreGetter& store);
};
