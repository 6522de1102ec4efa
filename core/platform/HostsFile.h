// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace tcpd::platform {

/// One usable line of a hosts file: an address and the names it gives that address.
struct HostsEntry {
    std::string address; ///< numeric, as written (an IPv6 address may carry a %zone)
    std::vector<std::string> names; ///< as written (case kept); the first one is the canonical name
    int line = 0; ///< 1-based line number, for the evidence
};

/// A parsed hosts file (Linux/macOS /etc/hosts, Windows %SystemRoot%\System32\drivers\etc\hosts),
/// read the way the C library reads it: `#` starts a comment, fields are separated by spaces or
/// tabs, an address is followed by one or more names. Lines that are not like that (a bad address,
/// an address without a name) are skipped and counted, never guessed at.
///
///     const HostsFile hosts = parseHostsFile(text);
///     for (const HostsEntry* e : hosts.lookup("App.Example")) ... // case-insensitive, trailing dot ignored
struct HostsFile {
    std::vector<HostsEntry> entries;
    int skippedLines = 0; ///< lines with content that is not "address name..."

    /// Every entry that names `name`, in file order (the C library uses them in this order).
    std::vector<const HostsEntry*> lookup(const std::string& name) const;
    /// Every entry for this numeric address (a reverse lookup in the file), in file order.
    std::vector<const HostsEntry*> lookupAddress(const std::string& address) const;
};

HostsFile parseHostsFile(const std::string& text);

/// Where this system keeps its hosts file.
std::string systemHostsPath();

/// The contents of a small configuration file, read whole up to `maxBytes`.
struct TextFile {
    bool ok = false; ///< the file could be opened and read
    bool missing = false; ///< it does not exist (ENOENT)
    bool truncated = false; ///< it was larger than maxBytes: only the beginning was read
    std::string text;
    std::string error; ///< why it could not be read ("No such file or directory" ...)
};
TextFile readTextFile(const std::string& path, std::size_t maxBytes = 8u << 20);

/// DNS names compare without regard to ASCII case and a final dot ("Example.COM." == "example.com").
bool sameDnsName(const std::string& a, const std::string& b);

} // namespace tcpd::platform
