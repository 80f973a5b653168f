"""The forms of the referral path: each kind lays out a frozen content snapshot (JSON) into a Form."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ..domain import grid as grid_rules
from ..domain import reference
from ..domain import tandem as tandem_rules
from ..domain import target_publics as targets
from ..domain.contract import flag_text
from ..domain.rule_tables import coded, load
from . import consent_forms
from .engine import Form, Party, esc, field_table, grid_table, para, render, styles
from .labels import TEXTS, pick, text

FORM_VERSION = "2026.1"  # the forms' layout version; ".n" adds the document's own version


@dataclass(frozen=True)
class Kind:
    """A kind of document: its code for the CLI, its printed form code and title."""

    code: str
    form_code: str
    title_key: str


def _kinds(variant: str = "") -> dict[str, Kind]:
    """The forms' codes and titles (``domain/tables/forms.json``, each code saying its source)."""
    return {row["kind"]: Kind(row["kind"], row["code"], row["title"]) for row in load("forms")["forms"]
            if row.get("variant", "") == variant}


KINDS: dict[str, Kind] = _kinds()
BELOW_COMPLEX: Kind = _kinds("below_complex")["announcement"]


def kind_of(kind: str, content: dict[str, Any] | None = None) -> Kind:
    """The form a record prints on: an announcement of a grid below CII complexe is not the canton's
    CII100.1 (the form of a complex situation) and prints under its own title and code."""
    record = (content or {}).get("record", {})
    if kind == "announcement" and record.get("grid_level") not in (None, "", "complex"):
        return BELOW_COMPLEX
    return KINDS[kind]


def title(kind: str, language: str, content: dict[str, Any] | None = None) -> str:
    info = kind_of(kind, content)
    if info is BELOW_COMPLEX:
        level = grid_rules.level_label(content["record"]["grid_level"])  # type: ignore[index]
        return text(info.title_key, language).replace("{level}", pick(level.fr, level.de, language)) \
            if language != "bilingual" else f"{title(kind, 'fr', content)} / {title(kind, 'de', content)}"
    return text(info.title_key, language)


def date_text(value: str | None) -> str:
    """An ISO date of the snapshot as dd.mm.yyyy."""
    if not value:
        return ""
    return dt.date.fromisoformat(value[:10]).strftime("%d.%m.%Y")


def _inst(code: str, lang: str, short: bool = False) -> str:
    """An institution's name in the print language; ``short`` (ORP / RAV) for narrow table columns."""
    try:
        entry = reference.by_code(reference.INSTITUTIONS, code)
    except KeyError:
        return code
    label = (entry.short or entry.label) if short else entry.label
    return pick(label.fr, label.de, lang)


def _yes(value: bool, lang: str) -> str:
    return text("yes" if value else "no", lang)


def _coded(list_name: str, code: str, lang: str, table: str = "referral") -> str:
    """The label of ``code`` in a coded list of a rule table, in the print language."""
    label = coded(list_name, table).get(code)
    return pick(label.fr, label.de, lang) if label else code


def _grid(c: dict[str, Any], lang: str) -> list[Flowable]:
    r = c["record"]
    rows = []
    for code in grid_rules.domains():
        value = r["ratings"].get(code, {"rating": 0, "comment": ""})
        d = grid_rules.domain_label(code)
        s = grid_rules.scale_label(int(value["rating"]))
        rows.append([pick(d.fr, d.de, lang), f"{value['rating']} – {pick(s.fr, s.de, lang)}", value["comment"]])
    proposed, level = grid_rules.level_label(r["proposed_level"]), grid_rules.level_label(r["level"])
    ratings = {k: grid_rules.Rating(int(v["rating"]), v["comment"]) for k, v in r["ratings"].items()}
    reason = grid_rules.propose(ratings).reason("fr" if lang != "de" else "de")
    if lang == "bilingual":
        reason += "\n" + grid_rules.propose(ratings).reason("de")
    body: list[Flowable] = []
    if r.get("refused"):
        body.append(Paragraph(f"<b>{esc(text('grid_refused', lang))}</b>", styles()["h2"]))
    body += [
        field_table([(text("grid_assessed", lang), date_text(r["assessed_on"])),
                     (text("grid_assessor", lang), f"{r['assessor']} ({_inst(r['institution'], lang)})")]),
        Spacer(1, 3 * mm),
        grid_table([text("grid_domain", lang), text("grid_rating", lang), text("grid_comment", lang)], rows,
                   [50 * mm, 42 * mm, 82 * mm]),
        Spacer(1, 3 * mm),
        field_table([(text("grid_proposed", lang), pick(proposed.fr, proposed.de, lang)),
                     (text("grid_reason", lang), reason),
                     (text("grid_level", lang), pick(level.fr, level.de, lang))]
                    + ([(text("grid_override", lang), r["override_reason"])] if r["override_reason"] else [])),
    ]
    return body


def _refusal(c: dict[str, Any], lang: str) -> tuple[list[Flowable], list[Flowable]]:
    """The refusal the person signs: its wording stays on one page with the signatures."""
    r = c["record"]
    return [], [para(text("refusal_text", lang)), Spacer(1, 3 * mm),
                field_table([(text("refusal_date", lang), date_text(r["given_on"])), (text("note", lang), r["note"])])]


def _consent_line(consent: Any, lang: str) -> str:
    """The procuration or legal basis an announcement rests on, from its codes (older prints: as frozen)."""
    if not isinstance(consent, dict):
        return str(consent or "")
    if consent["kind"] == "legal_basis":
        label = coded("legal_bases").get(consent.get("legal_basis") or "")
        basis = pick(label.fr, label.de, lang) if label else text("legal_basis", lang)
        return f"{basis} – {consent['decided_by']} ({date_text(consent['given_on'])})"
    chosen = set(consent.get("institutions", []))
    names = ", ".join(consent_forms.with_offices(_inst(code, lang, short=True), code, consent, lang)
                      for code in reference.codes(reference.INSTITUTIONS) if code in chosen)
    return f"{text('procuration_title', lang)} {date_text(consent['given_on'])} ({names})"


def _grid_problems(r: dict[str, Any], lang: str) -> str:
    """The grid's problems (codes and ratings) worded in the print language, then what was typed."""
    lines = []
    for p in r.get("grid_problems", []):
        d, s = grid_rules.domain_label(p["domain"]), grid_rules.scale_label(int(p["rating"]))
        lines.append(f"- {pick(d.fr, d.de, lang)} ({pick(s.fr, s.de, lang)})" + (f": {p['comment']}"
                                                                                   if p["comment"] else ""))
    return "\n".join(lines + ([r["problems"]] if r["problems"] else []))


def _involved(r: dict[str, Any], lang: str) -> str:
    coded_part = ", ".join(_inst(i["institution"], lang, short=True) + (f" – {i['contact']}" if i["contact"] else "")
                           for i in r.get("involved", []))
    return "\n".join(v for v in (coded_part, r["institutions_involved"]) if v)


def _announcement(c: dict[str, Any], lang: str) -> list[Flowable]:
    r = c["record"]
    level = grid_rules.level_label(r["grid_level"]) if r.get("grid_level") else None
    return [field_table([
        (text("announced_on", lang), date_text(r["announced_on"])),
        (text("announced_by", lang), f"{r['announced_by']} ({_inst(r['institution'], lang)})"),
        (text("grid_of", lang), f"{date_text(r['grid_on'])} – {pick(level.fr, level.de, lang) if level else ''}"),
        *([(text("announce_override", lang), r["override_reason"])] if r.get("override_reason") else []),
        (text("consent_of", lang), _consent_line(r["consent"], lang)),
        (text("problems", lang), _grid_problems(r, lang)),
        (text("institutions_involved", lang), _involved(r, lang)),
        (text("measures_tried", lang), r["measures_tried"]),
        (text("expected_goal", lang), r["expected_goal"]),
        (text("requested_handling", lang), _coded("handlings", r["requested_handling"], lang)
         if r["requested_handling"] else ""),
    ])]


def _decision(c: dict[str, Any], lang: str) -> list[Flowable]:
    r = c["record"]
    to = r.get("announced_by", "") + (f" ({_inst(r['announced_institution'], lang)})"
                                       if r.get("announced_institution") else "")
    rows = [(text("addressed_to", lang), to or "–"),
            (text("decided_on", lang), date_text(r["decided_on"])),
            (text("decided_by", lang), _inst(r["decided_by"], lang)),
            (text("announced_on", lang), date_text(r["announced_on"])),
            (text("outcome", lang), text(r["outcome"], lang))]
    if r["outcome"] == "accepted":
        rows.append((text("handling", lang), _coded("handlings", r["handling"], lang)))
    rows += [(text("reason", lang), r["reason"])]
    if r["outcome"] == "refused":
        rows.append((text("suggestions", lang), r["suggestions"]))
    return [field_table(rows)]


def _transition(c: dict[str, Any], lang: str) -> list[Flowable]:
    r = c["record"]
    row = targets.row(int(r["target_row"]))
    status = targets.status_label(row.status)
    meeting = _yes(r["meeting_planned"], lang) + (f" – {date_text(r['meeting_on'])}" if r.get("meeting_on") else "")
    return [field_table([
        (text("direction", lang), text(r["direction"], lang)),
        (text("target_row", lang), f"{row.number}. {pick(row.public.fr, row.public.de, lang)}"),
        (text("procedure", lang), pick(row.procedure.fr, row.procedure.de, lang)),
        (text("status", lang), pick(status.fr, status.de, lang)),
        (text("who", lang), pick(targets.who_label(row, "fr"), targets.who_label(row, "de"), lang)),
        (text("remarks", lang), pick(row.remark.fr, row.remark.de, lang) or "–"),
        (text("when", lang), pick(row.when.fr, row.when.de, lang) or "–"),
        (text("recorded_on", lang), date_text(r["recorded_on"])), (text("recorded_by", lang), r["recorded_by"]),
        (text("meeting", lang), meeting), (text("note", lang), r["note"]),
    ])]


def _warning(c: dict[str, Any], lang: str) -> list[Flowable]:
    r = c["record"]
    return [para(text("warning_text", lang)), Spacer(1, 3 * mm), field_table([
        (text("recorded_on", lang), date_text(r["occurred_on"])), (text("warning_reason", lang), r["text"]),
        (text("partner_informed", lang), _yes(r["partner_informed"], lang))])]


def _closure(c: dict[str, Any], lang: str) -> list[Flowable]:
    r = c["record"]
    return [field_table([
        (text("closed_on", lang), date_text(r["occurred_on"])), (text("closed_by", lang), r["author"]),
        (text("closure_outcome", lang), _coded("closure_outcomes", r["outcome"], lang)),
        (text("note", lang), r["text"]), (text("partner_informed", lang), _yes(r["partner_informed"], lang))])]


def _recovery(c: dict[str, Any], lang: str) -> list[Flowable]:
    r = c["record"]
    return [para(text("recovery_text", lang)), Spacer(1, 3 * mm), para(text("recovery_needs", lang)),
            Spacer(1, 6 * mm), Paragraph(esc(r["recovery_key"]), styles()["mono"]),
            Spacer(1, 6 * mm), field_table([(text("data_folder", lang), r["data_folder"]),
                                            (text("created_on", lang), date_text(r["created_on"]))])]


def _institution_code(value: str) -> str:
    """The institution a typed word names by its code or short name (ORP, RAV, CMS, SMZ, IV...), or ""."""
    word = value.strip().upper()
    for entry in reference.INSTITUTIONS:
        names = {entry.code} | ({entry.short.fr.upper(), entry.short.de.upper()} if entry.short else set())
        if word in names:
            return entry.code
    return ""


def participant_role(role: str, lang: str) -> str:
    """A participant's role as words: a role code worded, an institution's code typed for a role (the
    institution is printed beside it) read as its representative; any other typed role as typed."""
    team_roles = coded("roles", "handlings.assessment")
    if role in team_roles:
        return pick(team_roles[role].fr, team_roles[role].de, lang)
    entry = next((e for e in reference.ROLES if e.code == role), None)
    if entry is not None:
        return pick(entry.label.fr, entry.label.de, lang)
    return text("representative", lang) if _institution_code(role) else role


def distribution_text(value: str, lang: str) -> str:
    """The distribution list with the institutions typed by code printed by name in the print language."""
    return "".join(_inst(code, lang) if (code := _institution_code(part)) else part
                   for part in re.split(r"(\s*[,;\n]\s*)", value))


def _minutes(c: dict[str, Any], lang: str) -> list[Flowable]:
    r = c["record"]
    present = [p for p in r["participants"] if p["present"]]
    excused = [p for p in r["participants"] if not p["present"]]
    rows = [[p["name"], _inst(p["institution"], lang) if p["institution"] else "", participant_role(p["role"], lang)]
            for p in present]
    body: list[Flowable] = []
    if r["kind"] == "round_table":
        body.append(para(text("without_person", lang), "small"))
    body += [
        field_table([(text("meeting_date", lang), date_text(r["held_on"] or r["scheduled_on"])),
                     (text("place", lang), r["place"]), (text("coordinator_name", lang), r["coordinator"])]),
        Paragraph(esc(text("participants_present", lang)), styles()["h2"]),
        grid_table([text("name", lang), text("institution", lang), text("role", lang)],
                   rows, [60 * mm, 64 * mm, 50 * mm]) if rows else para("–"),
    ]
    if excused:
        body.append(field_table([(text("participants_excused", lang), ", ".join(
            f"{p['name']} ({_inst(p['institution'], lang)})" if p["institution"] else p["name"] for p in excused))]))
    recommended = _coded("recommendations", r["recommended"], lang, "handlings") if r["recommended"] else ""
    body += [Spacer(1, 2 * mm), field_table([(text("situation", lang), r["situation"]),
                                             (text("problems_clarified", lang), r["problems"]),
                                             (text("decisions", lang), r["decisions"]),
                                             (text("recommended", lang), recommended)])]
    if r["steps"]:
        body += [Paragraph(esc(text("next_steps", lang)), styles()["h2"]),
                 grid_table([text("step", lang), text("owner", lang), text("deadline", lang)],
                            [[st["text"], st["owner"], date_text(st["due_on"])] for st in r["steps"]],
                            [104 * mm, 45 * mm, 25 * mm])]
    if r["distribution"]:
        body.append(field_table([(text("distribution", lang), distribution_text(r["distribution"], lang))]))
    return body


def _contract(c: dict[str, Any], lang: str) -> list[Flowable]:
    r = c["record"]
    h2 = styles()["h2"]
    team = [[m["name"], _coded("roles", m["role"], lang, "handlings.assessment"),
             _inst(m["institution"], lang) if m["institution"] else ""] for m in r["team"]]
    ev = r["evaluation"]
    body: list[Flowable] = [
        field_table([(text("assessment_held_on", lang), date_text(r["held_on"])), (text("place", lang), r["place"]),
                     (text("framework_end", lang), date_text(r.get("framework_end")) or "–"),
                     (text("version", lang), str(r["version"]))]),
        Paragraph(esc(text("regional_team", lang)), h2),
        grid_table([text("name", lang), text("role", lang), text("institution", lang)], team,
                   [60 * mm, 56 * mm, 58 * mm]),
        Paragraph(esc(text("evaluation", lang)), h2),
        field_table([(text("eval_medical", lang), ev["medical"] or "–"),
                     (text("eval_professional", lang), ev["professional"] or "–"),
                     (text("eval_social", lang), ev["social"] or "–"),
                     (text("eval_resources", lang), ev["resources"] or "–")]),
        Paragraph(esc(text("overall_aim", lang)), h2),
        field_table([(_coded("aims", r["aim_kind"], lang, "handlings.contract"), r["aim"] or "–")]),
        Paragraph(esc(text("objectives", lang)), h2),
    ]
    for i, objective in enumerate(r["objectives"], 1):
        body.append(Paragraph(esc(f"{text('objective', lang)} {i} – {objective['text']}"), styles()["h3"]))
        rows = [[f"{i}.{j}", f"{m['kind']}\n{text('provider', lang)}: {m['provider'] or '–'}",
                 _coded("frames", m["frame"], lang, "handlings.contract"),
                 f"{_inst(m['responsible'], lang, short=True)}\n{text('cost_bearer', lang)}: "
                 f"{_cost(m['cost_bearer'], lang)}",
                 f"{date_text(m['start'])} – {date_text(m['end'])}"] for j, m in enumerate(objective["measures"], 1)]
        header = [text(key, lang) for key in ("number", "measure", "legal_frame", "responsible", "period")]
        body.append(grid_table(header, rows, [12 * mm, 54 * mm, 38 * mm, 42 * mm, 28 * mm])
                    if rows else para(text("no_measure", lang), "small"))
    institutions = [(_inst(code, lang, short=True), words)
                    for code, words in sorted(r["institution_commitments"].items())]
    body += [Paragraph(esc(text("commitments", lang)), h2),
             field_table([(text("person_commitments", lang), r["person_commitments"] or "–")]),
             Paragraph(esc(text("institution_commitments", lang)), styles()["h3"]),
             field_table(institutions or [(text("institution_commitments", lang), "–")]),
             field_table([(text("review_dates", lang), ", ".join(date_text(d) for d in r["review_dates"]) or "–")]),
             Paragraph(esc(text("bureau_check", lang)), h2)]
    flags = [_flag(f, lang) for f in r["flags"]]
    body += [para(f"⚠ {f}") for f in flags] if flags else [para(text("check_ok", lang))]
    return body


def _flag(flag: dict[str, Any], lang: str) -> str:
    """A check's message from its code and parameters (prints frozen before codes: their two wordings)."""
    if "code" not in flag:
        return pick(flag["fr"], flag["de"], lang)
    fr, de = (flag_text(flag["code"], flag["params"], language) for language in ("fr", "de"))
    return pick(fr, de, lang)


def _cost(code: str, lang: str) -> str:
    return text("the_person", lang) if code == "person" else (_inst(code, lang, short=True) if code else "–")


BLANK = "_" * 30
BLANK_DATE = "____.____.________"


def _tandem_to_fill(r: dict[str, Any], lang: str) -> list[Flowable]:
    """A tandem not started yet: the plan the two leads fill in by hand at their first interview (six
    months of two interviews, one row each), not an empty form."""
    per_month = int(tandem_rules.rules()["min_interviews_per_month"])
    rows = [[str(month), "\u00a0\n\u00a0", "", ""] for month in range(1, int(tandem_rules.rules()["plan_months"]) + 1)
            for _ in range(per_month)]
    return [
        para(text("tandem_to_fill", lang)), Spacer(1, 2 * mm),
        field_table([(text("orp_counsellor", lang), r["lead_orp"] or BLANK),
                     (text("cms_social_worker", lang), r["lead_cms"] or BLANK),
                     (text("plan_start", lang), BLANK_DATE), (text("plan_end", lang), BLANK_DATE),
                     (text("tandem_objectives", lang), r.get("objectives") or "\n".join([BLANK * 2] * 3))]),
        Spacer(1, 1.5 * mm), para(text("interview_rule", lang), "small"),
        Paragraph(esc(text("interview_plan", lang)), styles()["h2"]),
        grid_table([text("plan_month", lang), text("interview_date", lang), text("participant", lang),
                    text("notes", lang)], rows, [16 * mm, 30 * mm, 50 * mm, 78 * mm]),
    ]


def _tandem(c: dict[str, Any], lang: str) -> list[Flowable]:
    r = c["record"]
    if not r["started_on"]:
        return _tandem_to_fill(r, lang)
    outcome = _coded("outcomes", r["outcome"], lang, "handlings.tandem") if r["outcome"] else "–"
    body: list[Flowable] = [
        field_table([(text("orp_counsellor", lang), r["lead_orp"]), (text("cms_social_worker", lang), r["lead_cms"]),
                     (text("plan_start", lang), date_text(r["started_on"])),
                     (text("plan_end", lang), date_text(r["ends_on"])),
                     (text("tandem_outcome", lang), outcome),
                     (text("tandem_objectives", lang), r.get("objectives") or "–")]),
        Spacer(1, 1.5 * mm), para(text("interview_rule", lang), "small"),
        Paragraph(esc(text("interview_log", lang)), styles()["h2"]),
    ]
    rows = [[date_text(i["held_on"]), i["participants"], i["notes"]] for i in r["interviews"]]
    body.append(grid_table([text("interview_date", lang), text("participant", lang), text("notes", lang)], rows,
                           [25 * mm, 55 * mm, 94 * mm]) if rows else para("–"))
    body.append(field_table([(text("thin_months", lang), ", ".join(r["thin_months"]) or text("none", lang))]))
    return body


Laid = list[Flowable] | tuple[list[Flowable], list[Flowable]]  # the body, or (the body, the words signed)
LAYOUTS: dict[str, Callable[[dict[str, Any], str], Laid]] = {
    "grid": _grid, "procuration": consent_forms.procuration, "legal_basis": consent_forms.legal_basis,
    "refusal": _refusal, "announcement": _announcement,
    "decision": _decision, "transition": _transition, "warning": _warning, "closure": _closure,
    "recovery_key": _recovery, "tro_minutes": _minutes, "network_minutes": _minutes,
    "contract": _contract, "tandem_plan": _tandem,
}


def identity(c: dict[str, Any], lang: str) -> list[tuple[str, str]]:
    p, case = c["person"], c["case"]
    language = reference.by_code(reference.LANGUAGES, p["language"]).label
    return [(text("person_name", lang), f"{p['last_name']} {p['first_name']}"),
            (text("birth_date", lang), date_text(p["birth_date"])), (text("avs", lang), p["avs"] or "–"),
            (text("address", lang), p["address"] or "–"), (text("commune", lang), p["commune"] or "–"),
            (text("language", lang), pick(language.fr, language.de, lang)),
            (text("office", lang), pick(case["office_fr"], case["office_de"], lang)),
            (text("lead", lang), _inst(case["lead"], lang))]


def party_label(party: dict[str, Any], lang: str) -> str:
    """What a signing party is: its team role (contract), its fixed title, or "participant"."""
    if party.get("role"):
        return _coded("roles", party["role"], lang, "handlings.assessment")
    if party.get("role_text"):  # a meeting participant: the role the minutes hold, as words
        return participant_role(str(party["role_text"]), lang)
    return text(party["party"], lang) if party["party"] in TEXTS else text("participant", lang)


REGIONS = {"UPPER_VALAIS"}  # an office named after a region (Brig and Visp): no one town to print


def _sign_place(case: dict[str, Any] | None, lang: str) -> str:
    """The place to sign prefilled with the office's town; left blank to write by hand when the
    office is a region."""
    if not case:
        return ""
    region = any(o.code in REGIONS and o.label.fr == case["office_fr"] for o in reference.OFFICES)
    return "" if region else pick(case["office_fr"], case["office_de"], lang)


def build(content: dict[str, Any], kind: str, language: str, document_id: str, version: int,
          signatures: dict[str, tuple[Any, ...]] | None = None, status_line: str = "") -> Form:
    """The Form of a snapshot; ``signatures`` maps a party key to (date text, PNG image[, signer's
    name, place]): who really signed, and where, prints under the signature."""
    signed = signatures or {}
    lang = language
    parties = []
    for party in content.get("parties", []):
        entry = signed.get(party["party"], ("", None))
        date, image = str(entry[0]), entry[1]
        # a decision taken over from the Bureau's register names the Bureau, not a person: its name in words
        signer = str(entry[2]) if len(entry) > 2 and entry[2] else _inst(str(party.get("name", "")), lang)
        place = str(entry[3]) if len(entry) > 3 and entry[3] else _sign_place(content.get("case"), lang)
        role = party_label(party, lang)
        parties.append(Party(role=role, name=signer,
                             institution=_inst(party.get("institution", ""), lang) if party.get("institution") else "",
                             place=place, date=date, image=image))
    if kind == "procuration" and content.get("record", {}).get("kind") == "legal_basis":
        kind = "legal_basis"  # printed before the legal basis had its own form: it reads as one now
    kind_info = kind_of(kind, content)
    laid = LAYOUTS[kind](content, lang)
    body, signed_words = laid if isinstance(laid, tuple) else (laid, [])
    revoked = kind == "procuration" and content.get("record", {}).get("revoked_on")
    return Form(title=text("revocation_title", lang) if revoked else title(kind, lang, content),
                form_code=kind_info.form_code, version=f"{FORM_VERSION}.{version}",
                language=lang, case_reference=content.get("case", {}).get("reference", "–"),
                document_id=document_id, institution=_inst(content.get("institution", ""), lang),
                institution_short=_inst(content.get("institution", ""), lang, short=True),
                identity=identity(content, lang) if "person" in content else [],
                body=body, signed_with=signed_words, parties=parties, subject=kind_info.form_code,
                status_line=status_line)


def render_pdf(content: dict[str, Any], kind: str, language: str, document_id: str, version: int,
               signatures: dict[str, tuple[Any, ...]] | None = None, status_line: str = "") -> bytes:
    return render(build(content, kind, language, document_id, version, signatures, status_line))


def recovery_sheet_pdf(recovery_key: str, data_folder: str, created_on: dt.date, language: str,
                       workstation: str = "") -> bytes:
    """The recovery-key sheet printed at set-up (no personal data; the key itself, once)."""
    content = {"record": {"recovery_key": recovery_key, "data_folder": data_folder,
                          "created_on": created_on.isoformat()},
               "case": {"reference": workstation[:8] or "–", "office_fr": "", "office_de": "", "lead": ""}}
    return render(build(content, "recovery_key", language, workstation or "0" * 8, 1))
