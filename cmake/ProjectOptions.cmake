# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
# Warnings and Qt's strict defines for every target of ours: link `project_options` PRIVATE.
add_library(project_options INTERFACE)
target_compile_features(project_options INTERFACE cxx_std_17)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(project_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                                     -Wcast-align -Woverloaded-virtual -Wformat=2)
    if(TCPDOCTOR_WERROR)
        target_compile_options(project_options INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(project_options INTERFACE /W4 /permissive- /utf-8)
endif()
target_compile_definitions(project_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)

# Sanitizer builds (docs/hardening.md; presets asan-ubsan and tsan). Applied to every target of the
# project, the lab's helper servers included, so a finding anywhere fails the tests that hit it.
set(TCPDOCTOR_SANITIZE "" CACHE STRING "Sanitizers for every target: empty, address,undefined or thread")
option(TCPDOCTOR_FUZZ "Build the libFuzzer targets in tests/fuzz (clang only)" OFF)
if(TCPDOCTOR_SANITIZE)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "TCPDOCTOR_SANITIZE needs GCC or Clang")
    endif()
    if(TCPDOCTOR_SANITIZE MATCHES "thread" AND TCPDOCTOR_SANITIZE MATCHES "address")
        message(FATAL_ERROR "TCPDOCTOR_SANITIZE: thread and address cannot be combined")
    endif()
    add_compile_options(-fsanitize=${TCPDOCTOR_SANITIZE} -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${TCPDOCTOR_SANITIZE})
    if(TCPDOCTOR_SANITIZE MATCHES "undefined")
        # A finding stops the program (and fails its test) instead of printing and going on.
        add_compile_options(-fno-sanitize-recover=undefined)
    endif()
endif()
if(TCPDOCTOR_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "TCPDOCTOR_FUZZ needs clang (libFuzzer): use the asan-ubsan preset")
    endif()
    # Coverage feedback for libFuzzer in everything the fuzzers call; only tests/fuzz links the fuzzer's main.
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
