"""Pure domain logic: the instrument, scoring and statistics. No Qt, no I/O beyond reading files."""
