// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// The wizard's saved settings, read defensively (docs/security.md). The settings file is
// the user's, but anything may have written it: a crash, a full disk, another program, an attacker
// with the user's rights. Whatever it holds, reading it never crashes or hangs the wizard: each
// value is checked for type, size and content; a bad one is dropped (or reset to its default) and
// removed from the file, and the user is told once, in one plain sentence (takeNotice()).
//
// Writes go through QSettings, which on Linux/macOS writes its file with QSaveFile (a temporary
// file renamed over the old one) and, with atomicSyncRequired() (the default, set here anyway),
// refuses to write at all rather than write in place: the file is either the old one or the new one.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tcpd::ui::SettingsGuard {

constexpr int kMaxRecent = 10; ///< recent targets kept
constexpr int kMaxTargetChars = 300; ///< a recent target longer than this is not one we saved
constexpr int kMaxGeometryBytes = 4096; ///< QWidget::saveGeometry() is about 66 bytes
constexpr int kMaxLanguageChars = 16; ///< "pt_BR", "zh_Hant_TW"

/// Checks the file once per process: one that QSettings cannot parse at all is reset (every key
/// removed) and noted. Cheap after the first call.
void checkFile();

/// The recent targets, newest first: strings only, each a non-empty line without control or
/// invisible format characters, at most kMaxTargetChars, no duplicates, at most kMaxRecent. A stored
/// value that needed cleaning is rewritten cleaned.
QStringList recentTargets();
/// Saves `list` (cleaned the same way).
void setRecentTargets(const QStringList& list);

/// An integer setting in [min, max] (role, mode); anything else (a string, a list, out of range)
/// is removed and `fallback` returned.
int boundedInt(const QString& key, int fallback, int min, int max);

/// The saved window geometry, or empty when there is none or it is not plausibly one (too big).
QByteArray geometry(const QString& key);

/// The saved language code if it is one of `available` (or empty, "system default"); otherwise
/// removed and empty.
QString language(const QString& key, const QStringList& available);

/// The sign-in page check chosen in the settings dialog.
struct PortalCheck {
    enum class Mode { System = 0, Address = 1, Off = 2 };
    Mode mode = Mode::System; ///< the system's check address, `url`, or no check
    QString url;              ///< an http:// address (core::usablePortalUrl), kept when another mode is chosen
};
/// The saved choice; a bad mode, or an address that is not a usable http:// one, is removed and noted
/// (the check goes back to the system's address).
PortalCheck portalCheck();
void setPortalCheck(const PortalCheck& check);

/// The one sentence to show the user about settings that were reset, once per process; empty when
/// nothing was wrong or it was already taken.
QString takeNotice();

/// Tests only: forget what was checked and noted in this process.
void resetForTests();

} // namespace tcpd::ui::SettingsGuard
