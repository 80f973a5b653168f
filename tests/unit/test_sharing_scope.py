"""The sharing scope rules (domain.sharing, tables/sharing.json) and the sealed groups of a batch."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from cii_desktop.domain.rule_tables import load
from cii_desktop.domain.sharing import ConsentRecord, change_rule, scope_of
from cii_desktop.sync.batch_format import BatchError
from cii_desktop.sync.key_epochs import kex_public_hex
from cii_desktop.sync.scoped import readable, seal_group

TODAY = dt.date(2026, 11, 30)


def _proc(institutions: tuple[str, ...], given: dt.date = dt.date(2026, 1, 5), until: dt.date | None = None,
          revoked: dt.date | None = None, status: str = "signed_paper", rid: str = "p") -> ConsentRecord:
    return ConsentRecord(rid, "procuration", institutions, given, until or dt.date(2027, 1, 5), revoked, status)


def test_every_rule_says_its_source() -> None:
    table = load("sharing")
    for row in table["scope"] + table["changes"]:
        assert row["source"] in ("seed", "local practice, to validate"), row
    assert change_rule("narrow")["receiver"] == "keep_read_only"


def test_procuration_names_the_scope_plus_the_holding_institution_and_the_bureau_once_announced() -> None:
    scope = scope_of([_proc(("CMS", "ORP"))], True, "ORP", False, TODAY)
    assert scope.basis == "consent" and scope.institutions == {"ORP", "CMS"} and scope.until == dt.date(2027, 1, 5)
    assert not scope.includes("SUVA") and not scope.includes("OAI")
    assert scope_of([_proc(("CMS",))], True, "ORP", True, TODAY).institutions == {"CMS", "ORP", "BUREAU"}


@pytest.mark.parametrize(("record", "ended"), [
    (_proc(("ORP", "CMS"), until=dt.date(2026, 11, 29)), "expired"),
    (_proc(("ORP", "CMS"), revoked=TODAY), "revoked"),
    (_proc(("ORP", "CMS"), status="pending"), "pending"),
    (ConsentRecord("r", "refusal", (), dt.date(2026, 2, 1)), "refused"),
])
def test_nothing_is_shared_once_the_basis_ends(record: ConsentRecord, ended: str) -> None:
    scope = scope_of([record], True, "ORP", True, TODAY)
    assert not scope.shares and scope.institutions == frozenset() and scope.ended == ended


def test_the_newest_record_decides() -> None:
    newer = ConsentRecord("r", "refusal", (), dt.date(2026, 6, 1))
    assert not scope_of([newer, _proc(("ORP", "CMS"))], True, "ORP", False, TODAY).shares
    wider = _proc(("ORP", "CMS", "OAI"), given=dt.date(2026, 6, 1), rid="w")
    assert "OAI" in scope_of([wider, _proc(("ORP", "CMS"))], True, "ORP", False, TODAY).institutions


def test_legal_basis_names_institutions_who_decided_and_an_end() -> None:
    basis = ConsentRecord("l", "legal_basis", ("OAI",), dt.date(2026, 10, 1), dt.date(2026, 12, 31),
                          decided_by="Chef de service")
    scope = scope_of([basis], True, "ORP", False, TODAY)
    assert (scope.basis, scope.institutions, scope.decided_by) == ("legal_basis", {"OAI", "ORP"}, "Chef de service")
    assert not scope_of([basis], True, "ORP", False, dt.date(2027, 1, 1)).shares
    unnamed = ConsentRecord("l", "legal_basis", (), dt.date(2026, 10, 1), decided_by="X")
    assert scope_of([unnamed], True, "ORP", False, TODAY).network  # legal_basis_without_institutions


def test_a_case_marked_shared_without_any_record_is_shared_with_the_network_and_unmarked_with_nobody() -> None:
    assert scope_of([], True, "ORP", False, TODAY).network
    assert not scope_of([], False, "ORP", False, TODAY).shares
    assert not scope_of([_proc(("ORP", "CMS"))], False, "ORP", False, TODAY).shares  # deleted case


def test_a_group_opens_only_with_a_recipient_key_and_its_counts_are_checked() -> None:
    cms, suva = X25519PrivateKey.generate(), X25519PrivateKey.generate()
    change = ["journal_entry", "id-1", "text", '"Entretien"', "hlc", None]
    descriptor, digest, cipher = seal_group("net", "orp", {"cms": kex_public_hex(cms)}, ["CMS"], [change], {})
    meta = {"scoped": [descriptor]}
    got, _files, unread = readable(meta, [], {digest: cipher}, 1, "net", "orp", "cms", cms)
    assert got == [change] and unread == 0
    got, _files, unread = readable(meta, [], {digest: cipher}, 1, "net", "orp", "suva", suva)
    assert got == [] and unread == 1
    with pytest.raises(BatchError):  # Suva's key in CMS's place: the sealed content key does not open
        readable(meta, [], {digest: cipher}, 1, "net", "orp", "cms", suva)
    with pytest.raises(BatchError):  # a count that does not add up
        readable(meta, [], {digest: cipher}, 2, "net", "orp", "cms", cms)
    with pytest.raises(BatchError):  # the group said to come from another sender
        readable(meta, [], {digest: cipher}, 1, "net", "other", "cms", cms)
    with pytest.raises(BatchError):  # its ciphertext missing
        readable(meta, [], {}, 1, "net", "orp", "cms", cms)
    forged = {**descriptor, "count": 0}
    with pytest.raises(BatchError):
        readable({"scoped": [forged]}, [change], {digest: cipher}, 1, "net", "orp", "cms", cms)


def test_revoking_the_newest_procuration_leaves_no_consent_even_with_an_older_wider_one() -> None:
    """tables/sharing.json, newest_procuration_supersedes (local practice, to validate)."""
    rule = next(r for r in load("sharing")["scope"] if r["code"] == "newest_procuration_supersedes")
    assert rule["source"] == "local practice, to validate" and rule["older_apply_after_end"] is False
    wider = _proc(("ORP", "CMS", "OAI"), given=dt.date(2026, 1, 5), rid="wide")
    narrower = _proc(("ORP", "CMS"), given=dt.date(2026, 6, 1), rid="narrow")
    assert scope_of([narrower, wider], True, "ORP", False, TODAY).institutions == {"ORP", "CMS"}
    revoked = _proc(("ORP", "CMS"), given=dt.date(2026, 6, 1), revoked=TODAY, rid="narrow")
    scope = scope_of([revoked, wider], True, "ORP", False, TODAY)
    assert not scope.shares and scope.ended == "revoked"
    expired = _proc(("ORP", "CMS"), given=dt.date(2026, 6, 1), until=dt.date(2026, 11, 1), rid="narrow")
    assert not scope_of([expired, wider], True, "ORP", False, TODAY).shares
    # An unsigned newer procuration revoked before its signature supersedes nothing.
    unsigned = _proc(("ORP",), given=dt.date(2026, 6, 1), revoked=TODAY, status="pending", rid="draft")
    assert scope_of([unsigned, wider], True, "ORP", False, TODAY).institutions == {"ORP", "CMS", "OAI"}
    # A new signature shares again; a legal basis is judged on its own.
    renewed = _proc(("ORP", "SUVA"), given=dt.date(2026, 11, 30), rid="new")
    assert scope_of([renewed, revoked, wider], True, "ORP", False, TODAY).institutions == {"ORP", "SUVA"}
    legal = ConsentRecord("l", "legal_basis", ("ORP", "OAI"), dt.date(2026, 2, 1), decided_by="Dr Fellay")
    assert scope_of([revoked, legal, wider], True, "ORP", False, TODAY).basis == "legal_basis"


def test_offices_narrow_an_institution_and_none_named_keeps_it_whole() -> None:
    from cii_desktop.domain.sharing import held_read_only, offices_from, offices_json

    named = offices_from('{"ORP": ["SION", "MONTHEY"], "CMS": []}')
    assert named == (("ORP", ("MONTHEY", "SION")),) and offices_from(offices_json(named)) == named
    assert offices_from("{}") == () and offices_from(None) == ()
    for damaged in ("not json", "[1, 2]", '{"ORP": "SION"}', '{"ORP": 3}'):  # fails closed: nobody
        assert offices_from(damaged, ["ORP", "CMS"]) == (("CMS", ("?",)), ("ORP", ("?",))), damaged
    record = ConsentRecord("p", "procuration", ("CMS", "ORP"), dt.date(2026, 1, 5), dt.date(2027, 1, 5),
                           signature_status="signed_paper", offices=(("ORP", ("SION",)),))
    scope = scope_of([record], True, "OAI", False, TODAY)
    assert scope.admits("ORP", "SION") and not scope.admits("ORP", "MONTHEY")
    assert scope.admits("CMS", "MONTHEY") and scope.admits("OAI", "BRIG") and not scope.admits("SUVA", "SION")
    assert held_read_only(scope, frozenset({"ORP"}), "OAI", False, "MONTHEY")
    assert not held_read_only(scope, frozenset({"ORP"}), "OAI", False, "SION")


def test_the_holding_office_stays_in_the_scope_when_the_basis_names_other_offices_of_the_lead() -> None:
    """tables/sharing.json, holding_office (local practice, to validate)."""
    from dataclasses import replace

    from cii_desktop.domain.sharing import UNREADABLE_OFFICE, offices_from

    rule = next(r for r in load("sharing")["scope"] if r["code"] == "holding_office")
    assert rule["include"] and rule["source"] == "local practice, to validate"
    monthey = replace(_proc(("ORP",)), offices=offices_from({"ORP": ["MONTHEY"]}))
    scope = scope_of([monthey], True, "ORP", False, TODAY, "SION")
    assert scope.offices_of("ORP") == ("MONTHEY", "SION") and scope.admits("ORP", "SION")
    assert not scope.admits("ORP", "BRIG")
    # Another institution's offices, and an office of the lead already named, are left as they are.
    cms = replace(_proc(("CMS", "ORP")), offices=offices_from({"CMS": ["MONTHEY"]}))
    scope = scope_of([cms], True, "ORP", False, TODAY, "SION")
    assert scope.offices_of("CMS") == ("MONTHEY",) and scope.offices_of("ORP") == ()
    assert scope_of([monthey], True, "ORP", False, TODAY, "MONTHEY").offices_of("ORP") == ("MONTHEY",)
    # A lead that is not the named institution, or a case without office: unchanged.
    assert scope_of([monthey], True, "CMS", False, TODAY, "SION").offices_of("ORP") == ("MONTHEY",)
    assert scope_of([monthey], True, "ORP", False, TODAY).offices_of("ORP") == ("MONTHEY",)
    # A damaged list fails closed for every institution but the holding office.
    damaged = replace(_proc(("CMS", "ORP")), offices=offices_from("not json", ("CMS", "ORP")))
    scope = scope_of([damaged], True, "ORP", False, TODAY, "SION")
    assert scope.offices_of("ORP") == ("SION",) and scope.offices_of("CMS") == (UNREADABLE_OFFICE,)


def test_only_the_holding_office_of_the_lead_keeps_editing_a_case_out_of_its_scope() -> None:
    from dataclasses import replace

    from cii_desktop.domain.sharing import held_read_only, offices_from

    sion = replace(_proc(("CMS", "ORP")), offices=offices_from({"ORP": ["SION"]}))
    scope = scope_of([sion], True, "ORP", False, TODAY, "SION")
    orp = frozenset({"ORP"})
    assert held_read_only(scope, orp, "ORP", False, "MONTHEY", "SION")
    assert not held_read_only(scope, orp, "ORP", False, "SION", "SION")
    assert not held_read_only(scope, orp, "ORP", True, "MONTHEY", "SION")  # the creating workstation
    assert not held_read_only(scope, orp, "ORP", False, "MONTHEY")  # a case without office: the whole lead
    revoked = scope_of([_proc(("CMS", "ORP"), revoked=TODAY)], True, "ORP", False, TODAY, "SION")
    assert held_read_only(revoked, orp, "ORP", False, "MONTHEY", "SION")
    assert not held_read_only(revoked, orp, "ORP", False, "SION", "SION")
