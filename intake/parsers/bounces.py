"""Delivery reports as the field knows them: GNU Mailman's detector, flufl.bounce.

Input: a parsed stdlib message. Output: the recipients it reports as failed
(permanently or for now), lower-cased; empty for anything else. flufl.bounce
knows DSNs and the non-standard reports of Exim, Postfix, qmail, GroupWise,
Exchange, Yahoo, AOL and more, each from real bounces; intake adds only the
shapes of header and subject it does not look at (see ``intake.classify``).
"""

from __future__ import annotations

import logging
from email.message import Message

from flufl.bounce import all_failures

# flufl.bounce logs each detector it runs at INFO and every detector crash with a traceback;
# a crash here only means "not a bounce this detector knows", which we already handle.
logging.getLogger("flufl.bounce").setLevel(logging.CRITICAL + 1)


def failed_recipients(message: Message) -> tuple[str, ...]:
    """The addresses a delivery report says could not be reached; () for any other mail."""
    try:
        temporary, permanent = all_failures(message)
    except Exception:  # a detector meeting a shape it did not expect: no verdict, not a crash
        return ()
    found = {a.decode("utf-8", "replace") if isinstance(a, bytes) else str(a)
             for a in temporary | permanent}
    return tuple(sorted({a.strip().strip("<>").lower() for a in found if "@" in a}))
