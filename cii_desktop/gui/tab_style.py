"""Tabs tall enough for capital accents: an inactive tab is drawn a few pixels lower than the
active one (Fusion, the style on Linux), which cut the accent off "Équipe" or "État". Every tab is
made a few pixels taller; the look stays the platform's own."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

EXTRA_HEIGHT = 4


class TabStyle(QProxyStyle):
    def sizeFromContents(self, kind: QStyle.ContentsType, option: QStyleOption | None, size: QSize,
                         widget: QWidget | None = None) -> QSize:
        result = super().sizeFromContents(kind, option, size, widget)
        if kind == QStyle.ContentsType.CT_TabBarTab:
            vertical = option is not None and getattr(option, "shape", None) is not None and \
                option.shape in VERTICAL  # type: ignore[attr-defined]
            result = QSize(result.width() + (EXTRA_HEIGHT if vertical else 0),
                           result.height() + (0 if vertical else EXTRA_HEIGHT))
        return result


def _vertical_shapes() -> frozenset[object]:
    from PySide6.QtWidgets import QTabBar

    shape = QTabBar.Shape
    return frozenset({shape.RoundedWest, shape.RoundedEast, shape.TriangularWest, shape.TriangularEast})


VERTICAL = _vertical_shapes()


def install(app: QApplication) -> None:
    """Wrap the application's style once (before any window is built)."""
    if not isinstance(app.style(), TabStyle):
        app.setStyle(TabStyle(app.style().name()))
