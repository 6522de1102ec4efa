// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "ListenTableProc.h"

#include <cstring>
#include <map>
#include <sstream>

namespace tcpd::platform::detail {

namespace {

bool hexValue(char c, unsigned& v)
{
    if (c >= '0' && c <= '9') {
        v = static_cast<unsigned>(c - '0');
    } else if (c >= 'A' && c <= 'F') {
        v = static_cast<unsigned>(c - 'A' + 10);
    } else if (c >= 'a' && c <= 'f') {
        v = static_cast<unsigned>(c - 'a' + 10);
    } else {
        return false;
    }
    return true;
}

bool parseHex(const std::string& text, unsigned long long& out, std::size_t maxDigits)
{
    if (text.empty() || text.size() > maxDigits) {
        return false;
    }
    out = 0;
    for (const char c : text) {
        unsigned v = 0;
        if (!hexValue(c, v)) {
            return false;
        }
        out = (out << 4) | v;
    }
    return true;
}

/// "0100007F:0016" -> address and port.
bool parseEndpoint(const std::string& field, bool ipv6, bool littleEndian, std::string& address, uint16_t& port)
{
    const std::size_t colon = field.find(':');
    if (colon == std::string::npos || colon != (ipv6 ? 32u : 8u)) {
        return false;
    }
    address = decodeProcAddress(field.substr(0, colon), littleEndian);
    unsigned long long p = 0;
    if (address.empty() || !parseHex(field.substr(colon + 1), p, 4)) {
        return false;
    }
    port = static_cast<uint16_t>(p);
    return true;
}

bool parseDecimal(const std::string& text, unsigned long long& out)
{
    if (text.empty() || text.size() > 20) {
        return false;
    }
    out = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
        out = out * 10 + static_cast<unsigned>(c - '0');
    }
    return true;
}

bool parseRow(const std::string& line, bool ipv6, bool littleEndian, ProcTcpRow& row)
{
    std::istringstream in(line);
    std::string sl, local, remote, st, queues, timer, retrnsmt, uid, timeout, inode;
    if (!(in >> sl >> local >> remote >> st >> queues >> timer >> retrnsmt >> uid >> timeout >> inode)) {
        return false;
    }
    if (sl.empty() || sl.back() != ':') {
        return false;
    }
    row.ipv6 = ipv6;
    if (!parseEndpoint(local, ipv6, littleEndian, row.localAddress, row.localPort)
        || !parseEndpoint(remote, ipv6, littleEndian, row.remoteAddress, row.remotePort)) {
        return false;
    }
    unsigned long long v = 0;
    if (!parseHex(st, v, 2)) {
        return false;
    }
    row.state = static_cast<int>(v);
    const std::size_t colon = queues.find(':');
    unsigned long long tx = 0;
    unsigned long long rx = 0;
    if (colon == std::string::npos || !parseHex(queues.substr(0, colon), tx, 8)
        || !parseHex(queues.substr(colon + 1), rx, 8)) {
        return false;
    }
    row.txQueue = static_cast<unsigned long>(tx);
    row.rxQueue = static_cast<unsigned long>(rx);
    unsigned long long u = 0;
    if (!parseDecimal(uid, u) || !parseDecimal(inode, row.inode)) {
        return false;
    }
    row.uid = static_cast<long long>(u);
    return true;
}

} // namespace

bool hostIsLittleEndian()
{
    const uint32_t one = 1;
    unsigned char first = 0;
    std::memcpy(&first, &one, 1);
    return first == 1;
}

std::string decodeProcAddress(const std::string& hex, bool littleEndian)
{
    if (hex.size() != 8 && hex.size() != 32) {
        return {};
    }
    unsigned char bytes[16] = {};
    const std::size_t words = hex.size() / 8;
    for (std::size_t w = 0; w < words; ++w) {
        unsigned long long value = 0;
        if (!parseHex(hex.substr(w * 8, 8), value, 8)) {
            return {};
        }
        for (int k = 0; k < 4; ++k) {
            const int shift = littleEndian ? 8 * k : 8 * (3 - k);
            bytes[w * 4 + static_cast<std::size_t>(k)] = static_cast<unsigned char>((value >> shift) & 0xff);
        }
    }
    return words == 1 ? formatIpv4(bytes) : formatIpv6(bytes);
}

std::vector<ProcTcpRow> parseProcNetTcp(const std::string& text, bool ipv6, bool littleEndian, int* bad)
{
    std::vector<ProcTcpRow> rows;
    std::istringstream in(text);
    std::string line;
    int skipped = 0;
    bool header = true;
    while (std::getline(in, line)) {
        if (header) { // "  sl  local_address rem_address   st tx_queue ..."
            header = false;
            if (line.find("local_address") != std::string::npos) {
                continue;
            }
        }
        if (line.find_first_not_of(" \t\r") == std::string::npos) {
            continue;
        }
        ProcTcpRow row;
        if (parseRow(line, ipv6, littleEndian, row)) {
            rows.push_back(row);
        } else {
            ++skipped;
        }
    }
    if (bad != nullptr) {
        *bad = skipped;
    }
    return rows;
}

unsigned long long socketInodeFromLink(const std::string& link)
{
    static const std::string prefix = "socket:[";
    if (link.size() <= prefix.size() + 1 || link.compare(0, prefix.size(), prefix) != 0 || link.back() != ']') {
        return 0;
    }
    unsigned long long inode = 0;
    if (!parseDecimal(link.substr(prefix.size(), link.size() - prefix.size() - 1), inode)) {
        return 0;
    }
    return inode;
}

std::string systemdUnitFromCgroup(const std::string& text)
{
    std::istringstream in(text);
    std::string line;
    std::string unit;
    while (std::getline(in, line)) {
        // "hierarchy-id:controllers:path"; cgroup v2 is "0::/system.slice/ssh.service", v1 has a line per controller.
        const std::size_t second = line.find(':', line.find(':') + 1);
        if (line.find(':') == std::string::npos || second == std::string::npos) {
            continue;
        }
        std::istringstream parts(line.substr(second + 1));
        std::string part;
        std::string found;
        while (std::getline(parts, part, '/')) {
            const std::string suffix = ".service";
            const bool isService
                = part.size() > suffix.size() && part.compare(part.size() - suffix.size(), suffix.size(), suffix) == 0;
            if (isService && part.rfind("user@", 0) != 0) { // user@1000.service is the user's manager, not a service
                found = part;
            }
        }
        if (!found.empty()) {
            unit = found;
            if (line.rfind("0::", 0) == 0) {
                break; // the unified hierarchy is the authority
            }
        }
    }
    return unit;
}

void addProcRows(ListenTable& table, const std::vector<ProcTcpRow>& rows)
{
    std::map<uint16_t, PortActivity> activity;
    for (const PortActivity& a : table.activity) {
        activity[a.port] = a;
    }
    for (const ProcTcpRow& r : rows) {
        if (r.state == kProcListen) {
            ListenSocket s;
            s.address = r.localAddress;
            s.port = r.localPort;
            s.ipv6 = r.ipv6;
            s.uid = r.uid;
            s.acceptQueue = static_cast<long>(r.rxQueue);
            s.inode = r.inode;
            table.sockets.push_back(s);
        } else if (r.state == kProcEstablished || r.state == kProcSynRecv || r.state == kProcNewSynRecv) {
            PortActivity& a = activity[r.localPort];
            a.port = r.localPort;
            if (r.state == kProcEstablished) {
                ++a.established;
            } else {
                ++a.synRecv;
            }
        }
    }
    table.activity.clear();
    for (const auto& [port, a] : activity) {
        table.activity.push_back(a);
    }
}

} // namespace tcpd::platform::detail
