"""The rule tables the canton may change (JSON data read by domain.rule_tables)."""
