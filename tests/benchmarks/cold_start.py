"""Child process of the benchmark: start the real app on a data folder and report when the list is shown.

Prints ``SHOWN <rows>`` as soon as the main window is shown with its case list filled, then exercises
the window (scrolling, searching, opening cases) and prints ``PEAK_RSS_MB <n>`` before quitting.
With ``--bare`` it shows an empty PySide6 window instead (the reference for the start-up ratio).
"""

from __future__ import annotations

import sys


def bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    QTimer.singleShot(0, lambda: (print("SHOWN 0", flush=True), app.quit()))
    return app.exec()


def real(data_dir: str) -> int:
    import resource
    from pathlib import Path

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from cii_desktop.gui import app as app_module

    def exercise() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"]
        window = windows[0]
        print(f"SHOWN {window.cases.rowCount()}", flush=True)
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

    QTimer.singleShot(0, exercise)
    return app_module.run(data_dir=Path(data_dir))


if __name__ == "__main__":
    sys.exit(bare() if sys.argv[1] == "--bare" else real(sys.argv[1]))
