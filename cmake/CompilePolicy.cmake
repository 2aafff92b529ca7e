# Compile policy shared by every target: link to ad_compile_policy instead of editing
# CMAKE_CXX_FLAGS, so that one place says how the project is built.
add_library(ad_compile_policy INTERFACE)
target_compile_features(ad_compile_policy INTERFACE cxx_std_17)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(ad_compile_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(ad_compile_policy INTERFACE
    -Wall -Wextra -Wnon-virtual-dtor -Woverloaded-virtual
    # clang (the fuzzing build) spells it differently
    $<IF:$<CXX_COMPILER_ID:GNU>,-Wshadow=local,-Wshadow-uncaptured-local>)
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
