// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
//
// labserver: the network lab's test listener (see tests/lab/README.md).
//
//   labserver [--for SECONDS] [--hold SECONDS] [--backlog N] [--delay SECONDS] [--parent PID] ADDR PORT MODE [TEXT]
//
// MODE
//   open          accept, say nothing, close after --hold seconds (default 10)
//   banner TEXT   accept, send TEXT (C escapes \r \n \t \\ are understood), close after --hold
//   rst           accept, then close at once with SO_LINGER 0: the peer gets RST
//   fin           accept, then close at once: the peer gets FIN
//   noaccept      never accept: connections wait in the accept queue (--backlog N) until it is full,
//                 then the kernel drops new SYNs (a program that does not keep up)
//
// ADDR is numeric IPv4 or IPv6 ("::" listens on both families). Prints "ready" on stdout once
// listening, logs each connection on stderr, exits after --for seconds (default 60) or on
// SIGTERM/SIGINT/SIGHUP, or when the process --parent (the lab harness) dies. Plain POSIX, no
// dependencies: it runs inside the lab's namespaces.

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <string>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

volatile sig_atomic_t g_stop = 0;

void onSignal(int) { g_stop = 1; }

long long nowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<long long>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

[[noreturn]] void usage(const char* why)
{
    std::fprintf(stderr,
                 "labserver: %s\n"
                 "usage: labserver [--for SECONDS] [--hold SECONDS] [--backlog N] [--delay SECONDS] [--parent PID] "
                 "ADDR PORT open|banner TEXT|rst|fin|noaccept\n",
                 why);
    std::exit(2);
}

long parseNumber(const char* s, long lo, long hi, const char* what)
{
    char* end = nullptr;
    errno = 0;
    long v = std::strtol(s, &end, 10);
    if (errno != 0 || end == s || *end != '\0' || v < lo || v > hi) {
        std::string msg = std::string("bad ") + what + " '" + s + "'";
        usage(msg.c_str());
    }
    return v;
}

std::string unescape(const char* s)
{
    std::string out;
    for (; *s; ++s) {
        if (*s == '\\' && s[1]) {
            ++s;
            switch (*s) {
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case '\\': out += '\\'; break;
            default: out += '\\'; out += *s; break;
            }
        } else {
            out += *s;
        }
    }
    return out;
}

std::string peerName(const sockaddr_storage& ss)
{
    char buf[INET6_ADDRSTRLEN] = "?";
    int port = 0;
    if (ss.ss_family == AF_INET) {
        const auto* a = reinterpret_cast<const sockaddr_in*>(&ss);
        inet_ntop(AF_INET, &a->sin_addr, buf, sizeof buf);
        port = ntohs(a->sin_port);
    } else if (ss.ss_family == AF_INET6) {
        const auto* a = reinterpret_cast<const sockaddr_in6*>(&ss);
        inet_ntop(AF_INET6, &a->sin6_addr, buf, sizeof buf);
        port = ntohs(a->sin6_port);
    }
    return std::string(buf) + " port " + std::to_string(port);
}

enum class Mode { Open, Banner, Rst, Fin, NoAccept };

struct Held {
    int fd = -1;
    long long closeAt = 0;
};

constexpr int kMaxHeld = 1024; // enough for the benchmarks' 1000-target batch (scripts/bench)

} // namespace

int main(int argc, char** argv)
{
    long lifetime = 60;
    long hold = 10;
    long backlog = 16;
    long delay = 0; // seconds to wait before listening (a service that starts later)
    long parent = 0;
    int i = 1;
    for (; i < argc && std::strncmp(argv[i], "--", 2) == 0; ++i) {
        if (std::strcmp(argv[i], "--") == 0) { ++i; break; }
        if (i + 1 >= argc) usage("option without value");
        if (std::strcmp(argv[i], "--for") == 0) lifetime = parseNumber(argv[++i], 1, 86400, "--for");
        else if (std::strcmp(argv[i], "--hold") == 0) hold = parseNumber(argv[++i], 0, 86400, "--hold");
        else if (std::strcmp(argv[i], "--backlog") == 0) backlog = parseNumber(argv[++i], 1, 4096, "--backlog");
        else if (std::strcmp(argv[i], "--delay") == 0) delay = parseNumber(argv[++i], 0, 600, "--delay");
        else if (std::strcmp(argv[i], "--parent") == 0) parent = parseNumber(argv[++i], 1, 1000000000, "--parent");
        else usage("unknown option");
    }
    if (argc - i < 3) usage("missing arguments");
    const char* addrText = argv[i];
    const int port = static_cast<int>(parseNumber(argv[i + 1], 1, 65535, "port"));
    const char* modeText = argv[i + 2];
    Mode mode;
    std::string banner;
    if (std::strcmp(modeText, "open") == 0) mode = Mode::Open;
    else if (std::strcmp(modeText, "rst") == 0) mode = Mode::Rst;
    else if (std::strcmp(modeText, "fin") == 0) mode = Mode::Fin;
    else if (std::strcmp(modeText, "noaccept") == 0) mode = Mode::NoAccept;
    else if (std::strcmp(modeText, "banner") == 0) {
        if (argc - i < 4) usage("banner needs TEXT");
        mode = Mode::Banner;
        banner = unescape(argv[i + 3]);
    } else {
        usage("unknown MODE");
    }

    struct sigaction sa{};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGHUP, &sa, nullptr);
    signal(SIGPIPE, SIG_IGN);
    if (parent > 0) {
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (static_cast<long>(getppid()) != parent) {
            std::fprintf(stderr, "labserver: parent %ld is already gone\n", parent);
            return 1;
        }
    }

    sockaddr_storage ss{};
    socklen_t sslen = 0;
    int family;
    if (std::strchr(addrText, ':')) {
        auto* a6 = reinterpret_cast<sockaddr_in6*>(&ss);
        a6->sin6_family = AF_INET6;
        a6->sin6_port = htons(static_cast<uint16_t>(port));
        if (inet_pton(AF_INET6, addrText, &a6->sin6_addr) != 1) usage("bad IPv6 ADDR");
        sslen = sizeof *a6;
        family = AF_INET6;
    } else {
        auto* a4 = reinterpret_cast<sockaddr_in*>(&ss);
        a4->sin_family = AF_INET;
        a4->sin_port = htons(static_cast<uint16_t>(port));
        if (inet_pton(AF_INET, addrText, &a4->sin_addr) != 1) usage("bad IPv4 ADDR");
        sslen = sizeof *a4;
        family = AF_INET;
    }

    for (long waited = 0; waited < delay * 10 && !g_stop; ++waited) {
        usleep(100 * 1000); // bounded: at most --delay seconds, in steps that notice a stop signal
    }
    int lfd = socket(family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (lfd < 0) { std::perror("labserver: socket"); return 1; }
    int one = 1;
    setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (family == AF_INET6) {
        // "::" serves both families; a specific IPv6 address only itself.
        int v6only = std::strcmp(addrText, "::") == 0 ? 0 : 1;
        setsockopt(lfd, IPPROTO_IPV6, IPV6_V6ONLY, &v6only, sizeof v6only);
    }
    if (bind(lfd, reinterpret_cast<sockaddr*>(&ss), sslen) != 0) {
        std::fprintf(stderr, "labserver: bind %s port %d: %s\n", addrText, port, std::strerror(errno));
        return 1;
    }
    if (listen(lfd, static_cast<int>(backlog)) != 0) { std::perror("labserver: listen"); return 1; }

    std::printf("ready\n");
    std::fflush(stdout);
    std::fprintf(stderr, "labserver: listening on %s port %d, mode %s, for %ld s\n", addrText, port, modeText,
                 lifetime);

    Held held[kMaxHeld];
    const long long endAt = nowMs() + lifetime * 1000;
    long accepted = 0;

    while (!g_stop) {
        long long now = nowMs();
        if (now >= endAt) break;
        long long next = endAt;
        for (auto& h : held) {
            if (h.fd < 0) continue;
            if (h.closeAt <= now) {
                close(h.fd);
                h.fd = -1;
            } else if (h.closeAt < next) {
                next = h.closeAt;
            }
        }
        pollfd pfd{lfd, static_cast<short>(mode == Mode::NoAccept ? 0 : POLLIN), 0};
        long long wait = next - now;
        if (wait > 1000) wait = 1000;
        if (wait < 0) wait = 0;
        int pr = poll(&pfd, 1, static_cast<int>(wait));
        if (pr < 0) {
            if (errno == EINTR) continue;
            std::perror("labserver: poll");
            break;
        }
        if (pr == 0) continue;
        for (int burst = 0; burst < 64 && !g_stop; ++burst) {
            sockaddr_storage peer{};
            socklen_t plen = sizeof peer;
            int cfd = accept4(lfd, reinterpret_cast<sockaddr*>(&peer), &plen, SOCK_CLOEXEC);
            if (cfd < 0) break;
            ++accepted;
            std::fprintf(stderr, "labserver: connection %ld from %s\n", accepted, peerName(peer).c_str());
            switch (mode) {
            case Mode::Rst: {
                linger lg{1, 0};
                setsockopt(cfd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
                close(cfd);
                continue;
            }
            case Mode::Fin:
                close(cfd);
                continue;
            case Mode::Banner: {
                ssize_t n = send(cfd, banner.data(), banner.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
                if (n < 0) std::fprintf(stderr, "labserver: send banner: %s\n", std::strerror(errno));
                break;
            }
            case Mode::Open:
            case Mode::NoAccept:
                break;
            }
            // Keep it (quietly) for --hold seconds; when every slot is taken, the oldest goes.
            Held* slot = nullptr;
            for (auto& h : held) {
                if (h.fd < 0) { slot = &h; break; }
                if (!slot || h.closeAt < slot->closeAt) slot = &h;
            }
            if (slot->fd >= 0) close(slot->fd);
            slot->fd = cfd;
            slot->closeAt = nowMs() + hold * 1000;
        }
    }
    for (auto& h : held)
        if (h.fd >= 0) close(h.fd);
    close(lfd);
    std::fprintf(stderr, "labserver: done after %ld connection(s)\n", accepted);
    return 0;
}
