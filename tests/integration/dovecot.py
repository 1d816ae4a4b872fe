"""A private Dovecot IMAP server for integration tests.

Input: the Debian ``dovecot`` and ``doveadm`` binaries (``scripts/ensure-dovecot``).
Output: :class:`DovecotServer`, a real server on a free loopback port with its own
config, passwd-file and Maildir homes in a temp dir, plus helpers that act as
"another client" (append, flag, change UIDVALIDITY, kick, freeze) so tests can
watch what intake's sources do against it. Nothing here is mocked.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from imapclient import IMAPClient

HOST = "127.0.0.1"
PASSWORD = "secret"
USERS = ("ae@agency.example", "intake@agency.example")
_APPENDUID = re.compile(rb"\[APPENDUID (\d+) ([\d:,]+)\]")

_CONFIG = """\
base_dir = {base}/run
state_dir = {base}/state
log_path = {base}/dovecot.log
instance_name = {instance}
protocols = imap
listen = {host}
{ssl}
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_login_user = dovenull
default_internal_user = dovecot
default_internal_group = dovecot
first_valid_uid = 100
mail_location = maildir:~/Maildir
# Test data needs no durability: skipping fsync makes APPEND several times faster.
mail_fsync = never
mail_max_userip_connections = 200
verbose_proctitle = yes
imap_logout_format = in=%i out=%o body_count=%{{fetch_body_count}} hdr_count=%{{fetch_hdr_count}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {base}/passwd
}}
userdb {{
  driver = static
  args = uid=dovecot gid=dovecot home={base}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = {host}
    port = {port}
  }}
  inet_listener imaps {{
    address = {host}
    port = {ssl_port}
  }}
}}
namespace inbox {{
  inbox = yes
  mailbox Sent {{
    special_use = \\Sent
    auto = create
  }}
}}
"""


class DovecotMissing(RuntimeError):
    """The dovecot binary is not installed on this machine."""


def find_binary(name: str) -> str:
    """Path of a Dovecot binary, or DovecotMissing telling how to install it."""
    found = shutil.which(name) or next(
        (p for p in (f"/usr/sbin/{name}", f"/usr/bin/{name}") if os.access(p, os.X_OK)), None
    )
    if not found:
        raise DovecotMissing(
            f"{name} not found: run scripts/ensure-dovecot (installs Debian dovecot-imapd)"
        )
    return found


def _uid_set(text: bytes) -> list[int]:
    """Expand an IMAP uid-set such as ``1:3,7`` (RFC 4315 APPENDUID) in order."""
    uids: list[int] = []
    for part in text.decode().split(","):
        low, _, high = part.partition(":")
        uids.extend(range(int(low), int(high or low) + 1))
    return uids


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _proc_children(parent: int) -> list[tuple[int, str, str]]:
    """(pid, comm, cmdline) of the direct children of ``parent``, read from /proc."""
    out = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            comm = Path(f"/proc/{entry}/comm").read_text().strip()
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        state, ppid = stat.rsplit(")", 1)[1].split()[:2]
        if int(ppid) == parent and state not in ("Z", "X"):
            out.append((int(entry), comm, cmdline))
    return out


def _alive(pid: int) -> bool:
    """True while ``pid`` runs; a zombie (the daemonised master waits for PID 1) is dead."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


class DovecotServer:
    """One private Dovecot: start it, act on its mailboxes as another client, stop it.

    Every user in ``users`` logs in with ``password``. Mail lives in
    ``<base>/home/<user>/Maildir`` owned by dovecot; each user also has a ``Sent``
    folder (special-use ``\\Sent``).
    """

    host = HOST

    def __init__(
        self, *, users: Sequence[str] = USERS, password: str = PASSWORD, tls: bool = False
    ) -> None:
        self.dovecot_bin = find_binary("dovecot")
        self.doveadm_bin = find_binary("doveadm")
        self.users = tuple(users)
        self.password = password
        self.tls = tls
        self.port = 0
        self.ssl_port = 0  # implicit TLS (imaps); only with tls=True
        self.base = Path(tempfile.mkdtemp(prefix="intake-dovecot-"))
        self.cert_path = self.base / "cert.pem"  # self-signed for 127.0.0.1; tls=True
        self.config_path = self.base / "dovecot.conf"
        self.log_path = self.base / "dovecot.log"
        self._master_pid: int | None = None
        self._frozen: list[int] = []

    # -- lifecycle -----------------------------------------------------------

    def start(self) -> DovecotServer:
        """Write the config and start the master; returns once the port greets."""
        for parent in [self.base, *self.base.parents]:
            if parent == Path("/"):
                break
            if parent.stat().st_mode & 0o005 != 0o005:
                parent.chmod(parent.stat().st_mode | 0o755)
        for sub in ("run", "state", "home"):
            (self.base / sub).mkdir(mode=0o755, exist_ok=True)
            (self.base / sub).chmod(0o755)
        shutil.chown(self.base / "home", "dovecot", "dovecot")
        passwd = self.base / "passwd"
        passwd.write_text("".join(f"{u}:{{PLAIN}}{self.password}\n" for u in self.users))
        passwd.chmod(0o644)

        ssl_settings = "ssl = no"
        if self.tls:
            self._make_certificate()
            ssl_settings = (
                f"ssl = yes\nssl_cert = <{self.cert_path}\nssl_key = <{self.base / 'key.pem'}"
            )
        last_error = ""
        for _attempt in range(5):
            self.port = _free_port()
            self.ssl_port = _free_port() if self.tls else 0
            self.config_path.write_text(
                _CONFIG.format(
                    base=self.base,
                    host=HOST,
                    port=self.port,
                    ssl_port=self.ssl_port,
                    ssl=ssl_settings,
                    instance=f"intake-test-{os.getpid()}-{self.port}",
                )
            )
            # The daemonised master keeps the starter's stderr open: give it a file,
            # not a pipe, or waiting for the pipe to close would hang.
            errors = self.base / "start.err"
            with errors.open("wb") as err:
                proc = subprocess.run(
                    [self.dovecot_bin, "-c", str(self.config_path)],
                    stdin=subprocess.DEVNULL,
                    stdout=err,
                    stderr=err,
                    check=False,
                    timeout=30,
                )
            if proc.returncode == 0:
                atexit.register(self.stop)
                try:
                    self._master_pid = self._read_master_pid()
                    self._wait_for_greeting()
                except BaseException:
                    self.stop()
                    raise
                return self
            last_error = errors.read_text(errors="replace").strip()
            if "in use" not in last_error:
                break
        raise RuntimeError(f"dovecot did not start: {last_error}")

    def _make_certificate(self) -> None:
        """A self-signed certificate for 127.0.0.1: trusted only by a context that loads it."""
        subprocess.run(
            [
                find_binary("openssl"),
                "req", "-x509", "-nodes", "-days", "2",
                "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                "-subj", "/CN=intake test IMAP",
                "-addext", f"subjectAltName=IP:{HOST}",
                "-keyout", str(self.base / "key.pem"),
                "-out", str(self.cert_path),
            ],
            check=True,
            capture_output=True,
            timeout=30,
        )  # fmt: skip

    def _read_master_pid(self, timeout: float = 5.0) -> int:
        """The daemonised master's pid (its pid file may lag the starter's exit)."""
        pid_file = self.base / "run" / "master.pid"
        deadline = time.monotonic() + timeout
        while True:
            with contextlib.suppress(OSError, ValueError):
                return int(pid_file.read_text().strip())
            if time.monotonic() > deadline:
                raise RuntimeError(f"dovecot wrote no pid to {pid_file}; see {self.log_path}")
            time.sleep(0.01)

    def _wait_for_greeting(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with socket.create_connection((HOST, self.port), timeout=1.0) as sock:
                    if sock.recv(4).startswith(b"* OK"):
                        return
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"dovecot on port {self.port} never greeted; see {self.log_path}"
                )
            time.sleep(0.02)

    def restart(self) -> None:
        """Stop the master and start it again on the same port with the same mail (what an
        admin's ``systemctl restart dovecot`` does to connected clients)."""
        self._kill_master()
        (self.base / "run" / "master.pid").unlink(missing_ok=True)
        with (self.base / "restart.err").open("wb") as err:
            subprocess.run([self.dovecot_bin, "-c", str(self.config_path)],
                           stdin=subprocess.DEVNULL, stdout=err, stderr=err, check=True,
                           timeout=30)
        self._master_pid = self._read_master_pid()
        self._wait_for_greeting()

    def stop(self) -> None:
        """Stop the master (and so every child) and remove the temp dir. Idempotent."""
        self._kill_master()
        shutil.rmtree(self.base, ignore_errors=True)

    def _kill_master(self) -> None:
        pid = self._master_pid
        self._master_pid = None
        if pid is None:
            with contextlib.suppress(OSError, ValueError):
                pid = int((self.base / "run" / "master.pid").read_text().strip())
        if pid is not None:
            self.thaw()
            children = _proc_children(pid)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
            # The master lingers about 3 s for its log process to drain; once the
            # other children are gone, end the log process (ours, by pid) at once.
            deadline = time.monotonic() + 5.0
            while _alive(pid) and time.monotonic() < deadline:
                alive = [(p, c) for p, c, _ in children if _alive(p)]
                if all(c == "log" for _, c in alive):
                    for p, _ in alive:
                        with contextlib.suppress(ProcessLookupError):
                            os.kill(p, signal.SIGKILL)
                time.sleep(0.02)

    @property
    def running(self) -> bool:
        return self._master_pid is not None and _alive(self._master_pid)

    # -- users -----------------------------------------------------------------

    def add_user(self, user: str, password: str | None = None) -> str:
        """Add a login (the passwd-file is re-read when its size changes)."""
        with (self.base / "passwd").open("a") as fh:
            fh.write(f"{user}:{{PLAIN}}{password or self.password}\n")
        self.users = (*self.users, user)
        return user

    def reset_users(self, users: Iterable[str] | None = None) -> None:
        """Give ``users`` (default: all) empty mailboxes: end their sessions, drop their homes."""
        for user in users or self.users:
            self.kick(user)
            self._wait_sessions_gone(user)
            home = self.base / "home" / user
            if home.exists():
                trash = home.with_name(f".trash-{user}-{time.monotonic_ns()}")
                home.rename(trash)
                shutil.rmtree(trash, ignore_errors=True)

    def _wait_sessions_gone(self, user: str, timeout: float = 3.0) -> None:
        deadline = time.monotonic() + timeout
        while self.session_pids(user) and time.monotonic() < deadline:
            time.sleep(0.02)

    def session_pids(self, user: str | None = None) -> list[int]:
        """PIDs of the imap processes serving connections (for ``user`` if given)."""
        if self._master_pid is None:
            return []
        return [
            pid
            for pid, comm, cmdline in _proc_children(self._master_pid)
            if comm == "imap" and (user is None or f"[{user} " in cmdline)
        ]

    # -- acting as another client ------------------------------------------------

    def client(self, user: str, *, timeout: float = 10.0) -> IMAPClient:
        """A logged-in IMAPClient for ``user``; the caller logs out."""
        imap = IMAPClient(HOST, self.port, ssl=False, timeout=timeout)
        imap.login(user, self.password)
        return imap

    def append(
        self,
        user: str,
        folder: str,
        raw: bytes,
        flags: Sequence[str | bytes] = (),
        msg_time: datetime | None = None,
    ) -> int:
        """APPEND one message and return its UID (from the APPENDUID response)."""
        return self.append_many(user, folder, [raw], flags=flags, msg_time=msg_time)[0]

    def append_many(
        self,
        user: str,
        folder: str,
        raws: Iterable[bytes],
        *,
        flags: Sequence[str | bytes] = (),
        msg_time: datetime | None = None,
    ) -> list[int]:
        """APPEND several messages over one connection (MULTIAPPEND, 200 per command);
        returns their UIDs in order."""
        items: list[dict[str, Any]] = [
            {"msg": raw, "flags": tuple(flags), **({"date": msg_time} if msg_time else {})}
            for raw in raws
        ]
        uids: list[int] = []
        imap = self.client(user)
        try:
            for start in range(0, len(items), 200):
                chunk = items[start : start + 200]
                _typ, lines = imap.multiappend(folder, chunk)
                reply = b" ".join(lines)
                match = _APPENDUID.search(reply)
                if not match:
                    raise RuntimeError(f"no APPENDUID in {reply!r}")
                got = _uid_set(match.group(2))
                if len(got) != len(chunk):
                    raise RuntimeError(f"{len(chunk)} appended, APPENDUID says {reply!r}")
                uids.extend(got)
        finally:
            imap.logout()
        return uids

    def add_flags(self, user: str, folder: str, uid: int, flags: Sequence[str | bytes]) -> None:
        imap = self.client(user)
        try:
            imap.select_folder(folder)
            imap.add_flags([uid], list(flags))
        finally:
            imap.logout()

    def get_flags(self, user: str, folder: str, uid: int) -> tuple[bytes, ...]:
        """The message's flags as another client sees them (read-only select)."""
        imap = self.client(user)
        try:
            imap.select_folder(folder, readonly=True)
            return tuple(imap.get_flags([uid]).get(uid, ()))
        finally:
            imap.logout()

    def status(self, user: str, folder: str) -> dict[str, int]:
        """``doveadm mailbox status`` as IMAP names it: MESSAGES, UIDNEXT, UIDVALIDITY, UNSEEN."""
        out = self.doveadm(
            "mailbox", "status", "-u", user, "messages uidnext uidvalidity unseen", folder
        ).stdout
        return {k.upper(): int(v) for k, v in re.findall(r"(\w+)=(\d+)", out)}

    def set_uidvalidity(self, user: str, folder: str, n: int) -> None:
        """Change a folder's UIDVALIDITY at once (UIDs keep their numbers)."""
        self.doveadm("mailbox", "update", "-u", user, "--uid-validity", str(n), folder)

    def kick(self, user: str) -> None:
        """Drop every session of ``user`` (no error when there is none)."""
        self.doveadm("kick", user, ok_codes=(0, 68))

    def doveadm(self, *args: str, ok_codes: Sequence[int] = (0,)) -> subprocess.CompletedProcess:
        proc = subprocess.run(
            [self.doveadm_bin, "-c", str(self.config_path), *args],
            capture_output=True,
            text=True,
            check=False,
            timeout=30,
        )
        if proc.returncode not in ok_codes:
            raise RuntimeError(
                f"doveadm {' '.join(args)} failed ({proc.returncode}): {proc.stderr}"
            )
        return proc

    # -- failure injection ---------------------------------------------------------

    def freeze(self) -> None:
        """SIGSTOP the master, the login processes and every imap session: the server
        stays connected but never answers (a hung server, not a closed one)."""
        if self._master_pid is None or self._frozen:
            return
        os.kill(self._master_pid, signal.SIGSTOP)
        self._frozen.append(self._master_pid)
        for pid, comm, _cmd in _proc_children(self._master_pid):
            if comm in ("imap", "imap-login"):
                try:
                    os.kill(pid, signal.SIGSTOP)
                except ProcessLookupError:
                    continue
                self._frozen.append(pid)

    def thaw(self) -> None:
        """SIGCONT everything ``freeze`` stopped."""
        for pid in reversed(self._frozen):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)
        self._frozen.clear()

    @property
    def frozen(self) -> bool:
        return bool(self._frozen)

    def log_lines(self) -> list[str]:
        try:
            return self.log_path.read_text().splitlines()
        except FileNotFoundError:
            return []
