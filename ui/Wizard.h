// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "report/Report.h"

#include <QWizard>

namespace tcpd::ui {

class WizardModel;
class TargetPage;
class SummaryPage;
class WatchPage;
class IdlePage;

/// The troubleshooting wizard. Start: "What are you trying to reach?"; then either one page per
/// checklist step (step by step) or one page that checks everything at once; then the summary.
/// All pages share one WizardModel, which runs the checklist on worker threads.
class Wizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Wizard)

public:
    enum PageId {
        StartPageId, LinkPageId, IpPageId, DnsPageId, FirewallPageId, PortPageId, CheckAllPageId, SummaryPageId,
        ExplainPageId, ServerPageId, BatchPageId, ServicePageId, ProxyPageId, WatchPageId, IdlePageId
    };

    explicit Wizard(QWidget* parent = nullptr);
    ~Wizard() override;

    WizardModel* model() const { return m_model; }
    TargetPage* targetPage() const { return m_targetPage; }
    SummaryPage* summaryPage() const { return m_summaryPage; }

    int nextId() const override;
    /// The checklist on `input`, step by step, started at once (from the side pages' "Check … step by step").
    void checkTarget(const QString& input);

    /// What a new window (after a language switch) takes over from this one: the start page's input and role,
    /// and a finished result shown on the summary.
    struct Carry {
        QString input;
        int role = 0;
        bool onSummary = false;
        core::Report report;
        bool saved = false;
    };
    Carry carryOver() const;
    /// Shows what `carry` holds: the result on the summary, its verdict judged again (in the language
    /// installed now), and the input on the start page.
    void resume(const Carry& carry);
    /// Closes for a language switch: nothing is lost (the new window resumes), so nothing is asked.
    void closeForLanguageSwitch();

protected:
    /// Close, Quit, Escape and the window's close box all end here: a finished result that was not saved
    /// is not thrown away without asking (save it, close without it, or keep the window open).
    void done(int result) override;
    void initializePage(int id) override;

private:
    WizardModel* m_model;
    TargetPage* m_targetPage;
    SummaryPage* m_summaryPage;
    WatchPage* m_watchPage = nullptr;
    IdlePage* m_idlePage = nullptr;
    bool m_closingQuietly = false; ///< a language switch: closing asks nothing
    bool mayClose();
};

} // namespace tcpd::ui
