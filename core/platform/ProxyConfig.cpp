// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "platform/ProxyConfig.h"

#include "platform/BoundedCall.h"
#include "platform/ProxyConfigDetail.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <thread>

namespace tcpd::platform {

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string trim(const std::string& s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) {
        return {};
    }
    const auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

std::string percentDecoded(const std::string& s)
{
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size()) {
            const int h = hexValue(s[i + 1]);
            const int l = hexValue(s[i + 2]);
            if (h >= 0 && l >= 0) {
                out += static_cast<char>(h * 16 + l);
                i += 2;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

/// "host:port", "[v6]:port", "host" -> host and port (0 when absent). False on a malformed port.
bool splitHostPort(const std::string& text, std::string& host, int& port)
{
    port = 0;
    std::string rest;
    if (!text.empty() && text.front() == '[') {
        const auto close = text.find(']');
        if (close == std::string::npos) {
            return false;
        }
        host = text.substr(1, close - 1);
        rest = text.substr(close + 1);
    } else {
        const auto colon = text.rfind(':');
        if (colon != std::string::npos && text.find(':') == colon) {
            host = text.substr(0, colon);
            rest = text.substr(colon);
        } else if (colon != std::string::npos) {
            host = text; // a bare IPv6 address
        } else {
            host = text;
        }
    }
    if (!rest.empty()) {
        if (rest.front() != ':' || rest.size() < 2 || rest.size() > 6) {
            return false;
        }
        for (size_t i = 1; i < rest.size(); ++i) {
            if (rest[i] < '0' || rest[i] > '9') {
                return false;
            }
        }
        port = std::atoi(rest.c_str() + 1);
        if (port < 1 || port > 65535) {
            return false;
        }
    }
    if (host.empty() || host.size() > 253) {
        return false;
    }
    for (char c : host) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= ' ' || c == '/' || c == '@' || c == '?' || c == '#' || u >= 0x7f) {
            return false;
        }
    }
    return true;
}

int defaultPort(const std::string& scheme)
{
    if (scheme == "https") {
        return 443;
    }
    if (scheme == "socks5" || scheme == "socks4") {
        return 1080;
    }
    return 80;
}

} // namespace

bool parseProxyUrl(const std::string& input, ProxyServer& out)
{
    const std::string text = trim(input);
    if (text.empty() || text.size() > 2048) {
        return false;
    }
    const std::string low = lower(text);
    if (low == "direct" || low == "direct://") {
        out = ProxyServer{};
        out.scheme = "direct";
        return true;
    }
    // PAC words: "PROXY host:port", "SOCKS5 host:port".
    const auto space = text.find_first_of(" \t");
    if (space != std::string::npos && low.find("://") == std::string::npos) {
        const std::string word = low.substr(0, space);
        std::string scheme;
        if (word == "proxy" || word == "http") {
            scheme = "http";
        } else if (word == "https") {
            scheme = "https";
        } else if (word == "socks" || word == "socks5") {
            scheme = "socks5";
        } else if (word == "socks4") {
            scheme = "socks4";
        } else {
            return false;
        }
        std::string host;
        int port = 0;
        if (!splitHostPort(trim(text.substr(space)), host, port)) {
            return false;
        }
        out = ProxyServer{};
        out.scheme = scheme;
        out.host = host;
        out.port = static_cast<uint16_t>(port ? port : defaultPort(scheme));
        return true;
    }
    std::string scheme = "http";
    std::string rest = text;
    const auto sep = low.find("://");
    if (sep != std::string::npos) {
        scheme = low.substr(0, sep);
        rest = text.substr(sep + 3);
    }
    if (scheme == "socks" || scheme == "socks5h") {
        scheme = "socks5";
    } else if (scheme == "socks4a") {
        scheme = "socks4";
    }
    if (scheme != "http" && scheme != "https" && scheme != "socks5" && scheme != "socks4") {
        return false;
    }
    const auto slash = rest.find('/');
    if (slash != std::string::npos) {
        rest = rest.substr(0, slash);
    }
    std::string user;
    std::string password;
    const auto at = rest.rfind('@');
    if (at != std::string::npos) {
        const std::string credentials = rest.substr(0, at);
        rest = rest.substr(at + 1);
        const auto colon = credentials.find(':');
        user = percentDecoded(credentials.substr(0, colon));
        if (colon != std::string::npos) {
            password = percentDecoded(credentials.substr(colon + 1));
        }
    }
    std::string host;
    int port = 0;
    if (!splitHostPort(rest, host, port)) {
        return false;
    }
    out = ProxyServer{};
    out.scheme = scheme;
    out.host = host;
    out.port = static_cast<uint16_t>(port ? port : defaultPort(scheme));
    out.user = user;
    out.password = password;
    return true;
}

std::string displayUrl(const ProxyServer& p)
{
    if (p.scheme == "direct" || p.host.empty()) {
        return "direct://";
    }
    const bool v6 = p.host.find(':') != std::string::npos;
    return p.scheme + "://" + (v6 ? "[" + p.host + "]" : p.host) + ":" + std::to_string(p.port);
}

namespace detail {

/// A PAC file's address as it may be shown: without a user and password, should it carry them.
std::string withoutCredentials(const std::string& url)
{
    const auto sep = url.find("://");
    if (sep == std::string::npos) {
        return url;
    }
    const auto authorityEnd = url.find_first_of("/?#", sep + 3);
    const auto at = url.rfind('@', authorityEnd == std::string::npos ? std::string::npos : authorityEnd);
    if (at == std::string::npos || at < sep + 3) {
        return url;
    }
    return url.substr(0, sep + 3) + url.substr(at + 1);
}

void splitUrl(const std::string& url, std::string& scheme, std::string& host)
{
    scheme.clear();
    host.clear();
    const auto sep = url.find("://");
    if (sep == std::string::npos) {
        return;
    }
    scheme = lower(url.substr(0, sep));
    std::string rest = url.substr(sep + 3);
    rest = rest.substr(0, rest.find('/'));
    rest = rest.substr(rest.rfind('@') == std::string::npos ? 0 : rest.rfind('@') + 1);
    int port = 0;
    if (!splitHostPort(rest, host, port)) {
        host.clear();
    }
    host = lower(host);
}

namespace {

const char* env(const char* name)
{
    const char* v = std::getenv(name);
    return v != nullptr && *v != '\0' ? v : nullptr;
}

/// no_proxy as curl reads it: "*", or names that match the host or a domain above it, or exact addresses.
bool listedInNoProxy(const std::string& host)
{
    const char* list = env("no_proxy");
    if (list == nullptr) {
        list = env("NO_PROXY");
    }
    if (list == nullptr) {
        return false;
    }
    std::string all = list;
    size_t start = 0;
    while (start <= all.size()) {
        const auto comma = all.find(',', start);
        std::string entry = lower(trim(all.substr(start, comma == std::string::npos ? std::string::npos : comma - start)));
        start = comma == std::string::npos ? all.size() + 1 : comma + 1;
        if (entry.empty()) {
            continue;
        }
        if (entry == "*") {
            return true;
        }
        if (entry.front() == '.') {
            entry.erase(0, 1);
        }
        if (entry.size() > 2 && entry.front() == '[' && entry.back() == ']') {
            entry = entry.substr(1, entry.size() - 2);
        }
        if (host == entry || (host.size() > entry.size() && host.compare(host.size() - entry.size(), entry.size(), entry) == 0
                              && host[host.size() - entry.size() - 1] == '.')) {
            return true;
        }
    }
    return false;
}

} // namespace

EnvProxy environmentProxy(const std::string& url)
{
    std::string scheme;
    std::string host;
    splitUrl(url, scheme, host);
    EnvProxy found;
    // curl's order: the scheme's own variable (http_proxy only in lower case), then all_proxy.
    std::vector<const char*> names;
    if (scheme == "https") {
        names = {"https_proxy", "HTTPS_PROXY"};
    } else {
        names = {"http_proxy"};
    }
    names.push_back("all_proxy");
    names.push_back("ALL_PROXY");
    for (const char* name : names) {
        if (const char* v = env(name)) {
            found.name = name;
            found.value = v;
            break;
        }
    }
    if (!found.name.empty() && listedInNoProxy(host)) {
        found.bypassed = true;
    }
    return found;
}

ProxyServer directServer()
{
    ProxyServer d;
    d.scheme = "direct";
    return d;
}

void appendError(std::string& errors, const std::string& more)
{
    errors += (errors.empty() ? "" : "; ") + more;
}

void useEnvironment(ProxyConfig& c, const std::string& url)
{
    const EnvProxy env = environmentProxy(url);
    if (env.name.empty()) {
        c.source = "none";
        c.proxies = {directServer()};
        return;
    }
    c.source = "environment";
    c.detail = env.name;
    ProxyServer p;
    if (env.bypassed) {
        c.proxies = {directServer()};
    } else if (parseProxyUrl(env.value, p)) {
        c.proxies = {p};
    } else {
        appendError(c.error, env.name + " is set but is not a proxy address");
    }
}

} // namespace detail

ProxyConfig systemProxyFor(const std::string& url, int timeoutMs, const std::atomic<bool>* cancel)
{
    // A PAC download or a WPAD search that hangs is left behind, never waited for.
    bool stopped = false;
    std::optional<ProxyConfig> c = boundedCall<ProxyConfig>([url] { return detail::lookUpProxy(url); }, timeoutMs, cancel, &stopped);
    if (c) {
        return std::move(*c);
    }
    ProxyConfig late;
    late.timedOut = !stopped;
    late.error = stopped ? "cancelled" : "timed out";
    return late;
}

} // namespace tcpd::platform
