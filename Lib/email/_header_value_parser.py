"""Parsing and folding of header values for the modern policies (email.policy's
EmailPolicy and the header classes of email.headerregistry).

A value is parsed into a tree of Pieces: a leaf holds text, an inner piece holds other
pieces, and str() of any piece is the source text it covers (so a header round-trips).
Each inner piece knows what it means (the decoded display name of a mailbox, the
parameters of a MIME header, ...) and the defects found in it. The parsers never fail on
bad input: they record a defect and keep what they could make sense of.

fold_header() writes a parsed value back as "Name: value" lines no longer than the
policy's max_line_length where it can: it breaks at whitespace, keeps addresses and
parameters whole when they fit on a line, turns text the output charset cannot carry
into RFC 2047 encoded words and long or non-ASCII MIME parameters into RFC 2231 form.

The grammar is that of RFC 5322 (addresses, with the obsolete forms it allows), RFC 2045
and 2231 (MIME headers and their parameters) and RFC 2047 (encoded words).
"""

import re
import sys
import urllib.parse

from email import _encoded_words, errors, utils

# -- Character classes --------------------------------------------------------------------

# RFC 5322's specials: what ends an atom, along with whitespace.
SPECIALS = set('()<>@,:;.\\"[]')
WSP = set(' \t')
ATOM_ENDS = SPECIALS | WSP
# A dot-atom may hold dots.
DOT_ATOM_ENDS = ATOM_ENDS - set('.')
CFWS_LEADER = WSP | set('(')
# MIME tokens end at RFC 2045's tspecials (which, unlike RFC 5322's specials, include
# '/', '?' and '=' but not '.').
TSPECIALS = (SPECIALS | set('/?=')) - set('.')
TOKEN_ENDS = TSPECIALS | WSP
# In RFC 2231 parameter values, '*', "'" and '%' have meanings of their own.
ASPECIALS = TSPECIALS | set("*'%")
ATTRIBUTE_ENDS = ASPECIALS | WSP
EXTENDED_ATTRIBUTE_ENDS = ATTRIBUTE_ENDS - set('%')

_NON_PRINTABLE = re.compile(r'[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]')
_ENCODED_WORD = re.compile(r'=\?[^?\s]*\?[qQbB]\?[^?\s]*\?=')


def quote_string(value):
    """`value` as an RFC 5322 quoted string."""
    escaped = str(value).replace('\\', '\\\\').replace('"', r'\"')
    return '"%s"' % escaped


# -- The parse tree -------------------------------------------------------------------------

class Piece:
    """A node of a parse tree. `kind` names what it is; leaves have `text`, inner pieces
    `parts`. The folding flags: `ew_ok` (may be written as an encoded word when the output
    charset cannot carry it), `breakable` (worth moving to a line of its own as a whole),
    `ew_joinable` (may share one encoded word with the encoded word before it)."""

    ew_ok = True
    breakable = True
    ew_joinable = True

    def __init__(self, kind, parts=(), text=None):
        self.kind = kind
        self.parts = list(parts)
        self.text = text
        self.defects = []

    @property
    def is_leaf(self):
        return self.text is not None

    def __str__(self):
        if self.text is not None:
            return self.text
        return ''.join(str(part) for part in self.parts)

    def __repr__(self):
        if self.is_leaf:
            return '%s(%r)' % (self.kind, self.text)
        return '%s(%r)' % (self.kind, self.parts)

    @property
    def all_defects(self):
        found = list(self.defects)
        for part in self.parts:
            found += part.all_defects
        return found

    def leaves(self):
        if self.is_leaf:
            yield self
        else:
            for part in self.parts:
                yield from part.leaves()

    def find(self, kind):
        """The first piece of this kind in the tree (depth first), or None."""
        if self.kind == kind:
            return self
        for part in self.parts:
            found = part.find(kind)
            if found is not None:
                return found
        return None

    def starts_with_space(self):
        for leaf in self.leaves():
            return leaf.kind in ('fws', 'cfws-fws')
        return False

    @property
    def value(self):
        """The semantic text: whitespace runs and comments become one space, quoted
        strings lose their quotes, encoded words are decoded."""
        return ''.join(leaf.meaning for leaf in self.leaves()).strip()


def _leaf(kind, text, meaning=None, ew_ok=True):
    leaf = Piece(kind, text=text)
    leaf.meaning = text if meaning is None else meaning
    if not ew_ok:
        leaf.ew_ok = False
    return leaf


def _node(kind, parts, ew_ok=True, breakable=True):
    node = Piece(kind, parts)
    if not ew_ok:
        node.ew_ok = False
    if not breakable:
        node.breakable = False
    return node


# -- Lexical pieces -------------------------------------------------------------------------

class _Scanner:
    """A position in a value being parsed, with the defects found so far."""

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def at_end(self):
        return self.pos >= len(self.text)

    def peek(self):
        return self.text[self.pos] if self.pos < len(self.text) else ''

    def take_while(self, stop_chars):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] not in stop_chars:
            self.pos += 1
        return self.text[start:self.pos]

    def take_space(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in ' \t\r\n':
            self.pos += 1
        return self.text[start:self.pos]


def _scan_comment(scan):
    """A comment, '(' already seen: nested comments and quoted pairs allowed."""
    start = scan.pos
    depth = 0
    inner = []
    defects = []
    while not scan.at_end():
        char = scan.text[scan.pos]
        scan.pos += 1
        if char == '\\' and not scan.at_end():
            inner.append(scan.text[scan.pos])
            scan.pos += 1
            continue
        if char == '(':
            depth += 1
            if depth == 1:
                continue
        elif char == ')':
            depth -= 1
            if depth == 0:
                break
        inner.append(char)
    else:
        defects.append(errors.InvalidHeaderDefect("end of header inside comment"))
    leaf = _leaf('comment', scan.text[start:scan.pos], ' ')
    leaf.content = ''.join(inner)
    leaf.defects = defects
    return leaf


def _scan_cfws(scan):
    """Whitespace and comments, as a list of leaves."""
    found = []
    while True:
        space = scan.take_space()
        if space:
            found.append(_leaf('fws', space, ' '))
        elif scan.peek() == '(':
            found.append(_scan_comment(scan))
        else:
            return found


def _scan_quoted(scan):
    """A quoted string, '"' at the current position: (leaf, its unquoted content)."""
    start = scan.pos
    scan.pos += 1
    content = []
    leaf_defects = []
    while True:
        if scan.at_end():
            leaf_defects.append(errors.InvalidHeaderDefect(
                "end of header inside quoted string"))
            break
        char = scan.text[scan.pos]
        scan.pos += 1
        if char == '"':
            break
        if char == '\\' and not scan.at_end():
            char = scan.text[scan.pos]
            scan.pos += 1
        content.append(char)
    text = ''.join(content)
    leaf = _leaf('quoted-string', scan.text[start:scan.pos], _decode_words_in(text))
    leaf.content = text
    leaf.defects = leaf_defects
    return leaf


def _decode_words_in(text):
    """`text` with the encoded words in it decoded (whitespace between two of them
    dropped, as RFC 2047 says)."""
    if '=?' not in text:
        return text
    pieces = []
    last_was_ew = False
    for chunk in re.split(r'(\s+)', text):
        if _ENCODED_WORD.fullmatch(chunk):
            try:
                decoded = _encoded_words.decode(chunk)[0]
            except (ValueError, KeyError):
                decoded = chunk
            if last_was_ew and pieces and pieces[-1].isspace():
                pieces.pop()
            pieces.append(decoded)
            last_was_ew = True
        else:
            pieces.append(chunk)
            if chunk and not chunk.isspace():
                last_was_ew = False
    return ''.join(pieces)


def _check_printable(leaf, text):
    found = _NON_PRINTABLE.findall(text)
    if found:
        leaf.defects.append(errors.NonPrintableDefect(found))


# -- Unstructured text ----------------------------------------------------------------------

def get_unstructured(value):
    """An unstructured value (Subject, Comments, ...): words and whitespace, the words
    that are encoded words decoded (and whitespace between two of them dropped)."""
    parts = []
    pending_space = None
    last_was_ew = False
    for chunk in re.split(r'([ \t\r\n]+)', value):
        if not chunk:
            continue
        if chunk[0] in ' \t\r\n':
            pending_space = _leaf('fws', chunk, chunk)
            parts.append(pending_space)
            continue
        word = _unstructured_word(chunk)
        if word.kind == 'encoded-word' and last_was_ew and pending_space is not None:
            # RFC 2047 section 6.2: whitespace between encoded words is not text.
            pending_space.meaning = ''
        last_was_ew = word.kind == 'encoded-word'
        pending_space = None
        parts.append(word)
    tree = _node('unstructured', parts)
    return tree


def _unstructured_word(chunk):
    if _ENCODED_WORD.fullmatch(chunk):
        try:
            text, charset, lang, defects = _encoded_words.decode(chunk)
        except (ValueError, KeyError):
            pass
        else:
            leaf = _leaf('encoded-word', chunk, text)
            leaf.defects = list(defects)
            leaf.charset, leaf.lang = charset, lang
            _check_printable(leaf, text)
            return leaf
    leaf = _leaf('vtext', chunk)
    _check_printable(leaf, chunk)
    if utils._has_surrogates(chunk):
        leaf.defects.append(errors.UndecodableBytesDefect(
            "Non-ASCII characters found in header token"))
    return leaf


def _unstructured_text(tree):
    """The decoded text of an unstructured tree."""
    return ''.join(leaf.meaning for leaf in tree.leaves())


# -- Addresses (RFC 5322 section 3.4) -----------------------------------------------------

class _Word:
    """A word of a phrase or local part: an atom, a quoted string, or a dot."""

    def __init__(self, kind, leaf):
        self.kind = kind
        self.leaf = leaf


def _scan_atom(scan, ends):
    """An atom (up to a character of `ends`), None when there is none here."""
    text = scan.take_while(ends | set('\r\n'))
    if not text:
        return None
    meaning = text
    if _ENCODED_WORD.fullmatch(text):
        try:
            meaning = _encoded_words.decode(text)[0]
        except (ValueError, KeyError):
            pass
    leaf = _leaf('atom', text, meaning)
    _check_printable(leaf, text)
    return leaf


def _scan_phrase_items(scan, stop):
    """The leaves of a phrase (atoms, quoted strings, dots, cfws) up to a character of
    `stop` or the end."""
    leaves = []
    while not scan.at_end():
        char = scan.peek()
        if char in stop:
            break
        if char in ' \t\r\n(':
            leaves += _scan_cfws(scan)
        elif char == '"':
            leaves.append(_scan_quoted(scan))
        elif char == '.':
            scan.pos += 1
            leaves.append(_leaf('dot', '.'))
        elif char in SPECIALS:
            break
        else:
            leaves.append(_scan_atom(scan, ATOM_ENDS | set('.')))
    return leaves


def _phrase_text(leaves):
    """The display-name text of phrase leaves: words joined by single spaces,
    comments dropped, quoted strings unquoted, encoded words decoded."""
    words = []
    glue_next = False
    previous_kind = None
    for leaf in leaves:
        if leaf.kind in ('fws', 'comment'):
            glue_next = False
            previous_kind = leaf.kind
            continue
        text = leaf.content if leaf.kind == 'quoted-string' else leaf.meaning
        if leaf.kind == 'quoted-string':
            text = _decode_words_in(text)
        if words and previous_kind not in ('fws', 'comment') or leaf.kind == 'dot' or glue_next:
            if words:
                words[-1] += text
            else:
                words.append(text)
        else:
            words.append(text)
        glue_next = leaf.kind == 'dot'
        previous_kind = leaf.kind
    return ' '.join(words)


class Mailbox:
    """What an address means: display_name, local_part, domain, route (or None)."""

    def __init__(self, display_name, local_part, domain, route=None):
        self.display_name = display_name
        self.local_part = local_part
        self.domain = domain
        self.route = route

    @property
    def addr_spec(self):
        local = self.local_part
        if not DOT_ATOM_ENDS.isdisjoint(local):
            local = quote_string(local)
        return local + '@' + self.domain if self.domain else local


class AddressGroup:
    def __init__(self, display_name, mailboxes):
        self.display_name = display_name
        self.mailboxes = mailboxes


def _parse_addr_spec(scan, defects):
    """local-part '@' domain at the scanner; returns (local_part, domain, leaves)."""
    leaves = []
    local_words = []
    last_was_dot = True
    saw_space_around_dot = False
    while not scan.at_end():
        char = scan.peek()
        if char in ' \t\r\n(':
            leaves += _scan_cfws(scan)
            continue
        if char == '"':
            leaf = _scan_quoted(scan)
            leaves.append(leaf)
            local_words.append(leaf.content)
            last_was_dot = False
            continue
        if char == '.':
            scan.pos += 1
            leaves.append(_leaf('dot', '.'))
            local_words.append('.')
            last_was_dot = True
            continue
        if char in SPECIALS:
            break
        leaf = _scan_atom(scan, ATOM_ENDS | set('.'))
        leaves.append(leaf)
        local_words.append(leaf.text)
        last_was_dot = False
    local_part = ''.join(local_words)
    if local_part.startswith('.') or local_part.endswith('.') or '..' in local_part:
        defects.append(errors.InvalidHeaderDefect(
            "local-part is not a dot-atom, quoted-string, or obs-local-part"))
    if not local_part.isascii():
        defects.append(errors.NonASCIILocalPartDefect(
            "local-part contains non-ASCII characters)"))
    domain = ''
    if scan.peek() == '@':
        scan.pos += 1
        leaves.append(_leaf('at', '@'))
        domain, domain_leaves = _parse_domain(scan, defects)
        leaves += domain_leaves
    return local_part, domain, leaves


def _parse_domain(scan, defects):
    leaves = _scan_cfws(scan)
    if scan.peek() == '[':
        start = scan.pos
        end = scan.text.find(']', start)
        if end < 0:
            end = len(scan.text)
            defects.append(errors.InvalidHeaderDefect("end of input in domain-literal"))
            scan.pos = end
        else:
            scan.pos = end + 1
        text = scan.text[start:scan.pos]
        leaves.append(_leaf('domain-literal', text, ew_ok=False))
        leaves += _scan_cfws(scan)
        return re.sub(r'\s+', '', text), leaves
    labels = []
    while not scan.at_end():
        char = scan.peek()
        if char in ' \t\r\n(':
            leaves += _scan_cfws(scan)
        elif char == '.':
            scan.pos += 1
            leaves.append(_leaf('dot', '.'))
            labels.append('.')
        elif char in SPECIALS:
            break
        else:
            leaf = _scan_atom(scan, ATOM_ENDS | set('.'))
            leaves.append(leaf)
            labels.append(leaf.text)
    domain = ''.join(labels)
    if not domain:
        defects.append(errors.InvalidHeaderDefect("expected domain but found ''"))
    return domain, leaves


def _parse_mailbox(scan):
    """A mailbox (name-addr or addr-spec), as (Mailbox, piece) or (None, piece) when
    nothing usable is there."""
    start = scan.pos
    defects = []
    phrase = _scan_phrase_items(scan, set('<,;:@'))
    char = scan.peek()
    if char == '<':
        return _finish_angle(scan, start, phrase, defects)
    # An addr-spec: parse again from the start as a local part.
    scan.pos = start
    local, domain, leaves = _parse_addr_spec(scan, defects)
    piece = _node('mailbox', [_node('addr-spec', leaves, ew_ok=True)])
    piece.defects = defects
    if not local and not domain:
        return None, piece
    if not domain:
        defects.append(errors.HeaderMissingRequiredValue(
            "address has no domain" if local else "missing address"))
    return Mailbox('', local, domain), piece


def _finish_angle(scan, start, phrase, defects):
    """The rest of a name-addr, at its '<'."""
    scan.pos += 1
    route = None
    if scan.peek() == '@':
        # An obsolete source route: "@a,@b:".
        end = scan.text.find(':', scan.pos)
        if end >= 0:
            route = [hop.strip().lstrip('@') for hop in scan.text[scan.pos:end].split(',')]
            defects.append(errors.ObsoleteHeaderDefect("obsolete route specification"))
            scan.pos = end + 1
    if scan.peek() == '>':
        defects.append(errors.InvalidHeaderDefect("null addr-spec in angle-addr"))
        local, domain, inner = '', '', []
    else:
        local, domain, inner = _parse_addr_spec(scan, defects)
    if scan.peek() == '>':
        scan.pos += 1
    else:
        defects.append(errors.InvalidHeaderDefect("missing trailing '>' on angle-addr"))
    trailing = _scan_cfws(scan)
    angle = _node('angle-addr', [_leaf('angle', '<', ew_ok=False),
                                 _node('addr-spec', inner, ew_ok=False),
                                 _leaf('angle', '>', ew_ok=False)] + trailing,
                  ew_ok=False)
    parts = []
    if phrase:
        parts.append(_node('display-name', phrase))
    parts.append(angle)
    piece = _node('name-addr', parts)
    piece.defects = defects
    name = _phrase_text(phrase)
    if any(leaf.kind == 'dot' for leaf in phrase):
        defects.append(errors.ObsoleteHeaderDefect("period in 'phrase'"))
    return Mailbox(name, local, domain, route), _node('mailbox', [piece])


def get_address_list(value):
    """Parse an address list: (tree, remaining text). The tree's `groups` are the
    AddressGroups (a bare mailbox is a group without display name)."""
    scan = _Scanner(value)
    parts = []
    groups = []
    defects = []
    while not scan.at_end():
        lead = _scan_cfws(scan)
        if scan.at_end():
            parts += lead
            break
        if scan.peek() == ',':
            parts += lead
            parts.append(_leaf('list-separator', ',', ew_ok=False))
            scan.pos += 1
            continue
        scan.pos -= sum(len(leaf.text) for leaf in lead)
        group, piece = _parse_address(scan)
        parts.append(piece)
        if group is not None:
            groups.append(group)
        if scan.peek() == ',':
            parts.append(_leaf('list-separator', ',', ew_ok=False))
            scan.pos += 1
        elif not scan.at_end():
            # Junk up to the next comma.
            junk = scan.take_while(set(','))
            defects.append(errors.InvalidHeaderDefect(
                "invalid address in address-list"))
            parts.append(_leaf('invalid', junk))
    tree = _node('address-list', parts)
    tree.defects = defects
    tree.groups = groups
    return tree, ''


def _parse_address(scan):
    """A group or a mailbox: (AddressGroup or None, piece)."""
    start = scan.pos
    phrase = _scan_phrase_items(scan, set('<,;:@'))
    if scan.peek() == ':':
        scan.pos += 1
        return _finish_group(scan, phrase)
    scan.pos = start
    mailbox, piece = _parse_mailbox(scan)
    if mailbox is None:
        return None, piece
    return AddressGroup(None, [mailbox]), piece


def _finish_group(scan, phrase):
    members = []
    parts = [_node('display-name', phrase), _leaf('colon', ':', ew_ok=False)]
    defects = []
    while not scan.at_end() and scan.peek() != ';':
        lead = _scan_cfws(scan)
        if scan.peek() in (',', ';') or scan.at_end():
            parts += lead
            if scan.peek() == ',':
                parts.append(_leaf('list-separator', ',', ew_ok=False))
                scan.pos += 1
            continue
        scan.pos -= sum(len(leaf.text) for leaf in lead)
        mailbox, piece = _parse_mailbox(scan)
        parts.append(piece)
        if mailbox is not None:
            members.append(mailbox)
        if scan.peek() == ',':
            parts.append(_leaf('list-separator', ',', ew_ok=False))
            scan.pos += 1
        elif scan.peek() not in (';', ''):
            scan.take_while(set(',;'))
            defects.append(errors.InvalidHeaderDefect("invalid address in group"))
    if scan.peek() == ';':
        scan.pos += 1
        parts.append(_leaf('semicolon', ';', ew_ok=False))
    else:
        defects.append(errors.InvalidHeaderDefect(
            "end of header in group"))
    parts += _scan_cfws(scan)
    piece = _node('group', parts)
    piece.defects = defects
    return AddressGroup(_phrase_text(phrase), members), piece


def get_addr_spec(value):
    """Parse an addr-spec: (Mailbox, remaining text, defects)."""
    scan = _Scanner(value)
    defects = []
    _scan_cfws(scan)
    local, domain, _ = _parse_addr_spec(scan, defects)
    return Mailbox('', local, domain), value[scan.pos:], defects


# -- Message-ID (RFC 5322 section 3.6.4) --------------------------------------------------

def parse_message_id(value):
    """A single msg-id, '<left@right>'."""
    scan = _Scanner(value)
    lead = _scan_cfws(scan)
    defects = []
    rest_start = scan.pos
    if scan.peek() != '<':
        defects.append(errors.InvalidHeaderDefect(
            "Invalid msg-id: expected msg-id but found {!r}".format(value[rest_start:])))
        tree = _node('invalid-message-id', lead + [_leaf('vtext', value[rest_start:])])
    else:
        end = value.find('>', rest_start)
        if end < 0:
            end = len(value) - 1
            defects.append(errors.InvalidHeaderDefect("missing trailing '>' on msg-id"))
        text = value[rest_start:end + 1]
        trailing = value[end + 1:]
        parts = lead + [_leaf('msg-id', text, ew_ok=False)]
        if trailing.strip():
            defects.append(errors.InvalidHeaderDefect(
                "Unexpected {!r}".format(trailing)))
        if trailing:
            parts.append(_leaf('fws', trailing, ' '))
        tree = _node('message-id', parts, ew_ok=False)
    tree.defects = defects
    return tree


# -- MIME headers (RFC 2045, 2231) ----------------------------------------------------------

def parse_mime_version(value):
    """MIME-Version: major.minor, with comments allowed anywhere."""
    tree = _node('mime-version', [_leaf('vtext', value)], ew_ok=False)
    tree.major = tree.minor = None
    cleaned = re.sub(r'\([^)]*\)', ' ', value)
    if not cleaned.strip():
        tree.defects.append(errors.HeaderMissingRequiredValue(
            "Missing MIME version number (eg: 1.0)"))
        return tree
    match = re.fullmatch(r'\s*(\d+)\s*\.\s*(\d+)\s*', cleaned)
    if match is None:
        tree.defects.append(errors.InvalidHeaderDefect(
            "Expected MIME version number but found {!r}".format(cleaned.strip())))
        head = re.match(r'\s*(\d+)', cleaned)
        if head:
            tree.major = int(head.group(1))
        return tree
    tree.major, tree.minor = int(match.group(1)), int(match.group(2))
    return tree


def _split_params(text):
    """The ';'-separated pieces of a parameter list (';' inside quotes kept)."""
    pieces = []
    current = []
    in_quotes = False
    index = 0
    while index < len(text):
        char = text[index]
        if char == '\\' and in_quotes and index + 1 < len(text):
            current.append(text[index:index + 2])
            index += 2
            continue
        if char == '"':
            in_quotes = not in_quotes
        if char == ';' and not in_quotes:
            pieces.append(''.join(current))
            current = []
        else:
            current.append(char)
        index += 1
    pieces.append(''.join(current))
    return pieces


def _strip_comments(text):
    return re.sub(r'\((?:[^()\\]|\\.)*\)', '', text)


def _parse_params(text, defects):
    """The parameters of a MIME header as a list of (name, value), RFC 2231
    continuations and encodings resolved."""
    raw = []
    for piece in _split_params(text):
        if not piece.strip():
            if piece:
                defects.append(errors.InvalidHeaderDefect(
                    "parameter entry with no content"))
            continue
        name, equals, value = piece.partition('=')
        name = _strip_comments(name).strip().lower()
        if not equals:
            defects.append(errors.InvalidHeaderDefect(
                "parameter not followed by '='"))
            raw.append((name, None, False, ''))
            continue
        value = value.strip()
        quoted = value.startswith('"')
        if quoted:
            value = _unquote_param(value)
        else:
            value = _strip_comments(value).strip()
        section = None
        extended = False
        match = re.fullmatch(r'([^*]+)\*(\d+)(\*?)', name)
        if match:
            name, section, extended = match.group(1), int(match.group(2)), bool(match.group(3))
        elif name.endswith('*'):
            name, extended = name[:-1], True
        raw.append((name, section, extended, value))
    return _join_sections(raw, defects)


def _unquote_param(value):
    inner = []
    index = 1
    while index < len(value):
        char = value[index]
        if char == '\\' and index + 1 < len(value):
            inner.append(value[index + 1])
            index += 2
            continue
        if char == '"':
            break
        inner.append(char)
        index += 1
    return ''.join(inner)


def _join_sections(raw, defects):
    """Put RFC 2231 continuations together and decode the extended values."""
    order = []
    sections = {}
    for name, section, extended, value in raw:
        if name not in sections:
            order.append(name)
            sections[name] = []
        sections[name].append((section, extended, value))
    params = []
    for name in order:
        items = sections[name]
        if len(items) == 1 and items[0][0] is None:
            _, extended, value = items[0]
            params.append((name, _decode_extended(value, defects) if extended else value))
            continue
        items.sort(key=lambda item: -1 if item[0] is None else item[0])
        if any(item[0] is None for item in items):
            defects.append(errors.InvalidHeaderDefect(
                "duplicate parameter name; duplicate(s) ignored"))
            items = [item for item in items if item[0] is not None] or items[:1]
        charset = None
        pieces = []
        for index, (section, extended, value) in enumerate(items):
            if extended:
                if index == 0 and value.count("'") >= 2:
                    charset, _, value = value.split("'", 2)
                pieces.append(urllib.parse.unquote_to_bytes(value))
            else:
                pieces.append(value.encode('latin-1', 'surrogateescape'))
        data = b''.join(pieces)
        try:
            text = data.decode(charset or 'us-ascii', 'surrogateescape')
        except LookupError:
            text = data.decode('us-ascii', 'surrogateescape')
        params.append((name, text))
    return params


def _decode_extended(value, defects):
    """An RFC 2231 value: charset'language'percent-encoded."""
    if value.count("'") < 2:
        return urllib.parse.unquote(value)
    charset, _, encoded = value.split("'", 2)
    data = urllib.parse.unquote_to_bytes(encoded)
    try:
        return data.decode(charset or 'us-ascii', 'surrogateescape')
    except LookupError:
        defects.append(errors.InvalidHeaderDefect(
            "unknown charset {!r} in RFC 2231 value".format(charset)))
        return data.decode('us-ascii', 'surrogateescape')


def _mime_tree(kind, value, head_text):
    """The tree of a parameterized MIME header: its head, then the parameters."""
    head, semicolon, rest = value.partition(';')
    parts = [_leaf('mime-head', head, ew_ok=False)]
    if semicolon:
        parts.append(_leaf('semicolon', ';', ew_ok=False))
        parts.append(_leaf('mime-parameters', rest, ew_ok=False))
    tree = _node(kind, parts, ew_ok=False, breakable=False)
    tree.params = []
    if semicolon:
        tree.params = _parse_params(rest, tree.defects)
        # The value reads back with every parameter quoted.
        shown = [head.strip()] + [name if value is None else
                                  '%s=%s' % (name, quote_string(value))
                                  for name, value in tree.params]
        tree.parts[2] = _leaf('mime-parameters', ' ' + '; '.join(shown[1:]), ew_ok=False)
    return tree, head


def parse_content_type_header(value):
    tree, head = _mime_tree('content-type', value, None)
    tree.maintype, tree.subtype = 'text', 'plain'
    cleaned = _strip_comments(head).strip()
    if not cleaned:
        tree.defects.append(errors.HeaderMissingRequiredValue(
            "Missing content type specification"))
        return tree
    main, slash, sub = cleaned.partition('/')
    main, sub = main.strip(), sub.strip()
    if not slash or not main or not sub or not _is_token(main) or not _is_token(sub):
        tree.defects.append(errors.InvalidHeaderDefect(
            "Expected content maintype but found {!r}".format(cleaned)
            if not slash else "Expected content subtype but found {!r}".format(sub)))
        return tree
    tree.maintype, tree.subtype = main.lower(), sub.lower()
    return tree


def _is_token(text):
    return bool(text) and TOKEN_ENDS.isdisjoint(text)


def parse_content_disposition_header(value):
    tree, head = _mime_tree('content-disposition', value, None)
    cleaned = _strip_comments(head).strip()
    tree.content_disposition = cleaned.lower() if cleaned else None
    if not cleaned:
        tree.defects.append(errors.HeaderMissingRequiredValue(
            "Missing content disposition"))
    elif not _is_token(cleaned):
        tree.defects.append(errors.InvalidHeaderDefect(
            "Expected content disposition but found {!r}".format(cleaned)))
    return tree


def parse_content_transfer_encoding_header(value):
    tree = _node('cte', [_leaf('vtext', value, ew_ok=False)], ew_ok=False)
    cleaned = _strip_comments(value).strip()
    tree.cte = cleaned.lower() if cleaned else '7bit'
    if not cleaned:
        tree.defects.append(errors.HeaderMissingRequiredValue(
            "Missing content transfer encoding"))
    elif not _is_token(cleaned):
        tree.defects.append(errors.InvalidHeaderDefect(
            "Expected content transfer encoding but found {!r}".format(cleaned)))
    return tree


# -- Folding --------------------------------------------------------------------------------

def fold_header(name, tree, policy):
    """'Name: value' from a parse tree, folded for `policy`, ending with its linesep."""
    folder = _Folder(policy)
    pieces = [_leaf('header-label', name + ':', ew_ok=False)]
    if str(tree):
        pieces += [_leaf('fws', ' '), tree]
    folder.run(pieces)
    return policy.linesep.join(folder.lines) + policy.linesep


class _Folder:
    """The state of one folding: the lines so far and where the last encoded word on
    the current line starts (while more text may join it)."""

    def __init__(self, policy):
        self.policy = policy
        self.width = policy.max_line_length or sys.maxsize
        self.charset = 'utf-8' if policy.utf8 else 'us-ascii'
        self.lines = ['']
        self.ew_start = None

    def room(self):
        return self.width - len(self.lines[-1])

    def run(self, pieces):
        todo = list(reversed(pieces))
        blocked = 0
        while todo:
            piece = todo.pop()
            if piece is _UNBLOCK:
                blocked -= 1
                continue
            text = str(piece)
            if not self._carries(text):
                if piece.kind == 'mime-parameters':
                    self._fold_params(piece)
                    continue
                if not piece.is_leaf:
                    if not piece.ew_ok:
                        blocked += 1
                        todo.append(_UNBLOCK)
                    todo.extend(reversed(piece.parts))
                    continue
            if not blocked and not self._carries(text):
                if piece.ew_ok:
                    self._encode(piece, text)
                    continue
                self.ew_start = None
            if len(text) <= self.room():
                self.lines[-1] += text
                continue
            if piece.breakable and len(text) + 1 <= self.width:
                carry = self._take_trailing_space()
                if carry or piece.starts_with_space():
                    self.lines.append(carry + text)
                    self.ew_start = None
                    continue
            if not piece.is_leaf:
                if not piece.ew_ok:
                    blocked += 1
                    todo.append(_UNBLOCK)
                todo.extend(reversed(piece.parts))
                continue
            if piece.kind == 'mime-parameters':
                self._fold_params(piece)
                continue
            if piece.kind == 'vtext' and not blocked and len(text) > self.width:
                # A word longer than any line: encoded words can be split.
                self._encode(piece, text)
                continue
            carry = self._take_trailing_space()
            if carry or piece.starts_with_space():
                self.lines.append(carry + text)
            else:
                self.lines[-1] += text

    def _carries(self, text):
        try:
            text.encode(self.charset)
        except UnicodeEncodeError:
            return False
        return True

    def _take_trailing_space(self):
        line = self.lines[-1]
        if line and line[-1] in WSP and len(self.lines) > 1 or line and line[-1] in WSP \
                and line.strip():
            stripped = line.rstrip(' \t')
            if stripped:
                self.lines[-1] = stripped
                return line[len(stripped):]
        return ''

    def _encode(self, piece, text):
        """Write `text` as encoded words, joined to the encoded word before it when that
        is allowed."""
        charset = 'utf-8'
        if any(isinstance(d, errors.UndecodableBytesDefect) for d in piece.all_defects):
            charset = 'unknown-8bit'
        if self.ew_start is not None and piece.ew_joinable:
            previous = self.lines[-1][self.ew_start:]
            text = _unstructured_text(get_unstructured(previous)) + text
            self.lines[-1] = self.lines[-1][:self.ew_start]
        leading = text[:len(text) - len(text.lstrip(' \t'))]
        trailing = text[len(text.rstrip(' \t')):]
        text = text.strip(' \t')
        self.lines[-1] += leading
        chrome = len(charset) + 7
        start = None
        while text:
            room = self.room()
            fits = room - chrome
            if fits <= 0:
                if not self.lines[-1].strip():
                    raise errors.HeaderParseError(
                        "max_line_length is too small to fit an encoded word")
                self.lines.append(' ')
                continue
            chunk = text[:fits]
            word = _encoded_words.encode(chunk, charset=charset)
            while len(word) > room and len(chunk) > 1:
                chunk = chunk[:-1]
                word = _encoded_words.encode(chunk, charset=charset)
            start = len(self.lines[-1])
            self.lines[-1] += word
            text = text[len(chunk):]
            if text:
                self.lines.append(' ')
        self.lines[-1] += trailing
        self.ew_start = start if not trailing else None

    def _fold_params(self, piece):
        """The parameters of a MIME header, each '; name=value' kept on one line when
        possible, else written in RFC 2231 sections."""
        params = _parse_params(str(piece), [])
        for name, value in params:
            self.lines[-1] = self.lines[-1].rstrip(' \t')
            if not self.lines[-1].endswith(';'):
                self.lines[-1] += ';'
            if value is None:
                self._place(' ' + name)
                continue
            try:
                value.encode(self.charset)
                encodable = True
            except UnicodeEncodeError:
                encodable = False
            if encodable:
                text = '%s=%s' % (name, quote_string(value))
                if len(text) + 1 <= self.width:
                    self._place(' ' + text)
                    continue
            self._place_sections(name, value, 'us-ascii' if encodable else 'utf-8')

    def _place(self, text):
        if len(text) <= self.room():
            self.lines[-1] += text
        else:
            self.lines.append(text)

    def _place_sections(self, name, value, charset):
        whole = "%s*=%s''%s" % (name, charset, _percent(value, charset))
        if len(whole) + 1 <= self.room():
            self.lines[-1] += ' ' + whole
            return
        if len(whole) + 1 <= self.width:
            self.lines.append(' ' + whole)
            return
        section = 0
        rest = value
        while rest:
            head = "%s*%d*=" % (name, section)
            if section == 0:
                head += "%s''" % charset
            room = self.width - len(head) - 2
            count = len(rest)
            while count > 1 and len(_percent(rest[:count], charset)) > room:
                count -= 1
            text = ' ' + head + _percent(rest[:count], charset)
            rest = rest[count:]
            if section:
                self.lines[-1] += ';'
            self.lines.append(text)
            section += 1


def _percent(value, charset):
    return urllib.parse.quote(value, safe='', errors='surrogateescape') \
        if charset != 'us-ascii' else urllib.parse.quote(value, safe='')


_UNBLOCK = Piece('unblock')
