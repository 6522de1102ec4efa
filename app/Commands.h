// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "steps/Steps.h"

#include <QStringList>

namespace tcpd::app {

// Each subcommand of the command line, given the whole argument list (argv[0] first, the command
// second). Each returns CONTRACT.md's exit code and prints errors as one line on stderr.

int runExplainCommand(const QStringList& arguments); ///< tcpdoctor explain "MESSAGE" [--json]
int runListenCommand(const QStringList& arguments);  ///< tcpdoctor listen [PORT] [--json] | --serve PORT [--for S]
int runCompareCommand(const QStringList& arguments); ///< tcpdoctor compare OLD.json NEW.json [--json]

/// tcpdoctor diagnose --many FILE [--json]: checks every target of the list at once (FILE "-" is stdin).
int runManyCommand(const QString& path, const core::StepOptions& step, const QString& portOverride, bool json);

/// Prints "tcpdoctor: LINE" on stderr and returns `code` (2: bad input or usage, 3: tool failure).
int failLine(const QString& line, int code = 2);

} // namespace tcpd::app
