// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "listen/ListenTypes.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace tcpd::core {
class ListenRunner;
class TestListener;
} // namespace tcpd::core

namespace tcpd::ui {

/// "This computer is the server": is anything listening on the port, and where? A port box, the verdict
/// (listen.*) above a sortable, filterable table of every listening socket with its program, a refresh
/// button, and a temporary test listener with a countdown and a stop button. The check runs on a worker
/// (core::ListenRunner), the test listener on a thread of its own: the GUI thread never blocks.
///
///     auto* page = new ServerPage;      // standalone, or added to the wizard
///     page->setPort(5432);              // optional; initializePage() checks at once
class ServerPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerPage)

public:
    explicit ServerPage(QWidget* parent = nullptr);
    ~ServerPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    /// Puts `port` in the port box (0 clears it: list everything).
    void setPort(quint16 port);
    /// Checks the port in the box (or lists every socket when it is empty) on a worker.
    void refresh();
    bool isChecking() const;
    bool isTestListening() const { return m_testListening; }
    /// The last finished check.
    const core::ListenReport& report() const { return m_report; }

signals:
    void checkFinished();
    void testListenerFinished();

private:
    void onReport(const core::ListenReport& report);
    void showVerdict(const core::ListenReport& report);
    void fillTable(const core::ListenReport& report);
    void startTestListener();
    void stopTestListener();
    void setTestListening(bool on);

    QLineEdit* m_port;
    QPushButton* m_refresh;
    QLabel* m_status;
    QLabel* m_title;
    QLabel* m_explanation;
    QLabel* m_nextSteps;
    QLabel* m_findings;
    QLineEdit* m_filter;
    QTableView* m_table;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_serveAddress;
    QSpinBox* m_serveSeconds;
    QPushButton* m_serve;
    QPushButton* m_stopServe;
    QLabel* m_countdown;
    core::ListenRunner* m_runner;
    core::TestListener* m_listener;
    core::ListenReport m_report;
    bool m_testListening = false;
    int m_testConnections = 0;
};

} // namespace tcpd::ui
