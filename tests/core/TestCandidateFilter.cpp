// The candidate list's filters, applied by the store in SQL.
#include "Candidate.h"
#include "CandidateFilter.h"
#include "DemoFile.h"
#include "Store.h"
#include "Workshop.h"

#include <QTemporaryDir>
#include <QTest>

class TestCandidateFilter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    QStringList familyNames(const CandidateFilter& filter)
    {
        QStringList names;
        for (const Candidate& c : m_store->findCandidates(filter).value()) {
            names.append(c.familyName);
        }
        return names;
    }

private slots:
    void initTestCase()
    {
        const QString file = m_dir.filePath(QStringLiteral("demo.accred"));
        QVERIFY(DemoFile::create(file).ok());
        auto opened = Store::open(file, Store::Access::ReadOnly);
        QVERIFY(opened.ok());
        m_store = std::move(opened).value();
    }

    void noFilterListsEveryone()
    {
        QCOMPARE(familyNames({}).size(), 14);
        QCOMPARE(m_store->candidateCount().value(), 14);
    }

    void byStageAndRegion()
    {
        CandidateFilter accredited;
        accredited.stage = Stage::Accredited;
        QCOMPARE(familyNames(accredited), (QStringList{QStringLiteral("El Amrani"), QStringLiteral("Sato")}));
        CandidateFilter europe;
        europe.region = Region::Europe;
        QCOMPARE(familyNames(europe), (QStringList{QStringLiteral("Marchand"), QStringLiteral("Wróbel")}));
        CandidateFilter both = accredited;
        both.region = Region::Europe;
        QVERIFY(familyNames(both).isEmpty());
    }

    void byWorkshop()
    {
        QUuid kashiwa;
        for (const Workshop& w : m_store->workshops().value()) {
            if (w.title.contains(QStringLiteral("Kashiwa"))) {
                kashiwa = w.meta.id;
            }
        }
        CandidateFilter filter;
        filter.workshopId = kashiwa;
        const QStringList names = familyNames(filter);
        QCOMPARE(names.size(), 7);
        QVERIFY(names.contains(QStringLiteral("Sato")));
        QVERIFY(!names.contains(QStringLiteral("Marchand")));  // Brussels 2019
    }

    void notYetInformed()
    {
        CandidateFilter filter;
        filter.notYetInformed = true;
        // Njoroge's selection is the one decision still to be told; Diallo has had none.
        QCOMPARE(familyNames(filter), QStringList{QStringLiteral("Njoroge")});
    }

    void textWithOtherFilters()
    {
        CandidateFilter filter;
        filter.text = QStringLiteral("customs");
        const int all = int(familyNames(filter).size());
        filter.region = Region::AsiaPacific;
        QVERIFY(familyNames(filter).size() < all);
        filter.text = QStringLiteral("JAPAN");
        QCOMPARE(familyNames(filter), QStringList{QStringLiteral("Sato")});
    }
};

QTEST_GUILESS_MAIN(TestCandidateFilter)
#include "TestCandidateFilter.moc"
