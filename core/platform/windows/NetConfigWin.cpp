// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// NetConfig.h on Windows, through IP Helper: GetAdaptersAddresses (GAA_FLAG_INCLUDE_GATEWAYS) and
// GetIfTable2 for adapters and addresses, GetIpForwardTable2 for routes, GetBestRoute2 for the route
// to one address (with GetBestInterfaceEx + the route table where it is missing: Wine stubs it),
// GetIpNetTable2 for neighbours, IcmpSendEcho2 for the gateway probe, and wlanapi (loaded at run
// time, absent on servers) for the Wi-Fi network name, signal and radio switch. The decisions are in
// NetConfigWinDecode.cpp, unit-tested on Linux.

#include "WinDetail.h" // winsock2.h before windows.h

#include "NetConfigWinDecode.h"
#include "platform/NetConfig.h"
#include "platform/NetConfigUtil.h"
#include "platform/TcpProbe.h"

#include <iphlpapi.h> // before icmpapi.h, which uses its types

#include <icmpapi.h>
#include <netioapi.h>
#include <wlanapi.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <thread>
#include <vector>

static_assert(tcpd::platform::win::kIfTypeWifi == IF_TYPE_IEEE80211, "IfType");
static_assert(tcpd::platform::win::kIfTypeLoopback == IF_TYPE_SOFTWARE_LOOPBACK, "IfType");
static_assert(tcpd::platform::win::kIfTypeTunnel == IF_TYPE_TUNNEL, "IfType");
static_assert(tcpd::platform::win::kIfTypePpp == IF_TYPE_PPP, "IfType");
static_assert(tcpd::platform::win::kIfTypeEthernet == IF_TYPE_ETHERNET_CSMACD, "IfType");
static_assert(tcpd::platform::win::kOperLowerLayerDown == IfOperStatusLowerLayerDown, "IF_OPER_STATUS");
static_assert(tcpd::platform::win::kPrefixDhcp == IpPrefixOriginDhcp, "NL_PREFIX_ORIGIN");
static_assert(tcpd::platform::win::kPrefixRouterAdvertisement == IpPrefixOriginRouterAdvertisement, "NL_PREFIX_ORIGIN");
static_assert(tcpd::platform::win::kSuffixRandom == IpSuffixOriginRandom, "NL_SUFFIX_ORIGIN");
static_assert(tcpd::platform::win::kDadDuplicate == IpDadStateDuplicate, "NL_DAD_STATE");
static_assert(tcpd::platform::win::kNeighReachable == NlnsReachable, "NL_NEIGHBOR_STATE");
static_assert(tcpd::platform::win::kNeighUnreachable == NlnsUnreachable, "NL_NEIGHBOR_STATE");
static_assert(tcpd::platform::win::kIpReqTimedOut == IP_REQ_TIMED_OUT, "IP_STATUS");
static_assert(tcpd::platform::win::kIpDestHostUnreachable == IP_DEST_HOST_UNREACHABLE, "IP_STATUS");
static_assert(tcpd::platform::win::kErrorNetworkUnreachable == ERROR_NETWORK_UNREACHABLE, "error code");
static_assert(tcpd::platform::win::kErrorNotSupported == ERROR_NOT_SUPPORTED, "error code");

namespace tcpd::platform {

namespace {

using Clock = std::chrono::steady_clock;
using detail::toNumeric;
using detail::toUtf8;

std::string numeric(const SOCKADDR_INET& a)
{
    return stripZone(toNumeric(reinterpret_cast<const sockaddr*>(&a)));
}

struct IfRow {
    bool hardware = false;
    Tri admin = Tri::Unknown;
    Tri media = Tri::Unknown;
};

std::map<NET_IFINDEX, IfRow> interfaceRows()
{
    std::map<NET_IFINDEX, IfRow> rows;
    PMIB_IF_TABLE2 table = nullptr;
    if (::GetIfTable2(&table) != NO_ERROR || table == nullptr) {
        return rows;
    }
    for (ULONG i = 0; i < table->NumEntries; ++i) {
        const MIB_IF_ROW2& r = table->Table[i];
        IfRow row;
        row.hardware = r.InterfaceAndOperStatusFlags.HardwareInterface != 0;
        row.admin = r.AdminStatus == NET_IF_ADMIN_STATUS_UP ? Tri::Yes : Tri::No;
        row.media = r.MediaConnectState == MediaConnectStateConnected ? Tri::Yes
            : r.MediaConnectState == MediaConnectStateDisconnected    ? Tri::No
                                                                      : Tri::Unknown;
        rows[r.InterfaceIndex] = row;
    }
    ::FreeMibTable(table);
    return rows;
}

std::string macText(const BYTE* p, ULONG n)
{
    std::string out;
    char part[4];
    for (ULONG i = 0; i < n && i < 32; ++i) {
        std::snprintf(part, sizeof part, i == 0 ? "%02x" : ":%02x", p[i]);
        out += part;
    }
    return out;
}

/// Wi-Fi name, signal and radio switch through wlanapi.dll, loaded at run time (Windows Server has
/// no WLAN service; Wine has no interfaces). Windows 11 24H2 hides the SSID without location access.
void readWifi(std::vector<NetInterface>& interfaces, const std::map<NET_IFINDEX, NET_LUID>& luids)
{
    HMODULE dll = ::LoadLibraryExW(L"wlanapi.dll", nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);
    if (dll == nullptr) {
        return;
    }
    using OpenFn = DWORD(WINAPI*)(DWORD, PVOID, PDWORD, PHANDLE);
    using CloseFn = DWORD(WINAPI*)(HANDLE, PVOID);
    using EnumFn = DWORD(WINAPI*)(HANDLE, PVOID, PWLAN_INTERFACE_INFO_LIST*);
    using QueryFn
        = DWORD(WINAPI*)(HANDLE, const GUID*, WLAN_INTF_OPCODE, PVOID, PDWORD, PVOID*, PWLAN_OPCODE_VALUE_TYPE);
    using FreeFn = VOID(WINAPI*)(PVOID);
    const auto open = reinterpret_cast<OpenFn>(reinterpret_cast<void*>(::GetProcAddress(dll, "WlanOpenHandle")));
    const auto close = reinterpret_cast<CloseFn>(reinterpret_cast<void*>(::GetProcAddress(dll, "WlanCloseHandle")));
    const auto enumerate
        = reinterpret_cast<EnumFn>(reinterpret_cast<void*>(::GetProcAddress(dll, "WlanEnumInterfaces")));
    const auto query = reinterpret_cast<QueryFn>(reinterpret_cast<void*>(::GetProcAddress(dll, "WlanQueryInterface")));
    const auto release = reinterpret_cast<FreeFn>(reinterpret_cast<void*>(::GetProcAddress(dll, "WlanFreeMemory")));
    HANDLE client = nullptr;
    DWORD version = 0;
    if (open == nullptr || close == nullptr || enumerate == nullptr || query == nullptr || release == nullptr
        || open(2, nullptr, &version, &client) != ERROR_SUCCESS) {
        ::FreeLibrary(dll);
        return;
    }
    PWLAN_INTERFACE_INFO_LIST list = nullptr;
    if (enumerate(client, nullptr, &list) == ERROR_SUCCESS && list != nullptr) {
        for (DWORD k = 0; k < list->dwNumberOfItems && k < 16; ++k) {
            const GUID& guid = list->InterfaceInfo[k].InterfaceGuid;
            NET_LUID luid{};
            if (::ConvertInterfaceGuidToLuid(&guid, &luid) != NO_ERROR) {
                continue;
            }
            NetInterface* itf = nullptr;
            for (NetInterface& i : interfaces) {
                const auto it = luids.find(static_cast<NET_IFINDEX>(i.index));
                if (it != luids.end() && it->second.Value == luid.Value) {
                    itf = &i;
                }
            }
            if (itf == nullptr) {
                continue;
            }
            itf->wireless = true;
            DWORD size = 0;
            PVOID data = nullptr;
            if (query(client, &guid, wlan_intf_opcode_radio_state, nullptr, &size, &data, nullptr) == ERROR_SUCCESS
                && data != nullptr) {
                const auto* radio = static_cast<const WLAN_RADIO_STATE*>(data);
                bool on = false;
                bool hardOff = false;
                for (DWORD p = 0; p < radio->dwNumberOfPhys && p < WLAN_MAX_PHY_INDEX; ++p) {
                    on = on
                        || (radio->PhyRadioState[p].dot11SoftwareRadioState == dot11_radio_state_on
                            && radio->PhyRadioState[p].dot11HardwareRadioState == dot11_radio_state_on);
                    hardOff = hardOff || radio->PhyRadioState[p].dot11HardwareRadioState == dot11_radio_state_off;
                }
                itf->wifi.radioOn = on ? Tri::Yes : Tri::No;
                itf->wifi.hardwareSwitch = hardOff ? Tri::Yes : Tri::No;
                release(data);
            }
            data = nullptr;
            if (list->InterfaceInfo[k].isState == wlan_interface_state_connected
                && query(client, &guid, wlan_intf_opcode_current_connection, nullptr, &size, &data, nullptr)
                    == ERROR_SUCCESS
                && data != nullptr) {
                const auto* c = static_cast<const WLAN_CONNECTION_ATTRIBUTES*>(data);
                const DOT11_SSID& ssid = c->wlanAssociationAttributes.dot11Ssid;
                itf->wifi.ssid.assign(reinterpret_cast<const char*>(ssid.ucSSID),
                                      std::min<ULONG>(ssid.uSSIDLength, 32));
                itf->wifi.signalPercent = static_cast<int>(c->wlanAssociationAttributes.wlanSignalQuality);
                release(data);
            }
        }
        release(list);
    }
    close(client, nullptr);
    ::FreeLibrary(dll);
}

std::vector<Route> readRoutes(const std::vector<NetInterface>& interfaces, bool& known)
{
    std::vector<Route> routes;
    known = false;
    std::map<std::pair<int, NET_IFINDEX>, ULONG> interfaceMetric; // Windows adds it to each route's metric
    PMIB_IPINTERFACE_TABLE ifs = nullptr;
    if (::GetIpInterfaceTable(AF_UNSPEC, &ifs) == NO_ERROR && ifs != nullptr) {
        for (ULONG i = 0; i < ifs->NumEntries; ++i) {
            interfaceMetric[{ifs->Table[i].Family, ifs->Table[i].InterfaceIndex}] = ifs->Table[i].Metric;
        }
        ::FreeMibTable(ifs);
    }
    PMIB_IPFORWARD_TABLE2 table = nullptr;
    if (::GetIpForwardTable2(AF_UNSPEC, &table) != NO_ERROR || table == nullptr) {
        return routes;
    }
    known = true;
    for (ULONG i = 0; i < table->NumEntries && routes.size() < 512; ++i) {
        const MIB_IPFORWARD_ROW2& row = table->Table[i];
        Route r;
        r.destination = numeric(row.DestinationPrefix.Prefix);
        r.prefixLength = row.DestinationPrefix.PrefixLength;
        r.ipv6 = row.DestinationPrefix.Prefix.si_family == AF_INET6;
        const std::string hop = numeric(row.NextHop);
        r.gateway = hop.empty() || isUnspecifiedAddress(hop) ? std::string() : hop;
        r.interfaceIndex = static_cast<int>(row.InterfaceIndex);
        const auto m = interfaceMetric.find({row.DestinationPrefix.Prefix.si_family, row.InterfaceIndex});
        r.metric = static_cast<long>(row.Metric + (m != interfaceMetric.end() ? m->second : 0));
        // Multicast and broadcast routes say nothing about reaching a target.
        if (inPrefix(r.destination, "224.0.0.0", 4) || inPrefix(r.destination, "ff00::", 8)
            || (r.destination == "255.255.255.255" && r.prefixLength == 32)) {
            continue;
        }
        if (isLoopbackAddress(r.destination) || row.Loopback) {
            r.type = RouteType::Local;
        }
        for (const NetInterface& itf : interfaces) {
            for (const IfAddress& a : itf.addresses) {
                if (a.address == r.destination && r.prefixLength == (r.ipv6 ? 128 : 32)) {
                    r.type = RouteType::Local; // the host route of an own address
                }
            }
            if (itf.index == r.interfaceIndex) {
                r.interfaceName = itf.name;
            }
        }
        routes.push_back(r);
    }
    ::FreeMibTable(table);
    return routes;
}

Neighbour neighbourOf(const std::string& address, int interfaceIndex)
{
    const bool v6 = address.find(':') != std::string::npos;
    PMIB_IPNET_TABLE2 table = nullptr;
    // Wine: AF_INET6 fails (error 1); the state then stays unknown.
    if (::GetIpNetTable2(v6 ? AF_INET6 : AF_INET, &table) != NO_ERROR || table == nullptr) {
        return Neighbour::Unknown;
    }
    Neighbour state = Neighbour::None;
    for (ULONG i = 0; i < table->NumEntries; ++i) {
        const MIB_IPNET_ROW2& row = table->Table[i];
        if ((interfaceIndex <= 0 || static_cast<int>(row.InterfaceIndex) == interfaceIndex)
            && numeric(row.Address) == address) {
            state = win::neighbourFor(row.State);
        }
    }
    ::FreeMibTable(table);
    return state;
}

/// IcmpSendEcho2 in its asynchronous form (an event), so a cancel is seen within 50 ms.
void icmpProbe(GatewayProbe& g, int budgetMs, const std::atomic<bool>* cancel, bool& unavailable)
{
    unavailable = false;
    IN_ADDR dst{};
    if (::InetPtonA(AF_INET, g.gateway.c_str(), &dst) != 1) {
        unavailable = true;
        g.icmpUnavailable = "icmpv6_not_used";
        return;
    }
    HANDLE icmp = ::IcmpCreateFile();
    if (icmp == INVALID_HANDLE_VALUE) {
        unavailable = true;
        g.icmpUnavailable = "IcmpCreateFile failed (" + std::to_string(::GetLastError()) + ")";
        return;
    }
    HANDLE event = ::CreateEventW(nullptr, FALSE, FALSE, nullptr);
    const DWORD replySize = sizeof(ICMP_ECHO_REPLY) + 16 + 8 + 64;
    char data[16] = {'t', 'c', 'p', 'd', 'o', 'c', 't', 'o', 'r'};
    const int each = std::max(200, budgetMs / 3);
    bool pendingLeft = false; // a request we gave up on still owns `event`
    for (int attempt = 0; attempt < 3 && !g.answered && !g.cancelled; ++attempt) {
        if (cancel != nullptr && cancel->load()) {
            // Cancelled before this echo: send nothing, and leave no request pending behind us.
            g.cancelled = true;
            break;
        }
        // Owned by the request until it completes; leaked on purpose if we give up on a pending one.
        auto* reply = new char[replySize];
        ::ResetEvent(event);
        g.tries += 1;
        DWORD rc = ::IcmpSendEcho2(icmp, event, nullptr, nullptr, dst.S_un.S_addr, data, sizeof data, nullptr, reply,
                                   replySize, static_cast<DWORD>(each));
        DWORD error = rc == 0 ? ::GetLastError() : NO_ERROR;
        bool done = rc != 0;
        if (rc == 0 && error == ERROR_IO_PENDING) {
            const Clock::time_point start = Clock::now();
            while (!done) {
                if (cancel != nullptr && cancel->load()) {
                    g.cancelled = true;
                    break;
                }
                if (::WaitForSingleObject(event, 50) == WAIT_OBJECT_0) {
                    done = true;
                } else if (Clock::now() - start > std::chrono::milliseconds(each + 500)) {
                    break;
                }
            }
            error = NO_ERROR;
            pendingLeft = pendingLeft || !done;
        }
        if (!done) {
            if (error == ERROR_ACCESS_DENIED) {
                unavailable = true;
                g.icmpUnavailable = "ERROR_ACCESS_DENIED";
                delete[] reply;
            } else if (error != NO_ERROR) {
                g.error = win::icmpStatusName(error);
                delete[] reply;
            }
            if (unavailable || g.cancelled) {
                break;
            }
            continue;
        }
        if (::IcmpParseReplies(reply, replySize) > 0) {
            const auto* r = reinterpret_cast<const ICMP_ECHO_REPLY*>(reply);
            if (r->Status == IP_SUCCESS) {
                g.answered = true;
                g.rttMs = r->RoundTripTime;
                g.answer = "echo_reply";
            } else {
                g.error = win::icmpStatusName(r->Status);
                if (r->Status == IP_DEST_HOST_UNREACHABLE) {
                    delete[] reply;
                    break; // our own ARP failed: more echoes will not change that
                }
            }
        } else {
            g.error = win::icmpStatusName(::GetLastError());
        }
        delete[] reply;
    }
    if (!pendingLeft) {
        ::CloseHandle(event);
    }
    ::IcmpCloseHandle(icmp);
    if (!unavailable) {
        g.method = GatewayProbe::Method::Icmp;
    }
}

} // namespace

NetSnapshot readNetConfig()
{
    NetSnapshot net;
    detail::startWinsock();
    std::vector<unsigned char> buffer;
    ULONG size = 32768;
    ULONG rc = ERROR_BUFFER_OVERFLOW;
    for (int attempt = 0; attempt < 4 && rc == ERROR_BUFFER_OVERFLOW; ++attempt) {
        buffer.resize(size);
        rc = ::GetAdaptersAddresses(AF_UNSPEC,
                                    GAA_FLAG_INCLUDE_GATEWAYS | GAA_FLAG_SKIP_ANYCAST | GAA_FLAG_SKIP_MULTICAST,
                                    nullptr, reinterpret_cast<PIP_ADAPTER_ADDRESSES>(buffer.data()), &size);
    }
    if (rc != NO_ERROR) {
        net.error = "GetAdaptersAddresses failed (" + std::to_string(rc) + ")";
        return net;
    }
    const std::map<NET_IFINDEX, IfRow> rows = interfaceRows();
    std::map<NET_IFINDEX, NET_LUID> luids;
    for (auto* a = reinterpret_cast<PIP_ADAPTER_ADDRESSES>(buffer.data()); a != nullptr && net.interfaces.size() < 256;
         a = a->Next) {
        NetInterface itf;
        itf.index = static_cast<int>(a->IfIndex != 0 ? a->IfIndex : a->Ipv6IfIndex);
        luids[static_cast<NET_IFINDEX>(itf.index)] = a->Luid;
        itf.name = a->AdapterName != nullptr ? a->AdapterName : "";
        itf.friendlyName = a->FriendlyName != nullptr ? toUtf8(a->FriendlyName) : itf.name;
        itf.description = a->Description != nullptr ? toUtf8(a->Description) : "";
        const auto row = rows.find(static_cast<NET_IFINDEX>(itf.index));
        const bool hardware = row != rows.end() && row->second.hardware;
        itf.kind = win::kindFor(a->IfType, hardware, itf.description, itf.kindDetail);
        itf.operState = win::operStateName(a->OperStatus);
        // Disabled adapters are not listed at all; a listed one is switched on unless its row says otherwise.
        itf.adminUp = row != rows.end() ? row->second.admin : Tri::Yes;
        itf.carrier = row != rows.end() && row->second.media != Tri::Unknown ? row->second.media
            : a->OperStatus == IfOperStatusUp                                ? Tri::Yes
            : a->OperStatus == IfOperStatusDown                              ? Tri::No
                                                                             : Tri::Unknown;
        itf.speedMbps = win::speedMbps(a->TransmitLinkSpeed);
        itf.mtu = static_cast<int>(a->Mtu);
        itf.mac = itf.kind == InterfaceKind::Loopback ? std::string()
                                                      : macText(a->PhysicalAddress, a->PhysicalAddressLength);
        itf.wireless = itf.kind == InterfaceKind::WiFi;
        itf.dnsSuffix = a->DnsSuffix != nullptr ? toUtf8(a->DnsSuffix) : "";
        itf.dhcpEnabled = (a->Flags & IP_ADAPTER_DHCP_ENABLED) != 0 ? Tri::Yes : Tri::No;
        for (auto* d = a->FirstDnsServerAddress; d != nullptr && itf.dnsServers.size() < 16; d = d->Next) {
            itf.dnsServers.push_back(toNumeric(d->Address.lpSockaddr));
        }
        for (auto* u = a->FirstUnicastAddress; u != nullptr && itf.addresses.size() < 64; u = u->Next) {
            IfAddress x;
            x.address = stripZone(toNumeric(u->Address.lpSockaddr));
            if (x.address.empty()) {
                continue;
            }
            x.ipv6 = u->Address.lpSockaddr->sa_family == AF_INET6;
            x.prefixLength = u->OnLinkPrefixLength;
            x.origin = win::originFor(x.address, u->PrefixOrigin, u->SuffixOrigin);
            x.validLifetimeS = u->ValidLifetime;
            x.preferredLifetimeS = u->PreferredLifetime;
            x.lifetimesKnown = true;
            x.permanent = u->ValidLifetime == 0xffffffffu ? Tri::Yes : Tri::No;
            x.tentative = u->DadState == IpDadStateTentative;
            x.duplicate = u->DadState == IpDadStateDuplicate;
            x.deprecated = u->DadState == IpDadStateDeprecated;
            x.temporary
                = u->SuffixOrigin == IpSuffixOriginRandom && u->PrefixOrigin == IpPrefixOriginRouterAdvertisement;
            itf.addresses.push_back(x);
        }
        net.interfaces.push_back(std::move(itf));
    }
    readWifi(net.interfaces, luids);
    net.routes = readRoutes(net.interfaces, net.routesKnown);
    net.ok = true;
    return net;
}

RouteLookup lookupRoute(const std::string& destination)
{
    RouteLookup out;
    out.destination = stripZone(destination);
    sockaddr_storage ss{};
    int len = 0;
    if (!detail::toSockaddr(destination, 0, ss, len)) {
        out.error = "not-a-numeric-address";
        return out;
    }
    if (detail::isOwnAddress(out.destination) || isLoopbackAddress(out.destination)) {
        out.status = RouteLookup::Status::Local;
        out.source = out.destination;
        out.onLink = true;
        out.method = "own address";
        return out;
    }
    SOCKADDR_INET dst{};
    std::memcpy(&dst, &ss, std::min<std::size_t>(sizeof dst, static_cast<std::size_t>(len)));
    MIB_IPFORWARD_ROW2 row{};
    SOCKADDR_INET src{};
    const DWORD rc = ::GetBestRoute2(nullptr, 0, nullptr, &dst, 0, &row, &src);
    if (rc == NO_ERROR) {
        out.method = "GetBestRoute2";
        out.status = RouteLookup::Status::Ok;
        out.interfaceIndex = static_cast<int>(row.InterfaceIndex);
        const std::string hop = numeric(row.NextHop);
        out.gateway = hop.empty() || isUnspecifiedAddress(hop) ? std::string() : hop;
        out.source = numeric(src);
        out.onLink = out.gateway.empty();
        return out;
    }
    const char* name = nullptr;
    if (rc != ERROR_NOT_SUPPORTED) {
        out.status = win::routeStatusForError(rc, &name);
        out.error = name;
        out.method = "GetBestRoute2";
        return out;
    }
    // Wine (and nothing else we know) has no GetBestRoute2: the interface, then the longest match there.
    out.method = "GetBestInterfaceEx + GetIpForwardTable2";
    DWORD index = 0;
    const DWORD rc2 = ::GetBestInterfaceEx(reinterpret_cast<sockaddr*>(&ss), &index);
    if (rc2 != NO_ERROR) {
        out.status = win::routeStatusForError(rc2, &name);
        out.error = name;
        return out;
    }
    const NetSnapshot net = readNetConfig();
    const Route* best = bestRoute(net.routes, out.destination, static_cast<int>(index));
    out.interfaceIndex = static_cast<int>(index);
    if (best == nullptr) {
        out.status = RouteLookup::Status::NoRoute;
        out.error = "no matching route";
        return out;
    }
    out.status = RouteLookup::Status::Ok;
    out.gateway = best->gateway;
    out.onLink = out.gateway.empty();
    if (const NetInterface* itf = net.byIndex(out.interfaceIndex)) {
        out.interfaceName = itf->name;
        for (const IfAddress& a : itf->addresses) {
            if (a.ipv6 == best->ipv6 && isUsableAddress(a)) {
                out.source = a.address;
                break;
            }
        }
    }
    return out;
}

GatewayProbe probeGateway(const std::string& gateway, int interfaceIndex, int budgetMs, const std::atomic<bool>* cancel)
{
    const Clock::time_point start = Clock::now();
    const auto elapsedMs = [&] { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); };
    GatewayProbe g;
    g.gateway = stripZone(gateway);
    g.interfaceIndex = interfaceIndex;
    budgetMs = std::clamp(budgetMs, 500, 10000);
    g.neighbourBefore = neighbourOf(g.gateway, interfaceIndex);
    const int probeBudget = budgetMs * 7 / 8;
    bool unavailable = false;
    icmpProbe(g, probeBudget, cancel, unavailable);
    if (unavailable && !g.cancelled) {
        std::string target = g.gateway;
        if (isLinkLocalAddress(target) && target.find(':') != std::string::npos && interfaceIndex > 0) {
            target += "%" + std::to_string(interfaceIndex);
        }
        probeGatewayByTcp(g, target, probeBudget, cancel);
    }
    awaitNeighbour(g, [&] { return neighbourOf(g.gateway, interfaceIndex); }, elapsedMs, budgetMs, cancel);
    g.elapsedMs = elapsedMs();
    return g;
}

} // namespace tcpd::platform
