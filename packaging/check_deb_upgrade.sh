#!/usr/bin/env bash
# Upgrade check of the .deb: with the installed package, make a data folder (as a user would),
# install a newer package over it, and check that the data folder is still there and opens with
# the new program; then the package is removed and the data folder is still there.
#   packaging/check_deb_upgrade.sh NEWER.deb      (the older one is installed)
set -euo pipefail
NEWER="$1"
HOME_DIR=$(mktemp -d)
trap 'rm -rf "$HOME_DIR"' EXIT
run() {
  env -i PATH=/usr/bin:/bin HOME="$HOME_DIR" XDG_CONFIG_HOME="$HOME_DIR/config" XDG_DATA_HOME="$HOME_DIR/data" \
    PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring CII_DESKTOP_PASSPHRASE="upgrade check passphrase" \
    CII_DESKTOP_PRESETS="$HOME_DIR/none.ini" QT_QPA_PLATFORM=offscreen cii-desktop "$@"
}
before=$(dpkg-query -W -f='${Version}' cii-desktop)
run demo --data-dir "$HOME_DIR/cases" --persons 3 --seed 4 >/dev/null
run cases --data-dir "$HOME_DIR/cases" --json > "$HOME_DIR/before.json"
apt-get install -y -qq --no-install-recommends "$NEWER" >/dev/null
after=$(dpkg-query -W -f='${Version}' cii-desktop)
test "$before" != "$after"
run check --data-dir "$HOME_DIR/cases" | grep -q "^OK"
run cases --data-dir "$HOME_DIR/cases" --json | cmp -s - "$HOME_DIR/before.json"
echo "upgrade $before -> $after: data folder kept and opened by the new program"
