// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// bench_run: runs one command N times and measures each run from fork to exit (wall clock,
// CLOCK_MONOTONIC) and its peak resident memory (wait4's ru_maxrss). scripts/bench starts it once
// inside the lab's client namespace, so the namespace switch (`ip netns exec`, several ms) is not
// part of any measured time. Plain POSIX C++, no Qt.
//
//   bench_run [--runs N] [--timeout-ms MS] [--user NAME] [--out PREFIX] [--env K=V]... -- CMD ARGS...
//
// Run i writes its stdout and stderr to PREFIX.i.out / PREFIX.i.err (default /dev/null) and prints
// one JSON line: {"run": i, "ms": 12.3, "exit": 0, "signal": 0, "timed_out": false, "maxrss_kb": 1234}.
// A run that overruns --timeout-ms (default 150000) is killed (SIGKILL to its process group).

#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

namespace {

volatile sig_atomic_t g_alarm = 0;

void onAlarm(int)
{
    g_alarm = 1;
}

double nowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<double>(ts.tv_sec) * 1000.0 + static_cast<double>(ts.tv_nsec) / 1e6;
}

[[noreturn]] void usage(const char* why)
{
    std::fprintf(stderr,
                 "bench_run: %s\nusage: bench_run [--runs N] [--timeout-ms MS] [--user NAME] [--out PREFIX] "
                 "[--env K=V]... -- CMD ARGS...\n",
                 why);
    std::exit(2);
}

long toLong(const char* s, long lo, long hi, const char* what)
{
    char* end = nullptr;
    errno = 0;
    const long v = std::strtol(s, &end, 10);
    if (errno != 0 || end == s || *end != '\0' || v < lo || v > hi) {
        usage(what);
    }
    return v;
}

void redirect(const std::string& path, int fd)
{
    const int f = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (f < 0 || dup2(f, fd) < 0) {
        _exit(126);
    }
    close(f);
}

} // namespace

int main(int argc, char** argv)
{
    long runs = 1;
    long timeoutMs = 150000;
    std::string user;
    std::string out;
    std::vector<std::string> envs;
    int i = 1;
    for (; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--") {
            ++i;
            break;
        }
        if (i + 1 >= argc) {
            usage("an option needs a value");
        }
        if (a == "--runs") {
            runs = toLong(argv[++i], 1, 1000, "--runs must be 1..1000");
        } else if (a == "--timeout-ms") {
            timeoutMs = toLong(argv[++i], 1, 3600000, "--timeout-ms must be 1..3600000");
        } else if (a == "--user") {
            user = argv[++i];
        } else if (a == "--out") {
            out = argv[++i];
        } else if (a == "--env") {
            envs.emplace_back(argv[++i]);
        } else {
            usage("unknown option");
        }
    }
    if (i >= argc) {
        usage("no command");
    }
    char** cmd = argv + i;

    uid_t uid = 0;
    gid_t gid = 0;
    if (!user.empty()) {
        const passwd* pw = getpwnam(user.c_str());
        if (pw == nullptr) {
            usage("no such user");
        }
        uid = pw->pw_uid;
        gid = pw->pw_gid;
    }

    struct sigaction sa {};
    sa.sa_handler = onAlarm;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; // no SA_RESTART: the alarm interrupts wait4
    sigaction(SIGALRM, &sa, nullptr);

    for (long run = 1; run <= runs; ++run) {
        const double t0 = nowMs();
        const pid_t pid = fork();
        if (pid < 0) {
            std::perror("bench_run: fork");
            return 3;
        }
        if (pid == 0) {
            setpgid(0, 0);
            signal(SIGALRM, SIG_DFL);
            redirect(out.empty() ? "/dev/null" : out + "." + std::to_string(run) + ".out", STDOUT_FILENO);
            redirect(out.empty() ? "/dev/null" : out + "." + std::to_string(run) + ".err", STDERR_FILENO);
            const int devnull = open("/dev/null", O_RDONLY);
            if (devnull >= 0) {
                dup2(devnull, STDIN_FILENO);
                close(devnull);
            }
            for (const std::string& e : envs) {
                putenv(const_cast<char*>(e.c_str()));
            }
            if (!user.empty()) {
                if (setgroups(0, nullptr) != 0 || setgid(gid) != 0 || setuid(uid) != 0) {
                    _exit(126);
                }
            }
            execvp(cmd[0], cmd);
            _exit(127);
        }
        setpgid(pid, pid);
        int status = 0;
        rusage ru{};
        g_alarm = 0;
        itimerval timer{};
        timer.it_value.tv_sec = timeoutMs / 1000;
        timer.it_value.tv_usec = (timeoutMs % 1000) * 1000;
        setitimer(ITIMER_REAL, &timer, nullptr);
        bool timedOut = false;
        for (;;) {
            const pid_t r = wait4(pid, &status, 0, &ru); // blocks: no polling to disturb what is measured
            if (r == pid) {
                break;
            }
            if (r < 0 && errno != EINTR) {
                std::perror("bench_run: wait4");
                return 3;
            }
            if (g_alarm != 0 && !timedOut) {
                timedOut = true;
                kill(-pid, SIGKILL);
                kill(pid, SIGKILL);
            }
        }
        const double ms = nowMs() - t0;
        timer = {};
        setitimer(ITIMER_REAL, &timer, nullptr);
        kill(-pid, SIGKILL); // anything the command left behind in its group
        std::printf("{\"run\": %ld, \"ms\": %.2f, \"exit\": %d, \"signal\": %d, \"timed_out\": %s, \"maxrss_kb\": %ld}\n",
                    run, ms, WIFEXITED(status) ? WEXITSTATUS(status) : -1, WIFSIGNALED(status) ? WTERMSIG(status) : 0,
                    timedOut ? "true" : "false", ru.ru_maxrss);
        std::fflush(stdout);
    }
    return 0;
}
