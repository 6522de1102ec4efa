// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <atomic>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace tcpd::test {

/// A scripted DNS server on 127.0.0.1 (UDP, a port of its own) for the DnsQuery tests, on a thread of
/// its own. It answers from its table; names it does not know get NXDOMAIN. Test-only: the answers
/// are built here by hand, independently of c-ares, so the product's parsing (c-ares) is checked
/// against something it did not write itself.
class DnsFakeServer
{
public:
    struct Name {
        std::string name; ///< lower case, no final dot
        int rcode = 0; ///< 0 NOERROR, 2 SERVFAIL, 3 NXDOMAIN, 5 REFUSED
        bool silent = false; ///< never answers questions for this name
        std::vector<std::string> cnames = {}; ///< name -> cnames[0] -> cnames[1] ... (records belong to the last)
        std::vector<std::string> a = {};
        std::vector<std::string> aaaa = {};
        std::vector<std::string> ptr = {};
        int ttl = 300;
    };

    using Names = std::vector<Name>;

    /// Answers from `names`; with `silent`, never answers at all (a dropped port).
    explicit DnsFakeServer(Names names, bool silent = false);
    ~DnsFakeServer();
    DnsFakeServer(const DnsFakeServer&) = delete;
    DnsFakeServer& operator=(const DnsFakeServer&) = delete;

    bool ok() const { return m_fd >= 0; }
    unsigned short port() const { return m_port; }
    int questions() const { return m_questions.load(); }
    /// A UDP port on 127.0.0.1 that nothing listens on (bound once, then released).
    static unsigned short closedPort();
    /// The question names seen, in order (lower case).
    std::vector<std::string> seen() const;

private:
    void run();
    std::string answer(const std::string& query);

    std::vector<Name> m_names;
    bool m_silent = false;
    int m_fd = -1;
    unsigned short m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_questions{0};
    mutable std::mutex m_mutex;
    std::vector<std::string> m_seen;
    std::thread m_thread;
};

} // namespace tcpd::test
