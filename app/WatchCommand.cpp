// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// tcpdoctor watch TARGET [--count N] [--interval MS] [--duration S] [--until-open] [--json]
// The same connection again and again: one line per attempt, then the statistics and a verdict
// (CONTRACT.md `watch`). Ctrl+C ends it like ping: the summary of what was done is still printed.
// Exit codes: 0 watch.stable (with --until-open: it worked once), 1 otherwise, 2 bad input.

#include "Commands.h"
#include "StopSignals.h"

#include "report/Escape.h"
#include "report/ReportText.h"
#include "watch/Watch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace tcpd::app {

namespace {
struct WatchCli {
    Q_DECLARE_TR_FUNCTIONS(WatchCli)
};

/// A whole number in [low, high] from option `name`, or nullopt with `error` set.
std::optional<int> number(const QCommandLineParser& parser, const QCommandLineOption& option, const QString& name,
                          int low, int high, QString& error)
{
    const std::optional<int> n = wholeNumber(parser.value(option), low, high);
    if (!n) {
        error = WatchCli::tr("%1 must be a whole number from %2 to %3, not \"%4\".")
                    .arg(name)
                    .arg(low)
                    .arg(high)
                    .arg(shownArg(parser.value(option), 20));
    }
    return n;
}
} // namespace

int runWatchCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption countOpt(u"count"_s, QString(), u"N"_s);
    const QCommandLineOption intervalOpt(u"interval"_s, QString(), u"MS"_s);
    const QCommandLineOption durationOpt(u"duration"_s, QString(), u"S"_s);
    const QCommandLineOption untilOpenOpt(u"until-open"_s);
    const QCommandLineOption portOpt(u"port"_s, QString(), u"PORT"_s);
    const QCommandLineOption jsonOpt(u"json"_s);
    const QCommandLineOption langOpt(u"lang"_s, QString(), u"CODE"_s);
    const QCommandLineOption verboseOpt(u"verbose"_s);
    parser.addOptions({countOpt, intervalOpt, durationOpt, untilOpenOpt, portOpt, jsonOpt, langOpt, verboseOpt});
    parser.addPositionalArgument(u"command"_s, QString());
    parser.addPositionalArgument(u"target"_s, QString());
    if (!parser.parse(arguments)) {
        return failLine(parserError(parser.errorText(), WatchCli::tr("Run \"tcpdoctor --help\" for the options.")));
    }
    const QStringList rest = parser.positionalArguments().mid(1);
    if (rest.size() != 1) {
        return failLine(WatchCli::tr("Give one target to watch, like: tcpdoctor watch example.com:443"));
    }
    const core::TargetParse parsed = core::parseTarget(rest.first(), parser.value(portOpt));
    if (!parsed.target) {
        return failLine(parsed.error);
    }
    core::WatchOptions options;
    QString error;
    if (parser.isSet(countOpt)) {
        const auto n = number(parser, countOpt, u"--count"_s, 1, 100000, error);
        if (!n) {
            return failLine(error);
        }
        options.count = *n;
    }
    if (parser.isSet(intervalOpt)) {
        const auto n = number(parser, intervalOpt, u"--interval"_s, 100, 3600000, error);
        if (!n) {
            return failLine(error);
        }
        options.intervalMs = *n;
    }
    if (parser.isSet(durationOpt)) {
        const auto n = number(parser, durationOpt, u"--duration"_s, 1, 7 * 86400, error);
        if (!n) {
            return failLine(error);
        }
        options.durationS = *n;
    }
    if (parser.isSet(countOpt) && parser.isSet(durationOpt)) {
        return failLine(WatchCli::tr("Give --count or --duration, not both."));
    }
    options.untilOpen = parser.isSet(untilOpenOpt);
    const bool json = parser.isSet(jsonOpt);
    const core::Target& target = *parsed.target;
    const QString name = core::hostPortText(target);

    QTextStream out(stdout);
    if (!json) {
        const QString how = options.durationS > 0
            ? WatchCli::tr("for %n second(s)", nullptr, options.durationS)
            : WatchCli::tr("%n time(s)", nullptr, options.count);
        out << core::escapeControls(WatchCli::tr("Connecting to %1 %2, every %3 ms%4. Ctrl+C stops.")
                                        .arg(name, how)
                                        .arg(options.intervalMs)
                                        .arg(options.untilOpen ? WatchCli::tr(", until it works") : QString()))
            << u"\n"_s;
        out.flush();
    }
    const StopSignals stop; // Ctrl+C: the summary of what was done, as ping prints it
    const QList<core::WatchAttempt> attempts = core::runWatch(
        target, options,
        [&](const core::WatchAttempt& a) {
            if (json) {
                jsonOut(a.toJson(), true);
            } else {
                out << core::escapeControls(core::watchAttemptLine(a)) << u"\n"_s;
                out.flush();
            }
        },
        stop.flag());
    const core::WatchSummary summary = core::summarizeWatch(name, attempts, options.untilOpen, stop.requested());
    if (json) {
        jsonOut(summary.toJson(), true);
    } else {
        const bool good = core::watchExitCode(summary) == 0; // the exit code already says what "good" is
        out << core::escapeControls(u"\n"_s + core::reporttext::verdictText(summary.verdict, good, true), true);
    }
    out.flush();
    return core::watchExitCode(summary);
}

} // namespace tcpd::app
