"""The case's sharing banner: with whom the case is shared, on what basis, until when, what stays here."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.dates import format_date
from ..domain.sharing import Scope
from ..services import referral
from .referral_dialogs import institution_names, sharing_text

# Marked for lupdate, translated when the banner is written (a language switch applies).
T = {
    "others": QT_TRANSLATE_NOOP("SharingBanner",
                                "No other institution receives it; everything else stays on this computer."),
    "network": QT_TRANSLATE_NOOP("SharingBanner",
                                 "Shared with the whole network (marked shared before consents named institutions)."),
    "consent": QT_TRANSLATE_NOOP("SharingBanner", "Shared with %1 on the procuration CII, until %2."),
    "consent_open": QT_TRANSLATE_NOOP("SharingBanner", "Shared with %1 on the procuration CII, until revoked."),
    "legal": QT_TRANSLATE_NOOP("SharingBanner", "Shared with %1 under LIAS art. 60 ff., decided by %2, until %3."),
    "legal_open": QT_TRANSLATE_NOOP("SharingBanner",
                                    "Shared with %1 under LIAS art. 60 ff., decided by %2, until revoked."),
    "expired": QT_TRANSLATE_NOOP("SharingBanner", "Local only: the procuration or the legal basis has ended; "
                                                  "nothing more leaves this computer."),
    "revoked": QT_TRANSLATE_NOOP("SharingBanner",
                                 "Local only: the consent was revoked; nothing more leaves this computer."),
    "read_only": QT_TRANSLATE_NOOP("SharingBanner", "Your institution or office is not in this scope: the case is "
                                                    "kept read-only here (it can be read, not changed, printed "
                                                    "or sent)."),
}


def _t(key: str) -> str:
    return QCoreApplication.translate("SharingBanner", T[key])


def banner_text(scope: Scope, state: referral.SharingState, read_only: bool) -> str:
    """``scope``: the case's scope today; ``state``: its consents (why nothing is shared);
    ``read_only``: this workstation keeps the case read-only (``services.case_guard``)."""
    names = institution_names(sorted(scope.institutions), scope.offices)  # in the network's order: ORP, CMS, ...
    until = format_date(scope.until) if scope.until else ""
    if scope.network:
        text = _t("network")
    elif scope.basis == "consent":
        text = _t("consent" if until else "consent_open").replace("%1", names).replace("%2", until)
        text += " " + _t("others")
    elif scope.basis == "legal_basis":
        text = _t("legal" if until else "legal_open").replace("%1", names).replace("%3", until)
        text = text.replace("%2", scope.decided_by) + " " + _t("others")
    elif scope.ended in ("expired", "revoked"):
        text = _t(scope.ended)
    else:
        text = sharing_text(state)
    if read_only:
        text += " " + _t("read_only")
    return text
