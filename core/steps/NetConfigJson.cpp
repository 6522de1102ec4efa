// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The shared half of the link and ip steps (NetConfigSteps.h): platform values to the report's JSON
// evidence, labels people read, the gateway to probe, and the proxy settings.

#include "steps/NetConfigSteps.h"

#include "platform/HostsFile.h"
#include "platform/NetConfigUtil.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace tcpd::core::netcfg {

namespace {
struct NetConfigText {
    Q_DECLARE_TR_FUNCTIONS(NetConfigText)
};

using platform::InterfaceKind;
using platform::Tri;

QJsonValue tri(Tri t)
{
    return t == Tri::Unknown ? QJsonValue(QJsonValue::Null) : QJsonValue(t == Tri::Yes);
}

QJsonValue text(const std::string& s)
{
    return s.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromStdString(s));
}

QString nameOf(const platform::NetSnapshot& net, int index, const std::string& fallback)
{
    if (const platform::NetInterface* itf = net.byIndex(index)) {
        return QString::fromStdString(itf->name);
    }
    return QString::fromStdString(fallback);
}
} // namespace

bool hasWorkingLink(const platform::NetInterface& itf)
{
    if (itf.adminUp == Tri::No || itf.carrier == Tri::No) {
        return false;
    }
    static const char* const notWorking[] = {"down", "lowerlayerdown", "notpresent", "dormant", "testing"};
    for (const char* s : notWorking) {
        if (itf.operState == s) {
            return false;
        }
    }
    return itf.carrier == Tri::Yes || itf.operState == "up";
}

QString kindLabel(InterfaceKind kind)
{
    switch (kind) {
    case InterfaceKind::Wired: return NetConfigText::tr("Ethernet");
    case InterfaceKind::WiFi: return NetConfigText::tr("Wi-Fi");
    case InterfaceKind::Cellular: return NetConfigText::tr("mobile broadband");
    case InterfaceKind::Tunnel: return NetConfigText::tr("VPN tunnel");
    case InterfaceKind::Virtual: return NetConfigText::tr("virtual interface");
    case InterfaceKind::Loopback: return NetConfigText::tr("loopback");
    case InterfaceKind::Unknown: break;
    }
    return NetConfigText::tr("network interface");
}

QString interfaceLabel(const platform::NetInterface& itf)
{
    const std::string& name = itf.friendlyName.empty() ? itf.name : itf.friendlyName;
    return NetConfigText::tr("%1 '%2'").arg(kindLabel(itf.kind), QString::fromStdString(name));
}

QString interfaceLabelAtStart(const platform::NetInterface& itf)
{
    QString label = interfaceLabel(itf);
    if (!label.isEmpty()) {
        label[0] = label[0].toUpper();
    }
    return label;
}

QJsonObject interfaceJson(const platform::NetInterface& itf)
{
    QJsonObject o;
    o.insert(u"index"_s, itf.index);
    o.insert(u"name"_s, QString::fromStdString(itf.name));
    o.insert(u"friendly_name"_s, QString::fromStdString(itf.friendlyName.empty() ? itf.name : itf.friendlyName));
    o.insert(u"description"_s, text(itf.description));
    o.insert(u"kind"_s, QString::fromLatin1(platform::kindName(itf.kind)));
    o.insert(u"kind_detail"_s, text(itf.kindDetail));
    o.insert(u"admin_up"_s, tri(itf.adminUp));
    o.insert(u"carrier"_s, tri(itf.carrier));
    o.insert(u"oper_state"_s, text(itf.operState));
    o.insert(u"link"_s, hasWorkingLink(itf));
    o.insert(u"speed_mbps"_s, itf.speedMbps > 0 ? QJsonValue(static_cast<qint64>(itf.speedMbps)) : QJsonValue());
    o.insert(u"duplex"_s, text(itf.duplex));
    o.insert(u"mtu"_s, itf.mtu > 0 ? QJsonValue(itf.mtu) : QJsonValue());
    // The one field that identifies the hardware: --redact (the report) masks it by this name.
    o.insert(u"mac_address"_s, text(itf.mac));
    if (itf.wireless) {
        QJsonObject w;
        w.insert(u"radio_on"_s, tri(itf.wifi.radioOn));
        w.insert(u"hardware_switch_off"_s, tri(itf.wifi.hardwareSwitch));
        w.insert(u"ssid"_s, text(itf.wifi.ssid));
        w.insert(u"signal_dbm"_s, itf.wifi.signalDbm != 0 ? QJsonValue(itf.wifi.signalDbm) : QJsonValue());
        w.insert(u"signal_percent"_s, itf.wifi.signalPercent >= 0 ? QJsonValue(itf.wifi.signalPercent) : QJsonValue());
        o.insert(u"wifi"_s, w);
    }
    return o;
}

QJsonObject addressJson(const platform::IfAddress& a, const QString& interfaceName)
{
    QJsonObject o;
    o.insert(u"interface"_s, interfaceName);
    o.insert(u"address"_s, QString::fromStdString(a.address));
    o.insert(u"prefix_length"_s, a.prefixLength);
    o.insert(u"family"_s, a.ipv6 ? u"ipv6"_s : u"ipv4"_s);
    o.insert(u"origin"_s, QString::fromLatin1(platform::originName(a.origin)));
    o.insert(u"usable"_s, platform::isUsableAddress(a));
    o.insert(u"permanent"_s, tri(a.permanent));
    const bool finite = a.lifetimesKnown && a.validLifetimeS != 0xffffffffu;
    o.insert(u"valid_lft_s"_s, finite ? QJsonValue(static_cast<qint64>(a.validLifetimeS)) : QJsonValue());
    o.insert(u"preferred_lft_s"_s,
             a.lifetimesKnown && a.preferredLifetimeS != 0xffffffffu
                 ? QJsonValue(static_cast<qint64>(a.preferredLifetimeS))
                 : QJsonValue());
    o.insert(u"tentative"_s, a.tentative);
    o.insert(u"duplicate"_s, a.duplicate);
    o.insert(u"deprecated"_s, a.deprecated);
    o.insert(u"temporary"_s, a.temporary);
    return o;
}

QJsonObject routeJson(const platform::RouteLookup& r, const platform::NetSnapshot& net)
{
    QJsonObject o;
    o.insert(u"destination"_s, QString::fromStdString(r.destination));
    o.insert(u"status"_s, QString::fromLatin1(platform::routeStatusName(r.status)));
    const bool routed
        = r.status == platform::RouteLookup::Status::Ok || r.status == platform::RouteLookup::Status::Local;
    o.insert(u"interface"_s, routed ? QJsonValue(nameOf(net, r.interfaceIndex, r.interfaceName)) : QJsonValue());
    const platform::NetInterface* itf = net.byIndex(r.interfaceIndex);
    o.insert(u"interface_kind"_s,
             routed && itf != nullptr ? QJsonValue(QString::fromLatin1(platform::kindName(itf->kind))) : QJsonValue());
    o.insert(u"source"_s, routed ? text(r.source) : QJsonValue());
    o.insert(u"next_hop"_s, routed ? QJsonValue(QString::fromStdString(r.nextHop())) : QJsonValue());
    o.insert(u"gateway"_s, routed ? text(r.gateway) : QJsonValue());
    o.insert(u"on_link"_s, routed ? QJsonValue(r.onLink) : QJsonValue());
    o.insert(u"error"_s, text(r.error));
    o.insert(u"method"_s, text(r.method));
    return o;
}

QJsonObject gatewayProbeJson(const platform::GatewayProbe& g, const platform::NetSnapshot& net)
{
    QJsonObject o;
    o.insert(u"gateway"_s, QString::fromStdString(g.gateway));
    o.insert(u"interface"_s, nameOf(net, g.interfaceIndex, std::string()));
    o.insert(u"method"_s, QString::fromLatin1(platform::probeMethodName(g.method)));
    o.insert(u"answered"_s, g.answered);
    o.insert(u"rtt_ms"_s, g.rttMs >= 0 ? QJsonValue(qRound(g.rttMs * 100) / 100.0) : QJsonValue());
    o.insert(u"answer"_s, text(g.answer));
    o.insert(u"tcp_port"_s, g.tcpPort > 0 ? QJsonValue(g.tcpPort) : QJsonValue());
    o.insert(u"tries"_s, g.tries);
    o.insert(u"icmp_unavailable"_s, text(g.icmpUnavailable));
    o.insert(u"error"_s, text(g.error));
    o.insert(u"neighbour_before"_s, QString::fromLatin1(platform::neighbourName(g.neighbourBefore)));
    o.insert(u"neighbour"_s, QString::fromLatin1(platform::neighbourName(g.neighbourAfter)));
    o.insert(u"elapsed_ms"_s, qRound(g.elapsedMs));
    if (g.cancelled) {
        o.insert(u"cancelled"_s, true);
    }
    return o;
}

QJsonArray routesJson(const platform::NetSnapshot& net, bool defaultsOnly)
{
    QJsonArray list;
    for (const platform::Route& r : net.routes) {
        if ((defaultsOnly && !r.isDefault()) || list.size() >= 256) {
            continue;
        }
        QJsonObject o;
        const QString itfName = nameOf(net, r.interfaceIndex, r.interfaceName);
        if (defaultsOnly) {
            o.insert(u"address"_s, text(r.gateway));
            o.insert(u"interface"_s, itfName);
            o.insert(u"family"_s, r.ipv6 ? u"ipv6"_s : u"ipv4"_s);
            o.insert(u"metric"_s, r.metric >= 0 ? QJsonValue(static_cast<qint64>(r.metric)) : QJsonValue());
            const platform::NetInterface* itf = net.byIndex(r.interfaceIndex);
            QJsonValue onSubnet;
            if (!r.gateway.empty() && itf != nullptr) {
                onSubnet
                    = platform::isLinkLocalAddress(r.gateway) || platform::addressCovering(*itf, r.gateway) != nullptr;
            }
            o.insert(u"on_subnet"_s, onSubnet);
            o.insert(u"onlink_flag"_s, r.onlinkFlag);
            o.insert(u"type"_s, QString::fromLatin1(platform::routeTypeName(r.type)));
        } else {
            o.insert(u"destination"_s, QString::fromStdString(r.destination));
            o.insert(u"prefix_length"_s, r.prefixLength);
            o.insert(u"family"_s, r.ipv6 ? u"ipv6"_s : u"ipv4"_s);
            o.insert(u"gateway"_s, text(r.gateway));
            o.insert(u"interface"_s, itfName);
            o.insert(u"metric"_s, r.metric >= 0 ? QJsonValue(static_cast<qint64>(r.metric)) : QJsonValue());
            o.insert(u"type"_s, QString::fromLatin1(platform::routeTypeName(r.type)));
        }
        list.append(o);
    }
    return list;
}

std::string knownAddress(const Target& target, QString* source)
{
    if (target.isAddress) {
        *source = u"address"_s;
        return target.host.toStdString();
    }
    const QString host = target.host.toLower();
    const std::string name = target.host.toStdString();
    const platform::TextFile file = platform::readTextFile(platform::systemHostsPath(), 1u << 20);
    if (file.ok) {
        const platform::HostsFile hosts = platform::parseHostsFile(file.text);
        const std::vector<const platform::HostsEntry*> entries = hosts.lookup(name);
        if (!entries.empty()) {
            *source = u"hosts_file"_s;
            return entries.front()->address;
        }
    }
    if (host == u"localhost" || host == u"localhost." || host.endsWith(u".localhost")
        || host.endsWith(u".localhost.")) {
        *source = u"localhost"_s;
        return "127.0.0.1";
    }
    return {};
}

bool gatewayFor(const platform::NetSnapshot& net, const std::optional<platform::RouteLookup>& route, bool preferIpv6,
                std::string& gateway, int& interfaceIndex)
{
    if (route.has_value()) {
        if (route->status != platform::RouteLookup::Status::Ok || route->gateway.empty()) {
            return false;
        }
        gateway = route->gateway;
        interfaceIndex = route->interfaceIndex;
        return true;
    }
    const platform::Route* best = nullptr;
    for (const platform::Route& r : net.routes) {
        if (!r.isDefault() || r.gateway.empty() || r.type != platform::RouteType::Unicast) {
            continue;
        }
        const auto rank = [preferIpv6](const platform::Route& x) { return x.ipv6 == preferIpv6 ? 0 : 1; };
        if (best == nullptr || rank(r) < rank(*best)
            || (rank(r) == rank(*best) && std::max(r.metric, 0L) < std::max(best->metric, 0L))) {
            best = &r;
        }
    }
    if (best == nullptr) {
        return false;
    }
    gateway = best->gateway;
    interfaceIndex = best->interfaceIndex;
    return true;
}

QString withoutCredentials(const QString& proxyUrl)
{
    static const QRegularExpression userInfo(u"^([A-Za-z][A-Za-z0-9+.-]*://)?[^/@]*@"_s);
    QString out = proxyUrl.trimmed();
    out.replace(userInfo, u"\\1"_s);
    return out.left(300);
}

QList<ProxySetting> proxySettings(const Target& target, const std::atomic<bool>* cancel, int timeoutMs)
{
    QList<ProxySetting> out;
    for (const char* name : {"http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty()) {
            out << ProxySetting{QString::fromLatin1(name), withoutCredentials(value)};
        }
    }
    // What a browser would be told for this target. The system may consult a PAC script or WPAD,
    // which can hang: ask on a helper thread and wait a bounded time (it finishes on its own).
    QUrl url;
    url.setScheme(target.service == u"http" ? u"http"_s : u"https"_s);
    url.setHost(target.host.section(u'%', 0, 0));
    url.setPort(target.port);
    struct Shared {
        std::mutex mutex;
        std::condition_variable done;
        bool finished = false;
        QList<QNetworkProxy> list;
    };
    auto shared = std::make_shared<Shared>();
    std::thread([shared, url] {
        QList<QNetworkProxy> list = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
        std::lock_guard<std::mutex> lock(shared->mutex);
        shared->list = std::move(list);
        shared->finished = true;
        shared->done.notify_all();
    }).detach();
    std::unique_lock<std::mutex> lock(shared->mutex);
    for (int waited = 0; !shared->finished && waited < timeoutMs; waited += 20) {
        if (cancel != nullptr && cancel->load()) {
            break;
        }
        shared->done.wait_for(lock, std::chrono::milliseconds(20));
    }
    if (!shared->finished) {
        out << ProxySetting{u"system"_s, QString()}; // the system's answer did not come in time
        return out;
    }
    for (const QNetworkProxy& p : std::as_const(shared->list)) {
        if (p.type() != QNetworkProxy::HttpProxy && p.type() != QNetworkProxy::Socks5Proxy
            && p.type() != QNetworkProxy::HttpCachingProxy) {
            continue;
        }
        const QString scheme = p.type() == QNetworkProxy::Socks5Proxy ? u"socks5"_s : u"http"_s;
        const QString host = p.hostName().contains(u':') ? u'[' + p.hostName() + u']' : p.hostName();
        out << ProxySetting{u"system"_s, scheme + u"://"_s + host + u':' + QString::number(p.port())};
        if (out.size() >= 16) {
            break;
        }
    }
    return out;
}

} // namespace tcpd::core::netcfg
