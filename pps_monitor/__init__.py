"""PPS Monitor: offline self-assessment of public-private partnership health."""

__version__ = "0.1.0"
