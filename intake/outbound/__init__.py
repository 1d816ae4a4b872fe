"""Outbound mail: render templates, compose safe mail, queue it in the outbox, send it.

- :mod:`.render`: ``render_mail(name, **context) -> (text, html)`` (jinja2, StrictUndefined);
- :mod:`.compose`: ``compose_mail(...) -> ComposedMail`` (headers from clean strings only);
- :mod:`.outbox`: ``Outbox.queue`` / ``send_due`` / ``retry`` / ``list``;
- :mod:`.transport`: the ``Transport`` port; :mod:`.smtp` and :mod:`.folder` implement it.
"""
