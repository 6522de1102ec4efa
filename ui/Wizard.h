// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QWizard>

namespace tcpd::ui {

class TargetPage;
class PortTestPage;

/// The troubleshooting wizard: "What are you trying to reach?", then the checklist runs on worker
/// threads and the verdict is shown in plain language. Pages share the parsed target through the
/// wizard (targetPage()->target()).
class Wizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Wizard)

public:
    enum PageId { TargetPageId, PortTestPageId };

    explicit Wizard(QWidget* parent = nullptr);

    TargetPage* targetPage() const { return m_targetPage; }
    PortTestPage* portTestPage() const { return m_portTestPage; }

protected:
    void done(int result) override;

private:
    TargetPage* m_targetPage;
    PortTestPage* m_portTestPage;
};

} // namespace tcpd::ui
