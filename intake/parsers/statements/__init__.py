"""Statements in a client's words: change requests, special requirements, objectives.

- :mod:`.extract`: ``extract_statements``, the walk over a message's units;
- :mod:`.changes`, :mod:`.requirements`, :mod:`.objectives`: ordered tables of named rules;
- :mod:`.layout`: headings, lead-ins and list items;
- :mod:`.view`: one unit's words as the rules see them;
- :mod:`.cues`: the cue-word tables and their ``PhraseMatcher``;
- :mod:`.units`: sentences, lines and bullets (shared with money).
"""

from intake.parsers.statements.extract import extract_statements

__all__ = ["extract_statements"]
