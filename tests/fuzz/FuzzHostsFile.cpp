// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The hosts-file parser (core/platform/HostsFile): any file content.

#include "FuzzSupport.h"

#include "platform/HostsFile.h"
#include "platform/Resolver.h"

#include <algorithm>

using namespace tcpd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    const platform::HostsFile hosts = platform::parseHostsFile(text);

    const int lines = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
    FUZZ_CHECK(hosts.skippedLines >= 0 && hosts.skippedLines <= lines, "skipped lines are counted, at most once each");
    FUZZ_CHECK(static_cast<int>(hosts.entries.size()) + hosts.skippedLines <= lines, "at most one entry per line");
    int lastLine = 0;
    for (const platform::HostsEntry& e : hosts.entries) {
        FUZZ_CHECK(e.line > lastLine && e.line <= lines, "entries in file order with their line number");
        lastLine = e.line;
        FUZZ_CHECK(!e.address.empty() && !e.names.empty(), "an entry is an address and at least one name");
        FUZZ_CHECK(platform::isNumericAddress(e.address), "the address is numeric");
        for (const std::string& n : e.names) {
            FUZZ_CHECK(!n.empty() && n.find_first_of(" \t\r\n#") == std::string::npos, "names are single words");
            const auto found = hosts.lookup(n);
            FUZZ_CHECK(std::find(found.begin(), found.end(), &e) != found.end(), "every name is found again");
        }
        const auto byAddress = hosts.lookupAddress(e.address);
        FUZZ_CHECK(std::find(byAddress.begin(), byAddress.end(), &e) != byAddress.end(),
                   "every address is found again");
    }
    // Lookups with a name taken from the input itself (the first word of the last line).
    const std::string last = text.substr(text.rfind('\n') == std::string::npos ? 0 : text.rfind('\n') + 1);
    const std::string word = last.substr(0, last.find_first_of(" \t"));
    for (const platform::HostsEntry* e : hosts.lookup(word)) {
        FUZZ_CHECK(std::any_of(e->names.begin(), e->names.end(),
                               [&](const std::string& n) { return platform::sameDnsName(n, word); }),
                   "lookup returns only entries naming the name");
    }
    FUZZ_CHECK(platform::sameDnsName(word, word), "a name is the same as itself");
    return 0;
}
