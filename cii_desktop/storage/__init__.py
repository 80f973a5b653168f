"""Encrypted local storage: SQLCipher database, keys, models, change journal, search, migrations."""
