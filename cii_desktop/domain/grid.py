"""The evaluation grid: rate each problem domain, derive the CII level from the thresholds table."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .reference import Label
from .rule_tables import label, load


@dataclass(frozen=True)
class Rating:
    """A domain's rating on the grid's scale (0 = no problem) and the professional's comment."""

    rating: int = 0
    comment: str = ""


@dataclass(frozen=True)
class Proposal:
    """The level the thresholds give, and why (the rule met and the domains that met it)."""

    level: str
    rule: dict[str, int]
    domains: tuple[str, ...]

    def reason(self, language: str) -> str:
        names = ", ".join(domain_label(d).text(language) for d in self.domains)
        level = level_label(self.level).text(language)
        count, at_least = self.rule["min_domains"], scale_label(self.rule["min_rating"]).text(language)
        if count == 0:
            if language == "de":
                return f"{level}: kein Schwellenwert für eine höhere Stufe erreicht."
            return f"{level} : aucun seuil d'un niveau supérieur n'est atteint."
        if language == "de":
            return f"{level}: {len(self.domains)} Bereiche mindestens «{at_least}» (Schwelle {count}): {names}."
        return f"{level} : {len(self.domains)} domaines au moins « {at_least} » (seuil {count}) : {names}."


def domains() -> list[str]:
    return [str(d["code"]) for d in load("evaluation_grid")["domains"]]


def domain_label(code: str) -> Label:
    return next(label(d) for d in load("evaluation_grid")["domains"] if d["code"] == code)


def scale() -> list[int]:
    return [int(s["rating"]) for s in load("evaluation_grid")["scale"]]


def scale_label(rating: int) -> Label:
    return next(label(s) for s in load("evaluation_grid")["scale"] if s["rating"] == rating)


def levels() -> list[str]:
    return [str(level["code"]) for level in load("evaluation_grid")["levels"]]


def level_label(code: str) -> Label:
    return next(label(lv) for lv in load("evaluation_grid")["levels"] if lv["code"] == code)


def level_meaning(code: str) -> Label:
    return next(label(lv, "meaning") for lv in load("evaluation_grid")["levels"] if lv["code"] == code)


def propose(ratings: dict[str, Rating]) -> Proposal:
    """The first level (most serious first) whose rule is met by the ratings."""
    table: list[dict[str, Any]] = load("evaluation_grid")["levels"]
    order = domains()
    for level in table:
        for rule in level["any_of"]:
            hits = tuple(d for d in order if d in ratings and ratings[d].rating >= rule["min_rating"]
                         and ratings[d].rating > 0)
            if len(hits) >= rule["min_domains"]:
                return Proposal(str(level["code"]), dict(rule), hits if rule["min_domains"] else ())
    last = table[-1]
    return Proposal(str(last["code"]), dict(last["any_of"][0]), ())


def validate_ratings(ratings: dict[str, Rating]) -> list[str]:
    """Error codes for ratings outside the table (unknown domain, off the scale)."""
    errors = []
    known, allowed = set(domains()), set(scale())
    for code, value in ratings.items():
        if code not in known or value.rating not in allowed:
            errors.append(code)
    return errors
