"""Right of access: everything this workstation holds about one person, as JSON and as a PDF.

The data (every row of the person and of what hangs from it), its history (every value the change
journal keeps, with when and from which workstation), and who received what and when (the case's
sharing basis and institutions, the batches that carried the person's data out, the workstations
the data came from).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from ..domain import reference
from ..storage.store import Store
from .erasure import ErasureError, _chunks, collect

FORMAT = "cii-desktop access export v1"
LABELS = {
    "title": ("Droit d'accès : données détenues sur la personne", "Auskunftsrecht: über die Person gespeicherte Daten"),
    "intro": ("Ce document contient toutes les données que ce poste de travail détient sur vous, leur "
              "historique et à qui elles ont été transmises.",
              "Dieses Dokument enthält alle Daten, die dieser Arbeitsplatz über Sie gespeichert hat, ihren "
              "Verlauf und an wen sie übermittelt wurden."),
    "name": ("Nom", "Name"), "birth": ("Date de naissance", "Geburtsdatum"), "avs": ("N° AVS", "AHV-Nr."),
    "generated": ("Établi le", "Erstellt am"),
    "data": ("Données", "Daten"), "history": ("Historique des modifications", "Änderungsverlauf"),
    "when": ("Date", "Datum"), "what": ("Champ", "Feld"), "value": ("Valeur", "Wert"),
    "from": ("Poste", "Arbeitsplatz"),
    "sharing": ("Transmissions", "Übermittlungen"),
    "basis": ("Base du partage", "Grundlage der Weitergabe"),
    "institutions": ("Institutions", "Institutionen"),
    "sent": ("Envoyé dans les lots (n°, date)", "Gesendet in den Paketen (Nr., Datum)"),
    "received": ("Reçu des postes", "Erhalten von den Arbeitsplätzen"),
    "this": ("Ce poste de travail", "Dieser Arbeitsplatz"),
    "other": ("Un autre poste du réseau", "Ein anderer Arbeitsplatz des Netzwerks"),
    "none": ("aucun", "keine"),
}


def _t(key: str, lang: str) -> str:
    fr, de = LABELS[key]
    return de if lang == "de" else fr


def _value(value: Any) -> Any:
    if isinstance(value, (bytes, memoryview)):
        raw = bytes(value)
        return {"bytes": len(raw), "sha256": hashlib.sha256(raw).hexdigest(),
                "base64": base64.b64encode(raw).decode("ascii")}
    return value


def gather(store: Store, person_id: str) -> dict[str, Any]:
    """Everything held about ``person_id`` (ErasureError "erasure.unknown_person" if unknown)."""
    conn = store.read_connection()
    rows = collect(conn, person_id)
    if not rows:
        raise ErasureError("erasure.unknown_person")
    records: dict[str, list[dict[str, Any]]] = {}
    for table, ids in rows.items():
        for part in _chunks(ids):
            marks = ",".join("?" * len(part))
            cursor = conn.execute(f"SELECT * FROM {table} WHERE id IN ({marks})", part)
            names = [d[0] for d in cursor.description]
            records.setdefault(table, []).extend(
                {n: _value(v) for n, v in zip(names, row, strict=True) if n != "search_key"} for row in cursor)
    history: list[dict[str, Any]] = []
    own = store.workstation_id
    sent: set[int] = set()
    received: set[str] = set()
    for table, ids in rows.items():
        for part in _chunks(ids):
            marks = ",".join("?" * len(part))
            for row_id, field, value, changed_at, workstation, batch in conn.execute(
                    "SELECT row_id, field, new_value, changed_at, workstation_id, batch_seq FROM change_log "
                    f"WHERE table_name = ? AND row_id IN ({marks}) ORDER BY seq", (table, *part)):
                history.append({"table": table, "row_id": row_id, "field": field, "value": value,
                                "changed_at": str(changed_at), "workstation": workstation})
                if workstation == own and batch:
                    sent.add(int(batch))
                elif workstation != own:
                    received.add(str(workstation))
    batches = [{"seq": int(seq), "published_at": str(at) if at else None}
               for seq, at in conn.execute("SELECT seq, published_at FROM sync_outgoing ORDER BY seq")
               if int(seq) in sent]
    person = records["person"][0]
    from .profile import roster_members

    roster = roster_members(store)
    stations = {w: {"name": roster[w].name, "institution": roster[w].institution, "office": roster[w].office}
                for w in {own, *received} if w in roster}
    return {"format": FORMAT, "workstations": stations, "own_workstation": own,
            "generated_on": dt.date.today().isoformat(), "person_id": person_id,
            "person": person, "records": records, "history": history,
            "sharing": {"cases": [{"reference": c["reference"], "sharing_basis": c["sharing_basis"]}
                                  for c in records.get("case_file", [])],
                        "institutions": _institutions(conn, rows.get("case_institution", [])),
                        "sent_in_batches": batches, "received_from_workstations": sorted(received)}}


def _institutions(conn: Any, ids: list[str]) -> list[dict[str, str]]:
    found = []
    for part in _chunks(ids):
        marks = ",".join("?" * len(part))
        found += [{"case": str(r[0]), "institution": str(r[1]), "role": str(r[2])} for r in conn.execute(
            "SELECT c.reference, i.code, ci.role FROM case_institution ci JOIN case_file c ON c.id = ci.case_id "
            f"JOIN institution i ON i.id = ci.institution_id WHERE ci.id IN ({marks})", part)]
    return found


def _station(data: dict[str, Any], workstation: str, lang: str) -> str:
    """A workstation as the roster names it: person, institution, office (never its id)."""
    from ..documents.access_values import code_text

    known = data.get("workstations", {}).get(workstation)
    if known:
        office = reference.by_code(reference.OFFICES, known["office"]).name(lang) \
            if known["office"] in reference.codes(reference.OFFICES) else known["office"]
        return f"{known['name']} ({code_text(known['institution'], lang)}, {office})"
    return _t("this" if workstation == data.get("own_workstation") else "other", lang)


def _decoded(value: Any) -> Any:
    """A change journal value (JSON) as the row holds it: texts, numbers, flags; lists as JSON."""
    import json

    try:
        parsed = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return value
    if isinstance(parsed, bool):
        return int(parsed)
    return json.dumps(parsed, ensure_ascii=False) if isinstance(parsed, (list, dict)) else parsed


def to_pdf(data: dict[str, Any], lang: str) -> bytes:
    """The export as a PDF for the person (through the documents engine): words, never codes or ids."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Flowable, Spacer

    from ..documents.access_values import code_text, value_text, when
    from ..documents.access_words import field_word, shown_fields, table_word
    from ..documents.engine import Form, field_table, grid_table, para, render

    person = data["person"]
    body: list[Flowable] = [para(_t("intro", lang)), Spacer(1, 4 * mm), para(_t("data", lang), "h2")]
    for table, rows in data["records"].items():
        for row in rows:
            fields = [(field_word(k, lang), value_text(k, row[k], lang)) for k in shown_fields(row)]
            body += [para(table_word(table, lang), "h3"),
                     field_table([(label, value) for label, value in fields if value is not None])]
    history = []
    for h in data["history"]:
        if h["field"] not in shown_fields({h["field"]: None}):
            continue  # identifiers, images, raw content: in the JSON export
        shown = value_text(h["field"], _decoded(h["value"]), lang)
        if shown is not None:
            history.append([when(h["changed_at"]), f"{table_word(h['table'], lang)}: {field_word(h['field'], lang)}",
                            shown, _station(data, h["workstation"], lang)])
    body += [para(_t("history", lang), "h2"),
             grid_table([_t("when", lang), _t("what", lang), _t("value", lang), _t("from", lang)], history,
                        [28 * mm, 45 * mm, 62 * mm, 39 * mm])]
    sharing = data["sharing"]
    sent = ", ".join(f"{b['seq']} ({when(b['published_at']) if b['published_at'] else '–'})"
                     for b in sharing["sent_in_batches"])
    body += [para(_t("sharing", lang), "h2"), field_table([
        (_t("basis", lang), ", ".join(f"{c['reference']}: {code_text(c['sharing_basis'], lang)}"
                                      for c in sharing["cases"])),
        (_t("institutions", lang), ", ".join(f"{i['case']}: {code_text(i['institution'], lang)} "
                                             f"({code_text(i['role'], lang)})" for i in sharing["institutions"])),
        (_t("sent", lang), sent or _t("none", lang)),
        (_t("received", lang), ", ".join(_station(data, w, lang) for w in sharing["received_from_workstations"])
         or _t("none", lang)),
    ])]
    identity = [(_t("name", lang), f"{person['first_name']} {person['last_name']}"),
                (_t("birth", lang), value_text("birth_date", person["birth_date"], lang) or "–"),
                (_t("avs", lang), value_text("avs_number", person["avs_number"], lang) or "–"),
                (_t("generated", lang), when(data["generated_on"]))]
    references = [str(c["reference"]) for c in sharing["cases"] if c.get("reference")]
    shown_refs = ", ".join(references[:3]) + (" …" if len(references) > 3 else "")  # the header's one line
    form = Form(title=_t("title", lang), form_code="CII-ACCESS.1", version="1", language=lang,
                case_reference=shown_refs or "–", document_id=str(data["person_id"])[:8], institution="",
                identity=identity, body=body)
    return render(form)


def write(data: dict[str, Any], pdf: Path | None, json_path: Path | None, language: str, *,
          force: bool = False) -> list[Path]:
    """Write the export: the PDF for the person (``language``) and/or the JSON, each atomically and
    0600 (paths.write_private). Both are made before either is written (a failing PDF writes no
    JSON either); without ``force`` an existing file is never replaced (FileExistsError, and what
    this call wrote is taken back). Returns the files written."""
    import json

    from ..paths import write_private

    contents: list[tuple[Path, bytes]] = []
    if pdf is not None:
        contents.append((pdf, to_pdf(data, language)))
    if json_path is not None:
        contents.append((json_path, json.dumps(data, ensure_ascii=False, indent=1, default=str).encode("utf-8")))
    written: list[Path] = []
    try:
        for path, content in contents:
            write_private(path, content, force=force)
            written.append(path)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written
