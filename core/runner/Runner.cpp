// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "Runner.h"

#include "diagnosis/Diagnosis.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThreadPool>
#include <QTimer>

#include <chrono>
#include <condition_variable>
#include <mutex>

using namespace Qt::StringLiterals;

namespace tcpd::core {

/// State shared with worker threads. Workers post results only while `owner` is alive; the
/// Runner's destructor clears it under the same lock, so no result reaches a dead object.
struct Runner::Shared {
    std::mutex mutex;
    std::condition_variable idle;
    Runner* owner = nullptr;
    int workers = 0;
    std::atomic<bool> cancel{false};
};

Runner::Runner(QObject* parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->owner = this;
}

Runner::~Runner()
{
    std::unique_lock<std::mutex> lock(m_shared->mutex);
    m_shared->owner = nullptr;
    m_shared->cancel = true;
    // Every step polls the cancel flag every few ms; wait for them, but never forever.
    m_shared->idle.wait_for(lock, std::chrono::seconds(2), [this] { return m_shared->workers == 0; });
}

void Runner::runOnWorker(std::function<void()> job)
{
    {
        std::lock_guard<std::mutex> lock(m_shared->mutex);
        ++m_shared->workers;
    }
    ++m_pending;
    std::shared_ptr<Shared> shared = m_shared;
    QThreadPool::globalInstance()->start([shared, job = std::move(job)] {
        job();
        std::lock_guard<std::mutex> lock(shared->mutex);
        --shared->workers;
        shared->idle.notify_all();
    });
}

void Runner::start(const Target& target, const Options& options)
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_shared->cancel = false;
    m_options = options;
    m_report = Report{};
    m_report.target = target;
    m_report.startedAt = QDateTime::currentDateTimeUtc();
    m_startMs = QDateTime::currentMSecsSinceEpoch();
    m_pending = 0;

    // The independent steps start together, each on a worker of its own.
    using StepFunction = StepResult (*)(const Target&, const StepOptions&, const std::atomic<bool>*);
    const std::pair<QString, StepFunction> independent[] = {{u"link"_s, &runLinkStep}, {u"ip"_s, &runIpStep}};
    for (const auto& [id, function] : independent) {
        if (!options.steps.contains(id)) {
            m_report.steps << notRequestedStep(id);
            continue;
        }
        emit stepStarted(id);
        const std::shared_ptr<Shared> shared = m_shared;
        const StepOptions stepOptions = options.step;
        const qint64 startedMs = QDateTime::currentMSecsSinceEpoch() - m_startMs;
        runOnWorker([shared, target, stepOptions, function = function, startedMs] {
            StepResult result = function(target, stepOptions, &shared->cancel);
            result.startedMs = startedMs;
            std::lock_guard<std::mutex> lock(shared->mutex);
            if (Runner* owner = shared->owner) {
                QMetaObject::invokeMethod(owner, [owner, result] { owner->deliver(result); }, Qt::QueuedConnection);
            }
        });
    }

    const bool wantDns = options.steps.contains(u"dns"_s);
    const bool wantPort = options.steps.contains(u"port"_s);
    const bool wantFirewall = options.steps.contains(u"firewall"_s);
    if (!wantFirewall) {
        m_report.steps << notRequestedStep(u"firewall"_s);
    } else if (!wantPort) {
        startFirewallStep(std::nullopt); // nothing to wait for
    }
    if (!wantPort) {
        m_report.steps << notRequestedStep(u"port"_s);
    }
    if (!wantDns && !wantPort) {
        m_report.steps << notRequestedStep(u"dns"_s);
        // Finish on the next event-loop turn so callers can connect after start().
        QTimer::singleShot(0, this, [this] { deliver(StepResult{}); });
        ++m_pending;
        return;
    }

    emit stepStarted(u"dns"_s);
    const std::shared_ptr<Shared> shared = m_shared;
    const StepOptions stepOptions = options.step;
    runOnWorker([shared, target, stepOptions, wantDns, wantPort, dnsStep = options.dnsStep] {
        QStringList addresses;
        StepResult dns = dnsStep ? dnsStep(target, stepOptions, &shared->cancel, &addresses)
                                 : runDnsStep(target, stepOptions, &shared->cancel, &addresses);
        if (!wantDns) {
            dns = notRequestedStep(u"dns"_s);
        }
        std::lock_guard<std::mutex> lock(shared->mutex);
        if (Runner* owner = shared->owner) {
            QMetaObject::invokeMethod(owner, [owner, dns, addresses, wantPort] {
                if (wantPort) {
                    owner->startPortStep(addresses); // first, so the run is not judged finished too early
                }
                owner->deliver(dns);
            }, Qt::QueuedConnection);
        }
    });
}

void Runner::startPortStep(const QStringList& addresses)
{
    if (m_shared->cancel) {
        StepResult port = runPortStep(m_report.target, {}, m_options.step, &m_shared->cancel);
        port.data.insert(u"cancelled"_s, true);
        port.status = StepStatus::Error;
        ++m_pending;
        if (m_options.steps.contains(u"firewall"_s)) {
            startFirewallStep(port);
        }
        deliver(port);
        return;
    }
    emit stepStarted(u"port"_s);
    const std::shared_ptr<Shared> shared = m_shared;
    const Target target = m_report.target;
    const StepOptions stepOptions = m_options.step;
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch() - m_startMs;
    runOnWorker([shared, target, addresses, stepOptions, startedMs] {
        StepResult port;
        if (addresses.isEmpty()) {
            port.id = u"port"_s;
            port.status = StepStatus::Skipped;
            port.summary = QCoreApplication::translate("PortStep", "Not tried: the name lookup gave no address.");
            port.data.insert(u"reason"_s, u"no_address"_s);
        } else {
            port = runPortStep(target, addresses, stepOptions, &shared->cancel);
        }
        port.startedMs = startedMs;
        std::lock_guard<std::mutex> lock(shared->mutex);
        if (Runner* owner = shared->owner) {
            QMetaObject::invokeMethod(owner, [owner, port] {
                if (owner->m_options.steps.contains(u"firewall"_s)) {
                    owner->startFirewallStep(port); // it looks at what the port test saw
                }
                owner->deliver(port);
            }, Qt::QueuedConnection);
        }
    });
}

void Runner::startFirewallStep(const std::optional<StepResult>& port)
{
    emit stepStarted(u"firewall"_s);
    const std::shared_ptr<Shared> shared = m_shared;
    const Target target = m_report.target;
    const StepOptions stepOptions = m_options.step;
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch() - m_startMs;
    runOnWorker([shared, target, stepOptions, startedMs, port] {
        StepResult result = runFirewallStep(target, stepOptions, &shared->cancel, port ? &*port : nullptr);
        result.startedMs = startedMs;
        std::lock_guard<std::mutex> lock(shared->mutex);
        if (Runner* owner = shared->owner) {
            QMetaObject::invokeMethod(owner, [owner, result] { owner->deliver(result); }, Qt::QueuedConnection);
        }
    });
}

void Runner::deliver(const StepResult& result)
{
    if (!result.id.isEmpty()) {
        m_report.steps << result;
        emit stepFinished(result);
    }
    if (--m_pending > 0) {
        return;
    }
    // Checklist order in the report, whatever order the workers finished in.
    QList<StepResult> ordered;
    for (const QString& id : checklistStepIds()) {
        for (const StepResult& s : std::as_const(m_report.steps)) {
            if (s.id == id) {
                ordered << s;
            }
        }
    }
    m_report.steps = reconcileSteps(m_report.target, ordered, m_shared->cancel);
    m_report.durationMs = QDateTime::currentMSecsSinceEpoch() - m_startMs;
    m_report.verdict = diagnose(m_report.target, m_report.steps);
    if (m_shared->cancel && !m_report.verdict.isOk()) {
        m_report.verdict = toolErrorVerdict(QCoreApplication::translate("Runner", "The check was cancelled."));
        m_report.verdict.title = QCoreApplication::translate("Runner", "The check was stopped before it finished");
        m_report.verdict.explanation = QCoreApplication::translate(
            "Runner", "The check was cancelled: you stopped it or closed the window. The steps that had finished "
                      "keep their answers; the others did not get to look.");
        m_report.verdict.nextSteps = {QCoreApplication::translate("Runner", "Run the check again to get a verdict.")};
    }
    m_running = false;
    emit finished(m_report);
}

void Runner::cancel()
{
    m_shared->cancel = true;
}

} // namespace tcpd::core
