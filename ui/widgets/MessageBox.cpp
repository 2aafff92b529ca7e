// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/MessageBox.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

#include <utility>

namespace {
bool g_record = false;
bool g_nextAnswer = false;
std::optional<int> g_nextNumber;
std::optional<QString> g_nextText;
MessageBox::UnsavedChoice g_nextUnsaved = MessageBox::UnsavedChoice::Cancel;
QString g_last;
QStringList g_all;

void recordText(const QString& text)
{
    g_last = text;
    g_all.append(text);
}
}  // namespace

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    if (g_record) {
        recordText(text);
        return;
    }
    QMessageBox::critical(parent, title, text);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    if (g_record) {
        recordText(text);
        return;
    }
    QMessageBox::information(parent, title, text);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    if (g_record) {
        g_last = text;
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void MessageBox::recordInsteadOfShowing(bool record)
{
    g_record = record;
    g_last.clear();
    g_all.clear();
}

QStringList MessageBox::allRecorded()
{
    return g_all;
}

QString MessageBox::lastRecorded()
{
    return g_last;
}

bool MessageBox::question(QWidget* parent, const QString& title, const QString& text, const QString& yesText)
{
    if (g_record) {
        recordText(text);
        return std::exchange(g_nextAnswer, false);
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton* yes = box.addButton(yesText, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void MessageBox::setNextAnswer(bool yes)
{
    g_nextAnswer = yes;
}

std::optional<int> MessageBox::number(QWidget* parent, const QString& title, const QString& label, int value,
                                      int minimum, int maximum)
{
    if (g_record) {
        recordText(label);
        return std::exchange(g_nextNumber, std::nullopt);
    }
    bool ok = false;
    const int chosen = QInputDialog::getInt(parent, title, label, value, minimum, maximum, 1, &ok);
    return ok ? std::optional<int>(chosen) : std::nullopt;
}

void MessageBox::setNextNumber(int number)
{
    g_nextNumber = number;
}

MessageBox::UnsavedChoice MessageBox::askToSave(QWidget* parent, const QString& what)
{
    const QString text = QCoreApplication::translate("MessageBox", "Save your changes to %1?").arg(what);
    if (g_record) {
        recordText(text);
        return std::exchange(g_nextUnsaved, UnsavedChoice::Cancel);
    }
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("MessageBox", "Unsaved changes"), text,
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(QCoreApplication::translate("MessageBox", "If you do not save, your changes are lost."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return UnsavedChoice::Save;
    case QMessageBox::Discard:
        return UnsavedChoice::Discard;
    default:
        return UnsavedChoice::Cancel;
    }
}

void MessageBox::setNextUnsavedChoice(UnsavedChoice choice)
{
    g_nextUnsaved = choice;
}

std::optional<QString> MessageBox::text(QWidget* parent, const QString& title, const QString& label)
{
    if (g_record) {
        recordText(label);
        return std::exchange(g_nextText, std::nullopt);
    }
    bool ok = false;
    const QString answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), &ok);
    return ok ? std::optional<QString>(answer) : std::nullopt;
}

void MessageBox::setNextText(const QString& text)
{
    g_nextText = text;
}
