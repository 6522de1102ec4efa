// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// A connection that is still coming up: right after a cable is plugged in or Wi-Fi joins, the link
// state lags the carrier and a new IPv6 address is checked for duplicates before it may be used.
// Steps that send packets wait for that (briefly, cancellably) instead of reporting lost packets.

#include "steps/NetConfigSteps.h"
#include "steps/Steps.h"

#include "platform/NetConfigUtil.h"

#include <QElapsedTimer>

#include <algorithm>
#include <chrono>
#include <iterator>
#include <thread>

namespace tcpd::core::netcfg {

using platform::InterfaceKind;
using platform::NetInterface;
using platform::Tri;

bool countsAsUplink(const NetInterface& itf)
{
    return itf.kind != InterfaceKind::Loopback && itf.kind != InterfaceKind::Tunnel;
}

bool linkComingUp(const NetInterface& itf)
{
    if (!countsAsUplink(itf) || itf.adminUp == Tri::No || itf.carrier != Tri::Yes) {
        return false;
    }
    static const char* const transitional[] = {"down", "dormant", "lowerlayerdown", "testing"};
    return std::any_of(std::begin(transitional), std::end(transitional),
                       [&itf](const char* s) { return itf.operState == s; });
}

bool linksSettling(const platform::NetSnapshot& net)
{
    bool waiting = false;
    for (const NetInterface& i : net.interfaces) {
        if (hasWorkingLink(i) && countsAsUplink(i)) {
            return false;
        }
        waiting = waiting || linkComingUp(i);
    }
    return waiting;
}

bool addressesSettling(const platform::NetSnapshot& net, bool ipv4, bool ipv6)
{
    for (const NetInterface& i : net.interfaces) {
        if (!countsAsUplink(i) || !hasWorkingLink(i)) {
            continue;
        }
        for (const bool v6 : {false, true}) {
            if (v6 ? !ipv6 : !ipv4) {
                continue;
            }
            bool tentative = false;
            bool usable = false;
            for (const platform::IfAddress& a : i.addresses) {
                if (a.ipv6 != v6) {
                    continue;
                }
                tentative = tentative || (a.tentative && !a.duplicate);
                usable = usable || platform::isUsableAddress(a);
            }
            if (tentative && !usable) {
                return true;
            }
        }
    }
    return false;
}

int waitUntilSettled(platform::NetSnapshot& net, bool ipv4, bool ipv6, const std::atomic<bool>* cancel)
{
    QElapsedTimer timer;
    timer.start();
    const auto settling = [ipv4, ipv6](const platform::NetSnapshot& n) {
        return n.ok && (linksSettling(n) || addressesSettling(n, ipv4, ipv6));
    };
    if (!settling(net)) {
        return 0;
    }
    // The link state turns up a moment before duplicate address detection marks the addresses
    // tentative: one settled read is only believed when the next one agrees.
    // A link that stays dormant (a Wi-Fi sign-in nobody finishes) is waited for no longer than the
    // link step waits for it; addresses still being checked, up to kSettleMs.
    int settledReads = 0;
    while (settledReads < 2 && timer.elapsed() < kSettleMs && (cancel == nullptr || !cancel->load())) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        net = platform::readNetConfig();
        if (net.ok && linksSettling(net) && timer.elapsed() >= kLinkSettleMs) {
            break;
        }
        settledReads = settling(net) ? 0 : settledReads + 1;
    }
    return static_cast<int>(std::max<qint64>(1, timer.elapsed()));
}

} // namespace tcpd::core::netcfg
