// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The proxy settings on Windows (windows/ProxyConfigWin.cpp): the decoding of Internet Options' lists, and
// the whole lookup against settings this test writes into HKCU and takes out again.
//
// Measured under Wine 8.0: WinHttpGetIEProxyConfigForCurrentUser reads only the binary value
// "...\Internet Settings\Connections\DefaultConnectionSettings" (what Internet Options itself writes) and
// ignores ProxyEnable/ProxyServer/ProxyOverride; without that value it reports fAutoDetect = TRUE. So
// every test that looks up a proxy first writes that value with automatic detection off: a WPAD search
// would send DHCP and DNS queries. Nothing here leaves this computer; the PAC file comes from 127.0.0.1.

#include "WinTestSupport.h"
#include "platform/ProxyConfig.h"
#include "platform/windows/ProxyConfigWinDecode.h"
#include "platform/windows/WinDetail.h" // first of the Windows headers

#include <winhttp.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

using tcpd::platform::ProxyConfig;
using tcpd::platform::ProxyServer;
using tcpd::platform::systemProxyFor;
using tcpd::platform::detail::proxiesFromWinList;
using tcpd::platform::detail::winBypassMatches;
using tcpd::platform::detail::winHttpErrorName;

namespace {

// ---- the decoding ----

TEST(WinProxyDecode, PerSchemeListGivesTheEntryOfTheUrlsScheme)
{
    const std::string list = "http=198.51.100.5:3128;https=198.51.100.5:3129;ftp=198.51.100.5:21";
    auto https = proxiesFromWinList(list, "https");
    ASSERT_EQ(https.size(), 1u);
    EXPECT_EQ(https[0].scheme, "http") << "https= names an HTTP proxy that https URLs reach with CONNECT";
    EXPECT_EQ(https[0].host, "198.51.100.5");
    EXPECT_EQ(https[0].port, 3129);
    auto http = proxiesFromWinList(list, "HTTP");
    ASSERT_EQ(http.size(), 1u);
    EXPECT_EQ(http[0].port, 3128);
}

TEST(WinProxyDecode, PerSchemeListWithoutTheSchemeMeansNoProxy)
{
    EXPECT_TRUE(proxiesFromWinList("http=198.51.100.5:3128", "https").empty());
    EXPECT_TRUE(proxiesFromWinList("ftp=198.51.100.5:21", "http").empty());
}

TEST(WinProxyDecode, SocksEntryIsSocks4AndComesBeforeABareEntry)
{
    auto p = proxiesFromWinList("http=198.51.100.5:3128;socks=203.0.113.4:1081", "https");
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].scheme, "socks4");
    EXPECT_EQ(p[0].host, "203.0.113.4");
    EXPECT_EQ(p[0].port, 1081);
    p = proxiesFromWinList("socks=203.0.113.4", "http");
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].port, 1080) << "the SOCKS default port";
    p = proxiesFromWinList("198.51.100.6:8080;socks=203.0.113.4:1081", "https");
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].scheme, "socks4");
    p = proxiesFromWinList("https=198.51.100.5:3129;socks=203.0.113.4:1081", "https");
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].port, 3129) << "the scheme's own entry wins over socks=";
}

TEST(WinProxyDecode, BareEntryServesEveryScheme)
{
    for (const char* scheme : {"http", "https"}) {
        auto p = proxiesFromWinList("198.51.100.6:8080", scheme);
        ASSERT_EQ(p.size(), 1u) << scheme;
        EXPECT_EQ(p[0].scheme, "http");
        EXPECT_EQ(p[0].host, "198.51.100.6");
        EXPECT_EQ(p[0].port, 8080);
    }
    auto p = proxiesFromWinList("  http://proxy.example.test:3128  ", "https");
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].host, "proxy.example.test");
    p = proxiesFromWinList("proxy.example.test", "http");
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].port, 80);
}

TEST(WinProxyDecode, ListsInOrderWithDirectAndSeparatorsOfBothKinds)
{
    // What WinHttpGetProxyForUrl may hand back for "PROXY a:1; PROXY b:2; DIRECT".
    auto p = proxiesFromWinList("198.51.100.6:8080; 198.51.100.7:8081 DIRECT", "https");
    ASSERT_EQ(p.size(), 3u);
    EXPECT_EQ(p[0].host, "198.51.100.6");
    EXPECT_EQ(p[1].host, "198.51.100.7");
    EXPECT_EQ(p[2].scheme, "direct");
}

TEST(WinProxyDecode, IPv6AndCredentials)
{
    auto p = proxiesFromWinList("https=[2001:db8::5]:3129", "https");
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].host, "2001:db8::5");
    EXPECT_EQ(p[0].port, 3129);
    p = proxiesFromWinList("http://user:pa=ss@198.51.100.6:8080", "http");
    ASSERT_EQ(p.size(), 1u) << "an '=' in a password is no scheme entry";
    EXPECT_EQ(p[0].user, "user");
    EXPECT_EQ(p[0].password, "pa=ss");
}

TEST(WinProxyDecode, NonsenseIsLeftOut)
{
    EXPECT_TRUE(proxiesFromWinList("", "https").empty());
    EXPECT_TRUE(proxiesFromWinList(" ; ;", "https").empty());
    EXPECT_TRUE(proxiesFromWinList("https=", "https").empty());
    EXPECT_TRUE(proxiesFromWinList("198.51.100.6:99999", "https").empty());
    auto p = proxiesFromWinList("ftp://198.51.100.6:21;198.51.100.7:8080", "https");
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].host, "198.51.100.7");
}

TEST(WinProxyDecode, BypassLocalMeansNamesWithoutADot)
{
    EXPECT_TRUE(winBypassMatches("<local>", "intranet"));
    EXPECT_TRUE(winBypassMatches("<LOCAL>", "Intranet"));
    EXPECT_FALSE(winBypassMatches("<local>", "app.example.test"));
    EXPECT_FALSE(winBypassMatches("<local>", "198.51.100.5"));
    EXPECT_FALSE(winBypassMatches("<local>", "2001:db8::5")) << "an IPv6 address is no local name";
}

TEST(WinProxyDecode, BypassWildcardsAndCase)
{
    const std::string list = "*.internal.test; 192.0.2.*;<local>";
    EXPECT_TRUE(winBypassMatches(list, "db.internal.test"));
    EXPECT_TRUE(winBypassMatches(list, "DB.Internal.Test"));
    EXPECT_TRUE(winBypassMatches(list, "a.b.internal.test"));
    EXPECT_FALSE(winBypassMatches(list, "internal.test")) << "*. needs something before the dot";
    EXPECT_FALSE(winBypassMatches(list, "internal.test.example.test"));
    EXPECT_TRUE(winBypassMatches(list, "192.0.2.17"));
    EXPECT_FALSE(winBypassMatches(list, "198.51.100.17"));
    EXPECT_TRUE(winBypassMatches("APP.example.test", "app.example.test"));
    EXPECT_FALSE(winBypassMatches("app.example.test", "app.example.test.evil.test"));
    EXPECT_TRUE(winBypassMatches("*", "anything.example.test"));
    EXPECT_TRUE(winBypassMatches("app*.test", "app.example.test"));
    EXPECT_FALSE(winBypassMatches("", "app.example.test"));
    EXPECT_FALSE(winBypassMatches(";;", "app.example.test"));
    EXPECT_FALSE(winBypassMatches("*.example.test", ""));
}

TEST(WinProxyDecode, BypassIPv6WithOrWithoutBrackets)
{
    EXPECT_TRUE(winBypassMatches("[2001:db8::5]", "2001:db8::5"));
    EXPECT_TRUE(winBypassMatches("2001:DB8::5", "[2001:db8::5]"));
    EXPECT_TRUE(winBypassMatches("2001:db8:*", "2001:db8::5"));
    EXPECT_FALSE(winBypassMatches("2001:db8::5", "2001:db8::55"));
}

TEST(WinProxyDecode, ErrorNames)
{
    EXPECT_STREQ(winHttpErrorName(ERROR_WINHTTP_AUTODETECTION_FAILED), "ERROR_WINHTTP_AUTODETECTION_FAILED");
    EXPECT_STREQ(winHttpErrorName(ERROR_WINHTTP_UNABLE_TO_DOWNLOAD_SCRIPT), "ERROR_WINHTTP_UNABLE_TO_DOWNLOAD_SCRIPT");
    EXPECT_EQ(winHttpErrorName(0), nullptr);
}

// ---- the lookup, against settings written into HKCU ----

const wchar_t* const kInternetSettings = L"Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings";
const wchar_t* const kConnections = L"Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\Connections";

// DefaultConnectionSettings, as WinINet writes it: version 0x46, a change counter, flags, then three
// length-prefixed ANSI strings (proxy, bypass list, PAC URL) and fields this test leaves at zero.
constexpr DWORD kSettingsVersion = 0x46;
constexpr DWORD kFlagDirect = 0x1, kFlagProxy = 0x2, kFlagPacUrl = 0x4; // 0x8 would be automatic detection

/// One registry value: read when constructed, put back (or deleted, if it was absent) when destroyed.
class SavedValue
{
public:
    SavedValue(const wchar_t* key, const wchar_t* name)
        : key_(key)
        , name_(name)
    {
        HKEY k = nullptr;
        if (RegOpenKeyExW(HKEY_CURRENT_USER, key_, 0, KEY_READ, &k) != ERROR_SUCCESS) {
            return;
        }
        DWORD size = 0;
        if (RegQueryValueExW(k, name_, nullptr, &type_, nullptr, &size) == ERROR_SUCCESS) {
            std::vector<BYTE> data(size);
            if (RegQueryValueExW(k, name_, nullptr, &type_, data.data(), &size) == ERROR_SUCCESS) {
                data.resize(size);
                data_ = std::move(data);
            }
        }
        RegCloseKey(k);
    }
    ~SavedValue()
    {
        HKEY k = nullptr;
        if (RegOpenKeyExW(HKEY_CURRENT_USER, key_, 0, KEY_SET_VALUE, &k) != ERROR_SUCCESS) {
            return; // the key is gone, and so is whatever this test wrote
        }
        if (data_) {
            RegSetValueExW(k, name_, 0, type_, data_->data(), static_cast<DWORD>(data_->size()));
        } else {
            RegDeleteValueW(k, name_);
        }
        RegCloseKey(k);
    }
    SavedValue(const SavedValue&) = delete;
    SavedValue& operator=(const SavedValue&) = delete;
    const std::optional<std::vector<BYTE>>& data() const { return data_; }

private:
    const wchar_t* key_;
    const wchar_t* name_;
    DWORD type_ = REG_NONE;
    std::optional<std::vector<BYTE>> data_;
};

/// This user's Internet Options, changed for one test and restored on every path (members are destroyed
/// in reverse order: values first, then the Connections key if the test created it, then the lock).
/// Tests of this file may run at the same time (scripts/test-windows runs ctest -j): a named mutex
/// serializes them.
class InternetOptions
{
public:
    InternetOptions()
        : lock_(CreateMutexW(nullptr, FALSE, L"Local\\tcpdoctor-WinProxyConfigTest"))
    {
        if (lock_ != nullptr) {
            WaitForSingleObject(lock_, 60 * 1000); // WAIT_ABANDONED: a crashed test; its values are ours now
        }
        HKEY k = nullptr;
        connectionsExisted_ = RegOpenKeyExW(HKEY_CURRENT_USER, kConnections, 0, KEY_READ, &k) == ERROR_SUCCESS;
        if (k != nullptr) {
            RegCloseKey(k);
        }
        saved_.emplace_back(std::make_unique<SavedValue>(kInternetSettings, L"ProxyEnable"));
        saved_.emplace_back(std::make_unique<SavedValue>(kInternetSettings, L"ProxyServer"));
        saved_.emplace_back(std::make_unique<SavedValue>(kInternetSettings, L"ProxyOverride"));
        saved_.emplace_back(std::make_unique<SavedValue>(kInternetSettings, L"AutoConfigURL"));
        saved_.emplace_back(std::make_unique<SavedValue>(kConnections, L"DefaultConnectionSettings"));
        binary_ = saved_.back().get();
    }
    ~InternetOptions()
    {
        saved_.clear(); // restores every value
        if (!connectionsExisted_) {
            RegDeleteKeyW(HKEY_CURRENT_USER, kConnections); // only if empty again, which it now is
        }
        if (lock_ != nullptr) {
            ReleaseMutex(lock_);
            CloseHandle(lock_);
        }
    }
    InternetOptions(const InternetOptions&) = delete;
    InternetOptions& operator=(const InternetOptions&) = delete;

    /// "Use a proxy server for your LAN", in both forms Windows keeps it; automatic detection off.
    bool setManual(const std::string& proxy, const std::string& bypass)
    {
        return setStrings(1, proxy, bypass, "") && setBinary(kFlagDirect | kFlagProxy, proxy, bypass, "");
    }
    /// "Use setup script" with this PAC file; automatic detection off.
    bool setPac(const std::string& pacUrl)
    {
        return setStrings(0, "", "", pacUrl) && setBinary(kFlagDirect | kFlagPacUrl, "", "", pacUrl);
    }
    /// Nothing at all, not even automatic detection.
    bool setNothing() { return setStrings(0, "", "", "") && setBinary(kFlagDirect, "", "", ""); }
    /// Only the older string values (ProxyEnable, ProxyServer, ProxyOverride), without the binary value.
    bool setStringsOnly(const std::string& proxy, const std::string& bypass)
    {
        HKEY k = nullptr;
        if (RegOpenKeyExW(HKEY_CURRENT_USER, kConnections, 0, KEY_SET_VALUE, &k) == ERROR_SUCCESS) {
            RegDeleteValueW(k, L"DefaultConnectionSettings");
            RegCloseKey(k);
        }
        return setStrings(1, proxy, bypass, "");
    }

private:
    static bool setString(HKEY k, const wchar_t* name, const std::string& value)
    {
        if (value.empty()) {
            RegDeleteValueW(k, name);
            return true;
        }
        bool ok = false;
        const std::wstring wide = tcpd::platform::detail::toWide(value, ok);
        return ok
            && RegSetValueExW(k, name, 0, REG_SZ, reinterpret_cast<const BYTE*>(wide.c_str()),
                              static_cast<DWORD>((wide.size() + 1) * sizeof(wchar_t)))
            == ERROR_SUCCESS;
    }

    static bool setStrings(DWORD enable, const std::string& proxy, const std::string& bypass, const std::string& pac)
    {
        HKEY k = nullptr;
        if (RegCreateKeyExW(HKEY_CURRENT_USER, kInternetSettings, 0, nullptr, 0, KEY_SET_VALUE, nullptr, &k, nullptr)
            != ERROR_SUCCESS) {
            return false;
        }
        const bool ok
            = RegSetValueExW(k, L"ProxyEnable", 0, REG_DWORD, reinterpret_cast<const BYTE*>(&enable), sizeof enable)
                == ERROR_SUCCESS
            && setString(k, L"ProxyServer", proxy) && setString(k, L"ProxyOverride", bypass)
            && setString(k, L"AutoConfigURL", pac);
        RegCloseKey(k);
        return ok;
    }

    bool setBinary(DWORD flags, const std::string& proxy, const std::string& bypass, const std::string& pac)
    {
        std::vector<BYTE> b;
        const auto dword = [&b](DWORD v) {
            for (int i = 0; i < 4; ++i) {
                b.push_back(static_cast<BYTE>(v >> (8 * i)));
            }
        };
        const auto text = [&](const std::string& s) {
            dword(static_cast<DWORD>(s.size()));
            b.insert(b.end(), s.begin(), s.end());
        };
        DWORD counter = 1;
        const auto& previous = binary_->data();
        if (previous && previous->size() >= 8) {
            std::memcpy(&counter, previous->data() + 4, 4);
            ++counter; // WinINet notices a change by this counter
        }
        dword(kSettingsVersion);
        dword(counter);
        dword(flags);
        text(proxy);
        text(bypass);
        text(pac);
        b.insert(b.end(), 32, 0); // the automatic-detection fields: none
        HKEY k = nullptr;
        if (RegCreateKeyExW(HKEY_CURRENT_USER, kConnections, 0, nullptr, 0, KEY_SET_VALUE, nullptr, &k, nullptr)
            != ERROR_SUCCESS) {
            return false;
        }
        const bool ok
            = RegSetValueExW(k, L"DefaultConnectionSettings", 0, REG_BINARY, b.data(), static_cast<DWORD>(b.size()))
            == ERROR_SUCCESS;
        RegCloseKey(k);
        return ok;
    }

    HANDLE lock_;
    bool connectionsExisted_ = false;
    std::vector<std::unique_ptr<SavedValue>> saved_;
    const SavedValue* binary_ = nullptr; // DefaultConnectionSettings as it was
};

/// An environment variable, set (or removed, with nullptr) for one test and restored after. _putenv_s, not
/// SetEnvironmentVariable: the lookup reads the C runtime's copy (getenv), which only _putenv_s updates.
class EnvVar
{
public:
    EnvVar(const char* name, const char* value)
        : name_(name)
    {
        if (const char* old = std::getenv(name)) {
            old_ = old;
        }
        _putenv_s(name, value != nullptr ? value : ""); // "" removes it
    }
    ~EnvVar() { _putenv_s(name_, old_ ? old_->c_str() : ""); }
    EnvVar(const EnvVar&) = delete;
    EnvVar& operator=(const EnvVar&) = delete;

private:
    const char* name_;
    std::optional<std::string> old_;
};

/// No proxy variable of the test's own environment gets in the way (the names are case-insensitive here).
struct CleanProxyEnvironment {
    EnvVar http{"http_proxy", nullptr};
    EnvVar https{"https_proxy", nullptr};
    EnvVar all{"all_proxy", nullptr};
    EnvVar no{"no_proxy", nullptr};
};

/// What WinHTTP reads back from the settings just written, as "proxy|bypass|pac|autodetect".
std::string ieConfigAsText()
{
    WINHTTP_CURRENT_USER_IE_PROXY_CONFIG c{};
    if (!WinHttpGetIEProxyConfigForCurrentUser(&c)) {
        return "error " + std::to_string(GetLastError());
    }
    std::string text;
    for (LPWSTR s : {c.lpszProxy, c.lpszProxyBypass, c.lpszAutoConfigUrl}) {
        text += (s != nullptr ? tcpd::platform::detail::toUtf8(s) : std::string()) + "|";
        if (s != nullptr) {
            GlobalFree(s);
        }
    }
    return text + (c.fAutoDetect ? "autodetect" : "manual");
}

const char* const kPerScheme = "http=198.51.100.5:3128;https=198.51.100.5:3129";
const char* const kOverride = "<local>;*.internal.test;203.0.113.*";

/// Skips unless WinHTTP reads back exactly what was written (with automatic detection off, so nothing
/// looks for a WPAD server).
#define REQUIRE_READ_BACK(expected)                                                                                    \
    do {                                                                                                               \
        const std::string readBack = ieConfigAsText();                                                                 \
        if (readBack != (expected)) {                                                                                  \
            GTEST_SKIP() << "WinHttpGetIEProxyConfigForCurrentUser does not read the settings this test "              \
                            "wrote (read back \""                                                                      \
                         << readBack << "\", wrote \"" << (expected) << "\")";                                         \
        }                                                                                                              \
    } while (false)

TEST(WinProxyConfig, ManualPerSchemeProxyOfInternetOptions)
{
    InternetOptions options;
    CleanProxyEnvironment env;
    ASSERT_TRUE(options.setManual(kPerScheme, kOverride)) << GetLastError();
    REQUIRE_READ_BACK(std::string(kPerScheme) + "|" + kOverride + "||manual");

    const ProxyConfig c = systemProxyFor("https://app.example.test:8443/", 5000, nullptr);
    EXPECT_EQ(c.backend, "winhttp");
    EXPECT_EQ(c.source, "desktop");
    EXPECT_EQ(c.detail, "Internet Options");
    EXPECT_EQ(c.error, "");
    EXPECT_FALSE(c.timedOut);
    ASSERT_EQ(c.proxies.size(), 1u);
    EXPECT_EQ(c.proxies[0].scheme, "http");
    EXPECT_EQ(c.proxies[0].host, "198.51.100.5");
    EXPECT_EQ(c.proxies[0].port, 3129);

    const ProxyConfig plain = systemProxyFor("http://app.example.test/", 5000, nullptr);
    ASSERT_EQ(plain.proxies.size(), 1u);
    EXPECT_EQ(plain.proxies[0].port, 3128);
}

TEST(WinProxyConfig, BypassListOfInternetOptions)
{
    InternetOptions options;
    CleanProxyEnvironment env;
    ASSERT_TRUE(options.setManual(kPerScheme, kOverride)) << GetLastError();
    REQUIRE_READ_BACK(std::string(kPerScheme) + "|" + kOverride + "||manual");

    for (const char* url : {"https://db.internal.test:5432/", "https://intranet/", "https://203.0.113.9:443/"}) {
        const ProxyConfig c = systemProxyFor(url, 5000, nullptr);
        EXPECT_EQ(c.source, "desktop") << url;
        ASSERT_EQ(c.proxies.size(), 1u) << url;
        EXPECT_EQ(c.proxies[0].scheme, "direct") << url;
    }
}

TEST(WinProxyConfig, StringValuesAloneAreReadByWinHttp)
{
    InternetOptions options;
    ASSERT_TRUE(options.setStringsOnly(kPerScheme, kOverride)) << GetLastError();
    // Only WinHTTP's reading is checked: without the binary value, Wine reports automatic detection on, and
    // a lookup would go looking for a WPAD server.
    const std::string readBack = ieConfigAsText();
    if (readBack.rfind(std::string(kPerScheme) + "|", 0) != 0) {
        GTEST_SKIP() << (tcpd::wintest::underWine() ? "Wine " + tcpd::wintest::wineVersion()
                                                    : std::string("this Windows"))
                     << " reads only Connections\\DefaultConnectionSettings, not ProxyEnable/ProxyServer/ProxyOverride "
                        "(read back \""
                     << readBack << "\"); the other tests write both forms";
    }
    EXPECT_EQ(readBack.substr(0, readBack.rfind('|')), std::string(kPerScheme) + "|" + kOverride + "|");
}

TEST(WinProxyConfig, EnvironmentWhenInternetOptionsHaveNothing)
{
    InternetOptions options;
    CleanProxyEnvironment clean;
    ASSERT_TRUE(options.setNothing()) << GetLastError();
    REQUIRE_READ_BACK(std::string("|||manual"));
    EnvVar proxy("https_proxy", "http://user:secret@198.51.100.9:8080");

    const ProxyConfig c = systemProxyFor("https://app.example.test:8443/", 5000, nullptr);
    EXPECT_EQ(c.backend, "winhttp");
    EXPECT_EQ(c.source, "environment");
    EXPECT_EQ(c.detail, "https_proxy");
    EXPECT_EQ(c.error, "");
    ASSERT_EQ(c.proxies.size(), 1u);
    EXPECT_EQ(c.proxies[0].scheme, "http");
    EXPECT_EQ(c.proxies[0].host, "198.51.100.9");
    EXPECT_EQ(c.proxies[0].port, 8080);
    EXPECT_EQ(c.proxies[0].user, "user");

    EnvVar bypass("no_proxy", ".example.test");
    const ProxyConfig bypassed = systemProxyFor("https://app.example.test:8443/", 5000, nullptr);
    EXPECT_EQ(bypassed.source, "environment");
    ASSERT_EQ(bypassed.proxies.size(), 1u);
    EXPECT_EQ(bypassed.proxies[0].scheme, "direct");
}

TEST(WinProxyConfig, InternetOptionsComeBeforeTheEnvironment)
{
    InternetOptions options;
    CleanProxyEnvironment clean;
    ASSERT_TRUE(options.setManual("198.51.100.6:8080", "")) << GetLastError();
    REQUIRE_READ_BACK(std::string("198.51.100.6:8080|||manual"));
    EnvVar proxy("https_proxy", "http://198.51.100.9:8080");
    const ProxyConfig c = systemProxyFor("https://app.example.test/", 5000, nullptr);
    EXPECT_EQ(c.source, "desktop");
    ASSERT_EQ(c.proxies.size(), 1u);
    EXPECT_EQ(c.proxies[0].host, "198.51.100.6");
}

TEST(WinProxyConfig, NothingSetAnywhere)
{
    InternetOptions options;
    CleanProxyEnvironment clean;
    ASSERT_TRUE(options.setNothing()) << GetLastError();
    REQUIRE_READ_BACK(std::string("|||manual"));
    const ProxyConfig c = systemProxyFor("https://app.example.test/", 5000, nullptr);
    EXPECT_EQ(c.backend, "winhttp");
    EXPECT_EQ(c.source, "none");
    EXPECT_EQ(c.error, "");
    ASSERT_EQ(c.proxies.size(), 1u);
    EXPECT_EQ(c.proxies[0].scheme, "direct");
}

TEST(WinProxyConfig, PacFileFromLoopback)
{
    const std::string script = "function FindProxyForURL(url, host) { return \"PROXY 198.51.100.7:8080; DIRECT\"; }\n";
    const std::string response = "HTTP/1.1 200 OK\r\nContent-Type: application/x-ns-proxy-autoconfig\r\n"
                                 "Content-Length: "
        + std::to_string(script.size()) + "\r\nConnection: close\r\n\r\n" + script;
    tcpd::wintest::WinLoopbackServer server(tcpd::wintest::WinLoopbackServer::Mode::Banner, response);
    ASSERT_TRUE(server.ok());
    const std::string pac = "http://127.0.0.1:" + std::to_string(server.port()) + "/proxy.pac";

    InternetOptions options;
    CleanProxyEnvironment clean;
    ASSERT_TRUE(options.setPac(pac)) << GetLastError();
    REQUIRE_READ_BACK("||" + pac + "|manual");

    const ProxyConfig c = systemProxyFor("https://app.example.test:8443/", 10000, nullptr);
    EXPECT_EQ(c.backend, "winhttp");
    EXPECT_FALSE(c.timedOut) << c.error;
    EXPECT_EQ(c.source, "pac") << c.error;
    EXPECT_EQ(c.detail, pac);
    EXPECT_EQ(c.error, "");
    ASSERT_FALSE(c.proxies.empty()) << c.error;
    EXPECT_EQ(c.proxies[0].scheme, "http");
    EXPECT_EQ(c.proxies[0].host, "198.51.100.7");
    EXPECT_EQ(c.proxies[0].port, 8080);
    EXPECT_GE(server.accepted(), 1);
}

TEST(WinProxyConfig, PacFileThatCannotBeFetchedFallsBackToTheEnvironment)
{
    const std::string pac
        = "http://127.0.0.1:" + std::to_string(tcpd::wintest::WinLoopbackServer::closedPort()) + "/proxy.pac";
    InternetOptions options;
    CleanProxyEnvironment clean;
    ASSERT_TRUE(options.setPac(pac)) << GetLastError();
    REQUIRE_READ_BACK("||" + pac + "|manual");
    EnvVar proxy("https_proxy", "http://198.51.100.9:8080");

    const ProxyConfig c = systemProxyFor("https://app.example.test/", 10000, nullptr);
    EXPECT_FALSE(c.timedOut) << c.error;
    EXPECT_EQ(c.source, "environment");
    EXPECT_NE(c.error.find("PAC file " + pac), std::string::npos) << c.error;
    ASSERT_EQ(c.proxies.size(), 1u);
    EXPECT_EQ(c.proxies[0].host, "198.51.100.9");
}

} // namespace
