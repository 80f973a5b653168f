"""Services: the use cases of CII Desktop over the store (the GUI and the CLI call only these)."""
