// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Windows Defender Firewall through INetFwPolicy2 (COM), which any user may read: the current
// profiles, whether each is on, its default outbound action, and the enabled outbound rules that
// match the port. Wine 8 stubs most of it (E_NOTIMPL, zero rules): that is reported as "could not
// be read", never as "off". The decisions are in FirewallWinDecode.cpp, tested on every OS.

#include "WinDetail.h" // first: winsock2.h before windows.h

#include "FirewallWinDecode.h"
#include "platform/Firewall.h"

#include <netfw.h>
#include <objbase.h>
#include <oleauto.h>

#include <cstdio>

#include <string>

namespace tcpd::platform {

namespace {

std::string hresultText(HRESULT hr)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%08lX", static_cast<unsigned long>(hr));
    return buf;
}

std::string bstr(BSTR b)
{
    if (b == nullptr) {
        return {};
    }
    std::string s = detail::toUtf8(std::wstring(b, SysStringLen(b)));
    SysFreeString(b);
    return s;
}

template <typename T>
struct ComPtr {
    T* p = nullptr;
    ~ComPtr()
    {
        if (p != nullptr) {
            p->Release();
        }
    }
    T** out() { return &p; }
    T* operator->() const { return p; }
};

bool elevated()
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token)) {
        return false;
    }
    TOKEN_ELEVATION e{};
    DWORD len = 0;
    const bool ok = GetTokenInformation(token, TokenElevation, &e, sizeof e, &len) != 0;
    CloseHandle(token);
    return ok && e.TokenIsElevated != 0;
}

windecode::WinRule readRule(INetFwRule* r)
{
    windecode::WinRule w;
    BSTR b = nullptr;
    if (SUCCEEDED(r->get_Name(&b))) w.name = bstr(b);
    NET_FW_RULE_DIRECTION dir = NET_FW_RULE_DIR_IN;
    if (SUCCEEDED(r->get_Direction(&dir))) w.direction = static_cast<int>(dir);
    VARIANT_BOOL en = VARIANT_FALSE;
    if (SUCCEEDED(r->get_Enabled(&en))) w.enabled = en != VARIANT_FALSE;
    NET_FW_ACTION act = NET_FW_ACTION_ALLOW;
    if (SUCCEEDED(r->get_Action(&act))) w.action = static_cast<int>(act);
    LONG proto = 256;
    if (SUCCEEDED(r->get_Protocol(&proto))) w.protocol = static_cast<int>(proto);
    b = nullptr;
    if (SUCCEEDED(r->get_RemotePorts(&b)) && b != nullptr) w.remotePorts = bstr(b);
    b = nullptr;
    if (SUCCEEDED(r->get_RemoteAddresses(&b)) && b != nullptr) w.remoteAddresses = bstr(b);
    b = nullptr;
    if (SUCCEEDED(r->get_LocalPorts(&b)) && b != nullptr) w.localPorts = bstr(b);
    LONG prof = 0;
    if (SUCCEEDED(r->get_Profiles(&prof))) w.profiles = prof;
    b = nullptr;
    if (SUCCEEDED(r->get_ApplicationName(&b))) w.application = bstr(b);
    b = nullptr;
    if (SUCCEEDED(r->get_ServiceName(&b))) w.service = bstr(b);
    return w;
}

void readRules(INetFwPolicy2* policy, long current, const FirewallQuery& q, NativeFirewall& fw)
{
    ComPtr<INetFwRules> rules;
    if (FAILED(policy->get_Rules(rules.out())) || rules.p == nullptr) {
        return;
    }
    ComPtr<IUnknown> unk;
    if (FAILED(rules->get__NewEnum(unk.out())) || unk.p == nullptr) {
        return;
    }
    ComPtr<IEnumVARIANT> en;
    if (FAILED(unk->QueryInterface(__uuidof(IEnumVARIANT), reinterpret_cast<void**>(en.out())))) {
        return;
    }
    fw.rulesSeen = 0;
    for (int n = 0; n < 20000; ++n) { // bounded: a busy Windows has a few thousand rules
        VARIANT v;
        VariantInit(&v);
        ULONG got = 0;
        if (en->Next(1, &v, &got) != S_OK || got == 0) {
            break;
        }
        ComPtr<INetFwRule> rule;
        if (v.vt == VT_DISPATCH && v.pdispVal != nullptr
            && SUCCEEDED(v.pdispVal->QueryInterface(__uuidof(INetFwRule), reinterpret_cast<void**>(rule.out())))) {
            ++fw.rulesSeen;
            const windecode::WinRule w = readRule(rule.p);
            const windecode::Match m = windecode::outboundRuleApplies(w, current, q);
            if (m != windecode::Match::No && fw.rules.size() < 50) {
                fw.rules.push_back({"windows-firewall", w.name, w.action == 0 ? "block" : "allow", m == windecode::Match::Yes,
                                    w.application.empty() ? "outbound rule" : "outbound rule for " + w.application});
            }
        }
        VariantClear(&v);
    }
}

} // namespace

NativeFirewall readNativeFirewall(const FirewallQuery& q)
{
    NativeFirewall fw;
    fw.os = "windows";
    fw.privileged = elevated();
    FirewallSource src{"windows-firewall", "unknown", "error", {}, "wf.msc (Windows Defender Firewall with Advanced Security)"};
    const HRESULT init = CoInitializeEx(nullptr, COINIT_MULTITHREADED);
    const bool uninit = SUCCEEDED(init);
    {
        ComPtr<INetFwPolicy2> policy;
        const HRESULT hr = CoCreateInstance(__uuidof(NetFwPolicy2), nullptr, CLSCTX_INPROC_SERVER, __uuidof(INetFwPolicy2),
                                            reinterpret_cast<void**>(policy.out()));
        if (FAILED(hr) || policy.p == nullptr) {
            src.detail = "INetFwPolicy2 is not available (" + hresultText(hr) + ")";
        } else {
            long current = 0;
            const HRESULT hc = policy->get_CurrentProfileTypes(&current);
            if (FAILED(hc)) {
                src.status = "not_supported";
                src.detail = "the firewall state could not be read (" + hresultText(hc) + ")";
            } else {
                src.status = "ok";
                bool anyOn = false;
                bool allKnown = true;
                for (long bit : {1L, 2L, 4L}) {
                    FirewallProfile p;
                    p.name = windecode::profileNames(bit).front();
                    p.current = (current & bit) != 0;
                    VARIANT_BOOL on = VARIANT_FALSE;
                    if (SUCCEEDED(policy->get_FirewallEnabled(static_cast<NET_FW_PROFILE_TYPE2>(bit), &on))) {
                        p.enabled = on != VARIANT_FALSE ? 1 : 0;
                    }
                    NET_FW_ACTION out = NET_FW_ACTION_ALLOW;
                    if (SUCCEEDED(policy->get_DefaultOutboundAction(static_cast<NET_FW_PROFILE_TYPE2>(bit), &out))) {
                        p.defaultOutbound = out == NET_FW_ACTION_BLOCK ? "block" : "allow";
                    }
                    if (p.current) {
                        anyOn = anyOn || p.enabled == 1;
                        allKnown = allKnown && p.enabled >= 0;
                    }
                    fw.profiles.push_back(p);
                }
                src.state = anyOn ? "active" : allKnown ? "inactive" : "unknown";
                readRules(policy.p, current, q, fw);
            }
        }
    }
    if (uninit) {
        CoUninitialize();
    }
    fw.sources.push_back(src);
    return fw;
}

std::string findProgram(const std::vector<std::string>& candidates)
{
    for (const std::string& c : candidates) {
        bool ok = false;
        const std::wstring w = detail::toWide(c, ok);
        const DWORD attr = ok ? GetFileAttributesW(w.c_str()) : INVALID_FILE_ATTRIBUTES;
        if (attr != INVALID_FILE_ATTRIBUTES && (attr & FILE_ATTRIBUTE_DIRECTORY) == 0) {
            return c;
        }
    }
    return {};
}

} // namespace tcpd::platform
