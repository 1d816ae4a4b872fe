"""The pure stages of a message's journey: parse, classify, extract. No database, no network.

Input: a :class:`Work` holding one fetched message's raw bytes, and "now"
(which stands in for a missing Date header). Output: the same work with its
``ParsedMail``, ``Classification`` and ``Extraction`` filled in, or with the
stage that failed and the error. Pure, so the pipeline can run them in this
process or in worker processes (:mod:`intake.workers`) alike; this module
imports nothing of the database layer, so workers stay small.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from intake.classify import IGNORED, Classification, Context, classify
from intake.errors import ProcessingError
from intake.parsers.mentions import Extraction
from intake.parsers.mime import parse_message
from intake.parsers.types import ParsedMail
from intake.sources import RawMail

if TYPE_CHECKING:
    from models import Message, Thread

# An extractor turns a message's own words into mentions. ``received_at`` stands
# in for a missing or unreadable Date header.
Extractor = Callable[..., Extraction]


class RemoteStageError(Exception):
    """A stage failed in a worker process: its error type, message and traceback, as text
    (the exception object itself may not survive pickling)."""

    def __init__(self, type_name: str, message: str, trace: str):
        super().__init__(message)
        self.type_name, self.message, self.trace = type_name, message, trace


@dataclass(slots=True)
class Work:
    """One message travelling through the stages; each stage fills in its part."""

    raw: RawMail
    fingerprint: str
    parsed: ParsedMail | None = None
    verdict: Classification | None = None
    extraction: Extraction | None = None
    message_pk: int | None = None
    message: Message | None = None  # loaded for the after_store hooks
    thread: Thread | None = None
    # the message started its conversation (in this write): nothing can be linked to it yet
    thread_opened: bool = False
    failure: tuple[str, Exception] | None = None

    @property
    def threaded(self) -> bool:
        return self.verdict is not None and self.verdict.kind != IGNORED

    @property
    def prepared(self) -> bool:
        """Whether the pure stages ran (successfully or not)."""
        return self.verdict is not None or self.failure is not None

    def reset(self) -> None:
        """Forget what a rolled-back write gave it (IDs, rows); keep the parse and extraction."""
        self.message_pk, self.message, self.thread = None, None, None
        self.thread_opened = False


#: What the stages give back for one message: ParsedMail, Classification, Extraction, and
#: the failure as (stage, error type, message, traceback) when one stage failed.
Prepared = tuple[ParsedMail | None, Classification | None, Extraction | None,
                 tuple[str, str, str, str] | None]


@dataclass(frozen=True)
class PureStages:
    """The stages in order, with what they need: who the agency and its clients are, and the
    extractor (None: store and classify, understand nothing)."""

    context: Context
    extractor: Extractor | None = None

    def prepare(self, work: Work, *, now: datetime) -> None:
        """Run every stage on ``work``; a failure is remembered with its stage, not raised."""
        stage = "parse"
        try:
            for name, step in self.steps:
                stage = name
                step(work, now)
        except Exception as exc:  # the per-message boundary: never stop the poller
            work.failure = (exc.stage if isinstance(exc, ProcessingError) else stage, exc)

    @property
    def steps(self) -> tuple[tuple[str, Callable[[Work, datetime], None]], ...]:
        # The order of a message's journey (see docs/architecture.md).
        return (
            ("parse", self._parse),  # bytes -> ParsedMail (repairs recorded as defects)
            ("classify", self._classify),  # client / ae / draft_reply / ignored(reason)
            ("extract", self._extract),  # mentions from the client's own words
        )

    def _parse(self, work: Work, now: datetime) -> None:
        work.parsed = parse_message(work.raw.raw)

    def _classify(self, work: Work, now: datetime) -> None:
        assert work.parsed is not None
        work.verdict = classify(work.parsed, self.context)

    def _extract(self, work: Work, now: datetime) -> None:
        assert work.parsed is not None and work.verdict is not None
        if self.extractor is not None and work.verdict.kind == "client":
            work.extraction = self.extractor(
                work.parsed, work.verdict, received_at=work.raw.internal_date or now
            )

    def prepare_values(self, raw: RawMail, now: datetime) -> Prepared:
        """The stages on one message, as plain values that travel between processes."""
        work = Work(raw, "")
        self.prepare(work, now=now)
        failure = None
        if work.failure is not None:
            stage, exc = work.failure
            failure = (stage, type(exc).__name__, str(exc),
                       "".join(traceback.format_exception(exc))[-20000:])
        return work.parsed, work.verdict, work.extraction, failure


def fill(work: Work, prepared: Prepared) -> None:
    """Put what a worker prepared into ``work``."""
    work.parsed, work.verdict, work.extraction, failure = prepared
    if failure is not None:
        stage, type_name, message, trace = failure
        work.failure = (stage, RemoteStageError(type_name, message, trace))
