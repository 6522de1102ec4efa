// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// What the report's diagram builders share (Diagrams.cpp: ladders and timeline; DiagramPath.cpp: the
// path). Not for use outside core/report.

#include "report/Diagram.h"

#include <QString>

namespace tcpd::core::diagramdetail {

/// The width of every report diagram, in CSS pixels.
inline constexpr double kWidth = 760;

/// `raw` with control characters escaped, cut to `maxChars` with "…".
QString elide(const QString& raw, int maxChars);
/// The diagram with every label, its title and description escaped (labels come from the network too).
Diagram finished(Diagram d);
/// A step's status ("pass", "warn", "fail", "error", "skipped") as a tone.
Diagram::Tone toneOf(const QString& status);

} // namespace tcpd::core::diagramdetail
