// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "report/Report.h"
#include "runner/Jobs.h"
#include "runner/StepWait.h"
#include "steps/Steps.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace tcpd::core {

namespace detail {
/// The Runner's early firewall look (see Runner::startFirewallLookEarly). Outside the class: clang 14 cannot
/// construct a nested class with member initializers inside std::optional before the outer class is complete.
struct EarlyFirewallLook {
    QString address;
    std::shared_ptr<std::atomic<bool>> stop = std::make_shared<std::atomic<bool>>(false);
    qint64 startedMs = 0;
    std::optional<FirewallLook> look; ///< once it came back
    std::optional<StepResult> port;   ///< once the port test ended filtered on `address`
};
} // namespace detail

/// Runs the checklist for one target on worker threads (QThreadPool) and reports back on the
/// thread that owns it. Independent steps start together; the port test starts as soon as the
/// name lookup has addresses. Never blocks the caller.
///
///     Runner runner;
///     connect(&runner, &Runner::finished, this, [](const Report& r) { ... });
///     runner.start(target, options);
///     ...
///     runner.cancel();   // every worker stops within ~50 ms; finished() still comes, verdict tool.error
///
/// Destroying a running Runner cancels it and waits (bounded) for its workers.
class Runner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Runner)

public:
    struct Options {
        StepOptions step;
        QStringList steps = checklistStepIds(); ///< which steps to run (--steps)
        /// The DNS step to run instead of runDnsStep (tests: a scripted DNS environment); empty: runDnsStep.
        std::function<StepResult(const Target&, const StepOptions&, const std::atomic<bool>*, QStringList*)> dnsStep;
    };

    explicit Runner(QObject* parent = nullptr);
    ~Runner() override;

    void start(const Target& target, const Options& options);
    void cancel();
    bool isRunning() const { return m_running; }
    /// What step `id` waits for and its budget, from when stepStarted(id) was emitted (empty before).
    StepWait wait(const QString& id) const { return m_waits.value(id); }

signals:
    void stepStarted(const QString& id);
    void stepFinished(const tcpd::core::StepResult& result);
    void finished(const tcpd::core::Report& report);

private:
    void runOnWorker(std::function<void(const Jobs::Post&)> job);
    void deliver(const StepResult& result);
    void begin(const QString& id, const QStringList& addresses = {}); ///< notes the wait, emits stepStarted
    void startPortStep(const QStringList& addresses);
    void startFirewallStep(const std::optional<StepResult>& port);
    void startServiceStep(const StepResult& port);
    /// Issue 18: a port test still silent after a third of its budget is most likely filtered; the firewall
    /// step's slow half (path trace, controls) starts then, on the address tried first, while the port test
    /// waits for its last try. Used when the port test ends filtered on that address; otherwise stopped,
    /// and the firewall step runs as before.
    void startFirewallLookEarly(int generation, const QStringList& addresses);
    void finishEarlyFirewall();

    Jobs m_jobs;
    Options m_options;
    Report m_report;
    QHash<QString, StepWait> m_waits;
    qint64 m_startMs = 0;
    int m_pending = 0;
    bool m_running = false;
    int m_generation = 0; ///< one a run: a late answer of an earlier run is recognised and dropped
    std::optional<detail::EarlyFirewallLook> m_early;
};

} // namespace tcpd::core
