// SPDX-License-Identifier: GPL-3.0-or-later
// The stable keys of the domain's closed lists: the file, the CLI and JSON depend on them.
#include "domain/Vocabulary.h"
#include "TestMain.h"

#include <QSet>
#include <QTest>

class TestVocabulary : public QObject
{
    Q_OBJECT

private:
    template<typename E>
    void checkRoundTrip(int expectedCount)
    {
        const QList<E> values = allOf<E>();
        QCOMPARE(values.size(), expectedCount);
        QSet<QString> keys;
        for (E value : values) {
            const QString key = keyOf(value);
            QVERIFY2(!key.isEmpty(), "every value has a key");
            QVERIFY2(!labelOf(value).isEmpty(), "every value has a label");
            QCOMPARE(fromKey<E>(key), std::optional<E>(value));
            keys.insert(key);
        }
        QCOMPARE(keys.size(), expectedCount);
        QVERIFY(!fromKey<E>(QStringLiteral("no-such-key")).has_value());
    }

private slots:
    void stageKeysAreThoseOfTheDomain()
    {
        const QStringList expected = {
            QStringLiteral("applied"),         QStringLiteral("selected"),         QStringLiteral("waitlisted"),
            QStringLiteral("not_selected"),    QStringLiteral("confirmed"),        QStringLiteral("workshop_passed"),
            QStringLiteral("workshop_failed"), QStringLiteral("accredited"),       QStringLiteral("not_accredited"),
            QStringLiteral("withdrawn"),       QStringLiteral("commitment_ended"), QStringLiteral("retired")};
        QStringList actual;
        for (Stage stage : allOf<Stage>()) {
            actual.append(keyOf(stage));
        }
        QCOMPARE(actual, expected);
        QCOMPARE(keyList<Stage>(), expected.join(QStringLiteral(", ")));
    }

    void everyListRoundTrips()
    {
        checkRoundTrip<Stage>(12);
        checkRoundTrip<Region>(6);
        checkRoundTrip<Gender>(4);
        checkRoundTrip<LanguageLevel>(7);
        checkRoundTrip<EducationLevel>(5);
        checkRoundTrip<AttachmentKind>(3);
        checkRoundTrip<CriterionKind>(3);
        checkRoundTrip<ActivityKind>(4);
        checkRoundTrip<ActivityMode>(2);
        checkRoundTrip<InformChannel>(3);
    }

    void regionsAreTheSixWcoRegions()
    {
        QCOMPARE(labelOf(Region::AsiaPacific), QStringLiteral("Asia/Pacific"));
        QCOMPARE(keyOf(Region::NorthAfricaMiddleEast), QStringLiteral("north_africa_middle_east"));
    }
};

AD_TEST_GUILESS_MAIN(TestVocabulary)
#include "TestVocabulary.moc"
