#include "MessageBox.h"

#include <QMessageBox>

namespace {
bool g_record = false;
QString g_last;
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    if (g_record) {
        g_last = text;
        return;
    }
    QMessageBox::critical(parent, title, text);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    if (g_record) {
        g_last = text;
        return;
    }
    QMessageBox::information(parent, title, text);
}

void MessageBox::recordInsteadOfShowing(bool record)
{
    g_record = record;
    g_last.clear();
}

QString MessageBox::lastRecorded()
{
    return g_last;
}
