"""One notification path: typed change events that views subscribe to.

Whoever changes data emits what changed (Anki's OpChanges, novelWriter's shared.py);
each view decides whether it must redraw. Nobody reloads another view by hand.
The payload is the partnership concerned, or None when it may be any of them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, SignalInstance


class Hub(QObject):
    partnerships_changed = Signal(object)  # the list of partnerships; payload: id to select
    partnership_changed = Signal(object)  # name, organisations or timeline of one
    round_changed = Signal(object)  # a round was created, closed, reopened or deleted
    responses_changed = Signal(object)  # answers were added or erased
    actions_changed = Signal(object)  # action points
    settings_changed = Signal()  # preferences that change the scores
    db_replaced = Signal()  # another database was opened, or one was restored

    def data_signals(self) -> tuple[SignalInstance, ...]:
        """The events that change one partnership's records (payload: its id or None)."""
        return (
            self.partnership_changed,
            self.round_changed,
            self.responses_changed,
            self.actions_changed,
        )
