"""Test helpers: a register of the Bureau (xlsx) describing a year like the seed report's 2012 paragraph."""

from __future__ import annotations

import datetime as dt
import io
import random
from typing import Any

from openpyxl import Workbook

from cii_desktop.domain.avs import make_avs

FR = ["Nom", "Prénom", "Date de naissance", "N° AVS", "Région", "Institution annonceuse",
      "Professionnel annonceur", "Date d'annonce", "Décision du Bureau", "Date de décision", "État",
      "Date de clôture", "Résultat", "Remarques"]
# German headers in another order, with case and accents varied: the import must still find them.
DE = ["meldedatum", "NAME", "Vorname", "geburtsdatum", "AHV-Nr.", "Region", "Meldende Institution",
      "Meldende Fachperson", "Entscheid IIZ-Buero", "Entscheiddatum", "Stand", "Abschlussdatum", "Ergebnis",
      "Bemerkungen"]
_DE_ORDER = [7, 0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13]  # the FR column of each DE column
VALUES_DE = {"Sion": "Sitten", "Sierre": "Siders", "Martigny": "Martinach", "Haut-Valais": "Oberwallis",
             "ORP": "RAV", "CMS": "SMZ", "OAI": "IV", "OSP": "BSL", "Addiction Valais": "Sucht Wallis",
             "TRO": "Runder Tisch", "Décloisonnement": "Tandem", "Refus": "Ablehnung", "En attente": "Wartend",
             "En cours": "Laufend", "Terminé": "Abgeschlossen", "Emploi": "Stelle",
             "Suivi AS": "Begleitung Sozialhilfe",
             "Suivi AI": "Begleitung IV", "Suivi ORP": "Begleitung RAV", "Suivi en réseau": "Begleitung im Netzwerk",
             "Manque de collaboration": "Fehlende Mitwirkung", "Manque de disponibilité": "Fehlende Verfügbarkeit",
             "En suspens": "Offen"}
REGIONS = ["Sion", "Sierre", "Martigny", "Monthey", "Haut-Valais"]
INSTITUTIONS = ["ORP", "CMS", "OAI", "OSP", "Addiction Valais", "Suva"]

# (decision, state, outcome, count) of the 97 situations announced in 2012 (seed report, 2012 paragraph);
# refused and undecided are this test's choice (over 2/3 handled jointly: 67 of 97).
YEAR_2012: list[tuple[str, str, str, int]] = [
    ("Assessment", "En attente", "", 4), ("Assessment", "En cours", "", 16),
    ("Assessment", "Terminé", "Emploi", 3), ("Assessment", "Terminé", "Suivi AS", 2),
    ("Assessment", "Terminé", "Suivi AI", 1),
    ("TRO", "En attente", "", 3), ("TRO", "Terminé", "Emploi", 3), ("TRO", "En cours", "Suivi en réseau", 4),
    ("TRO", "Terminé", "Suivi ORP", 1), ("TRO", "En cours", "En suspens", 2), ("TRO", "En cours", "", 2),
    ("Décloisonnement", "Terminé", "Emploi", 13), ("Décloisonnement", "Terminé", "Manque de collaboration", 2),
    ("Décloisonnement", "Terminé", "Manque de disponibilité", 3), ("Décloisonnement", "Terminé", "Suivi AS", 1),
    ("Décloisonnement", "En cours", "", 7),
    ("Refus", "", "", 18), ("", "", "", 12),
]


def rows_2012(seed: int = 2012) -> list[list[Any]]:
    """97 rows announced in 2012 (+ 3 of other years that must not count), in the French layout."""
    rng = random.Random(seed)
    rows: list[list[Any]] = []
    tandem_regions = ["Sion"] * 24 + ["Monthey"] * 2
    n = 0
    for decision, state, outcome, count in YEAR_2012:
        for _ in range(count):
            n += 1
            announced = dt.date(2012, 1 + n % 12, 1 + n % 27)
            region = tandem_regions.pop() if decision == "Décloisonnement" else REGIONS[n % 5]
            decided = announced + dt.timedelta(days=10) if decision else None
            closed = decided + dt.timedelta(days=90) if state == "Terminé" and decided else None
            avs = make_avs(f"{100000000 + n * 7919:09d}") if n % 3 else ""
            rows.append([f"Nom{n}é", f"Prénom{rng.randint(1, 99)}", dt.date(1960 + n % 40, 1 + n % 12, 1 + n % 28),
                         avs, region, INSTITUTIONS[n % 6], f"Pro {n}",
                         announced if n % 2 else announced.strftime("%d.%m.%Y"), decision, decided, state, closed,
                         outcome, "Remarque libre" if n % 10 == 0 else None])
    for year in (2011, 2013, 2013):
        n += 1
        rows.append([f"Autre{n}", "Année", dt.date(1970, 1, 1), "", "Sion", "ORP", "", dt.date(year, 6, 1),
                     "Assessment", dt.date(year, 6, 10), "En attente", None, "", None])
    return rows


def workbook(rows: list[list[Any]], language: str = "fr", title_rows: int = 0) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for i in range(title_rows):
        sheet.append([f"Registre des collaborations CII {i}"])
    if language == "fr":
        sheet.append(FR)
        for row in rows:
            sheet.append(row)
    else:
        sheet.append(DE)
        for row in rows:
            sheet.append([VALUES_DE.get(row[i], row[i]) if isinstance(row[i], str) else row[i] for i in _DE_ORDER])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
