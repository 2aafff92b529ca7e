#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package with CPack, has lintian judge it (any error fails), unpacks it
# with dpkg-deb into a scratch root and checks that it holds both programs, their manual
# pages, the desktop entry, the icon and the MIME type, and that the CLI runs from there.
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
grep -q '^ Depends:.*libc6 (>=' "$work/info"  # found by dpkg-shlibdeps, never written by hand
grep -q '^ Section: utils$' "$work/info"

# What a distribution asks of a package: lintian finds no error (warnings are printed).
command -v lintian >/dev/null || { echo "lintian is missing: scripts/lib/setup.sh installs it"; exit 1; }
if ! lintian --fail-on error --tag-display-limit 0 "$deb" >"$work/lintian.out" 2>&1; then
    echo "lintian finds errors:"; cat "$work/lintian.out"; exit 1
fi
grep -v '^N: ' "$work/lintian.out" || true
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
expect /usr/share/doc/accreditation-desk/changelog.Debian.gz
expect /usr/share/man/man1/accreditation-desk.1.gz
expect /usr/share/man/man1/accreditation-desk-cli.1.gz
expect /usr/share/man/man1/accreditation-desk-pdf-text.1.gz

# Shipped stripped: no debug information in the programs.
for program in accreditation-desk accreditation-desk-cli accreditation-desk-pdf-text; do
    # Not piped: with pipefail, grep -q cutting readelf off would read as "no match".
    readelf -S "$work/root/usr/bin/$program" >"$work/sections"
    if grep -q '\.debug_info' "$work/sections"; then
        echo "not stripped: /usr/bin/$program"; fail=1
    fi
done

desktop="$work/root/usr/share/applications/org.wco.AccreditationDesk.desktop"
grep -q '^Exec=accreditation-desk %f$' "$desktop" || { echo "desktop entry: wrong Exec"; fail=1; }
grep -q '^MimeType=application/x-accreditation-desk;$' "$desktop" || { echo "desktop entry: no MIME type"; fail=1; }
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$desktop" || fail=1; fi
grep -q 'glob pattern="\*.accred"' "$work/root/usr/share/mime/packages/accreditation-desk.xml" || { echo "mime: no glob"; fail=1; }

# The copyright file is DEP-5 and points to the licence Debian ships, without copying it.
copyright="$work/root/usr/share/doc/accreditation-desk/copyright"
grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/$' "$copyright" || { echo "copyright: not DEP-5"; fail=1; }
grep -q '/usr/share/common-licenses/GPL-3' "$copyright" || { echo "copyright: no common-licenses"; fail=1; }
# The CLI's page is its own help: every command the packaged program lists is in it.
commands=$("$work/root/usr/bin/accreditation-desk-cli" --help | sed -n 's/^  \([a-z][a-z0-9-]*\)  .*/\1/p')
[ "$(echo "$commands" | wc -l)" -ge 50 ] || { echo "--help lists too few commands: $commands"; fail=1; }
zcat "$work/root/usr/share/man/man1/accreditation-desk-cli.1.gz" >"$work/cli.1"  # not piped: grep -q would cut zcat off
for command in $commands; do
    grep -q "^\.SS $command\$" "$work/cli.1" || { echo "man page: no command $command"; fail=1; }
done

# The packaged command-line tool works on its own.
version=$("$work/root/usr/bin/accreditation-desk-cli" --version)
case "$version" in "accreditation-desk-cli "[0-9]*) echo "runs: $version" ;; *) echo "--version: $version"; fail=1 ;; esac
"$work/root/usr/bin/accreditation-desk-cli" demo "$work/demo.accred" >/dev/null
"$work/root/usr/bin/accreditation-desk-cli" check "$work/demo.accred"
# The demo's CVs are PDFs: the packaged CLI reads them with the reader beside it.
"$work/root/usr/bin/accreditation-desk-cli" index "$work/demo.accred" >"$work/index.out"
grep -q ' 0 failed' "$work/index.out" || { echo "index: PDFs not read"; cat "$work/index.out"; fail=1; }
"$work/root/usr/bin/accreditation-desk-cli" check "$work/demo.accred"
exit $fail
