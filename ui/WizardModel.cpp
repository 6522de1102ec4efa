// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "WizardModel.h"

#include <algorithm>

#include "SettingsGuard.h"
#include "runner/Runner.h"
#include "steps/ProxyStep.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace tcpd::ui {

namespace {
constexpr int maxRecent = 10;
}

WizardModel::WizardModel(QObject* parent)
    : QObject(parent)
    , m_runner(new core::Runner(this))
{
    m_role = static_cast<Role>(SettingsGuard::boundedInt(u"wizard/role"_s, 0, 0, 2)); // a bad value: reset, noted
    m_mode = static_cast<Mode>(SettingsGuard::boundedInt(u"wizard/mode"_s, 1, 0, 1));
    connect(m_runner, &core::Runner::stepStarted, this, [this](const QString& id) {
        m_started.insert(id, QDateTime::currentDateTimeUtc());
        emit stepStarted(id);
    });
    connect(m_runner, &core::Runner::stepFinished, this, [this](const core::StepResult& r) {
        m_results.insert(r.id, r);
        emit stepFinished(r);
    });
    connect(m_runner, &core::Runner::finished, this, [this](const core::Report& r) {
        for (const core::StepResult& s : r.steps) {
            m_results.insert(s.id, s); // steps that never ran (not requested) appear only here
        }
        m_report = r;
        m_report.manualChecks = m_manualChecks;
        m_report.pastedError = m_pastedError;
        emit runFinished(m_report);
        if (m_pending) {
            const core::Target next = *m_pending;
            m_pending.reset();
            start(next);
        }
    });
}

WizardModel::~WizardModel() = default;

void WizardModel::start(const core::Target& target)
{
    if (m_runner->isRunning()) {
        m_pending = target; // the cancelled run reports first, then this one starts
        m_runner->cancel();
        return;
    }
    if (!m_report.verdict.code.isEmpty()) {
        m_previous = m_report;
    }
    m_manualChecks.clear(); // each run's answers are its own: nobody may have been asked this time
    m_saved = false;
    m_target = target;
    m_report = core::Report{};
    m_results.clear();
    m_started.clear();
    // What was typed, if it names the port by itself (a URL keeps its scheme); otherwise host and port,
    // so a port chosen in the port box is not lost.
    const QString typed = target.input.trimmed();
    const core::TargetParse alone = core::parseTarget(typed);
    addRecent(alone.ok() && alone.target->port == target.port ? typed : core::hostPortText(target));
    core::Runner::Options options;
    options.step.knownNames = knownNames(); // "did you mean …?" hints from the names checked before
    // The sign-in page check from the settings: the system's address (TCPDOCTOR_PORTAL_URL=off: none),
    // the address chosen there, or none.
    const SettingsGuard::PortalCheck portal = SettingsGuard::portalCheck();
    using PortalMode = SettingsGuard::PortalCheck::Mode;
    core::choosePortal(options.step, portal.mode == PortalMode::Address ? portal.url : QString(),
                       portal.mode == PortalMode::Off);
    m_runner->start(target, options);
    emit runStarted();
}

void WizardModel::showSavedReport(const core::Report& report)
{
    if (isRunning()) {
        return;
    }
    m_results.clear();
    for (const core::StepResult& s : report.steps) {
        m_results.insert(s.id, s);
    }
    m_report = report;
    m_saved = true; // it is a file already
    emit runFinished(m_report);
}

void WizardModel::cancel()
{
    m_runner->cancel();
}

bool WizardModel::isRunning() const
{
    return m_runner->isRunning();
}

const core::StepResult* WizardModel::result(const QString& id) const
{
    const auto it = m_results.constFind(id);
    return it == m_results.constEnd() ? nullptr : &it.value();
}

core::StepWait WizardModel::stepWait(const QString& id) const
{
    return m_runner->wait(id);
}

double WizardModel::runProgress() const
{
    const QStringList ids = core::checklistStepIds();
    double done = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString& id : ids) {
        if (result(id) != nullptr) {
            done += 1;
        } else if (const QDateTime started = stepStartedAt(id); started.isValid()) {
            const core::StepWait w = stepWait(id);
            if (w.budgetMs > 0) {
                done += std::min(0.95, double(started.msecsTo(now)) / w.budgetMs);
            }
        }
    }
    return ids.isEmpty() ? 1.0 : done / ids.size();
}

void WizardModel::setRole(Role role)
{
    m_role = role;
    QSettings().setValue(u"wizard/role"_s, static_cast<int>(role));
}

void WizardModel::setMode(Mode mode)
{
    m_mode = mode;
    QSettings().setValue(u"wizard/mode"_s, static_cast<int>(mode));
}

void WizardModel::setManualChecks(const QList<core::ManualCheck>& checks)
{
    m_manualChecks = checks;
    m_report.manualChecks = checks;
}

void WizardModel::setPastedError(const core::PastedError& error)
{
    m_pastedError = error;
    m_report.pastedError = error;
}

QStringList WizardModel::knownNames() const
{
    QStringList names;
    for (const QString& input : recentTargets()) {
        const core::TargetParse parsed = core::parseTarget(input, QString());
        if (parsed.ok() && !parsed.target->isAddress && !names.contains(parsed.target->host)) {
            names << parsed.target->host;
        }
    }
    return names;
}

QStringList WizardModel::recentTargets() const
{
    return SettingsGuard::recentTargets(); // strings, plain lines, valid targets, at most 10
}

void WizardModel::addRecent(const QString& input)
{
    if (input.isEmpty()) {
        return;
    }
    QStringList list = recentTargets();
    list.removeAll(input);
    list.prepend(input);
    while (list.size() > maxRecent) {
        list.removeLast();
    }
    SettingsGuard::setRecentTargets(list);
}

} // namespace tcpd::ui
