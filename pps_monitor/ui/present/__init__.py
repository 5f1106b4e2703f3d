"""Present mode: a round's results full screen for a projector."""
