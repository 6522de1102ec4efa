// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// tcpdoctor explain "ERROR MESSAGE" [--json]   what a pasted error message means at the TCP level
// tcpdoctor explain - [--json]                 the same, the message read from standard input
//
// Exit codes (CONTRACT.md): 1 a TCP connection problem was recognised (the code says which), 0 the
// message holds no TCP connection error tcpdoctor knows (error.unknown), 2 no message or bad usage.

#include "Commands.h"

#include "explain/ExplainTexts.h"
#include "explain/Explainer.h"
#include "steps/StepResult.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace tcpd::app {

namespace {

struct ExplainCli {
    Q_DECLARE_TR_FUNCTIONS(ExplainCli)
};

constexpr qint64 kMaxStdinBytes = 4 * 1024 * 1024; // the explainer reads the first 100 000 characters anyway

void out(const QString& text)
{
    terminalOut(text); // the pasted message is echoed: escape sequences in it stay visible text
}

QString usage()
{
    return ExplainCli::tr("Usage:\n"
                          "  tcpdoctor explain \"ERROR MESSAGE\" [--json]   explain an error message\n"
                          "  tcpdoctor explain - [--json]                 read the message from standard input\n"
                          "  tcpdoctor explain -- \"-bash: ...\"            a message that starts with \"-\"\n"
                          "\n"
                          "Exit codes: 1 a connection problem was recognised, 0 no TCP connection error found in the "
                          "message, 2 no message.\n");
}

/// Standard input as text: UTF-8, or the system's own encoding when it is not valid UTF-8 (a
/// Windows console in code page 850 or 1252).
QString readStandardInput()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray bytes = in.read(kMaxStdinBytes);
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    return utf8.hasError() ? QString::fromLocal8Bit(bytes) : text;
}

QString humanText(const core::Explanation& e)
{
    QString text = (e.recognised() ? u"✘ "_s : QString()) + e.title + u"\n\n"_s + e.explanation + u"\n"_s;
    if (!e.causes.isEmpty()) {
        text += u"\n"_s
            + (e.recognised() ? ExplainCli::tr("Likely causes, most likely first:") : ExplainCli::tr("What to check:"))
            + u"\n"_s;
        for (qsizetype i = 0; i < e.causes.size(); ++i) {
            text += u"  %1. %2\n"_s.arg(i + 1).arg(e.causes[i]);
        }
    }
    text += u"\n"_s;
    if (!e.phase.isEmpty() && e.recognised()) {
        text += ExplainCli::tr("When: %1.").arg(core::phaseDescription(e.phase)) + u"\n"_s;
    }
    if (!e.matched.isEmpty()) {
        text += ExplainCli::tr("Recognised from: \"%1\"").arg(e.matched) + u"\n"_s;
    }
    const core::FittingCheck fits = core::fittingCheck(e);
    if (!e.recognised() || fits == core::FittingCheck::None) {
        // nothing to check
    } else if (fits == core::FittingCheck::ServerView) {
        // A port taken on this computer: the server view names who holds it.
        const QString command = e.port != 0 ? u"tcpdoctor listen "_s + QString::number(e.port)
                                            : ExplainCli::tr("tcpdoctor listen PORT (the message does not say which port)");
        text += ExplainCli::tr("See who holds the port: %1").arg(command) + u"\n"_s;
    } else {
        QString command;
        if (e.host.isEmpty()) {
            command = ExplainCli::tr("tcpdoctor diagnose COMPUTER:%1 (the message does not say which computer)")
                          .arg(e.port != 0 ? QString::number(e.port) : u"PORT"_s);
        } else if (e.port == 0) {
            command = u"tcpdoctor diagnose %1 --port PORT"_s.arg(e.host.contains(u':') ? QString(u'[' + e.host + u']')
                                                                                       : e.host);
        } else {
            command = u"tcpdoctor diagnose "_s + e.target();
        }
        if (fits == core::FittingCheck::ChecklistWithTls) { // so that the certificate is looked at
            command += u" --tls"_s;
        }
        text += ExplainCli::tr("Check it step by step: %1").arg(command) + u"\n"_s;
        QStringList steps;
        for (const QString& id : e.suggestedSteps) {
            steps << core::stepTitle(id);
        }
        text += ExplainCli::tr("The checklist steps that matter most here: %1.").arg(steps.join(u", "_s)) + u"\n"_s;
    }
    text += ExplainCli::tr("Code: %1").arg(e.code) + u"\n"_s;
    return text;
}

} // namespace

int runExplainCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption jsonOpt(u"json"_s);
    const QCommandLineOption langOpt(u"lang"_s, QString(), u"CODE"_s); // installed by main before we run
    const QCommandLineOption verboseOpt(u"verbose"_s);
    const QCommandLineOption helpOpt(QStringList{u"help"_s, u"h"_s});
    parser.addOptions({jsonOpt, langOpt, verboseOpt, helpOpt});
    parser.addPositionalArgument(u"command"_s, QString());
    parser.addPositionalArgument(u"message"_s, QString());
    if (!parser.parse(arguments)) {
        return failLine(parserError(parser.errorText(), ExplainCli::tr("A message that starts with \"-\" goes after --, like: "
                                         "tcpdoctor explain -- \"-bash: connect: Connection refused\"")));
    }
    if (parser.isSet(helpOpt)) {
        out(usage());
        return 0;
    }
    const QStringList words = parser.positionalArguments().mid(1);
    if (words.isEmpty()) {
        return failLine(ExplainCli::tr("Which error message? Put it in quotes, like: tcpdoctor explain \"Connection "
                                       "refused\", or pipe it in with: tcpdoctor explain -"));
    }
    // An unquoted message arrives as several words: they are one message.
    const QString message = words == QStringList{u"-"_s} ? readStandardInput() : words.join(u' ');
    if (message.trimmed().isEmpty()) {
        return failLine(ExplainCli::tr("The error message is empty: paste the message the program showed."));
    }

    const core::Explanation e = core::explainError(message);
    if (parser.isSet(jsonOpt)) {
        jsonOut(core::explanationToJson(e));
    } else {
        out(humanText(e));
    }
    return e.recognised() ? 1 : 0;
}

} // namespace tcpd::app
