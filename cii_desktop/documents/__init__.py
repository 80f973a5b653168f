"""Printed forms: the reportlab engine, the forms of each kind, their FR/DE wording (no Qt, no database)."""
