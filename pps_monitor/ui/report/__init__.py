"""The report dialog: preview, save as PDF, print."""
