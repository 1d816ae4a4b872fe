"""Drafts: CCRs and change orders the AE confirms, rejects or edits by replying.

The pure half lives here and needs no database: reply tokens
(:mod:`intake.drafts.tokens`), reply commands (:mod:`intake.drafts.commands`)
and the sender check (:mod:`intake.drafts.authcheck`). Input: a parsed reply
and the key, AE and trusted authserv-id. Output: claims, a command and a verdict
that the drafting service acts on.
"""

from intake.drafts.authcheck import AuthVerdict, sender_authenticated
from intake.drafts.commands import (
    CommandError,
    EditValues,
    ReplyCommand,
    edit_values,
    parse_budget_value,
    parse_due_value,
    parse_reply,
)
from intake.drafts.tokens import (
    TokenClaims,
    TokenError,
    issue_token,
    secret_from_environment,
    verify_token,
)

__all__ = [
    "AuthVerdict",
    "CommandError",
    "EditValues",
    "ReplyCommand",
    "TokenClaims",
    "TokenError",
    "edit_values",
    "issue_token",
    "parse_budget_value",
    "parse_due_value",
    "parse_reply",
    "secret_from_environment",
    "sender_authenticated",
    "verify_token",
]
