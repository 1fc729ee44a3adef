"""The small text formats of installed distributions: RFC 822 headers (METADATA, PKG-INFO),
CSV rows (RECORD) and INI sections (entry_points.txt, requires.txt)."""


def parse_headers(text):
    """(list of (name, value) in order, the body after the first empty line)."""
    headers = []
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if not line.strip():
            return headers, '\n'.join(lines[index + 1:]) + ('\n' if index + 1 < len(lines) else '')
        if line[:1] in (' ', '\t') and headers:
            # A folded line continues the header above it.
            name, value = headers[-1]
            headers[-1] = (name, value + '\n' + line)
            continue
        name, colon, value = line.partition(':')
        if colon:
            headers.append((name.strip(), value.strip()))
    return headers, None


def csv_rows(text):
    """The rows of CSV text: commas separate, double quotes enclose, '""' is a quote."""
    rows = []
    for line in text.splitlines():
        if not line:
            continue
        fields, field, quoted, at = [], [], False, 0
        while at < len(line):
            character = line[at]
            if quoted:
                if character == '"' and line[at + 1:at + 2] == '"':
                    field.append('"')
                    at += 1
                elif character == '"':
                    quoted = False
                else:
                    field.append(character)
            elif character == '"':
                quoted = True
            elif character == ',':
                fields.append(''.join(field))
                field = []
            else:
                field.append(character)
            at += 1
        fields.append(''.join(field))
        rows.append(fields)
    return rows


def ini_sections(text):
    """(section, line) pairs of the non-blank, non-comment lines, section None before the
    first header."""
    section = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(('#', ';')):
            continue
        if line.startswith('[') and line.endswith(']'):
            section = line[1:-1].strip()
            continue
        yield section, line
