"""The user's language (nl or en) from the environment, and the languages we speak."""

import locale
import os

LANGUAGES = ("nl", "en")
"""Languages of the report, the CLI and the phone pages; English is the fallback."""


def language_code(value: str | None) -> str:
    """'nl' for any Dutch language or locale name ('nl', 'nl_BE', 'nl-NL'), else 'en'."""
    return "nl" if (value or "").lower().startswith("nl") else "en"


def system_language() -> str:
    """'nl' when the system locale is Dutch, else 'en'."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return language_code(value)
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return language_code(loc)
