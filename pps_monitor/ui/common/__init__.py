"""Shared by every feature: context, hub (change events), host protocol, background
operations, errors, settings, labels, table model and record tab, chart canvas, undo."""
