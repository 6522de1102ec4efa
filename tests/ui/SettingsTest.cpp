// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Issue 14: a corrupt or hostile settings file (garbage bytes, wrong types, 10 000 recent targets, a
// 1 MB value, targets with control characters) never crashes or hangs the wizard: bad values are
// dropped or reset, the user is told once, and what is written is written atomically.
// tests/ui/main.cpp points XDG_CONFIG_HOME at a temporary folder: the user's settings are never touched.

#include "LoopbackServer.h"
#include "SettingsGuard.h"
#include "UiTestSupport.h"
#include "Wizard.h"
#include "WizardModel.h"
#include "dialogs/SettingsDialog.h"
#include "evidence/ProxyEvidence.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSettings>
#include <QTimer>

#include <functional>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using tcpd::ui::Wizard;
namespace Guard = tcpd::ui::SettingsGuard;

namespace {

QString settingsPath()
{
    return QSettings().fileName();
}

/// Replaces the settings file with `bytes`, as another program (or a crash) might have left it.
void writeSettingsFile(const QByteArray& bytes)
{
    const QString path = settingsPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    ASSERT_TRUE(f.commit());
    Guard::resetForTests();
}

struct Shown {
    QStringList recent;
    QString notice;
    qint64 ms = 0;
};

/// Opens the wizard on the settings as they are (bounded by the test's own timeout) and reads what
/// the first page shows.
Shown openWizard()
{
    QElapsedTimer t;
    t.start();
    Wizard wizard;
    wizard.show();
    Shown s;
    auto* list = wizard.findChild<QListWidget*>(u"recentTargets"_s);
    EXPECT_NE(list, nullptr);
    for (int i = 0; list != nullptr && i < list->count(); ++i) {
        s.recent << list->item(i)->text();
    }
    // The line under the boxes also says what to type while the box is empty; a notice is a warning (⚠).
    if (auto* error = wizard.findChild<QLabel*>(u"targetError"_s); error != nullptr && error->text().startsWith(u"⚠"_s)) {
        s.notice = error->text();
    }
    s.ms = t.elapsed();
    return s;
}

QByteArray recentLine(const QStringList& targets)
{
    QByteArray line = "recent=";
    for (qsizetype i = 0; i < targets.size(); ++i) {
        line += (i > 0 ? ", " : "") + targets[i].toUtf8();
    }
    return line + "\n";
}

/// Leaves the settings empty for the tests that run after these in the same process.
class Settings : public ::testing::Test
{
protected:
    void TearDown() override
    {
        QSettings().clear();
        Guard::resetForTests();
    }
};

} // namespace

TEST_F(Settings, GarbageBytesAreResetWithOneNotice)
{
    QByteArray garbage = "\x01\x02\xff\xfe garbage\n[wizard\nrole=abc\n\x00\x00";
    for (int i = 0; i < 4096; ++i) {
        garbage.append(static_cast<char>(i * 7 + 13));
    }
    writeSettingsFile(garbage);
    const Shown first = openWizard();
    EXPECT_TRUE(first.recent.isEmpty());
    EXPECT_TRUE(first.notice.contains(u"settings could not be read and were reset to the defaults"_s)) << first.notice.toStdString();
    EXPECT_LT(first.ms, 10000) << "hang bound";
    // Reset means a readable file now, and the notice is not repeated.
    EXPECT_EQ(QSettings().status(), QSettings::NoError);
    EXPECT_TRUE(openWizard().notice.isEmpty());
}

TEST_F(Settings, WrongTypesFallBackToDefaults)
{
    writeSettingsFile("[wizard]\nrole=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x10garbage)\nmode=@ByteArray(xyz)\n"
                      "geometry=not a geometry\nrecent=@Variant(\\0\\0\\0\\x2\\0\\0\\0\\x5)\n");
    const Shown s = openWizard();
    EXPECT_TRUE(s.recent.isEmpty());
    EXPECT_FALSE(s.notice.isEmpty());
    tcpd::ui::WizardModel model;
    EXPECT_EQ(model.role(), tcpd::ui::WizardModel::Role::Home);
    EXPECT_EQ(model.mode(), tcpd::ui::WizardModel::Mode::All);
    QSettings after;
    EXPECT_FALSE(after.contains(u"wizard/role"_s)) << "a bad value is removed, not kept";
    EXPECT_FALSE(after.contains(u"wizard/recent"_s));
}

TEST_F(Settings, OutOfRangeRoleIsReset)
{
    writeSettingsFile("[wizard]\nrole=99\nmode=-5\n");
    tcpd::ui::WizardModel model;
    EXPECT_EQ(model.role(), tcpd::ui::WizardModel::Role::Home);
    EXPECT_EQ(model.mode(), tcpd::ui::WizardModel::Mode::All);
    EXPECT_FALSE(Guard::takeNotice().isEmpty());
}

TEST_F(Settings, TenThousandRecentTargetsBecomeTen)
{
    QStringList many;
    for (int i = 0; i < 10000; ++i) {
        many << u"host%1.example:%2"_s.arg(i).arg(1000 + i % 50000);
    }
    writeSettingsFile("[wizard]\n" + recentLine(many));
    const Shown s = openWizard();
    EXPECT_LT(s.ms, 10000) << "hang bound";
    ASSERT_EQ(s.recent.size(), Guard::kMaxRecent);
    EXPECT_EQ(s.recent.front(), u"host0.example:1000");
    EXPECT_EQ(QSettings().value(u"wizard/recent"_s).toStringList().size(), Guard::kMaxRecent) << "the file is cleaned";
}

TEST_F(Settings, AOneMegabyteValueIsDropped)
{
    const QByteArray huge(1024 * 1024, 'a');
    writeSettingsFile("[wizard]\nrecent=" + huge + ".example:22, ok.example:22\ngeometry=@ByteArray(" + huge
                      + ")\nrole=" + huge + "\n");
    const Shown s = openWizard();
    EXPECT_LT(s.ms, 10000) << "hang bound";
    EXPECT_EQ(s.recent, QStringList{u"ok.example:22"_s});
    EXPECT_FALSE(s.notice.isEmpty());
    QSettings after;
    EXPECT_FALSE(after.contains(u"wizard/role"_s));
    EXPECT_LT(QFileInfo(settingsPath()).size(), 64 * 1024) << "the megabyte is gone from the file";
}

TEST_F(Settings, TargetsWithControlCharactersAreDropped)
{
    // An escape sequence, a bidi override, a bell, a NUL, a line break: none is a target anyone typed.
    writeSettingsFile(
        "[wizard]\nrecent=\"\\x1b[31mred.example:22\", \"a\\x202e\\x62.example:22\", \"bell\\a.example:22\", "
        "\"nul\\0.example:22\", \"two\\nlines.example:22\", good.example:443, \"  \", good.example:443\n");
    const Shown s = openWizard();
    EXPECT_EQ(s.recent, QStringList{u"good.example:443"_s});
    EXPECT_TRUE(s.notice.contains(u"recent targets"_s)) << s.notice.toStdString();
}

TEST_F(Settings, GoodSettingsGiveNoNotice)
{
    writeSettingsFile("[wizard]\nrecent=a.example:22, b.example\nrole=2\nmode=0\n");
    const Shown s = openWizard();
    EXPECT_EQ(s.recent, (QStringList{u"a.example:22"_s, u"b.example"_s})); // b.example: the port was in its own box
    EXPECT_TRUE(s.notice.isEmpty()) << s.notice.toStdString();
    tcpd::ui::WizardModel model;
    EXPECT_EQ(model.role(), tcpd::ui::WizardModel::Role::Admin);
}

TEST_F(Settings, LanguageMustBeOneWeHave)
{
    writeSettingsFile("[ui]\nlanguage=../../etc/passwd\n");
    EXPECT_EQ(Guard::language(u"ui/language"_s, {u"de"_s, u"fr"_s}), QString());
    EXPECT_FALSE(QSettings().contains(u"ui/language"_s));
    writeSettingsFile("[ui]\nlanguage=de\n");
    EXPECT_EQ(Guard::language(u"ui/language"_s, {u"de"_s, u"fr"_s}), u"de");
    EXPECT_TRUE(Guard::takeNotice().isEmpty());
}

TEST_F(Settings, WritesReplaceTheFileAtomically)
{
    // QSettings writes a new file and renames it over the old one (QSaveFile; atomicSyncRequired):
    // the file's inode changes, and no temporary file is left next to it.
    writeSettingsFile("[wizard]\nrole=1\n");
    struct stat before {
    };
    ASSERT_EQ(::stat(QFile::encodeName(settingsPath()).constData(), &before), 0);
    {
        tcpd::ui::WizardModel model;
        model.setRole(tcpd::ui::WizardModel::Role::Admin);
    }
    struct stat after {
    };
    ASSERT_EQ(::stat(QFile::encodeName(settingsPath()).constData(), &after), 0);
    EXPECT_NE(before.st_ino, after.st_ino) << "written in place, not replaced";
    const QStringList leftovers = QFileInfo(settingsPath()).dir().entryList(QDir::Files);
    EXPECT_EQ(leftovers, QStringList{QFileInfo(settingsPath()).fileName()});
    EXPECT_EQ(QSettings().value(u"wizard/role"_s).toInt(), 2);
}

// Issue 20: the sign-in page check address is set in the wizard's settings, and the next check asks it.
namespace {
/// Runs `act` on the settings dialog once the wizard's "Settings…" button has opened it (modal).
void withSettingsDialog(Wizard& wizard, const std::function<void(tcpd::ui::SettingsDialog&)>& act)
{
    bool seen = false;
    QTimer::singleShot(0, &wizard, [&] {
        auto* dialog = qobject_cast<tcpd::ui::SettingsDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr) << "the settings open as a dialog";
        seen = true;
        act(*dialog);
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
    auto* button = wizard.findChild<QPushButton*>(u"settingsButton"_s);
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(button->isVisible()) << "in the button row";
    button->click();
    EXPECT_TRUE(seen);
}
} // namespace

TEST_F(Settings, TheSignInPageCheckAddressIsChosenInTheSettingsAndTheNextCheckAsksIt)
{
    // A sign-in page on loopback: every request is redirected to its login page.
    tcpd::test::LoopbackServer portal(tcpd::test::LoopbackServer::Mode::Banner,
                                      "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:9/login\r\nContent-Length: 0\r\n\r\n");
    ASSERT_TRUE(portal.ok());
    const QString url = u"http://127.0.0.1:%1/generate_204"_s.arg(portal.port());
    Wizard wizard;
    wizard.show();
    withSettingsDialog(wizard, [&](tcpd::ui::SettingsDialog& d) {
        auto* edit = d.findChild<QLineEdit*>(u"portalUrlEdit"_s);
        auto* error = d.findChild<QLabel*>(u"portalError"_s);
        auto* ok = d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        EXPECT_TRUE(d.findChild<QRadioButton*>(u"portalSystemRadio"_s)->isChecked()) << "the default";
        EXPECT_FALSE(d.findChild<QLabel*>(u"portalSystemAddress"_s)->text().isEmpty()) << "says which address that is";
        edit->setText(u"https://portal.example/"_s);
        EXPECT_TRUE(d.findChild<QRadioButton*>(u"portalAddressRadio"_s)->isChecked()) << "typing an address chooses it";
        EXPECT_FALSE(ok->isEnabled());
        EXPECT_TRUE(error->isVisibleTo(&d));
        EXPECT_TRUE(error->text().contains(u"http://"_s)) << error->text().toStdString();
        edit->setText(u"not an address"_s);
        EXPECT_FALSE(ok->isEnabled());
        edit->setText(url);
        EXPECT_TRUE(ok->isEnabled());
        EXPECT_TRUE(error->text().isEmpty());
        ok->click();
        EXPECT_FALSE(d.isVisible());
    });
    EXPECT_EQ(Guard::portalCheck().mode, Guard::PortalCheck::Mode::Address);
    EXPECT_EQ(Guard::portalCheck().url, url);

    // The next check asks that address, whatever TCPDOCTOR_PORTAL_URL says (the tests set it to "off").
    const unsigned short closed = tcpd::test::LoopbackServer::closedPort();
    wizard.findChild<QLineEdit*>(u"targetEdit"_s)->setText(u"127.0.0.1:%1"_s.arg(closed));
    wizard.findChild<QRadioButton*>(u"checkAllMode"_s)->setChecked(true);
    wizard.next();
    ASSERT_TRUE(tcpd::test::waitFor([&] { return !wizard.model()->isRunning() && wizard.model()->result(u"proxy"_s) != nullptr; },
                                    30000));
    const auto proxy = tcpd::core::evidence::ProxyEvidence::fromJson(wizard.model()->result(u"proxy"_s)->data, true);
    EXPECT_EQ(proxy.portal.url, url);
    EXPECT_EQ(proxy.portal.source, u"argument");
    EXPECT_EQ(proxy.portal.result, u"portal");
    EXPECT_EQ(proxy.portal.status, 302);
}

TEST_F(Settings, TheSignInPageCheckCanBeTurnedOffAndTheAddressIsKept)
{
    Guard::setPortalCheck({Guard::PortalCheck::Mode::Address, u"http://check.example/204"_s});
    Wizard wizard;
    wizard.show();
    withSettingsDialog(wizard, [&](tcpd::ui::SettingsDialog& d) {
        EXPECT_TRUE(d.findChild<QRadioButton*>(u"portalAddressRadio"_s)->isChecked()) << "the saved choice";
        EXPECT_EQ(d.findChild<QLineEdit*>(u"portalUrlEdit"_s)->text(), u"http://check.example/204");
        d.findChild<QRadioButton*>(u"portalOffRadio"_s)->setChecked(true);
        d.accept();
    });
    EXPECT_EQ(Guard::portalCheck().mode, Guard::PortalCheck::Mode::Off);
    EXPECT_EQ(Guard::portalCheck().url, u"http://check.example/204") << "kept for when it is chosen again";
    // Cancel changes nothing.
    withSettingsDialog(wizard, [&](tcpd::ui::SettingsDialog& d) {
        d.findChild<QRadioButton*>(u"portalSystemRadio"_s)->setChecked(true);
        d.reject();
    });
    EXPECT_EQ(Guard::portalCheck().mode, Guard::PortalCheck::Mode::Off);
}

TEST_F(Settings, AHostileSignInCheckAddressIsDroppedWithANotice)
{
    writeSettingsFile("[check]\nportalMode=1\nportalUrl=javascript:alert(1)\n");
    const Guard::PortalCheck check = Guard::portalCheck();
    EXPECT_EQ(check.mode, Guard::PortalCheck::Mode::System) << "no usable address: the system's";
    EXPECT_TRUE(check.url.isEmpty());
    EXPECT_FALSE(Guard::takeNotice().isEmpty());
    EXPECT_FALSE(QSettings().contains(u"check/portalUrl"_s)) << "removed from the file";
    writeSettingsFile("[check]\nportalMode=7\n");
    EXPECT_EQ(Guard::portalCheck().mode, Guard::PortalCheck::Mode::System);
}
