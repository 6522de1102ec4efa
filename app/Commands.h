// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "steps/Steps.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace tcpd::app {

// Each subcommand of the command line, given the whole argument list (argv[0] first, the command
// second). Each returns CONTRACT.md's exit code and prints errors as one line on stderr.

int runExplainCommand(const QStringList& arguments); ///< tcpdoctor explain "MESSAGE" [--json]
int runListenCommand(const QStringList& arguments);  ///< tcpdoctor listen [PORT] [--json] | --serve PORT [--for S]
int runCompareCommand(const QStringList& arguments); ///< tcpdoctor compare OLD.json NEW.json [--json]
int runWatchCommand(const QStringList& arguments);   ///< tcpdoctor watch TARGET [--count N] [--interval MS] ...
int runServeCommand(const QStringList& arguments);   ///< tcpdoctor serve --metrics [ADDR:]PORT (the exporter)
int runIdleCommand(const QStringList& arguments);    ///< tcpdoctor idle TARGET [--max-idle S | --periods LIST] [--json]

/// tcpdoctor diagnose --many FILE [--json]: checks every target of the list at once (FILE "-" is stdin).
int runManyCommand(const QString& path, const core::StepOptions& step, const QString& portOverride, bool json);

/// Prints "tcpdoctor: LINE" on stderr and returns `code` (2: bad input or usage, 3: tool failure).
/// Control and format characters in LINE are shown as escapes (\x1b, \u202e): it is one line, and
/// nothing in it can move the cursor, colour the terminal or reorder text.
int failLine(const QString& line, int code = 2);

/// Text for a person's terminal on stdout: newlines and tabs kept, every other control or format
/// character (escape sequences, BEL, NUL, bidirectional overrides) shown as an escape. Everything
/// the command line prints as text goes through it; JSON output is escaped by the JSON writer.
void terminalOut(const QString& text);

/// A JSON document on stdout, as escapeJsonForTerminal() makes it safe for a terminal (the same JSON).
void jsonOut(const QJsonObject& object, bool compact = false);

/// Something the person typed, echoed in a message: escaped like terminalOut() and cut to `max`
/// characters ("…" shows the cut).
QString shownArg(const QString& text, qsizetype max = 80);

/// A whole number in [low, high] from an option's text (spaces around it allowed), or nullopt.
std::optional<int> wholeNumber(const QString& text, int low, int high);

/// QCommandLineParser's error, as one line that ends with the hint where to find the options.
QString parserError(const QString& errorText, const QString& hint);

} // namespace tcpd::app
