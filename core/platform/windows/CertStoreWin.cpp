// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
//
// Where a trusted authority came from, on Windows (CertStore.h). Each registry store is opened on its
// own (CERT_STORE_PROV_SYSTEM_REGISTRY), never the logical "Root" view, which merges them all:
//   LocalMachine\Root           HKLM\...\SystemCertificates\ROOT: Microsoft's own roots, and whatever an
//                               administrator or installed software added (certutil -addstore Root,
//                               a security suite's TLS inspection root)
//   LocalMachine\AuthRoot       the third-party roots of Microsoft's root program (Windows Update)
//   Group Policy, Enterprise    roots an organisation pushed (Active Directory, GPO)
//   CurrentUser\Root            the roots this user added
#include "platform/CertStore.h"

#include <windows.h>

#include <wincrypt.h>

#include <vector>

namespace tcpd::platform {
namespace {

struct Store {
    DWORD location;
    const wchar_t* name;
    const char* label;
    RootOrigin origin;
};

/// Looked up in this order: the organisation's and the user's additions first, then the root program.
constexpr Store kStores[] = {
    {CERT_SYSTEM_STORE_LOCAL_MACHINE_GROUP_POLICY, L"Root", "LocalMachine\\Root (Group Policy)", RootOrigin::AddedHere},
    {CERT_SYSTEM_STORE_CURRENT_USER_GROUP_POLICY, L"Root", "CurrentUser\\Root (Group Policy)", RootOrigin::AddedHere},
    {CERT_SYSTEM_STORE_LOCAL_MACHINE_ENTERPRISE, L"Root", "LocalMachine\\Root (Enterprise)", RootOrigin::AddedHere},
    {CERT_SYSTEM_STORE_CURRENT_USER, L"Root", "CurrentUser\\Root", RootOrigin::AddedHere},
    {CERT_SYSTEM_STORE_LOCAL_MACHINE, L"AuthRoot", "LocalMachine\\AuthRoot", RootOrigin::Shipped},
};

bool holds(DWORD location, const wchar_t* name, const CRYPT_HASH_BLOB& sha1)
{
    HCERTSTORE store = CertOpenStore(CERT_STORE_PROV_SYSTEM_REGISTRY_W, 0, 0,
                                     location | CERT_STORE_OPEN_EXISTING_FLAG | CERT_STORE_READONLY_FLAG, name);
    if (store == nullptr) {
        return false; // a store that does not exist (no Group Policy roots) holds nothing
    }
    PCCERT_CONTEXT found = CertFindCertificateInStore(store, X509_ASN_ENCODING | PKCS_7_ASN_ENCODING, 0,
                                                      CERT_FIND_SHA1_HASH, &sha1, nullptr);
    if (found != nullptr) {
        CertFreeCertificateContext(found);
    }
    CertCloseStore(store, 0);
    return found != nullptr;
}

/// Microsoft's own roots (kept in LocalMachine\Root, not AuthRoot): the chain policy that knows them. Without
/// the flag it knows the older roots, with it the 2011 application root: either one counts.
bool isMicrosoftRoot(PCCERT_CONTEXT cert)
{
    CERT_CHAIN_PARA para{};
    para.cbSize = sizeof(para);
    PCCERT_CHAIN_CONTEXT chain = nullptr;
    // Never fetch anything from the network for this: no URLs, no AIA, no root auto-update.
    const DWORD offline = CERT_CHAIN_CACHE_ONLY_URL_RETRIEVAL | CERT_CHAIN_DISABLE_AUTH_ROOT_AUTO_UPDATE | CERT_CHAIN_DISABLE_AIA;
    if (!CertGetCertificateChain(nullptr, cert, nullptr, nullptr, &para, offline, nullptr, &chain)) {
        return false;
    }
    bool ok = false;
    for (const DWORD flags : {DWORD{0}, DWORD{MICROSOFT_ROOT_CERT_CHAIN_POLICY_CHECK_APPLICATION_ROOT_FLAG}}) {
        CERT_CHAIN_POLICY_PARA policy{};
        policy.cbSize = sizeof(policy);
        policy.dwFlags = flags;
        CERT_CHAIN_POLICY_STATUS status{};
        status.cbSize = sizeof(status);
        ok = ok
            || (CertVerifyCertificateChainPolicy(CERT_CHAIN_POLICY_MICROSOFT_ROOT, chain, &policy, &status)
                && status.dwError == 0);
    }
    CertFreeCertificateChain(chain);
    return ok;
}

enum class InRootProgram { Yes, No, Unknown };

/// Whether Microsoft's list of the roots it ships (the root program's certificate trust list, which Windows
/// caches in HKLM\...\AuthRoot\AutoUpdate\EncodedCtl) names this certificate. A public root imported by
/// hand (certutil -generateSSTFromWU, then -addstore Root) is on it; a security suite's own root is not.
/// Unknown when no list is cached (Windows never updated it, or Wine).
InRootProgram inRootProgram(PCCERT_CONTEXT cert)
{
    HKEY key = nullptr;
    if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\Microsoft\\SystemCertificates\\AuthRoot\\AutoUpdate", 0, KEY_READ,
                      &key)
        != ERROR_SUCCESS) {
        return InRootProgram::Unknown;
    }
    DWORD type = 0;
    DWORD size = 0;
    std::vector<BYTE> encoded;
    if (RegQueryValueExW(key, L"EncodedCtl", nullptr, &type, nullptr, &size) == ERROR_SUCCESS && type == REG_BINARY
        && size > 0 && size < 16u * 1024 * 1024) {
        encoded.resize(size);
        if (RegQueryValueExW(key, L"EncodedCtl", nullptr, &type, encoded.data(), &size) != ERROR_SUCCESS) {
            encoded.clear();
        }
    }
    RegCloseKey(key);
    if (encoded.empty()) {
        return InRootProgram::Unknown;
    }
    PCCTL_CONTEXT ctl = CertCreateCTLContext(X509_ASN_ENCODING | PKCS_7_ASN_ENCODING, encoded.data(),
                                             static_cast<DWORD>(encoded.size()));
    if (ctl == nullptr) {
        return InRootProgram::Unknown;
    }
    const bool listed = CertFindSubjectInCTL(X509_ASN_ENCODING | PKCS_7_ASN_ENCODING, CTL_CERT_SUBJECT_TYPE,
                                             const_cast<CERT_CONTEXT*>(cert), ctl, 0)
        != nullptr;
    CertFreeCTLContext(ctl);
    return listed ? InRootProgram::Yes : InRootProgram::No;
}

} // namespace

RootPlace rootOrigin(const std::vector<unsigned char>& der)
{
    RootPlace place;
    if (der.empty()) {
        return place;
    }
    PCCERT_CONTEXT cert = CertCreateCertificateContext(X509_ASN_ENCODING | PKCS_7_ASN_ENCODING, der.data(),
                                                       static_cast<DWORD>(der.size()));
    if (cert == nullptr) {
        return place;
    }
    BYTE hash[20] = {};
    DWORD hashSize = sizeof(hash);
    if (!CertGetCertificateContextProperty(cert, CERT_SHA1_HASH_PROP_ID, hash, &hashSize)) {
        CertFreeCertificateContext(cert);
        return place;
    }
    const CRYPT_HASH_BLOB sha1{hashSize, hash};
    for (const Store& s : kStores) {
        if (holds(s.location, s.name, sha1)) {
            place.origin = s.origin;
            place.store = s.label;
            CertFreeCertificateContext(cert);
            return place;
        }
    }
    if (holds(CERT_SYSTEM_STORE_LOCAL_MACHINE, L"Root", sha1)) {
        // Microsoft's own roots live here, and so does whatever an administrator or installed software added.
        // Only a root that is neither Microsoft's nor on Microsoft's list counts as added here; without the
        // list, nothing is said.
        place.store = "LocalMachine\\Root";
        const InRootProgram listed = isMicrosoftRoot(cert) ? InRootProgram::Yes : inRootProgram(cert);
        place.origin = listed == InRootProgram::Yes ? RootOrigin::Shipped
            : listed == InRootProgram::No          ? RootOrigin::AddedHere
                                                    : RootOrigin::Unknown;
    }
    CertFreeCertificateContext(cert);
    return place;
}

} // namespace tcpd::platform
