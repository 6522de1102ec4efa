// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "Runner.h"

#include "evidence/Evidence.h"
#include "steps/ProxyStep.h"
#include "steps/ServiceStep.h"

#include "diagnosis/Diagnosis.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <algorithm>


using namespace Qt::StringLiterals;

namespace tcpd::core {

Runner::Runner(QObject* parent)
    : QObject(parent)
    , m_jobs(this)
{
}

Runner::~Runner()
{
    if (m_early) {
        m_early->stop->store(true);
    }
    m_jobs.shutDown(); // every step polls the cancel flag every few ms; waited for, but never forever
}

void Runner::runOnWorker(std::function<void(const Jobs::Post&)> job)
{
    ++m_pending;
    m_jobs.run(std::move(job));
}

void Runner::start(const Target& target, const Options& options)
{
    if (m_running) {
        return;
    }
    m_running = true;
    ++m_generation;
    if (m_early) {
        m_early->stop->store(true); // an earlier run's early look: stop it, its answer is dropped
        m_early.reset();
    }
    m_jobs.reset();
    m_options = options;
    m_report = Report{};
    m_waits.clear();
    m_report.target = target;
    m_report.startedAt = QDateTime::currentDateTimeUtc();
    m_startMs = QDateTime::currentMSecsSinceEpoch();
    m_pending = 0;

    // The independent steps start together, each on a worker of its own.
    using StepFunction = StepResult (*)(const Target&, const StepOptions&, const std::atomic<bool>*);
    const std::pair<QString, StepFunction> independent[] = {
        {u"link"_s, &runLinkStep}, {u"ip"_s, &runIpStep}, {u"proxy"_s, &runProxyStep}};
    for (const auto& [id, function] : independent) {
        if (!options.steps.contains(id)) {
            m_report.steps << notRequestedStep(id);
            continue;
        }
        begin(id);
        const std::atomic<bool>* cancel = m_jobs.cancelFlag();
        const StepOptions stepOptions = options.step;
        const qint64 startedMs = QDateTime::currentMSecsSinceEpoch() - m_startMs;
        runOnWorker([this, cancel, target, stepOptions, function = function, startedMs](const Jobs::Post& post) {
            StepResult result = function(target, stepOptions, cancel);
            result.startedMs = startedMs;
            post([this, result] { deliver(result); });
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
    if (!wantPort || !options.steps.contains(u"service"_s)) {
        m_report.steps << notRequestedStep(u"service"_s); // it needs the port test's connection
    }
    if (!wantDns && !wantPort) {
        m_report.steps << notRequestedStep(u"dns"_s);
        // Finish on the next event-loop turn so callers can connect after start().
        QTimer::singleShot(0, this, [this] { deliver(StepResult{}); });
        ++m_pending;
        return;
    }

    begin(u"dns"_s);
    const std::atomic<bool>* cancel = m_jobs.cancelFlag();
    const StepOptions stepOptions = options.step;
    runOnWorker([this, cancel, target, stepOptions, wantDns, wantPort, dnsStep = options.dnsStep](const Jobs::Post& post) {
        QStringList addresses;
        StepResult dns = dnsStep ? dnsStep(target, stepOptions, cancel, &addresses)
                                 : runDnsStep(target, stepOptions, cancel, &addresses);
        if (!wantDns) {
            dns = notRequestedStep(u"dns"_s);
        }
        post([this, dns, addresses, wantPort] {
            if (wantPort) {
                startPortStep(addresses); // first, so the run is not judged finished too early
            }
            deliver(dns);
        });
    });
}

void Runner::begin(const QString& id, const QStringList& addresses)
{
    m_waits.insert(id, stepWait(id, m_report.target, m_options.step, addresses));
    emit stepStarted(id);
}

void Runner::startPortStep(const QStringList& addresses)
{
    if (m_jobs.cancelled()) {
        StepResult port = runPortStep(m_report.target, {}, m_options.step, m_jobs.cancelFlag());
        port.data.insert(u"cancelled"_s, true);
        port.status = StepStatus::Error;
        ++m_pending;
        if (m_options.steps.contains(u"firewall"_s)) {
            startFirewallStep(port);
        }
        if (m_options.steps.contains(u"service"_s)) {
            m_report.steps << stoppedStep(u"service"_s);
        }
        deliver(port);
        return;
    }
    begin(u"port"_s, addresses);
    const std::atomic<bool>* cancel = m_jobs.cancelFlag();
    const Target target = m_report.target;
    const StepOptions stepOptions = m_options.step;
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch() - m_startMs;
    runOnWorker([this, cancel, target, addresses, stepOptions, startedMs](const Jobs::Post& post) {
        StepResult port;
        if (addresses.isEmpty()) {
            port.id = u"port"_s;
            port.status = StepStatus::Skipped;
            port.summary = QCoreApplication::translate("PortStep", "Not tried: the name lookup gave no address.");
            port.data.insert(u"reason"_s, u"no_address"_s);
        } else {
            port = runPortStep(target, addresses, stepOptions, cancel);
        }
        port.startedMs = startedMs;
        post([this, port] {
            if (m_options.steps.contains(u"firewall"_s)) {
                // The look is used only for the silence it assumed, on its address, and only when the port test
                // did not first wait for a link still coming up (the look's probes would have gone out on it).
                if (m_early && firewallOutcome(&port) == u"filtered"
                    && firewallAddress(m_report.target, &port) == m_early->address
                    && evidence::PortEvidence::fromJson(port.data).settleWaitMs == 0) {
                    // Silent, as the early look assumed: its judgement comes when the look is back.
                    m_early->port = port;
                    ++m_pending;
                    if (m_early->look) {
                        finishEarlyFirewall();
                    }
                } else {
                    if (m_early) {
                        m_early->stop->store(true);
                        m_early.reset();
                    }
                    // (stepStarted("firewall") comes once more: the page's countdown starts again.)
                    startFirewallStep(port); // it looks at what the port test saw
                }
            }
            if (m_options.steps.contains(u"service"_s)) {
                startServiceStep(port); // on an address where the handshake completed
            }
            deliver(port);
        });
    });
    if (m_options.steps.contains(u"firewall"_s) && !addresses.isEmpty()) {
        const int generation = m_generation;
        QTimer::singleShot(std::max(200, m_options.step.timeoutMs / 3), this,
                           [this, generation, addresses] { startFirewallLookEarly(generation, addresses); });
    }
}

void Runner::startFirewallLookEarly(int generation, const QStringList& addresses)
{
    const bool portDone = std::any_of(m_report.steps.cbegin(), m_report.steps.cend(),
                                      [](const StepResult& s) { return s.id == u"port"; });
    if (generation != m_generation || !m_running || portDone || m_jobs.cancelled() || m_early) {
        return;
    }
    m_early.emplace();
    m_early->address = addresses.first();
    m_early->startedMs = QDateTime::currentMSecsSinceEpoch() - m_startMs;
    begin(u"firewall"_s);
    const std::shared_ptr<std::atomic<bool>> stop = m_early->stop;
    const Target target = m_report.target;
    const StepOptions stepOptions = m_options.step;
    const QString address = m_early->address;
    // Not counted in m_pending: the run does not wait for a look it may not use.
    m_jobs.run([this, stop, target, stepOptions, address, generation](const Jobs::Post& post) {
        const FirewallLook look = lookForFirewall(target, stepOptions, stop.get(), address, u"filtered"_s);
        post([this, look, generation] {
            if (generation != m_generation || !m_early || m_early->look) {
                return; // stopped: the port test answered otherwise, or a new run began
            }
            m_early->look = look;
            if (m_early->port) {
                finishEarlyFirewall();
            }
        });
    });
}

void Runner::finishEarlyFirewall()
{
    StepResult result = judgeFirewall(m_report.target, &*m_early->port, *m_early->look);
    result.startedMs = m_early->startedMs;
    m_early.reset();
    deliver(result);
}

void Runner::startFirewallStep(const std::optional<StepResult>& port)
{
    begin(u"firewall"_s);
    const std::atomic<bool>* cancel = m_jobs.cancelFlag();
    const Target target = m_report.target;
    const StepOptions stepOptions = m_options.step;
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch() - m_startMs;
    runOnWorker([this, cancel, target, stepOptions, startedMs, port](const Jobs::Post& post) {
        StepResult result = runFirewallStep(target, stepOptions, cancel, port ? &*port : nullptr);
        result.startedMs = startedMs;
        post([this, result] { deliver(result); });
    });
}

void Runner::startServiceStep(const StepResult& port)
{
    QString address;
    for (const evidence::PortAttempt& a : evidence::PortEvidence::fromJson(port.data).attempts) {
        if (a.handshakeCompleted()) {
            address = a.address;
            break;
        }
    }
    begin(u"service"_s);
    const std::atomic<bool>* cancel = m_jobs.cancelFlag();
    const Target target = m_report.target;
    const StepOptions stepOptions = m_options.step;
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch() - m_startMs;
    runOnWorker([this, cancel, target, stepOptions, startedMs, address](const Jobs::Post& post) {
        StepResult result = runServiceStep(target, address, stepOptions, cancel);
        result.startedMs = startedMs;
        post([this, result] { deliver(result); });
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
    m_report.steps = reconcileSteps(m_report.target, ordered, m_jobs.cancelled());
    m_report.durationMs = QDateTime::currentMSecsSinceEpoch() - m_startMs;
    m_report.verdict = diagnose(m_report.target, m_report.steps);
    if (m_jobs.cancelled() && !m_report.verdict.isOk()) {
        m_report.verdict = toolErrorVerdict(QCoreApplication::translate("Runner", "The check was cancelled."));
        m_report.verdict.title = QCoreApplication::translate("Runner", "The check was stopped before it finished");
        m_report.verdict.explanation = QCoreApplication::translate(
            "Runner", "The check was cancelled: you stopped it or closed the window. The steps that had finished "
                      "keep their answers; the others did not get to look.");
        m_report.verdict.nextSteps = {QCoreApplication::translate("Runner", "Run the check again to get a verdict.")};
        m_report.verdict.plain.title = m_report.verdict.title; // plain words already
        m_report.verdict.plain.meaning = QCoreApplication::translate(
            "Runner", "You stopped the check (or closed the window), so there is no answer yet. The steps that had "
                      "finished keep their answers.");
        m_report.verdict.plain.nextSteps = {QCoreApplication::translate("Runner", "Check again to get an answer.")};
    }
    m_running = false;
    emit finished(m_report);
}

void Runner::cancel()
{
    m_jobs.cancel();
    if (m_early) {
        m_early->stop->store(true); // its look ends at once; the judgement says the check was stopped
    }
}

} // namespace tcpd::core
