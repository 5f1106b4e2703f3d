"""The printable PDF report (reportlab), in Dutch or English. No Qt."""
