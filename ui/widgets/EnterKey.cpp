// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "EnterKey.h"

#include <QAbstractSpinBox>
#include <QEvent>
#include <QKeyEvent>
#include <QObject>
#include <QWidget>

#include <utility>

namespace tcpd::ui {

namespace {

class EnterFilter final : public QObject
{
public:
    EnterFilter(QWidget* box, std::function<void()> action)
        : QObject(box)
        , m_action(std::move(action))
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::KeyPress) {
            return false;
        }
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
            || (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier) {
            return false;
        }
        if (auto* spin = qobject_cast<QAbstractSpinBox*>(watched)) {
            spin->interpretText(); // the number just typed counts
        }
        m_action();
        return true; // taken: the dialog's default button never sees it
    }

private:
    std::function<void()> m_action;
};

} // namespace

void onEnter(QWidget* box, std::function<void()> action)
{
    box->installEventFilter(new EnterFilter(box, std::move(action)));
}

} // namespace tcpd::ui
