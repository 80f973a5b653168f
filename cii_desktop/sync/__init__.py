"""Batch sync through the shared server folder (issue 3): clock, batch format; no Qt."""
