"""Job types and their lead times, and recognising a job type in a client's words.

Input: job types from config (name, keywords, milestones with lead times in
business days and who owns each) and a text such as a subject plus new text.
Output: validated frozen values and the job type the text names, if any.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, get_args

from intake.errors import ConfigError

Owner = Literal["agency", "client"]
OWNERS: tuple[str, ...] = get_args(Owner)


@dataclass(frozen=True, slots=True)
class Milestone:
    """One step of a job: ``business_days`` after the previous milestone (the first: after start).

    ``owner`` says who must deliver it: the client's milestones get a schedule
    entry and a reminder, the agency's only a date.
    """

    name: str
    business_days: int
    owner: Owner = "agency"

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ConfigError("a milestone needs a name", key="job_types.milestones")
        if isinstance(self.business_days, bool) or not isinstance(self.business_days, int):
            raise ConfigError(
                f"milestone {self.name!r}: business_days must be an integer",
                key="job_types.milestones",
            )
        if self.business_days < 0:
            raise ConfigError(
                f"milestone {self.name!r}: business_days must not be negative",
                key="job_types.milestones",
            )
        if self.owner not in OWNERS:
            raise ConfigError(
                f"milestone {self.name!r}: owner must be one of {', '.join(OWNERS)}",
                key="job_types.milestones",
            )


@dataclass(frozen=True, slots=True)
class JobType:
    """A kind of job the agency does, how to recognise it, and its milestones in order."""

    name: str
    keywords: tuple[str, ...]
    milestones: tuple[Milestone, ...]

    def __post_init__(self) -> None:
        if not self.milestones:
            raise ConfigError(f"job type {self.name!r} has no milestones", key="job_types")
        names = [m.name for m in self.milestones]
        if len(set(names)) != len(names):
            # Reminder keys are built from milestone names: they must be unique.
            raise ConfigError(f"job type {self.name!r} repeats a milestone name", key="job_types")
        object.__setattr__(self, "keywords", tuple(self.keywords))
        object.__setattr__(self, "milestones", tuple(self.milestones))

    @property
    def total_business_days(self) -> int:
        """Lead time from start to the last milestone."""
        return sum(m.business_days for m in self.milestones)


def _words(keyword: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", keyword.strip()) if w]


@lru_cache(maxsize=1024)
def _keyword_pattern(keyword: str) -> re.Pattern[str] | None:
    """Whole words, any case, any run of spaces or hyphens between words, optional plural s."""
    words = _words(keyword)
    if not words:
        return None
    body = r"[\s\-]+".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w){body}s?(?!\w)", re.IGNORECASE)


def _specificity(keyword: str) -> tuple[int, int]:
    words = _words(keyword)
    return (len(words), len("".join(words)))


def match_job_type(text: str, job_types: Iterable[JobType]) -> JobType | None:
    """The job type whose most specific keyword occurs in ``text``, or ``None``.

    Most specific: more words, then more letters ("print ad" beats "ad"); a tie
    goes to the job type that matches more of its keywords, then to the one
    listed first in config.
    """
    best: tuple[tuple[int, int], int, int] | None = None
    chosen: JobType | None = None
    for index, job in enumerate(job_types):
        matched = []
        for keyword in job.keywords:
            pattern = _keyword_pattern(keyword)
            if pattern is not None and pattern.search(text):
                matched.append(_specificity(keyword))
        if not matched:
            continue
        score = (max(matched), len(matched), -index)
        if best is None or score > best:
            best, chosen = score, job
    return chosen
