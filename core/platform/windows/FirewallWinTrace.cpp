// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The path trace on Windows: ICMP echo requests with increasing TTL through IcmpSendEcho2 (as
// tracert does), which needs no administrator rights on Windows. Windows does not tell a program
// which ICMP message answered a TCP SYN, so this traces the path, not the port: a firewall that
// drops only the port lets the echoes through. IPv4 only for now. Under Wine the ICMP API needs
// raw-socket rights (CAP_NET_RAW); without them it fails with ERROR_ACCESS_DENIED and the trace
// is skipped with that reason.

#include "WinDetail.h" // first: winsock2.h before windows.h

#include "FirewallWinDecode.h"
#include "platform/PathTraceDetail.h"

#include <iphlpapi.h>
#include <icmpapi.h>

#include <chrono>
#include <map>

namespace tcpd::platform {

namespace {

using Clock = std::chrono::steady_clock;

constexpr DWORD kReplySize = sizeof(ICMP_ECHO_REPLY) + 64 + 8;

bool underWine()
{
    const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll != nullptr && GetProcAddress(ntdll, "wine_get_version") != nullptr;
}

class IcmpProber final : public detail::TraceProber {
public:
    IcmpProber(IPAddr dest, int timeoutMs) : m_dest(dest), m_timeoutMs(timeoutMs) {}
    ~IcmpProber() override
    {
        // Outstanding requests end by themselves after their timeout; wait a little, then leave
        // their buffers alone (never free memory the OS may still write to).
        for (auto& entry : m_probes) {
            finish(entry.second, 100);
        }
    }

    bool send(int ttl, std::string& error, std::string& detail) override
    {
        if (!m_checked) {
            // Asynchronous requests hide a refusal (Wine without raw-socket rights completes them
            // with no reply and no error); one short synchronous echo tells (at most 100 ms).
            m_checked = true;
            const HANDLE h = IcmpCreateFile();
            char reply[kReplySize];
            char data[8] = "check";
            IP_OPTION_INFORMATION opts{};
            opts.Ttl = 1;
            const DWORD rc = h == INVALID_HANDLE_VALUE
                                 ? 0
                                 : IcmpSendEcho2(h, nullptr, nullptr, nullptr, m_dest, data, sizeof data, &opts, reply, kReplySize, 100);
            const DWORD e = rc == 0 ? GetLastError() : ERROR_SUCCESS;
            if (h != INVALID_HANDLE_VALUE) {
                IcmpCloseHandle(h);
            }
            if (rc == 0 && (e == ERROR_ACCESS_DENIED || h == INVALID_HANDLE_VALUE)) {
                error = underWine() ? "no-raw-socket-rights" : "access-denied";
                detail = "IcmpSendEcho2: " + detail::systemMessage(static_cast<int>(e)) + " (" + std::to_string(e) + ")";
                return false;
            }
        }
        Probe p;
        p.handle = IcmpCreateFile();
        if (p.handle == INVALID_HANDLE_VALUE) {
            error = "icmp-not-available";
            detail = detail::systemMessage(static_cast<int>(GetLastError()));
            return false;
        }
        p.event = CreateEventW(nullptr, TRUE, FALSE, nullptr);
        p.buffer = new char[kReplySize];
        IP_OPTION_INFORMATION opts{};
        opts.Ttl = static_cast<UCHAR>(ttl);
        char data[32] = "tcpdoctor path trace";
        p.sent = Clock::now();
        const DWORD rc = IcmpSendEcho2(p.handle, p.event, nullptr, nullptr, m_dest, data, sizeof data, &opts, p.buffer,
                                       kReplySize, static_cast<DWORD>(m_timeoutMs));
        const DWORD e = rc == 0 ? GetLastError() : ERROR_SUCCESS;
        if (rc == 0 && e != ERROR_IO_PENDING) {
            error = e == ERROR_ACCESS_DENIED ? (underWine() ? "no-raw-socket-rights" : "access-denied") : "icmp-send-failed";
            detail = "IcmpSendEcho2: " + detail::systemMessage(static_cast<int>(e)) + " (" + std::to_string(e) + ")";
            CloseHandle(p.event);
            IcmpCloseHandle(p.handle);
            delete[] p.buffer;
            return false;
        }
        m_probes[ttl] = p;
        return true;
    }

    void wait(int ms, std::vector<detail::ProbeAnswer>& out) override
    {
        std::vector<HANDLE> events;
        std::vector<int> ttls;
        for (const auto& [ttl, p] : m_probes) {
            if (!p.done && events.size() < MAXIMUM_WAIT_OBJECTS) {
                events.push_back(p.event);
                ttls.push_back(ttl);
            }
        }
        if (events.empty()) {
            Sleep(static_cast<DWORD>(ms));
            return;
        }
        if (WaitForMultipleObjects(static_cast<DWORD>(events.size()), events.data(), FALSE, static_cast<DWORD>(ms))
            == WAIT_TIMEOUT) {
            return;
        }
        const Clock::time_point now = Clock::now();
        for (std::size_t i = 0; i < events.size(); ++i) {
            if (WaitForSingleObject(events[i], 0) != WAIT_OBJECT_0) {
                continue;
            }
            Probe& p = m_probes[ttls[i]];
            p.done = true;
            const DWORD n = IcmpParseReplies(p.buffer, kReplySize);
            const auto* reply = reinterpret_cast<const ICMP_ECHO_REPLY*>(p.buffer);
            unsigned long status = n > 0 ? reply->Status : GetLastError();
            if (n == 0 && status == 0) {
                status = 11050; // IP_GENERAL_FAILURE: no reply and no reason (Wine without rights)
            }
            const windecode::HopDecode d = windecode::decodeIcmpStatus(status);
            if (d.kind == HopKind::Silent) {
                continue; // timed out: the schedule calls it silent on its own clock
            }
            detail::ProbeAnswer a;
            a.ttl = ttls[i];
            a.kind = d.kind;
            a.icmpType = d.icmpType;
            a.icmpCode = d.icmpCode;
            a.rttMs = std::chrono::duration<double, std::milli>(now - p.sent).count();
            if (n > 0) {
                in_addr from{};
                from.S_un.S_addr = reply->Address;
                char text[INET_ADDRSTRLEN] = {};
                inet_ntop(AF_INET, &from, text, sizeof text);
                a.address = text;
            }
            out.push_back(a);
        }
    }

    void abandon(int ttl) override
    {
        const auto it = m_probes.find(ttl);
        if (it != m_probes.end()) {
            finish(it->second, 0);
            m_probes.erase(it);
        }
    }

private:
    struct Probe {
        HANDLE handle = INVALID_HANDLE_VALUE;
        HANDLE event = nullptr;
        char* buffer = nullptr;
        bool done = false;
        Clock::time_point sent;
    };

    static void finish(Probe& p, DWORD waitMs)
    {
        const bool ended = p.done || WaitForSingleObject(p.event, waitMs) == WAIT_OBJECT_0;
        IcmpCloseHandle(p.handle);
        if (ended) {
            CloseHandle(p.event);
            delete[] p.buffer;
        } // else: a few bytes left to the OS until it is done with them
    }

    IPAddr m_dest;
    int m_timeoutMs;
    bool m_checked = false;
    std::map<int, Probe> m_probes;
};

} // namespace

TraceResult tracePath(const Endpoint& target, const TraceOptions& options, const std::atomic<bool>* cancel)
{
    TraceResult r;
    r.method = "icmp-echo";
    sockaddr_storage addr{};
    int len = 0;
    if (detail::startWinsock() != 0 || !detail::toSockaddr(target.address, target.port, addr, len)) {
        r.skipReason = "not-a-numeric-address";
        r.skipDetail = target.address;
        return r;
    }
    if (addr.ss_family != AF_INET) {
        r.skipReason = "ipv6-not-built";
        r.skipDetail = "the ICMP path trace on Windows is IPv4 only for now; run: tracert -6 " + target.address;
        return r;
    }
    IcmpProber prober(reinterpret_cast<const sockaddr_in*>(&addr)->sin_addr.S_un.S_addr, options.probeTimeoutMs);
    r = detail::runTrace(prober, options, cancel);
    r.method = "icmp-echo";
    return r;
}

} // namespace tcpd::platform
