// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
//
// Where a trusted authority came from, on macOS (CertStore.h): the trust settings domains. An authority
// with trust settings in the user or admin domain was added on this computer (Keychain Access, a
// configuration profile, a security suite); the system domain is what Apple ships.
#include "platform/CertStore.h"

#include <CoreFoundation/CoreFoundation.h>
#include <Security/Security.h>

namespace tcpd::platform {
namespace {

bool domainHolds(SecTrustSettingsDomain domain, CFDataRef der)
{
    CFArrayRef certs = nullptr;
    if (SecTrustSettingsCopyCertificates(domain, &certs) != errSecSuccess || certs == nullptr) {
        return false; // errSecNoTrustSettings: nothing in that domain
    }
    bool found = false;
    const CFIndex n = CFArrayGetCount(certs);
    for (CFIndex i = 0; i < n && !found; ++i) {
        auto cert = static_cast<SecCertificateRef>(const_cast<void*>(CFArrayGetValueAtIndex(certs, i)));
        CFDataRef data = SecCertificateCopyData(cert);
        if (data != nullptr) {
            found = CFEqual(data, der);
            CFRelease(data);
        }
    }
    CFRelease(certs);
    return found;
}

} // namespace

RootPlace rootOrigin(const std::vector<unsigned char>& bytes)
{
    RootPlace place;
    if (bytes.empty()) {
        return place;
    }
    CFDataRef der = CFDataCreate(kCFAllocatorDefault, bytes.data(), static_cast<CFIndex>(bytes.size()));
    if (der == nullptr) {
        return place;
    }
    if (domainHolds(kSecTrustSettingsDomainUser, der)) {
        place = {RootOrigin::AddedHere, "user trust settings"};
    } else if (domainHolds(kSecTrustSettingsDomainAdmin, der)) {
        place = {RootOrigin::AddedHere, "admin trust settings"};
    } else if (domainHolds(kSecTrustSettingsDomainSystem, der)) {
        place = {RootOrigin::Shipped, "system roots"};
    }
    CFRelease(der);
    return place;
}

} // namespace tcpd::platform
