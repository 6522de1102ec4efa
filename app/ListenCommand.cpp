// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// tcpdoctor listen [PORT] [--address ADDR] [--json]        what listens on this computer, and where
// tcpdoctor listen --serve PORT [--for S] [--address ADDR] a temporary test listener, closed after S seconds

#include "Commands.h"
#include "StopSignals.h"

#include "listen/ListenCheck.h"
#include "listen/ListenTypes.h"
#include "listen/TestListener.h"
#include "target/Target.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>


using namespace Qt::StringLiterals;

namespace tcpd::app {

namespace {

struct ListenCli {
    Q_DECLARE_TR_FUNCTIONS(ListenCli)
};

void say(const QString& line)
{
    terminalOut(line + u"\n"_s); // flushed at once: people and scripts watch it live
}

bool checkAddress(const QString& text, QString* error)
{
    if (QHostAddress(core::withoutZone(text)).isNull()) {
        *error = ListenCli::tr("\"%1\" is not an IP address: --address takes a numeric address such as 192.0.2.10 or "
                               "2001:db8::10.")
                     .arg(text.left(80));
        return false;
    }
    return true;
}

int serve(quint16 port, const QString& address, int seconds)
{
    core::TestListener listener;
    int exitCode = 0;
    QObject::connect(&listener, &core::TestListener::refused, &listener, [&exitCode](const QString& reason, int code) {
        exitCode = failLine(reason, code);
        QCoreApplication::exit(0);
    });
    QObject::connect(
        &listener, &core::TestListener::started, &listener,
        [port, seconds](const QStringList& addresses, quint16, int) {
            const QString until = QDateTime::currentDateTime().addSecs(seconds).toString(u"HH:mm:ss"_s);
            say(ListenCli::tr("tcpdoctor test listener: port %1 is now OPEN on %2.")
                    .arg(port)
                    .arg(addresses.join(u", "_s)));
            say(ListenCli::tr("It answers every connection with one line naming tcpdoctor, keeps it open and sends "
                              "back what it receives (for tcpdoctor idle). It is not your real service."));
            say(ListenCli::tr("It closes by itself in %n second(s), at %1. Press Ctrl-C to close it sooner.", nullptr,
                              seconds)
                    .arg(until));
            const QStringList clients = core::defaultClientAddresses(tcpd::platform::readListenTable());
            const QString target = addresses.size() == 1 ? addresses.front() : clients.value(0);
            if (!target.isEmpty()) {
                say(ListenCli::tr("On a client, run: tcpdoctor diagnose %1").arg(core::endpointText(target, port)));
            }
        });
    QObject::connect(&listener, &core::TestListener::connectionGreeted, &listener,
                     [](const QString& peer, quint16 peerPort, int count) {
                         say(ListenCli::tr("%1  connection %2 from %3: greeted.")
                                 .arg(QDateTime::currentDateTime().toString(u"HH:mm:ss"_s))
                                 .arg(count)
                                 .arg(core::endpointText(peer, peerPort)));
                     });
    QObject::connect(&listener, &core::TestListener::finished, &listener, [port](int connections, bool early) {
        say(early ? ListenCli::tr("tcpdoctor test listener: port %1 closed early, as asked. %n connection(s) arrived.",
                                  nullptr, connections)
                        .arg(port)
                  : ListenCli::tr("tcpdoctor test listener: port %1 closed, its time is up. %n connection(s) arrived.",
                                  nullptr, connections)
                        .arg(port));
        QCoreApplication::exit(0);
    });
    const StopSignals stop; // Ctrl-C and SIGTERM close the listener early (polled: handlers only set a flag)
    QTimer poll;
    bool stopping = false;
    QObject::connect(&poll, &QTimer::timeout, &listener, [&listener, &stop, &stopping] {
        if (!stopping && stop.requested()) {
            stopping = true;
            listener.stop();
        }
    });
    poll.start(100);
    QTimer::singleShot(0, &listener, [&] { listener.start(port, address, seconds); });
    QCoreApplication::exec();
    return exitCode;
}

} // namespace

int runListenCommand(const QStringList& arguments)
{
    if (arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s)) {
        say(ListenCli::tr(
                "Usage:\n"
                "  tcpdoctor listen                      every listening TCP port of this computer, with its program\n"
                "  tcpdoctor listen PORT [--address ADDR] is anything listening on PORT, on which address, can\n"
                "                                        other computers connect? (ADDR: the address clients use)\n"
                "  tcpdoctor listen --serve PORT [--for SECONDS] [--address ADDR]\n"
                "                                        open PORT for a while (default 60 s, at most %1) with a test\n"
                "                                        listener that greets every connection and sends back\n"
                "                                        what it receives; Ctrl-C closes it\n"
                "  --json                                the result as JSON (tcpdoctor-listen/1) and nothing else\n"
                "\n"
                "Exit codes: 0 listen.ok (or the list), 1 another listen verdict, 2 bad input or a port in use,\n"
                "3 tcpdoctor itself failed.")
                .arg(core::TestListener::kMaxSeconds));
        return 0;
    }
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption jsonOpt(u"json"_s);
    const QCommandLineOption serveOpt(u"serve"_s, QString(), u"PORT"_s);
    const QCommandLineOption forOpt(u"for"_s, QString(), u"SECONDS"_s);
    const QCommandLineOption addressOpt(u"address"_s, QString(), u"ADDR"_s);
    const QCommandLineOption langOpt(u"lang"_s, QString(), u"CODE"_s);
    const QCommandLineOption verboseOpt(u"verbose"_s);
    parser.addOptions({jsonOpt, serveOpt, forOpt, addressOpt, langOpt, verboseOpt});
    parser.addPositionalArgument(u"command"_s, QString());
    parser.addPositionalArgument(u"port"_s, QString());
    if (!parser.parse(arguments)) {
        return failLine(parserError(parser.errorText(), ListenCli::tr("Run \"tcpdoctor --help\" for the options.")));
    }
    const QStringList positional = parser.positionalArguments().mid(1);
    const QStringList addresses = parser.values(addressOpt);
    for (const QString& a : addresses) {
        QString error;
        if (!checkAddress(a, &error)) {
            return failLine(error);
        }
    }

    if (parser.isSet(serveOpt)) {
        if (!positional.isEmpty()) {
            return failLine(ListenCli::tr("Give the port once, after --serve: tcpdoctor listen --serve 8080 --for 60"));
        }
        if (parser.isSet(jsonOpt)) {
            return failLine(ListenCli::tr("--json does not go with --serve: the test listener reports as it runs."));
        }
        if (addresses.size() > 1) {
            return failLine(
                ListenCli::tr("The test listener opens one address, or every address when --address is left out."));
        }
        QString error;
        const quint16 port = core::parsePort(parser.value(serveOpt), &error);
        if (port == 0) {
            return failLine(error);
        }
        int seconds = core::TestListener::kDefaultSeconds;
        if (parser.isSet(forOpt)) {
            bool ok = false;
            seconds = parser.value(forOpt).toInt(&ok);
            if (!ok || seconds < 1 || seconds > core::TestListener::kMaxSeconds) {
                return failLine(ListenCli::tr("--for takes seconds from 1 to %1, for example --for 120.")
                                    .arg(core::TestListener::kMaxSeconds));
            }
        }
        return serve(port, addresses.value(0), seconds);
    }

    if (parser.isSet(forOpt)) {
        return failLine(ListenCli::tr("--for goes with --serve: tcpdoctor listen --serve PORT --for SECONDS"));
    }
    if (positional.size() > 1) {
        return failLine(ListenCli::tr("Give one port, for example: tcpdoctor listen 22"));
    }
    core::ListenOptions options;
    options.clientAddresses = addresses;
    if (!positional.isEmpty()) {
        QString error;
        options.port = core::parsePort(positional.front(), &error);
        if (options.port == 0) {
            return failLine(error);
        }
    } else if (!addresses.isEmpty()) {
        return failLine(ListenCli::tr("--address says which address clients use for a port: tcpdoctor listen PORT "
                                      "--address ADDR"));
    }
    const core::ListenReport report = core::runListenCheck(options);
    if (parser.isSet(jsonOpt)) {
        jsonOut(core::listenToJson(report));
    } else {
        terminalOut(core::listenToText(report)); // program and user names come from other processes
    }
    if (!report.facts.table.ok && !report.hasVerdict) {
        failLine(ListenCli::tr("The list of listening sockets could not be read: %1")
                     .arg(QString::fromStdString(report.facts.table.error)),
                 3);
    }
    return core::listenExitCode(report);
}

} // namespace tcpd::app
