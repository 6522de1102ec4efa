// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "Report.h"

#include "Version.h"

#include <QJsonArray>
#include <QSysInfo>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {
QJsonArray toArray(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list) {
        a.append(s);
    }
    return a;
}

QJsonObject environmentJson(const RunEnvironment& e)
{
    QJsonObject o;
    const auto put = [&o](const QString& key, const QString& value) {
        if (!value.isEmpty()) {
            o.insert(key, value);
        }
    };
    put(u"os"_s, e.os);
    put(u"os_version"_s, e.osVersion);
    put(u"kernel"_s, e.kernel);
    put(u"architecture"_s, e.architecture);
    put(u"host_name"_s, e.hostName);
    put(u"user_name"_s, e.userName);
    put(u"time_zone"_s, e.timeZone);
    return o;
}
} // namespace

RunEnvironment RunEnvironment::current()
{
    RunEnvironment e;
    e.os = QSysInfo::prettyProductName();
    e.osVersion = QSysInfo::productVersion();
    e.kernel = QString(QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion()).trimmed();
    e.architecture = QSysInfo::currentCpuArchitecture();
    e.hostName = QSysInfo::machineHostName();
    for (const char* var : {"USER", "USERNAME", "LOGNAME"}) {
        e.userName = qEnvironmentVariable(var);
        if (!e.userName.isEmpty()) {
            break;
        }
    }
    e.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    return e;
}

QJsonObject reportToJson(const Report& report)
{
    QJsonObject root;
    root.insert(u"schema"_s, u"tcpdoctor-report/1"_s);
    root.insert(u"tool"_s, QJsonObject{{u"name"_s, u"tcpdoctor"_s}, {u"version"_s, QStringLiteral(TCPDOCTOR_VERSION)}});
    root.insert(u"started_at"_s, report.startedAt.toUTC().toString(Qt::ISODateWithMs));
    root.insert(u"duration_ms"_s, report.durationMs);

    QJsonObject target;
    target.insert(u"input"_s, report.target.input);
    target.insert(u"host"_s, report.target.host);
    target.insert(u"port"_s, report.target.port);
    target.insert(u"service"_s, report.target.service.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(report.target.service));
    if (report.target.displayHost != report.target.host) {
        target.insert(u"display_host"_s, report.target.displayHost);
    }
    root.insert(u"target"_s, target);

    QJsonArray steps;
    for (const StepResult& s : report.steps) {
        QJsonObject o;
        o.insert(u"id"_s, s.id);
        o.insert(u"status"_s, statusName(s.status));
        o.insert(u"summary"_s, s.summary);
        o.insert(u"started_ms"_s, s.startedMs);
        o.insert(u"duration_ms"_s, s.durationMs);
        QJsonArray findings;
        for (const Finding& f : s.findings) {
            findings.append(QJsonObject{{u"code"_s, f.code},
                                        {u"severity"_s, severityName(f.severity)},
                                        {u"title"_s, f.title},
                                        {u"detail"_s, f.detail},
                                        {u"advice"_s, toArray(f.advice)}});
        }
        o.insert(u"findings"_s, findings);
        o.insert(u"data"_s, s.data);
        steps.append(o);
    }
    root.insert(u"steps"_s, steps);

    const Verdict& v = report.verdict;
    root.insert(u"verdict"_s, QJsonObject{{u"code"_s, v.code},
                                          {u"layer"_s, v.layer},
                                          {u"title"_s, v.title},
                                          {u"explanation"_s, v.explanation},
                                          {u"next_steps"_s, toArray(v.nextSteps)},
                                          {u"evidence"_s, toArray(v.evidence)}});

    // Additions to the contract (never renamed): the computer, the pasted error, redaction.
    root.insert(u"environment"_s,
                environmentJson(report.environment.isEmpty() ? RunEnvironment::current() : report.environment));
    const PastedError& e = report.pastedError;
    if (!e.isEmpty()) {
        QJsonObject pasted{{u"message"_s, e.message}, {u"suggested_steps"_s, toArray(e.suggestedSteps)}};
        const auto put = [&pasted](const QString& key, const QString& value) {
            pasted.insert(key, value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value));
        };
        put(u"code"_s, e.code);
        put(u"title"_s, e.title);
        put(u"explanation"_s, e.explanation);
        root.insert(u"explained_error"_s, pasted);
    }
    if (!report.manualChecks.isEmpty()) {
        QJsonArray checks;
        for (const ManualCheck& c : report.manualChecks) {
            const QString answer = c.answer == ManualCheck::Answer::Yes  ? u"yes"_s
                                 : c.answer == ManualCheck::Answer::No ? u"no"_s
                                                                       : u"unknown"_s;
            checks.append(QJsonObject{{u"id"_s, c.id}, {u"question"_s, c.question}, {u"answer"_s, answer}});
        }
        root.insert(u"manual_checks"_s, checks);
    }
    root.insert(u"redacted"_s, report.redacted);
    return root;
}

} // namespace tcpd::core
