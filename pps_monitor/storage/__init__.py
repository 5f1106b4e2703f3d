"""Local SQLite storage through sqlite-utils. No Qt."""
