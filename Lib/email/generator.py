"""Writing message object trees out: Generator writes text, BytesGenerator bytes (with
undecodable bytes written back as they were read), and DecodedGenerator a readable text
rendering where non-text parts are replaced by a one-line note."""

__all__ = ['Generator', 'DecodedGenerator', 'BytesGenerator']

import random
import re
import sys
import time
from copy import deepcopy
from io import BytesIO, StringIO

from email.errors import HeaderWriteError
from email.utils import _has_surrogates

UNDERSCORE = '_'
NL = '\n'

NLCRE = re.compile(r'\r\n|\r|\n')
# Body lines starting with "From " look like the start of a new message in an mbox file.
fcre = re.compile(r'^From ', re.MULTILINE)
# A line break not followed by folding whitespace: a header line that would start a new
# header.
NEWLINE_WITHOUT_FWSP = re.compile(r'\r\n[^ \t]|\r[^ \n\t]|\n[^ \t]')

# Random boundaries: 15 '=' then a zero-padded random number, as long as sys.maxsize.
_width = len(repr(sys.maxsize - 1))
_fmt = '%%0%dd' % _width


class Generator:
    """Writes messages as text to a file-like object (anything with write()).

    `mangle_from_`: write '>From ' for body lines starting with 'From ' (default: the
    policy's setting). `maxheaderlen`: overrides the policy's max_line_length. `policy`:
    overrides the policy of the messages written."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, *, policy=None):
        self._fp = outfp
        self.policy = policy
        self.maxheaderlen = maxheaderlen
        if mangle_from_ is None:
            mangle_from_ = policy.mangle_from_ if policy is not None else True
        self._mangle_from_ = mangle_from_

    def write(self, s):
        self._fp.write(s)

    def flatten(self, msg, unixfrom=False, linesep=None):
        """Write `msg` and its subparts. With `unixfrom`, the envelope line comes first (a
        made-up one when the message has none); `linesep` overrides the policy's."""
        policy = self.policy or msg.policy
        overrides = {}
        if linesep is not None:
            overrides['linesep'] = linesep
        if self.maxheaderlen is not None:
            overrides['max_line_length'] = self.maxheaderlen
        if overrides:
            policy = policy.clone(**overrides)
        self._NL = policy.linesep
        self._encoded_NL = self._encode(self._NL)
        self._EMPTY = ''
        self._encoded_EMPTY = self._encode('')
        # The parts are written with the same (computed) policy: clone() passes it on.
        saved = self.policy, msg.policy
        self.policy = msg.policy = policy
        try:
            if unixfrom:
                envelope = msg.get_unixfrom() or 'From nobody ' + time.ctime(time.time())
                self.write(envelope + self._NL)
            self._write(msg)
        finally:
            self.policy, msg.policy = saved

    def clone(self, fp):
        """A generator like this one writing to `fp`."""
        return self.__class__(fp, self._mangle_from_, None, policy=self.policy)

    # What a buffer for parts is, and how text is turned into what the file takes.
    def _new_buffer(self):
        return StringIO()

    def _encode(self, s):
        return s

    def _write_lines(self, lines):
        """Write text with its line ends turned into the policy's."""
        if not lines:
            return
        pieces = NLCRE.split(lines)
        for piece in pieces[:-1]:
            self.write(piece)
            self.write(self._NL)
        if pieces[-1]:
            self.write(pieces[-1])

    def _write(self, msg):
        # The body is written first, to a buffer: writing a multipart may have to change
        # its Content-Type (a new boundary) before the headers go out.
        saved_fp = self._fp
        self._munge_cte = None
        try:
            self._fp = body = self._new_buffer()
            self._dispatch(msg)
        finally:
            self._fp = saved_fp
            munged = self._munge_cte
            del self._munge_cte
        if munged:
            # The body was re-encoded: write the headers of a copy that says so.
            msg = deepcopy(msg)
            cte, ctype = munged
            if msg.get('content-transfer-encoding') is None:
                msg['Content-Transfer-Encoding'] = cte
            else:
                msg.replace_header('content-transfer-encoding', cte)
            msg.replace_header('content-type', ctype)
        own_writer = getattr(msg, '_write_headers', None)
        if own_writer is None:
            self._write_headers(msg)
        else:
            own_writer(self)
        self._fp.write(body.getvalue())

    def _dispatch(self, msg):
        """Write the body with _handle_<maintype>_<subtype>, else _handle_<maintype>,
        else _writeBody ('-' in types read as '_')."""
        maintype = msg.get_content_maintype()
        subtype = msg.get_content_subtype()
        for name in (UNDERSCORE.join((maintype, subtype)), maintype):
            handler = getattr(self, '_handle_' + name.replace('-', '_'), None)
            if handler is not None:
                break
        else:
            handler = self._writeBody
        handler(msg)

    def _write_headers(self, msg):
        policy = self.policy
        for name, value in msg.raw_items():
            folded = policy.fold(name, value)
            if policy.verify_generated_headers:
                self._verify(folded, policy.linesep)
            self.write(folded)
        # The blank line between headers and body.
        self.write(self._NL)

    @staticmethod
    def _verify(folded, linesep):
        if not folded.endswith(linesep):
            raise HeaderWriteError(
                f'folded header does not end with {linesep!r}: {folded!r}')
        if NEWLINE_WITHOUT_FWSP.search(folded.removesuffix(linesep)):
            raise HeaderWriteError(f'folded header contains newline: {folded!r}')

    def _handle_text(self, msg):
        text = msg.get_payload()
        if text is None:
            return
        if not isinstance(text, str):
            raise TypeError('string payload expected: %s' % type(text))
        charset = msg.get_param('charset') if _has_surrogates(msg._payload) else None
        if charset is not None:
            text = self._reencoded_text(msg, charset)
        self._write_lines(self._mangled(text))

    def _reencoded_text(self, msg, charset):
        # Bytes that text output cannot carry: a copy of the part is re-encoded with its
        # charset's transfer encoding, and _write() writes the headers that say so.
        copy = deepcopy(msg)
        del copy['content-transfer-encoding']
        copy.set_payload(copy._payload, charset)
        self._munge_cte = (copy['content-transfer-encoding'], copy['content-type'])
        return copy.get_payload()

    # Bodies of the types without a handler of their own.
    _writeBody = _handle_text

    def _handle_multipart(self, msg):
        parts = msg.get_payload()
        if parts is None:
            parts = []
        elif isinstance(parts, str):
            # A multipart that did not parse as one: write its text as it is.
            self.write(parts)
            return
        elif not isinstance(parts, list):
            parts = [parts]
        texts = []
        for part in parts:
            buffer = self._new_buffer()
            self.clone(buffer).flatten(part, unixfrom=False, linesep=self._NL)
            texts.append(buffer.getvalue())
        boundary = msg.get_boundary()
        if not boundary:
            # Choose one that no part contains.
            boundary = self._make_boundary(self._encoded_NL.join(texts))
            msg.set_boundary(boundary)
        if msg.preamble is not None:
            self._write_lines(self._mangled(msg.preamble))
            self.write(self._NL)
        self.write('--' + boundary + self._NL)
        for index, text in enumerate(texts):
            if index:
                self.write(self._NL + '--' + boundary + self._NL)
            self._fp.write(text)
        self.write(self._NL + '--' + boundary + '--' + self._NL)
        if msg.epilogue is not None:
            self._write_lines(self._mangled(msg.epilogue))

    def _mangled(self, text):
        return fcre.sub('>From ', text) if self._mangle_from_ else text

    def _handle_multipart_signed(self, msg):
        # RFC 1847 section 2.1: signed content must not change, so its headers are not
        # refolded.
        saved = self.policy
        self.policy = saved.clone(max_line_length=0)
        try:
            self._handle_multipart(msg)
        finally:
            self.policy = saved

    def _handle_message_delivery_status(self, msg):
        # Blocks of headers separated by one blank line, without the blank line each
        # block's writing ends with.
        blocks = []
        for part in msg.get_payload():
            buffer = self._new_buffer()
            self.clone(buffer).flatten(part, unixfrom=False, linesep=self._NL)
            text = buffer.getvalue()
            lines = text.split(self._encoded_NL)
            if lines and lines[-1] == self._encoded_EMPTY:
                text = self._encoded_NL.join(lines[:-1])
            blocks.append(text)
        self._fp.write(self._encoded_NL.join(blocks))

    def _handle_message(self, msg):
        # message/rfc822 and the like: the payload is a list holding the inner message,
        # or a string when the message was parsed with a HeaderParser.
        payload = msg._payload
        if isinstance(payload, list):
            buffer = self._new_buffer()
            self.clone(buffer).flatten(msg.get_payload(0), unixfrom=False,
                                       linesep=self._NL)
            payload = buffer.getvalue()
        else:
            payload = self._encode(payload)
        self._fp.write(payload)

    @classmethod
    def _make_boundary(cls, text=None):
        """A random boundary; with `text`, one that no line of it uses."""
        base = '=' * 15 + _fmt % random.randrange(sys.maxsize) + '=='
        if text is None:
            return base
        candidate, counter = base, 0
        while cls._compile_re('^--' + re.escape(candidate) + '(--)?$',
                              re.MULTILINE).search(text):
            candidate = '%s.%d' % (base, counter)
            counter += 1
        return candidate

    @classmethod
    def _compile_re(cls, s, flags):
        return re.compile(s, flags)


class BytesGenerator(Generator):
    """Writes messages as bytes to a binary file-like object. Text is written as ASCII;
    payloads and headers that were parsed from bytes are written back byte for byte unless
    the policy's cte_type is '7bit'."""

    def _new_buffer(self):
        return BytesIO()

    def write(self, s):
        self._fp.write(s.encode('ascii', 'surrogateescape'))

    def _encode(self, s):
        return s.encode('ascii')

    def _write_headers(self, msg):
        for name, value in msg.raw_items():
            self._fp.write(self.policy.fold_binary(name, value))
        self.write(self._NL)

    def _handle_text(self, msg):
        if msg._payload is None:
            return
        if _has_surrogates(msg._payload) and self.policy.cte_type != '7bit':
            # Read from bytes: write the same bytes back.
            if self._mangle_from_:
                msg._payload = fcre.sub(">From ", msg._payload)
            self._write_lines(msg._payload)
        else:
            super()._handle_text(msg)

    _writeBody = _handle_text

    @classmethod
    def _compile_re(cls, s, flags):
        # The parts' texts are bytes here.
        return re.compile(s.encode('ascii'), flags)


# DecodedGenerator's default line for a part it does not write.
_FMT = '[Non-text (%(type)s) part of message omitted, filename %(filename)s]'


class DecodedGenerator(Generator):
    """Writes the text parts of a message (their payloads as stored, after the headers of
    the whole message) and, for every other non-multipart part, a line made with `fmt`,
    whose %(name)s keys are type, maintype, subtype, filename, description and encoding."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, fmt=None, *,
                 policy=None):
        Generator.__init__(self, outfp, mangle_from_, maxheaderlen, policy=policy)
        self._fmt = _FMT if fmt is None else fmt

    def _dispatch(self, msg):
        for part in msg.walk():
            maintype = part.get_content_maintype()
            if maintype == 'multipart':
                continue
            if maintype == 'text':
                print(part.get_payload(decode=False), file=self)
            else:
                print(self._fmt % {
                    'type': part.get_content_type(),
                    'maintype': maintype,
                    'subtype': part.get_content_subtype(),
                    'filename': part.get_filename('[no filename]'),
                    'description': part.get('Content-Description',
                                            '[no description]'),
                    'encoding': part.get('Content-Transfer-Encoding', '[no encoding]'),
                }, file=self)


# The old module-level name.
_make_boundary = Generator._make_boundary
