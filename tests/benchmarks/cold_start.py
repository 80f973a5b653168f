"""Child process of the benchmark: start the real app on a data folder and report when the list is shown.

Prints ``SHOWN <rows>`` when the main window has painted itself with its case list filled, then
exercises the window (scrolling, searching, opening cases) and prints ``PEAK_RSS_MB <n>`` before
quitting. With ``--bare`` it shows an empty PySide6 window instead (the reference for the start-up
ratio), measured the same way: at its first paint.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.support.qt import on_first_paint


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    _watch = on_first_paint(app, "QMainWindow", lambda _w: (print("SHOWN 0", flush=True), app.quit()))
    window.show()
    return app.exec()


def real(data_dir: str) -> int:
    import resource
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from cii_desktop.gui import app as app_module

    def exercise(window: Any) -> None:
        print(f"SHOWN {window.cases.rowCount()}", flush=True)
        window._finish_start()  # what the event loop does next: due panel, referral and sync widgets
        for _ in range(10):
            window.cases.fetchMore()
        for text in ("mar", "müller", "sion", "berth", "756.0000.12", "savi", "jean ber"):
            window.ui.searchEdit.setText(text)
            window.apply_filter()
            for row in range(min(20, window.cases.rowCount())):
                window.current_case_id = window.cases.case_id(row)
                window._show_detail()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"PEAK_RSS_MB {peak:.0f}", flush=True)
        QApplication.instance().quit()

    app = app_module.make_application()
    _watch = on_first_paint(app, "MainWindow", exercise)
    return app_module.run(data_dir=Path(data_dir))


if __name__ == "__main__":
    sys.exit(bare() if sys.argv[1] == "--bare" else real(sys.argv[1]))
