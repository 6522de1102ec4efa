// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "DnsFakeServer.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>

namespace tcpd::test {

namespace {

void put16(std::string& out, unsigned v)
{
    out += static_cast<char>((v >> 8) & 0xff);
    out += static_cast<char>(v & 0xff);
}

void put32(std::string& out, unsigned long v)
{
    put16(out, static_cast<unsigned>((v >> 16) & 0xffff));
    put16(out, static_cast<unsigned>(v & 0xffff));
}

std::string encodeName(const std::string& name)
{
    std::string out;
    std::size_t start = 0;
    while (start < name.size()) {
        std::size_t dot = name.find('.', start);
        if (dot == std::string::npos) {
            dot = name.size();
        }
        out += static_cast<char>(dot - start);
        out += name.substr(start, dot - start);
        start = dot + 1;
    }
    out += '\0';
    return out;
}

void record(std::string& out, const std::string& owner, unsigned type, int ttl, const std::string& rdata)
{
    out += encodeName(owner);
    put16(out, type);
    put16(out, 1); // IN
    put32(out, static_cast<unsigned long>(ttl));
    put16(out, static_cast<unsigned>(rdata.size()));
    out += rdata;
}

} // namespace

DnsFakeServer::DnsFakeServer(Names names, bool silent)
    : m_names(std::move(names))
    , m_silent(silent)
{
    m_fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0) {
        return;
    }
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (::bind(m_fd, reinterpret_cast<sockaddr*>(&a), len) != 0
        || ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
        ::close(m_fd);
        m_fd = -1;
        return;
    }
    m_port = ntohs(a.sin_port);
    m_thread = std::thread([this] { run(); });
}

DnsFakeServer::~DnsFakeServer()
{
    m_stop = true;
    if (m_thread.joinable()) {
        m_thread.join();
    }
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

unsigned short DnsFakeServer::closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return 0;
    }
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    unsigned short port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), len) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) == 0) {
        port = ntohs(a.sin_port);
    }
    ::close(fd);
    return port;
}

std::vector<std::string> DnsFakeServer::seen() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_seen;
}

void DnsFakeServer::run()
{
    while (!m_stop) {
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, 20) <= 0) {
            continue;
        }
        char buf[1500];
        sockaddr_storage from{};
        socklen_t fromLen = sizeof from;
        const ssize_t n = ::recvfrom(m_fd, buf, sizeof buf, 0, reinterpret_cast<sockaddr*>(&from), &fromLen);
        if (n < 12) {
            continue;
        }
        ++m_questions;
        const std::string reply = answer(std::string(buf, static_cast<std::size_t>(n)));
        if (!reply.empty()) {
            ::sendto(m_fd, reply.data(), reply.size(), 0, reinterpret_cast<sockaddr*>(&from), fromLen);
        }
    }
}

std::string DnsFakeServer::answer(const std::string& query)
{
    // The question: labels from offset 12, then type and class.
    std::size_t pos = 12;
    std::string qname;
    while (pos < query.size() && query[pos] != '\0') {
        const auto len = static_cast<unsigned char>(query[pos]);
        if (len > 63 || pos + 1 + len > query.size()) {
            return {};
        }
        if (!qname.empty()) {
            qname += '.';
        }
        for (std::size_t i = 0; i < len; ++i) {
            qname += static_cast<char>(std::tolower(static_cast<unsigned char>(query[pos + 1 + i])));
        }
        pos += 1 + len;
    }
    if (pos + 5 > query.size()) {
        return {};
    }
    const unsigned qtype
        = (static_cast<unsigned char>(query[pos + 1]) << 8) | static_cast<unsigned char>(query[pos + 2]);
    const std::string question = query.substr(12, pos + 5 - 12);
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_seen.push_back(qname);
    }
    if (m_silent) {
        return {};
    }
    const auto it = std::find_if(m_names.begin(), m_names.end(), [&qname](const Name& n) { return n.name == qname; });
    int rcode = 3;
    std::string answers;
    int count = 0;
    if (it != m_names.end()) {
        if (it->silent) {
            return {};
        }
        rcode = it->rcode;
        std::string owner = qname;
        for (const std::string& c : it->cnames) {
            record(answers, owner, 5, it->ttl, encodeName(c));
            ++count;
            owner = c;
        }
        if (qtype == 1) {
            for (const std::string& a : it->a) {
                std::string rdata(4, '\0');
                ::inet_pton(AF_INET, a.c_str(), rdata.data());
                record(answers, owner, 1, it->ttl, rdata);
                ++count;
            }
        } else if (qtype == 28) {
            for (const std::string& a : it->aaaa) {
                std::string rdata(16, '\0');
                ::inet_pton(AF_INET6, a.c_str(), rdata.data());
                record(answers, owner, 28, it->ttl, rdata);
                ++count;
            }
        } else if (qtype == 12) {
            for (const std::string& p : it->ptr) {
                record(answers, owner, 12, it->ttl, encodeName(p));
                ++count;
            }
        }
        if (rcode != 0) {
            answers.clear();
            count = 0;
        }
    }
    std::string out = query.substr(0, 2); // id
    const unsigned qflags = (static_cast<unsigned char>(query[2]) << 8) | static_cast<unsigned char>(query[3]);
    put16(out, 0x8000u | (qflags & 0x7900u) | 0x0400u | 0x0080u | static_cast<unsigned>(rcode));
    put16(out, 1);
    put16(out, static_cast<unsigned>(count));
    put16(out, 0);
    put16(out, 0);
    return out + question + answers;
}

} // namespace tcpd::test
