#!/usr/bin/env bash
# Package the frozen folder (dist/cii-desktop, see build_frozen.sh) as dist/cii-desktop_<version>_amd64.deb:
# /opt/cii-desktop (the program), /usr/bin/cii-desktop, a .desktop entry and the icon. Data and
# keys stay in each user's folders: removing the package never touches them.
# DEB_VERSION=... overrides the version (CI builds a "newer" package to check an upgrade).
set -euo pipefail
cd "$(dirname "$0")/.."
SRC="${1:-dist/cii-desktop}"
VERSION="${DEB_VERSION:-$(sed -n 's/^__version__ = "\(.*\)"/\1/p' cii_desktop/__init__.py)}"
ARCH=$(dpkg --print-architecture)
ROOT=$(mktemp -d)
chmod 0755 "$ROOT"
trap 'rm -rf "$ROOT"' EXIT
install -d -m 0755 "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
  "$ROOT/usr/share/icons/hicolor/scalable/apps" "$ROOT/usr/share/icons/hicolor/256x256/apps" \
  "$ROOT/usr/share/doc/cii-desktop"
cp -a "$SRC" "$ROOT/opt/cii-desktop"
chmod -R u=rwX,go=rX "$ROOT/opt/cii-desktop"
ln -s /opt/cii-desktop/cii-desktop "$ROOT/usr/bin/cii-desktop"
install -m 0644 packaging/cii-desktop.desktop "$ROOT/usr/share/applications/cii-desktop.desktop"
install -m 0644 resources/cii-desktop.svg "$ROOT/usr/share/icons/hicolor/scalable/apps/cii-desktop.svg"
install -m 0644 resources/cii-desktop.png "$ROOT/usr/share/icons/hicolor/256x256/apps/cii-desktop.png"
install -m 0644 packaging/README.md "$ROOT/usr/share/doc/cii-desktop/README.md"
SIZE=$(du -sk "$ROOT" | cut -f1)
cat > "$ROOT/DEBIAN/control" <<CONTROL
Package: cii-desktop
Version: $VERSION
Architecture: $ARCH
Maintainer: CII-Valais <cii@admin.vs.ch>
Installed-Size: $SIZE
Depends: libc6, libfontconfig1, libfreetype6, libxkbcommon0, libegl1, libgl1, libdbus-1-3, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxkbcommon-x11-0
Recommends: gnome-keyring | kwalletmanager
Section: misc
Priority: optional
Description: CII Desktop - encrypted offline case work of the CII-Valais network
 Bilingual (FR/DE) forms, an encrypted local database (SQLCipher), batch sync
 through a shared server folder and printed signable PDFs. Frozen build: carries
 its own Python, Qt and libraries under /opt/cii-desktop.
CONTROL
cat > "$ROOT/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
set -e
if [ "$1" = "configure" ]; then
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
exit 0
POSTINST
cp "$ROOT/DEBIAN/postinst" "$ROOT/DEBIAN/postrm"
chmod 0755 "$ROOT/DEBIAN/postinst" "$ROOT/DEBIAN/postrm"
mkdir -p dist
OUT="dist/cii-desktop_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zgzip -z6 --build "$ROOT" "$OUT" >/dev/null
echo "built: $OUT ($(du -h "$OUT" | cut -f1))"
