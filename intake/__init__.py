"""intake: the clerical half of an agency Account Executive's mailbox work."""

__version__ = "0.1.0"
