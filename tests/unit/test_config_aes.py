"""``[[aes]]``: several AEs in one config, each mailbox and client naming its AE."""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from intake.config import parse
from intake.errors import ConfigError
from intake.jobs import _daily_at, _every
from intake.tenancy import Owners


def data(**extra: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "agency": {"name": "B", "intake": "intake@agency.example",
                   "traffic": "traffic@agency.example"},
        "aes": [{"name": "dana", "address": "Dana@agency.example"},
                {"name": "sam", "address": "sam@agency.example", "traffic": "t2@agency.example",
                 "digest_time": "07:30"}],
        "clients": [{"name": "Harbor", "domains": ["harbor.example"], "ae": "dana"},
                    {"name": "Northwind", "domains": ["northwind.example"], "ae": "sam"}],
        "mailboxes": [{"name": "d", "kind": "maildir", "path": "/tmp/d", "ae": "dana"},
                      {"name": "s", "kind": "maildir", "path": "/tmp/s", "ae": "sam"}],
    }
    base.update(extra)
    return base


def test_each_ae_sees_their_own_address_traffic_clients_mailboxes_and_times() -> None:
    config = parse(data(), path=None)
    assert [a.key for a in config.tenants] == ["dana@agency.example", "sam@agency.example"]
    sam = config.for_ae("sam")
    assert (sam.agency.ae, sam.agency.traffic) == ("sam@agency.example", "t2@agency.example")
    assert [c.name for c in sam.clients] == ["Northwind"]
    assert [m.name for m in sam.mailboxes] == ["s"]
    assert sam.digest.time == time(7, 30) and sam.ae_key == "sam@agency.example"
    dana = config.for_ae("dana")
    assert dana.agency.traffic == "traffic@agency.example"  # the agency's, by default
    assert dana.digest.time == config.digest.time
    assert config.ae_key is None  # the whole agency: every row
    # Every AE's address is the agency's own, whichever AE's view classifies the mail.
    assert config.agency.ae_addresses == {"dana@agency.example", "sam@agency.example"}
    assert "t2@agency.example" in config.agency.staff_addresses


def test_without_aes_the_agency_ae_is_the_one_ae() -> None:
    config = parse({"agency": {"ae": "ae@agency.example", "intake": "intake@agency.example"},
                    "clients": [{"name": "Harbor", "domains": ["harbor.example"]}]}, path=None)
    [ae] = config.tenants
    assert ae.key == "ae@agency.example" and config.for_ae(ae.name).ae_key is None
    assert config.clients[0].ae is None


@pytest.mark.parametrize(("change", "key", "message"), [
    (lambda d: d["clients"][0].pop("ae"), "clients[0].ae", "names one of dana, sam"),
    (lambda d: d["mailboxes"][1].update(ae="joe"), "mailboxes[1].ae", "no AE named 'joe'"),
    (lambda d: d["aes"][1].update(name="dana"), "aes[1].name", "duplicate AE name"),
    (lambda d: d["aes"][1].update(address="dana@agency.example"), "aes[1].address",
     "already another AE's address"),
    (lambda d: d["agency"].update(ae="x@agency.example"), "agency.ae", "remove agency.ae"),
    (lambda d: d["aes"][0].update(report_time="6pm-ish"), "aes[0].report_time", "local time"),
    (lambda d: d["aes"][0].update(password="x"), "aes[0].password", "secrets"),
])
def test_a_bad_aes_table_names_the_key(change: Any, key: str, message: str) -> None:
    broken = data()
    change(broken)
    with pytest.raises(ConfigError, match=message) as caught:
        parse(broken, path=None)
    assert key in str(caught.value)


def test_an_ae_key_without_aes_is_an_error() -> None:
    with pytest.raises(ConfigError, match=r"clients\[0\]\.ae.*no \[\[aes\]\]"):
        parse({"agency": {"ae": "ae@agency.example", "intake": "intake@agency.example"},
               "clients": [{"name": "H", "domains": ["h.example"], "ae": "dana"}]}, path=None)


def test_a_message_belongs_to_its_clients_ae_else_its_writer_else_its_mailbox() -> None:
    owners = Owners.of(parse(data(), path=None))
    dana, sam = "dana@agency.example", "sam@agency.example"
    # Sam's client, even in Dana's mailbox (a shared thread): Sam's.
    assert owners.owner(client="Northwind", sender="lee@northwind.example", mailbox="d") == sam
    # Dana forwarding an unknown sender to the intake address: Dana's.
    assert owners.owner(client=None, sender="DANA@agency.example", mailbox="s") == dana
    assert owners.owner(client=None, sender="who@else.example", mailbox="s") == sam
    assert owners.owner(client=None, sender=None, mailbox="unknown") == dana  # the first AE


def test_an_interval_jobs_due_time_is_now_floored_to_its_interval() -> None:
    slot = _every(300)
    assert slot(datetime(2027, 1, 5, 10, 4, 59, tzinfo=UTC)) == datetime(2027, 1, 5, 10, 0,
                                                                         tzinfo=UTC)
    assert slot(datetime(2027, 1, 5, 10, 5, 0, tzinfo=UTC)) == datetime(2027, 1, 5, 10, 5,
                                                                        tzinfo=UTC)


def test_a_daily_jobs_due_time_is_the_latest_one_not_after_now() -> None:
    ny = ZoneInfo("America/New_York")
    slot = _daily_at(time(18), ny)
    evening = datetime(2027, 1, 5, 18, 0, 1, tzinfo=ny)
    morning = datetime(2027, 1, 6, 9, 0, tzinfo=ny)
    assert slot(evening) == datetime(2027, 1, 5, 18, tzinfo=ny)
    # A catch-up in the morning takes last night's run, never tonight's.
    assert slot(morning) == datetime(2027, 1, 5, 18, tzinfo=ny)
    assert slot(datetime(2027, 1, 6, 18, 0, tzinfo=ny)) == datetime(2027, 1, 6, 18, tzinfo=ny)
