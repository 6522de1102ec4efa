#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
# Fails when anything under core/ includes a QtWidgets or QtGui header or links them in CMake.
set -u
core=${1:?usage: check-core-boundary.sh CORE_DIR}
bad=$(grep -rnE '#include *[<"](QtWidgets|QtGui|QWidget|QApplication|QGuiApplication|QMainWindow|QDialog|QWizard|QPainter|QPixmap|QImage|QIcon)' "$core" || true)
bad+=$(grep -nE 'Qt6?::(Widgets|Gui)' "$core/CMakeLists.txt" || true)
if [ -n "$bad" ]; then
    echo "core/ must stay free of QtWidgets/QtGui (ARCHITECTURE.md):"
    echo "$bad"
    exit 1
fi
echo "core/ includes no QtWidgets/QtGui header and links neither: ok"
