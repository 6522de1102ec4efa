// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
//
// labrelay: the network lab's slow / lossy link (see tests/lab/README.md).
//
// This machine's kernel has no netem, so delay and loss are made at packet level: the relay
// creates one TAP device inside namespace A and one inside namespace B and copies Ethernet frames
// between them, each direction with a fixed added delay and a random (seeded) loss.
//
//   labrelay [--delay MS] [--delay-ab MS] [--delay-ba MS] [--loss PCT] [--seed N] [--for SECONDS]
//            [--parent PID] NETNS_A IFNAME_A NETNS_B IFNAME_B
//
// NETNS is a name under /run/netns (as made by `ip netns add`) or a path to a netns file. The
// TAP devices are created in those namespaces only (setns before opening /dev/net/tun) and the
// relay itself then returns to the namespace it was started in; it opens no socket. The devices
// are not persistent: they disappear when the relay exits. Prints "ready" on stdout once both
// exist (the harness then configures them like a veth pair), statistics on stderr at exit.
// Exits after --for seconds (default 300), on SIGTERM/SIGINT/SIGHUP, or when the process --parent
// (the lab harness) dies, even by SIGKILL: the relay must never outlive its lab.

#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_tun.h>
#include <poll.h>
#include <sched.h>
#include <string>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <unistd.h>
#include <vector>

namespace {

volatile sig_atomic_t g_stop = 0;

void onSignal(int) { g_stop = 1; }

long long nowUs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<long long>(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

[[noreturn]] void usage(const char* why)
{
    std::fprintf(stderr,
                 "labrelay: %s\n"
                 "usage: labrelay [--delay MS] [--delay-ab MS] [--delay-ba MS] [--loss PCT] [--seed N] "
                 "[--for SECONDS] [--parent PID] NETNS_A IFNAME_A NETNS_B IFNAME_B\n",
                 why);
    std::exit(2);
}

double parseNumber(const char* s, double lo, double hi, const char* what)
{
    char* end = nullptr;
    errno = 0;
    double v = std::strtod(s, &end);
    if (errno != 0 || end == s || *end != '\0' || !(v >= lo && v <= hi)) {
        std::string msg = std::string("bad ") + what + " '" + s + "'";
        usage(msg.c_str());
    }
    return v;
}

/// xorshift64*: small, seeded, good enough to decide which frames to lose.
struct Rng {
    uint64_t s;
    explicit Rng(uint64_t seed) : s(seed ? seed : 0x9E3779B97F4A7C15ull) {}
    uint64_t next()
    {
        s ^= s >> 12;
        s ^= s << 25;
        s ^= s >> 27;
        return s * 0x2545F4914F6CDD1Dull;
    }
    /// true with probability pct / 100
    bool chance(double pct) { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0) * 100.0 < pct; }
};

constexpr std::size_t kSlotBytes = 2048;  // MTU 1500 + Ethernet header fits; no offloads are enabled
constexpr std::size_t kSlots = 4096;      // per direction: frames in flight at most

/// A FIFO of frames waiting for their release time (constant delay keeps the order).
struct Queue {
    std::vector<unsigned char> buf = std::vector<unsigned char>(kSlots * kSlotBytes);
    std::vector<uint16_t> len = std::vector<uint16_t>(kSlots);
    std::vector<long long> due = std::vector<long long>(kSlots);
    std::size_t head = 0, count = 0;
    bool full() const { return count == kSlots; }
    unsigned char* tailSlot() { return &buf[((head + count) % kSlots) * kSlotBytes]; }
    void push(std::size_t n, long long at)
    {
        std::size_t t = (head + count) % kSlots;
        len[t] = static_cast<uint16_t>(n);
        due[t] = at;
        ++count;
    }
    void pop()
    {
        head = (head + 1) % kSlots;
        --count;
    }
};

struct Stats {
    unsigned long long in = 0, lost = 0, overflow = 0, out = 0, writeErr = 0;
};

int openTapIn(const char* netns, const char* ifname, int homeFd)
{
    std::string path = std::strchr(netns, '/') ? std::string(netns) : std::string("/run/netns/") + netns;
    int nsFd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (nsFd < 0) {
        std::fprintf(stderr, "labrelay: open %s: %s\n", path.c_str(), std::strerror(errno));
        return -1;
    }
    if (setns(nsFd, CLONE_NEWNET) != 0) {
        std::fprintf(stderr, "labrelay: setns %s: %s\n", path.c_str(), std::strerror(errno));
        close(nsFd);
        return -1;
    }
    close(nsFd);
    // The TAP is created in the network namespace current at open() time: the one just entered.
    int fd = open("/dev/net/tun", O_RDWR | O_CLOEXEC | O_NONBLOCK);
    int err = errno;
    if (fd >= 0) {
        ifreq ifr{};
        ifr.ifr_flags = IFF_TAP | IFF_NO_PI;
        std::snprintf(ifr.ifr_name, IFNAMSIZ, "%s", ifname);
        if (ioctl(fd, TUNSETIFF, &ifr) != 0) {
            err = errno;
            close(fd);
            fd = -1;
            std::fprintf(stderr, "labrelay: TUNSETIFF %s in %s: %s\n", ifname, netns, std::strerror(err));
        }
    } else {
        std::fprintf(stderr, "labrelay: open /dev/net/tun: %s\n", std::strerror(err));
    }
    if (setns(homeFd, CLONE_NEWNET) != 0) {
        // Must not go on in a namespace we were not started in.
        std::fprintf(stderr, "labrelay: cannot return to the original namespace: %s\n", std::strerror(errno));
        std::exit(1);
    }
    return fd;
}

} // namespace

int main(int argc, char** argv)
{
    double delayAb = 0, delayBa = 0, loss = 0, lifetime = 300;
    uint64_t seed = 1;
    long parent = 0;
    int i = 1;
    for (; i < argc && std::strncmp(argv[i], "--", 2) == 0; ++i) {
        if (std::strcmp(argv[i], "--") == 0) { ++i; break; }
        if (i + 1 >= argc) usage("option without value");
        const char* o = argv[i];
        const char* v = argv[++i];
        if (std::strcmp(o, "--delay") == 0) delayAb = delayBa = parseNumber(v, 0, 60000, "--delay");
        else if (std::strcmp(o, "--delay-ab") == 0) delayAb = parseNumber(v, 0, 60000, "--delay-ab");
        else if (std::strcmp(o, "--delay-ba") == 0) delayBa = parseNumber(v, 0, 60000, "--delay-ba");
        else if (std::strcmp(o, "--loss") == 0) loss = parseNumber(v, 0, 100, "--loss");
        else if (std::strcmp(o, "--seed") == 0) seed = static_cast<uint64_t>(parseNumber(v, 0, 1e15, "--seed"));
        else if (std::strcmp(o, "--for") == 0) lifetime = parseNumber(v, 1, 86400, "--for");
        else if (std::strcmp(o, "--parent") == 0) parent = static_cast<long>(parseNumber(v, 1, 1e9, "--parent"));
        else usage("unknown option");
    }
    if (argc - i != 4) usage("need NETNS_A IFNAME_A NETNS_B IFNAME_B");
    for (int k : {i + 1, i + 3})
        if (std::strlen(argv[k]) == 0 || std::strlen(argv[k]) >= IFNAMSIZ) usage("bad IFNAME");

    struct sigaction sa{};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGHUP, &sa, nullptr);
    if (parent > 0) {
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (static_cast<long>(getppid()) != parent) {
            std::fprintf(stderr, "labrelay: parent %ld is already gone\n", parent);
            return 1;
        }
    }

    int homeFd = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
    if (homeFd < 0) { std::perror("labrelay: open /proc/self/ns/net"); return 1; }
    int fd[2];
    fd[0] = openTapIn(argv[i], argv[i + 1], homeFd);
    if (fd[0] < 0) return 1;
    fd[1] = openTapIn(argv[i + 2], argv[i + 3], homeFd);
    if (fd[1] < 0) { close(fd[0]); return 1; }
    close(homeFd);

    std::printf("ready\n");
    std::fflush(stdout);
    std::fprintf(stderr, "labrelay: %s/%s <-> %s/%s, delay %.0f/%.0f ms, loss %.2f %%, seed %llu, for %.0f s\n",
                 argv[i], argv[i + 1], argv[i + 2], argv[i + 3], delayAb, delayBa, loss,
                 static_cast<unsigned long long>(seed), lifetime);

    Rng rng(seed);
    Queue q[2];           // q[0]: frames read from A, to be written to B; q[1]: the other way
    Stats st[2];
    const long long delayUs[2] = {static_cast<long long>(delayAb * 1000), static_cast<long long>(delayBa * 1000)};
    const long long endAt = nowUs() + static_cast<long long>(lifetime * 1e6);
    unsigned char scratch[65536];

    while (!g_stop) {
        long long now = nowUs();
        if (now >= endAt) break;
        // Release what is due.
        for (int d = 0; d < 2; ++d) {
            while (q[d].count && q[d].due[q[d].head] <= now) {
                const unsigned char* p = &q[d].buf[q[d].head * kSlotBytes];
                ssize_t w = write(fd[1 - d], p, q[d].len[q[d].head]);
                if (w < 0) ++st[d].writeErr; else ++st[d].out;
                q[d].pop();
            }
        }
        long long next = endAt;
        for (auto& qq : q)
            if (qq.count && qq.due[qq.head] < next) next = qq.due[qq.head];
        long long waitUs = next - now;
        int waitMs = waitUs <= 0 ? 0 : static_cast<int>((waitUs + 999) / 1000);
        if (waitMs > 1000) waitMs = 1000;
        pollfd pfd[2] = {{fd[0], POLLIN, 0}, {fd[1], POLLIN, 0}};
        int pr = poll(pfd, 2, waitMs);
        if (pr < 0) {
            if (errno == EINTR) continue;
            std::perror("labrelay: poll");
            break;
        }
        if (pr == 0) continue;
        for (int d = 0; d < 2; ++d) {
            if (pfd[d].revents & (POLLERR | POLLHUP | POLLNVAL)) {
                std::fprintf(stderr, "labrelay: device %d went away\n", d);
                g_stop = 1;
            }
            if (!(pfd[d].revents & POLLIN)) continue;
            for (int burst = 0; burst < 256; ++burst) {
                const bool room = !q[d].full();
                unsigned char* dst = room ? q[d].tailSlot() : scratch;
                std::size_t cap = room ? kSlotBytes : sizeof scratch;
                ssize_t n = read(fd[d], dst, cap);
                if (n < 0) break; // EAGAIN: drained
                if (n == 0) break;
                ++st[d].in;
                if (!room) { ++st[d].overflow; continue; }
                if (static_cast<std::size_t>(n) >= kSlotBytes) { ++st[d].overflow; continue; } // maybe truncated
                if (loss > 0 && rng.chance(loss)) { ++st[d].lost; continue; }
                q[d].push(static_cast<std::size_t>(n), nowUs() + delayUs[d]);
            }
        }
    }
    close(fd[0]);
    close(fd[1]);
    for (int d = 0; d < 2; ++d)
        std::fprintf(stderr, "labrelay: %s: %llu frames in, %llu lost, %llu out, %llu overflow, %llu write errors\n",
                     d == 0 ? "A->B" : "B->A", st[d].in, st[d].lost, st[d].out, st[d].overflow, st[d].writeErr);
    return 0;
}
