#!/usr/bin/env bash
# Compile packaging/installer.nsi against a stand-in payload (two empty .exe and an _internal/
# folder) to catch script errors on Linux; the real installer is built on Windows
# (packaging/build_windows.ps1). Needs makensis (Debian package nsis).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' cii_desktop/__init__.py)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/payload/_internal/cii_desktop"
printf 'stand-in' > "$WORK/payload/cii-desktop.exe"
printf 'stand-in' > "$WORK/payload/CII Desktop.exe"
printf 'stand-in' > "$WORK/payload/_internal/cii_desktop/placeholder.txt"
makensis -V2 -WX -DVERSION="$VERSION" -DPAYLOAD="$WORK/payload" -DOUTFILE="$WORK/cii-desktop-${VERSION}-setup.exe" packaging/installer.nsi
test -s "$WORK/cii-desktop-${VERSION}-setup.exe"
echo "NSIS script compiled (stand-in payload): $(du -h "$WORK/cii-desktop-${VERSION}-setup.exe" | cut -f1)"
