#!/usr/bin/env bash
# Build the one-folder frozen app: dist/cii-desktop/ (program cii-desktop and its _internal/).
#   packaging/build_frozen.sh [PYTHON]     PYTHON: the environment where cii-desktop is installed
#                                          (default .venv/bin/python; PyInstaller is added to it)
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${1:-.venv/bin/python}"
"$PY" -m pip install -q -r packaging/requirements-build.txt
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/cii-desktop.spec
echo "built: dist/cii-desktop ($(du -sh dist/cii-desktop | cut -f1))"
