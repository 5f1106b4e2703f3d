"""Files in and out: import packages, exports, backups, restore, erasure, paper-form
spreadsheets (all slow work off the GUI thread)."""
