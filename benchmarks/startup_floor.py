"""The physical floor for startup: a bare PySide6 script that shows an empty QMainWindow.

It prints `floor: first paint` on stderr when Qt paints the window, then quits. benchmarks/run.py starts it
exactly as it starts the app, so both figures carry the same process-creation and interpreter costs.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class _PaintWatcher(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("floor: first paint", file=sys.stderr, flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    watcher = _PaintWatcher()
    window.installEventFilter(watcher)
    window.resize(1100, 720)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
