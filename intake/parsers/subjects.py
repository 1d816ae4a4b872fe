"""A subject line without its reply and forward prefixes: what threading and drafting compare,
and whether the mail answers or passes on an older one.

Pure: text in, text out (no database), so parsers and threading share one list of prefixes.
"""

from __future__ import annotations

import re

__all__ = ["normalise_subject", "replies_to_mail"]

# Reply and forward prefixes of common mail clients in many languages, with
# counters ("Re[2]:", "RE^3:") and list tags ("[harbor-team]").
_PREFIX = re.compile(
    r"""^\s*(?:
        \[[^\]]{1,40}\]\s*
      | (?P<word>re|aw|sv|vs|antw|antwort|r|rif|ref|odp|res|rv|ré|réf|fw|fwd|wg|tr|enc|doorst|vl)
        (?:\s*[\[(^]?\d+[\])]?)?\s*[:：]\s*
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_SPACES = re.compile(r"\s+")


def _split_prefixes(subject: str) -> tuple[list[str], str]:
    """The reply/forward prefix words leading ``subject`` (lower case; list tags such as
    "[harbor-team]" are skipped, not listed) and the text after them."""
    text, words = subject or "", []
    while (match := _PREFIX.match(text)) and match.end():
        if match["word"]:
            words.append(match["word"].lower())
        text = text[match.end() :]
    return words, text


def normalise_subject(subject: str) -> tuple[str, bool]:
    """The subject without reply/forward prefixes and tags, and whether it had any."""
    words, text = _split_prefixes(subject)
    return _SPACES.sub(" ", text).strip().lower()[:500], bool(words)


# The prefixes that answer a mail (the others pass one on: "Fwd:", "WG:", "TR:", Spanish
# Outlook's "RV:"); "SV:" and "VS:" answer in Scandinavian and Finnish clients.
_ANSWERING = frozenset(("re", "aw", "sv", "vs", "antw", "antwort", "r", "rif", "ref", "odp",
                        "res", "ré", "réf"))


def replies_to_mail(subject: str) -> bool:
    """Whether ``subject`` answers an earlier mail ("Re: Proofs", "Fwd: RE: Proofs"), a
    forward of an answer too."""
    return not _ANSWERING.isdisjoint(_split_prefixes(subject)[0])
