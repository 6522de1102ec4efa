// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Renders every page of the wizard to PNG files, so people can look at them without a screen:
//   QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=2 wizard_screenshots OUTDIR [dark] [--lang CODE]
// scripts/screenshots uses it to regenerate docs/screenshots (100 % and 200 %, light and dark).

#include "LoopbackServer.h"
#include "SilentPort.h"
#include "Translations.h"
#include "Wizard.h"
#include "UiTestSupport.h"
#include "WizardModel.h"
#include "pages/BatchPage.h"
#include "pages/WatchPage.h"
#include "pages/IdlePage.h"
#include "diagnosis/Diagnosis.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QLabel>
#include <QPlainTextEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonDocument>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QRadioButton>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
void pump(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void waitIdle(tcpd::ui::Wizard& w)
{
    QElapsedTimer t;
    t.start();
    while (w.model()->isRunning() && t.elapsed() < 15000) {
        pump(20);
    }
    pump(50);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
    return p;
}
} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QTemporaryDir config; // never touch the user's settings
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"tcpdoctor-screenshots"_s);
    const QStringList args = QCoreApplication::arguments();
    const QDir out(args.value(1, u"."_s));
    QDir().mkpath(out.path());
    const bool dark = args.contains(u"dark"_s); // "light" (or nothing) for the default palette
    const qsizetype langAt = args.indexOf(u"--lang"_s); // the language, as tcpdoctor --lang CODE
    if (!tcpd::app::installTranslators(langAt > 0 ? args.value(langAt + 1) : u"en"_s)) {
        qCritical("wizard_screenshots: no translation for \"%s\"", qPrintable(args.value(langAt + 1)));
        return 2;
    }
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    if (dark) {
        QApplication::setPalette(darkPalette());
    }
    const QString suffix = dark ? u"-dark"_s : u"-light"_s;

    tcpd::test::LoopbackServer open(tcpd::test::LoopbackServer::Mode::Banner, "SSH-2.0-OpenSSH_9.2\r\n");
    const unsigned short closed = tcpd::test::LoopbackServer::closedPort();
    // A TLS server with a self-signed certificate, for the service page: served on this thread's event loop
    // while the check runs on its workers.
    QSslServer tls;
    {
        QFile crt(u":/screenshots/screenshot-tls.crt"_s);
        QFile key(u":/screenshots/screenshot-tls.key"_s);
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        if (!crt.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
            qCritical("wizard_screenshots: the test certificate or key is missing");
            return 2;
        }
        const QSslCertificate certificate(crt.readAll());
        const QSslKey privateKey(key.readAll(), QSsl::Ec);
        if (certificate.isNull() || privateKey.isNull()) {
            qCritical("wizard_screenshots: the test certificate or key cannot be read");
            return 2;
        }
        conf.setLocalCertificate(certificate);
        conf.setPrivateKey(privateKey);
        tls.setSslConfiguration(conf);
        QObject::connect(&tls, &QSslServer::pendingConnectionAvailable, &tls, [&tls] {
            while (QTcpSocket* s = tls.nextPendingConnection()) {
                s->setParent(&tls);
            }
        });
        if (!tls.listen(QHostAddress::LocalHost, 0)) {
            qCritical("wizard_screenshots: no TLS server: %s", qPrintable(tls.errorString()));
            return 2;
        }
    }

    tcpd::ui::Wizard wizard;
    wizard.show();
    const auto shoot = [&](const QString& name) {
        pump(60);
        wizard.grab().save(out.filePath(name + suffix + u".png"_s));
    };

    // --report FILE NAME (repeatable): the summary of a report saved by the lab (tests/ui/data/), as
    // the wizard shows it; nothing else is shot then.
    bool reportsOnly = false;
    for (qsizetype i = args.indexOf(u"--report"_s); i > 0 && i + 2 < args.size(); i = args.indexOf(u"--report"_s, i + 1)) {
        reportsOnly = true;
        QFile file(args.value(i + 1));
        QString error;
        const std::optional<tcpd::core::Report> report = file.open(QIODevice::ReadOnly)
            ? tcpd::core::reportFromJson(QJsonDocument::fromJson(file.readAll()).object(), &error)
            : std::nullopt;
        if (!report) {
            qCritical("wizard_screenshots: %s: %s", qPrintable(args.value(i + 1)), qPrintable(error));
            return 2;
        }
        // Judged again, so the verdict's texts are in the chosen language (the data never changes).
        tcpd::core::Report judged = *report;
        judged.verdict = tcpd::core::diagnose(judged.target, judged.steps);
        wizard.model()->showSavedReport(judged);
        wizard.setStartId(tcpd::ui::Wizard::SummaryPageId);
        wizard.restart();
        shoot(args.value(i + 2));
    }
    // --watch FILE NAME (repeatable): a watch the lab saved as JSON Lines, opened on the watch page.
    for (qsizetype i = args.indexOf(u"--watch"_s); i > 0 && i + 2 < args.size(); i = args.indexOf(u"--watch"_s, i + 1)) {
        reportsOnly = true;
        wizard.setStartId(tcpd::ui::Wizard::StartPageId);
        wizard.restart();
        wizard.findChild<QCommandLinkButton*>(u"watchPathButton"_s)->click();
        auto* page = qobject_cast<tcpd::ui::WatchPage*>(wizard.currentPage());
        if (page == nullptr || !page->openFile(args.value(i + 1))) {
            qCritical("wizard_screenshots: %s cannot be shown as a watch", qPrintable(args.value(i + 1)));
            return 2;
        }
        shoot(args.value(i + 2));
    }
    if (reportsOnly) {
        return 0;
    }
    wizard.setStartId(tcpd::ui::Wizard::StartPageId);
    auto* edit = wizard.findChild<QLineEdit*>(u"targetEdit"_s);
    const auto start = [&](const QString& target, bool stepByStep) {
        wizard.restart();
        edit->setText(target);
        wizard.findChild<QRadioButton*>(stepByStep ? u"stepByStepMode"_s : u"checkAllMode"_s)->setChecked(true);
        wizard.next();
    };

    shoot(u"01-start"_s);
    edit->setText(u"nas.example:99999"_s);
    shoot(u"02-start-error"_s);

    // Step by step against a port where nothing listens.
    start(u"127.0.0.1:%1"_s.arg(closed), true);
    waitIdle(wizard);
    const QStringList stepNames = {u"03-step-link"_s, u"04-step-ip"_s, u"05-step-dns"_s, u"05b-step-proxy"_s,
                                   u"06-step-firewall"_s, u"07-step-port-refused"_s};
    for (const QString& name : stepNames) {
        shoot(name);
        wizard.next();
    }
    wizard.next(); // the service page: skipped, nothing answered on the port
    waitIdle(wizard);
    shoot(u"08-summary-refused"_s);

    // Step by step to a web server whose certificate signed itself: the service page has something to say.
    start(u"https://127.0.0.1:%1/"_s.arg(tls.serverPort()), true);
    waitIdle(wizard);
    for (int i = 0; i < stepNames.size(); ++i) {
        wizard.next();
    }
    shoot(u"07b-step-service"_s);

    // Everything at once against a service that answers, with the details open.
    start(u"127.0.0.1:%1"_s.arg(open.port()), false);
    shoot(u"09-check-all"_s);
    waitIdle(wizard);
    wizard.findChild<QPushButton*>(u"detailsToggle"_s)->setChecked(true);
    shoot(u"10-summary-reachable"_s);

    // A dropped port, as each role reads it (issue 23): home in plain words, helpdesk with the questions to
    // ask and the ticket summary, admin with all the evidence.
    {
        tcpd::test::SilentPort silent;
        auto* role = wizard.findChild<QComboBox*>(u"roleCombo"_s);
        const QList<std::pair<tcpd::ui::WizardModel::Role, QString>> roles = {
            {tcpd::ui::WizardModel::Role::Home, u"27-summary-dropped-home"_s},
            {tcpd::ui::WizardModel::Role::Helpdesk, u"28-summary-dropped-helpdesk"_s},
            {tcpd::ui::WizardModel::Role::Admin, u"29-summary-dropped-admin"_s}};
        for (const auto& [which, name] : roles) {
            wizard.restart();
            role->setCurrentIndex(role->findData(static_cast<int>(which)));
            edit->setText(u"127.0.0.1:%1"_s.arg(silent.port()));
            wizard.findChild<QRadioButton*>(u"checkAllMode"_s)->setChecked(true);
            wizard.next();
            waitIdle(wizard);
            shoot(name);
        }
        wizard.restart();
        role->setCurrentIndex(role->findData(static_cast<int>(tcpd::ui::WizardModel::Role::Home)));
        wizard.next(); // nothing typed: stays on the start page, and the role is taken back to home
    }

    // Bounded: the page answers within a few seconds or the picture shows it still working.
    const auto until = [](const std::function<bool()>& done) { tcpd::test::waitFor(done, 10000); };
    // "I have an error message", with a Windows message pasted.
    wizard.restart();
    wizard.findChild<QCommandLinkButton*>(u"explainPathButton"_s)->click();
    wizard.findChild<QPlainTextEdit*>(u"explainInput"_s)
        ->setPlainText(u"No connection could be made because the target machine actively refused it. 192.0.2.10:3389"_s);
    wizard.findChild<QPushButton*>(u"explainButton"_s)->click();
    shoot(u"11-explain"_s);

    // "This computer is the server", for the port the test service listens on.
    wizard.restart();
    wizard.findChild<QCommandLinkButton*>(u"serverPathButton"_s)->click();
    auto* serverTitle = wizard.currentPage()->findChild<QLabel*>(u"verdictTitle"_s);
    auto* check = wizard.findChild<QPushButton*>(u"refreshButton"_s);
    until([&] { return serverTitle != nullptr && !serverTitle->text().isEmpty() && check->isEnabled(); }); // the first look
    wizard.findChild<QLineEdit*>(u"serverPortEdit"_s)->setText(QString::number(open.port()));
    check->click();
    until([&] { return serverTitle->text().contains(QString::number(open.port())) && check->isEnabled(); });
    shoot(u"12-server"_s);

    // A list of endpoints: one answers, one refuses, one line is not a target.
    wizard.restart();
    wizard.findChild<QCommandLinkButton*>(u"batchPathButton"_s)->click();
    auto* batch = qobject_cast<tcpd::ui::BatchPage*>(wizard.currentPage());
    wizard.findChild<QPlainTextEdit*>(u"batchInput"_s)
        ->setPlainText(u"# the till's servers\n127.0.0.1:%1\n127.0.0.1:%2\nnas.example:99999\n"_s.arg(open.port()).arg(closed));
    if (batch != nullptr) {
        batch->start();
        until([&] { return !batch->isRunning(); });
    }
    shoot(u"13-batch"_s);

    // Watching the service that answers: twenty connections, drawn as they come.
    wizard.restart();
    edit->setText(u"127.0.0.1:%1"_s.arg(open.port()));
    wizard.findChild<QCommandLinkButton*>(u"watchPathButton"_s)->click();
    if (auto* watch = qobject_cast<tcpd::ui::WatchPage*>(wizard.currentPage())) {
        wizard.findChild<QDoubleSpinBox*>(u"watchInterval"_s)->setValue(0.1);
        watch->start();
        until([&] { return !watch->isRunning(); });
    }
    shoot(u"23-watch"_s);

    // Connections dropped after a pause: a server that closes silent connections after 1.5 s.
    {
        tcpd::test::LoopbackServer closing(tcpd::test::LoopbackServer::Mode::CloseWhenIdle);
        wizard.restart();
        edit->setText(u"127.0.0.1:%1"_s.arg(closing.port()));
        wizard.findChild<QCommandLinkButton*>(u"idlePathButton"_s)->click();
        if (auto* idle = qobject_cast<tcpd::ui::IdlePage*>(wizard.currentPage())) {
            idle->setPeriods({1, 3});
            idle->start();
            until([&] { return !idle->isRunning(); });
        }
        shoot(u"26-idle"_s);
    }

    // The settings: where the sign-in page check asks, with an address that cannot be one.
    wizard.restart();
    QTimer::singleShot(0, &wizard, [&] {
        if (auto* dialog = QApplication::activeModalWidget()) {
            dialog->findChild<QLineEdit*>(u"portalUrlEdit"_s)->setText(u"https://portal-check.example/"_s);
            pump(60);
            dialog->grab().save(out.filePath(u"21-settings"_s + suffix + u".png"_s));
            dialog->close();
        }
    });
    wizard.findChild<QPushButton*>(u"settingsButton"_s)->click();
    return 0;
}
