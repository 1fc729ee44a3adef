"""Writing message object trees out: Generator writes text, BytesGenerator bytes (with
undecodable bytes written back as they were read), and DecodedGenerator a readable text
rendering where non-text parts are replaced by a one-line note."""

__all__ = ['BytesGenerator', 'DecodedGenerator', 'Generator']

import copy
import io
import random
import re
import sys
import time

from email import utils
from email.errors import HeaderWriteError

NL = '\n'
# Any line end, as found in payloads.
NLCRE = re.compile('\r\n|\r|\n')
# Body lines starting with "From " look like the start of a new message in an mbox file.
fcre = re.compile('^From ', re.M)
# A line break not followed by folding whitespace: a header line that would start a new
# header.
NEWLINE_WITHOUT_FWSP = re.compile(r'\r\n[^ \t]|\r[^ \n\t]|\n[^ \t]')

# Random boundaries: 15 '=', a random number zero-padded to the width of sys.maxsize, '=='.
_DIGITS = len(str(sys.maxsize - 1))


class Generator:
    """Writes messages as text to a file-like object (anything with write()).

    `mangle_from_`: write '>From ' for body lines starting with 'From ' (default: the
    policy's setting). `maxheaderlen`: overrides the policy's max_line_length. `policy`:
    overrides the policy of the messages written."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, *, policy=None):
        self._fp = outfp
        self.policy = policy
        if mangle_from_ is None:
            mangle_from_ = True if policy is None else policy.mangle_from_
        self._mangle_from_ = mangle_from_
        self.maxheaderlen = maxheaderlen

    def write(self, s):
        self._fp.write(s)

    def flatten(self, msg, unixfrom=False, linesep=None):
        """Write `msg` and its subparts. With `unixfrom`, the envelope line comes first (a
        made-up one when the message has none); `linesep` overrides the policy's."""
        effective = self._effective_policy(msg, linesep)
        self._NL = effective.linesep
        self._encoded_NL = self._encode(effective.linesep)
        # The parts are written with the same (computed) policy: clone() passes it on.
        saved = self.policy, msg.policy
        self.policy = msg.policy = effective
        try:
            if unixfrom:
                envelope = msg.get_unixfrom() or 'From nobody ' + time.ctime(time.time())
                self.write(envelope + self._NL)
            self._write(msg)
        finally:
            self.policy, msg.policy = saved

    def _effective_policy(self, msg, linesep):
        """Our policy (else the message's) with the overrides of this call and of
        maxheaderlen."""
        chosen = msg.policy if self.policy is None else self.policy
        overrides = {}
        if linesep is not None:
            overrides['linesep'] = linesep
        if self.maxheaderlen is not None:
            overrides['max_line_length'] = self.maxheaderlen
        return chosen.clone(**overrides) if overrides else chosen

    def clone(self, fp):
        """A generator like this one writing to `fp`."""
        return type(self)(fp, self._mangle_from_, None, policy=self.policy)

    # What a buffer for parts is, and how text is turned into what the file takes.
    def _new_buffer(self):
        return io.StringIO()

    def _encode(self, s):
        return s

    def _write_lines(self, lines):
        """Write text with its line ends turned into the policy's."""
        if lines:
            *complete, last = NLCRE.split(lines)
            for line in complete:
                self.write(line + self._NL)
            if last:
                self.write(last)

    def _rendered(self, part):
        """`part` written by a clone of this generator, as what the file takes."""
        buffer = self._new_buffer()
        self.clone(buffer).flatten(part, unixfrom=False, linesep=self._NL)
        return buffer.getvalue()

    def _write(self, msg):
        # The body is written first, to a buffer: writing a multipart may have to change
        # its Content-Type (a new boundary) before the headers go out, and a text part
        # may have to be re-encoded.
        outer = self._fp
        self._munge_cte = None
        self._fp = body = self._new_buffer()
        try:
            self._dispatch(msg)
        finally:
            self._fp = outer
            reencoded = self._munge_cte
            del self._munge_cte
        if reencoded:
            msg = self._with_new_encoding(msg, *reencoded)
        header_writer = getattr(msg, '_write_headers', None)
        if header_writer is None:
            self._write_headers(msg)
        else:
            header_writer(self)
        self._fp.write(body.getvalue())

    @staticmethod
    def _with_new_encoding(msg, cte, ctype):
        """A copy of `msg` whose headers declare the encoding its body was written in."""
        msg = copy.deepcopy(msg)
        if 'content-transfer-encoding' in msg:
            msg.replace_header('content-transfer-encoding', cte)
        else:
            msg['Content-Transfer-Encoding'] = cte
        msg.replace_header('content-type', ctype)
        return msg

    def _dispatch(self, msg):
        """Write the body with _handle_<maintype>_<subtype>, else _handle_<maintype>,
        else _writeBody ('-' in types read as '_')."""
        main = msg.get_content_maintype().replace('-', '_')
        sub = msg.get_content_subtype().replace('-', '_')
        handler = (getattr(self, f'_handle_{main}_{sub}', None)
                   or getattr(self, f'_handle_{main}', None)
                   or self._writeBody)
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
        if utils._has_surrogates(msg._payload):
            charset = msg.get_param('charset')
            if charset is not None:
                text = self._reencoded_text(msg, charset)
        self._write_lines(self._mangled(text))

    def _reencoded_text(self, msg, charset):
        # Bytes that text output cannot carry: a copy of the part is re-encoded with its
        # charset's transfer encoding, and _write() writes the headers that say so.
        twin = copy.deepcopy(msg)
        del twin['content-transfer-encoding']
        twin.set_payload(twin._payload, charset)
        self._munge_cte = (twin['content-transfer-encoding'], twin['content-type'])
        return twin.get_payload()

    # Bodies of the types without a handler of their own.
    _writeBody = _handle_text

    def _handle_multipart(self, msg):
        parts = msg.get_payload()
        if isinstance(parts, str):
            # A multipart that did not parse as one: write its text as it is.
            self.write(parts)
            return
        if parts is None:
            parts = []
        elif not isinstance(parts, list):
            parts = [parts]
        texts = [self._rendered(part) for part in parts]
        boundary = msg.get_boundary()
        if not boundary:
            # Choose one that no part contains.
            boundary = self._make_boundary(self._encoded_NL.join(texts))
            msg.set_boundary(boundary)
        self._write_around(msg.preamble, self._NL)
        delimiter = '--' + boundary
        self.write(delimiter + self._NL)
        for index, text in enumerate(texts):
            if index:
                self.write(self._NL + delimiter + self._NL)
            self._fp.write(text)
        self.write(self._NL + delimiter + '--' + self._NL)
        self._write_around(msg.epilogue, '')

    def _write_around(self, text, end):
        # The preamble or epilogue of a multipart, when it has one.
        if text is not None:
            self._write_lines(self._mangled(text))
            self.write(end)

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
        for block in msg.get_payload():
            text = self._rendered(block)
            if text.endswith(self._encoded_NL):
                text = text[:-len(self._encoded_NL)]
            blocks.append(text)
        self._fp.write(self._encoded_NL.join(blocks))

    def _handle_message(self, msg):
        # message/rfc822 and the like: the payload is a list holding the inner message,
        # or a string when the message was parsed with a HeaderParser.
        inner = msg._payload
        if isinstance(inner, list):
            self._fp.write(self._rendered(msg.get_payload(0)))
        else:
            self._fp.write(self._encode(inner))

    @classmethod
    def _make_boundary(cls, text=None):
        """A random boundary; with `text`, one that no line of it uses."""
        number = str(random.randrange(sys.maxsize)).zfill(_DIGITS)
        base = '=' * 15 + number + '=='
        candidate, counter = base, 0
        while text is not None and cls._uses(text, candidate):
            candidate = '%s.%d' % (base, counter)
            counter += 1
        return candidate

    @classmethod
    def _uses(cls, text, boundary):
        pattern = '^--' + re.escape(boundary) + '(--)?$'
        return cls._compile_re(pattern, re.MULTILINE).search(text) is not None

    @classmethod
    def _compile_re(cls, s, flags):
        return re.compile(s, flags)


class BytesGenerator(Generator):
    """Writes messages as bytes to a binary file-like object. Text is written as ASCII;
    payloads and headers that were parsed from bytes are written back byte for byte unless
    the policy's cte_type is '7bit'."""

    def _new_buffer(self):
        return io.BytesIO()

    def write(self, s):
        self._fp.write(s.encode('ascii', 'surrogateescape'))

    def _encode(self, s):
        return s.encode('ascii')

    def _write_headers(self, msg):
        fold = self.policy.fold_binary
        for name, value in msg.raw_items():
            self._fp.write(fold(name, value))
        self.write(self._NL)

    def _handle_text(self, msg):
        payload = msg._payload
        if payload is None:
            return
        if self.policy.cte_type == '7bit' or not utils._has_surrogates(payload):
            super()._handle_text(msg)
            return
        # Read from bytes: write the same bytes back.
        if self._mangle_from_:
            msg._payload = payload = fcre.sub('>From ', payload)
        self._write_lines(payload)

    _writeBody = _handle_text

    @classmethod
    def _compile_re(cls, s, flags):
        # The parts' texts are bytes here.
        return re.compile(s.encode('ascii'), flags)


# DecodedGenerator's default line for a part it does not write.
_OMITTED = '[Non-text (%(type)s) part of message omitted, filename %(filename)s]'


class DecodedGenerator(Generator):
    """Writes the text parts of a message (their payloads as stored, after the headers of
    the whole message) and, for every other non-multipart part, a line made with `fmt`,
    whose %(name)s keys are type, maintype, subtype, filename, description and encoding."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, fmt=None, *,
                 policy=None):
        super().__init__(outfp, mangle_from_, maxheaderlen, policy=policy)
        self._fmt = _OMITTED if fmt is None else fmt

    def _dispatch(self, msg):
        for part in msg.walk():
            kind = part.get_content_maintype()
            if kind == 'text':
                print(part.get_payload(decode=False), file=self)
            elif kind != 'multipart':
                print(self._fmt % self._describe(part), file=self)

    @staticmethod
    def _describe(part):
        """The keys DecodedGenerator's `fmt` may use, for `part`."""
        return dict(
            type=part.get_content_type(),
            maintype=part.get_content_maintype(),
            subtype=part.get_content_subtype(),
            filename=part.get_filename('[no filename]'),
            description=part.get('Content-Description', '[no description]'),
            encoding=part.get('Content-Transfer-Encoding', '[no encoding]'),
        )


# The old module-level name.
_make_boundary = Generator._make_boundary
