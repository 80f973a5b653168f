#!/usr/bin/env bash
# Removal check of the .deb (the package is installed): a user's data folder and the machine
# presets exist; "dpkg --remove" takes the program, its menu entry and icon, and the icon cache
# forgets it, keeps the presets and the user's data; "dpkg --purge" then takes the presets and
# still leaves the user's data byte for byte.
#   packaging/check_deb_remove.sh
set -euo pipefail
fail() { echo "deb removal check: $*" >&2; exit 1; }
HOME_DIR=$(mktemp -d)
PRESETS=/etc/cii-desktop/presets.ini
SAVED=""
if [ -e "$PRESETS" ]; then SAVED="$HOME_DIR/presets.saved"; cp -p "$PRESETS" "$SAVED"; fi
cleanup() {
  if [ -n "$SAVED" ]; then install -D -m 0644 "$SAVED" "$PRESETS"; fi
  rm -rf "$HOME_DIR"
}
trap cleanup EXIT
dpkg-query -W -f='${Status}' cii-desktop | grep -q "install ok installed" || fail "cii-desktop is not installed"
# A user's data, as the program writes it (from the installed program).
env -i PATH=/usr/bin:/bin HOME="$HOME_DIR" XDG_CONFIG_HOME="$HOME_DIR/config" XDG_DATA_HOME="$HOME_DIR/data" \
  PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring CII_DESKTOP_PASSPHRASE="removal check passphrase" \
  CII_DESKTOP_PRESETS="$HOME_DIR/none.ini" QT_QPA_PLATFORM=offscreen \
  cii-desktop demo --persons 3 --seed 5 >/dev/null
USERDATA="$HOME_DIR/data/CII Desktop/data"
test -s "$USERDATA/cii.db" || fail "no user data folder made at $USERDATA"
before=$(cd "$HOME_DIR/data" && find . -type f -exec sha256sum {} + | sort)
install -d -m 0755 /etc/cii-desktop
printf '[presets]\r\noffice=SION\r\n' > "$PRESETS"
cache=/usr/share/icons/hicolor/icon-theme.cache
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
  grep -q cii-desktop "$cache" || fail "the icon cache did not list the installed icon"
fi

dpkg --remove cii-desktop >/dev/null
for gone in /opt/cii-desktop /usr/bin/cii-desktop /usr/share/applications/cii-desktop.desktop \
    /usr/share/icons/hicolor/scalable/apps/cii-desktop.svg /usr/share/icons/hicolor/256x256/apps/cii-desktop.png; do
  { test -e "$gone" || test -L "$gone"; } && fail "left after remove: $gone"
done
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -e "$cache" ]; then
  grep -q cii-desktop "$cache" && fail "the icon cache still lists cii-desktop after remove"
fi
test -f "$PRESETS" || fail "remove took the machine presets (only purge does)"
test "$(cd "$HOME_DIR/data" && find . -type f -exec sha256sum {} + | sort)" = "$before" || fail "remove touched user data"

dpkg --purge cii-desktop >/dev/null
test ! -e "$PRESETS" || fail "purge left the machine presets"
test ! -e /etc/cii-desktop || fail "purge left /etc/cii-desktop"
dpkg-query -W cii-desktop >/dev/null 2>&1 && fail "the package is still known to dpkg"
test "$(cd "$HOME_DIR/data" && find . -type f -exec sha256sum {} + | sort)" = "$before" || fail "purge touched user data"
echo "remove: program, menu entry, icon and icon cache entry gone, presets and user data kept; purge: presets gone, user data kept byte for byte"
