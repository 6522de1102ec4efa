// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <functional>

class QWidget;

namespace tcpd::ui {

/// Enter (Return or the keypad's Enter) in `box` runs `action` — the page's own button, such as
/// "Start watching" — and goes no further: in a wizard an Enter that is not taken reaches the default
/// button, which on a last page is Close. A spin box takes its typed value first.
///
///     onEnter(m_target, [this] { start(); });
void onEnter(QWidget* box, std::function<void()> action);

} // namespace tcpd::ui
