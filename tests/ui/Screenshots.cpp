// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Renders the wizard's pages to PNG files, so people can look at them without a screen:
//   QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=2 wizard_screenshots OUTDIR [dark]
// Used for docs/ screenshots and for reviewing layouts at 100 % / 200 %, light and dark.

#include "LoopbackServer.h"
#include "Wizard.h"
#include "pages/PortTestPage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QStyleFactory>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
void pump(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
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
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QDir out(args.value(1, u"."_s));
    QDir().mkpath(out.path());
    const bool dark = args.contains(u"dark"_s);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    if (dark) {
        QApplication::setPalette(darkPalette());
    }
    const QString suffix = dark ? u"-dark"_s : QString();

    const auto shoot = [&](QWidget& w, const QString& name) {
        w.grab().save(out.filePath(name + suffix + u".png"_s));
    };

    tcpd::test::LoopbackServer open(tcpd::test::LoopbackServer::Mode::Banner, "SSH-2.0-OpenSSH_9.2\r\n");
    const unsigned short closed = tcpd::test::LoopbackServer::closedPort();

    tcpd::ui::Wizard wizard;
    wizard.show();
    pump(50);
    shoot(wizard, u"1-target-empty"_s);
    auto* edit = wizard.findChild<QLineEdit*>(u"targetEdit"_s);
    edit->setText(u"example.com:99999"_s);
    pump(20);
    shoot(wizard, u"2-target-error"_s);

    const auto run = [&](const QString& target, const QString& name, bool details) {
        wizard.restart();
        edit->setText(target);
        wizard.next();
        QElapsedTimer t;
        t.start();
        while (wizard.portTestPage()->isRunning() && t.elapsed() < 15000) {
            pump(20);
        }
        if (details) {
            wizard.findChild<QPushButton*>(u"detailsToggle"_s)->setChecked(true);
        }
        pump(50);
        shoot(wizard, name);
    };
    run(u"127.0.0.1:%1"_s.arg(closed), u"3-refused"_s, false);
    run(u"127.0.0.1:%1"_s.arg(open.port()), u"4-reachable-details"_s, true);
    return 0;
}
