"""``intake web``: the AE's day in a browser (see :mod:`intake.web.app`)."""
