// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "StepWait.h"

#include "steps/ProxyStep.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {
struct Wait {
    Q_DECLARE_TR_FUNCTIONS(StepWait)
};
} // namespace

StepWait stepWait(const QString& id, const Target& target, const StepOptions& o, const QStringList& addresses)
{
    const QString host = target.displayHost.isEmpty() ? target.host : target.displayHost;
    if (id == u"link") {
        return {Wait::tr("Looking at this computer's network connections"), kLinkSettleMs};
    }
    if (id == u"ip") {
        return {Wait::tr("Reading this computer's addresses and asking its router"), kGatewayProbeMs};
    }
    if (id == u"dns") {
        return {Wait::tr("Waiting for the address of %1").arg(host), std::max(3000, o.dnsTimeoutMs + 500)};
    }
    if (id == u"proxy") {
        return {Wait::tr("Reading the proxy settings and looking for a sign-in page"), proxyConnectBudgetMs(o)};
    }
    if (id == u"port") {
        const QString where = addresses.size() == 1 ? addresses.first()
                            : addresses.isEmpty()   ? host
                                                    : Wait::tr("%n addresses of %1", nullptr, int(addresses.size())).arg(host);
        return {Wait::tr("Waiting for an answer from %1 port %2").arg(where).arg(target.port), o.timeoutMs};
    }
    if (id == u"firewall") {
        return {Wait::tr("Looking at this computer's firewall and where on the way to %1 the connection stops").arg(host),
                o.timeoutMs};
    }
    if (id == u"service") {
        return {Wait::tr("Waiting for the service on %1 port %2 to answer").arg(host).arg(target.port),
                o.serviceTimeoutMs};
    }
    return {};
}

} // namespace tcpd::core
