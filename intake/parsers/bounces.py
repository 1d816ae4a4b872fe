"""Delivery reports as the field knows them: GNU Mailman's detector, flufl.bounce.

Input: a parsed stdlib message. Output: the recipients it reports as failed
(permanently or for now), lower-cased; empty for anything else. flufl.bounce
knows DSNs and the non-standard reports of Exim, Postfix, qmail, GroupWise,
Exchange, Yahoo, AOL and more, each from real bounces; intake adds only the
shapes of header and subject it does not look at (see ``intake.classify``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from email.message import Message

from flufl.bounce import all_failures

# flufl.bounce logs each detector it runs at INFO and every detector crash with a traceback;
# a crash here only means "not a bounce this detector knows", which we already handle.
logging.getLogger("flufl.bounce").setLevel(logging.CRITICAL + 1)


# Words some delivery report's subject has (in the languages we read, and the corpus's
# others); a mail whose subject has none is not scanned: the 17 detectors cost 0.7 ms a
# message, twice parsing itself. In Mailman's corpus every report flufl.bounce alone
# recognises passes this gate; the rest are caught by sender, envelope or content type.
_MAYBE_REPORT = re.compile(
    r"deliver|d[ée]livr|remis|zustell|entreg|return|fail|[ée]chec|fehl|bounce|notif|error|"
    r"erreur|warn|delay|reject|unknown|inconnu|problem|mail ?system|postmaster|daemon|report|"
    r"devuel|non[- ]?distribu|recens|undeliv|could not|unable|nicht",
    re.IGNORECASE,
)


def failed_recipients(message: Message, subject: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(delayed, failed): the addresses a delivery report says are not reached yet, and
    those it says cannot be reached at all; both empty for any other mail."""
    if not _MAYBE_REPORT.search(subject):
        return (), ()
    try:
        temporary, permanent = all_failures(message)
    except Exception:  # a detector meeting a shape it did not expect: no verdict, not a crash
        return (), ()
    return _addresses(temporary), _addresses(permanent)


def _addresses(found: Iterable[bytes | str]) -> tuple[str, ...]:
    text = (a.decode("utf-8", "replace") if isinstance(a, bytes) else str(a) for a in found)
    return tuple(sorted({a.strip().strip("<>").lower() for a in text if "@" in a}))
