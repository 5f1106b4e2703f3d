"""Charts as pure functions from computed results to a matplotlib Figure (no pyplot, no Qt).

The app shows them in a FigureCanvasQTAgg; the PDF report embeds the same figures.
matplotlib is imported inside the builders: it costs a second at import.
"""
