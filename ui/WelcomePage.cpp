// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* column = new QWidget(this);
    column->setMaximumWidth(720);
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(12);

    auto* title = new QLabel(tr("Accreditation Desk"), column);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto* intro = new QLabel(tr("The accreditation of WCO IPR Technical and Operational Advisors, from the application "
                                "to the pool, in one file that you keep. Create a file, open one, or try the demo."),
                             column);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // Each way in says what it leads to: the demo's data is not the user's.
    auto* choices = new QGridLayout();
    choices->setHorizontalSpacing(16);
    choices->setColumnStretch(1, 1);
    auto* create = new QPushButton(tr("&New File…"), column);
    create->setObjectName(QStringLiteral("welcomeNew"));
    connect(create, &QPushButton::clicked, this, &WelcomePage::createRequested);
    auto* open = new QPushButton(tr("&Open File…"), column);
    open->setObjectName(QStringLiteral("welcomeOpen"));
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    auto* demo = new QPushButton(tr("Open the &Demo"), column);
    demo->setObjectName(QStringLiteral("welcomeDemo"));
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    const QList<QPair<QPushButton*, QString>> rows = {
        {create, tr("An empty file for your own call: its candidates, workshops, reviewers and advisors.")},
        {open, tr("A file (.accred) that you or a colleague already keep.")},
        {demo, tr("Sample data to try the program: the Kashiwa 2023 workshop and fourteen fictional candidates.")},
    };
    for (int row = 0; row < rows.size(); ++row) {
        auto* what = new QLabel(rows.at(row).second, column);
        what->setWordWrap(true);
        rows.at(row).first->setAccessibleDescription(rows.at(row).second);
        choices->addWidget(rows.at(row).first, row, 0);
        choices->addWidget(what, row, 1);
    }
    layout->addLayout(choices);

    auto* recentLabel = new QLabel(tr("&Recent files:"), column);
    layout->addSpacing(8);
    layout->addWidget(recentLabel);
    m_recent = new QListWidget(column);
    m_recent->setObjectName(QStringLiteral("welcomeRecent"));
    m_recent->setAccessibleName(tr("Recent files"));
    m_recent->setToolTip(tr("Press Enter or double-click to open the file."));
    m_recent->setStyleSheet(QStringLiteral("QListWidget::item { padding: 4px 6px; }"));
    recentLabel->setBuddy(m_recent);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (item) {
            emit recentChosen(item->data(Qt::UserRole).toString());
        }
    });
    layout->addWidget(m_recent, 1);
    m_noRecent = new QLabel(tr("No file opened yet: the files you open will be listed here."), column);
    m_noRecent->setObjectName(QStringLiteral("welcomeNoRecent"));
    m_noRecent->setWordWrap(true);
    layout->addWidget(m_noRecent);
    layout->addStretch();

    auto* centred = new QHBoxLayout();
    centred->addStretch();
    centred->addWidget(column, 3);
    centred->addStretch();
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 32, 24, 24);
    outer->addLayout(centred);
    setRecentFiles({});
}

void WelcomePage::setRecentFiles(const QStringList& paths)
{
    m_recent->clear();
    for (const QString& path : paths) {
        const QFileInfo file(path);
        // The name to recognise it by, and where it is: two files may share a name.
        QString text = file.fileName() + QLatin1Char('\n') + QDir::toNativeSeparators(file.absolutePath());
        if (!file.exists()) {
            text = tr("%1 (not found)").arg(text);
        }
        auto* item = new QListWidgetItem(text, m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    // As tall as its files: a tall empty box under three files looks like something is missing.
    if (!paths.isEmpty()) {
        m_recent->setMaximumHeight(m_recent->sizeHintForRow(0) * int(paths.size()) + 2 * m_recent->frameWidth() + 4);
    }
    m_recent->setCurrentRow(paths.isEmpty() ? -1 : 0);
    m_recent->setVisible(!paths.isEmpty());
    m_noRecent->setVisible(paths.isEmpty());
}
