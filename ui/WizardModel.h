// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "report/Report.h"
#include "runner/StepWait.h"
#include "target/Target.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <optional>

namespace tcpd::core {
class Runner;
}

namespace tcpd::ui {

/// What the wizard's pages share: the target, who is using it, the mode, and the run (one Runner,
/// on worker threads). Pages read it and listen to its signals; they never own probes. Settings
/// (recent targets, role, mode) persist through QSettings.
class WizardModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardModel)

public:
    enum class Role { Home, Helpdesk, Admin };
    enum class Mode { StepByStep, All };
    enum class Path { Check, Explain, Server, Batch, Watch, Idle }; ///< what the start page led to

    explicit WizardModel(QObject* parent = nullptr);
    ~WizardModel() override;

    /// Starts the checklist for `target` (cancelling a run in progress) and remembers the target.
    void start(const core::Target& target);
    void cancel();
    /// Shows a report saved earlier (reportFromJson) as if its run had just finished: the summary and
    /// the step pages read it. Ignored while a check runs.
    void showSavedReport(const core::Report& report);
    bool isRunning() const;

    const core::Target& target() const { return m_target; }
    /// The last finished report (verdict code empty while the first run is going).
    const core::Report& report() const { return m_report; }
    /// The finished result was saved (exported) or came from a file: closing loses nothing.
    bool resultSaved() const { return m_saved; }
    void markResultSaved() { m_saved = true; }
    void markResultUnsaved() { m_saved = false; }
    /// The report of the run before, for "what changed" (empty verdict code if none).
    const core::Report& previousReport() const { return m_previous; }
    /// A step's result of the current run, if it has finished.
    const core::StepResult* result(const QString& id) const;
    /// When the step started in the current run (invalid if it has not).
    QDateTime stepStartedAt(const QString& id) const { return m_started.value(id); }
    /// What step `id` waits for and its budget, once it started (issue 23, trap 9).
    core::StepWait stepWait(const QString& id) const;
    /// How far the run is, 0..1: each finished step counts whole, each running one by the share of its
    /// budget used (at most 95 %, since it may still need the rest).
    double runProgress() const;

    Role role() const { return m_role; }
    void setRole(Role role);
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    QStringList recentTargets() const;
    /// The host names of the recent targets, for the DNS step's "did you mean …?" hints.
    QStringList knownNames() const;
    Path path() const { return m_path; }
    void setPath(Path path) { m_path = path; }

    /// The answers to the questions no program can check (cable, router lights...), kept in the report.
    void setManualChecks(const QList<core::ManualCheck>& checks);
    /// The error message the person pasted and what it means, kept in the report.
    void setPastedError(const core::PastedError& error);

signals:
    void runStarted();
    void stepStarted(const QString& id);
    void stepFinished(const tcpd::core::StepResult& result);
    void runFinished(const tcpd::core::Report& report);

private:
    void addRecent(const QString& input);

    core::Runner* m_runner;
    core::Target m_target;
    bool m_saved = false;
    core::Report m_report;
    core::Report m_previous;
    QHash<QString, core::StepResult> m_results;
    QHash<QString, QDateTime> m_started;
    std::optional<core::Target> m_pending; ///< asked for while a run was still going
    QList<core::ManualCheck> m_manualChecks;
    core::PastedError m_pastedError;
    Path m_path = Path::Check;
    Role m_role = Role::Home;
    Mode m_mode = Mode::All;
};

} // namespace tcpd::ui
