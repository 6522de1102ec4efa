// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
//
// The proxy settings on Windows (ProxyConfigDetail.h), read the way browsers and WinINet/WinHTTP programs
// read them, in the order they apply them:
//   1. Internet Options' automatic configuration: "Automatically detect settings" (WPAD, by DHCP and DNS)
//      and "Use setup script" (a PAC file), asked of WinHTTP's own PAC engine for this URL. A failure there
//      is not the end: programs then use the manual setting, so this does too, and says why in `error`.
//   2. Internet Options' manual proxy ("ProxyServer"), with its bypass list ("ProxyOverride").
//   3. The environment (http_proxy, https_proxy, all_proxy, no_proxy), which curl, Git, Python and most
//      command-line tools read on Windows too, and Internet Options does not hold.
#include "platform/ProxyConfigDetail.h"
#include "platform/windows/ProxyConfigWinDecode.h"
#include "platform/windows/WinDetail.h" // first of the Windows headers

#include <winhttp.h>

#include <algorithm>
#include <cctype>

namespace tcpd::platform::detail {

namespace {

std::string lowered(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

/// Splits at any of `separators`, trimming nothing but dropping empty pieces.
std::vector<std::string> tokens(const std::string& text, const char* separators)
{
    std::vector<std::string> out;
    size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find_first_of(separators, start);
        const std::string piece = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!piece.empty()) {
            out.push_back(piece);
        }
        start = end == std::string::npos ? text.size() : end + 1;
    }
    return out;
}

/// '*' matches any run of characters, everything else itself (both sides already in lower case).
bool globMatches(const std::string& pattern, const std::string& text)
{
    size_t p = 0;
    size_t t = 0;
    size_t star = std::string::npos;
    size_t resume = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            resume = t;
        } else if (p < pattern.size() && pattern[p] == text[t]) {
            ++p;
            ++t;
        } else if (star != std::string::npos) {
            p = star + 1;
            t = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*') {
        ++p;
    }
    return p == pattern.size();
}

std::string withoutBrackets(const std::string& s)
{
    if (s.size() > 2 && s.front() == '[' && s.back() == ']') {
        return s.substr(1, s.size() - 2);
    }
    return s;
}

/// Every string WinHttpGetIEProxyConfigForCurrentUser hands over is the caller's to GlobalFree.
struct IeConfig {
    WINHTTP_CURRENT_USER_IE_PROXY_CONFIG c{};
    IeConfig() = default;
    IeConfig(const IeConfig&) = delete;
    IeConfig& operator=(const IeConfig&) = delete;
    ~IeConfig()
    {
        for (LPWSTR s : {c.lpszAutoConfigUrl, c.lpszProxy, c.lpszProxyBypass}) {
            if (s != nullptr) {
                ::GlobalFree(s);
            }
        }
    }
};

/// The same for WinHttpGetProxyForUrl's answer.
struct ProxyInfo {
    WINHTTP_PROXY_INFO i{};
    ProxyInfo() = default;
    ProxyInfo(const ProxyInfo&) = delete;
    ProxyInfo& operator=(const ProxyInfo&) = delete;
    ~ProxyInfo()
    {
        for (LPWSTR s : {i.lpszProxy, i.lpszProxyBypass}) {
            if (s != nullptr) {
                ::GlobalFree(s);
            }
        }
    }
};

struct Session {
    HINTERNET h = nullptr;
    Session() = default;
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;
    ~Session()
    {
        if (h != nullptr) {
            ::WinHttpCloseHandle(h);
        }
    }
};

std::string utf8(const wchar_t* s)
{
    return s != nullptr ? toUtf8(s) : std::string();
}

/// "ERROR_WINHTTP_AUTODETECTION_FAILED (12180)": the name, which reads the same in every language, and
/// else the system's words.
std::string errorText(DWORD code)
{
    if (const char* name = winHttpErrorName(code)) {
        return std::string(name) + " (" + std::to_string(code) + ")";
    }
    const std::string words = systemMessage(static_cast<int>(code));
    return (words.empty() ? "error" : words) + " (" + std::to_string(code) + ")";
}

/// The proxies a WinHttpGetProxyForUrl answer names for a URL of this scheme and host; "direct" if none.
std::vector<ProxyServer> fromAnswer(const WINHTTP_PROXY_INFO& info, const std::string& scheme, const std::string& host)
{
    if (info.dwAccessType != WINHTTP_ACCESS_TYPE_NAMED_PROXY || info.lpszProxy == nullptr
        || winBypassMatches(utf8(info.lpszProxyBypass), host)) {
        return {directServer()};
    }
    std::vector<ProxyServer> proxies = proxiesFromWinList(utf8(info.lpszProxy), scheme);
    if (proxies.empty()) {
        proxies.push_back(directServer());
    }
    return proxies;
}

/// Asks WinHTTP's PAC engine: by automatic detection (pacUrl null) or with this PAC file. Blocking: a WPAD
/// search or a PAC download may take seconds, which systemProxyFor() bounds. 0, or the error.
DWORD askWinHttp(HINTERNET session, const std::wstring& url, const wchar_t* pacUrl, ProxyInfo& answer)
{
    WINHTTP_AUTOPROXY_OPTIONS options{};
    if (pacUrl == nullptr) {
        options.dwFlags = WINHTTP_AUTOPROXY_AUTO_DETECT;
        options.dwAutoDetectFlags = WINHTTP_AUTO_DETECT_TYPE_DHCP | WINHTTP_AUTO_DETECT_TYPE_DNS_A;
    } else {
        options.dwFlags = WINHTTP_AUTOPROXY_CONFIG_URL;
        options.lpszAutoConfigUrl = pacUrl;
    }
    // A PAC file on an intranet server that asks for Windows sign-in is served to browsers without a
    // prompt; without this flag WinHTTP would report ERROR_WINHTTP_LOGIN_FAILURE where browsers succeed.
    options.fAutoLogonIfChallenged = TRUE;
    if (!::WinHttpGetProxyForUrl(session, url.c_str(), &options, &answer.i)) {
        return ::GetLastError();
    }
    return 0;
}

} // namespace

std::vector<ProxyServer> proxiesFromWinList(const std::string& list, const std::string& urlScheme)
{
    std::vector<ProxyServer> own;
    std::vector<ProxyServer> socks;
    std::vector<ProxyServer> bare;
    const std::string scheme = lowered(urlScheme);
    for (const std::string& entry : tokens(list, "; \t\r\n")) {
        ProxyServer p;
        const auto eq = entry.find('=');
        const auto sep = entry.find("://");
        // "scheme=..." only when the '=' comes before any "://" (a password may hold an '=').
        if (eq != std::string::npos && eq > 0 && (sep == std::string::npos || eq < sep)) {
            const std::string key = lowered(entry.substr(0, eq));
            const std::string value = entry.substr(eq + 1);
            const bool hasScheme = value.find("://") != std::string::npos;
            if (key == "socks") {
                if (parseProxyUrl(hasScheme ? value : "socks4://" + value, p)) {
                    socks.push_back(p);
                }
            } else if (key == scheme && (key == "http" || key == "https")) {
                // https= names the HTTP proxy that https URLs go through (CONNECT), not a TLS proxy.
                if (parseProxyUrl(hasScheme ? value : "http://" + value, p)) {
                    own.push_back(p);
                }
            }
            continue; // ftp=, gopher=, and the other scheme's entry
        }
        if (lowered(entry) == "direct") {
            bare.push_back(directServer());
        } else if (parseProxyUrl(entry, p)) {
            bare.push_back(p);
        }
    }
    if (!own.empty()) {
        return own;
    }
    return !socks.empty() ? socks : bare;
}

bool winBypassMatches(const std::string& bypassList, const std::string& host)
{
    const std::string name = lowered(withoutBrackets(host));
    if (name.empty()) {
        return false;
    }
    for (const std::string& raw : tokens(bypassList, ";, \t\r\n")) {
        const std::string entry = lowered(withoutBrackets(raw));
        if (entry == "<local>") {
            // A name without a dot (an intranet server); an IPv6 address has none either but is no name.
            if (name.find('.') == std::string::npos && name.find(':') == std::string::npos) {
                return true;
            }
        } else if (globMatches(entry, name)) {
            return true;
        }
    }
    return false;
}

const char* winHttpErrorName(unsigned long code)
{
    switch (code) {
    case 12001: return "ERROR_WINHTTP_OUT_OF_HANDLES";
    case 12002: return "ERROR_WINHTTP_TIMEOUT";
    case 12004: return "ERROR_WINHTTP_INTERNAL_ERROR";
    case 12005: return "ERROR_WINHTTP_INVALID_URL";
    case 12006: return "ERROR_WINHTTP_UNRECOGNIZED_SCHEME";
    case 12007: return "ERROR_WINHTTP_NAME_NOT_RESOLVED";
    case 12015: return "ERROR_WINHTTP_LOGIN_FAILURE";
    case 12017: return "ERROR_WINHTTP_OPERATION_CANCELLED";
    case 12018: return "ERROR_WINHTTP_INCORRECT_HANDLE_TYPE";
    case 12029: return "ERROR_WINHTTP_CANNOT_CONNECT";
    case 12030: return "ERROR_WINHTTP_CONNECTION_ERROR";
    case 12166: return "ERROR_WINHTTP_BAD_AUTO_PROXY_SCRIPT";
    case 12167: return "ERROR_WINHTTP_UNABLE_TO_DOWNLOAD_SCRIPT";
    case 12178: return "ERROR_WINHTTP_AUTO_PROXY_SERVICE_ERROR";
    case 12180: return "ERROR_WINHTTP_AUTODETECTION_FAILED";
    default: return nullptr;
    }
}

// The numbers above, checked against the SDK's.
static_assert(ERROR_WINHTTP_TIMEOUT == 12002 && ERROR_WINHTTP_INVALID_URL == 12005
                  && ERROR_WINHTTP_LOGIN_FAILURE == 12015 && ERROR_WINHTTP_CANNOT_CONNECT == 12029
                  && ERROR_WINHTTP_BAD_AUTO_PROXY_SCRIPT == 12166 && ERROR_WINHTTP_UNABLE_TO_DOWNLOAD_SCRIPT == 12167
                  && ERROR_WINHTTP_AUTO_PROXY_SERVICE_ERROR == 12178 && ERROR_WINHTTP_AUTODETECTION_FAILED == 12180,
              "WinHTTP error numbers");

ProxyConfig lookUpProxy(const std::string& url)
{
    ProxyConfig c;
    c.backend = "winhttp";
    std::string scheme;
    std::string host;
    splitUrl(url, scheme, host);

    IeConfig ie;
    if (!::WinHttpGetIEProxyConfigForCurrentUser(&ie.c)) {
        const DWORD err = ::GetLastError();
        // ERROR_FILE_NOT_FOUND: this account has no Internet Options at all (a service), i.e. nothing set.
        if (err != ERROR_FILE_NOT_FOUND) {
            appendError(c.error, "Internet Options could not be read: " + errorText(err));
        }
        ie.c = {};
    }

    // 1. Automatic configuration, in the order Internet Options applies it: detection, then the script.
    const bool hasPac = ie.c.lpszAutoConfigUrl != nullptr && *ie.c.lpszAutoConfigUrl != L'\0';
    if (ie.c.fAutoDetect || hasPac) {
        bool ok = false;
        const std::wstring wideUrl = toWide(url, ok);
        Session session;
        if (!ok) {
            appendError(c.error, "the address is not valid UTF-8");
        } else {
            session.h = ::WinHttpOpen(L"tcpdoctor", WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME,
                                      WINHTTP_NO_PROXY_BYPASS, 0);
            if (session.h == nullptr) {
                appendError(c.error, "WinHttpOpen: " + errorText(::GetLastError()));
            }
        }
        if (session.h != nullptr && ie.c.fAutoDetect) {
            ProxyInfo answer;
            if (const DWORD err = askWinHttp(session.h, wideUrl, nullptr, answer); err == 0) {
                c.proxies = fromAnswer(answer.i, scheme, host);
                c.source = "wpad";
                c.detail = "automatic detection";
                return c;
            } else {
                appendError(c.error, "automatic detection (WPAD): " + errorText(err));
            }
        }
        if (session.h != nullptr && hasPac) {
            ProxyInfo answer;
            const std::string pac = withoutCredentials(utf8(ie.c.lpszAutoConfigUrl));
            if (const DWORD err = askWinHttp(session.h, wideUrl, ie.c.lpszAutoConfigUrl, answer); err == 0) {
                c.proxies = fromAnswer(answer.i, scheme, host);
                c.source = "pac";
                c.detail = pac;
                return c;
            } else {
                appendError(c.error, "PAC file " + pac + ": " + errorText(err));
            }
        }
    }

    // 2. The manual setting, which programs fall back on when automatic configuration gives nothing.
    if (ie.c.lpszProxy != nullptr && *ie.c.lpszProxy != L'\0') {
        c.source = "desktop";
        c.detail = "Internet Options";
        if (winBypassMatches(utf8(ie.c.lpszProxyBypass), host)) {
            c.proxies = {directServer()};
            return c;
        }
        c.proxies = proxiesFromWinList(utf8(ie.c.lpszProxy), scheme);
        if (c.proxies.empty()) {
            c.proxies = {directServer()}; // a per-scheme list without this scheme ("http=..." for an https URL)
        }
        return c;
    }

    // 3. The environment.
    useEnvironment(c, url);
    return c;
}

} // namespace tcpd::platform::detail
