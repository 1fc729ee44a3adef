# email.parser / email.feedparser / email.generator / email.iterators on compat32 messages:
# structure, defects, round trips, folding, mangle_from_, DecodedGenerator.
import io
import email
from email.parser import Parser, HeaderParser, BytesParser, BytesHeaderParser
from email.feedparser import FeedParser, BytesFeedParser
from email.generator import Generator, BytesGenerator, DecodedGenerator
from email.iterators import _structure, body_line_iterator, typed_subpart_iterator
from email.message import Message

NESTED = """\
From: Alice <alice@example.org>
To: bob@example.com
Subject: a nested message with a rather long subject line that needs folding when written out again
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

This is the preamble.
--outer
Content-Type: multipart/alternative; boundary=inner

--inner
Content-Type: text/plain

plain text
From here on
--inner
Content-Type: text/html

<p>html</p>

--inner--
inner epilogue
--outer
Content-Type: message/rfc822

From: x@y.z
Subject: forwarded

forwarded body
--outer
Content-Type: multipart/digest; boundary=d

--d

Subject: digest part

digest body
--d--
--outer
Content-Type: message/delivery-status

Reporting-MTA: dns; example.com

Final-Recipient: rfc822; bob@example.com
Action: failed

--outer--
the epilogue
"""


def report(msg, label):
    print('==', label)
    out = io.StringIO()
    _structure(msg, out, include_default=True)
    print(out.getvalue(), end='')
    for part in msg.walk():
        payload = part.get_payload()
        print(' ', part.get_content_type(), part.defects,
              repr(payload) if isinstance(payload, str) else len(payload or []),
              repr(part.preamble), repr(part.epilogue))


msg = email.message_from_string(NESTED)
report(msg, 'nested')
print(msg.as_string() == NESTED)
out = io.StringIO()
Generator(out, mangle_from_=True, maxheaderlen=60).flatten(msg)
print(out.getvalue())
out = io.StringIO()
Generator(out, maxheaderlen=0).flatten(msg, linesep='\r\n')
print(repr(out.getvalue()[:200]))
print([line for line in body_line_iterator(msg)][:4])
print([p.get_content_type() for p in typed_subpart_iterator(msg)])
print([p.get_content_type() for p in typed_subpart_iterator(msg, 'message', 'rfc822')])

# Incremental feeding, a character at a time, with CRLF line ends.
feeder = FeedParser()
for ch in NESTED.replace('\n', '\r\n'):
    feeder.feed(ch)
crlf = feeder.close()
print('crlf', [p.get_content_type() for p in crlf.walk()], repr(crlf.epilogue),
      repr(crlf.get_payload(0).get_payload(0).get_payload()))
print('crlf round trip', crlf.as_string() == NESTED.replace('\n', '\r\n'))

broken = [
    ('no boundary', 'Content-Type: multipart/mixed\n\nbody\n'),
    ('start missing', 'Content-Type: multipart/mixed; boundary=b\n\nno parts here\n'),
    ('close missing', 'Content-Type: multipart/mixed; boundary=b\n\n--b\n\npart\n'),
    ('bad cte', 'Content-Type: multipart/mixed; boundary=b\nContent-Transfer-Encoding: base64\n\n--b\n\nx\n--b--\n'),
    ('continuation first', ' folded\nSubject: s\n\nbody\n'),
    ('missing separator', 'Subject: s\nthis is not a header\n\nbody\n'),
    ('misplaced from', 'Subject: s\nFrom oops\nTo: t\n\nbody\n'),
    ('from at end', 'Subject: s\nFrom oops\n'),
    ('colon first', 'Subject: s\n: no name\n\nbody\n'),
    ('double boundary', 'Content-Type: multipart/mixed; boundary=b\n\n--b\n--b\n\none\n--b--\n'),
    ('boundary ws', 'Content-Type: multipart/mixed; boundary=b\n\n--b  \n\none\n--b--  \nepi'),
    ('empty', ''),
    ('headers only', 'Subject: s\n'),
    ('no newline', 'Subject: s\n\nbody without newline'),
    ('unix from', 'From me@here Mon Jan 1 00:00:00 2001\nSubject: s\n\nb\n'),
    ('cr only', 'Subject: s\rTo: t\r\rbody\r'),
]
for label, text in broken:
    m = email.message_from_string(text)
    report(m, label)
    print('  items', m.items(), repr(m.get_unixfrom()))
    print('  again', repr(m.as_string()))

hp = HeaderParser().parsestr(NESTED)
print('headersonly', hp.is_multipart(), len(hp.get_payload()), hp.defects)
hb = BytesHeaderParser().parsebytes(NESTED.encode())
print('bytes headersonly', hb.is_multipart(), hb['subject'][:20])
bp = BytesParser().parse(io.BytesIO(b'Subject: caf\xc3\xa9\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nd\xc3\xa9j\xc3\xa0\r\n'))
print('bytes file', repr(bp.get_payload()), bp.get_payload(decode=True), bp.as_bytes())
b8 = email.message_from_bytes(b'Subject: s\nContent-Type: text/plain; charset=latin-1\nContent-Transfer-Encoding: 8bit\n\nd\xe9j\xe0\nFrom line\n')
for policy_kw in ({}, {'mangle_from_': True}):
    buf = io.BytesIO()
    BytesGenerator(buf, **policy_kw).flatten(b8)
    print('bytesgen', policy_kw, buf.getvalue())
print('as_string 8bit', repr(b8.as_string()))
bf = BytesFeedParser()
bf.feed(b'Subject: x\n\n\xff')
print('bytesfeed', repr(bf.close().get_payload()))


class Custom(Message):
    pass


print('factory', type(Parser(Custom).parsestr('Subject: s\n\nb')).__name__,
      type(email.message_from_string('Subject: s\n\nb', Custom)).__name__)


class OldStyle(Message):
    def __init__(self):
        super().__init__()


print('old factory', type(email.message_from_string('S: s\n\nb', OldStyle)).__name__)
print(type(email.message_from_file(io.StringIO('S: 1\n\nb'))).__name__,
      email.message_from_binary_file(io.BytesIO(b'S: 1\n\nb'))['s'])

out = io.StringIO()
DecodedGenerator(out).flatten(msg)
print(out.getvalue())
out = io.StringIO()
DecodedGenerator(out, fmt='[%(maintype)s|%(subtype)s|%(description)s|%(encoding)s]').flatten(msg)
print(out.getvalue()[-300:])

long = Message()
long['X-Long'] = ', '.join('item%d' % i for i in range(30))
long['X-Word'] = 'w' * 90
long['X-Nonascii'] = 'caf\xe9 ' * 20
long.set_payload('From the start\n>From quoted\nFrom')
for kw in ({}, {'maxheaderlen': 40}, {'mangle_from_': False}):
    out = io.StringIO()
    Generator(out, **kw).flatten(long)
    print('long', kw)
    print(out.getvalue())
print(repr(long.as_string(unixfrom=True)[:5]))
inj = Message()
inj['X-Bad'] = 'value\nInjected: yes'
try:
    inj.as_string()
except Exception as e:
    print(type(e).__name__, e)
