"""Swiss AVS/AHV social-security number (756.XXXX.XXXX.XC) parsing and EAN-13 check digit."""

from __future__ import annotations

import re

AVS_PREFIX = "756"
_NON_DIGITS = re.compile(r"[\s.\-]")


class AvsError(ValueError):
    """The text is not a valid AVS number; ``code`` says why (see domain.errors)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def ean13_check_digit(first12: str) -> int:
    """Check digit of an EAN-13 code given its first twelve digits."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return (10 - total % 10) % 10


def normalize_avs(text: str) -> str:
    """Return the canonical ``756.XXXX.XXXX.XC`` form or raise :class:`AvsError`."""
    digits = _NON_DIGITS.sub("", text.strip())
    if digits and not (digits.isascii() and digits.isdigit()):  # not Arabic-Indic, not "²"
        raise AvsError("avs.not_digits")
    if len(digits) != 13:
        raise AvsError("avs.length")
    if not digits.startswith(AVS_PREFIX):
        raise AvsError("avs.prefix")
    if ean13_check_digit(digits[:12]) != int(digits[12]):
        raise AvsError("avs.check_digit")
    return f"{digits[:3]}.{digits[3:7]}.{digits[7:11]}.{digits[11:]}"


def is_valid_avs(text: str) -> bool:
    """True when ``text`` is a valid AVS number (any usual punctuation)."""
    try:
        normalize_avs(text)
    except AvsError:
        return False
    return True


def make_avs(body9: str) -> str:
    """Build a valid AVS number from nine digits (used by the demo and tests)."""
    if len(body9) != 9 or not (body9.isascii() and body9.isdigit()):
        raise ValueError("nine digits expected")
    first12 = AVS_PREFIX + body9
    return normalize_avs(first12 + str(ean13_check_digit(first12)))
