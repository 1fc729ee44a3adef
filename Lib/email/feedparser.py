"""FeedParser: a parser that is given a message piece by piece (feed()) and returns the
message object tree at close(). It never fails on bad input: what is wrong is recorded as
defects (see email.errors) and the message is read as well as can be.

The text is split into lines (ends kept) and parsed once at close(): headers up to the first
line that cannot be a header, then the body, which for a multipart is cut at its boundary
lines into parts parsed the same way (RFC 2046 section 5.1)."""

__all__ = ['FeedParser', 'BytesFeedParser']

import re

from email import _policybase, errors

# Lines end with any of the three conventions.
_LINE = re.compile(r'[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z')
NLCRE = re.compile(r'\r\n|\r|\n')
_EOL = re.compile(r'(?:\r\n|\r|\n)\Z')
# A header line (matched at its start): "Name:", a continuation (leading blank), or the
# Unix "From " line.
headerRE = re.compile(r'From |[\041-\071\073-\176]*:|[\t ]')
# What may follow "--boundary" on a boundary line.
boundaryendRE = re.compile(r'(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$')


def _chop_eol(text):
    """`text` without one final line end."""
    match = _EOL.search(text)
    return text[:match.start()] if match else text


class _Lines:
    """The lines of the input, read one at a time, with push-back. Predicates pushed with
    stop_at() make a matching line look like the end of the input (the line stays
    unread): that is how a part stops at the next boundary of any enclosing multipart."""

    def __init__(self, lines):
        # Kept reversed, so that reading and pushing back work at the end of the list.
        self._stack = lines[::-1]
        self._eof_matchers = []

    def stop_at(self, pred):
        self._eof_matchers.append(pred)

    def stop_no_more(self):
        self._eof_matchers.pop()

    def next_line(self):
        """The next line, or '' at the (real or apparent) end."""
        if not self._stack:
            return ''
        line = self._stack[-1]
        if any(matches(line) for matches in self._eof_matchers):
            return ''
        return self._stack.pop()

    def push_back(self, line):
        self._stack.append(line)

    def rest(self):
        """The lines up to the end, joined."""
        taken = []
        while line := self.next_line():
            taken.append(line)
        return ''.join(taken)

    def __iter__(self):
        return iter(self.next_line, '')


class FeedParser:
    """Parse a message given in pieces of any size with feed(); close() returns it.

    `_factory` makes the message objects (default: the policy's message_factory, else
    email.message.Message); one that does not accept a `policy` keyword is called without
    it."""

    def __init__(self, _factory=None, *, policy=_policybase.compat32):
        self.policy = policy
        self._factory, self._old_style_factory = self._pick_factory(_factory, policy)
        self._chunks = []
        self._headersonly = False
        # The messages being parsed, innermost last, and the last one started.
        self._open = []
        self._current = None
        self._latest = None

    @staticmethod
    def _pick_factory(factory, policy):
        """(factory, whether it is called without the policy keyword)."""
        if factory is None:
            if policy.message_factory is None:
                from email import message
                return message.Message, False
            return policy.message_factory, False
        try:
            factory(policy=policy)
        except TypeError:
            # A factory from before policies existed.
            return factory, True
        return factory, False

    def _set_headersonly(self):
        self._headersonly = True

    def feed(self, data):
        """Give the parser more of the message."""
        self._chunks.append(data)

    def close(self):
        """Parse what was fed and return the root message."""
        text = ''.join(self._chunks)
        self._chunks = []
        self._input = _Lines(_LINE.findall(text))
        self._parse_message()
        root = self._pop_message()
        if (root.get_content_maintype() == 'multipart' and not root.is_multipart()
                and not self._headersonly):
            self.policy.handle_defect(root, errors.MultipartInvariantViolationDefect())
        return root

    # -- The message stack: the message being parsed and those enclosing it --

    def _new_message(self):
        kw = {} if self._old_style_factory else {'policy': self.policy}
        msg = self._factory(**kw)
        parent = self._current
        if parent is not None:
            parent.attach(msg)
            # RFC 2046 section 5.1.5: the parts of a digest are messages by default.
            if parent.get_content_type() == 'multipart/digest':
                msg.set_default_type('message/rfc822')
        self._open.append(msg)
        self._current = msg
        # The last message started: its payload loses the line end that belongs to the
        # boundary after it.
        self._latest = msg

    def _pop_message(self):
        msg = self._open.pop()
        self._current = self._open[-1] if self._open else None
        return msg

    # -- Parsing --

    def _parse_message(self):
        """Parse one message (headers and body) from the input onto the stack."""
        self._new_message()
        header_lines = []
        for line in self._input:
            if not headerRE.match(line):
                # The blank line that ends the headers goes; any other line belongs to the
                # body, and its being here is a defect.
                if not NLCRE.match(line):
                    self.policy.handle_defect(self._current,
                                              errors.MissingHeaderBodySeparatorDefect())
                    self._input.push_back(line)
                break
            header_lines.append(line)
        self._parse_headers(header_lines)
        msg = self._current
        if self._headersonly:
            msg.set_payload(self._input.rest())
        elif msg.get_content_type() == 'message/delivery-status':
            self._parse_delivery_status()
        elif msg.get_content_maintype() == 'message':
            # The body is a message of its own.
            self._parse_message()
            self._pop_message()
        elif msg.get_content_maintype() == 'multipart':
            self._parse_multipart(msg)
        else:
            msg.set_payload(self._input.rest())

    def _parse_headers(self, lines):
        """Store the headers of `lines` on the current message (a header is its first line
        and the continuation lines after it)."""
        msg = self._current
        pending = []
        for number, line in enumerate(lines):
            if line[0] in ' \t':
                if pending:
                    pending.append(line)
                else:
                    msg_defect = errors.FirstHeaderLineIsContinuationDefect(line)
                    self.policy.handle_defect(msg, msg_defect)
                continue
            if pending:
                msg.set_raw(*self.policy.header_source_parse(pending))
                pending = []
            if line.startswith('From '):
                if number == 0:
                    msg.set_unixfrom(_chop_eol(line))
                elif number == len(lines) - 1:
                    # Probably the first line of the body, after a missing blank line.
                    self._input.push_back(line)
                    return
                else:
                    msg.defects.append(errors.MisplacedEnvelopeHeaderDefect(line))
                continue
            if line.find(':') == 0:
                msg.defects.append(errors.InvalidHeaderDefect("Missing header name."))
                continue
            pending = [line]
        if pending:
            msg.set_raw(*self.policy.header_source_parse(pending))

    def _parse_delivery_status(self):
        """message/delivery-status (RFC 3464): blocks of headers separated by blank lines,
        each made a message without a body."""
        while True:
            self._input.stop_at(NLCRE.match)
            self._parse_message()
            self._pop_message()
            self._input.stop_no_more()
            # Skip the blank line; stop when nothing follows it.
            self._input.next_line()
            line = self._input.next_line()
            if line == '':
                return
            self._input.push_back(line)

    def _parse_multipart(self, msg):
        boundary = msg.get_boundary()
        if boundary is None:
            self.policy.handle_defect(msg, errors.NoBoundaryInMultipartDefect())
            msg.set_payload(self._input.rest())
            return
        # RFC 2045 section 6.4: a multipart may only be 7bit, 8bit or binary.
        cte = str(msg.get('content-transfer-encoding', '8bit')).lower()
        if cte not in ('7bit', '8bit', 'binary'):
            self.policy.handle_defect(msg,
                                      errors.InvalidMultipartContentTransferEncodingDefect())
        separator = '--' + boundary

        def boundary_line(line):
            if not line.startswith(separator):
                return None
            return boundaryendRE.match(line, len(separator))

        preamble = []
        in_preamble = True
        closed = False
        while line := self._input.next_line():
            found = boundary_line(line)
            if not found:
                # Only the preamble is read here: parts are read by _parse_message().
                preamble.append(line)
                continue
            if found.group('end'):
                closed = True
                break
            if in_preamble:
                if preamble:
                    # The line end before a boundary belongs to the boundary.
                    preamble[-1] = _chop_eol(preamble[-1])
                    msg.preamble = ''.join(preamble)
                in_preamble = False
                self._input.push_back(line)
                continue
            # A boundary starts a part; repeated boundary lines make no empty parts.
            while True:
                line = self._input.next_line()
                if not boundary_line(line):
                    self._input.push_back(line)
                    break
            self._input.stop_at(boundary_line)
            self._parse_message()
            self._drop_boundary_line_end(self._latest)
            self._input.stop_no_more()
            self._pop_message()
            self._latest = msg
        if in_preamble:
            # No boundary at all: the text is the payload.
            self.policy.handle_defect(msg, errors.StartBoundaryNotFoundDefect())
            msg.set_payload(''.join(preamble))
            msg.epilogue = self._input.rest()
            return
        if not closed:
            self.policy.handle_defect(msg, errors.CloseBoundaryNotFoundDefect())
            return
        # Whatever follows the closing boundary line is the epilogue.
        msg.epilogue = self._input.rest()

    def _drop_boundary_line_end(self, last):
        """Remove the line end before the next boundary from the last message parsed: from
        its payload, or for a multipart from its epilogue."""
        if last.get_content_maintype() == 'multipart':
            epilogue = last.epilogue
            if epilogue == '':
                last.epilogue = None
            elif epilogue is not None:
                last.epilogue = _chop_eol(epilogue)
        elif isinstance(last._payload, str):
            last._payload = _chop_eol(last._payload)


class BytesFeedParser(FeedParser):
    """A FeedParser fed bytes; bytes that are not ASCII are kept as surrogate escapes."""

    def feed(self, data):
        super().feed(data.decode('ascii', 'surrogateescape'))
