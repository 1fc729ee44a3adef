"""Iterating over messages: walk() (also Message.walk), the lines of every text payload,
the subparts of one MIME type, and _structure(), which prints the tree of content types."""

__all__ = ['body_line_iterator', 'typed_subpart_iterator', 'walk']

import io
import sys


def walk(self):
    """The message and all its subparts, depth first (used as the method Message.walk)."""
    # A stack of parts still to visit, the next one on top.
    pending = [self]
    while pending:
        part = pending.pop()
        yield part
        if part.is_multipart():
            pending.extend(reversed(part.get_payload()))


def body_line_iterator(msg, decode=False):
    """The lines of the string payloads of every part (decoded if `decode`)."""
    for part in msg.walk():
        payload = part.get_payload(decode=decode)
        if isinstance(payload, str):
            yield from io.StringIO(payload)


def typed_subpart_iterator(msg, maintype='text', subtype=None):
    """The parts whose content type is maintype/subtype (any subtype when None)."""
    for part in msg.walk():
        if part.get_content_maintype() != maintype:
            continue
        if subtype is None or part.get_content_subtype() == subtype:
            yield part


def _structure(msg, fp=None, level=0, include_default=False):
    """Print the content types of the message tree, indented 4 spaces a level (for
    debugging); with `include_default`, each default type follows in brackets."""
    out = sys.stdout if fp is None else fp
    for depth, part in _with_depth(msg, level):
        note = ' [%s]' % part.get_default_type() if include_default else ''
        print('    ' * depth + part.get_content_type() + note, file=out)


def _with_depth(part, depth):
    yield depth, part
    if part.is_multipart():
        for child in part.get_payload():
            yield from _with_depth(child, depth + 1)
