"""Entry point of the frozen app (PyInstaller): the same as the ``cii-desktop`` command."""

import multiprocessing
import sys

from cii_desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
