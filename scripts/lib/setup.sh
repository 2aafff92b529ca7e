# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/run and scripts/test: installs the Debian packages the build needs
# (with sudo when not root) and configures and builds into a folder. Sourced, not run.

AD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# Build tools, Qt 6 with SQLite, the SVG icon plugin, libcsv for importing applications,
# OpenSSL's libcrypto (libssl-dev) for the SHA-256 of the records' seals,
# the DejaVu fonts every printed document uses, and what the tests use: setpriv
# (util-linux) for permission cases, dpkg-deb, dpkg-shlibdeps (dpkg-dev) and lintian for the
# package test, poppler-utils to read
# printed PDFs back, and CUPS with the cups-pdf virtual printer for a real print job;
# clang with its libFuzzer runtime (libclang-rt-14-dev) for the fuzz targets, and libfiu
# with fiu-run for the fault-injection run (tests/fuzz, tests/faults); clang-format for the
# format check (scripts/format); libxlsxwriter for exporting lists as spreadsheets, and
# LibreOffice Calc (headless) for the test that reads them back (tests/export);
# qt6-translations-l10n for Qt's own words in French (OK, Cancel, Close of the standard
# buttons), without which a French window shows them in English (tests/ui/TestScreenshotTour).
AD_PACKAGES=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev libqt6opengl6-dev
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libgl-dev libsqlite3-dev libcsv-dev libglpk-dev libssl-dev
    qt6-pdf-dev libzip-dev libxlsxwriter-dev
    fonts-dejavu-core
    dpkg-dev lintian desktop-file-utils util-linux poppler-utils cups printer-driver-cups-pdf
    clang libclang-rt-14-dev libfiu-dev fiu-utils clang-format
    libreoffice-calc-nogui qt6-translations-l10n
)

ad_install_packages() {
    local missing=() package
    for package in "${AD_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q '^install ok installed$' \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# ad_build DIR [CMAKE OPTIONS...]
ad_build() {
    local dir=$1
    shift
    cmake -S "$AD_ROOT" -B "$dir" -G Ninja "$@" >/dev/null
    cmake --build "$dir" --parallel "$(nproc)"
}

# The CUPS queue "AD-PDF" on the cups-pdf virtual printer, for the test that prints
# through a real queue (tests/ui/TestPrinting.cpp). Starts cupsd when it is not running
# (CI containers have no init system), then adds the queue once.
ad_start_pdf_printer() {
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    if ! lpstat -r 2>/dev/null | grep -q 'is running'; then
        "${sudo[@]}" cupsd
        for _ in $(seq 50); do
            lpstat -r 2>/dev/null | grep -q 'is running' && break
            sleep 0.2
        done
    fi
    if ! lpstat -p AD-PDF >/dev/null 2>&1; then
        local ppd
        ppd=$(ls /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd /usr/share/ppd/cups-pdf/*.ppd 2>/dev/null | head -n1)
        "${sudo[@]}" lpadmin -p AD-PDF -E -v cups-pdf:/ -P "$ppd" 2>/dev/null
    fi
    lpstat -p AD-PDF
    # The printing test skips without the queue on a developer's machine; here it must run.
    export AD_REQUIRE_PRINTER=1
}
