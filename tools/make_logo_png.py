"""Renders resources/cii-desktop.svg to resources/cii-desktop.png (the letterhead logo of printed forms)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    app = QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ROOT / "resources" / "cii-desktop.svg"))
    image = QImage(512, 512, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    image.save(str(ROOT / "resources" / "cii-desktop.png"))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
