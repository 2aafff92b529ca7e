// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ConflictDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace {

std::optional<ConflictDialog::Choice> g_nextChoice;

// Bookkeeping fields differ on every save and say nothing to the user.
bool isBookkeeping(const QString& key)
{
    return key == QLatin1String("row_version") || key == QLatin1String("modified_at") ||
           key == QLatin1String("modified_by") || key == QLatin1String("id");
}

QString shown(const QJsonValue& value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isNull() || value.isUndefined()) {
        return {};
    }
    if (value.isBool()) {
        return value.toBool() ? ConflictDialog::tr("yes") : ConflictDialog::tr("no");
    }
    if (value.isDouble()) {
        return QLocale().toString(value.toDouble());
    }
    return QString::fromUtf8(
        QJsonDocument(value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
            .toJson(QJsonDocument::Compact));
}

}  // namespace

ConflictDialog::ConflictDialog(const QString& recordName, const QJsonObject& mine, const QJsonObject& theirs,
                               const QString& theirAuthor, const QDateTime& theirTime, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Someone else saved %1").arg(recordName));
    for (auto it = mine.constBegin(); it != mine.constEnd(); ++it) {
        if (!isBookkeeping(it.key()) && theirs.value(it.key()) != it.value()) {
            m_differing.append(it.key());
        }
    }
    auto* intro = new QLabel(tr("%1 saved %2 at %3, after you opened it. Compare the two versions and choose "
                                "which to keep. Nothing has been overwritten.")
                                 .arg(theirAuthor.section(QLatin1Char('@'), 0, 0), recordName,
                                      QLocale().toString(theirTime.toLocalTime(), QLocale::ShortFormat)),
                             this);
    intro->setWordWrap(true);
    auto* table = new QTableWidget(int(m_differing.size()), 3, this);
    table->setObjectName(QStringLiteral("conflictTable"));
    table->setAccessibleName(tr("Differences between your version and theirs"));
    table->setHorizontalHeaderLabels({tr("Field"), tr("Yours"), tr("Theirs")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int row = 0; row < m_differing.size(); ++row) {
        const QString& key = m_differing.at(row);
        QString label = key;
        label.replace(QLatin1Char('_'), QLatin1Char(' '));
        label[0] = label.at(0).toUpper();
        table->setItem(row, 0, new QTableWidgetItem(label));
        table->setItem(row, 1, new QTableWidgetItem(shown(mine.value(key))));
        table->setItem(row, 2, new QTableWidgetItem(shown(theirs.value(key))));
    }
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* keepMine = buttons->addButton(tr("&Keep Mine"), QDialogButtonBox::AcceptRole);
    keepMine->setObjectName(QStringLiteral("keepMine"));
    QPushButton* takeTheirs = buttons->addButton(tr("&Take Theirs"), QDialogButtonBox::RejectRole);
    takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(keepMine, &QPushButton::clicked, this, [this]() {
        m_choice = Choice::KeepMine;
        accept();
    });
    connect(takeTheirs, &QPushButton::clicked, this, [this]() {
        m_choice = Choice::TakeTheirs;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(720, 360);
}

ConflictDialog::Choice ConflictDialog::ask(const QString& recordName, const QJsonObject& mine,
                                           const QJsonObject& theirs, const QString& theirAuthor,
                                           const QDateTime& theirTime, QWidget* parent)
{
    if (g_nextChoice) {
        return std::exchange(g_nextChoice, std::nullopt).value();
    }
    ConflictDialog dialog(recordName, mine, theirs, theirAuthor, theirTime, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.choice() : Choice::Cancel;
}

void ConflictDialog::setNextChoice(Choice choice)
{
    g_nextChoice = choice;
}
