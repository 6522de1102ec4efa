// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "HostsFile.h"

#include "platform/Resolver.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

namespace tcpd::platform {

namespace {

std::vector<std::string> fields(const std::string& line)
{
    std::vector<std::string> out;
    std::string current;
    for (const char c : line) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f') {
            if (!current.empty()) {
                out.push_back(current);
                current.clear();
            }
        } else {
            current += c;
        }
    }
    if (!current.empty()) {
        out.push_back(current);
    }
    return out;
}

std::string withoutZone(const std::string& address)
{
    const auto pct = address.find('%');
    return pct == std::string::npos ? address : address.substr(0, pct);
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

} // namespace

bool sameDnsName(const std::string& a, const std::string& b)
{
    std::size_t na = a.size();
    std::size_t nb = b.size();
    if (na > 0 && a[na - 1] == '.') {
        --na;
    }
    if (nb > 0 && b[nb - 1] == '.') {
        --nb;
    }
    if (na != nb) {
        return false;
    }
    for (std::size_t i = 0; i < na; ++i) {
        if (lower(a[i]) != lower(b[i])) {
            return false;
        }
    }
    return true;
}

HostsFile parseHostsFile(const std::string& text)
{
    HostsFile hosts;
    std::istringstream in(text);
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        const auto hash = line.find('#');
        if (hash != std::string::npos) {
            line.resize(hash);
        }
        const std::vector<std::string> f = fields(line);
        if (f.empty()) {
            continue; // blank or comment only
        }
        if (f.size() < 2 || !isNumericAddress(f[0])) {
            ++hosts.skippedLines;
            continue;
        }
        HostsEntry e;
        e.address = f[0];
        e.names.assign(f.begin() + 1, f.end());
        e.line = number;
        hosts.entries.push_back(std::move(e));
    }
    return hosts;
}

std::vector<const HostsEntry*> HostsFile::lookup(const std::string& name) const
{
    std::vector<const HostsEntry*> out;
    for (const HostsEntry& e : entries) {
        for (const std::string& n : e.names) {
            if (sameDnsName(n, name)) {
                out.push_back(&e);
                break;
            }
        }
    }
    return out;
}

std::vector<const HostsEntry*> HostsFile::lookupAddress(const std::string& address) const
{
    std::vector<const HostsEntry*> out;
    const std::string wanted = withoutZone(address);
    for (const HostsEntry& e : entries) {
        // Text comparison, lower-cased: the file and the resolver both write addresses canonically
        // in practice; a differently spelled IPv6 address simply finds no reverse entry.
        if (sameDnsName(withoutZone(e.address), wanted)) {
            out.push_back(&e);
        }
    }
    return out;
}

std::string systemHostsPath()
{
#ifdef _WIN32
    const char* root = std::getenv("SystemRoot");
    return std::string(root != nullptr && *root != '\0' ? root : "C:\\Windows") + "\\System32\\drivers\\etc\\hosts";
#else
    return "/etc/hosts";
#endif
}

TextFile readTextFile(const std::string& path, std::size_t maxBytes)
{
    TextFile file;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        const int err = errno;
        file.missing = err == ENOENT;
        file.error = err != 0 ? std::strerror(err) : "cannot be opened";
        return file;
    }
    char chunk[65536];
    while (in && file.text.size() <= maxBytes) {
        in.read(chunk, sizeof chunk);
        file.text.append(chunk, static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) {
        file.text.clear();
        file.error = "read error";
        return file;
    }
    file.truncated = file.text.size() > maxBytes;
    if (file.truncated) {
        file.text.resize(maxBytes);
    }
    file.ok = true;
    return file;
}

} // namespace tcpd::platform
