// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// tcpdoctor serve --metrics [ADDR:]PORT [--max-in-flight N] [--timeout MS]
// A Prometheus exporter in the style of blackbox_exporter (docs/fleet.md): GET /probe?target=HOST:PORT runs
// the check a target list gets (name lookup and port test, as `diagnose --many`) and answers its verdict and
// timings in the Prometheus text format; GET /metrics answers the exporter's own counters. Off unless asked;
// on loopback unless an address is given. At most N checks run at once, more wait, and beyond 4 x N
// requests get 503. A bad target gets 400 and one line. Ctrl+C and SIGTERM stop it (exit 0).

#include "Commands.h"
#include "StopSignals.h"

#include "Version.h"
#include "fleet/Metrics.h"
#include "report/Escape.h"
#include "runner/Batch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QMutex>
#include <QThreadPool>
#include <QTimer>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

#include <atomic>
#include <optional>

using namespace Qt::StringLiterals;

namespace tcpd::app {

namespace {
struct ServeCli {
    Q_DECLARE_TR_FUNCTIONS(ServeCli)
};

constexpr QByteArrayView kPrometheusType = "text/plain; version=0.0.4; charset=utf-8";

struct Listen {
    QHostAddress address;
    quint16 port = 0;
};

/// "9116" (loopback), "127.0.0.1:9116", "[::1]:9116", "0.0.0.0:9116"; nullopt and a reason otherwise.
std::optional<Listen> parseListen(const QString& text, QString& error)
{
    QString host = u"127.0.0.1"_s;
    QString port = text.trimmed();
    const qsizetype colon = port.lastIndexOf(u':');
    if (colon >= 0) {
        host = port.left(colon);
        port = port.mid(colon + 1);
        if (host.startsWith(u'[') && host.endsWith(u']')) {
            host = host.mid(1, host.size() - 2);
        }
    }
    Listen l;
    bool ok = false;
    const int n = port.toInt(&ok);
    if (!ok || n < 1 || n > 65535 || !l.address.setAddress(host)) {
        error = ServeCli::tr("--metrics takes this computer's address and a port, like 127.0.0.1:9116 or just 9116 "
                             "(loopback), not \"%1\".")
                    .arg(shownArg(text, 60));
        return std::nullopt;
    }
    l.port = static_cast<quint16>(n);
    return l;
}

QHttpServerResponse textResponse(const QByteArray& body, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse(QByteArray(kPrometheusType.data(), kPrometheusType.size()), body, status);
}

/// One line for a person (or a scrape error log): what is wrong with the request.
QHttpServerResponse badRequest(const QString& line)
{
    return QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"),
                               (u"tcpdoctor: "_s + core::escapeControls(line) + u'\n').toUtf8(),
                               QHttpServerResponse::StatusCode::BadRequest);
}
} // namespace

int runServeCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption metricsOpt(u"metrics"_s, QString(), u"ADDR:PORT"_s);
    const QCommandLineOption maxOpt(u"max-in-flight"_s, QString(), u"N"_s);
    const QCommandLineOption timeoutOpt(u"timeout"_s, QString(), u"MS"_s);
    const QCommandLineOption langOpt(u"lang"_s, QString(), u"CODE"_s);
    const QCommandLineOption verboseOpt(u"verbose"_s);
    parser.addOptions({metricsOpt, maxOpt, timeoutOpt, langOpt, verboseOpt});
    parser.addPositionalArgument(u"command"_s, QString());
    if (!parser.parse(arguments)) {
        return failLine(parserError(parser.errorText(), ServeCli::tr("Run \"tcpdoctor --help\" for the options.")));
    }
    if (parser.positionalArguments().size() > 1) {
        return failLine(ServeCli::tr("serve takes no target: the targets come with each request "
                                     "(/probe?target=HOST:PORT)."));
    }
    if (!parser.isSet(metricsOpt)) {
        return failLine(ServeCli::tr("Say what to serve: tcpdoctor serve --metrics 127.0.0.1:9116"));
    }
    QString error;
    const std::optional<Listen> where = parseListen(parser.value(metricsOpt), error);
    if (!where) {
        return failLine(error);
    }
    int maxInFlight = 16;
    if (parser.isSet(maxOpt)) {
        const std::optional<int> n = wholeNumber(parser.value(maxOpt), 1, 256);
        if (!n) {
            return failLine(ServeCli::tr("--max-in-flight must be a whole number from 1 to 256, not \"%1\".")
                                .arg(shownArg(parser.value(maxOpt), 20)));
        }
        maxInFlight = *n;
    }
    core::BatchOptions batch;
    if (parser.isSet(timeoutOpt)) {
        const std::optional<int> ms = wholeNumber(parser.value(timeoutOpt), 100, 60000);
        if (!ms) {
            return failLine(ServeCli::tr("--timeout must be a whole number of milliseconds from 100 to 60000, not "
                                         "\"%1\".")
                                .arg(shownArg(parser.value(timeoutOpt), 20)));
        }
        batch.step.timeoutMs = *ms;
    }
    batch.maxInFlight = 1;
    batch.resolverThreads = 1;

    QThreadPool pool;
    pool.setMaxThreadCount(maxInFlight);
    const StopSignals stop;
    QMutex countersLock;
    core::ExporterCounters counters;
    counters.maxInFlight = maxInFlight;
    std::atomic<int> pending{0}; // running + waiting
    auto count = [&](quint64 core::ExporterCounters::*field) {
        const QMutexLocker lock(&countersLock);
        ++(counters.*field);
    };

    QHttpServer server;
    server.route(u"/probe"_s, [&](const QHttpServerRequest& request) -> QFuture<QHttpServerResponse> {
        const QUrlQuery query = request.query();
        const QString input = query.queryItemValue(u"target"_s, QUrl::FullyDecoded).trimmed();
        if (input.isEmpty()) {
            count(&core::ExporterCounters::probesBadInput);
            return QtFuture::makeReadyFuture(
                badRequest(ServeCli::tr("Say which target to check: /probe?target=HOST:PORT")));
        }
        const core::TargetParse parsed = core::parseTarget(input, query.queryItemValue(u"port"_s, QUrl::FullyDecoded));
        if (!parsed.ok()) {
            count(&core::ExporterCounters::probesBadInput);
            return QtFuture::makeReadyFuture(badRequest(parsed.error));
        }
        if (pending.fetch_add(1) >= 4 * maxInFlight) {
            pending.fetch_sub(1);
            count(&core::ExporterCounters::probesRejected);
            return QtFuture::makeReadyFuture(QHttpServerResponse(
                QByteArrayLiteral("text/plain; charset=utf-8"),
                (u"tcpdoctor: "_s + ServeCli::tr("Too many checks at once (%1 running, more waiting); try again.")
                                        .arg(maxInFlight)
                 + u'\n')
                    .toUtf8(),
                QHttpServerResponse::StatusCode::ServiceUnavailable));
        }
        core::BatchLine line;
        line.lineNumber = 1;
        line.input = input;
        line.parsed = parsed;
        return QtConcurrent::run(&pool, [&, line] {
            {
                const QMutexLocker lock(&countersLock);
                ++counters.inFlight;
            }
            const QList<core::Report> reports = core::runBatch({line}, batch, stop.flag());
            {
                const QMutexLocker lock(&countersLock);
                --counters.inFlight;
                ++counters.probesOk;
            }
            pending.fetch_sub(1);
            if (reports.isEmpty()) {
                return QHttpServerResponse(QHttpServerResponse::StatusCode::ServiceUnavailable);
            }
            spdlog::info("exporter: {} -> {}", line.input.toStdString(), reports.front().verdict.code.toStdString());
            return textResponse(core::probeMetrics(reports.front()), QHttpServerResponse::StatusCode::Ok);
        });
    });
    server.route(u"/metrics"_s, [&]() {
        core::ExporterCounters now;
        {
            const QMutexLocker lock(&countersLock);
            now = counters;
        }
        return textResponse(core::exporterMetrics(now, QStringLiteral(TCPDOCTOR_VERSION)),
                            QHttpServerResponse::StatusCode::Ok);
    });
    server.route(u"/"_s, [] {
        return QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"),
                                   QByteArrayLiteral("tcpdoctor exporter\n"
                                                     "  /probe?target=HOST:PORT   check one target (Prometheus format)\n"
                                                     "  /metrics                  the exporter's own counters\n"
                                                     "See docs/fleet.md.\n"));
    });

    const quint16 port = server.listen(where->address, where->port);
    if (port == 0) {
        return failLine(ServeCli::tr("Cannot open %1 port %2: it is in use, or not an address of this computer.")
                            .arg(where->address.toString())
                            .arg(where->port),
                        2);
    }
    const QString shown = where->address.protocol() == QAbstractSocket::IPv6Protocol
        ? u"[%1]:%2"_s.arg(where->address.toString()).arg(port)
        : u"%1:%2"_s.arg(where->address.toString()).arg(port);
    terminalOut(ServeCli::tr("tcpdoctor exporter on http://%1/probe?target=HOST:PORT (and /metrics). At most %2 "
                             "checks at once. Ctrl+C stops it.")
                    .arg(shown)
                    .arg(maxInFlight)
                + u'\n');
    if (!where->address.isLoopback()) {
        terminalOut(ServeCli::tr("Note: other computers can reach it and make this computer check any target; "
                                 "limit who may connect (a firewall rule for your Prometheus server).")
                    + u'\n');
    }
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &server, [&stop] {
        if (stop.requested()) {
            QCoreApplication::exit(0);
        }
    });
    poll.start(100);
    QCoreApplication::exec();
    pool.waitForDone(10000); // the checks in flight see the stop flag and end within their budgets
    terminalOut(ServeCli::tr("tcpdoctor exporter stopped.") + u'\n');
    return 0;
}

} // namespace tcpd::app
