"""Reference tables are complete in both languages and written the Swiss way."""

import pytest

from cii_desktop.domain import reference

TABLES = [reference.INSTITUTIONS, reference.OFFICES, reference.ROLES, reference.CASE_STATUSES,
          reference.LANGUAGES, reference.CASE_INSTITUTION_ROLES]


@pytest.mark.parametrize("table", TABLES)
def test_every_entry_has_french_and_german(table: tuple[reference.Entry, ...]) -> None:
    assert len({e.code for e in table}) == len(table)
    for entry in table:
        assert entry.name("fr") and entry.name("de")
        assert "ß" not in entry.name("de") and "ß" not in entry.abbreviation("de")


def test_offices_cover_the_canton() -> None:
    assert set(reference.codes(reference.OFFICES)) == {
        "SION", "MONTHEY", "UPPER_VALAIS", "MARTIGNY", "SIERRE"}


def test_reference_ids_are_stable() -> None:
    assert reference.reference_id("office", "SION") == reference.reference_id("office", "SION")
    assert reference.reference_id("office", "SION") != reference.reference_id("office", "SIERRE")
