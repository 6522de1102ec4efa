// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
//
// Linked into every test program: before main(), the environment every test (and every tcpdoctor it
// starts) runs in. No sign-in page check: it would contact a public address. No proxy and no
// NetworkManager of the machine running the tests: tests that need one set it up themselves. (CTest's ENVIRONMENT property cannot carry
// a list through gtest_discover_tests, so it is done here.)

#include <cstdlib>
#include <initializer_list>

namespace {

const bool kSet = [] {
#ifdef _WIN32
    _putenv_s("TCPDOCTOR_PORTAL_URL", "off");
#else
    setenv("TCPDOCTOR_PORTAL_URL", "off", 1);
    for (const char* name : {"http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"}) {
        unsetenv(name);
    }
    // NetworkManager's opinion of the machine running the tests never enters a test: a system bus
    // that is not there. Tests that need one start a private bus and name it.
    setenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/tcpdoctor-tests-no-system-bus", 1);
#endif
    return true;
}();

} // namespace
