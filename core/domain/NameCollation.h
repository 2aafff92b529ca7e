// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one order in which people are listed, on every path: the window's lists, every CLI
// listing, printed lists. The locale's collation (ICU), case ignored, numbers by value,
// family name before given names, so that "Müller" sorts with the "Mu"s, before "Mwangi",
// and "Élodie" with the "E"s. SQLite's ORDER BY compares bytes and puts every accented
// name after "z": lists of names are put in order here, never in SQL.

#include <QCollator>
#include <QCollatorSortKey>
#include <QList>
#include <QString>

#include <algorithm>
#include <utility>

class NameCollation
{
public:
    /// The collation of the application's locale; the "C" locale (a shell without LANG)
    /// collates as English, so that a script's output is in the same order as the window's.
    NameCollation();

    /// The text a person is sorted by: family name, then given names.
    static QString personText(const QString& familyName, const QString& givenNames);

    /// Negative, zero or positive as `a` sorts before, with or after `b`.
    int compare(const QString& a, const QString& b) const { return m_collator.compare(a, b); }
    /// The key `text` sorts by; comparing keys is much cheaper than comparing texts.
    QCollatorSortKey sortKey(const QString& text) const { return m_collator.sortKey(text); }

    /// Sorts `list` in place by `textOf(item)`, keeping the order of equal texts; one key
    /// per item rather than two per comparison.
    template<typename T, typename TextOf>
    void sort(QList<T>& list, TextOf textOf) const
    {
        QList<std::pair<QCollatorSortKey, qsizetype>> keys;
        keys.reserve(list.size());
        for (qsizetype i = 0; i < list.size(); ++i) {
            keys.append({sortKey(textOf(std::as_const(list).at(i))), i});
        }
        std::stable_sort(keys.begin(), keys.end(),
                         [](const auto& a, const auto& b) { return a.first.compare(b.first) < 0; });
        QList<T> sorted;
        sorted.reserve(list.size());
        for (const auto& key : std::as_const(keys)) {
            sorted.append(std::move(list[key.second]));
        }
        list = std::move(sorted);
    }

private:
    QCollator m_collator;
};
