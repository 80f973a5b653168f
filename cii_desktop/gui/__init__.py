"""The Qt GUI: a thin layer over cii_desktop.services (imports flow gui -> services -> core)."""
