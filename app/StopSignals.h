// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <atomic>

namespace tcpd::app {

/// Ctrl+C and SIGTERM (Windows: Ctrl+C, Ctrl+Break, closing the console) ask the command line to
/// stop: while one of these lives, the first such signal only sets a flag, so the command can print
/// what it has finished and exit 3 (CONTRACT.md: a cancelled run); a second one ends the process at
/// once, as the signal normally would.
///
///     StopSignals stop;
///     streamBatch(lines, options, stop.flag(), print);
///     if (stop.requested()) { ...; return 3; }
class StopSignals final
{
public:
    StopSignals();
    ~StopSignals();
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

    /// The flag the signal sets (a cancel flag for core's runners and streamBatch()).
    const std::atomic<bool>* flag() const;
    bool requested() const;
};

} // namespace tcpd::app
