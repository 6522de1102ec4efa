# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# What `cmake --install` lays out, and how CPack packs it: one block per OS (STYLE.md).
#   Linux:   bin/tcpdoctor, a reverse-DNS .desktop entry, AppStream metainfo, hicolor icons (SVG + PNGs
#            rendered with rsvg-convert), the man page, docs. CPack: .deb (dependencies from
#            dpkg-shlibdeps) and .tar.gz. scripts/package builds and checks them.
#   Windows: tcpdoctor.exe with a version resource and icon, windeployqt + the other DLLs at install time.
#            CPack: WiX .msi (fixed upgrade GUID, Start-menu entry) and .zip.
#   macOS:   tcpdoctor.app (Info.plist, .icns), macdeployqt at install time. CPack: DragNDrop .dmg.
# Translations need no files: the .qm are embedded in the binary (app/CMakeLists.txt).
# Included from the top CMakeLists.txt after app/, so the tcpdoctor target exists.

include(GNUInstallDirs)

set(TCPDOCTOR_APP_ID io.github.tcpdoctor.TcpDoctor)
set(TCPDOCTOR_HOMEPAGE https://github.com/tcpdoctor/tcpdoctor)
set(_pkg ${PROJECT_SOURCE_DIR}/packaging)

if(WIN32)
    # ---------------------------------------------------------------- Windows
    set(TCPDOCTOR_ICO ${_pkg}/windows/tcpdoctor.ico) # made from the SVG by packaging/icons/render-icons
    configure_file(${_pkg}/windows/tcpdoctor.rc.in ${CMAKE_CURRENT_BINARY_DIR}/packaging/tcpdoctor.rc @ONLY)
    target_sources(tcpdoctor PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/packaging/tcpdoctor.rc)
    install(TARGETS tcpdoctor RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    # DLLs of imported targets that are not Qt's (spdlog, c-ares, fmt from vcpkg), then Qt's with windeployqt.
    install(CODE "
        set(_dlls \"$<TARGET_RUNTIME_DLLS:tcpdoctor>\")
        if(_dlls)
            file(INSTALL \${_dlls} DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
        endif()")
    get_target_property(_qmake Qt6::qmake IMPORTED_LOCATION)
    get_filename_component(_qt_bin "${_qmake}" DIRECTORY)
    find_program(TCPDOCTOR_WINDEPLOYQT windeployqt HINTS "${_qt_bin}")
    if(TCPDOCTOR_WINDEPLOYQT)
        install(CODE "
            execute_process(COMMAND \"${TCPDOCTOR_WINDEPLOYQT}\" --no-quick-import --no-system-d3d-compiler
                                    --no-opengl-sw --compiler-runtime
                                    --dir \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\"
                                    \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:tcpdoctor>\"
                            COMMAND_ERROR_IS_FATAL ANY)")
    else()
        message(WARNING "windeployqt not found next to qmake (${_qt_bin}): the installed tree will lack Qt's DLLs")
    endif()
    install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/docs/cli.md
            DESTINATION doc)

elseif(APPLE)
    # ---------------------------------------------------------------- macOS
    set_source_files_properties(${_pkg}/macos/tcpdoctor.icns PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    target_sources(tcpdoctor PRIVATE ${_pkg}/macos/tcpdoctor.icns)
    set_target_properties(tcpdoctor PROPERTIES
        MACOSX_BUNDLE ON
        MACOSX_BUNDLE_INFO_PLIST ${_pkg}/macos/Info.plist.in
        MACOSX_BUNDLE_GUI_IDENTIFIER ${TCPDOCTOR_APP_ID}
        MACOSX_BUNDLE_BUNDLE_NAME tcpdoctor
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_ICON_FILE tcpdoctor.icns
        MACOSX_BUNDLE_COPYRIGHT "The tcpdoctor authors, GPL-3.0-or-later")
    install(TARGETS tcpdoctor BUNDLE DESTINATION . RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    get_target_property(_qmake Qt6::qmake IMPORTED_LOCATION)
    get_filename_component(_qt_bin "${_qmake}" DIRECTORY)
    find_program(TCPDOCTOR_MACDEPLOYQT macdeployqt HINTS "${_qt_bin}")
    if(TCPDOCTOR_MACDEPLOYQT)
        # Copies Qt's frameworks and plugins (and Homebrew's spdlog, fmt, c-ares) into the bundle.
        install(CODE "
            execute_process(COMMAND \"${TCPDOCTOR_MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/tcpdoctor.app\"
                                    -always-overwrite
                            COMMAND_ERROR_IS_FATAL ANY)")
    else()
        message(WARNING "macdeployqt not found next to qmake (${_qt_bin}): the bundle will use the system's Qt")
    endif()

else()
    # ---------------------------------------------------------------- Linux and other Unix desktops
    option(TCPDOCTOR_REQUIRE_PNG_ICONS "Fail when rsvg-convert is missing (packages need the PNG icons)" OFF)
    install(TARGETS tcpdoctor RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

    # The man page, compressed as Debian wants it (gzip -n: no time stamp, reproducible).
    set(_man ${CMAKE_CURRENT_BINARY_DIR}/packaging/tcpdoctor.1.gz)
    add_custom_command(OUTPUT ${_man}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/packaging
        COMMAND gzip -9nc ${_pkg}/linux/tcpdoctor.1 > ${_man}
        DEPENDS ${_pkg}/linux/tcpdoctor.1
        COMMENT "Compressing the man page")
    add_custom_target(tcpdoctor_manpage ALL DEPENDS ${_man})
    install(FILES ${_man} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/cli.md
                  ${PROJECT_SOURCE_DIR}/docs/how-it-works.md ${_pkg}/linux/copyright
            DESTINATION ${CMAKE_INSTALL_DOCDIR})

    if(TCPDOCTOR_GUI)
        set(TCPDOCTOR_DESKTOP_EXEC tcpdoctor)
        configure_file(${_pkg}/linux/${TCPDOCTOR_APP_ID}.desktop.in
                       ${CMAKE_CURRENT_BINARY_DIR}/packaging/${TCPDOCTOR_APP_ID}.desktop @ONLY)
        install(FILES ${CMAKE_CURRENT_BINARY_DIR}/packaging/${TCPDOCTOR_APP_ID}.desktop
                DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
        install(FILES ${_pkg}/linux/${TCPDOCTOR_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
        install(FILES ${_pkg}/icons/${TCPDOCTOR_APP_ID}.svg
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

        # PNG icons for menus and docks that do not draw SVG, rendered from the one SVG.
        find_program(TCPDOCTOR_RSVG_CONVERT rsvg-convert)
        if(TCPDOCTOR_RSVG_CONVERT)
            set(_pngs)
            foreach(_size 16 22 24 32 48 64 128 256 512)
                set(_png ${CMAKE_CURRENT_BINARY_DIR}/packaging/icons/${_size}x${_size}/${TCPDOCTOR_APP_ID}.png)
                add_custom_command(OUTPUT ${_png}
                    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/packaging/icons/${_size}x${_size}
                    COMMAND ${TCPDOCTOR_RSVG_CONVERT} -w ${_size} -h ${_size} -o ${_png} ${_pkg}/icons/${TCPDOCTOR_APP_ID}.svg
                    DEPENDS ${_pkg}/icons/${TCPDOCTOR_APP_ID}.svg
                    COMMENT "Rendering the ${_size}x${_size} icon")
                install(FILES ${_png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps)
                list(APPEND _pngs ${_png})
            endforeach()
            add_custom_target(tcpdoctor_icons ALL DEPENDS ${_pngs})
        elseif(TCPDOCTOR_REQUIRE_PNG_ICONS)
            message(FATAL_ERROR "rsvg-convert is missing: scripts/install-deps --package installs it (librsvg2-bin)")
        else()
            message(STATUS "rsvg-convert not found: only the SVG icon will be installed (scripts/install-deps --package)")
        endif()
    endif()
endif()

# -------------------------------------------------------------------- CPack
set(CPACK_PACKAGE_NAME tcpdoctor)
set(CPACK_PACKAGE_VENDOR "The tcpdoctor authors")
set(CPACK_PACKAGE_CONTACT "The tcpdoctor authors <tcpdoctor@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Find out why a TCP connection fails, and what to do next")
set(CPACK_PACKAGE_DESCRIPTION "tcpdoctor finds out why a TCP connection fails (connection refused, timed out,
reset) and tells, in plain language, what happened, where it went wrong (this
computer, the network or the server) and what to do next. A wizard walks the
classic checklist (link, IP configuration, DNS, firewall, port test); the same
engine answers on the command line with a JSON report for scripts.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${TCPDOCTOR_HOMEPAGE})
set(CPACK_PACKAGE_INSTALL_DIRECTORY tcpdoctor)
set(CPACK_PACKAGE_EXECUTABLES tcpdoctor tcpdoctor) # the Start-menu entry (WiX, NSIS)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")

if(WIN32)
    set(CPACK_GENERATOR WIX ZIP)
    # Never change this GUID: it is how Windows Installer knows a new .msi upgrades the installed one.
    set(CPACK_WIX_UPGRADE_GUID 256B1A84-A546-47B7-AE70-58D0C91D3C87)
    set(CPACK_WIX_PRODUCT_ICON ${_pkg}/windows/tcpdoctor.ico)
    set(CPACK_WIX_PROGRAM_MENU_FOLDER tcpdoctor)
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT ${TCPDOCTOR_HOMEPAGE})
    set(CPACK_WIX_PROPERTY_ARPHELPLINK ${TCPDOCTOR_HOMEPAGE}/issues)
    set(CPACK_WIX_ARCHITECTURE x64)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME tcpdoctor)
    set(CPACK_DMG_FORMAT UDBZ)
    set(CPACK_PACKAGE_ICON ${_pkg}/macos/tcpdoctor.icns)
else()
    set(CPACK_GENERATOR DEB TGZ)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # tcpdoctor_0.1.0_amd64.deb
    set(CPACK_DEBIAN_PACKAGE_SECTION net)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # Qt, spdlog, fmt, c-ares, libmnl: from dpkg-shlibdeps
    # Loaded at run time, so dpkg-shlibdeps cannot see them: Qt's X11/Wayland platform plugins.
    if(TCPDOCTOR_GUI)
        set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
    endif()
    # Qt's own texts in de/fr/es; libproxy's GNOME settings reader and its PAC script runner (the proxy step).
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, libproxy1-plugin-gsettings, libproxy1-plugin-webkit")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    set(CPACK_SYSTEM_NAME linux-${CMAKE_SYSTEM_PROCESSOR}) # tcpdoctor-0.1.0-linux-x86_64.tar.gz
endif()

include(CPack)
