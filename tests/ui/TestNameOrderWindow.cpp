// SPDX-License-Identifier: GPL-3.0-or-later
// The window lists candidates in the very order the CLI prints them (issue 13, defect 14):
// one collation for everyone, core/domain/NameCollation.h.
#include "domain/Candidate.h"
#include "candidates/CandidateListView.h"
#include "candidates/CandidateTableModel.h"
#include "demo/DemoFile.h"
#include "MainWindow.h"
#include "widgets/MessageBox.h"
#include "store/Store.h"
#include "store/Candidates.h"
#include "TestSupport.h"
#include "Translations.h"
#include "TestMain.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestNameOrderWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk name order tests"));
        QSettings().clear();
        Translations::install();
        MessageBox::recordInsteadOfShowing(true);
    }

    void theWindowListsInTheCliOrder()
    {
        const QString file = m_dir.filePath(QStringLiteral("names.accred"));
        QVERIFY(DemoFile::create(file).ok());
        {
            auto store = Store::open(file);
            QVERIFY(store.ok());
            // Names where byte order and the collation disagree, case included.
            const QList<std::pair<QString, QString>> renames = {
                {QStringLiteral("El Amrani"), QStringLiteral("Mwangi")},
                {QStringLiteral("Sato"), QString::fromUtf8("Müller")},
                {QStringLiteral("Njoroge"), QStringLiteral("mbeki")},
                {QStringLiteral("Diallo"), QString::fromUtf8("Öztürk")},
                {QStringLiteral("Tupou"), QStringLiteral("Ozu")},
            };
            for (const auto& [from, to] : renames) {
                Candidate c = store.value()->candidates().find(from).value().first();
                c.familyName = to;
                QVERIFY(store.value()->candidates().save(c).ok());
            }
        }
        QString out;
        QCOMPARE(run(QStringLiteral(AD_CLI_PATH), {QStringLiteral("candidates"), file, QStringLiteral("--json")}, &out),
                 0);
        QStringList cliOrder;
        for (const QJsonValue& value : QJsonDocument::fromJson(out.toUtf8()).array()) {
            cliOrder.append(value.toObject().value(QStringLiteral("family_name")).toString() + QLatin1Char(' ') +
                            value.toObject().value(QStringLiteral("given_names")).toString());
        }

        MainWindow window;
        window.show();
        QVERIFY(window.openFile(file));
        window.candidateList()->table()->sortByColumn(CandidateTableModel::FamilyName, Qt::AscendingOrder);
        QStringList windowOrder;
        auto* model = window.candidateModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            windowOrder.append(model->index(row, CandidateTableModel::FamilyName).data().toString() + QLatin1Char(' ') +
                               model->index(row, CandidateTableModel::GivenNames).data().toString());
        }
        QCOMPARE(windowOrder, cliOrder);
        QVERIFY(windowOrder.indexOf(QString::fromUtf8("Müller Haruka")) <
                windowOrder.indexOf(QStringLiteral("Mwangi Youssef")));
        QVERIFY(windowOrder.indexOf(QStringLiteral("mbeki Amani")) <
                windowOrder.indexOf(QString::fromUtf8("Müller Haruka")));
        QVERIFY(windowOrder.indexOf(QString::fromUtf8("Öztürk Aïssata")) <
                windowOrder.indexOf(QStringLiteral("Ozu Sione")));
    }
};

AD_TEST_MAIN(TestNameOrderWindow)
#include "TestNameOrderWindow.moc"
