#!/usr/bin/env python3
"""Writes Lib/html/entities.py: the HTML 4 entity names and the HTML5 named character
references, as data.

Usage: /work/shared/python3.12/python3.12 tests/tools/gen_html_entities.py
(run by the CPython 3.12 oracle, so that the tables are those of Python 3.12).

The tables are facts about HTML (the HTML 4.01 entity list and the WHATWG list of named
character references), read from the running Python. They are written in this project's
own compact form, which Lib/html/entities.py parses when it is imported:

- the HTML 4 names as `name=HEX` words (the code point in hexadecimal);
- the HTML5 references as pairs of words `name HEX[.HEX...]` (the name as it is written,
  with or without its ';', and the code points of its text).

Both keep the order of Python's own tables.
"""

import html.entities
import os
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Lib", "html", "entities.py")
WIDTH = 92

HEADER = '''"""The HTML character entities: the HTML 4 names and the HTML5 named character references.

name2codepoint maps each HTML 4 entity name to its code point, codepoint2name the other
way, entitydefs each name to its character; html5 maps each HTML5 reference name (with
its ';', and without it for the references HTML5 also reads without one) to its text.

The tables are data, written by tests/tools/gen_html_entities.py; do not edit them here.
"""

__all__ = ['html5', 'name2codepoint', 'codepoint2name', 'entitydefs']
'''

FOOTER = '''

def _html4():
    table = {}
    for word in _HTML4.split():
        name, _, point = word.partition('=')
        table[name] = int(point, 16)
    return table


def _html5():
    table = {}
    for line in _HTML5.split('\\n'):
        words = line.split()
        for name, points in zip(words[::2], words[1::2]):
            table[name] = ''.join(chr(int(p, 16)) for p in points.split('.'))
    return table


name2codepoint = _html4()
codepoint2name = {point: name for name, point in name2codepoint.items()}
entitydefs = {name: chr(point) for name, point in name2codepoint.items()}
html5 = _html5()
del _html4, _html5, _HTML4, _HTML5
'''


def wrap(words):
    lines, line = [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > WIDTH:
            lines.append(line)
            line = word
        else:
            line = word if not line else line + " " + word
    if line:
        lines.append(line)
    return lines


def main():
    assert sys.version_info[:2] == (3, 12), "run this with the CPython 3.12 oracle"
    html4 = html.entities.name2codepoint
    html4_words = [f"{name}={point:X}" for name, point in html4.items()]

    table = html.entities.html5
    html5_words = []
    for name, text in table.items():
        assert name.isascii() and name.isalnum() or name[:-1].isalnum() and name[-1] == ";"
        points = ".".join(f"{ord(ch):X}" for ch in text)
        html5_words.append(f"{name} {points}")
    # Keep each name beside its code points on one line.
    pairs = wrap(html5_words)

    out = [HEADER, "_HTML4 = '''"]
    out += wrap(html4_words)
    out.append("'''")
    out.append("")
    out.append("_HTML5 = '''")
    out += pairs
    out.append("'''")
    text = "\n".join(out) + "\n" + FOOTER
    with open(OUT, "w", encoding="ascii") as f:
        f.write(text)
    print(f"{len(html4)} HTML 4 names and {len(table)} HTML5 references written to {os.path.normpath(OUT)}")


main()
