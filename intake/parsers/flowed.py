"""``format=flowed`` plain text (RFC 3676): the lines the sender typed, not the ones sent.

Apple Mail, Thunderbird and many phone clients send plain text as ``format=flowed``: a
paragraph goes out as lines of about 72 characters, each soft break ending in a space,
quoted lines carry their depth in leading ``>`` marks, and a line that starts with a space,
"From " or ">" is "stuffed" with one more space. Read as it arrives, a re-quoted paragraph
breaks mid-sentence ("please stop the campaign at the end of\\n> December"), a stuffed line
looks indented. :func:`unflow` joins soft breaks of the same quote depth, drops the
stuffing and writes each quoted line back as ``> `` marks, so the rest of the pipeline sees
one line per paragraph, as from any other client. No stdlib or well-kept library decodes
flowed text (the email package only writes it), hence this small decoder.
"""

from __future__ import annotations

#: The signature separator is the one line that ends in a space yet never flows on.
_SIGNATURE_SEPARATOR = "-- "


def _split_quote(line: str) -> tuple[int, str]:
    """(quote depth, content without the marks and the stuffing space)."""
    depth = len(line) - len(line.lstrip(">"))
    content = line[depth:]
    if content.startswith(" "):
        content = content[1:]
    return depth, content


def unflow(text: str, *, delsp: bool = False) -> str:
    """``text`` with soft line breaks joined (``delsp``: the break's space is not the
    sender's, as ``DelSp=yes`` says)."""
    out: list[str] = []
    pending: list[str] = []
    pending_depth = -1
    for line in text.split("\n"):
        depth, content = _split_quote(line)
        # a flowed line whose next is not its own, or a paragraph's end typed with a
        # trailing space: the blank line that follows stays a blank line
        if pending and (depth != pending_depth or not content.strip()):
            out.append(_quoted(pending_depth, "".join(pending)))
            pending = []
        flows = content.endswith(" ") and content != _SIGNATURE_SEPARATOR
        if flows:
            pending.append(content[:-1] if delsp else content)
            pending_depth = depth
            continue
        pending.append(content)
        out.append(_quoted(depth, "".join(pending)))
        pending = []
    if pending:
        out.append(_quoted(pending_depth, "".join(pending)))
    return "\n".join(out)


def _quoted(depth: int, content: str) -> str:
    if not depth:
        return content
    return ">" * depth + (" " + content if content else "")
