"""Pure parsing of mail: bytes and text in, frozen values out.

Nothing in this package touches a database, the network or templates. When a parser first
imports spaCy, it comes without its command line (:mod:`intake.parsers.lean_spacy`).
"""

from intake.parsers.lean_spacy import install

install()
