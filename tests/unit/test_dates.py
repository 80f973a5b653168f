"""Dates as case workers type them (dd.MM.yyyy) and the rules for birth dates."""

import datetime as dt

import pytest

from cii_desktop.domain.dates import (
    DateError,
    add_months,
    check_birth_date,
    format_date,
    parse_date,
)


def test_parse_swiss_and_iso() -> None:
    assert parse_date("05.03.1984") == dt.date(1984, 3, 5)
    assert parse_date("5.3.1984") == dt.date(1984, 3, 5)
    assert parse_date("1984-03-05") == dt.date(1984, 3, 5)


@pytest.mark.parametrize(("text", "code"), [("31.02.2020", "date.impossible"),
                                            ("29.02.2023", "date.impossible"),
                                            ("00.01.2020", "date.impossible"),
                                            ("12/03/2020", "date.format"),
                                            ("hier", "date.format"), ("", "date.format")])
def test_impossible_dates(text: str, code: str) -> None:
    with pytest.raises(DateError) as info:
        parse_date(text)
    assert info.value.code == code


def test_leap_day_exists() -> None:
    assert parse_date("29.02.2024") == dt.date(2024, 2, 29)


def test_format_is_dd_mm_yyyy() -> None:
    assert format_date(dt.date(2026, 1, 9)) == "09.01.2026"
    assert format_date(None) == ""


def test_birth_date_rules() -> None:
    today = dt.date(2026, 11, 23)
    check_birth_date(dt.date(1990, 1, 1), today)
    with pytest.raises(DateError, match="date.birth_future"):
        check_birth_date(dt.date(2026, 11, 24), today)
    with pytest.raises(DateError, match="date.birth_too_old"):
        check_birth_date(dt.date(1899, 12, 31), today)


def test_add_months_clamps_the_day() -> None:
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2026, 11, 30), -3) == dt.date(2026, 8, 30)
    assert add_months(dt.date(2026, 11, 15), 3) == dt.date(2027, 2, 15)
