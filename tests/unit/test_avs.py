"""AVS numbers: the EAN-13 check digit with valid and invalid numbers."""

import pytest

from cii_desktop.domain.avs import (
    AvsError,
    ean13_check_digit,
    is_valid_avs,
    make_avs,
    normalize_avs,
)


@pytest.mark.parametrize("text", ["756.9217.0769.85", "7569217076985", "756 9217 0769 85",
                                  " 756.9217.0769.85 ", "756-9217-0769-85"])
def test_valid_numbers_are_normalised(text: str) -> None:
    assert normalize_avs(text) == "756.9217.0769.85"


@pytest.mark.parametrize(("text", "code"), [
    ("756.9217.0769.84", "avs.check_digit"),
    ("756.9217.0769.8", "avs.length"),
    ("756.9217.0769.851", "avs.length"),
    ("757.9217.0769.85", "avs.prefix"),
    ("756.92x7.0769.85", "avs.not_digits"),
    ("", "avs.length"),
])
def test_invalid_numbers_say_why(text: str, code: str) -> None:
    with pytest.raises(AvsError) as info:
        normalize_avs(text)
    assert info.value.code == code
    assert not is_valid_avs(text)


def test_check_digit_matches_every_change_of_one_digit() -> None:
    valid = "7569217076985"
    for position in range(3, 12):
        for digit in "0123456789":
            if digit == valid[position]:
                continue
            mutated = valid[:position] + digit + valid[position + 1:]
            assert not is_valid_avs(mutated), mutated


def test_make_avs_builds_valid_numbers() -> None:
    number = make_avs("123456789")
    assert is_valid_avs(number)
    assert number.startswith("756.1234.5678.")
    assert ean13_check_digit("756123456789") == int(number[-1])
