// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "Report.h"

#include "Version.h"
#include "evidence/Evidence.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QSysInfo>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tcpd::core {

using evidence::strings;

namespace {
struct ReportFile {
    Q_DECLARE_TR_FUNCTIONS(ReportFile)
};

StepStatus statusFromName(const QString& name)
{
    for (StepStatus s : {StepStatus::Pass, StepStatus::Warn, StepStatus::Fail, StepStatus::Skipped, StepStatus::Error}) {
        if (statusName(s) == name) {
            return s;
        }
    }
    return StepStatus::Error;
}

Severity severityFromName(const QString& name)
{
    for (Severity s : {Severity::Info, Severity::Warning, Severity::Error}) {
        if (severityName(s) == name) {
            return s;
        }
    }
    return Severity::Info;
}

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
    if (!v.plain.isEmpty()) { // since 0.2: the same verdict without protocol words (the wizard's home role)
        QJsonObject verdict = root.value(u"verdict"_s).toObject();
        verdict.insert(u"plain"_s, QJsonObject{{u"title"_s, v.plain.title},
                                               {u"meaning"_s, v.plain.meaning},
                                               {u"next_steps"_s, toArray(v.plain.nextSteps)}});
        root.insert(u"verdict"_s, verdict);
    }

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

std::optional<Report> reportFromJson(const QJsonObject& doc, QString* error)
{
    const auto fail = [error](const QString& why) -> std::optional<Report> {
        if (error != nullptr) {
            *error = why;
        }
        return std::nullopt;
    };
    if (doc.value(u"schema"_s).toString() != u"tcpdoctor-report/1") {
        return fail(ReportFile::tr("This is not a tcpdoctor report (no \"schema\": \"tcpdoctor-report/1\")."));
    }
    const QJsonObject target = doc.value(u"target"_s).toObject();
    const QJsonObject verdict = doc.value(u"verdict"_s).toObject();
    if (target.value(u"host"_s).toString().isEmpty() || verdict.value(u"code"_s).toString().isEmpty()) {
        return fail(ReportFile::tr("The report has no target or no verdict."));
    }
    Report r;
    r.startedAt = QDateTime::fromString(doc.value(u"started_at"_s).toString(), Qt::ISODateWithMs);
    r.durationMs = doc.value(u"duration_ms"_s).toInteger();
    r.target.input = target.value(u"input"_s).toString();
    r.target.host = target.value(u"host"_s).toString();
    r.target.displayHost = target.value(u"display_host"_s).toString(r.target.host);
    r.target.port = static_cast<quint16>(qBound(0, target.value(u"port"_s).toInt(), 65535));
    r.target.service = target.value(u"service"_s).toString();
    const QHostAddress address(r.target.host);
    r.target.isAddress = !address.isNull();
    r.target.isIPv6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    for (const QJsonValue& v : doc.value(u"steps"_s).toArray()) {
        const QJsonObject o = v.toObject();
        StepResult s;
        s.id = o.value(u"id"_s).toString();
        s.status = statusFromName(o.value(u"status"_s).toString());
        s.summary = o.value(u"summary"_s).toString();
        s.startedMs = o.value(u"started_ms"_s).toInteger();
        s.durationMs = o.value(u"duration_ms"_s).toInteger();
        for (const QJsonValue& fv : o.value(u"findings"_s).toArray()) {
            const QJsonObject f = fv.toObject();
            s.findings << Finding{f.value(u"code"_s).toString(), severityFromName(f.value(u"severity"_s).toString()),
                                  f.value(u"title"_s).toString(), f.value(u"detail"_s).toString(),
                                  strings(f.value(u"advice"_s))};
        }
        s.data = o.value(u"data"_s).toObject();
        r.steps << s;
    }
    r.verdict.code = verdict.value(u"code"_s).toString();
    r.verdict.layer = verdict.value(u"layer"_s).toString();
    r.verdict.title = verdict.value(u"title"_s).toString();
    r.verdict.explanation = verdict.value(u"explanation"_s).toString();
    r.verdict.nextSteps = strings(verdict.value(u"next_steps"_s));
    r.verdict.evidence = strings(verdict.value(u"evidence"_s));
    const QJsonObject plain = verdict.value(u"plain"_s).toObject();
    r.verdict.plain = {plain.value(u"title"_s).toString(), plain.value(u"meaning"_s).toString(),
                       strings(plain.value(u"next_steps"_s))};
    const QJsonObject env = doc.value(u"environment"_s).toObject();
    r.environment = {env.value(u"os"_s).toString(),        env.value(u"os_version"_s).toString(),
                     env.value(u"kernel"_s).toString(),    env.value(u"architecture"_s).toString(),
                     env.value(u"host_name"_s).toString(), env.value(u"user_name"_s).toString(),
                     env.value(u"time_zone"_s).toString()};
    const QJsonObject pasted = doc.value(u"explained_error"_s).toObject();
    if (!pasted.isEmpty()) {
        r.pastedError = {pasted.value(u"message"_s).toString(), pasted.value(u"code"_s).toString(),
                         pasted.value(u"title"_s).toString(), pasted.value(u"explanation"_s).toString(),
                         strings(pasted.value(u"suggested_steps"_s))};
    }
    for (const QJsonValue& v : doc.value(u"manual_checks"_s).toArray()) {
        const QJsonObject c = v.toObject();
        const QString answer = c.value(u"answer"_s).toString();
        r.manualChecks << ManualCheck{c.value(u"id"_s).toString(), c.value(u"question"_s).toString(),
                                      answer == u"yes"  ? ManualCheck::Answer::Yes
                                      : answer == u"no" ? ManualCheck::Answer::No
                                                        : ManualCheck::Answer::Unknown};
    }
    r.redacted = doc.value(u"redacted"_s).toBool();
    return r;
}

} // namespace tcpd::core
