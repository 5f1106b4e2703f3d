"""Paper forms typed in twice and compared."""
