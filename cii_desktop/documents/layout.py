"""Page-break rules of the printed forms: what stays together on a page and what a split repeats.

- A table row splits across pages only when it is long (free text); a short row, such as a label and
  its value, moves whole to the next page. The part of a split row on the next page repeats the cells
  that were left empty there (the field's label, a step's owner and deadline), the label marked
  "(suite)" when it is the first column; a ruled table repeats its header row on each page.
- A heading keeps with the first lines of the block that follows it (never alone at a page's foot).
- The end of a form's text keeps with the signatures (:class:`KeepEndWith`), and the words a person
  signs keep with the signatures whole (:class:`KeepTogetherIfFits`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Spacer, Table
from reportlab.platypus.flowables import _Container, _listWrapOn

MIN_SPLIT_ROW = 62.0  # pt, about five lines: a lower row is never split, it moves whole
MIN_PART = 26.0  # pt, about two lines: each part of a split row holds at least this


def _empty(cell: Any) -> bool:
    return cell in ("", None) or (isinstance(cell, list | tuple) and not cell)


def _at_top(flowable: Flowable) -> bool:
    return bool(getattr(getattr(flowable, "_frame", None), "_atTop", False))


class RowTable(Table):  # type: ignore[misc]  # reportlab is untyped
    """A table whose rows split across pages only when they are long, and whose continued rows say
    what they continue (see the module's rules)."""

    cii_style: Sequence[tuple[Any, ...]] = ()
    cii_widths: Sequence[float] = ()
    cii_header = 0
    cii_continued = "(…)"
    cii_narrow = False

    def _keep_attributes(self, part: Table) -> Table:
        for name in ("cii_style", "cii_widths", "cii_header", "cii_continued", "cii_narrow"):
            setattr(part, name, getattr(self, name))
        return part

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803 - reportlab's names
        self._calc(aW, aH)
        parts: list[Flowable] = []
        n = self._getFirstPossibleSplitRowPosition(aH, ignoreSpans=1)
        if self.cii_header <= n < len(self._rowHeights):
            height, room = self._rowHeights[n], aH - sum(self._rowHeights[:n])
            if height >= MIN_SPLIT_ROW and room >= MIN_PART and height - room >= MIN_PART:
                parts = self._splitRows(aH, doInRowSplit=1)
                if len(parts) == 2:
                    parts[1] = self._continuation(parts[0], parts[1])
        if not parts:
            parts = self._splitRows(aH, doInRowSplit=0)
        return [self._keep_attributes(p) for p in parts]

    def _continuation(self, top: Table, rest: Table) -> Table:
        """The rest of a split row with the cells it left on the first page repeated (label marked)."""
        data = [list(row) for row in rest._cellvalues]
        first = data[self.cii_header]
        for col, cell in enumerate(first):
            above = top._cellvalues[-1][col]
            if _empty(cell) and not _empty(above):  # the first column is the row's label: marked as continued
                first[col] = [_again(f, self.cii_continued if col == 0 else "") for f in _as_list(above)]
        table = RowTable(data, colWidths=list(self.cii_widths), repeatRows=self.cii_header, splitInRow=1)
        table.setStyle(list(self.cii_style))
        return self._keep_attributes(table)


def _as_list(cell: Any) -> list[Any]:
    return list(cell) if isinstance(cell, list | tuple) else [cell]


def _again(item: Any, mark: str) -> Any:
    """A cell's content printed again on the next page (a paragraph, with the continuation mark once:
    a label already continued from an earlier page keeps its one mark)."""
    if isinstance(item, Paragraph):
        marked = bool(getattr(item, "cii_marked", False))
        again = Paragraph(item.text if marked else f"{item.text} {mark}".strip(), item.style)
        again.cii_marked = marked or bool(mark)
        return again
    return item


class _Group(_Container, Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Flowables drawn one under the other when they fit; split by the subclass's rule otherwise."""

    def __init__(self, content: Sequence[Flowable]) -> None:
        self._content = list(content)

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = _listWrapOn(self._content, aW, self.canv)
        self.width = aW
        return self.width, self.height

    def _height_of(self, flowables: Sequence[Flowable], aW: float) -> float:  # noqa: N803
        return float(_listWrapOn(list(flowables), aW, self.canv)[1])

    def _split_part(self, item: Flowable, aW: float, aH: float) -> list[Flowable]:  # noqa: N803
        if aH <= 0:
            return []
        item._frame = getattr(self, "_frame", None)
        item.wrapOn(self.canv, aW, aH)
        return [p for p in item.splitOn(self.canv, aW, aH) if p is not None]


class KeepWithNext(_Group):
    """Headings with the block after them: split only where the block shows its first lines under them."""

    def __init__(self, heads: Sequence[Flowable], block: Flowable, between: Sequence[Flowable] = ()) -> None:
        for head in heads:
            head.keepWithNext = 0  # this group does it (reportlab would not keep a heading with a group)
        self.heads, self.block = [*heads, *between], block
        super().__init__([*self.heads, block])

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803
        if self._height_of(self._content, aW) <= aH:
            return list(self._content)
        gap = max(self.heads[-1].getSpaceAfter(), self.block.getSpaceBefore())  # as the frame will space them
        parts = self._split_part(self.block, aW, aH - self._height_of(self.heads, aW) - gap - 1)
        if len(parts) >= 2 or _at_top(self):
            return [*self.heads, *(parts or [self.block])]
        return []  # not even the block's first lines fit: the heading goes to the next page with it


class KeepEndWith(_Group):
    """A block whose last part (a table's last row, a paragraph's last lines) shares its page with
    ``follow`` (the signatures): the signatures never stand alone on a page."""

    def __init__(self, block: Flowable, follow: Sequence[Flowable], page_height: float) -> None:
        self.block, self.follow, self.page_height = block, list(follow), page_height
        super().__init__([block, *follow])

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803
        follow_h = self._height_of(self.follow, aW)
        if self._height_of(self._content, aW) <= aH:
            return list(self._content)
        if follow_h > 0.8 * self.page_height:  # too tall to go with anything: it simply follows
            return list(self._content)
        block_h = self._height_of([self.block], aW)
        # Its last row moved whole to the signatures' page, else a long row split so that its last
        # lines go with them (also when the rest would just fit alone, or only just not fit, on this page).
        for room in (block_h - 1, block_h - 2 * MIN_PART):
            parts = self._split_part(self.block, aW, min(aH, room))
            if len(parts) >= 2:
                return [*parts[:-1], KeepEndWith(parts[-1], self.follow, self.page_height)]
        return list(self._content) if _at_top(self) else []


class KeepTogetherIfFits(_Group):
    """Kept on one page (moved whole to the next one) when it fits on a page; split otherwise."""

    def __init__(self, content: Sequence[Flowable], page_height: float) -> None:
        self.page_height = page_height
        super().__init__(content)

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803
        if self._height_of(self._content, aW) <= self.page_height and not _at_top(self):
            return []
        return list(self._content)


def is_heading(item: Flowable) -> bool:
    return isinstance(item, Paragraph) and bool(getattr(item.style, "keepWithNext", 0))


def group_headings(flowables: Sequence[Flowable]) -> list[Flowable]:
    """Each run of headings bound to the next block (spacers between them kept)."""
    out: list[Flowable] = []
    heads: list[Flowable] = []
    between: list[Flowable] = []
    for item in flowables:
        if is_heading(item):
            heads += between + [item]
            between = []
        elif heads and isinstance(item, Spacer):
            between.append(item)
        elif heads:
            out.append(KeepWithNext(heads, item, between))
            heads, between = [], []
        else:
            out.append(item)
    return out + heads + between


def keep_end_with(body: Sequence[Flowable], follow: Sequence[Flowable], page_height: float) -> list[Flowable]:
    """``body`` with its last block keeping its end on the page of ``follow``."""
    items = list(body)
    if not follow:
        return items
    last = max((i for i, f in enumerate(items) if not isinstance(f, Spacer)), default=None)
    if last is None:
        return items + list(follow)
    return items[:last] + [KeepEndWith(items[last], items[last + 1:] + list(follow), page_height)]
