"""The chosen partnership: one class per tab (rounds, organisations, action points,
timeline), the list commands (create, rename, delete, demo) and their dialogs."""
