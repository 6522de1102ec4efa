// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "steps/StepResult.h"

#include <QIcon>
#include <QString>
#include <QStringList>

class QStyle;
class QPalette;
class QColor;

namespace tcpd::ui {

/// How a step status looks everywhere in the wizard: an icon, a colour and a word — never colour alone.
QIcon statusIcon(const QStyle* style, core::StepStatus status);
QString statusWord(core::StepStatus status);
QColor statusColor(const QPalette& palette, core::StepStatus status);
/// "<b style='color:…'>Problem</b>" for rich-text labels (the word is translated and escaped).
QString statusHtml(const QPalette& palette, core::StepStatus status);
/// "<ul><li>…</li></ul>" for rich-text labels, each item escaped.
QString htmlList(const QStringList& items);

} // namespace tcpd::ui
