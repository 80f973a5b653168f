"""What the commands say about the compaction that completes an erasure (services.compaction), in
English, French and German: lines the core prints itself (the command line), like domain.plurals."""

from __future__ import annotations

_AT_NEXT = {"en": "the compaction stays owed and runs at the next sync or backup ('cii-desktop check' reports it).",
            "fr": "le compactage reste dû et se fera à la prochaine synchronisation ou sauvegarde "
                  "(« cii-desktop check » le signale).",
            "de": "die Verdichtung bleibt ausstehend und erfolgt bei der nächsten Synchronisation oder Sicherung "
                  "(«cii-desktop check» meldet sie)."}

# key -> language -> text; {needed} and {free} in MB.
TEXTS: dict[str, dict[str, str]] = {
    "compaction.done": {"en": "File compacted: no erased data is left in it.",
                        "fr": "Fichier compacté : il ne contient plus aucune donnée effacée.",
                        "de": "Datei verdichtet: sie enthält keine gelöschten Daten mehr."},
    "compaction.owed": {
        "en": "Erased data awaiting compaction: it leaves the file at the next sync or backup "
              "(or 'cii-desktop retention --apply').",
        "fr": "Données effacées en attente de compactage : elles quittent le fichier à la prochaine "
              "synchronisation ou sauvegarde (ou « cii-desktop retention --apply »).",
        "de": "Gelöschte Daten warten auf die Verdichtung: sie verlassen die Datei bei der nächsten "
              "Synchronisation oder Sicherung (oder «cii-desktop retention --apply»)."},
    "compaction.no_space": {
        "en": "The erasure is done, but the file could not be compacted: about {needed} MB of free disk space "
              "are needed beside the database ({free} MB free). Free some space; " + _AT_NEXT["en"],
        "fr": "L'effacement est fait, mais le fichier n'a pas pu être compacté : il faut environ {needed} Mo "
              "d'espace libre sur le disque de la base de données ({free} Mo libres). Libérez de la place ; "
              + _AT_NEXT["fr"],
        "de": "Die Löschung ist erfolgt, aber die Datei konnte nicht verdichtet werden: etwa {needed} MB freier "
              "Speicherplatz sind auf dem Datenträger der Datenbank nötig ({free} MB frei). Schaffen Sie Platz; "
              + _AT_NEXT["de"]},
    "compaction.failed": {
        "en": "The erasure is done, but the file could not be compacted; " + _AT_NEXT["en"],
        "fr": "L'effacement est fait, mais le fichier n'a pas pu être compacté ; " + _AT_NEXT["fr"],
        "de": "Die Löschung ist erfolgt, aber die Datei konnte nicht verdichtet werden; " + _AT_NEXT["de"]},
}
TEXTS["compaction.cancelled"] = TEXTS["compaction.failed"]
TEXTS["compaction.busy"] = TEXTS["compaction.failed"]  # the database was in use (another connection reading)


def say(key: str, language: str | None, **params: object) -> str:
    """The text of ``key`` in ``language`` (English otherwise), its parameters filled in."""
    table = TEXTS[key]
    return table.get(language or "en", table["en"]).format(**params)
