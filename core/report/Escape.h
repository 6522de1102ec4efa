// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QString>

namespace tcpd::core {

// Escaping for text that came from the network or the user (banners, DNS names, pasted messages,
// evidence) before it goes into a report. Control characters (C0, DEL, C1), line/paragraph
// separators and invisible format characters (bidirectional overrides, zero-width marks) are shown
// as escapes (\x1b, \u202e), so nothing can move the cursor, colour a terminal or reorder text.

/// Control and format characters as visible escapes; `keepNewlines` keeps "\n" (and "\t") as
/// they are, otherwise they become "\n"/"\t" text too.
QString escapeControls(const QString& text, bool keepNewlines = false);

/// JSON text for a terminal: control and format characters above ASCII (C1 controls, bidirectional
/// overrides, zero-width marks, U+2028/2029) written as \uXXXX escapes. The JSON means exactly the
/// same (they can only occur inside strings); only what the terminal shows changes.
QString escapeJsonForTerminal(const QString& json);

/// HTML/XML text and attribute content: & < > " ' as entities, control characters as escapes.
QString escapeHtml(const QString& text);

/// Markdown inline text: control characters escaped, newlines joined, and every character that
/// could start markup (\ ` * _ [ ] < > | ~ & $ and line-start # + - =, "1.") backslash-escaped.
QString escapeMarkdown(const QString& text);

/// A Markdown code span that holds `text` literally, whatever backticks it contains. With
/// `inTable`, pipes are escaped too (GFM splits table cells even inside code spans).
QString markdownCode(const QString& text, bool inTable = false);

/// A fenced Markdown code block that holds multi-line `text` literally (the fence is longer than
/// any backtick run inside).
QString markdownFence(const QString& text);

} // namespace tcpd::core
