"""Sender authentication of a reply: did the AE really send it?

Input: the parsed reply, the AE's address, the ``authserv-id`` of the mail
server we trust (``agency.trusted_authserv_id``), and optionally the raw
bytes for a DKIM check of our own. Output: :class:`AuthVerdict` (``ok``, a
short ``reason`` code and a sentence for the AE). Pure apart from the
optional DKIM check's DNS lookup, which goes through a seam.

The checks run in the order of :data:`CHECKS`; the first refusal wins:

1. exactly one From address, and it is the AE's (case-insensitive, display
   names ignored);
2. no ``Sender`` naming someone else (mail sent on the AE's behalf by another
   mailbox is not the AE deciding);
3. not written by a machine (:func:`intake.classify.machine_reason`);
4. when ``trusted_authserv_id`` is set: the **topmost**
   ``Authentication-Results`` header whose authserv-id is that id shows
   ``dmarc=pass`` (for the From domain) or ``dkim=pass`` for an aligned
   domain. Headers from other authserv-ids are ignored, and so are trusted-id
   headers further down: a sender can write any header into a message, but
   the receiving server adds its own above everything it received. (This
   needs the server to record its verdicts in the header it adds on top: a
   setup where two milters each add one header with the same id has only
   the topmost one read.) When no header from that server exists and the raw
   bytes are given, DKIM is verified here (dkimpy) instead.

Alignment is relaxed DMARC alignment approximated without the Public Suffix
List (tldextract and publicsuffixlist are not dependencies): the DKIM
domain aligns with the From domain when they are equal or one is a
subdomain of the other. That never aligns two registrations under a public
suffix (``evil.co.uk`` vs ``agency.co.uk``: a "last two labels" rule would),
because signing as the suffix itself (``co.uk``) needs the registry's DNS.
It is stricter than DMARC for sibling subdomains (``d=mail.agency.com`` does
not align with ``ae@eu.agency.com``): such a setup is refused, never let in.

Authentication-Results is read per RFC 8601 and tolerantly: comments in
parentheses (nested, escaped), quoted strings, several results, folded lines,
``method/version``, spaces around ``=``, and the id-less headers Microsoft
writes (read as having no authserv-id, so never trusted).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from intake.classify import machine_reason
from intake.parsers.addresses import parse_addresses
from intake.parsers.types import Address, ParsedMail

__all__ = [
    "CHECKS",
    "AuthResult",
    "AuthResults",
    "AuthVerdict",
    "dkim_pass_domains",
    "domains_aligned",
    "parse_authentication_results",
    "sender_authenticated",
]

log = logging.getLogger(__name__)

DkimVerify = Callable[[bytes], Iterable[str]]


@dataclass(frozen=True, slots=True)
class AuthVerdict:
    """Whether a reply may act. ``reason`` is a short code, ``detail`` a sentence for the AE.

    Codes: ``ok``, ``no-from``, ``multiple-from``, ``not-ae``, ``sender-mismatch``,
    ``auto-generated``, ``no-auth-results``, ``auth-fail``, ``dkim-unaligned``.
    """

    ok: bool
    reason: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class AuthResult:
    """One ``method=result`` of an Authentication-Results header, with its properties.

    ``props`` maps lower-cased ``ptype.property`` (and ``reason``, and
    non-standard bare keys such as Microsoft's ``action``) to the value.
    """

    method: str
    result: str
    props: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AuthResults:
    """One parsed Authentication-Results header ("" authserv-id when it has none)."""

    authserv_id: str
    results: tuple[AuthResult, ...] = ()


# --- RFC 8601 parsing ----------------------------------------------------------------

_SPECIAL = frozenset(";=")


def _tokens(value: str) -> list[tuple[str, bool]]:
    """``(text, quoted)`` tokens: words, quoted strings, ``;`` and ``=``; comments dropped."""
    out: list[tuple[str, bool]] = []
    i, n = 0, len(value)
    word: list[str] = []

    def flush() -> None:
        if word:
            out.append(("".join(word), False))
            word.clear()

    while i < n:
        ch = value[i]
        if ch == "(":
            flush()
            depth = 0
            while i < n:
                if value[i] == "\\":
                    i += 2
                    continue
                if value[i] == "(":
                    depth += 1
                elif value[i] == ")":
                    depth -= 1
                    if depth == 0:
                        break
                i += 1
            i += 1
            continue
        if ch == '"':
            flush()
            i += 1
            text: list[str] = []
            while i < n and value[i] != '"':
                if value[i] == "\\" and i + 1 < n:
                    i += 1
                text.append(value[i])
                i += 1
            out.append(("".join(text), True))
            i += 1
            continue
        if ch.isspace():
            flush()
        elif ch in _SPECIAL:
            flush()
            out.append((ch, False))
        else:
            word.append(ch)
        i += 1
    flush()
    return out


def _segments(tokens: list[tuple[str, bool]]) -> list[list[tuple[str, bool]]]:
    segments: list[list[tuple[str, bool]]] = [[]]
    for token in tokens:
        if token == (";", False):
            segments.append([])
        else:
            segments[-1].append(token)
    return segments


def _pairs(segment: list[tuple[str, bool]]) -> list[tuple[str, str]]:
    """``key=value`` pairs of one resinfo, in order; stray words are skipped."""
    pairs: list[tuple[str, str]] = []
    i = 0
    while i < len(segment):
        if (
            i + 2 < len(segment)
            and segment[i + 1] == ("=", False)
            and segment[i + 2] != ("=", False)
        ):
            pairs.append((segment[i][0], segment[i + 2][0]))
            i += 3
        elif i + 2 == len(segment) and segment[i + 1] == ("=", False):
            pairs.append((segment[i][0], ""))  # "header.from=" with nothing after it
            i += 2
        else:
            i += 1
    return pairs


def parse_authentication_results(value: str) -> AuthResults:
    """Read one Authentication-Results value; never raises (garbage gives no results)."""
    segments = _segments(_tokens(value))
    head = segments[0]
    results_from = 1
    if any(token == ("=", False) for token in head):
        authserv_id = ""  # Microsoft's id-less form: the first segment is already a result
        results_from = 0
    else:
        authserv_id = head[0][0].lower() if head else ""
    results: list[AuthResult] = []
    for segment in segments[results_from:]:
        pairs = _pairs(segment)
        if not pairs:
            continue  # "none", or an empty segment after a trailing ";"
        (method, result), rest = pairs[0], pairs[1:]
        method = method.partition("/")[0].strip().lower()
        props = {key.lower(): val for key, val in rest}
        results.append(AuthResult(method, result.lower(), props))
    return AuthResults(authserv_id, tuple(results))


# --- alignment ---------------------------------------------------------------------


def _domain(value: str) -> str:
    """The domain of ``example.com``, ``@example.com`` or ``user@example.com``, lower-case."""
    return value.strip().rpartition("@")[2].strip(".").lower()


def domains_aligned(signing: str, author: str) -> bool:
    """Relaxed alignment without the Public Suffix List (module docstring): equal, or one
    is a subdomain of the other, and the signing domain has at least two labels."""
    d, f = _domain(signing), _domain(author)
    if not d or not f or "." not in d:
        return False
    return d == f or f.endswith("." + d) or d.endswith("." + f)


# --- DKIM, checked here ----------------------------------------------------------------


def dkim_pass_domains(raw: bytes, *, dnsfunc: Callable[..., Any] | None = None,
                      timeout: float = 5) -> tuple[str, ...]:
    """The ``d=`` domains of the DKIM signatures of ``raw`` that verify and sign From.

    ``dnsfunc`` is dkimpy's seam (``dnsfunc(name: bytes, timeout=...) -> bytes``
    returning the TXT record); the default asks DNS. Signatures that leave From
    unsigned or cover only part of the body (``l=``) vouch for nothing here.
    """
    import dkim  # dkimpy; imported here so the pure checks never load it

    try:
        checker = dkim.DKIM(raw, minkey=1024, timeout=timeout)
    except Exception as exc:  # a message dkimpy cannot even split into headers
        log.info("DKIM not checked: %s", type(exc).__name__)
        return ()
    count = sum(1 for name, _ in checker.headers if name.lower() == b"dkim-signature")
    found: list[str] = []
    for idx in range(count):
        try:
            ok = checker.verify(idx, dnsfunc=dnsfunc or dkim.dnsplug.get_txt)
        except Exception as exc:  # dkimpy raises its own errors and DNS errors alike
            log.info("DKIM signature %d not verified: %s", idx, type(exc).__name__)
            continue
        fields = checker.signature_fields
        if ok and b"from" in checker.include_headers and b"l" not in fields:
            found.append(checker.domain.decode("ascii", "replace").lower())
    return tuple(found)


# --- the checks --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Context:
    ae: str
    trusted_authserv_id: str | None
    raw: bytes | None
    dkim_verify: DkimVerify | None


def _refuse(reason: str, detail: str) -> AuthVerdict:
    return AuthVerdict(False, reason, detail)


def _from_addresses(mail: ParsedMail) -> list[Address]:
    found: list[Address] = []
    for value in mail.headers.get("from", ()):
        found.extend(parse_addresses(value))
    if not found and mail.from_ is not None:
        found.append(mail.from_)
    return found


def check_from(mail: ParsedMail, ctx: _Context) -> AuthVerdict | None:
    """Exactly one From address, and it is the AE's."""
    addresses = _from_addresses(mail)
    if not addresses or not any(a.email for a in addresses):
        return _refuse("no-from", "the reply has no readable From address")
    if len(addresses) > 1:
        return _refuse("multiple-from", "the reply names more than one author in From")
    if addresses[0].email.lower() != ctx.ae.strip().lower():
        return _refuse("not-ae", "the reply is not from the AE's address")
    return None


def check_sender(mail: ParsedMail, ctx: _Context) -> AuthVerdict | None:
    """A ``Sender`` header, when present, names the AE too."""
    values = mail.headers.get("sender", ())
    if not values:
        return None
    senders = [a for value in values for a in parse_addresses(value)]
    if len(senders) != 1 or senders[0].email.lower() != ctx.ae.strip().lower():
        return _refuse("sender-mismatch", "the reply was sent by another mailbox (Sender)")
    return None


def check_person(mail: ParsedMail, ctx: _Context) -> AuthVerdict | None:
    """Bounces, auto-replies and other machine mail never decide anything."""
    why = machine_reason(mail)
    if why is not None:
        return _refuse("auto-generated", f"the reply was written by a machine ({why})")
    return None


def _trusted_header(mail: ParsedMail, authserv_id: str) -> AuthResults | None:
    wanted = authserv_id.strip().lower()
    for value in mail.headers.get("authentication-results", ()):  # topmost first
        parsed = parse_authentication_results(value)
        if parsed.authserv_id == wanted:
            return parsed
    return None


def check_authentication(mail: ParsedMail, ctx: _Context) -> AuthVerdict | None:
    """DMARC or aligned DKIM, as the trusted server saw it (or as dkimpy sees it here)."""
    if not ctx.trusted_authserv_id:
        return None
    author = _from_addresses(mail)[0].domain
    header = _trusted_header(mail, ctx.trusted_authserv_id)
    if header is None:
        return _check_dkim_here(ctx, author)
    for result in header.results:
        if result.method == "dmarc" and result.result == "pass":
            claimed = result.props.get("header.from", "")
            if not claimed or _domain(claimed) == author:
                return None
    passed = [r for r in header.results if r.method == "dkim" and r.result == "pass"]
    for result in passed:
        signing = result.props.get("header.d") or result.props.get("header.i", "")
        if domains_aligned(signing, author):
            return None
    if passed:
        return _refuse("dkim-unaligned", f"DKIM passed only for domains other than {author}")
    return _refuse("auth-fail", f"{ctx.trusted_authserv_id} did not authenticate the reply")


def _check_dkim_here(ctx: _Context, author: str) -> AuthVerdict | None:
    if ctx.raw is None:
        return _refuse(
            "no-auth-results", f"no Authentication-Results from {ctx.trusted_authserv_id}"
        )
    verify = ctx.dkim_verify or dkim_pass_domains
    domains = tuple(verify(ctx.raw))
    if any(domains_aligned(d, author) for d in domains):
        return None
    if domains:
        return _refuse("dkim-unaligned", f"DKIM passed only for domains other than {author}")
    return _refuse(
        "no-auth-results",
        f"no Authentication-Results from {ctx.trusted_authserv_id} and no valid DKIM signature",
    )


# Refusals, cheapest and most certain first; the first that refuses wins.
CHECKS: tuple[Callable[[ParsedMail, _Context], AuthVerdict | None], ...] = (
    check_from,  # one From, the AE's
    check_sender,  # nobody else sending on the AE's behalf
    check_person,  # not a bounce, auto-reply or bulk mail
    check_authentication,  # DMARC / aligned DKIM from the trusted server (or dkimpy)
)


def sender_authenticated(
    mail: ParsedMail,
    *,
    ae: str,
    trusted_authserv_id: str | None,
    raw: bytes | None = None,
    dkim_verify: DkimVerify | None = None,
) -> AuthVerdict:
    """Whether ``mail`` may act on a draft as the AE's decision (module docstring).

    ``raw`` turns on the DKIM check here when the trusted server left no
    header; ``dkim_verify(raw) -> domains`` replaces :func:`dkim_pass_domains`
    (tests pass ``functools.partial(dkim_pass_domains, dnsfunc=...)``).
    """
    ctx = _Context(ae, trusted_authserv_id, raw, dkim_verify)
    for check in CHECKS:
        verdict = check(mail, ctx)
        if verdict is not None:
            return verdict
    how = f"authenticated by {trusted_authserv_id}" if trusted_authserv_id else "from the AE"
    return AuthVerdict(True, "ok", how)
