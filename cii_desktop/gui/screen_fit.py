"""Every window fits its screen: a laptop's 1366x768 included. A window (restored geometry, a
dialog's designed size) larger than the screen's free area is shrunk and moved inside it when shown,
so its buttons are never off-screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtWidgets import QApplication, QWidget

# The window frame (title bar, borders) the window manager adds around a top-level window.
FRAME = (16, 40)


def fit(widget: QWidget, area: QRect | None = None) -> None:
    """Shrink and move ``widget`` (a top-level window) so that it lies within ``area`` (the free
    part of its screen by default), keeping its minimum size when that fits."""
    screen = widget.screen()
    if area is None:
        if screen is None:
            return
        area = screen.availableGeometry()
    width = max(200, min(widget.width(), area.width() - FRAME[0]))
    height = max(150, min(widget.height(), area.height() - FRAME[1]))
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(width, height)
    x = min(max(widget.x(), area.left()), area.right() - width - FRAME[0] + 1)
    y = min(max(widget.y(), area.top()), area.bottom() - height - FRAME[1] + 1)
    if (x, y) != (widget.x(), widget.y()):
        widget.move(max(area.left(), x), max(area.top(), y))


def compact(body: QWidget) -> None:
    """Let a tall dialog's body (its tabs) scroll on a small screen instead of pushing the dialog's
    buttons off it: the body goes into a scroll area in its place in the layout."""
    from PySide6.QtWidgets import QBoxLayout, QFrame, QScrollArea

    parent = body.parentWidget()
    layout = parent.layout() if parent is not None else None
    if not isinstance(layout, QBoxLayout):
        return
    index = layout.indexOf(body)
    stretch = layout.stretch(index)
    area = QScrollArea(parent)
    area.setObjectName(f"{body.objectName()}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    layout.insertWidget(index, area, max(stretch, 1))
    area.setWidget(body)


class ScreenFit(QObject):
    """Application-wide: fit each top-level window to its screen when it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow() \
                and not watched.isMaximized() and not watched.isFullScreen():
            fit(watched)
        return False


def install(app: QApplication) -> ScreenFit:
    """Install the filter once (kept on the application)."""
    existing = app.findChild(ScreenFit)
    if isinstance(existing, ScreenFit):
        return existing
    fitter = ScreenFit(app)
    app.installEventFilter(fitter)
    return fitter
