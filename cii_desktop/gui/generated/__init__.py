"""Python modules generated from ui/*.ui (do not edit)."""
