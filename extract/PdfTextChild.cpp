// SPDX-License-Identifier: GPL-3.0-or-later
// accreditation-desk-pdf-text: reads the PDF on its standard input and writes what Qt PDF
// found on its standard output (PdfText::read starts it, and stops it when it takes too
// long). Not for people: it has no options and prints no message.
#include "PdfPages.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QFile>

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    QFile input;
    QFile output;
    if (!input.open(stdin, QIODevice::ReadOnly) || !output.open(stdout, QIODevice::WriteOnly)) {
        return 2;
    }
    const PdfPages::Pages pages = PdfPages::read(input.readAll());
    {
        QDataStream stream(&output);
        stream.setVersion(QDataStream::Qt_6_4);
        stream << qint32(pages.problem) << pages.text;
    }
    output.close();
    std::fflush(stdout);
    // Without the clean-up at exit: what Qt PDF keeps for the life of the process is not
    // worth freeing (and a leak checker in a sanitizer build would report it as a failure).
    std::_Exit(0);
}
