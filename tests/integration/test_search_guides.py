"""Search finds what the list shows: an AVS number typed without dots, office names in German."""

from __future__ import annotations

from sqlalchemy import select

from cii_desktop.services import case_list
from cii_desktop.services.case_list import CaseFilter
from cii_desktop.storage.models import Case, Person
from cii_desktop.storage.store import Store


def test_avs_typed_without_dots_finds_the_person(demo_store: Store) -> None:
    with demo_store.reading() as session:
        person = session.scalars(select(Person).where(Person.avs_number != "")).first()
        assert person is not None
        avs, name = person.avs_number, person.last_name
    dotted = case_list.list_cases(demo_store, CaseFilter(text=avs))
    bare = case_list.list_cases(demo_store, CaseFilter(text=avs.replace(".", "")))
    spaced = case_list.list_cases(demo_store, CaseFilter(text=avs.replace(".", " ")))
    assert dotted and [r.reference for r in bare] == [r.reference for r in dotted] == [r.reference for r in spaced]
    assert all(name in r.person_name for r in bare)
    assert case_list.count_cases(demo_store, CaseFilter(text=avs.replace(".", "")[:9])) >= 1  # typing on


def test_german_and_french_office_names_find_the_office_cases(demo_store: Store) -> None:
    for german, french, code in (("Sitten", "Sion", "SION"), ("Siders", "Sierre", "SIERRE"),
                                 ("Martinach", "Martigny", "MARTIGNY"), ("Oberwallis", "Haut-Valais", "UPPER_VALAIS")):
        office_total = case_list.count_cases(demo_store, CaseFilter(office_code=code))
        found = case_list.list_cases(demo_store, CaseFilter(text=german), limit=1000)
        assert office_total and {r.office_code for r in found} >= {code}, german
        assert len([r for r in found if r.office_code == code]) == office_total
        assert case_list.count_cases(demo_store, CaseFilter(text=german)) == len(found)
        assert case_list.count_cases(demo_store, CaseFilter(text=french)) >= office_total
    with demo_store.reading() as session:
        upper = session.scalars(select(Case).where(Case.reference.like("OVS-%"))).first()
        assert upper is not None
        last = upper.person.last_name
    both = case_list.list_cases(demo_store, CaseFilter(text=f"{last} Oberwallis"))
    assert upper.reference in {r.reference for r in both}
