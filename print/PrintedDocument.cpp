// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintedDocument.h"

PrintSection::PrintSection()
    : pageLabel(tr("Page %1 of %2"))
    , printedLabel(tr("Printed %1"))
{
}

void PrintSection::speakFrench()
{
    // A letter's own language, whatever the interface speaks (see LetterTemplate).
    locale = QLocale(QLocale::French, QLocale::France);
    pageLabel = QStringLiteral("Page %1 sur %2");
    printedLabel = QStringLiteral("Imprimé le %1");
}
