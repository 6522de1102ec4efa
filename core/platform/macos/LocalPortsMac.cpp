// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// How many local ports are taken on macOS: only the ephemeral range is read (sysctl
// net.inet.ip.portrange.first/last, what `sysctl net.inet.ip.portrange` prints; any user may read it).
// The connections are not counted: proc_pidfdinfo shows a user only that user's own processes, and the
// one host-wide list (sysctl net.inet.tcp.pcblist_n) is an undocumented, version-dependent binary
// format. A count of part of the sockets would understate exhaustion, so `ok` stays false with a reason.
// Not compiled in our CI (see STYLE.md): keep it small and plain.

#include "platform/LocalPorts.h"

#include <string>

#include <sys/types.h> // before sys/sysctl.h, as the BSD man page has it

#include <sys/sysctl.h>

namespace tcpd::platform {

namespace {

/// One int sysctl by name (these two are ints in xnu); false when it cannot be read.
bool readIntSysctl(const char* name, int& value)
{
    int v = 0;
    size_t size = sizeof v;
    if (::sysctlbyname(name, &v, &size, nullptr, 0) != 0 || size != sizeof v) {
        return false;
    }
    value = v;
    return true;
}

} // namespace

LocalPortUsage readLocalPortUsage(const std::string& /*targetAddress*/, uint16_t /*targetPort*/)
{
    LocalPortUsage u;
    u.error = "macOS does not show this user every connection";
    int first = 0;
    int last = 0;
    if (readIntSysctl("net.inet.ip.portrange.first", first) && readIntSysctl("net.inet.ip.portrange.last", last)) {
        // The BSD stack also accepts first > last (it then hands out ports counting down): the same range.
        const int low = first < last ? first : last;
        const int high = first < last ? last : first;
        if (low >= 1 && high <= 65535) {
            u.rangeLow = low;
            u.rangeHigh = high;
            u.rangeSource = "sysctl net.inet.ip.portrange";
        }
    }
    return u; // the range stays -1 (unknown) when the sysctls cannot be read
}

} // namespace tcpd::platform
