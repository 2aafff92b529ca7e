#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package with CPack, unpacks it with dpkg-deb and checks that it holds
# both programs, the desktop entry, the icon and the MIME type, and that the programs run.
set -euo pipefail
build=${1:?usage: check-package.sh BUILD_DIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/accreditation-desk_*.deb)
echo "package: $(basename "$deb")"

dpkg-deb --info "$deb" >"$work/info"
grep -q '^ Package: accreditation-desk$' "$work/info"
grep -q '^ Depends:.*libqt6sql6-sqlite' "$work/info"
grep -q '^ Depends:.*libcsv3' "$work/info"  # the import links libcsv dynamically
grep -q '^ Depends:.*libqt6pdf6' "$work/info"  # documents' text for the full-text search
grep -q '^ Depends:.*libzip4' "$work/info"
grep -q '^ Depends:.*libglpk40' "$work/info"  # the selection helper's exact solver
grep -q '^ Depends:.*libssl3' "$work/info"  # OpenSSL's SHA-256 for the records' seals
grep -q '^ Depends:.*libqt6printsupport6' "$work/info"  # the printer and its preview
grep -q '^ Depends:.*fonts-dejavu-core' "$work/info"  # the typeface of every printed document
dpkg-deb -x "$deb" "$work/root"

fail=0
expect() {
    if [ -e "$work/root$1" ]; then echo "ok: $1"; else echo "MISSING: $1"; fail=1; fi
}
expect /usr/bin/accreditation-desk
expect /usr/bin/accreditation-desk-cli
expect /usr/bin/accreditation-desk-pdf-text  # reads PDFs' text, stopped when it takes too long
expect /usr/share/applications/org.wco.AccreditationDesk.desktop
expect /usr/share/icons/hicolor/scalable/apps/accreditation-desk.svg
expect /usr/share/mime/packages/accreditation-desk.xml
expect /usr/share/doc/accreditation-desk/copyright

# Shipped stripped: no debug information in the programs.
for program in accreditation-desk accreditation-desk-cli accreditation-desk-pdf-text; do
    if readelf -S "$work/root/usr/bin/$program" | grep -q '\.debug_info'; then
        echo "not stripped: /usr/bin/$program"; fail=1
    fi
done

desktop="$work/root/usr/share/applications/org.wco.AccreditationDesk.desktop"
grep -q '^Exec=accreditation-desk %f$' "$desktop" || { echo "desktop entry: wrong Exec"; fail=1; }
grep -q '^MimeType=application/x-accreditation-desk;$' "$desktop" || { echo "desktop entry: no MIME type"; fail=1; }
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$desktop" || fail=1; fi
grep -q 'glob pattern="\*.accred"' "$work/root/usr/share/mime/packages/accreditation-desk.xml" || { echo "mime: no glob"; fail=1; }

# The packaged command-line tool works on its own.
"$work/root/usr/bin/accreditation-desk-cli" demo "$work/demo.accred" >/dev/null
"$work/root/usr/bin/accreditation-desk-cli" check "$work/demo.accred"
# The demo's CVs are PDFs: the packaged CLI reads them with the reader beside it.
"$work/root/usr/bin/accreditation-desk-cli" index "$work/demo.accred" >"$work/index.out"
grep -q ' 0 failed' "$work/index.out" || { echo "index: PDFs not read"; cat "$work/index.out"; fail=1; }
"$work/root/usr/bin/accreditation-desk-cli" check "$work/demo.accred"
exit $fail
