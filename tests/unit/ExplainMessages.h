// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// The explainer's test table: real-world error messages as people paste them (with stack traces,
// timestamps, log prefixes, several lines), each with the code it must get. Shared by
// tests/unit/ExplainTest.cpp and bench/explain_bench.cpp.

#include <QString>

#include <vector>

namespace tcpd::test {

struct ExplainCase {
    const char* source; ///< where the message comes from, for failure messages: "Python requests"
    QString message;
    const char* code; ///< the expected CONTRACT.md code
    const char* kind = nullptr; ///< the expected text variant ("read_timeout", "tls", ...), or nullptr: not checked
    const char* host = nullptr; ///< the expected host ("" = none), or nullptr: not checked
    int port = -1; ///< the expected port (0 = none), or -1: not checked
};

/// Windows (English, German, French, Spanish), POSIX, .NET, Java, Python.
const std::vector<ExplainCase>& systemAndRuntimeCases();

/// Node, Go, Rust, Ruby, PHP, curl, ssh, telnet, nc, git, PowerShell, browsers, databases,
/// messages that are not TCP errors, and noisy logs.
const std::vector<ExplainCase>& toolAndServiceCases();

/// Windows' Winsock and getaddrinfo texts in Italian, Portuguese (Brazil, Portugal), Dutch, Polish,
/// Russian, Japanese and Chinese (Simplified).
const std::vector<ExplainCase>& windowsLanguageCases();

/// All the lists.
std::vector<ExplainCase> allExplainCases();

} // namespace tcpd::test
