// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// tcpdoctor compare OLD.json NEW.json [--json]: what changed between two saved reports.
// Exit codes (CONTRACT.md's table, read for a comparison): 0 nothing got worse, 1 something got
// worse (a step, an address or the verdict), 2 bad usage or a file that is missing or not a
// tcpdoctor report (one line on stderr, nothing on stdout).

#include "Commands.h"

#include "report/Compare.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace tcpd::app {

namespace {
struct CompareCli {
    Q_DECLARE_TR_FUNCTIONS(CompareCli)
};
} // namespace

int runCompareCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption jsonOpt(u"json"_s);
    const QCommandLineOption langOpt(u"lang"_s, QString(), u"CODE"_s);
    const QCommandLineOption verboseOpt(u"verbose"_s);
    parser.addOptions({jsonOpt, langOpt, verboseOpt});
    parser.addPositionalArgument(u"command"_s, QString());
    parser.addPositionalArgument(u"old"_s, QString());
    parser.addPositionalArgument(u"new"_s, QString());
    if (!parser.parse(arguments)) {
        return failLine(parserError(parser.errorText(), CompareCli::tr("Run \"tcpdoctor --help\" for the options.")));
    }
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 2) {
        return failLine(CompareCli::tr("Give two saved JSON reports, the earlier first: "
                                       "tcpdoctor compare before.json after.json"));
    }
    QString error;
    const std::optional<QJsonObject> older = core::readReportJson(files.at(0), &error);
    if (!older) {
        return failLine(error);
    }
    const std::optional<QJsonObject> newer = core::readReportJson(files.at(1), &error);
    if (!newer) {
        return failLine(error);
    }
    const core::ReportComparison comparison = core::compareReports(*older, *newer);
    if (parser.isSet(jsonOpt)) {
        jsonOut(core::comparisonToJson(comparison, *older, *newer));
    } else {
        terminalOut(core::comparisonToText(comparison, *older, *newer));
    }
    return comparison.gotWorse() ? 1 : 0;
}

} // namespace tcpd::app
