// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// plain_connect HOST PORT: what a naive program does — getaddrinfo() with the system resolver, then
// a blocking connect() to each address in turn with the operating system's default timeouts (on
// Linux the SYN is retried net.ipv4.tcp_syn_retries = 6 times: about 127 s). Prints one line,
//   open ADDRESS | refused | filtered | unreachable ERRNO-NAME | dns-nxdomain | dns-failure | error TEXT
// and exits 0 when it connected, 1 otherwise. The benchmark (scripts/bench) compares its time to
// verdict with tcpdoctor's. Plain POSIX C++, no Qt.

#include <arpa/inet.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: plain_connect HOST PORT\n");
        return 2;
    }
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_ADDRCONFIG;
    addrinfo* list = nullptr;
    const int rc = getaddrinfo(argv[1], argv[2], &hints, &list);
    if (rc != 0) {
        std::printf("%s %s\n", rc == EAI_NONAME ? "dns-nxdomain" : "dns-failure", gai_strerror(rc));
        return 1;
    }
    int lastErr = 0;
    for (const addrinfo* ai = list; ai != nullptr; ai = ai->ai_next) {
        const int fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
        if (fd < 0) {
            lastErr = errno;
            continue;
        }
        if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0) {
            char text[INET6_ADDRSTRLEN] = "?";
            const void* a = ai->ai_family == AF_INET6
                                ? static_cast<const void*>(&reinterpret_cast<const sockaddr_in6*>(ai->ai_addr)->sin6_addr)
                                : static_cast<const void*>(&reinterpret_cast<const sockaddr_in*>(ai->ai_addr)->sin_addr);
            inet_ntop(ai->ai_family, a, text, sizeof text);
            std::printf("open %s\n", text);
            close(fd);
            freeaddrinfo(list);
            return 0;
        }
        lastErr = errno;
        close(fd);
    }
    freeaddrinfo(list);
    switch (lastErr) {
    case ECONNREFUSED: std::printf("refused\n"); break;
    case ETIMEDOUT: std::printf("filtered\n"); break;
    case EHOSTUNREACH: std::printf("unreachable EHOSTUNREACH\n"); break;
    case ENETUNREACH: std::printf("unreachable ENETUNREACH\n"); break;
    default: std::printf("error %s\n", std::strerror(lastErr)); break;
    }
    return 1;
}
