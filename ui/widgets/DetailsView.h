// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace tcpd::ui {

/// What "Show details" opens (issue 23): a readable view first (per step: what was checked, what came
/// back), and the raw data (the JSON) one more click away, in a monospace box that can be copied.
class DetailsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsView)

public:
    /// `readableName` is the readable view's objectName (tests and screenshots find it by that name).
    explicit DetailsView(const QString& readableName, QWidget* parent = nullptr);
    ~DetailsView() override;

    void setReadable(const QString& html);
    void setRaw(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showRaw(bool on);
    void fitHeight(); ///< the readable view exactly as high as its text at its width

    QTextBrowser* m_readable;
    QPushButton* m_rawToggle;
    QPushButton* m_copy;
    QPlainTextEdit* m_raw;
};

} // namespace tcpd::ui
