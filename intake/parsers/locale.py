"""The sender's date order and currency when the config does not say.

A client in London writes "11/01" for 11 January and "5k" in pounds; the
config's ``[[clients]] day_first`` and ``currency`` say so when the AE set them,
and these signals stand in when not: the numeric dates the message itself
writes ("18/12" can only be day-first, so "11/01" beside it is too), the
language it is written in, and the country of the sender's domain. Pure: no
lookups beyond the tables here.
"""

from __future__ import annotations

import re

from intake.parsers.prefilter import prefilter_patterns


def _codes(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Country domains whose writers put the day first ("11/01" is 11 January).
DAY_FIRST_TLDS = _codes(
    "uk ie au nz za in fr de es it nl be ch at pt dk se no fi pl cz sk hu gr ro bg hr si "
    "lu ee lv lt is mt cy tr br ar cl co pe uy mx ru ua il sg my"
)
#: Languages whose writers put the day first.
DAY_FIRST_LANGUAGES = frozenset(("fr", "de", "es", "it", "nl", "pt"))
#: What a bare amount ("a budget of 5k") means from a country's domain.
CURRENCY_BY_TLD = {
    "uk": "GBP", "ch": "CHF", "ca": "CAD", "au": "AUD", "nz": "NZD", "jp": "JPY",
    "se": "SEK", "no": "NOK", "dk": "DKK", "pl": "PLN", "in": "INR", "mx": "MXN",
    "br": "BRL", "za": "ZAR", "cz": "CZK", "hu": "HUF", "sg": "SGD",
    **dict.fromkeys(_codes("ie fr de es it nl be at pt fi gr sk si ee lv lt lu mt cy hr"),
                    "EUR"),
}

# "18/12", "25.01.2027", "18/12/26", "8.1." -- not "3.5 hours", "9.800 Euro", "10.30 am".
_NUMERIC = re.compile(
    r"(?<![\d.,/])(\d{1,2})/(\d{1,2})(?:/(?:\d{4}|\d{2}))?(?![\d/])|"
    r"(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(?:\d{4}|\d{2})?(?!\d|\.\d)"
)


_NOT_DATES = frozenset(("24/7", "24/7/365", "9/11"))


def numeric_order(text: str) -> str | None:
    """``"day"`` when the text writes a date that can only be day-first ("18/12", or dotted
    with its year: "05.02.2027") and none
    that can only be month-first ("12/18"); ``"month"`` the other way round; else None."""
    day = month = False
    for found in _NUMERIC.finditer(text):
        if found.group() in _NOT_DATES:
            continue
        first, second = (int(g) for g in (found.group(1) or found.group(3),
                                          found.group(2) or found.group(4)))
        dotted_year = found.group(3) is not None and len(found.group()) >= 8
        if (first > 12 and 1 <= second <= 12 and first <= 31) or (
                dotted_year and first <= 31 and 1 <= second <= 12):
            day = True  # "18/12"; "05.02.2027": a dotted date with its year is European
        elif second > 12 and 1 <= first <= 12 and second <= 31:
            month = True
    if day != month:
        return "day" if day else "month"
    return None


def domain_country(email: str | None) -> str | None:
    """The country code of a sender's domain ("lloydsolicitors.co.uk" -> "uk"), or None."""
    if not email or "@" not in email:
        return None
    tld = email.rpartition("@")[2].rstrip(".").rpartition(".")[2].lower()
    return tld if len(tld) == 2 else None


def day_first_for(text: str, *, language: str | None, email: str | None = None) -> bool:
    """Whether ambiguous numeric dates in ``text`` put the day first, when no config says."""
    order = numeric_order(text)
    if order is not None:
        return order == "day"
    if language in DAY_FIRST_LANGUAGES:
        return True
    return domain_country(email) in DAY_FIRST_TLDS


def currency_for(email: str | None) -> str | None:
    """What a bare amount means from the sender's country, or None when the domain says
    nothing (".com")."""
    country = domain_country(email)
    return CURRENCY_BY_TLD.get(country) if country else None


# Every pattern above runs only on text holding a string it cannot match without.
prefilter_patterns(globals())
