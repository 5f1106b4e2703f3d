"""The user's language (nl or en) from the environment."""

import locale
import os


def system_language() -> str:
    """'nl' when the system locale is Dutch, else 'en'."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "nl" if loc.lower().startswith("nl") else "en"
