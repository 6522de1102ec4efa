// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// gui_bench: the wizard's start-up, memory and main-thread stalls, measured (scripts/bench runs it).
// It starts exactly like app/main.cpp's GUI path (QApplication, identity, PDF format, logging,
// translations, the Wizard), then:
//
//   gui_bench coldstart          prints the time from BENCH_T0_NS (CLOCK_REALTIME in ns, set by the
//                                caller just before it started this process) to the wizard's first
//                                paint, then quits.
//   gui_bench run TARGET         "Check everything" on TARGET, as a person would start it (target
//                                box, mode, Next), until the summary page shows the verdict.
//   gui_bench batch FILE         a target list checked with core::runBatch on a worker thread while
//                                the wizard is shown and every report is added to a table on the GUI
//                                thread: the wizard's "Check a list of endpoints" page (ui/pages/BatchPage).
//
// While `run` and `batch` go, a 1 ms timer on the GUI thread records the gaps between its ticks:
// the longest gap is the longest main-thread stall. One JSON object on stdout; exit 0, or 3 when the
// run did not end within 120 s. Use QT_QPA_PLATFORM=offscreen (or xcb under Xvfb).

#include "Logging.h"
#include "ReportPdf.h"
#include "Translations.h"
#include "Wizard.h"
#include "WizardModel.h"
#include "pages/BatchPage.h"
#include "runner/Batch.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QRadioButton>
#include <QCommandLinkButton>
#include <QPlainTextEdit>
#include <QTimer>

#include <atomic>
#include <functional>
#include <cstdio>
#include <ctime>
#include <thread>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

qint64 realtimeNs()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return static_cast<qint64>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

/// VmHWM (peak resident set) and VmRSS of this process, in kB.
QJsonObject memory()
{
    QFile f(u"/proc/self/status"_s);
    QJsonObject o;
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (line.startsWith("VmHWM:") || line.startsWith("VmRSS:")) {
                const QList<QByteArray> parts = line.simplified().split(' ');
                if (parts.size() >= 2) {
                    o.insert(line.startsWith("VmHWM:") ? u"peak_rss_kb"_s : u"rss_kb"_s, parts[1].toLongLong());
                }
            }
        }
    }
    return o;
}

void print(const QJsonObject& o)
{
    std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
}

/// The end of a measured run: the memory figures and whether it ended are added, the line printed; the
/// exit code (3: it did not end in time).
int finish(QJsonObject o, bool ended)
{
    const QJsonObject mem = memory();
    for (auto it = mem.constBegin(); it != mem.constEnd(); ++it) {
        o.insert(it.key(), it.value());
    }
    o.insert(u"ended"_s, ended);
    print(o);
    return ended ? 0 : 3;
}

/// Records the first paint of a widget.
class FirstPaint final : public QObject
{
public:
    qint64 atNs = 0;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && atNs == 0) {
            atNs = realtimeNs();
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }
};

/// A 1 ms precise timer on the GUI thread; the gaps between its ticks show how long the thread was busy.
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double gapMs = static_cast<double>(now - m_last) / 1e6;
            m_gaps.push_back({now, gapMs});
            m_last = now;
            ++m_ticks;
            m_max = qMax(m_max, gapMs);
            int bucket = 0; // <2, 2-4, 4-8, 8-16, 16-32, 32-64, >=64 ms
            for (double edge = 2; bucket < 6 && gapMs >= edge; edge *= 2) {
                ++bucket;
            }
            ++m_hist[bucket];
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 now() const { return m_clock.nsecsElapsed(); }
    /// The longest gap that began at or after `fromNs` and ended at or before `toNs`.
    double maxBetween(qint64 fromNs, qint64 toNs) const
    {
        double m = 0;
        for (const auto& [end, gap] : m_gaps) {
            const qint64 begin = end - static_cast<qint64>(gap * 1e6);
            if (begin >= fromNs && end <= toNs) {
                m = qMax(m, gap);
            }
        }
        return m;
    }
    QJsonObject result() const
    {
        static const char* names[] = {"lt2", "2to4", "4to8", "8to16", "16to32", "32to64", "ge64"};
        QJsonObject hist;
        for (int i = 0; i < 7; ++i) {
            hist.insert(QLatin1String(names[i]), m_hist[i]);
        }
        return QJsonObject{{u"max_stall_ms"_s, qRound(m_max * 100) / 100.0},
                           {u"ticks"_s, m_ticks},
                           {u"stall_histogram_ms"_s, hist}};
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_ticks = 0;
    double m_max = 0;
    qint64 m_hist[7] = {};
    std::vector<std::pair<qint64, double>> m_gaps; ///< (end of the gap, its length in ms)
};

/// Turns the event loop until `pred` holds (checked at least every 5 ms); false after `limitMs`.
bool waitUntil(const std::function<bool()>& pred, int limitMs)
{
    QElapsedTimer t;
    t.start();
    while (!pred()) {
        if (t.elapsed() > limitMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

int usage()
{
    std::fputs("usage: gui_bench coldstart | run TARGET | batch FILE\n", stderr);
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        return usage();
    }
    const QString mode = QString::fromLocal8Bit(argv[1]);
    const QString arg = argc >= 3 ? QString::fromLocal8Bit(argv[2]) : QString();
    if ((mode != u"coldstart" && arg.isEmpty()) || (mode != u"coldstart" && mode != u"run" && mode != u"batch")) {
        return usage();
    }

    // The same start-up as app/main.cpp (GUI path).
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(u"io.github.tcpdoctor.TcpDoctor"_s);
    QApplication::setWindowIcon(QIcon::fromTheme(u"io.github.tcpdoctor.TcpDoctor"_s));
    QCoreApplication::setOrganizationName(u"tcpdoctor"_s);
    QCoreApplication::setApplicationName(u"tcpdoctor"_s);
    tcpd::reportpdf::registerPdfFormat();
    tcpd::app::setupLogging(false);
    tcpd::app::installTranslators(QString());

    tcpd::ui::Wizard wizard;
    int rc = 0;
    if (mode == u"coldstart") {
        FirstPaint paint;
        wizard.installEventFilter(&paint);
        wizard.show();
        QTimer::singleShot(30000, &app, &QCoreApplication::quit);
        QCoreApplication::exec();
        const qint64 t0 = qEnvironmentVariable("BENCH_T0_NS").toLongLong();
        QJsonObject o = memory();
        o.insert(u"painted"_s, paint.atNs != 0);
        if (t0 > 0 && paint.atNs != 0) {
            o.insert(u"cold_start_ms"_s, qRound64(static_cast<double>(paint.atNs - t0) / 1e4) / 100.0);
        }
        print(o);
        rc = paint.atNs != 0 ? 0 : 3;
    } else if (mode == u"run") {
        wizard.show();
        QCoreApplication::processEvents();
        StallMeter meter;
        QElapsedTimer wall;
        meter.start();
        wall.start();
        wizard.findChild<QLineEdit*>(u"targetEdit"_s)->setText(arg);
        wizard.findChild<QRadioButton*>(u"checkAllMode"_s)->setChecked(true);
        wizard.next();
        const qint64 afterNext = meter.now(); // the click on Next (page switch, probes started) is done
        qint64 summaryAt = 0;
        const bool ended = waitUntil(
            [&] {
                if (summaryAt == 0 && wizard.currentId() == tcpd::ui::Wizard::SummaryPageId) {
                    summaryAt = meter.now();
                }
                return wizard.currentId() == tcpd::ui::Wizard::SummaryPageId && !wizard.model()->isRunning()
                       && !wizard.model()->report().verdict.code.isEmpty();
            },
            120000);
        // Let the summary page paint its result before the meter stops.
        waitUntil([] { return false; }, 100);
        meter.stop();
        QJsonObject o = meter.result();
        // Where the time went: while the probes ran (after Next, before the summary page), and the
        // two page switches (Next itself; the switch to the summary with its diagrams).
        o.insert(u"max_stall_probing_ms"_s, qRound(meter.maxBetween(afterNext, summaryAt > 0 ? summaryAt - 1 : meter.now()) * 100) / 100.0);
        o.insert(u"next_click_ms"_s, qRound(static_cast<double>(afterNext) / 1e4) / 100.0);
        o.insert(u"wall_ms"_s, wall.elapsed());
        o.insert(u"verdict"_s, wizard.model()->report().verdict.code);
        rc = finish(o, ended);
    } else {
        QFile file(arg);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "gui_bench: cannot read %s\n", qPrintable(arg));
            return 2;
        }
        const QString text = QString::fromUtf8(file.readAll());
        const qsizetype targets = tcpd::core::parseTargetList(text).size();
        // The wizard's own "Check a list of endpoints" page: rows, counts and column fitting as people see them.
        wizard.show();
        wizard.findChild<QCommandLinkButton*>(u"batchPathButton"_s)->click();
        auto* page = qobject_cast<tcpd::ui::BatchPage*>(wizard.currentPage());
        if (page == nullptr) {
            std::fputs("gui_bench: the batch page did not open\n", stderr);
            return 3;
        }
        page->findChild<QPlainTextEdit*>(u"batchInput"_s)->setPlainText(text);
        QCoreApplication::processEvents();
        StallMeter meter;
        QElapsedTimer wall;
        meter.start();
        wall.start();
        page->start();
        const bool ended = waitUntil([&] { return !page->isRunning(); }, 120000);
        if (!ended) {
            page->cancel();
        }
        meter.stop();
        QJsonObject o = meter.result();
        o.insert(u"wall_ms"_s, wall.elapsed());
        o.insert(u"targets"_s, static_cast<int>(targets));
        o.insert(u"rows"_s, static_cast<int>(page->reports().size()));
        rc = finish(o, ended);
    }
    tcpd::app::shutdownLogging();
    return rc;
}
