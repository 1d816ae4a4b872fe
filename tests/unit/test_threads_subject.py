"""Subject normalisation for threading (pure)."""

from __future__ import annotations

import pytest

from intake.parsers.subjects import normalise_subject


@pytest.mark.parametrize(
    ("subject", "key", "is_reply"),
    [
        ("Spring campaign", "spring campaign", False),
        ("RE: Spring campaign", "spring campaign", True),
        ("Re: RE: Fwd: Spring  campaign", "spring campaign", True),
        ("AW: WG: Spring campaign", "spring campaign", True),
        ("TR: Réf : Spring campaign", "spring campaign", True),
        ("RV: Spring campaign", "spring campaign", True),
        ("Re[2]: Spring campaign", "spring campaign", True),
        ("[harbor-team] Re: Spring campaign", "spring campaign", True),
        ("[harbor-team] Spring campaign", "spring campaign", False),
        ("Regarding the spring campaign", "regarding the spring campaign", False),
        ("", "", False),
    ],
)
def test_normalise_subject(subject: str, key: str, is_reply: bool) -> None:
    assert normalise_subject(subject) == (key, is_reply)
