"""Contrat d'objectifs and assessment rules: content, state transitions, legal-frame checks (from the tables)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .dates import add_months
from .errors import FieldError
from .reference import Label
from .rule_tables import coded, load


def assessment_rules() -> dict[str, Any]:
    data: dict[str, Any] = load("handlings")["assessment"]
    return data


def contract_rules() -> dict[str, Any]:
    data: dict[str, Any] = load("handlings")["contract"]
    return data


def state_labels() -> dict[str, Label]:
    return coded("states", "handlings.assessment")


def can_move(state: str, to: str) -> bool:
    """Whether an assessment may go from ``state`` to ``to`` (closing is possible from any open state)."""
    if to == "closed":
        return state != "closed"
    row = next((s for s in assessment_rules()["states"] if s["code"] == state), None)
    return row is not None and to in row["next"]


@dataclass(frozen=True)
class Measure:
    """A targeted measure of an objective, with its legal frame and who carries it."""

    kind: str
    frame: str
    provider: str = ""
    responsible: str = ""  # institution code
    cost_bearer: str = ""  # institution code, or "person"
    start: dt.date | None = None
    end: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "frame": self.frame, "provider": self.provider, "responsible": self.responsible,
                "cost_bearer": self.cost_bearer, "start": self.start.isoformat() if self.start else None,
                "end": self.end.isoformat() if self.end else None}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Measure:
        return cls(str(d.get("kind", "")), str(d.get("frame", "")), str(d.get("provider", "")),
                   str(d.get("responsible", "")), str(d.get("cost_bearer", "")),
                   dt.date.fromisoformat(d["start"]) if d.get("start") else None,
                   dt.date.fromisoformat(d["end"]) if d.get("end") else None)


@dataclass(frozen=True)
class Objective:
    text: str
    measures: tuple[Measure, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "measures": [m.to_dict() for m in self.measures]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Objective:
        return cls(str(d.get("text", "")), tuple(Measure.from_dict(m) for m in d.get("measures", [])))


@dataclass(frozen=True)
class ContractContent:
    """What the parties sign: aim, numbered objectives with their measures, commitments, review dates."""

    aim_kind: str
    aim: str
    objectives: tuple[Objective, ...]
    person_commitments: str = ""
    institution_commitments: dict[str, str] = field(default_factory=dict)
    review_dates: tuple[dt.date, ...] = ()
    lemc_conditions_met: bool = True

    def measures(self) -> list[tuple[str, Measure]]:
        """Every measure with its number "objective.measure" (1.1, 1.2, 2.1…)."""
        return [(f"{i}.{j}", m) for i, o in enumerate(self.objectives, 1) for j, m in enumerate(o.measures, 1)]


def validate(content: ContractContent) -> list[FieldError]:
    """Missing or impossible fields: nothing half-written is saved."""
    errors = []
    if content.aim_kind not in coded("aims", "handlings.contract"):
        errors.append(FieldError("aim_kind", "required"))
    if not content.objectives or any(not o.text.strip() for o in content.objectives):
        errors.append(FieldError("objectives", "contract.objective_required"))
    frames = coded("frames", "handlings.contract")
    for _number, m in content.measures():
        if not m.kind.strip() or m.frame not in frames or not m.responsible:
            errors.append(FieldError("measures", "contract.measure_incomplete"))
            break
    if any(m.start and m.end and m.end < m.start for _n, m in content.measures()):
        errors.append(FieldError("measures", "date.end_before_start"))
    return errors


@dataclass(frozen=True)
class Flag:
    """A measure that does not fit an institution's legal frame (the Bureau's conformity check)."""

    code: str
    measure: str
    params: dict[str, Any]

    @property
    def message(self) -> Label:
        return Label(flag_text(self.code, self.params, "fr"), flag_text(self.code, self.params, "de"))


def flag_text(code: str, params: dict[str, Any], language: str) -> str:
    """A check's message with its codes (frame, institution) worded in ``language`` (fr | de)."""
    from .reference import INSTITUTIONS, by_code

    rule = next((r for r in contract_rules()["checks"] if r["code"] == code), None)
    if rule is None:
        return code
    frames = {f["code"]: f for f in contract_rules()["frames"]}
    values = dict(params)
    frame = frames.get(str(values.get("frame", "")))
    if frame is not None:
        values["frame"] = str(frame["de" if language == "de" else "fr"]).split(" (")[0]  # its law: AVIG, IV
    known = {e.code for e in INSTITUTIONS}
    if values.get("institution") in known:
        values["institution"] = by_code(INSTITUTIONS, str(values["institution"])).abbreviation(language)
    return str(rule["de" if language == "de" else "fr"]).format(**values)


def check(content: ContractContent, framework_end: dt.date | None) -> list[Flag]:
    """The Bureau's check of each measure against its institution's legal frame (rules in the table)."""
    frames = {f["code"]: f for f in contract_rules()["frames"]}
    flags: list[Flag] = []
    numbered = content.measures()
    for rule in contract_rules()["checks"]:
        for number, m in numbered:
            frame = frames.get(m.frame)
            hit = False
            if rule["kind"] == "frame_institution":
                hit = bool(frame and frame["institutions"] and m.responsible not in frame["institutions"])
            elif m.frame != rule.get("frame") or ("responsible" in rule and m.responsible != rule["responsible"]):
                continue
            elif rule["kind"] == "framework_end_required":
                hit = framework_end is None
            elif rule["kind"] == "within_months_before_framework_end":
                start = m.start or dt.date.today()
                hit = framework_end is not None and not (
                    add_months(framework_end, -int(rule["months"])) <= start <= framework_end)
            elif rule["kind"] == "requires_earlier":
                if rule.get("unless") == "lemc_conditions_not_met" and not content.lemc_conditions_met:
                    continue
                hit = not any(o.frame == rule["earlier"] and (o.start is None or m.start is None or o.start <= m.start)
                              for _n, o in numbered)
            if hit:
                params = {"n": number, "frame": m.frame, "institution": m.responsible}
                flags.append(Flag(rule["code"], number, params))
    return sorted(flags, key=lambda f: [int(x) for x in f.measure.split(".")])
