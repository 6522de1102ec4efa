// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
//
// The proxy settings on macOS (ProxyConfigDetail.h), read the way Safari and every CFNetwork/NSURLSession
// program reads them: CFNetwork's copy of the network settings (System Settings > Network > Proxies, or a
// configuration profile) for this URL, its PAC file run by CFNetwork's own PAC engine, and then the
// environment (http_proxy, https_proxy, all_proxy, no_proxy), which curl, Git, Python and Homebrew read
// and the network settings do not hold.
//
// CFNetworkCopyProxiesForURL applies the exceptions list ("Bypass proxy settings for these hosts") and
// "Exclude simple hostnames" itself: a host they name gets kCFProxyTypeNone. A PAC file it only names (a
// kCFProxyTypeAutoConfigurationURL entry); running it is asynchronous and reports on a run loop, so this
// thread runs its own run loop, in a private mode, for at most kPacSeconds.
#include "platform/ProxyConfigDetail.h"

#include <CFNetwork/CFNetwork.h>
#include <CoreFoundation/CoreFoundation.h>

#include <vector>

namespace tcpd::platform::detail {

namespace {

/// A PAC download and run longer than this is given up; systemProxyFor() may have given up earlier.
constexpr CFTimeInterval kPacSeconds = 5.0;

std::string text(CFTypeRef value)
{
    if (value == nullptr || CFGetTypeID(value) != CFStringGetTypeID()) {
        return {};
    }
    const auto s = static_cast<CFStringRef>(value);
    const CFIndex size = CFStringGetMaximumSizeForEncoding(CFStringGetLength(s), kCFStringEncodingUTF8) + 1;
    std::vector<char> buf(static_cast<size_t>(size), '\0');
    if (!CFStringGetCString(s, buf.data(), size, kCFStringEncodingUTF8)) {
        return {};
    }
    return std::string(buf.data());
}

int number(CFTypeRef value)
{
    int n = 0;
    if (value != nullptr && CFGetTypeID(value) == CFNumberGetTypeID()) {
        CFNumberGetValue(static_cast<CFNumberRef>(value), kCFNumberIntType, &n);
    }
    return n;
}

bool isType(CFTypeRef type, CFStringRef wanted)
{
    return type != nullptr && CFGetTypeID(type) == CFStringGetTypeID() && CFEqual(type, wanted);
}

/// One entry of a CFNetwork proxy list that is not a PAC file. False for types this does not use (FTP).
bool toServer(CFDictionaryRef entry, ProxyServer& out)
{
    const CFTypeRef type = CFDictionaryGetValue(entry, kCFProxyTypeKey);
    if (isType(type, kCFProxyTypeNone)) {
        out = directServer();
        return true;
    }
    ProxyServer p;
    if (isType(type, kCFProxyTypeHTTP) || isType(type, kCFProxyTypeHTTPS)) {
        // kCFProxyTypeHTTPS is the "Secure web proxy" setting: the HTTP proxy that https URLs reach with
        // CONNECT, not a proxy spoken to over TLS.
        p.scheme = "http";
    } else if (isType(type, kCFProxyTypeSOCKS)) {
        p.scheme = "socks5";
    } else {
        return false;
    }
    p.host = text(CFDictionaryGetValue(entry, kCFProxyHostNameKey));
    if (p.host.size() > 2 && p.host.front() == '[' && p.host.back() == ']') {
        p.host = p.host.substr(1, p.host.size() - 2);
    }
    if (p.host.empty()) {
        return false;
    }
    const int port = number(CFDictionaryGetValue(entry, kCFProxyPortNumberKey));
    p.port = static_cast<uint16_t>(port > 0 && port <= 65535 ? port : (p.scheme == "socks5" ? 1080 : 80));
    // Only present when the settings themselves carry them; CFNetwork never reads the Keychain here.
    p.user = text(CFDictionaryGetValue(entry, kCFProxyUsernameKey));
    p.password = text(CFDictionaryGetValue(entry, kCFProxyPasswordKey));
    out = p;
    return true;
}

/// What the PAC callback hands over; it runs on this thread, inside CFRunLoopRunInMode below.
struct PacRun {
    CFArrayRef proxies = nullptr;
    CFErrorRef error = nullptr;
    bool done = false;
};

void pacDone(void* client, CFArrayRef proxies, CFErrorRef error)
{
    auto* run = static_cast<PacRun*>(client);
    if (error != nullptr) {
        run->error = static_cast<CFErrorRef>(const_cast<void*>(CFRetain(error))); // CFErrorRef is not const
    } else if (proxies != nullptr) {
        run->proxies = static_cast<CFArrayRef>(CFRetain(proxies));
    }
    run->done = true;
    CFRunLoopStop(CFRunLoopGetCurrent());
}

/// Runs a PAC file (entry of type kCFProxyTypeAutoConfigurationURL) or an inline PAC script
/// (kCFProxyTypeAutoConfigurationJavaScript) for `target`. The proxies it names, or `error`/`timedOut`.
std::vector<ProxyServer> runPac(CFDictionaryRef entry, CFURLRef target, std::string& error, bool& timedOut)
{
    PacRun run;
    CFStreamClientContext context = {0, &run, nullptr, nullptr, nullptr};
    CFRunLoopSourceRef source = nullptr;
    const CFTypeRef pacUrl = CFDictionaryGetValue(entry, kCFProxyAutoConfigurationURLKey);
    const CFTypeRef script = CFDictionaryGetValue(entry, kCFProxyAutoConfigurationJavaScriptKey);
    if (pacUrl != nullptr && CFGetTypeID(pacUrl) == CFURLGetTypeID()) {
        source = CFNetworkExecuteProxyAutoConfigurationURL(static_cast<CFURLRef>(pacUrl), target, pacDone, &context);
    } else if (script != nullptr && CFGetTypeID(script) == CFStringGetTypeID()) {
        source
            = CFNetworkExecuteProxyAutoConfigurationScript(static_cast<CFStringRef>(script), target, pacDone, &context);
    }
    if (source == nullptr) {
        error = "CFNetwork could not start the PAC file";
        return {};
    }
    // A private mode: nothing else of this thread's run loop (there is nothing else) runs meanwhile, and
    // the wait ends when the callback stops the loop or the time is up.
    const CFStringRef mode = CFSTR("org.tcpdoctor.pac");
    CFRunLoopRef loop = CFRunLoopGetCurrent();
    CFRunLoopAddSource(loop, source, mode);
    const CFAbsoluteTime deadline = CFAbsoluteTimeGetCurrent() + kPacSeconds;
    while (!run.done) {
        const CFTimeInterval left = deadline - CFAbsoluteTimeGetCurrent();
        if (left <= 0 || CFRunLoopRunInMode(mode, left, false) == kCFRunLoopRunFinished) {
            break;
        }
    }
    // Invalidated before `run` goes out of scope: a late answer can no longer reach it.
    CFRunLoopRemoveSource(loop, source, mode);
    CFRunLoopSourceInvalidate(source);
    CFRelease(source);

    std::vector<ProxyServer> proxies;
    if (run.error != nullptr) {
        CFStringRef description = CFErrorCopyDescription(run.error);
        error = text(description) + " (" + std::to_string(static_cast<long>(CFErrorGetCode(run.error))) + ")";
        if (description != nullptr) {
            CFRelease(description);
        }
        CFRelease(run.error);
    } else if (run.proxies != nullptr) {
        const CFIndex n = CFArrayGetCount(run.proxies);
        for (CFIndex i = 0; i < n; ++i) {
            const CFTypeRef item = CFArrayGetValueAtIndex(run.proxies, i);
            ProxyServer p;
            if (item != nullptr && CFGetTypeID(item) == CFDictionaryGetTypeID()
                && toServer(static_cast<CFDictionaryRef>(item), p)) {
                proxies.push_back(p);
            }
        }
        CFRelease(run.proxies);
        if (proxies.empty()) {
            proxies.push_back(directServer());
        }
    } else if (!run.done) {
        timedOut = true;
        error = "no answer within " + std::to_string(static_cast<int>(kPacSeconds)) + " s";
    } else {
        error = "CFNetwork gave no answer";
    }
    return proxies;
}

bool enabled(CFDictionaryRef settings, CFStringRef key)
{
    return number(CFDictionaryGetValue(settings, key)) != 0;
}

} // namespace

ProxyConfig lookUpProxy(const std::string& url)
{
    ProxyConfig c;
    c.backend = "cfnetwork";

    CFDictionaryRef settings = CFNetworkCopySystemProxySettings();
    if (settings == nullptr) {
        appendError(c.error, "CFNetworkCopySystemProxySettings gave nothing");
    }
    const bool manual = settings != nullptr
        && (enabled(settings, kCFNetworkProxiesHTTPEnable) || enabled(settings, kCFNetworkProxiesHTTPSEnable)
            || enabled(settings, kCFNetworkProxiesSOCKSEnable));
    const bool pac = settings != nullptr && enabled(settings, kCFNetworkProxiesProxyAutoConfigEnable);
    const bool wpad = settings != nullptr && enabled(settings, kCFNetworkProxiesProxyAutoDiscoveryEnable);
    CFURLRef target = nullptr;
    if (manual || pac || wpad) {
        target = CFURLCreateWithBytes(kCFAllocatorDefault, reinterpret_cast<const UInt8*>(url.data()),
                                      static_cast<CFIndex>(url.size()), kCFStringEncodingUTF8, nullptr);
        if (target == nullptr) {
            appendError(c.error, "not a URL CFNetwork accepts");
        }
    }
    CFArrayRef list = target != nullptr ? CFNetworkCopyProxiesForURL(target, settings) : nullptr;

    std::vector<ProxyServer> fromSettings;
    bool fromPac = false;
    const CFIndex n = list != nullptr ? CFArrayGetCount(list) : 0;
    for (CFIndex i = 0; i < n; ++i) {
        const CFTypeRef item = CFArrayGetValueAtIndex(list, i);
        if (item == nullptr || CFGetTypeID(item) != CFDictionaryGetTypeID()) {
            continue;
        }
        const auto entry = static_cast<CFDictionaryRef>(item);
        const CFTypeRef type = CFDictionaryGetValue(entry, kCFProxyTypeKey);
        if (isType(type, kCFProxyTypeAutoConfigurationURL) || isType(type, kCFProxyTypeAutoConfigurationJavaScript)) {
            // Named by "Automatic proxy configuration" (a URL, or a script a configuration profile carries),
            // or else by "Auto proxy discovery" (WPAD).
            const CFTypeRef pacUrl = CFDictionaryGetValue(entry, kCFProxyAutoConfigurationURLKey);
            const bool isScript = isType(type, kCFProxyTypeAutoConfigurationJavaScript);
            const bool isWpad = !isScript && !pac;
            std::string place = isScript ? "PAC script of the network settings"
                : isWpad                 ? "automatic detection"
                                         : "PAC file of the network settings";
            std::string label = isWpad ? "automatic detection (WPAD)" : place;
            if (!isScript && !isWpad && pacUrl != nullptr && CFGetTypeID(pacUrl) == CFURLGetTypeID()) {
                place = withoutCredentials(text(CFURLGetString(static_cast<CFURLRef>(pacUrl))));
                label = "PAC file " + place;
            }
            std::string error;
            const std::vector<ProxyServer> answer = runPac(entry, target, error, c.timedOut);
            if (answer.empty()) {
                // Programs go on with the next entry, if any (the manual proxies), so this does too.
                appendError(c.error, label + ": " + error);
                continue;
            }
            // The PAC file's answer is the whole answer: what follows it in the list is its fallback.
            fromPac = true;
            c.source = isWpad ? "wpad" : "pac";
            c.detail = place;
            fromSettings = answer;
            break;
        }
        ProxyServer p;
        if (toServer(entry, p)) {
            fromSettings.push_back(p);
        }
    }
    if (list != nullptr) {
        CFRelease(list);
    }
    if (target != nullptr) {
        CFRelease(target);
    }
    if (settings != nullptr) {
        CFRelease(settings);
    }

    if (fromPac) {
        c.proxies = fromSettings;
        return c;
    }
    bool anyProxy = false;
    for (const ProxyServer& p : fromSettings) {
        anyProxy = anyProxy || p.scheme != "direct";
    }
    // A manual proxy that does not apply here (an exception, "Exclude simple hostnames", or no proxy for
    // this scheme) is still the setting programs follow: direct, from the network settings.
    if (anyProxy || manual) {
        c.source = "desktop";
        c.detail = "network settings";
        c.proxies = anyProxy ? fromSettings : std::vector<ProxyServer>{directServer()};
        return c;
    }

    useEnvironment(c, url);
    return c;
}

} // namespace tcpd::platform::detail
