// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QStringList>

namespace tcpd::app {

/// True when the arguments ask for the command line (a subcommand, --help, --version), false when
/// the wizard should open.
bool wantsCli(const QStringList& arguments);

/// Runs the command line (CONTRACT.md) inside an existing QCoreApplication and returns the exit
/// code: 0 reachable / fine, 1 a problem diagnosed, 2 bad input (one line on stderr), 3 tool failure.
int runCli(const QStringList& arguments);

/// The language asked for with --lang (empty if none), read before translators are installed.
QString languageArgument(const QStringList& arguments);

/// True when a --report FILE ends in .pdf: main() then needs a (offscreen) QGuiApplication.
bool wantsPdf(const QStringList& arguments);

/// True if --verbose is among the arguments.
bool verboseArgument(const QStringList& arguments);

} // namespace tcpd::app
