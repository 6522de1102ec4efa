// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

#include <gtest/gtest.h>

namespace tcpd::test {

/// What a program run by runHeadless() did.
struct CliResult {
    int exitCode = -1; ///< -1 when it crashed or was killed
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

/// English, a private HOME (logs and settings stay in the test's folder) and no display, as on a
/// headless machine.
inline QProcessEnvironment headlessEnvironment(const QString& home)
{
    using namespace Qt::StringLiterals;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"en_US.UTF-8"_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    return env;
}

/// Runs `program args` in headlessEnvironment() (the PDF path must work so). Bounded: killed after 60 s.
inline CliResult runHeadless(const QString& program, const QStringList& args, const QString& home)
{
    QProcess p;
    p.setProcessEnvironment(headlessEnvironment(home));
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    EXPECT_TRUE(p.waitForFinished(60000)) << "did not finish: " << program.toStdString();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5000);
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError(), t.elapsed()};
}

} // namespace tcpd::test
