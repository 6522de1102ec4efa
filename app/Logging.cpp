// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtGlobal>

#include <spdlog/cfg/env.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace tcpd::app {

namespace {

/// A folder that exists and is a real folder, not a link to one.
bool isRealDirectory(const QString& path)
{
    const QFileInfo info(path);
    return info.isDir() && !info.isSymLink();
}

/// Where logs go, or nothing when there is no good place. Never a relative XDG_DATA_HOME (the XDG
/// spec says to ignore it), never a home folder that does not exist (root with HOME=/nonexistent
/// must not create it).
QString logDirectory()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    const QString xdg = qEnvironmentVariable("XDG_DATA_HOME");
    const QString home = qEnvironmentVariable("HOME");
    QString base;
    if (!xdg.isEmpty() && QDir::isAbsolutePath(xdg)
        && (isRealDirectory(xdg) || (!QFileInfo::exists(xdg) && isRealDirectory(QFileInfo(xdg).absolutePath())))) {
        base = xdg;
    } else if (!home.isEmpty() && QDir::isAbsolutePath(home) && isRealDirectory(home)) {
        base = home + u"/.local/share"_s;
    } else {
        return {};
    }
    return base + u"/tcpdoctor/logs"_s;
#else
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return base.isEmpty() ? QString() : base + u"/logs"_s;
#endif
}

/// Only a regular file (or none yet) is written: not a link, a FIFO (opening one would hang) or a device.
bool safeToWrite(const QString& file)
{
    const QFileInfo info(file);
    if (info.isSymLink()) {
        return false;
    }
    return !info.exists() || info.isFile();
}

// Qt's notes from before the log exists (creating the application object), kept for it. Bounded.
QStringList& earlyMessages()
{
    static QStringList messages;
    return messages;
}

void qtMessageKept(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "tcpdoctor: %s\n", message.toLocal8Bit().constData()); // Qt aborts next
        return;
    }
    if (earlyMessages().size() < 50) {
        earlyMessages() << message;
    }
}

void qtMessageToLog(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    // Qt's own notes ("XDG_RUNTIME_DIR not set", font fallbacks...) are for the log, not for the
    // person's terminal: the command line's output is its contract. --verbose shows them too.
    const std::string text = message.toStdString();
    switch (type) {
    case QtCriticalMsg:
    case QtFatalMsg: spdlog::error("Qt: {}", text); break;
    default: spdlog::debug("Qt: {}", text); break;
    }
}

} // namespace

void keepEarlyQtMessages()
{
    qInstallMessageHandler(qtMessageKept);
}

QString logFilePath()
{
    const QString dir = logDirectory();
    return dir.isEmpty() ? QString() : dir + u"/tcpdoctor.log"_s;
}

void setupLogging(bool verbose)
{
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
    console->set_pattern("tcpdoctor: [%l] %v");
    sinks.push_back(console);

    const QString path = logFilePath();
    const QString dir = QFileInfo(path).absolutePath();
    QString skipped;
    if (path.isEmpty()) {
        skipped = u"no usable home or XDG_DATA_HOME folder"_s;
    } else if (!QDir().mkpath(dir) || !isRealDirectory(dir)) {
        skipped = u"the folder could not be made, or is a link"_s;
    } else if (!safeToWrite(path)) {
        skipped = u"the log is a link, a FIFO or a device, not a file"_s;
    } else {
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path.toStdString(), 1024 * 1024, 3);
            file->set_level(spdlog::level::debug);
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex&) {
            skipped = u"it could not be opened"_s; // read-only home, another user's folder...
        }
    }
    auto logger = std::make_shared<spdlog::logger>("tcpdoctor", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::debug);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    spdlog::cfg::load_env_levels();
    qInstallMessageHandler(qtMessageToLog);
    for (const QString& message : std::as_const(earlyMessages())) {
        spdlog::debug("Qt (at start): {}", message.toStdString());
    }
    earlyMessages().clear();
    if (skipped.isEmpty()) {
        spdlog::debug("tcpdoctor starting; log file {}", path.toStdString());
    } else {
        spdlog::debug("tcpdoctor starting; no log file ({}): {}", skipped.toStdString(), path.toStdString());
    }
}

void shutdownLogging()
{
    spdlog::shutdown();
}

} // namespace tcpd::app
