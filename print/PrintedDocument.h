// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A document ready to be laid out on pages: one or more sections, each starting on a new
// page with its own running header (what the document is, whom it concerns, for which
// workshop) and its own page count in the footer ("Page 2 of 3"), so that the sheets of a
// batch, handed to different assessors, each stay whole. The body of a section is HTML
// in the subset QTextDocument reads; PageRenderer lays it out.

#include "Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QPageLayout>
#include <QString>

struct PrintSection {
    Q_DECLARE_TR_FUNCTIONS(PrintSection)

public:
    PrintSection();

    QString title;  ///< header, bold: what the document is ("Assessment sheet")
    QString subtitle;  ///< header: whom it concerns (a candidate, a code)
    QString context;  ///< header, right: the workshop and its dates, or the organisation
    QString html;  ///< the body
    /// Landscape for tables too wide for a portrait page (the pool roster).
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    /// Whether the footer says when and from which file it was printed: yes for the
    /// office's own documents, no for a letter that goes out.
    bool showsSource = true;

    /// How the footer speaks: the interface's language, or the letter's own.
    QLocale locale;
    QString pageLabel;  ///< "Page %1 of %2"
    QString printedLabel;  ///< "Printed %1"

    /// The footer in French, for a letter written in French.
    void speakFrench();
};

struct PrintedDocument {
    QString sourceFile;  ///< the Accreditation Desk file's name, shown in every footer
    QDateTime printedAt = Clock::now();
    QList<PrintSection> sections;
};
