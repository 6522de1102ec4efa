// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Layouts that survive 40 % longer text: with a pseudo-translation that stretches every
// text, every page of the wizard still fits a 1366x768 screen and no label or button is clipped.

#include "LoopbackServer.h"
#include "Wizard.h"
#include "WizardModel.h"

#include "SilentPort.h"
#include "UiTestSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTranslator>
#include <QWizardPage>

#include <gtest/gtest.h>

#include <iostream>

using namespace Qt::StringLiterals;
using tcpd::test::LoopbackServer;
using tcpd::ui::Wizard;

namespace {

/// Every text 40 % longer and accented, the way German or French can be: "[Ćĥêêćķ ţĥêê ƥöörţ]".
/// Placeholders (%1, %n, %L1), mnemonics (&), HTML tags and entities stay intact, so the program
/// works as usual.
class PseudoTranslator final : public QTranslator
{
public:
    static QString stretch(const QString& source)
    {
        static const QRegularExpression keep(u"%L?[0-9]+|%n|<[^<>]*>|&[a-zA-Z]+;|&&|&"_s);
        static const QRegularExpression word(u"\\p{L}+"_s);
        QString out;
        qsizetype from = 0;
        const auto stretchText = [](const QString& text) -> QString {
            QString s;
            qsizetype last = 0;
            for (auto it = word.globalMatch(text); it.hasNext();) {
                const auto m = it.next();
                s += text.mid(last, m.capturedStart() - last);
                const QString w = m.captured(0);
                QString longer;
                const qsizetype extra = (w.size() * 2 + 4) / 5; // +40 %, rounded up
                for (qsizetype i = 0; i < w.size(); ++i) {
                    longer += accented(w[i]);
                    if (i < extra) {
                        longer += accented(w[i]); // doubled letters: still one word, still wraps
                    }
                }
                s += longer;
                last = m.capturedEnd();
            }
            return s + text.mid(last);
        };
        for (auto it = keep.globalMatch(source); it.hasNext();) {
            const auto m = it.next();
            out += stretchText(source.mid(from, m.capturedStart() - from)) + m.captured(0);
            from = m.capturedEnd();
        }
        out += stretchText(source.mid(from));
        return out.trimmed().isEmpty() ? source : u"["_s + out + u"]"_s;
    }

    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (source == nullptr || *source == 0) {
            return {};
        }
        return stretch(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }

private:
    static QChar accented(QChar c)
    {
        static const QString plain = u"aeiouycnAEIOUYCN"_s;
        static const QString fancy = u"áéíöüýçñÁÉÍÖÜÝÇÑ"_s;
        const qsizetype i = plain.indexOf(c);
        return i >= 0 ? fancy[i] : c;
    }
};

// What does not fit on the current page: a non-wrapping label or a button narrower than its text,
// a scroll area that needs scrolling sideways, a window larger than a small laptop's screen.
QStringList problemsOn(Wizard& wizard, const QString& where)
{
    QStringList problems;
    const QSize min = wizard.minimumSizeHint().expandedTo(wizard.minimumSize());
    std::cout << "[ INFO     ] " << where.toStdString() << ": window " << wizard.width() << "x" << wizard.height()
              << ", minimum " << min.width() << "x" << min.height() << "\n";
    if (min.width() > 1366 || min.height() > 768) {
        problems << u"%1: the window needs at least %2x%3, more than 1366x768"_s.arg(where)
                        .arg(min.width())
                        .arg(min.height());
    }
    const auto describe = [&](QWidget* w, const QString& text) {
        return u"%1: %2 \"%3\" (%4) is %5 px wide, its text needs %6 px"_s
            .arg(where, QString::fromLatin1(w->metaObject()->className()), text.left(80),
                 w->objectName().isEmpty() ? u"no name"_s : w->objectName())
            .arg(w->width())
            .arg(w->sizeHint().width());
    };
    for (QLabel* label : wizard.findChildren<QLabel*>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull()) {
            continue;
        }
        if (label->sizeHint().width() > label->width() + 1) {
            problems << describe(label, label->text());
        }
    }
    for (QAbstractButton* button : wizard.findChildren<QAbstractButton*>()) {
        if (!button->isVisible() || button->text().isEmpty()) {
            continue;
        }
        if (button->sizeHint().width() > button->width() + 1) {
            problems << describe(button, button->text());
        }
    }
    for (QScrollArea* area : wizard.findChildren<QScrollArea*>()) {
        if (area->isVisible() && area->horizontalScrollBar()->isVisible()) {
            problems << u"%1: scroll area \"%2\" scrolls sideways"_s.arg(where, area->objectName());
        }
    }
    return problems;
}

class LongerTexts : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().remove(u"wizard/geometry"_s); // the default size, not a size an earlier test left
        QCoreApplication::installTranslator(&translator);
    }
    void TearDown() override { QCoreApplication::removeTranslator(&translator); }

    PseudoTranslator translator;
};

TEST(PseudoTranslation, StretchesWordsAndKeepsWhatTheProgramNeeds)
{
    const QString s = PseudoTranslator::stretch(u"<b>%1</b> has %n address(es) &amp; a &Next button"_s);
    EXPECT_TRUE(s.startsWith(u"[<b>%1</b> "_s)) << s.toStdString();
    EXPECT_TRUE(s.contains(u"%n"_s) && s.contains(u"&amp;"_s) && s.contains(u"&Ñ"_s)) << s.toStdString();
    EXPECT_GE(s.size(), qsizetype(u"<b>%1</b> has %n address(es) &amp; a &Next button"_s.size() * 1.2))
        << s.toStdString();
    const QString plain = u"Check the cable"_s;
    EXPECT_GE(PseudoTranslator::stretch(plain).size() - 2, qsizetype(plain.size() * 1.35));
}

TEST_F(LongerTexts, TheCheckCatchesAClippedLabelAndButton)
{
    Wizard wizard;
    wizard.show();
    auto* label = new QLabel(u"A label far too long for the fifty pixels it is given"_s, wizard.currentPage());
    label->setObjectName(u"tooNarrow"_s);
    label->setFixedWidth(50);
    label->show();
    auto* button = new QPushButton(u"A button far too long for its width"_s, wizard.currentPage());
    button->setFixedWidth(40);
    button->show();
    const QStringList problems = problemsOn(wizard, u"start page"_s);
    ASSERT_EQ(problems.size(), 2) << problems.join(u"\n"_s).toStdString();
    EXPECT_TRUE(problems[0].contains(u"tooNarrow"_s)) << problems[0].toStdString();
    EXPECT_TRUE(problems[1].contains(u"QPushButton"_s)) << problems[1].toStdString();
}

TEST_F(LongerTexts, EveryPageFitsAndNothingIsClipped)
{
    QStringList problems;
    const unsigned short closed = LoopbackServer::closedPort();
    {
        Wizard wizard;
        wizard.show();
        ASSERT_TRUE(wizard.windowTitle().startsWith(u'[')) << "the pseudo-translation is not in use";
        ASSERT_TRUE(tcpd::test::waitFor([&] { return wizard.isVisible(); }));
        problems << problemsOn(wizard, u"start page"_s);

        // Step by step against a closed port on 127.0.0.1: every step page, then the summary.
        wizard.findChild<QLineEdit*>(u"targetEdit"_s)->setText(u"127.0.0.1:%1"_s.arg(closed));
        wizard.findChild<QRadioButton*>(u"stepByStepMode"_s)->setChecked(true);
        ASSERT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
        for (int guard = 0; guard < 10 && wizard.currentId() != Wizard::SummaryPageId; ++guard) {
            wizard.next();
            ASSERT_TRUE(tcpd::test::waitFor([&] { return !wizard.model()->isRunning(); }, 30000))
                << "page " << wizard.currentId() << " never finished";
            tcpd::test::waitFor([] { return false; }, 100); // let the page lay out its answer
            problems << problemsOn(wizard,
                                   u"page %1 (%2)"_s.arg(wizard.currentId())
                                       .arg(QString::fromLatin1(wizard.currentPage()->metaObject()->className())));
        }
        EXPECT_EQ(wizard.currentId(), Wizard::SummaryPageId);

        // Everything at once, and its summary.
        wizard.restart();
        wizard.findChild<QLineEdit*>(u"targetEdit"_s)->setText(u"127.0.0.1:%1"_s.arg(closed));
        wizard.findChild<QRadioButton*>(u"checkAllMode"_s)->setChecked(true);
        wizard.next();
        problems << problemsOn(wizard, u"check-all page"_s);
        ASSERT_TRUE(tcpd::test::waitFor([&] { return !wizard.model()->isRunning(); }, 30000));
        tcpd::test::waitFor([] { return false; }, 100);
        problems << problemsOn(wizard, u"check-all page, finished"_s);
    }
    // The other paths from the start page: the explainer, the server side, and any newer one.
    for (const QString& path : {u"explainPathButton"_s, u"serverPathButton"_s, u"batchPathButton"_s}) {
        Wizard wizard;
        wizard.show();
        auto* button = wizard.findChild<QAbstractButton*>(path);
        if (button == nullptr) {
            continue; // a path this build does not have
        }
        button->click();
        tcpd::test::waitFor([] { return false; }, 300); // the server page reads the listen table
        problems << problemsOn(wizard, u"%1 page"_s.arg(path.chopped(10)));
    }
    EXPECT_TRUE(problems.isEmpty()) << problems.size() << " layout problem(s) with 40 % longer texts:\n  "
                                    << problems.join(u"\n  "_s).toStdString();
}

// Issue 23, trap 11: what the window shows when it is small, wide, or in a longer language.

/// What is cut or overlaps on the current page: a wrapping label shorter than its text needs, or two
/// visible widgets side by side in one parent that overlap.
QStringList cutOrOverlapping(Wizard& wizard, const QString& where)
{
    QStringList problems;
    QWizardPage* page = wizard.currentPage();
    for (QLabel* label : page->findChildren<QLabel*>()) {
        if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty()) {
            continue;
        }
        const int needs = label->heightForWidth(label->width());
        if (needs > label->height() + 2) {
            problems << u"%1: label %2 \"%3\" is %4 px high, its text needs %5 px"_s
                            .arg(where, label->objectName(), label->text().left(60))
                            .arg(label->height())
                            .arg(needs);
        }
    }
    QList<QWidget*> parents = page->findChildren<QWidget*>();
    parents << page;
    for (QWidget* parent : std::as_const(parents)) {
        if (!parent->isVisible() || parent->layout() == nullptr) {
            continue;
        }
        QList<QWidget*> children;
        for (QObject* o : parent->children()) {
            auto* w = qobject_cast<QWidget*>(o);
            if (w != nullptr && w->isVisible() && !w->isWindow() && parent->layout()->indexOf(w) >= 0) {
                children << w;
            }
        }
        for (qsizetype i = 0; i < children.size(); ++i) {
            for (qsizetype j = i + 1; j < children.size(); ++j) {
                const QRect overlap = children[i]->geometry().intersected(children[j]->geometry());
                if (overlap.width() > 2 && overlap.height() > 2) {
                    problems << u"%1: %2 and %3 overlap"_s.arg(where, children[i]->objectName(), children[j]->objectName());
                }
            }
        }
    }
    return problems;
}

void walkStepByStep(Wizard& wizard, unsigned short port, const std::function<void(const QString&)>& look)
{
    wizard.findChild<QLineEdit*>(u"targetEdit"_s)->setText(u"127.0.0.1:%1"_s.arg(port));
    wizard.findChild<QRadioButton*>(u"stepByStepMode"_s)->setChecked(true);
    look(u"start page"_s);
    for (int guard = 0; guard < 10 && wizard.currentId() != Wizard::SummaryPageId; ++guard) {
        wizard.next();
        ASSERT_TRUE(tcpd::test::waitFor([&] { return !wizard.model()->isRunning(); }, 30000));
        tcpd::test::waitFor([] { return false; }, 100); // let the page lay out its answer
        look(QString::fromLatin1(wizard.currentPage()->metaObject()->className()) + u' '
             + QString::number(wizard.currentId()));
    }
}

TEST_F(LongerTexts, TheCheckPageShowsEveryStepWithoutScrollBars)
{
    tcpd::test::SilentPort silent; // long "waiting for ..." rows while the port test waits
    ASSERT_TRUE(silent.ok());
    Wizard wizard;
    wizard.show();
    wizard.findChild<QLineEdit*>(u"targetEdit"_s)->setText(u"127.0.0.1:%1"_s.arg(silent.port()));
    wizard.findChild<QRadioButton*>(u"checkAllMode"_s)->setChecked(true);
    wizard.next();
    auto* list = wizard.currentPage()->findChild<QListWidget*>(u"stepList"_s);
    ASSERT_NE(list, nullptr);
    const auto check = [&](const char* when) {
        EXPECT_FALSE(list->horizontalScrollBar()->isVisible()) << when << ": the list scrolls sideways";
        EXPECT_FALSE(list->verticalScrollBar()->isVisible()) << when << ": the list scrolls";
        for (int i = 0; i < list->count(); ++i) {
            const QRect row = list->visualItemRect(list->item(i));
            EXPECT_TRUE(list->viewport()->rect().contains(row))
                << when << ": row " << i << " is cut: " << list->item(i)->text().toStdString();
        }
    };
    tcpd::test::waitFor([] { return false; }, 600); // the port test waits; its row says for what
    check("while checking");
    ASSERT_TRUE(tcpd::test::waitFor([&] { return !wizard.model()->isRunning(); }, 30000));
    tcpd::test::waitFor([] { return false; }, 100);
    if (wizard.currentId() != Wizard::CheckAllPageId) {
        wizard.back(); // the page moves on to the summary by itself
    }
    check("finished");
}

TEST_F(LongerTexts, TheSmallestWindowKeepsEveryPageUsable)
{
    Wizard wizard;
    wizard.show();
    wizard.resize(200, 200); // as small as the window lets itself be made
    tcpd::test::waitFor([] { return false; }, 50);
    std::cout << "[ INFO     ] smallest window: " << wizard.width() << "x" << wizard.height() << "\n";
    QStringList problems;
    walkStepByStep(wizard, LoopbackServer::closedPort(), [&](const QString& where) {
        wizard.resize(200, 200);
        tcpd::test::waitFor([] { return false; }, 50);
        problems << cutOrOverlapping(wizard, where);
    });
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u"\n"_s).toStdString();
}

TEST(Layout, LinesStayReadableInAWideWindow)
{
    QSettings().remove(u"wizard/geometry"_s);
    Wizard wizard;
    wizard.show();
    wizard.resize(1400, 900);
    QStringList problems;
    walkStepByStep(wizard, LoopbackServer::closedPort(), [&](const QString& where) {
        for (QLabel* label : wizard.currentPage()->findChildren<QLabel*>()) {
            const int readable = label->fontMetrics().averageCharWidth() * 110; // about 100 characters a line
            if (label->isVisible() && label->wordWrap() && label->width() > readable + 20) {
                problems << u"%1: label %2 is %3 px wide (lines of about %4 characters)"_s.arg(where, label->objectName())
                                .arg(label->width())
                                .arg(label->width() / std::max(1, label->fontMetrics().averageCharWidth()));
            }
        }
    });
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u"\n"_s).toStdString();
}

} // namespace
