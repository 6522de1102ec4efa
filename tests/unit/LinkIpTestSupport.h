// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// Made-up network configurations for the link/ip step and rule tests: a computer described in a
// few lines, no network touched.

#include "platform/NetConfig.h"
#include "steps/NetConfigSteps.h"
#include "target/Target.h"

#include <QString>

namespace tcpd::test {

using namespace tcpd::platform;

inline NetInterface makeInterface(int index, const std::string& name, InterfaceKind kind, bool link)
{
    NetInterface i;
    i.index = index;
    i.name = name;
    i.friendlyName = name;
    i.kind = kind;
    i.adminUp = Tri::Yes;
    i.carrier = link ? Tri::Yes : Tri::No;
    i.operState = link ? "up" : "down";
    i.mtu = 1500;
    i.mac = kind == InterfaceKind::Loopback ? "" : "02:00:5e:00:00:0" + std::to_string(index);
    i.wireless = kind == InterfaceKind::WiFi;
    return i;
}

inline IfAddress makeAddress(const std::string& address, int prefix, AddressOrigin origin = AddressOrigin::Manual)
{
    IfAddress a;
    a.address = address;
    a.prefixLength = prefix;
    a.ipv6 = address.find(':') != std::string::npos;
    a.origin = origin;
    a.permanent = origin == AddressOrigin::Manual ? Tri::Yes : Tri::No;
    return a;
}

inline Route makeRoute(const std::string& dst, int length, const std::string& gw, int index, long metric = 0)
{
    Route r;
    r.destination = dst;
    r.prefixLength = length;
    r.ipv6 = dst.find(':') != std::string::npos;
    r.gateway = gw;
    r.interfaceIndex = index;
    r.metric = metric;
    return r;
}

/// lo + eth0 (198.51.100.1/24, default via 198.51.100.254): the lab client, healthy.
inline NetSnapshot healthyComputer()
{
    NetSnapshot n;
    n.ok = true;
    n.routesKnown = true;
    NetInterface lo = makeInterface(1, "lo", InterfaceKind::Loopback, true);
    lo.operState = "unknown";
    lo.addresses = {makeAddress("127.0.0.1", 8, AddressOrigin::Loopback)};
    NetInterface eth = makeInterface(2, "eth0", InterfaceKind::Wired, true);
    eth.speedMbps = 1000;
    eth.duplex = "full";
    eth.addresses = {makeAddress("198.51.100.1", 24)};
    n.interfaces = {lo, eth};
    n.routes = {makeRoute("0.0.0.0", 0, "198.51.100.254", 2), makeRoute("198.51.100.0", 24, "", 2)};
    return n;
}

inline RouteLookup viaGateway(const std::string& dst = "203.0.113.2")
{
    RouteLookup r;
    r.status = RouteLookup::Status::Ok;
    r.destination = dst;
    r.interfaceIndex = 2;
    r.interfaceName = "eth0";
    r.source = "198.51.100.1";
    r.gateway = "198.51.100.254";
    r.method = "test";
    return r;
}

inline RouteLookup noRoute(const std::string& dst = "203.0.113.2")
{
    RouteLookup r;
    r.status = RouteLookup::Status::NoRoute;
    r.destination = dst;
    r.error = "ENETUNREACH";
    return r;
}

inline GatewayProbe probe(bool answered, Neighbour after, GatewayProbe::Method method = GatewayProbe::Method::Tcp)
{
    GatewayProbe g;
    g.gateway = "198.51.100.254";
    g.interfaceIndex = 2;
    g.method = method;
    g.answered = answered;
    g.rttMs = answered ? 0.4 : -1;
    g.tries = 3;
    g.answer = answered ? "tcp_refused" : "";
    g.tcpPort = answered ? 80 : 0;
    g.neighbourBefore = Neighbour::None;
    g.neighbourAfter = after;
    return g;
}

inline core::Target literal(const QString& address = QStringLiteral("203.0.113.2"), quint16 port = 8080)
{
    core::Target t;
    t.input = address + QLatin1Char(':') + QString::number(port);
    t.host = address;
    t.displayHost = address;
    t.port = port;
    t.isAddress = true;
    t.isIPv6 = address.contains(QLatin1Char(':'));
    return t;
}

inline core::Target name(const QString& host = QStringLiteral("app.example"), quint16 port = 443)
{
    core::Target t;
    t.input = host + QLatin1Char(':') + QString::number(port);
    t.host = host;
    t.displayHost = host;
    t.port = port;
    return t;
}

} // namespace tcpd::test
