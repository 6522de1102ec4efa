// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <string>
#include <vector>

namespace tcpd::platform {

/// Where a trusted certificate authority came from.
enum class RootOrigin {
    Unknown,   ///< not found in any store this backend reads, or the stores could not be read
    Shipped,   ///< it came with the operating system, or with its root update program
    AddedHere, ///< it was added on this computer: by the user, an administrator, Group Policy or software
};

struct RootPlace {
    RootOrigin origin = RootOrigin::Unknown;
    /// Where it was found, in the system's own words ("CurrentUser\Root", "LocalMachine\AuthRoot",
    /// "admin trust settings"); empty when not found.
    std::string store;
};

/// Looks the authority up in the operating system's certificate stores, by its DER bytes.
///   - Windows: Group Policy and Enterprise roots (this computer and this user) and this user's own
///     roots are added here; the AuthRoot store (Microsoft's root program, filled by Windows Update) and
///     Microsoft's own roots are shipped. Any other certificate in LocalMachine\Root is looked up in
///     Microsoft's root list as Windows caches it (AuthRoot\AutoUpdate\EncodedCtl): on it, shipped (a public
///     root imported by hand); not on it, added by an administrator or by installed software (security suites
///     put their TLS inspection root there); no list cached, Unknown.
///   - macOS: trust settings in the user or admin domain are added here; the system domain is shipped.
///   - Linux has no such stores: core compares the authority with the distribution's list (ca-certificates)
///     instead, and this returns Unknown.
/// Read-only, no admin rights needed; never blocks on the network (no root auto-update is triggered).
RootPlace rootOrigin(const std::vector<unsigned char>& der);

} // namespace tcpd::platform
