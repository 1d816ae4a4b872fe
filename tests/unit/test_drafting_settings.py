"""The [drafts] config table: defaults, values, and errors that name the file and the key."""

from __future__ import annotations

from datetime import timedelta

import pytest

from intake.config import DraftSettings, drafts_from_config
from intake.errors import ConfigError


def test_defaults_without_a_table() -> None:
    settings = drafts_from_config(None)
    assert settings == DraftSettings()
    assert settings.ttl == timedelta(days=7) and settings.notices_per_hour == 3


def test_values_are_read() -> None:
    settings = drafts_from_config(
        {"reply_ttl_days": 2, "refusal_notices_per_hour": 0, "mails_per_hour": 50,
         "max_age_days": 30})
    assert settings.ttl == timedelta(days=2)
    assert settings.notices_per_hour == 0
    assert settings.max_age == timedelta(days=30)


@pytest.mark.parametrize(("table", "key"), [
    ({"reply_ttl_days": 0}, "drafts.reply_ttl_days"),
    ({"reply_ttl_days": "7"}, "drafts.reply_ttl_days"),
    ({"refusal_notices_per_hour": -1}, "drafts.refusal_notices_per_hour"),
    ({"mails_per_hour": True}, "drafts.mails_per_hour"),
    ({"max_age_days": 0}, "drafts.max_age_days"),
    ({"ttl": 3}, "drafts.ttl"),
])
def test_errors_name_the_file_and_the_key(table: dict[str, object], key: str) -> None:
    with pytest.raises(ConfigError) as error:
        drafts_from_config(table, path="intake.toml")
    assert str(error.value).startswith(f"intake.toml: {key}: ")
