"""``python -m cii_desktop``: same as the ``cii-desktop`` command."""

import sys

from .cli import main

sys.exit(main())
