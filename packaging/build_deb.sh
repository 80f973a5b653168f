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
# postrm: after dpkg removed the files, the menus and icon caches must forget the entry; on purge
# the machine presets IT wrote (/etc/cii-desktop/presets.ini, as /PURGE does on Windows) go too.
# Users' data (~/.local/share/CII Desktop, their keys in the keyring) is NEVER touched: it lives
# in their homes. No prerm: nothing runs or is registered that must be stopped first (a running
# window keeps its open files; the next start uses the new program).
cat > "$ROOT/DEBIAN/postrm" <<'POSTRM'
#!/bin/sh
set -e
case "$1" in
  remove|purge)
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
    # Only what the program itself might have left in its own folder (no data is ever there).
    if [ -d /opt/cii-desktop ]; then
      find /opt/cii-desktop -depth -type d -name __pycache__ -exec rm -rf {} + 2>/dev/null || true
      rmdir /opt/cii-desktop 2>/dev/null || true
    fi
    if [ "$1" = "purge" ]; then
      rm -f /etc/cii-desktop/presets.ini
      rmdir /etc/cii-desktop 2>/dev/null || true
    fi
    ;;
  upgrade|failed-upgrade|abort-install|abort-upgrade|disappear)
    ;;
  *)
    echo "postrm called with unknown argument '$1'" >&2
    exit 1
    ;;
esac
exit 0
POSTRM
chmod 0755 "$ROOT/DEBIAN/postinst" "$ROOT/DEBIAN/postrm"
mkdir -p dist
OUT="dist/cii-desktop_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zgzip -z6 --build "$ROOT" "$OUT" >/dev/null
echo "built: $OUT ($(du -h "$OUT" | cut -f1))"
