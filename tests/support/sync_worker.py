"""A sync run in a child process (the kill tests end it with SIGKILL at a random moment)."""

from __future__ import annotations

import sys
from pathlib import Path

from cii_desktop.services.data_folder import open_database
from cii_desktop.services.sync import run_sync

if __name__ == "__main__":
    folder, share_dir, passphrase = sys.argv[1], sys.argv[2], sys.argv[3]
    store = open_database(Path(folder), passphrase=passphrase)
    print("ready", flush=True)
    report = run_sync(store, Path(share_dir))
    print(report.summary(), flush=True)
    store.close()
