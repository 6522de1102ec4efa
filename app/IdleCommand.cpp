// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// tcpdoctor idle TARGET [--max-idle S | --periods LIST] [--json]
// Does a connection survive a pause? One connection per idle period, all at once; each sends one byte
// after its period (CONTRACT.md `idle`). Ctrl+C stops: what was decided so far is judged.
// Exit codes: 0 idle.ok, 1 otherwise, 2 bad input.

#include "Commands.h"
#include "StopSignals.h"

#include "report/Escape.h"
#include "report/ReportText.h"
#include "watch/Idle.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tcpd::app {

namespace {
struct IdleCli {
    Q_DECLARE_TR_FUNCTIONS(IdleCli)
};
} // namespace

int runIdleCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption maxIdleOpt(u"max-idle"_s, QString(), u"S"_s);
    const QCommandLineOption periodsOpt(u"periods"_s, QString(), u"LIST"_s);
    const QCommandLineOption portOpt(u"port"_s, QString(), u"PORT"_s);
    const QCommandLineOption jsonOpt(u"json"_s);
    const QCommandLineOption langOpt(u"lang"_s, QString(), u"CODE"_s);
    const QCommandLineOption verboseOpt(u"verbose"_s);
    parser.addOptions({maxIdleOpt, periodsOpt, portOpt, jsonOpt, langOpt, verboseOpt});
    parser.addPositionalArgument(u"command"_s, QString());
    parser.addPositionalArgument(u"target"_s, QString());
    if (!parser.parse(arguments)) {
        return failLine(parserError(parser.errorText(), IdleCli::tr("Run \"tcpdoctor --help\" for the options.")));
    }
    const QStringList rest = parser.positionalArguments().mid(1);
    if (rest.size() != 1) {
        return failLine(IdleCli::tr("Give one target, like: tcpdoctor idle db.example.com:5432"));
    }
    const core::TargetParse parsed = core::parseTarget(rest.first(), parser.value(portOpt));
    if (!parsed.target) {
        return failLine(parsed.error);
    }
    if (parser.isSet(maxIdleOpt) && parser.isSet(periodsOpt)) {
        return failLine(IdleCli::tr("Give --max-idle or --periods, not both."));
    }
    core::IdleOptions options;
    if (parser.isSet(maxIdleOpt)) {
        const std::optional<int> s = wholeNumber(parser.value(maxIdleOpt), 1, 86400);
        if (!s) {
            return failLine(IdleCli::tr("--max-idle must be a whole number of seconds from 1 to 86400, not \"%1\".")
                                .arg(shownArg(parser.value(maxIdleOpt), 20)));
        }
        options.periodsS = core::defaultIdlePeriods(*s);
    }
    if (parser.isSet(periodsOpt)) {
        QString error;
        options.periodsS = core::parseIdlePeriods(parser.value(periodsOpt), &error);
        if (options.periodsS.isEmpty()) {
            return failLine(shownArg(error, 200));
        }
    }
    const bool json = parser.isSet(jsonOpt);
    const core::Target& target = *parsed.target;
    const QString name = core::hostPortText(target);

    QTextStream out(stdout);
    if (!json) {
        QStringList periods;
        for (const int p : options.periodsS) {
            periods << core::idleDurationText(p);
        }
        const int longest = *std::max_element(options.periodsS.begin(), options.periodsS.end());
        out << core::escapeControls(
            IdleCli::tr("Opening %n connection(s) to %1. Each stays silent for a while (%2), then sends one byte to "
                        "see whether it still works. This takes about %3. Ctrl+C stops.",
                        nullptr, int(options.periodsS.size()))
                .arg(name, periods.join(u", "_s), core::idleDurationText(longest)))
            << u"\n"_s;
        out.flush();
    }
    const StopSignals stop; // Ctrl+C: judge what was decided so far
    const core::IdleRun run = core::runIdle(
        target, options,
        [&](const core::IdlePeriod& p) {
            if (!json) {
                out << core::escapeControls(u"  "_s + core::idlePeriodLine(p)) << u"\n"_s;
                out.flush();
            }
        },
        stop.flag());
    const core::IdleSummary summary = core::summarizeIdle(name, run);
    if (json) {
        jsonOut(summary.toJson());
    } else {
        const bool good = core::idleExitCode(summary) == 0;
        out << core::escapeControls(u"\n"_s + core::reporttext::verdictText(summary.verdict, good, true), true);
    }
    out.flush();
    return core::idleExitCode(summary);
}

} // namespace tcpd::app
