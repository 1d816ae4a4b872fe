"""The web view: today, drafts (decide them), clients, unanswered mail, quarantine, outbox.

Input: an :class:`~intake.app.App` (config, database, outbox, drafting context), the
argon2 hash of the AE's password and ``INTAKE_SECRET``. Output: a Starlette
application served by ``intake web`` through uvicorn. Pages are the project's
jinja2 templates (``templates/web``), autoescaped, no JavaScript at all. A decision
made here runs the same code as a reply or the CLI (``intake.drafts.service``):
audited, relayed, guidance re-planned. Security: :mod:`intake.web.security`.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from decimal import Decimal
from functools import wraps
from importlib import resources
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import defer, lazyload
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from intake.errors import IntakeError
from intake.outbound.render import environment
from intake.scheduling import zone
from intake.storage import unit_of_work
from intake.tenancy import owned_by
from intake.web.security import (
    LoginThrottle,
    SecurityHeaders,
    csrf_ok,
    new_csrf_token,
    password_matches,
    session_key,
)
from models import (
    ChangeLedgerEntry,
    Client,
    Draft,
    Message,
    OutboundMail,
    Project,
    QuarantinedMail,
    Thread,
)

if TYPE_CHECKING:
    from intake.app import App

SESSION_HOURS = 8
Handler = Callable[[Any, Request], Awaitable[Response]]


def create_web_app(app: App, *, password_hash: str, secret: bytes,
                   https_only: bool = False, throttle: LoginThrottle | None = None,
                   ae_password_hashes: Mapping[str, str] | None = None) -> Starlette:
    """The Starlette application of the web view (see the module docstring).
    ``ae_password_hashes``: an AE's own password (by AE name), which signs that AE in to
    their own clients, drafts and day only; ``password_hash`` signs in the agency."""
    web = _Pages(app, password_hash, throttle or LoginThrottle(), dict(ae_password_hashes or {}))
    routes = [
        Route("/static/site.css", web.css),
        Route("/login", web.login, methods=["GET", "POST"]),
        Route("/logout", web.logout, methods=["POST"]),
        Route("/", web.today),
        Route("/drafts", web.drafts),
        Route("/drafts/{draft_id:int}", web.draft),
        Route("/drafts/{draft_id:int}/{action:str}", web.decide, methods=["POST"]),
        Route("/clients", web.clients),
        Route("/clients/{client_id:int}", web.client),
        Route("/unanswered", web.unanswered),
        Route("/quarantine", web.quarantine),
        Route("/quarantine/{row_id:int}/replay", web.replay, methods=["POST"]),
        Route("/outbox", web.outbox),
        Route("/outbox/{row_id:int}/retry", web.retry, methods=["POST"]),
    ]
    middleware = [
        Middleware(SecurityHeaders),
        Middleware(SessionMiddleware, secret_key=session_key(secret), session_cookie="intake",
                   max_age=SESSION_HOURS * 3600, same_site="strict", https_only=https_only),
    ]
    return Starlette(routes=routes, middleware=middleware)


def _signed_in(handler: Handler) -> Handler:
    """Pages for the signed-in AE only; a POST must carry the session's CSRF token."""

    @wraps(handler)
    async def guarded(self: Any, request: Request) -> Response:
        session = request.session
        if not session.get("user") or session.get("expires", 0) < time.time():
            session.clear()
            return RedirectResponse("/login", status_code=303)
        if request.method == "POST":
            form = await request.form()
            if not csrf_ok(session.get("csrf"), form.get("csrf_token")):
                return PlainTextResponse("missing or wrong CSRF token", status_code=403)
        return await handler(self, request)

    return guarded


class _Pages:
    def __init__(self, app: App, password_hash: str, throttle: LoginThrottle,
                 ae_hashes: dict[str, str]) -> None:
        self.app, self.password_hash, self.throttle = app, password_hash, throttle
        self.ae_hashes = ae_hashes

    # -- rendering -------------------------------------------------------------------------

    def render(self, request: Request, name: str, title: str, status: int = 200,
               **context: Any) -> HTMLResponse:
        session = request.session
        if "csrf" not in session:
            session["csrf"] = new_csrf_token()
        base = {"title": title, "agency": self.app.config.agency.name,
                "signed_in": bool(session.get("user")), "csrf_token": session["csrf"],
                "flash": session.pop("flash", ""), "error": context.pop("error", ""),
                "aes": [a.name for a in self.app.config.aes]
                if self.app.config.many_aes and not session.get("locked_ae") else [],
                "current_ae": session.get("ae", ""), "path": request.url.path}
        page = environment().get_template(f"web/{name}.html.j2").render(**base, **context)
        return HTMLResponse(page, status_code=status)

    def scope(self, request: Request) -> App:
        """The App of the AE whose day the page shows: ``?ae=NAME`` picks one (kept in the
        session; ``?ae=`` for the whole agency). With one AE, always the App itself."""
        if not self.app.config.many_aes:
            return self.app
        if request.session.get("locked_ae"):  # an AE signed in with their own password
            return self.app.for_ae(request.session["locked_ae"])
        if "ae" in request.query_params:
            wanted = request.query_params["ae"]
            known = {a.name for a in self.app.config.aes}
            request.session["ae"] = wanted if wanted in known else ""
        name = request.session.get("ae", "")
        return self.app.for_ae(name) if name else self.app

    def theirs(self, request: Request, ae_key: str | None) -> bool:
        """Whether a row of ``ae_key`` may be shown to whoever is signed in."""
        locked = request.session.get("locked_ae")
        return not locked or ae_key == self.app.config.ae_named(locked).key

    def agency_only(self, request: Request) -> Response | None:
        """Quarantine and outbox hold every AE's mail: not for one AE's sign-in."""
        if request.session.get("locked_ae"):
            return self.render(request, "rows", "Agency only", status=403, rows=[],
                               empty="This page is the agency's: sign in with the agency "
                                     "password to see it.")
        return None

    def local(self, value: datetime | None) -> str:
        if value is None:
            return ""
        return value.astimezone(zone(self.app.config.agency.timezone)).strftime(
            "%a %d %b %Y %H:%M")

    async def css(self, request: Request) -> Response:
        text = resources.files("templates").joinpath("web", "site.css").read_text()
        return Response(text, media_type="text/css")

    # -- signing in ------------------------------------------------------------------------

    async def login(self, request: Request) -> Response:
        if request.method == "GET":
            return self.render(request, "login", "Sign in")
        client = request.client.host if request.client else "unknown"
        form = await request.form()
        if not csrf_ok(request.session.get("csrf"), form.get("csrf_token")):
            return PlainTextResponse("missing or wrong CSRF token", status_code=403)
        if self.throttle.blocked(client):
            return self.render(request, "login", "Sign in", status=429,
                               error="Too many failed sign-ins: wait a few minutes.")
        password = str(form.get("password", ""))
        user, locked = None, None
        if password_matches(password, self.password_hash):
            user = self.app.config.agency.ae
        else:
            for name, hashed in self.ae_hashes.items():
                if password_matches(password, hashed):
                    user, locked = self.app.config.ae_named(name).address, name
                    break
        if user is None:
            self.throttle.failed(client)
            return self.render(request, "login", "Sign in", status=401,
                               error="That password is not right.")
        self.throttle.succeeded(client)
        request.session.clear()
        request.session.update({"user": user, "csrf": new_csrf_token(),
                                "expires": time.time() + SESSION_HOURS * 3600})
        if locked:
            request.session.update({"locked_ae": locked, "ae": locked})
        return RedirectResponse("/", status_code=303)

    @_signed_in
    async def logout(self, request: Request) -> Response:
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    # -- pages -----------------------------------------------------------------------------

    @_signed_in
    async def today(self, request: Request) -> Response:
        from intake.today import TITLES, build_today

        scope = self.scope(request)
        with self.app.factory() as session:
            day = build_today(session, scope.config, self.app.clock.now())
        sections = []
        for name, items in day.sections:
            rows = []
            for item in items:
                link = f"/drafts/{item.draft_id}" if item.draft_id is not None else ""
                rows.append({"client": item.client or "", "project": item.project or "",
                             "label": item.label, "link": link,
                             "age": f"{item.age_business_hours:g}"
                             if item.age_business_hours else "",
                             "due": item.due.isoformat() if item.due else "",
                             "evidence": item.evidence or ""})
            sections.append({"title": TITLES[name], "items": rows})
        return self.render(request, "today", "Today", sections=sections)

    @_signed_in
    async def drafts(self, request: Request) -> Response:
        with self.app.factory() as session:
            rows = session.execute(
                select(Draft, Client.name, Project.name)
                .outerjoin(Client, Client.id == Draft.client_id)
                .outerjoin(Project, Project.id == Draft.project_id)
                .where(Draft.status.in_(("draft", "confirmed", "rejected", "expired")),
                       owned_by(Draft.ae, self.scope(request).ae_key))
                .order_by(Draft.status != "draft", Draft.created_at.desc()).limit(200)
                .options(defer(Draft.facts), defer(Draft.impact), lazyload(Draft.versions))).all()
            drafts = [{"id": d.id, "title": _title(d), "status": d.status,
                       "client": client or "", "project": project or "",
                       "created": self.local(d.created_at), "summary": d.summary}
                      for d, client, project in rows]
        return self.render(request, "drafts", "Drafts", drafts=drafts)

    @_signed_in
    async def draft(self, request: Request) -> Response:
        from intake.drafts.mails import CHECK_BELOW, fact_views, money

        draft_id = request.path_params["draft_id"]
        with self.app.factory() as session:
            draft = session.get(Draft, draft_id)
            if draft is None or not self.theirs(request, draft.ae):
                return self.render(request, "rows", "Not found", status=404, rows=[],
                                   empty=f"There is no draft {draft_id}.")
            source = session.get_one(Message, draft.source_message_pk)
            client = session.get(Client, draft.client_id) if draft.client_id else None
            project = session.get(Project, draft.project_id) if draft.project_id else None
            facts = draft.facts or []
            views = fact_views(facts)
            view = {
                "id": draft.id, "title": _title(draft), "version": draft.version,
                "status": draft.status, "open": draft.status in ("draft", "expired"),
                "client": client.name if client else "", "project": project.name if project
                else "", "summary": draft.summary, "budget": money(draft.budget,
                                                                   draft.currency),
                "due": draft.due_date.isoformat() if draft.due_date else "",
                "facts": [{"label": v["label"], "value": "" if v["value"] == v["sentence"]
                           else v["value"], "sentence": v["sentence"],
                           "check": (f.get("confidence") or 1.0) < CHECK_BELOW}
                          for v, f in zip(views, facts, strict=True)],
            }
            mail = {"sender": source.original_sender or source.from_email,
                    "date": self.local(source.original_date or source.date),
                    "subject": source.original_subject or source.subject,
                    "text": source.new_text}
        return self.render(request, "draft", _title(draft), draft=view, source=mail)

    @_signed_in
    async def decide(self, request: Request) -> Response:
        from intake.drafts.service import (
            edit_of,
            operator_confirm,
            operator_edit,
            operator_reject,
        )

        draft_id, action = request.path_params["draft_id"], request.path_params["action"]
        form = await request.form()
        actor = f"web:{request.session['user']}"
        try:
            with unit_of_work(self.app.factory) as session:
                row = session.get(Draft, draft_id)
                if row is not None and not self.theirs(request, row.ae):
                    return PlainTextResponse("no such draft", status_code=404)
                ctx = self.app.draft_context_for(session, draft_id)
                if action == "confirm":
                    operator_confirm(session, ctx, draft_id, actor=actor)
                    done = f"Draft {draft_id} confirmed and relayed."
                elif action == "reject":
                    operator_reject(session, ctx, draft_id, actor=actor,
                                    reason=str(form.get("reason", "")).strip() or None)
                    done = f"Draft {draft_id} rejected."
                elif action == "edit":
                    fields = {k: str(form.get(k, "")).strip()
                              for k in ("budget", "due", "description")}
                    operator_edit(session, ctx, draft_id,
                                  edit_of(fields, ctx.clock.now().date()), actor=actor)
                    done = f"Draft {draft_id}: a new version was saved."
                else:
                    return PlainTextResponse("unknown action", status_code=404)
        except IntakeError as exc:
            request.session["flash"] = f"Not done: {exc}"
            return RedirectResponse(f"/drafts/{draft_id}", status_code=303)
        self.app.outbox.send_due(self.app.transport)
        request.session["flash"] = done
        return RedirectResponse(f"/drafts/{draft_id}", status_code=303)

    @_signed_in
    async def clients(self, request: Request) -> Response:
        with self.app.factory() as session:
            projects = dict(session.execute(select(Project.client_id, func.count())
                                            .group_by(Project.client_id)).all())
            messages = dict(session.execute(select(Message.client_id, func.count())
                                            .group_by(Message.client_id)).all())
            rows = [{"id": c.id, "name": c.name, "projects": projects.get(c.id, 0),
                     "messages": messages.get(c.id, 0)}
                    for c in session.scalars(select(Client).order_by(Client.name))
                    if self.theirs(request, c.ae)]
        return self.render(request, "clients", "Clients", clients=rows)

    @_signed_in
    async def client(self, request: Request) -> Response:
        from intake.drafts.mails import money

        client_id = request.path_params["client_id"]
        with self.app.factory() as session:
            client = session.get(Client, client_id)
            if client is None or not self.theirs(request, client.ae):
                return self.render(request, "rows", "Not found", status=404, rows=[],
                                   empty=f"There is no client {client_id}.")
            projects = []
            for project in session.scalars(select(Project).where(Project.client_id == client_id)
                                           .order_by(Project.created_at.desc())):
                ledger = [
                    _ledger_line(entry, self.local(entry.confirmed_at))
                    for entry in session.scalars(select(ChangeLedgerEntry).where(
                        ChangeLedgerEntry.project_id == project.id)
                        .order_by(ChangeLedgerEntry.confirmed_at))]
                projects.append({
                    "name": project.name, "status": project.status,
                    "budget": money(project.budget, project.currency),
                    "due": project.due_date.isoformat() if project.due_date else "",
                    "ledger": ledger,
                    "facts": [*map(str, project.objectives or []),
                              *map(str, project.requirements or [])]})
            threads = [{"subject": t.subject_key, "last": self.local(t.last_message_at)}
                       for t in session.scalars(select(Thread).where(Thread.client_id ==
                                                                     client_id)
                                                .order_by(Thread.last_message_at.desc())
                                                .limit(100))]
            name = client.name
        return self.render(request, "client", name, client={"name": name},
                           projects=projects, threads=threads)

    @_signed_in
    async def unanswered(self, request: Request) -> Response:
        from intake.report import unanswered_report

        scope = self.scope(request)
        with self.app.factory() as session:
            report = unanswered_report(session, scope.config, self.app.clock.now())
        rows = [{"title": f"{m.client}: {m.subject}",
                 "meta": f"{m.sender_name or m.sender} · {self.local(m.received_at)} · "
                         f"waiting {m.age_business_hours:g} business hours",
                 "text": " ".join(m.first_lines), "action": "", "action_label": ""}
                for m in report.mails]
        return self.render(request, "rows", "Unanswered client mail", rows=rows,
                           empty="Every client mail has an answer.")

    @_signed_in
    async def quarantine(self, request: Request) -> Response:
        if (refused := self.agency_only(request)) is not None:
            return refused
        with self.app.factory() as session:
            rows = [{"title": f"#{q.id} at stage {q.stage}",
                     "meta": f"{q.mailbox}/{q.folder} · {self.local(q.created_at)} · "
                             f"{q.attempts} attempt(s)",
                     "text": q.error, "action": f"/quarantine/{q.id}/replay",
                     "action_label": "Replay"}
                    for q in session.scalars(select(QuarantinedMail).where(
                        QuarantinedMail.resolved_at.is_(None)).order_by(QuarantinedMail.id))]
        return self.render(request, "rows", "Quarantine", rows=rows,
                           empty="Nothing in quarantine.")

    @_signed_in
    async def replay(self, request: Request) -> Response:
        from intake.quarantine import replay

        if (refused := self.agency_only(request)) is not None:
            return refused
        row_id = request.path_params["row_id"]
        try:
            [result] = replay(self.app.factory, self.app.pipeline, row_id)
            request.session["flash"] = f"Replayed #{row_id}: {result.outcome.status}."
        except IntakeError as exc:
            request.session["flash"] = f"Not replayed: {exc}"
        return RedirectResponse("/quarantine", status_code=303)

    @_signed_in
    async def outbox(self, request: Request) -> Response:
        if (refused := self.agency_only(request)) is not None:
            return refused
        with self.app.factory() as session:
            rows = [{"title": f"#{m.id} {m.kind}: {m.subject}",
                     "meta": f"{m.status} · {', '.join(r.address for r in m.recipients)} · "
                             f"{self.local(m.created_at)}",
                     "text": m.last_error or "",
                     "action": f"/outbox/{m.id}/retry" if m.status in ("failed", "uncertain")
                     else "", "action_label": "Retry"}
                    for m in session.scalars(select(OutboundMail)
                                             .order_by(OutboundMail.id.desc()).limit(200))]
        return self.render(request, "rows", "Outbox", rows=rows, empty="The outbox is empty.")

    @_signed_in
    async def retry(self, request: Request) -> Response:
        if (refused := self.agency_only(request)) is not None:
            return refused
        row_id = request.path_params["row_id"]
        try:
            self.app.outbox.retry(row_id)
            self.app.outbox.send_due(self.app.transport)
            request.session["flash"] = f"Outbound mail #{row_id} sent again."
        except IntakeError as exc:
            request.session["flash"] = f"Not retried: {exc}"
        return RedirectResponse("/outbox", status_code=303)


def _title(draft: Draft) -> str:
    kind = "Change order" if draft.kind == "change_order" else "Client Contact Report"
    return f"{kind} #{draft.id}"


def _ledger_line(entry: ChangeLedgerEntry, when: str) -> str:
    parts = []
    if entry.budget_before != entry.budget_after and entry.budget_after is not None:
        parts.append(f"budget {_amount(entry.budget_before)} -> {_amount(entry.budget_after)}")
    if entry.due_before != entry.due_after and entry.due_after is not None:
        parts.append(f"due {entry.due_before or '-'} -> {entry.due_after}")
    return f"{when}: {', '.join(parts) or entry.what}"


def _amount(value: Decimal | None) -> str:
    return f"{value:,.2f}" if value is not None else "-"
