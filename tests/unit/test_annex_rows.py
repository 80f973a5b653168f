"""The target-public table against the annex of the ORP-CMS directive, row by row (issue 16)."""

from __future__ import annotations

import datetime as dt

from cii_desktop.domain import target_publics as t
from cii_desktop.domain.rule_tables import load
from tests.unit.test_referral_rules import TODAY, numbers, situation


def test_every_row_says_its_source_and_the_matching_is_labelled_local_practice() -> None:
    for row in load("target_publics")["rows"]:
        assert row["source"] == "seed"
        assert row["match_source"] == "local practice, to validate"
        if row["due"] is not None:
            assert row["due_source"] == "local practice, to validate"
    assert load("target_publics")["cms_problems"]["source"] == "local practice, to validate"


def test_row_1_also_a_person_at_the_end_of_rights_whose_orp_file_is_open() -> None:
    ended = TODAY - dt.timedelta(days=20)
    assert 1 in numbers(situation(receives_ij_ac=False, end_of_rights_on=ended))
    assert 1 not in numbers(situation(receives_ij_ac=False, end_of_rights_on=ended, deregistered_on=TODAY))
    assert "personne en fin de droit IJ AC" in t.row(1).public.fr


def test_row_4_is_a_deregistered_person_with_cms_problems_not_any_deregistration() -> None:
    assert 4 not in numbers(situation(deregistered_on=TODAY))
    assert 4 in numbers(situation(deregistered_on=TODAY, cms_problems=True))


def test_row_5_ij_ac_with_cms_problems_or_waiting_period_or_sanctioned() -> None:
    assert 5 in numbers(situation(receives_ij_ac=True, cms_problems=True))
    assert 5 in numbers(situation(waiting_period=True))  # no IJ AC during the 120 days
    assert 5 in numbers(situation(sanctioned=True))
    assert 5 not in numbers(situation(receives_ij_ac=True))
    assert "finances, famille, logement, caisse-maladie, gestion administrative et budget" in t.row(5).public.fr


def test_rows_6_to_9_keep_the_annex_text_and_remarks() -> None:
    assert "DE avec droit art. 59d LACI" in t.row(6).public.fr and "Art. 59d AVIG" in t.row(6).public.de
    assert "question de subsidiarité" in t.row(7).public.fr
    assert "organisateur reconnu ou marché du travail (critères exemption extraordinaire LIAS)" in t.row(7).remark.fr
    assert "grille CII existante, information donnée par ORP, entretien réseau effectué ou à effectuer" \
        in t.row(8).remark.fr
    assert "de la situation de la personne et des besoins du CMS (réseau, infos régulières)" in t.row(9).remark.fr
    assert t.row(6).remark.fr.startswith("si entretien de réseau nécessaire")
    assert t.row(8).who == ("ORP", "CMS") and t.who_label(t.row(8), "de") == "RAV, SMZ"


def test_row_10_is_cii_reseau_without_announcement_to_the_orp() -> None:
    row = t.row(10)
    assert (row.status, row.announce_to_orp, row.direction) == ("cii_network", False, "none")
    assert t.status_label(row.status).fr == "CII réseau"


def test_en_temps_voulu_has_no_due_date() -> None:
    for row in t.rows():
        if row.when.fr == "en temps voulu":
            assert row.due is None, row.number
    assert [r.number for r in t.rows() if r.when.fr == "en temps voulu"] == [5, 6, 10]


def test_cms_problems_read_from_the_grid_domains_of_the_table() -> None:
    assert t.cms_problems({"housing": 2}) and t.cms_problems({"finances": 3})
    assert not t.cms_problems({"housing": 1, "health": 3}) and not t.cms_problems(None)
