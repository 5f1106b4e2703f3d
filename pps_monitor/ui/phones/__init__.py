"""Answer on phones: the projector screen of a phone round (the server is pps_monitor.web)."""
