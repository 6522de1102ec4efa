// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "Cli.h"

#include "Commands.h"
#include "StopSignals.h"
#include "Logging.h"
#include "Version.h"
#include "diagnosis/Diagnosis.h"
#include "report/Escape.h"
#include "report/Redactor.h"
#include "report/Report.h"
#include "report/ReportFile.h"
#include "platform/ProxyConfig.h"
#include "runner/Runner.h"
#include "steps/ProxyStep.h"
#include "target/Target.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace tcpd::app {

namespace {

struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void out(const QString& text)
{
    terminalOut(text);
}

int fail(const QString& line, int code = 2)
{
    return failLine(line, code);
}

QString helpText()
{
    return Cli::tr("tcpdoctor %1: find out why a TCP connection fails, and what to do about it.\n"
              "\n"
              "Usage:\n"
              "  tcpdoctor                             open the wizard\n"
              "  tcpdoctor diagnose TARGET [options]   run the checklist on TARGET and print the result\n"
              "  tcpdoctor compare OLD.json NEW.json [--json]\n"
              "                                        what changed between two saved reports (exit 1: something got worse)\n"
              "  tcpdoctor diagnose --many FILE [--json]  check a list of targets at once (one a line)\n"
              "  tcpdoctor explain \"MESSAGE\" [--json]  what an error message means (\"-\" reads it from stdin)\n"
              "  tcpdoctor listen [PORT] [--address ADDR] [--json]\n"
              "                                        what listens on this computer, and where (no PORT: all)\n"
              "  tcpdoctor listen --serve PORT [--for S] [--address ADDR]\n"
              "                                        a temporary test listener, closed after S seconds (60)\n"
              "  tcpdoctor watch TARGET [--count N | --duration S] [--interval MS] [--until-open] [--json]\n"
              "                                        connect again and again: does it work only sometimes?\n"
              "  tcpdoctor idle TARGET [--max-idle S | --periods LIST] [--json]\n"
              "                                        does a connection survive a pause? (default: up to 300 s)\n"
              "  tcpdoctor serve --metrics [ADDR:]PORT [--max-in-flight N] [--timeout MS]\n"
              "                                        a Prometheus exporter: /probe?target=HOST:PORT (loopback unless ADDR)\n"
              "  tcpdoctor --version | --help\n"
              "\n"
              "TARGET is what you would paste: example.com:443, \"example.com 443\", https://example.com/,\n"
              "192.0.2.10:8080, [2001:db8::1]:22, or a name with --port. Service names work as ports (ssh, rdp...).\n"
              "\n"
              "Options for diagnose:\n"
              "  --port N|SERVICE   the port, when TARGET has none\n"
              "  --json             print the JSON report (tcpdoctor-report/1) and nothing else on stdout\n"
              "  --report FILE      also save the report; the format follows the extension (.html .pdf .json .md .txt)\n"
              "  --redact           mask public addresses, MAC addresses, host and user names in everything printed and saved\n"
              "  --timeout MS       time allowed for one connection attempt (default 1500)\n"
              "  --steps LIST       which checklist steps to run: link,ip,dns,proxy,firewall,port,service (default all)\n"
              "  --tls | --no-tls   make / never make a TLS handshake after the port test (default: for https:// and TLS ports)\n"
              "  --sni NAME         the name sent in the TLS handshake and checked against the certificate\n"
              "  --proxy URL        test the way out through this proxy (http:// or socks5://) instead of the system's settings\n"
              "  --no-proxy         leave the system's proxy settings out of the check\n"
              "  --portal-url URL   the address that shows a sign-in page (answers 204 on a free network; default: the system's)\n"
              "  --no-portal-check  do not look for a sign-in page\n"
              "  --ipv4 | --ipv6    try only IPv4 or only IPv6 addresses\n"
              "  --expect ADDR      the IP address the name should lead to: the DNS answers are checked against it\n"
              "  --reference HOST   when the port is blocked, also try the same port on HOST (a computer you know has it open)\n"
              "  --lang CODE        language of the texts (de, en, es, fr); codes in JSON never change\n"
              "  --verbose          log what happens to stderr\n"
              "\n"
              "Exit codes: 0 reachable, 1 a problem was found, 2 bad input, 3 tcpdoctor itself failed.\n"
              "Log file: %2\n")
        .arg(QStringLiteral(TCPDOCTOR_VERSION),
             logFilePath().isEmpty() ? Cli::tr("none (no usable home folder)") : logFilePath());
}

int diagnoseCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption portOpt(u"port"_s, QString(), u"N"_s);
    const QCommandLineOption jsonOpt(u"json"_s);
    const QCommandLineOption reportOpt(u"report"_s, QString(), u"FILE"_s);
    const QCommandLineOption timeoutOpt(u"timeout"_s, QString(), u"MS"_s);
    const QCommandLineOption stepsOpt(u"steps"_s, QString(), u"LIST"_s);
    const QCommandLineOption v4Opt(u"ipv4"_s);
    const QCommandLineOption v6Opt(u"ipv6"_s);
    const QCommandLineOption langOpt(u"lang"_s, QString(), u"CODE"_s);
    const QCommandLineOption verboseOpt(u"verbose"_s);
    const QCommandLineOption redactOpt(u"redact"_s);
    const QCommandLineOption manyOpt(u"many"_s, QString(), u"FILE"_s);
    const QCommandLineOption expectOpt(u"expect"_s, QString(), u"ADDR"_s);
    const QCommandLineOption referenceOpt(u"reference"_s, QString(), u"HOST"_s);
    const QCommandLineOption tlsOpt(u"tls"_s);
    const QCommandLineOption noTlsOpt(u"no-tls"_s);
    const QCommandLineOption sniOpt(u"sni"_s, QString(), u"NAME"_s);
    const QCommandLineOption proxyOpt(u"proxy"_s, QString(), u"URL"_s);
    const QCommandLineOption noProxyOpt(u"no-proxy"_s);
    const QCommandLineOption portalOpt(u"portal-url"_s, QString(), u"URL"_s);
    const QCommandLineOption noPortalOpt(u"no-portal-check"_s);
    parser.addOptions({portOpt, jsonOpt, reportOpt, timeoutOpt, stepsOpt, v4Opt, v6Opt, langOpt, verboseOpt,
                       redactOpt, manyOpt, expectOpt, referenceOpt, tlsOpt, noTlsOpt, sniOpt, proxyOpt, noProxyOpt,
                       portalOpt, noPortalOpt});
    parser.addPositionalArgument(u"command"_s, QString());
    parser.addPositionalArgument(u"target"_s, QString());
    if (!parser.parse(arguments)) {
        return fail(parserError(parser.errorText(), Cli::tr("Run \"tcpdoctor --help\" for the options.")));
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2 && !parser.isSet(manyOpt)) {
        return fail(Cli::tr("Which computer should I check? Example: tcpdoctor diagnose example.com:443"));
    }
    // "tcpdoctor diagnose example.com 443" is a target too: join what follows the command.
    const QString input = positional.mid(1).join(u' ');

    core::Runner::Options options;
    if (parser.isSet(timeoutOpt)) {
        bool ok = false;
        const int ms = parser.value(timeoutOpt).toInt(&ok);
        if (!ok || ms < 50 || ms > 600000) {
            return fail(Cli::tr("--timeout takes milliseconds from 50 to 600000, for example --timeout 3000."));
        }
        options.step.timeoutMs = ms;
    }
    if (parser.isSet(v4Opt) && parser.isSet(v6Opt)) {
        return fail(Cli::tr("Choose --ipv4 or --ipv6, not both."));
    }
    options.step.family = parser.isSet(v4Opt) ? core::AddressFamily::IPv4
                        : parser.isSet(v6Opt) ? core::AddressFamily::IPv6
                                              : core::AddressFamily::Any;
    if (parser.isSet(expectOpt)) {
        const QHostAddress expected(parser.value(expectOpt).trimmed());
        if (expected.isNull()) {
            return fail(Cli::tr("--expect takes the IP address the name should lead to, for example --expect 192.0.2.10."));
        }
        options.step.expectedAddress = expected.toString();
    }
    if (parser.isSet(tlsOpt) && parser.isSet(noTlsOpt)) {
        return fail(Cli::tr("Choose --tls or --no-tls, not both."));
    }
    options.step.tls = parser.isSet(tlsOpt) ? core::TlsMode::On
                     : parser.isSet(noTlsOpt) ? core::TlsMode::Off
                                              : core::TlsMode::Auto;
    if (parser.isSet(sniOpt)) {
        const core::TargetParse sni = core::parseTarget(parser.value(sniOpt).trimmed(), u"1"_s);
        if (!sni.ok() || sni.target->port != 1 || sni.target->isAddress) {
            return fail(Cli::tr("--sni takes a server name without a port, for example --sni www.example.com."));
        }
        options.step.sni = sni.target->host;
    }
    if (parser.isSet(proxyOpt) && parser.isSet(noProxyOpt)) {
        return fail(Cli::tr("Choose --proxy or --no-proxy, not both."));
    }
    if (parser.isSet(proxyOpt)) {
        platform::ProxyServer proxy;
        if (!platform::parseProxyUrl(parser.value(proxyOpt).toStdString(), proxy) || proxy.scheme == "direct") {
            return fail(Cli::tr("--proxy takes a proxy's address, for example --proxy http://proxy.example:3128 or "
                                "--proxy socks5://192.0.2.1:1080."));
        }
        options.step.proxyUrl = parser.value(proxyOpt).trimmed();
    }
    options.step.noProxy = parser.isSet(noProxyOpt);
    if (parser.isSet(portalOpt) && parser.isSet(noPortalOpt)) {
        return fail(Cli::tr("Choose --portal-url or --no-portal-check, not both."));
    }
    if (!core::choosePortal(options.step, parser.value(portalOpt).trimmed(), parser.isSet(noPortalOpt))) {
        return fail(Cli::tr("--portal-url takes an http:// address that answers 204 on a free network, for example "
                            "--portal-url http://192.0.2.1/generate_204."));
    }
    if (parser.isSet(referenceOpt)) {
        const core::TargetParse ref = core::parseTarget(parser.value(referenceOpt).trimmed(), u"1"_s);
        if (!ref.ok() || ref.target->port != 1) {
            return fail(Cli::tr("--reference takes a computer name or address without a port, for example --reference 192.0.2.10."));
        }
        options.step.referenceHost = ref.target->host;
    }
    if (parser.isSet(stepsOpt)) {
        options.steps.clear();
        for (const QString& s : parser.value(stepsOpt).split(u',', Qt::SkipEmptyParts)) {
            const QString id = s.trimmed().toLower();
            if (!core::checklistStepIds().contains(id)) {
                return fail(Cli::tr("Unknown step \"%1\": the steps are link, ip, dns, proxy, firewall, port and service.").arg(shownArg(id, 40)));
            }
            options.steps << id;
        }
        if (options.steps.isEmpty()) {
            return fail(Cli::tr("--steps needs at least one step, for example --steps dns,port (the steps are link, "
                                "ip, dns, proxy, firewall, port and service)."));
        }
    }
    // --report may be given more than once (say .json for a script and .html for the ticket); each is
    // checked before anything runs, so a typo never costs a whole check.
    const QStringList reportFiles = parser.values(reportOpt);
    for (qsizetype i = 0; i < reportFiles.size(); ++i) {
        const QFileInfo file(reportFiles[i]);
        if (!core::reportFormats().contains(core::reportFormatFor(file.filePath()))) {
            return fail(Cli::tr("Reports can be saved as %1 files: \"%2\" is none of these.")
                            .arg(u"."_s + core::reportFormats().join(u" ."_s), shownArg(file.filePath(), 200)));
        }
        if (!file.absoluteDir().exists()) {
            return fail(Cli::tr("The folder %1 does not exist: the report could not be saved there. Nothing was checked.")
                            .arg(shownArg(QDir::toNativeSeparators(file.absolutePath()), 200)));
        }
        for (qsizetype j = 0; j < i; ++j) {
            if (QFileInfo(reportFiles[j]).absoluteFilePath() == file.absoluteFilePath()) {
                return fail(Cli::tr("--report %1 is given twice: give each file once.")
                                .arg(shownArg(QDir::toNativeSeparators(file.filePath()), 200)));
            }
        }
    }

    if (parser.isSet(manyOpt)) {
        if (positional.size() > 1) {
            return fail(Cli::tr("Give either a target or --many FILE, not both."));
        }
        if (parser.isSet(reportOpt)) {
            return fail(Cli::tr("--report saves one report; with --many use --json and redirect the output."));
        }
        if (parser.isSet(redactOpt)) {
            // Never drop a privacy option silently: batch output cannot be redacted yet.
            return fail(Cli::tr("--redact does not work with --many yet; nothing was checked."));
        }
        return runManyCommand(parser.value(manyOpt), options.step, parser.value(portOpt), parser.isSet(jsonOpt));
    }
    const core::TargetParse parsed = core::parseTarget(input, parser.value(portOpt));
    if (!parsed.ok()) {
        return fail(parsed.error);
    }
    spdlog::debug("diagnose {} port {}", parsed.target->host.toStdString(), parsed.target->port);
    if (parsed.target->isAddress && options.step.family != core::AddressFamily::Any
        && parsed.target->isIPv6 != (options.step.family == core::AddressFamily::IPv6)) {
        return fail(Cli::tr("The target is an %1 address, but %2 was asked for.")
                        .arg(parsed.target->isIPv6 ? u"IPv6"_s : u"IPv4"_s,
                             parser.isSet(v4Opt) ? u"--ipv4"_s : u"--ipv6"_s));
    }

    core::Runner runner;
    core::Report report;
    QObject::connect(&runner, &core::Runner::finished, &runner, [&report](const core::Report& r) {
        report = r;
        QCoreApplication::exit(0);
    });
    // Ctrl-C or SIGTERM stops the check: the report of the stopped run is still printed (and saved),
    // and the exit code is 3 (tool.error, "stopped"), as for any cancelled run.
    const StopSignals stop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &runner, [&runner, &stop, &poll] {
        if (stop.requested()) {
            poll.stop();
            runner.cancel();
        }
    });
    poll.start(50);
    runner.start(*parsed.target, options);
    spdlog::debug("checking; Ctrl-C or SIGTERM stops the check and still prints its report");
    QCoreApplication::exec();
    poll.stop();
    if (parser.isSet(redactOpt)) {
        report = core::redactReport(report); // before any writer: stdout and the file alike
    }

    if (parser.isSet(jsonOpt)) {
        jsonOut(core::reportToJson(report));
    } else {
        out(core::reportToText(report));
    }
    for (const QString& path : reportFiles) {
        QString error;
        if (!core::writeReportFile(report, path, &error)) {
            return fail(error, 3);
        }
        spdlog::info("report saved to {}", path.toStdString());
    }
    return core::exitCodeFor(report.verdict);
}

} // namespace

int failLine(const QString& line, int code)
{
    QTextStream(stderr) << u"tcpdoctor: "_s << core::escapeControls(line) << u"\n"_s;
    return code;
}

void terminalOut(const QString& text)
{
    QTextStream(stdout) << core::escapeControls(text, true);
}

void jsonOut(const QJsonObject& object, bool compact)
{
    const QJsonDocument doc(object);
    QTextStream(stdout) << core::escapeJsonForTerminal(
        QString::fromUtf8(doc.toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented)))
                        << (compact ? u"\n"_s : QString());
}

QString shownArg(const QString& text, qsizetype max)
{
    const QString cut = text.size() > max ? text.left(max) + u"…"_s : text;
    return core::escapeControls(cut);
}

std::optional<int> wholeNumber(const QString& text, int low, int high)
{
    bool ok = false;
    const qlonglong n = text.trimmed().toLongLong(&ok);
    if (!ok || n < low || n > high) {
        return std::nullopt;
    }
    return static_cast<int>(n);
}

QString parserError(const QString& errorText, const QString& hint)
{
    // Qt's texts quote the option as it was typed ("Unknown option 'x'."): escape it, bound it, and
    // never end in "'..".
    QString line = shownArg(errorText.trimmed(), 200);
    if (!line.endsWith(u'.')) {
        line += u'.';
    }
    return line + u' ' + hint;
}

bool wantsCli(const QStringList& arguments)
{
    // Only --lang CODE and --verbose may come with the wizard; anything else is the command line.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == u"--lang") {
            ++i;
        } else if (!arguments[i].startsWith(u"--lang=") && arguments[i] != u"--verbose") {
            return true;
        }
    }
    return false;
}

QString languageArgument(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == u"--lang" && i + 1 < arguments.size()) {
            return arguments[i + 1];
        }
        if (arguments[i].startsWith(u"--lang=")) {
            return arguments[i].mid(7);
        }
    }
    return {};
}

bool wantsPdf(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString file = arguments[i] == u"--report" ? arguments.value(i + 1)
                           : arguments[i].startsWith(u"--report=") ? arguments[i].mid(9) : QString();
        if (core::reportFormatFor(file) == u"pdf") {
            return true;
        }
    }
    return false;
}

bool verboseArgument(const QStringList& arguments)
{
    return arguments.contains(u"--verbose"_s);
}

int runCli(const QStringList& arguments)
{
    const QString command = arguments.value(1);
    if (command == u"--version" || command == u"-v" || command == u"version") {
        out(u"tcpdoctor %1\n"_s.arg(QStringLiteral(TCPDOCTOR_VERSION)));
        return 0;
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        out(helpText());
        return 0;
    }
    if (command == u"diagnose") {
        if (arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s)) {
            out(helpText());
            return 0;
        }
        return diagnoseCommand(arguments);
    }
    if (command == u"explain") {
        return runExplainCommand(arguments);
    }
    if (command == u"listen") {
        return runListenCommand(arguments);
    }
    if (command == u"compare") {
        return runCompareCommand(arguments);
    }
    if (command == u"watch") {
        return runWatchCommand(arguments);
    }
    if (command == u"idle") {
        return runIdleCommand(arguments);
    }
    if (command == u"serve") {
#ifdef TCPDOCTOR_EXPORTER
        return runServeCommand(arguments);
#else
        return fail(Cli::tr("This build of tcpdoctor has no exporter (it was built without Qt HttpServer)."), 3);
#endif
    }
    return fail(Cli::tr("Unknown command \"%1\". Run \"tcpdoctor --help\" to see what tcpdoctor can do.").arg(shownArg(command, 60)));
}

} // namespace tcpd::app
