"""Services: the use cases of CII Desktop over the store (the GUI and the CLI call only these)."""

from . import case_guard as _case_guard  # noqa: E402,F401  (registers the read-only guard on every write)
