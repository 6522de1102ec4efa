// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The composition root: command line or wizard, logging, translations.

#include "Cli.h"
#include "Commands.h"
#include "Logging.h"
#include "Translations.h"
#include "Version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cerrno>
#include <cstdio>

#ifdef TCPDOCTOR_GUI
#include "ReportPdf.h"
#include "Wizard.h"
#include "widgets/LanguageButton.h"
#include <QApplication>
#include <QIcon>
#endif

#include <memory>

using namespace Qt::StringLiterals;

namespace {
void setIdentity()
{
    QCoreApplication::setOrganizationName(u"tcpdoctor"_s);
    QCoreApplication::setApplicationName(u"tcpdoctor"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TCPDOCTOR_VERSION));
}

#ifdef TCPDOCTOR_GUI
/// False where the wizard cannot open a window: a Linux or BSD session without X11 or Wayland (an
/// SSH login, a service) and no QT_QPA_PLATFORM chosen. Qt would abort with six lines there.
bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}
#endif

QStringList rawArguments(int argc, char** argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i) {
        list << QString::fromLocal8Bit(argv[i]);
    }
    return list;
}
} // namespace

int main(int argc, char** argv)
{
    tcpd::app::keepEarlyQtMessages(); // before the application object: its notes go to the log
    const QStringList args = rawArguments(argc, argv);
    const bool cli = tcpd::app::wantsCli(args);
    QString language = tcpd::app::languageArgument(args); // --lang beats the saved choice

    std::unique_ptr<QCoreApplication> app;
    bool noDisplay = false;
#ifdef TCPDOCTOR_GUI
    if (cli && tcpd::app::wantsPdf(args)) {
        // A PDF report needs Qt Gui (fonts, QPdfWriter): only then, and without a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else if (cli) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else if (!hasDisplay()) {
        noDisplay = true; // said in one line below, once the translations are in
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        app = std::make_unique<QApplication>(argc, argv);
        // The installed .desktop entry and hicolor icon carry this id (packaging/linux).
        QGuiApplication::setDesktopFileName(u"io.github.tcpdoctor.TcpDoctor"_s);
        QApplication::setWindowIcon(QIcon::fromTheme(u"io.github.tcpdoctor.TcpDoctor"_s));
    }
#else
    app = std::make_unique<QCoreApplication>(argc, argv);
#endif
    setIdentity();
#ifdef TCPDOCTOR_GUI
    tcpd::reportpdf::registerPdfFormat(); // .pdf for --report and the export dialog
#endif
    tcpd::app::setupLogging(tcpd::app::verboseArgument(args));
#ifdef TCPDOCTOR_GUI
    if (!cli && language.isEmpty()) {
        language = tcpd::ui::LanguageButton::savedLanguage(); // the wizard's language menu
        if (!tcpd::app::isAvailableLanguage(language)) {
            language.clear(); // a saved language this build no longer has: the system's
        }
    }
#endif
    if (!tcpd::app::installTranslators(language)) {
        tcpd::app::installTranslators(QString());
        QTextStream(stderr) << QCoreApplication::translate("Main", "tcpdoctor: no translation for \"%1\"; "
                                                                   "available: %2.")
                                   .arg(tcpd::app::shownArg(language, 40), tcpd::app::availableLanguages().join(u", "_s))
                            << u"\n"_s;
        if (cli) {
            tcpd::app::shutdownLogging();
            return 2; // bad input on the command line (CONTRACT.md exit codes)
        }
        // The wizard still opens (a shortcut with a wrong --lang must not leave the person with nothing),
        // in the system's language; the line above went to stderr for whoever looks.
    }

    if (noDisplay) {
        tcpd::app::failLine(QCoreApplication::translate("Main", "there is no display here to open the wizard on "
                                                                "(no DISPLAY or WAYLAND_DISPLAY); the command line "
                                                                "works: run \"tcpdoctor --help\"."));
        tcpd::app::shutdownLogging();
        return 2;
    }

    int rc = 0;
    if (cli) {
        rc = tcpd::app::runCli(args);
        // Whatever the command printed must have arrived: a full disk or a closed pipe behind stdout is
        // the tool failing (exit 3, one line), never a silent half-written result.
        errno = 0;
        if (std::fflush(stdout) != 0 || std::ferror(stdout) != 0) {
            const int err = errno;
            QTextStream(stderr) << (err != 0 ? QCoreApplication::translate("Main", "tcpdoctor: the output could not be "
                                                                                 "written: %1.")
                                                   .arg(qt_error_string(err))
                                             : QCoreApplication::translate("Main", "tcpdoctor: the output could not be "
                                                                                 "written (the disk may be full, or the "
                                                                                 "program reading it stopped)."))
                                << u"\n"_s;
            rc = 3;
        }
    } else {
#ifdef TCPDOCTOR_GUI
        // The language menu installs the new language's translators and rebuilds the window.
        tcpd::ui::openWizardWindow(language, [](const QString& code) { tcpd::app::installTranslators(code); });
        rc = QCoreApplication::exec();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the closed wizard, workers joined
#else
        QTextStream(stderr) << QCoreApplication::translate("Main", "tcpdoctor: this build has no wizard; run "
                                                                   "\"tcpdoctor --help\" for the command line.")
                            << u"\n"_s;
        rc = 2;
#endif
    }
    tcpd::app::shutdownLogging();
    return rc;
}
