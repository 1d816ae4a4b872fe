"""MaildirSource on real directories in tmp_path: what is read, and that nothing is touched."""

from __future__ import annotations

import os
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from intake.errors import ConfigError, MailboxUnavailable
from intake.sources import FolderBatch
from intake.sources.maildir import MaildirSource, maildir_key


def make_maildir(path: Path) -> Path:
    for sub in ("new", "cur", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)
    return path


def deliver(
    maildir: Path, unique: str, raw: bytes, *, sub: str = "new", info: str = "", mtime: float = 0
) -> Path:
    """Deliver the Maildir way: write in tmp/, then rename into place."""
    staged = maildir / "tmp" / unique
    staged.write_bytes(raw)
    if mtime:
        os.utime(staged, (mtime, mtime))
    final = maildir / sub / (unique + info)
    staged.rename(final)
    return final


def snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``root`` with its bytes and mtime: proof that nothing moved."""
    return {
        str(p.relative_to(root)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def fetch(src: MaildirSource, folder: str = "INBOX", batch_size: int = 200) -> list[FolderBatch]:
    return list(src.fetch_new(folder, None, batch_size=batch_size))


def keys(batches: list[FolderBatch]) -> list[str | None]:
    return [m.location.key for b in batches for m in b.messages]


@pytest.fixture
def maildir(tmp_path: Path) -> Path:
    return make_maildir(tmp_path / "Maildir")


def test_reads_new_and_cur_sorted_by_file_name_with_keys_and_dates(maildir: Path) -> None:
    raw_b = b"Subject: b\r\n\r\nCRLF kept as is\r\n"
    deliver(maildir, "1700000002.M2P1.host", raw_b, sub="cur", info=":2,S", mtime=1700000002)
    deliver(maildir, "1700000001.M1P1.host", b"Subject: a\n\nbody\n", mtime=1700000001)
    deliver(maildir, "1700000003.M3P1.host", b"Subject: c\n\n", sub="cur", info=":2,")

    batches = fetch(MaildirSource(name="local", path=maildir))

    assert len(batches) == 1
    batch = batches[0]
    assert (batch.mailbox, batch.folder, batch.checkpoint, batch.rescan) == (
        "local",
        "INBOX",
        None,
        False,
    )
    assert keys(batches) == [
        "1700000001.M1P1.host",
        "1700000002.M2P1.host",
        "1700000003.M3P1.host",
    ]
    first, second, _ = batch.messages
    assert second.raw == raw_b
    assert first.raw == b"Subject: a\n\nbody\n"
    for message in batch.messages:
        assert (message.location.uidvalidity, message.location.uid) == (0, None)
        assert message.location.mailbox == "local"
    assert first.internal_date == datetime.fromtimestamp(1700000001, UTC)
    assert second.internal_date == datetime(2023, 11, 14, 22, 13, 22, tzinfo=UTC)


def test_batches_of_batch_size(maildir: Path) -> None:
    for i in range(5):
        deliver(maildir, f"17000000{i:02d}.M{i}.host", f"Subject: {i}\n\n".encode())
    batches = fetch(MaildirSource(name="local", path=maildir), batch_size=2)
    assert [len(b.messages) for b in batches] == [2, 2, 1]
    assert keys(batches) == [f"17000000{i:02d}.M{i}.host" for i in range(5)]


def test_empty_maildir_yields_nothing(maildir: Path) -> None:
    assert fetch(MaildirSource(name="local", path=maildir)) == []


def test_hidden_files_tmp_and_subfolders_are_not_inbox_mail(maildir: Path) -> None:
    deliver(maildir, "1.M1.host", b"Subject: real\n\n")
    (maildir / "tmp" / "2.M2.host").write_bytes(b"Subject: half-delivered\n\n")
    (maildir / "cur" / ".hidden").write_bytes(b"junk")
    sent = make_maildir(maildir / ".Sent")
    deliver(sent, "3.M3.host", b"Subject: sent\n\n", sub="cur", info=":2,S")
    assert keys(fetch(MaildirSource(name="local", path=maildir))) == ["1.M1.host"]


def test_maildirplus_subfolders(maildir: Path) -> None:
    sent = make_maildir(maildir / ".Sent")
    deliver(sent, "3.M3.host", b"Subject: sent\n\n", sub="cur", info=":2,S")
    src = MaildirSource(name="local", path=maildir, folders=("INBOX", "Sent"))
    batches = fetch(src, "Sent")
    assert keys(batches) == ["3.M3.host"]
    assert batches[0].messages[0].location.folder == "Sent"
    assert src.folder_path(".Sent") == src.folder_path("Sent") == maildir / ".Sent"
    assert src.folder_path("inbox") == maildir


def test_reading_moves_renames_and_flags_nothing(maildir: Path) -> None:
    deliver(maildir, "1.M1.host", b"Subject: unread\n\n")
    deliver(maildir, "2.M2.host", b"Subject: read\n\n", sub="cur", info=":2,S")
    make_maildir(maildir / ".Sent")
    before = snapshot(maildir)
    dirs_before = sorted(str(p.relative_to(maildir)) for p in maildir.rglob("*"))

    src = MaildirSource(name="local", path=maildir, folders=("INBOX", "Sent"), poll_step=0.05)
    src.connect()
    fetch(src)
    fetch(src, "Sent")
    assert src.wait_for_change(0.1) is False
    src.close()

    assert snapshot(maildir) == before
    assert sorted(str(p.relative_to(maildir)) for p in maildir.rglob("*")) == dirs_before


def test_a_message_another_client_moves_mid_fetch_keeps_its_key(maildir: Path) -> None:
    deliver(maildir, "1.M1.host", b"Subject: one\n\n")
    moved = deliver(maildir, "2.M2.host", b"Subject: two\n\n")
    gone = deliver(maildir, "3.M3.host", b"Subject: three\n\n")
    deliver(maildir, "4.M4.host", b"Subject: four\n\n")

    batches = MaildirSource(name="local", path=maildir).fetch_new("INBOX", None, batch_size=1)
    first = next(batches)  # the folder is listed; files 2..4 not read yet
    moved.rename(maildir / "cur" / "2.M2.host:2,S")  # a mail client reads it
    gone.unlink()  # and another deletes this one
    rest = list(batches)

    assert keys([first, *rest]) == ["1.M1.host", "2.M2.host", "4.M4.host"]
    assert rest[0].messages[0].raw == b"Subject: two\n\n"


def test_wait_for_change_sees_a_delivery(maildir: Path) -> None:
    src = MaildirSource(name="local", path=maildir, poll_step=0.05)
    fetch(src)
    timer = threading.Timer(0.3, deliver, (maildir, "9.M9.host", b"Subject: late\n\n"))
    started = time.monotonic()
    timer.start()
    try:
        assert src.wait_for_change(5.0) is True
    finally:
        timer.join()
    assert 0.25 <= time.monotonic() - started < 1.5
    assert keys(fetch(src)) == ["9.M9.host"]


def test_a_delivery_between_fetch_and_wait_is_not_missed(maildir: Path) -> None:
    src = MaildirSource(name="local", path=maildir, poll_step=0.05)
    fetch(src)
    deliver(maildir, "9.M9.host", b"Subject: slipped in\n\n")
    started = time.monotonic()
    assert src.wait_for_change(5.0) is True
    assert time.monotonic() - started < 0.5
    # Reported once: waiting again without a change times out.
    assert src.wait_for_change(0.2) is False


def test_wait_for_change_watches_every_folder(maildir: Path) -> None:
    sent = make_maildir(maildir / ".Sent")
    src = MaildirSource(name="local", path=maildir, folders=("INBOX", "Sent"), poll_step=0.05)
    src.connect()
    assert src.wait_for_change(0.2) is False
    timer = threading.Timer(0.1, deliver, (sent, "5.M5.host", b"Subject: sent\n\n"))
    timer.start()
    try:
        assert src.wait_for_change(5.0) is True
    finally:
        timer.join()


def test_interrupt_ends_a_wait_early_and_only_once(maildir: Path) -> None:
    src = MaildirSource(name="local", path=maildir, poll_step=5.0)
    timer = threading.Timer(0.2, src.interrupt)
    started = time.monotonic()
    timer.start()
    assert src.wait_for_change(30.0) is False
    timer.join()
    assert 0.2 <= time.monotonic() - started < 1.0
    src.interrupt()
    assert src.wait_for_change(30.0) is False
    deliver(maildir, "9.M9.host", b"Subject: after\n\n")
    assert src.wait_for_change(5.0) is True


def test_missing_maildir_is_unavailable_and_names_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    src = MaildirSource(name="local", path=missing)
    with pytest.raises(MailboxUnavailable, match=str(missing)):
        src.connect()
    with pytest.raises(MailboxUnavailable, match=str(missing)):
        fetch(src)
    with pytest.raises(MailboxUnavailable, match=str(missing)):
        src.wait_for_change(0.1)


def test_missing_subfolder_and_broken_layout_are_unavailable(maildir: Path) -> None:
    src = MaildirSource(name="local", path=maildir, folders=("INBOX", "Sent"))
    with pytest.raises(MailboxUnavailable, match=r"\.Sent"):
        src.connect()
    (maildir / "new").rmdir()
    (maildir / "new").write_bytes(b"not a directory")
    with pytest.raises(MailboxUnavailable, match="new"):
        fetch(src)


def test_a_maildir_with_only_cur_reads_like_the_demo_bundle() -> None:
    """Git keeps no empty directory: the demo Maildir ships cur/ alone."""
    import intake.demo

    demo = Path(intake.demo.__file__).parent / "maildir"
    files = sorted(p.name for p in (demo / "cur").iterdir())
    assert files and not (demo / "new").exists()
    batches = fetch(MaildirSource(name="demo", path=demo))
    assert keys(batches) == [maildir_key(name) for name in files]
    assert all(m.raw for b in batches for m in b.messages)


def test_a_directory_without_new_or_cur_is_not_a_maildir(tmp_path: Path) -> None:
    (tmp_path / "plain").mkdir()
    with pytest.raises(MailboxUnavailable, match="no new/ or cur/"):
        MaildirSource(name="local", path=tmp_path / "plain").connect()


@pytest.mark.parametrize("folder", ["", ".", "..", "a/b", "../etc"])
def test_folder_names_that_escape_the_maildir_are_config_errors(maildir: Path, folder: str) -> None:
    with pytest.raises(ConfigError):
        MaildirSource(name="local", path=maildir, folders=(folder,))


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("1700000001.M1P1.host:2,S", "1700000001.M1P1.host"),
        ("1700000001.M1P1.host:2,", "1700000001.M1P1.host"),
        ("1700000001.M1P1.host", "1700000001.M1P1.host"),
        ("1700000001.M1P1.host,S=1234:2,RS", "1700000001.M1P1.host,S=1234"),
    ],
)
def test_maildir_key_drops_only_the_info_suffix(name: str, key: str) -> None:
    assert maildir_key(name) == key
