# SPDX-License-Identifier: GPL-3.0-or-later
# Compile policy shared by every target: link to ad_compile_policy instead of editing
# CMAKE_CXX_FLAGS, so that one place says how the project is built.
add_library(ad_compile_policy INTERFACE)
target_compile_features(ad_compile_policy INTERFACE cxx_std_17)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(ad_compile_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(ad_compile_policy INTERFACE
    -Wall -Wextra -pedantic -Wnon-virtual-dtor -Woverloaded-virtual -Wold-style-cast -Wcast-qual
    # clang (the fuzzing build) spells it differently
    $<IF:$<CXX_COMPILER_ID:GNU>,-Wshadow=local,-Wshadow-uncaptured-local>)
# Warnings are errors where it is asked for (scripts/test, so CI), not by default: a newer
# compiler's new warning must not stop someone from building a release by hand.
# (Qt 6 has no QT_STRICT_ITERATORS: its containers' iterators are always the strict kind.)
option(WITH_WERROR "Treat compiler warnings as errors (CI)" OFF)
if(WITH_WERROR)
    target_compile_options(ad_compile_policy INTERFACE -Werror)
endif()
if(WITH_ASAN)
    # -O1, as AddressSanitizer's documentation recommends: the suite runs faster than at
    # -O0; frame pointers keep the stack traces whole.
    target_compile_options(ad_compile_policy INTERFACE
        -O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(ad_compile_policy INTERFACE -fsanitize=address,undefined)
endif()
# The fuzzing build (tests/fuzz, tests/faults; scripts/test): clang, with libFuzzer's
# coverage on every object so that the fuzz targets see into core and extract, and the
# same sanitizers as WITH_ASAN. Only the fuzz targets link libFuzzer itself.
if(WITH_FUZZING)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "WITH_FUZZING needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++ "
                            "(Debian packages clang and libclang-rt-14-dev; scripts/test installs them).")
    endif()
    target_compile_options(ad_compile_policy INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(ad_compile_policy INTERFACE -fsanitize=address,undefined)
endif()
