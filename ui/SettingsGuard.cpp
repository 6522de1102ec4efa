// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "SettingsGuard.h"

#include "steps/ProxyStep.h"
#include "target/Target.h"

#include <QCoreApplication>
#include <QSettings>
#include <QVariant>

#include <mutex>

using namespace Qt::StringLiterals;

namespace tcpd::ui::SettingsGuard {

namespace {
struct SettingsGuardText {
    Q_DECLARE_TR_FUNCTIONS(SettingsGuard)
};

std::mutex g_mutex;
bool g_fileChecked = false;
bool g_noticeTaken = false;
constexpr const char* kAllSettings = QT_TRANSLATE_NOOP("SettingsGuard", "all settings");
/// What was reset, as untranslated source texts: they are translated when the notice is shown, in the
/// language chosen by then (the settings are checked before any translator is installed).
QList<QByteArray> g_reset;

void note(const char* what)
{
    std::lock_guard<std::mutex> lock(g_mutex);
    if (!g_reset.contains(QByteArray(what))) {
        g_reset << QByteArray(what);
    }
}

/// A QSettings that writes atomically or not at all (the default since Qt 5.10; said here anyway).
struct Settings : QSettings {
    Settings() { setAtomicSyncRequired(true); }
};

bool plainLine(const QString& s)
{
    for (const QChar c : s) {
        const QChar::Category cat = c.category();
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || cat == QChar::Other_Control || cat == QChar::Other_Format
            || cat == QChar::Separator_Line || cat == QChar::Separator_Paragraph || cat == QChar::Other_Surrogate
            || cat == QChar::Other_NotAssigned || c == QChar::ReplacementCharacter) {
            return false;
        }
    }
    return true;
}

/// The valid recent targets of `values`, at most kMaxRecent; `*dropped` says whether any was left out.
QStringList cleanRecent(const QVariantList& values, bool* dropped)
{
    QStringList out;
    *dropped = false;
    for (const QVariant& v : values) {
        if (out.size() >= kMaxRecent) {
            *dropped = true;
            break;
        }
        if (v.typeId() != QMetaType::QString) {
            *dropped = true;
            continue;
        }
        const QString s = v.toString();
        const QString t = s.trimmed();
        // Checked in this order so a 1 MB value is never parsed.
        if (t.isEmpty() || s.size() > kMaxTargetChars || !plainLine(t) || out.contains(t)
            || !(core::parseTarget(t).ok() || core::parseTarget(t, u"443"_s).ok())) { // or the port was in its own box
            *dropped = true;
            continue;
        }
        out << t;
    }
    return out;
}

QVariantList asList(const QVariant& v, bool* ok)
{
    *ok = true;
    switch (v.typeId()) {
    case QMetaType::QStringList: {
        QVariantList list;
        for (const QString& s : v.toStringList()) {
            list << s;
        }
        return list;
    }
    case QMetaType::QString: return {v};
    case QMetaType::QVariantList: return v.toList();
    default: *ok = false; return {};
    }
}
} // namespace

void checkFile()
{
    {
        std::lock_guard<std::mutex> lock(g_mutex);
        if (g_fileChecked) {
            return;
        }
        g_fileChecked = true;
    }
    Settings s;
    if (s.status() == QSettings::FormatError) {
        // Not a settings file QSettings can read: start again from the defaults.
        s.clear();
        s.sync();
        note(kAllSettings);
    }
}

QStringList recentTargets()
{
    checkFile();
    Settings s;
    const QString key = u"wizard/recent"_s;
    if (!s.contains(key)) {
        return {};
    }
    bool ok = false;
    const QVariantList values = asList(s.value(key), &ok);
    bool dropped = !ok;
    const QStringList clean = ok ? cleanRecent(values, &dropped) : QStringList();
    if (dropped) {
        note(QT_TRANSLATE_NOOP("SettingsGuard", "the list of recent targets"));
        if (clean.isEmpty()) {
            s.remove(key);
        } else {
            s.setValue(key, clean);
        }
    }
    return clean;
}

void setRecentTargets(const QStringList& list)
{
    checkFile();
    QVariantList values;
    for (const QString& t : list) {
        values << t;
    }
    bool dropped = false;
    Settings().setValue(u"wizard/recent"_s, cleanRecent(values, &dropped));
}

int boundedInt(const QString& key, int fallback, int min, int max)
{
    checkFile();
    Settings s;
    if (!s.contains(key)) {
        return fallback;
    }
    const QVariant v = s.value(key);
    bool ok = false;
    const int n = v.typeId() == QMetaType::QString || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong
        ? v.toInt(&ok)
        : 0;
    if (ok && n >= min && n <= max) {
        return n;
    }
    s.remove(key);
    note(QT_TRANSLATE_NOOP("SettingsGuard", "your choices on the first page"));
    return fallback;
}

QByteArray geometry(const QString& key)
{
    checkFile();
    Settings s;
    if (!s.contains(key)) {
        return {};
    }
    const QVariant v = s.value(key);
    if (v.typeId() == QMetaType::QByteArray && v.toByteArray().size() <= kMaxGeometryBytes) {
        return v.toByteArray(); // QWidget::restoreGeometry checks the rest (magic number, version, screen)
    }
    s.remove(key);
    note(QT_TRANSLATE_NOOP("SettingsGuard", "the window size"));
    return {};
}

QString language(const QString& key, const QStringList& available)
{
    checkFile();
    Settings s;
    if (!s.contains(key)) {
        return {};
    }
    const QVariant v = s.value(key);
    const QString code = v.typeId() == QMetaType::QString ? v.toString() : QString();
    if (v.typeId() == QMetaType::QString && code.size() <= kMaxLanguageChars
        && (code.isEmpty() || available.contains(code))) {
        return code;
    }
    s.remove(key);
    note(QT_TRANSLATE_NOOP("SettingsGuard", "the language"));
    return {};
}

PortalCheck portalCheck()
{
    PortalCheck check;
    check.mode = static_cast<PortalCheck::Mode>(boundedInt(u"check/portalMode"_s, 0, 0, 2));
    Settings s;
    if (s.contains(u"check/portalUrl"_s)) {
        const QVariant v = s.value(u"check/portalUrl"_s);
        if (v.typeId() == QMetaType::QString && core::usablePortalUrl(v.toString())) {
            check.url = v.toString();
        } else {
            s.remove(u"check/portalUrl"_s);
            note(QT_TRANSLATE_NOOP("SettingsGuard", "the sign-in page check address"));
        }
    }
    if (check.mode == PortalCheck::Mode::Address && check.url.isEmpty()) {
        s.remove(u"check/portalMode"_s);
        check.mode = PortalCheck::Mode::System;
    }
    return check;
}

void setPortalCheck(const PortalCheck& check)
{
    Settings s;
    const bool address = core::usablePortalUrl(check.url);
    s.setValue(u"check/portalMode"_s,
               static_cast<int>(check.mode == PortalCheck::Mode::Address && !address ? PortalCheck::Mode::System : check.mode));
    if (address) {
        s.setValue(u"check/portalUrl"_s, check.url);
    } else {
        s.remove(u"check/portalUrl"_s);
    }
}

QString takeNotice()
{
    std::lock_guard<std::mutex> lock(g_mutex);
    if (g_noticeTaken || g_reset.isEmpty()) {
        return {};
    }
    g_noticeTaken = true;
    if (g_reset.contains(QByteArray(kAllSettings))) {
        return SettingsGuardText::tr("The saved settings could not be read and were reset to the defaults. Nothing else "
                                     "was affected.");
    }
    QStringList what;
    for (const QByteArray& source : std::as_const(g_reset)) {
        what << SettingsGuardText::tr(source.constData());
    }
    return SettingsGuardText::tr("Some saved settings were damaged and have been reset: %1. Nothing else was affected.")
        .arg(what.join(u", "_s));
}

void resetForTests()
{
    std::lock_guard<std::mutex> lock(g_mutex);
    g_fileChecked = false;
    g_noticeTaken = false;
    g_reset.clear();
}

} // namespace tcpd::ui::SettingsGuard
