"""Domain rules of the CII network: identities, reference tables, validation (no Qt, no storage)."""
