// SPDX-License-Identifier: GPL-3.0-or-later
// NewFile::place: a made file gets its name only if nothing has it yet, in one step, so
// that two processes making one name at once never truncate each other's file.
#include "store/NewFile.h"
#include "TestMain.h"

#include <QFile>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool write(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

}  // namespace

class TestNewFile : public QObject
{
    Q_OBJECT

private slots:
    void aMadeFileTakesAFreeName()
    {
        QTemporaryDir dir;
        const QString temporary = dir.filePath(QStringLiteral(".made.partial"));
        const QString target = dir.filePath(QStringLiteral("made.accred"));
        QVERIFY(write(temporary, "whole"));
        QCOMPARE(NewFile::place(temporary, target), NewFile::Placed::Done);
        QCOMPARE(readAll(target), QByteArray("whole"));
        QVERIFY(!QFile::exists(temporary));
    }

    void aTakenNameIsLeftAsItWas()
    {
        QTemporaryDir dir;
        const QString temporary = dir.filePath(QStringLiteral(".made.partial"));
        const QString target = dir.filePath(QStringLiteral("made.accred"));
        QVERIFY(write(temporary, "mine"));
        QVERIFY(write(target, "someone else's"));
        QCOMPARE(NewFile::place(temporary, target), NewFile::Placed::Exists);
        QCOMPARE(readAll(target), QByteArray("someone else's"));
        QCOMPARE(readAll(temporary), QByteArray("mine"));  // the caller decides what to do with it

        // A link, even one leading nowhere, takes the name too: nothing is written through it.
        const QString link = dir.filePath(QStringLiteral("link.accred"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere")), link));
        QCOMPARE(NewFile::place(temporary, link), NewFile::Placed::Exists);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nowhere"))));
    }

    void aFolderThatIsNotThereFails()
    {
        QTemporaryDir dir;
        const QString temporary = dir.filePath(QStringLiteral(".made.partial"));
        QVERIFY(write(temporary, "whole"));
        QCOMPARE(NewFile::place(temporary, dir.filePath(QStringLiteral("missing/made.accred"))),
                 NewFile::Placed::Failed);
        QCOMPARE(readAll(temporary), QByteArray("whole"));
    }

    // Many makers of one name at once, many times: exactly one wins each time and the file
    // holds one maker's content whole (QFile::rename's copy fallback truncated it now and then).
    void makersOfOneNameAtOnceLeaveOneWholeFile()
    {
        QTemporaryDir dir;
        constexpr int kMakers = 4;
        for (int round = 0; round < 200; ++round) {
            const QString target = dir.filePath(QStringLiteral("made-%1.accred").arg(round));
            QList<QByteArray> contents;
            QStringList temporaries;
            for (int i = 0; i < kMakers; ++i) {
                contents.append(QByteArray(64 * 1024, char('a' + i)));
                temporaries.append(dir.filePath(QStringLiteral(".made-%1.%2.partial").arg(round).arg(i)));
                QVERIFY(write(temporaries.last(), contents.last()));
            }
            QSemaphore start;
            QList<NewFile::Placed> placed(kMakers, NewFile::Placed::Failed);
            QList<QThread*> threads;
            for (int i = 0; i < kMakers; ++i) {
                threads.append(QThread::create([&, i]() {
                    start.acquire();
                    placed[i] = NewFile::place(temporaries.at(i), target);
                }));
                threads.last()->start();
            }
            start.release(kMakers);
            for (QThread* thread : std::as_const(threads)) {
                thread->wait();
                delete thread;
            }
            QCOMPARE(placed.count(NewFile::Placed::Done), 1);
            QCOMPARE(placed.count(NewFile::Placed::Exists), kMakers - 1);
            const int winner = int(placed.indexOf(NewFile::Placed::Done));
            QCOMPARE(readAll(target), contents.at(winner));
        }
    }
};

AD_TEST_GUILESS_MAIN(TestNewFile)
#include "TestNewFile.moc"
