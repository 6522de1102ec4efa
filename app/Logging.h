// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QString>

namespace tcpd::app {

/// Where the rotating log file lives (the app's data folder), shown in --help.
QString logFilePath();

/// spdlog: a rotating file at debug (if the folder can be written) and stderr at warn, or at debug
/// with `verbose`. SPDLOG_LEVEL in the environment overrides. Never fails: without a writable
/// folder there is just no file.
void setupLogging(bool verbose);

/// Call first in main(): Qt's notes printed while the application object is made (say, that
/// XDG_RUNTIME_DIR is not set) are kept for the log instead of reaching the terminal.
void keepEarlyQtMessages();

/// Flushes and drops every logger (call before exit).
void shutdownLogging();

} // namespace tcpd::app
