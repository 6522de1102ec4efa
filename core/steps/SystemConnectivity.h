// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// The system's own opinion on whether the way out is free: NetworkManager's connectivity state, read
// over the system D-Bus (org.freedesktop.NetworkManager, property Connectivity). A second opinion
// beside tcpdoctor's own sign-in page check (docs/proxy.md); it never decides the verdict alone.

#include <QString>

#include <atomic>

namespace tcpd::core {

struct SystemConnectivity {
    QString source; ///< "networkmanager"; empty when nothing was asked (another OS)
    /// "full", "portal" (a sign-in page), "limited" (the network, but not the internet), "none", "unknown"
    /// (NetworkManager does not check); empty when it could not be read (see error)
    QString state;
    QString error; ///< why not: NetworkManager is not running, the bus did not answer in time, ...
};

/// Asks NetworkManager, bounded by `budgetMs` and `cancel`. `busAddress` is for tests (a private bus);
/// empty: the system bus (DBUS_SYSTEM_BUS_ADDRESS, else the standard socket). On other systems:
/// source empty, nothing asked.
SystemConnectivity systemConnectivity(int budgetMs, const std::atomic<bool>* cancel, const QString& busAddress = {});

/// NetworkManager's NMConnectivityState number as a word ("portal" for 2).
QString connectivityWord(uint state);

} // namespace tcpd::core
