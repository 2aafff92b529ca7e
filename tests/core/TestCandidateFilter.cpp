// SPDX-License-Identifier: GPL-3.0-or-later
// The candidate list's filters, applied by the store in SQL.
#include "domain/Candidate.h"
#include "store/CandidateFilter.h"
#include "demo/DemoFile.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/Candidates.h"
#include "domain/Workshop.h"
#include "TestMain.h"

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
        for (const Candidate& c : m_store->candidates().find(filter).value()) {
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
        QCOMPARE(m_store->candidates().count().value(), 14);
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
        for (const Workshop& w : m_store->workshops().all().value()) {
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

    void aListReadsWhatItShowsAndTheSameCandidates()
    {
        CandidateFilter whole;
        whole.text = QStringLiteral("a");
        CandidateFilter listed = whole;
        listed.listedFieldsOnly = true;
        const QList<Candidate> full = m_store->candidates().find(whole).value();
        QList<Candidate> shown = m_store->candidates().find(listed).value();
        QCOMPARE(shown.size(), full.size());
        QVERIFY(shown.size() > 5);
        std::sort(shown.begin(), shown.end(), [](const Candidate& a, const Candidate& b) {
            return std::make_tuple(a.familyName, a.givenNames, a.meta.id.toString()) <
                   std::make_tuple(b.familyName, b.givenNames, b.meta.id.toString());
        });
        for (int i = 0; i < full.size(); ++i) {
            const Candidate& f = full.at(i);
            const Candidate& l = shown.at(i);
            QCOMPARE(l.meta.id, f.meta.id);
            QCOMPARE(l.sortName(), f.sortName());
            QCOMPARE(l.nationality, f.nationality);
            QCOMPARE(l.administration, f.administration);
            QCOMPARE(l.region, f.region);
            QCOMPARE(l.position, f.position);
            QCOMPARE(l.email, f.email);
            QCOMPARE(l.applicationDate, f.applicationDate);
            QCOMPARE(l.stage, f.stage);
            QCOMPARE(l.isArchived(), f.isArchived());
            // What the list does not show is not read: the editor reads the candidate whole.
            QVERIFY(l.iprExperience.isEmpty() && !f.iprExperience.isEmpty());
            QCOMPARE(l.meta.rowVersion, 0);
        }
    }
};

AD_TEST_GUILESS_MAIN(TestCandidateFilter)
#include "TestCandidateFilter.moc"
