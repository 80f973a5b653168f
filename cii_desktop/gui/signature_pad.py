"""A signature pad: draw with the mouse, a pen (tablet) or a finger; exports the strokes as a PNG."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor(10, 30, 110)


class SignaturePad(QWidget):
    """Collects strokes; ``png()`` gives the signature cropped to its ink on a transparent background."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[QPainterPath] = []
        self._drawing = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAutoFillBackground(True)
        self.setStyleSheet("background: white; border: 1px solid #888888;")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def sizeHint(self) -> QSize:
        return QSize(560, 180)

    def is_empty(self) -> bool:
        return not any(path.elementCount() > 1 for path in self._strokes)

    def clear(self) -> None:
        self._strokes.clear()
        self.update()
        self.changed.emit()

    # Input: a pen on a tablet, the mouse, and touch (delivered as synthesised mouse events)
    def _begin(self, point: QPointF) -> None:
        path = QPainterPath(point)
        self._strokes.append(path)
        self._drawing = True

    def _extend(self, point: QPointF) -> None:
        if self._drawing and self._strokes:
            self._strokes[-1].lineTo(point)
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position())
        self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setPen(QPen(QColor("#bbbbbb"), 1, Qt.PenStyle.DashLine))
        baseline = self.height() - 30
        painter.drawLine(20, baseline, self.width() - 20, baseline)
        self._paint_strokes(painter)
        painter.end()

    def _paint_strokes(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(INK, 2.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        for path in self._strokes:
            painter.drawPath(path)

    def png(self, scale: float = 2.0) -> bytes:
        """The ink, cropped with a margin, at ``scale`` times screen resolution (empty bytes when blank)."""
        if self.is_empty():
            return b""
        bounds = QRectF()
        for path in self._strokes:
            bounds = bounds.united(path.boundingRect())
        bounds.adjust(-6, -6, 6, 6)
        image = QImage(int(bounds.width() * scale) + 1, int(bounds.height() * scale) + 1,
                       QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.scale(scale, scale)
        painter.translate(-bounds.topLeft())
        self._paint_strokes(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())
