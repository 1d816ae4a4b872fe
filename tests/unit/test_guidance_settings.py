"""The [guidance] table: defaults from [schedule.reminders], exact error keys."""

from __future__ import annotations

from datetime import time

import pytest

from intake.config import GuidanceSettings, guidance_from_config, schedule_from_config
from intake.errors import ConfigError
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


def test_the_config_reads_guidance_when_loaded_and_turns_it_off_without_a_schedule() -> None:
    config = make_config(guidance={"auto_send": True})
    assert config.schedule is not None and config.guidance.auto_send is True

    from dataclasses import replace

    from intake.config import parse

    data = {"agency": {"ae": "ae@agency.example", "intake": "intake@agency.example"},
            "guidance": {"auto_send": True}}
    assert parse(data, path=None).guidance == GuidanceSettings()  # no [schedule]: off
    with pytest.raises(ConfigError) as caught:
        parse({**data, "guidance": {"autosend": True}}, path=None)
    assert caught.value.key == "guidance.autosend"  # checked even while off
    assert replace(config, schedule=None).schedule is None
