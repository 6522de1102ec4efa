// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QString>

class QScrollArea;
class QWidget;

namespace tcpd::ui {

/// The widest a block of text should be: about 100 characters a line, the most people read easily
/// (issue 23, trap 11: at 1400 px, lines ran 1250 px wide).
int readableWidth(const QWidget* widget);

/// A page's content in a frameless scroll area: in a small window (or a longer language) it scrolls up
/// and down instead of cutting wrapped lines or pushing widgets over each other, and in a wide one its
/// lines stay readableWidth() long. `content` is reparented to the scroll area.
QScrollArea* readableScrollArea(QWidget* content, const QString& objectName, QWidget* parent);

} // namespace tcpd::ui
