// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QList>
#include <QString>

namespace tcpd::test {

/// A string literal that reaches people (a label, a button, a finding, a CLI message...) without
/// passing through tr(), translate() or QT_TRANSLATE_NOOP().
struct UnmarkedString {
    int line = 0;
    QString sink; ///< "setText", "new QLabel", ".advice <<", "QTextStream(stderr) <<"...
    QString literal; ///< the literal's text, as written between the quotes
};

/// Scans C++ source text (comments ignored) for literals passed to user-visible sinks. A literal
/// counts only when it holds prose: a word of two or more letters once placeholders (%1, %n),
/// HTML tags and entities are removed.
QList<UnmarkedString> findUnmarkedStrings(const QString& source);

} // namespace tcpd::test
