#pragma once
// File choosers behind one seam, so GUI tests can answer them without blocking.

#include <QString>

class QWidget;

class FileDialog
{
public:
    static QString openFileName(QWidget* parent, const QString& caption, const QString& directory);
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& directory);

    /// The next dialog returns `fileName` at once instead of showing itself; several calls
    /// answer the following dialogs in turn (tests only).
    static void setNextFileName(const QString& fileName);

    /// The filter that our files show under.
    static QString filter();
};
