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
    -Wall -Wextra -Wnon-virtual-dtor -Woverloaded-virtual -Wshadow=local)
if(WITH_ASAN)
    # -O1, as AddressSanitizer's documentation recommends: the suite runs faster than at
    # -O0; frame pointers keep the stack traces whole.
    target_compile_options(ad_compile_policy INTERFACE
        -O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(ad_compile_policy INTERFACE -fsanitize=address,undefined)
endif()
