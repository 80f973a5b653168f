"""Counted phrases: a number with its noun (and the words that agree with it) in the reader's language.

French takes the singular for 0 and 1 ("0 ligne lue", "1 ligne lue", "2 lignes lues"); German and English
for 1 only ("0 Zeilen", "1 Zeile", "2 Zeilen"): the rule Qt's %n forms apply in the window. This table is
for the outputs the core writes itself (the command line, the register's import report, the annual report);
the window's own strings use Qt's tr() with %n.
"""

from __future__ import annotations

# key -> language -> (singular, plural); "{n}" is the count.
PHRASES: dict[str, dict[str, tuple[str, str]]] = {
    "register.rows_read": {"en": ("{n} row read", "{n} rows read"), "fr": ("{n} ligne lue", "{n} lignes lues"),
                           "de": ("{n} Zeile gelesen", "{n} Zeilen gelesen")},
    "register.valid": {"en": ("{n} valid", "{n} valid"), "fr": ("{n} valable", "{n} valables"),
                       "de": ("{n} gültig", "{n} gültig")},
    "register.invalid": {"en": ("{n} with errors", "{n} with errors"), "fr": ("{n} avec erreurs", "{n} avec erreurs"),
                         "de": ("{n} mit Fehlern", "{n} mit Fehlern")},
    "register.new_persons": {"en": ("{n} new person", "{n} new persons"),
                             "fr": ("{n} nouvelle personne", "{n} nouvelles personnes"),
                             "de": ("{n} neue Person", "{n} neue Personen")},
    "register.matched": {"en": ("{n} person already known", "{n} persons already known"),
                         "fr": ("{n} personne déjà connue", "{n} personnes déjà connues"),
                         "de": ("{n} bereits bekannte Person", "{n} bereits bekannte Personen")},
    "register.already": {"en": ("{n} situation already imported", "{n} situations already imported"),
                         "fr": ("{n} situation déjà importée", "{n} situations déjà importées"),
                         "de": ("{n} Situation bereits importiert", "{n} Situationen bereits importiert")},
    "register.updated": {"en": ("{n} updated", "{n} updated"), "fr": ("{n} mise à jour", "{n} mises à jour"),
                         "de": ("{n} aktualisiert", "{n} aktualisiert")},
    "register.unchanged": {"en": ("{n} unchanged", "{n} unchanged"), "fr": ("{n} inchangée", "{n} inchangées"),
                           "de": ("{n} unverändert", "{n} unverändert")},
    "register.refused": {"en": ("{n} refused", "{n} refused"), "fr": ("{n} refusée", "{n} refusées"),
                         "de": ("{n} abgelehnt", "{n} abgelehnt")},
    "register.imported": {"en": ("{n} situation imported", "{n} situations imported"),
                          "fr": ("{n} situation importée", "{n} situations importées"),
                          "de": ("{n} Situation importiert", "{n} Situationen importiert")},
    "register.exported": {"en": ("{n} situation exported", "{n} situations exported"),
                          "fr": ("{n} situation exportée", "{n} situations exportées"),
                          "de": ("{n} Situation exportiert", "{n} Situationen exportiert")},
    "file.bytes": {"en": ("{n} byte", "{n} bytes"), "fr": ("{n} octet", "{n} octets"),
                   "de": ("{n} Byte", "{n} Bytes")},
    # Erasure and retention (cli_lifecycle); {name}, {birth}, {rule} are filled with the count.
    "retention.line": {"en": ("{name}, born {birth}: {n} case; rule: {rule}",
                              "{name}, born {birth}: {n} cases; rule: {rule}"),
                       "fr": ("{name}, né/e le {birth} : {n} dossier ; règle : {rule}",
                              "{name}, né/e le {birth} : {n} dossiers ; règle : {rule}"),
                       "de": ("{name}, geboren am {birth}: {n} Fall; Regel: {rule}",
                              "{name}, geboren am {birth}: {n} Fälle; Regel: {rule}")},
    "retention.due": {"en": ("{n} person due; --apply to erase (Bureau role).",
                             "{n} persons due; --apply to erase (Bureau role)."),
                      "fr": ("{n} personne à effacer ; --apply pour effacer (rôle Bureau).",
                             "{n} personnes à effacer ; --apply pour effacer (rôle Bureau)."),
                      "de": ("{n} Person fällig; --apply zum Löschen (Rolle Büro).",
                             "{n} Personen fällig; --apply zum Löschen (Rolle Büro).")},
    "retention.erased": {"en": ("{n} person erased under the retention rules.",
                                "{n} persons erased under the retention rules."),
                         "fr": ("{n} personne effacée selon les règles de conservation.",
                                "{n} personnes effacées selon les règles de conservation."),
                         "de": ("{n} Person gemäss den Aufbewahrungsregeln gelöscht.",
                                "{n} Personen gemäss den Aufbewahrungsregeln gelöscht.")},
    "erase.records": {"en": ("Erased: {n} record; the order travels with the next sync.",
                             "Erased: {n} records; the order travels with the next sync."),
                      "fr": ("Effacé : {n} enregistrement ; l'ordre part avec la prochaine synchronisation.",
                             "Effacé : {n} enregistrements ; l'ordre part avec la prochaine synchronisation."),
                      "de": ("Gelöscht: {n} Datensatz; der Auftrag geht mit der nächsten Synchronisation mit.",
                             "Gelöscht: {n} Datensätze; der Auftrag geht mit der nächsten Synchronisation mit.")},
    "sync.changes": {"en": ("{n} change", "{n} changes"), "fr": ("{n} modification", "{n} modifications"),
                     "de": ("{n} Änderung", "{n} Änderungen")},
    # "in 2 batches": German takes the dative after "in"
    "sync.batches_in": {"en": ("{n} batch", "{n} batches"), "fr": ("{n} lot", "{n} lots"),
                        "de": ("{n} Paket", "{n} Paketen")},
    "sync.batches": {"en": ("{n} batch", "{n} batches"), "fr": ("{n} lot", "{n} lots"),
                     "de": ("{n} Paket", "{n} Pakete")},
    "sync.ready": {"en": ("{n} change ready", "{n} changes ready"),
                   "fr": ("{n} modification prête, envoyée", "{n} modifications prêtes, envoyées"),
                   "de": ("{n} Änderung bereit", "{n} Änderungen bereit")},
    "sync.held_back": {"en": ("{n} change held back", "{n} changes held back"),
                       "fr": ("{n} modification retenue", "{n} modifications retenues"),
                       "de": ("{n} Änderung zurückgehalten", "{n} Änderungen zurückgehalten")},
    "sync.held_outside": {"en": ("{n} change kept on this computer", "{n} changes kept on this computer"),
                          "fr": ("{n} modification conservée sur cet ordinateur",
                                 "{n} modifications conservées sur cet ordinateur"),
                          "de": ("{n} Änderung auf diesem Computer behalten",
                                 "{n} Änderungen auf diesem Computer behalten")},
    "sync.workstations": {"en": ("{n} workstation", "{n} workstations"), "fr": ("{n} poste", "{n} postes"),
                          "de": ("{n} Arbeitsplatz", "{n} Arbeitsplätze")},
    # "auf 2 Arbeitsplätzen": German takes the dative after "auf" (where)
    "sync.workstations_on": {"en": ("{n} workstation", "{n} workstations"), "fr": ("{n} poste", "{n} postes"),
                             "de": ("{n} Arbeitsplatz", "{n} Arbeitsplätzen")},
    "sync.notices": {"en": ("{n} notice needs attention", "{n} notices need attention"),
                     "fr": ("{n} avis demande votre attention", "{n} avis demandent votre attention"),
                     "de": ("{n} Hinweis erfordert Aufmerksamkeit", "{n} Hinweise erfordern Aufmerksamkeit")},
    "backup.removed": {"en": ("{n} older backup removed", "{n} older backups removed"),
                       "fr": ("{n} sauvegarde plus ancienne supprimée", "{n} sauvegardes plus anciennes supprimées"),
                       "de": ("{n} ältere Sicherung gelöscht", "{n} ältere Sicherungen gelöscht")},
    "records": {"en": ("{n} record", "{n} records"), "fr": ("{n} enregistrement", "{n} enregistrements"),
                "de": ("{n} Datensatz", "{n} Datensätze")},
    "history.values": {"en": ("{n} value", "{n} values"), "fr": ("{n} valeur", "{n} valeurs"),
                       "de": ("{n} Wert", "{n} Werte")},
    "persons": {"en": ("{n} person", "{n} persons"), "fr": ("{n} personne", "{n} personnes"),
                "de": ("{n} Person", "{n} Personen")},
    "cases": {"en": ("{n} case", "{n} cases"), "fr": ("{n} dossier", "{n} dossiers"), "de": ("{n} Fall", "{n} Fälle")},
}

# Message code (domain.errors) -> its parameters that are counts -> the phrase that says them: the command
# line fills these parameters with the counted phrase (cli_settings.say), never "{count} change(s)".
COUNTED_PARAMS: dict[str, dict[str, str]] = {
    "sync.out.exchanged": {"sent": "sync.changes", "received": "sync.changes", "sent_batches": "sync.batches_in",
                           "received_batches": "sync.batches_in"},
    "sync.out.ready": {"count": "sync.ready"},
    "sync.out.repaired": {"count": "sync.batches"},
    "sync.out.held_back": {"count": "sync.held_back"},
    "sync.out.held_outside": {"count": "sync.held_outside"},
    "sync.out.waiting": {"count": "sync.workstations"},
    "sync.out.skew": {"count": "sync.workstations_on"},
    "sync.out.notices": {"count": "sync.notices"},
    "backup.made": {"removed": "backup.removed"},
    "erase.preview": {"journal": "history.values"},
    "access.done": {"records": "records", "history": "history.values"},
    "cli.out.demo": {"persons": "persons", "cases": "cases"},
    "cli.out.joined": {"count": "sync.workstations"},
}


def is_singular(count: int, language: str | None) -> bool:
    """Whether ``count`` takes the singular: 0 and 1 in French, only 1 in German and English."""
    return count in (0, 1) if language == "fr" else count == 1


def choose(forms: tuple[str, str], count: int, language: str | None) -> str:
    """The singular or plural of ``forms`` for ``count``."""
    return forms[0] if is_singular(count, language) else forms[1]


def counted(key: str, count: int, language: str | None) -> str:
    """'2 lignes lues', '1 Zeile gelesen': the phrase of ``key`` for ``count`` (English without a language)."""
    table = PHRASES[key]
    forms = table.get(language or "en", table["en"])
    return choose(forms, count, language).format(n=count)


def counted_with(key: str, count: int, language: str | None, **params: object) -> str:
    """:func:`counted` with further parameters filled in ({name}, {free}...)."""
    table = PHRASES[key]
    forms = table.get(language or "en", table["en"])
    return choose(forms, count, language).format(n=count, **params)


def counted_params(code: str, params: dict[str, object], language: str | None) -> dict[str, object]:
    """``params`` of message ``code`` with its counts (COUNTED_PARAMS) said as counted phrases."""
    phrases = COUNTED_PARAMS.get(code, {})
    return {name: counted(phrases[name], value, language) if name in phrases and isinstance(value, int) else value
            for name, value in params.items()}
