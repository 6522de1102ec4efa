// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "StopSignals.h"

#ifdef _WIN32
#include <windows.h>
#else
#include <csignal>
#endif

namespace tcpd::app {

namespace {

// Lock-free, so setting it from a signal handler is safe.
std::atomic<bool> g_stop{false};
static_assert(std::atomic<bool>::is_always_lock_free);

#ifdef _WIN32
BOOL WINAPI onConsoleEvent(DWORD event)
{
    if (event == CTRL_C_EVENT || event == CTRL_BREAK_EVENT || event == CTRL_CLOSE_EVENT) {
        if (g_stop.exchange(true)) {
            return FALSE; // the second one: the default handler ends the process
        }
        return TRUE;
    }
    return FALSE;
}
#else
struct sigaction g_oldInt {};
struct sigaction g_oldTerm {};

extern "C" void onStopSignal(int)
{
    g_stop.store(true);
}
#endif

} // namespace

StopSignals::StopSignals()
{
    g_stop.store(false);
#ifdef _WIN32
    ::SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#else
    struct sigaction sa {};
    sa.sa_handler = onStopSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESETHAND | SA_RESTART; // the second signal takes its default action: the process ends
    ::sigaction(SIGINT, &sa, &g_oldInt);
    ::sigaction(SIGTERM, &sa, &g_oldTerm);
#endif
}

StopSignals::~StopSignals()
{
#ifdef _WIN32
    ::SetConsoleCtrlHandler(onConsoleEvent, FALSE);
#else
    ::sigaction(SIGINT, &g_oldInt, nullptr);
    ::sigaction(SIGTERM, &g_oldTerm, nullptr);
#endif
}

const std::atomic<bool>* StopSignals::flag() const
{
    return &g_stop;
}

bool StopSignals::requested() const
{
    return g_stop.load();
}

} // namespace tcpd::app
