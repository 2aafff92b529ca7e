// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One executable per test folder (core_tests, ui_tests…) holds that folder's Qt Test
// classes, so that each build links a handful of test programs instead of a hundred: the
// links and the per-program moc and resources were a third of CI's build time.
// AD_TEST_MAIN(TestClass) takes the place of QTEST_MAIN: it registers the class, and the
// folder's executable runs the one its first argument names (`ui_tests TestLayouts -v2`),
// with the application QTEST_MAIN would have made. CTest runs each class as its own test.

#include <QTest>

#if defined(QT_WIDGETS_LIB)
#include <QApplication>
#define AD_TEST_APPLICATION QApplication
#elif defined(QT_GUI_LIB)
#include <QGuiApplication>
#define AD_TEST_APPLICATION QGuiApplication
#else
#include <QCoreApplication>
#define AD_TEST_APPLICATION QCoreApplication
#endif

namespace TestMain {

/// Runs one test class: makes its application and returns QTest::qExec's result.
using Runner = int (*)(int argc, char** argv);

/// Registers a test class under its name; called by AD_TEST_MAIN before main() starts.
bool add(const char* name, Runner run);

}  // namespace TestMain

#define AD_TEST_MAIN_WITH(TestObject, Application)                                   \
    namespace {                                                                      \
    int run##TestObject(int argc, char** argv)                                       \
    {                                                                                \
        QTest::Internal::callInitMain<TestObject>();                                 \
        Application app(argc, argv);                                                 \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                     \
        TestObject test;                                                             \
        QTest::setMainSourcePath(__FILE__);                                          \
        return QTest::qExec(&test, argc, argv);                                      \
    }                                                                                \
    const bool registered##TestObject = TestMain::add(#TestObject, run##TestObject); \
    }

/// As QTEST_MAIN: the richest application the executable's libraries allow.
#define AD_TEST_MAIN(TestObject) AD_TEST_MAIN_WITH(TestObject, AD_TEST_APPLICATION)
/// As QTEST_GUILESS_MAIN: a QCoreApplication, for tests of core and the command line.
#define AD_TEST_GUILESS_MAIN(TestObject) AD_TEST_MAIN_WITH(TestObject, QCoreApplication)
