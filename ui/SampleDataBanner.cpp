// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleDataBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

SampleDataBanner::SampleDataBanner(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("sampleDataBanner"));
    setStyleSheet(QStringLiteral("#sampleDataBanner { background: #dcebfa; border-bottom: 1px solid #8db4dc; } "
                                 "#sampleDataBanner QLabel { color: #0b2e52; }"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    auto* text = new QLabel(tr("<b>Sample data</b> — the candidates of this demo are fictional. Create your own file "
                               "for your real candidates."),
                            this);
    text->setObjectName(QStringLiteral("sampleDataText"));
    text->setWordWrap(true);
    layout->addWidget(text, 1);
    auto* create = new QPushButton(tr("&Create Your Own File…"), this);
    create->setObjectName(QStringLiteral("sampleDataNew"));
    connect(create, &QPushButton::clicked, this, &SampleDataBanner::createRequested);
    layout->addWidget(create);
    setAccessibleName(tr("Sample data"));
}
