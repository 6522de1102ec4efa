// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "steps/Steps.h"

#include "platform/Resolver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {
struct DnsStep {
    Q_DECLARE_TR_FUNCTIONS(DnsStep)
};

platform::Family toPlatform(AddressFamily f)
{
    return f == AddressFamily::IPv4 ? platform::Family::IPv4
         : f == AddressFamily::IPv6 ? platform::Family::IPv6
                                    : platform::Family::Any;
}
} // namespace

StepResult runDnsStep(const Target& target, const StepOptions& options, const std::atomic<bool>* cancel,
                      QStringList* addresses)
{
    StepResult r;
    r.id = u"dns"_s;
    addresses->clear();
    if (target.isAddress) {
        r.status = StepStatus::Skipped;
        r.summary = DnsStep::tr("The target is an IP address: there is no name to look up.");
        *addresses << target.host;
        return r;
    }
    QElapsedTimer timer;
    timer.start();
    using Status = platform::SystemResolution::Status;
    const platform::SystemResolution res =
        platform::resolveSystem(target.host.toStdString(), toPlatform(options.family), options.dnsTimeoutMs, cancel);
    r.durationMs = timer.elapsed();

    QJsonObject system;
    system.insert(u"elapsed_ms"_s, qRound(res.elapsedMs));
    if (res.gaiError != 0) {
        system.insert(u"error_code"_s, res.gaiError);
    }
    QJsonArray list;
    for (const std::string& a : res.addresses) {
        const QString text = QString::fromStdString(a);
        *addresses << text;
        list.append(text);
    }
    r.data.insert(u"addresses"_s, list);
    r.data.insert(u"system_resolver"_s, system);
    r.data.insert(u"per_server"_s, u"not checked yet: this version asks the system resolver only"_s);
    if (!res.errorText.empty()) {
        r.data.insert(u"error"_s, QString::fromStdString(res.errorText));
    }

    Finding f;
    switch (res.status) {
    case Status::Ok:
        r.status = StepStatus::Pass;
        r.data.insert(u"status"_s, u"ok"_s);
        r.summary = QCoreApplication::translate("DnsStep", "%1 has %n address(es).", nullptr,
                                                static_cast<int>(addresses->size()))
                        .arg(target.displayHost);
        return r;
    case Status::NoSuchName:
        r.data.insert(u"status"_s, u"nxdomain"_s);
        f.code = u"dns.nxdomain"_s;
        f.title = DnsStep::tr("The name does not exist");
        break;
    case Status::NoData:
        r.data.insert(u"status"_s, u"no_records"_s);
        f.code = u"dns.no_records"_s;
        f.title = DnsStep::tr("The name has no address of the kind asked for");
        break;
    case Status::TryAgain:
    case Status::Timeout:
        r.data.insert(u"status"_s, u"timeout"_s);
        f.code = u"dns.timeout"_s;
        f.title = DnsStep::tr("The DNS servers gave no usable answer in time");
        break;
    case Status::Cancelled:
        r.status = StepStatus::Error;
        r.data.insert(u"status"_s, u"cancelled"_s);
        r.summary = DnsStep::tr("Cancelled.");
        return r;
    case Status::Error:
        r.status = StepStatus::Error;
        r.data.insert(u"status"_s, u"error"_s);
        r.summary = DnsStep::tr("The system resolver failed: %1").arg(QString::fromStdString(res.errorText));
        return r;
    }
    r.status = StepStatus::Fail;
    f.severity = Severity::Error;
    f.detail = DnsStep::tr("The system resolver answered: %1").arg(QString::fromStdString(res.errorText));
    r.findings << f;
    r.summary = f.title;
    return r;
}

} // namespace tcpd::core
