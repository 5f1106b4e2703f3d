"""Guard against PySide6 releases that drop a reference to None on every call that
returns None (6.12.0 on Python 3.11): a long session then aborts with none_dealloc."""

import sys

from PySide6.QtWidgets import QLabel, QTableWidget


def test_none_returning_calls_keep_nones_reference_count(qapp):
    label = QLabel()
    table = QTableWidget(1, 1)
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
        table.item(0, 0)
    assert abs(sys.getrefcount(None) - before) < 50, (
        "this PySide6 release mis-counts None: pin another"
    )
