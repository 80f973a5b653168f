"""CII Desktop: offline, encrypted case work for the CII-Valais network."""

__version__ = "0.1.0"
APP_NAME = "CII Desktop"
APP_ID = "ch.vs.cii-desktop"
