// SPDX-License-Identifier: GPL-3.0-or-later
// The main() of each test folder's executable: runs the test class its first argument
// names, with the rest of the arguments for Qt Test (see TestMain.h).
#include "TestMain.h"
#include "TestSupport.h"

#include <cstdio>
#include <map>
#include <string>

namespace {

std::map<std::string, TestMain::Runner>& registry()
{
    static std::map<std::string, TestMain::Runner> tests;
    return tests;
}

// A class registered twice would run only one of its two bodies: main() refuses to run then.
std::string& duplicate()
{
    static std::string name;
    return name;
}

}  // namespace

bool TestMain::add(const char* name, Runner run)
{
    const bool added = registry().emplace(name, run).second;
    if (!added) {
        duplicate() = name;
    }
    return added;
}

int main(int argc, char** argv)
{
    if (!duplicate().empty()) {
        std::fprintf(stderr, "Two test classes of this executable are named %s: rename one.\n", duplicate().c_str());
        return 2;
    }
    const auto found = argc > 1 ? registry().find(argv[1]) : registry().end();
    if (found == registry().end()) {
        std::fprintf(stderr, "Usage: %s TEST_CLASS [Qt Test options]\nThe test classes here:\n",
                     argc > 0 ? argv[0] : "tests");
        for (const auto& test : registry()) {
            std::fprintf(stderr, "  %s\n", test.first.c_str());
        }
        return 2;
    }
    TestSupport::setTestClass(QString::fromLatin1(argv[1]));
    // Qt Test sees the program's name and its own options, as under QTEST_MAIN.
    for (int i = 1; i + 1 < argc; ++i) {
        argv[i] = argv[i + 1];
    }
    --argc;
    argv[argc] = nullptr;
    return found->second(argc, argv);
}
