// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

/// "File > Print", the menus an action sits in from the menu bar down; empty when the action
/// is in no menu (a shortcut of an area or the window itself).
QString menuPath(const QAction* action)
{
    for (QObject* object : action->associatedObjects()) {
        auto* menu = qobject_cast<QMenu*>(object);
        if (!menu) {
            continue;
        }
        QStringList path;
        for (QWidget* w = menu; w; w = w->parentWidget()) {
            if (auto* m = qobject_cast<QMenu*>(w)) {
                path.prepend(ShortcutsDialog::plainText(m->title()));
            }
        }
        return path.join(ShortcutsDialog::tr(" > "));
    }
    return {};
}

/// Whether `object` belongs to a dialog of the window (the guide's own Find) rather than to
/// the window: a dialog's shortcuts work only inside it.
bool inDialog(const QObject* object, const QWidget* window)
{
    for (const QObject* o = object->parent(); o && o != window; o = o->parent()) {
        if (qobject_cast<const QDialog*>(o)) {
            return true;
        }
    }
    return false;
}

struct Row {
    QString what;
    QString where;
    QString keys;
};

}  // namespace

QString ShortcutsDialog::plainText(const QString& text)
{
    QString plain = text;
    plain.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    plain.remove(QLatin1Char('&'));
    plain.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (plain.endsWith(QChar(0x2026))) {
        plain.chop(1);
    }
    if (plain.endsWith(QStringLiteral("..."))) {
        plain.chop(3);
    }
    return plain.trimmed();
}

ShortcutsDialog::ShortcutsDialog(QWidget* window, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    QList<Row> rows;
    for (const QAction* action : window->findChildren<QAction*>()) {
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts()) {
            keys.append(key.toString(QKeySequence::NativeText));
        }
        if (keys.isEmpty() || action->text().isEmpty() || inDialog(action, window)) {
            continue;
        }
        rows.append({plainText(action->text()), menuPath(action), keys.join(tr(" or "))});
    }
    // A QShortcut has no text of its own: those that say what they do (whatsThis) are listed.
    for (const QShortcut* shortcut : window->findChildren<QShortcut*>()) {
        QStringList keys;
        for (const QKeySequence& key : shortcut->keys()) {
            keys.append(key.toString(QKeySequence::NativeText));
        }
        if (keys.isEmpty() || shortcut->whatsThis().isEmpty() || inDialog(shortcut, window)) {
            continue;
        }
        rows.append({shortcut->whatsThis(), QString(), keys.join(tr(" or "))});
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        // Menus first, in the menu bar's order would need the bar; by place then name reads well.
        if (a.where.isEmpty() != b.where.isEmpty()) {
            return !a.where.isEmpty();
        }
        if (a.where != b.where) {
            return a.where.localeAwareCompare(b.where) < 0;
        }
        return a.what.localeAwareCompare(b.what) < 0;
    });

    m_table = new QTableWidget(int(rows.size()), 3, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Menu"), tr("Keys")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows.at(i).what));
        m_table->setItem(i, 1,
                         new QTableWidgetItem(rows.at(i).where.isEmpty() ? tr("(in the window)") : rows.at(i).where));
        m_table->setItem(i, 2, new QTableWidgetItem(rows.at(i).keys));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 520);
}
