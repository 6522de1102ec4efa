// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QColor>
#include <QPalette>

namespace tcpd::ui {

/// Status colours that read on light and dark palettes alike. Colour is never the only signal:
/// every diagram also draws a mark and a word.
struct DiagramColors {
    explicit DiagramColors(const QPalette& palette)
        : text(palette.color(QPalette::WindowText))
        , line(palette.color(QPalette::PlaceholderText))
    {
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        good = dark ? QColor(0x5c, 0xc9, 0x7b) : QColor(0x1e, 0x7e, 0x34);
        bad = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x1c, 0x28);
        warn = dark ? QColor(0xf0, 0xb4, 0x29) : QColor(0x9a, 0x67, 0x00);
        unknown = line;
    }
    QColor text;
    QColor line;
    QColor good;
    QColor bad;
    QColor warn;
    QColor unknown;
};

} // namespace tcpd::ui
