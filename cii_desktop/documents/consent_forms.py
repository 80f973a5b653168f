"""The consent forms: procuration CII (or its revocation), the legal basis decided under LIAS art. 60 ff."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ..domain import reference
from ..domain.rule_tables import coded
from .engine import esc, field_table, para, row_table, styles
from .labels import pick, text


def _date(value: str | None) -> str:
    return dt.date.fromisoformat(value[:10]).strftime("%d.%m.%Y") if value else ""


def _name(code: str, lang: str) -> str:
    try:
        entry = reference.by_code(reference.INSTITUTIONS, code)
    except KeyError:
        return code
    return pick(entry.label.fr, entry.label.de, lang)


def with_offices(name: str, code: str, record: dict[str, Any], lang: str) -> str:
    """An institution's name followed by the offices the consent names of it: "ORP (Sion, Monthey)"
    (none named: the name alone, the whole institution)."""
    named = list((record.get("offices") or {}).get(code, []))
    offices = [pick(e.label.fr, e.label.de, lang) for e in reference.OFFICES if e.code in named]
    offices += [o for o in named if o not in reference.codes(reference.OFFICES)]  # unknown: as written
    return f"{name} ({', '.join(offices)})" if offices else name


def _recipients(c: dict[str, Any], lang: str) -> list[tuple[str, str]]:
    """Who the signed procuration goes to (seed procedure): the CMS of the commune of domicile and the
    répondants CII of the ORP and of the CMS concerned (the case's CMS contact where known; the
    répondants' names are written in by hand when the app does not know them)."""
    commune = c.get("person", {}).get("commune") or "–"
    contacts: dict[str, str] = {}
    for link in c["record"].get("contacts", []):
        if link.get("contact"):
            contacts.setdefault(link["institution"], link["contact"])
    return [(text("recipient_cms", lang), f"{_name('CMS', lang)} – {commune}"
             + (f" ({contacts['CMS']})" if "CMS" in contacts else "")),
            (text("recipient_orp_respondent", lang), "_" * 30),
            (text("recipient_cms_respondent", lang), "_" * 30)]


Laid = tuple[list[Flowable], list[Flowable]]  # (the form's body, the words signed: kept with the signatures)


def procuration(c: dict[str, Any], lang: str) -> Laid:
    """The procuration the person signs; once revoked, the revocation (nothing left to sign for). The
    consent wording, the date and the validity stay on one page with the signatures."""
    r = c["record"]
    if r.get("revoked_on"):
        return [], [para(text("revocation_text", lang).format(given=_date(r["given_on"]),
                                                              revoked=_date(r["revoked_on"]))),
                    Spacer(1, 3 * mm),
                    field_table([(text("procuration_date", lang), _date(r["given_on"])),
                                 (text("procuration_revoked", lang), _date(r["revoked_on"])),
                                 (text("revoked_by", lang), r.get("revoked_by") or "–")])]
    body = [_institutions(r, lang), Spacer(1, 3 * mm),
            field_table([(text("information_kinds", lang), text("information_kinds_text", lang))]
                        + _recipients(c, lang))]
    signed = [Spacer(1, 3 * mm), para(text("procuration_text", lang)), Spacer(1, 2 * mm),
              field_table([(text("procuration_date", lang), _date(r["given_on"])),
                           (text("procuration_valid", lang), _date(r["valid_until"]))])]
    return body, signed


def _institutions(r: dict[str, Any], lang: str) -> Flowable:
    """The institutions to tick, two to a row (the form fits one page); a ticked one names the offices
    the procuration restricts it to."""
    st = styles()
    chosen = set(r["institutions"])
    ticks = [("☒" if e.code in chosen else "☐", with_offices(pick(e.label.fr, e.label.de, lang), e.code, r, lang))
             for e in reference.INSTITUTIONS if e.code != "BUREAU"]
    ticks.append(("☒" if "BUREAU" in chosen else "☐", text("bureau", lang)))
    cells = [[Paragraph(box, st["body"]), Paragraph(esc(name), st["body"])] for box, name in ticks]
    rows = [cells[i] + (cells[i + 1] if i + 1 < len(cells) else ["", ""]) for i in range(0, len(cells), 2)]
    header = [Paragraph(f"<b>{esc(text('procuration_institutions', lang))}</b>", st["small"]), "", "", ""]
    return row_table([header, *rows], [8 * mm, 79 * mm, 8 * mm, 79 * mm], [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("VALIGN", (0, 0), (-1, -1), "TOP")], header=1)


def legal_basis(c: dict[str, Any], lang: str) -> list[Flowable]:
    """Sharing decided under LIAS art. 60 ff.: who decided, for which institutions, for which period."""
    r = c["record"]
    label = coded("legal_bases").get(r["legal_basis"])
    names = ", ".join(with_offices(_name(code, lang), code, r, lang) for code in reference.codes(reference.INSTITUTIONS)
                      if code in set(r["institutions"])) or text("all_institutions", lang)
    period = f"{_date(r['given_on'])} – {_date(r['valid_until'])}" if r.get("valid_until") else \
        text("from_until_revoked", lang).format(start=_date(r["given_on"]))
    return [para(text("legal_basis_text", lang)), Spacer(1, 3 * mm), field_table([
        (text("legal_basis", lang), pick(label.fr, label.de, lang) if label else r["legal_basis"]),
        (text("decided_by", lang), r["decided_by"]),
        (text("decided_on", lang), _date(r["given_on"])),
        (text("institutions_sharing", lang), names),
        (text("period", lang), period),
        *([(text("procuration_revoked", lang), _date(r["revoked_on"]))] if r.get("revoked_on") else []),
        (text("note", lang), r.get("note") or "–")])]
