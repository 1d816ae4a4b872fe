"""Pure parsing of mail: bytes and text in, frozen values out.

Nothing in this package touches a database, the network or templates.
"""
