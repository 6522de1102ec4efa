// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <spdlog/cfg/env.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace tcpd::app {

QString logFilePath()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (base.isEmpty()) {
        base = QDir::tempPath() + u"/tcpdoctor"_s;
    }
    return base + u"/logs/tcpdoctor.log"_s;
}

void setupLogging(bool verbose)
{
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
    console->set_pattern("tcpdoctor: [%l] %v");
    sinks.push_back(console);

    const QString path = logFilePath();
    if (QDir().mkpath(QFileInfo(path).absolutePath())) {
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path.toStdString(), 1024 * 1024, 3);
            file->set_level(spdlog::level::debug);
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex&) {
            // No log file (read-only home, another user's folder...): the console still works.
        }
    }
    auto logger = std::make_shared<spdlog::logger>("tcpdoctor", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::debug);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    spdlog::cfg::load_env_levels();
    spdlog::debug("tcpdoctor starting; log file {}", path.toStdString());
}

void shutdownLogging()
{
    spdlog::shutdown();
}

} // namespace tcpd::app
