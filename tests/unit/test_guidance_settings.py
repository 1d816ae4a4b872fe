"""The [guidance] table: defaults from [schedule.reminders], exact error keys."""

from __future__ import annotations

from datetime import time

import pytest

from intake.errors import ConfigError
from intake.guidance.context import settings_of
from intake.guidance.settings import GuidanceSettings, guidance_from_config
from intake.scheduling import schedule_from_config
from tests.guidance_env import PRINT_AD, make_config

SCHEDULE = schedule_from_config(
    {"holidays": {"country": "US"}, "reminders": {"lead_business_days": 3, "send_at": "11:30"}},
    [PRINT_AD],
)


def test_defaults_come_from_the_schedule_reminders_table() -> None:
    assert guidance_from_config(None, SCHEDULE) == GuidanceSettings(False, 3, time(11, 30))


def test_values_are_read() -> None:
    settings = guidance_from_config(
        {"auto_send": True, "lead_business_days": 1, "send_at": "09:15"}, SCHEDULE
    )
    assert settings == GuidanceSettings(True, 1, time(9, 15))


@pytest.mark.parametrize(
    ("table", "key"),
    [
        ({"auto_send": "yes"}, "guidance.auto_send"),
        ({"lead_business_days": -1}, "guidance.lead_business_days"),
        ({"lead_business_days": True}, "guidance.lead_business_days"),
        ({"send_at": "8 o'clock"}, "guidance.send_at"),
        ({"send_at": "18:00"}, "guidance.send_at"),  # outside 09:00-17:00
        ({"send_at": "10:00+02:00"}, "guidance.send_at"),
        ({"autosend": True}, "guidance.autosend"),
    ],
)
def test_errors_name_the_file_and_the_key(table: dict[str, object], key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        guidance_from_config(table, SCHEDULE, path="intake.toml")
    assert caught.value.key == key
    assert str(caught.value).startswith(f"intake.toml: {key}: ")


def test_not_a_table() -> None:
    with pytest.raises(ConfigError) as caught:
        guidance_from_config(["auto_send"], SCHEDULE, path="intake.toml")  # type: ignore[arg-type]
    assert caught.value.key == "guidance"


def test_settings_of_a_config_are_parsed_once_and_off_without_a_schedule() -> None:
    config = make_config(guidance={"auto_send": True})
    schedule, settings = settings_of(config)
    assert schedule is not None and settings.auto_send is True
    assert settings_of(config)[0] is schedule  # cached: one holiday calendar per config

    from dataclasses import replace

    bare = replace(config, extra={})
    assert settings_of(bare) == (None, GuidanceSettings())
