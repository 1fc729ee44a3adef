# email.utils and email._parseaddr: addresses (3.12's strict parsing), dates, quoting, RFC 2231.
import datetime
from email import utils, _parseaddr


def show(label, func, *args, **kw):
    try:
        print(label, repr(func(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


for pair in [('John Doe', 'jdoe@example.com'), ('', 'x@y.org'), ('Doe, John', 'j@e.com'),
             ('A "quoted" \\name', 'a@b.c'), ('Jöhn', 'j@e.com'), ('x', 'jö@e.com'),
             ('A.B', 'ab@x'), ('Ünïcode Näme', 'u@x.org')]:
    show('formataddr', utils.formataddr, pair)
show('formataddr latin', utils.formataddr, ('Jöhn', 'j@e.com'), 'iso-8859-1')

for text in ['John Doe <jdoe@example.com>', 'jdoe@example.com (John Doe)',
             '"Doe, John" <j@e.com>', 'a@b.c, d@e.f', '<a@b.c>', 'not an address',
             '', 'a@b@c', 'John <j@e.com', '(unclosed <a@b.c>', 'x@[127.0.0.1]',
             '"a" b <c@d>', 'Group: a@b.c, d@e.f;', '<@route,@r2:box@host>',
             'Foo Bar <foo (comment) @ bar . com>', '"a@b" <c@d>', 'a@b, (c)',
             'Alice <alice@example.org>  ', '"John \\"Q\\" Doe" <j@q.d>',
             'A.B.C <abc@x.y>', 'a(b)c@d']:
    show('parseaddr', utils.parseaddr, text)
    show('parseaddr lax', utils.parseaddr, text, strict=False)
show('parseaddr list', utils.parseaddr, ['a@b.c', 'd@e.f'])
show('parseaddr int', utils.parseaddr, 5)

for fields in [['a@b.c, "Doe, J" <j@d.e>', 'x@y.z'], ['Alice <a@b.c>, Bob <b@c.d>'],
               ['a@b.c, (bad'], ['x@[1.2.3.4], y@z.w'], ['Group: a@b.c, d@e.f;'],
               ['alice@example.org, '], ['"a,b" <c@d>, e@f'], []]:
    show('getaddresses', utils.getaddresses, fields)
    show('getaddresses lax', utils.getaddresses, fields, strict=False)

for text in ['Mon, 20 Nov 1995 19:12:08 -0500', 'Fri, 09 Nov 2001 01:08:47 -0000',
             '20 Nov 1995 19:12:08 GMT', 'Tue, 1 Jan 2019 00:00 +0100',
             'Thu, 01-Jan-70 00:00:00 EST', '1 Jan 99 10:00:00+0130', 'Jan 5 2000 10.20 PDT',
             'garbage', '', '   ', 'Wed, 3 Apr 2002 14.58.26 +0800', '5 May 2003 12:00:00 Z',
             'Sun, 06 Nov 1994 08:49:37', 'Monday, 1 January 2024 10:11:12 +0000',
             '1 Jan 2000 10:00:00 XYZ', '31 February 2000 10:00:00 +0000',
             'Tue, 1 Jan 2019 10:00:00,', 'Jan 1 10:00:00 2001 +0000', '1 Foo 2000 10:00 GMT']:
    show('parsedate_tz', utils.parsedate_tz, text)
    show('parsedate', utils.parsedate, text)
    show('to_datetime', utils.parsedate_to_datetime, text)
show('mktime_tz', utils.mktime_tz, utils.parsedate_tz('Mon, 20 Nov 1995 19:12:08 -0500'))
show('mktime_tz utc', utils.mktime_tz, (2000, 1, 1, 0, 0, 0, 0, 1, -1, 0))

show('formatdate', utils.formatdate, 0)
show('formatdate gmt', utils.formatdate, 1234567890.5, usegmt=True)
show('formatdate big', utils.formatdate, 4102444800)
utc = datetime.timezone.utc
dt = datetime.datetime(2021, 3, 4, 5, 6, 7)
show('format_datetime naive', utils.format_datetime, dt)
show('format_datetime utc', utils.format_datetime, dt.replace(tzinfo=utc))
show('format_datetime gmt', utils.format_datetime, dt.replace(tzinfo=utc), usegmt=True)
show('format_datetime gmt naive', utils.format_datetime, dt, usegmt=True)
tz = datetime.timezone(datetime.timedelta(hours=-5, minutes=-30))
show('format_datetime offset', utils.format_datetime, dt.replace(tzinfo=tz))
show('format_datetime gmt offset', utils.format_datetime, dt.replace(tzinfo=tz), usegmt=True)
aware = utils.localtime(dt.replace(tzinfo=tz))
print('localtime aware', aware.tzinfo is not None, aware.timestamp() == dt.replace(tzinfo=tz).timestamp())
print('localtime now', utils.localtime().tzinfo is not None)

msgid = utils.make_msgid('tag', domain='example.com')
print('make_msgid', msgid.startswith('<'), msgid.endswith('.tag@example.com>'), msgid.count('.'))

for text in ['"quoted"', '"a\\"b\\\\c"', '<angle>', 'plain', '"', '<', '"unbalanced']:
    show('unquote', utils.unquote, text)
show('quote', utils.quote, 'a"b\\c')
show('_parseaddr.quote', _parseaddr.quote, '""')

show('decode_rfc2231', utils.decode_rfc2231, "us-ascii'en'This%20is")
show('decode_rfc2231 short', utils.decode_rfc2231, "no'ticks")
show('decode_rfc2231 more', utils.decode_rfc2231, "a'b'c'd")
show('encode_rfc2231', utils.encode_rfc2231, 'This is ~ a test')
show('encode_rfc2231 cs', utils.encode_rfc2231, 'Fußball', 'utf-8')
show('encode_rfc2231 lang', utils.encode_rfc2231, 'x y', 'us-ascii', 'en')
show('encode_rfc2231 lang only', utils.encode_rfc2231, 'x y', None, 'en')
show('decode_params', utils.decode_params,
     [('text/plain', ''), ('charset', '"us-ascii"'), ('title*0*', "us-ascii'en'This%20is"),
      ('title*1', ' a test'), ('name', 'x')])
show('decode_params plain', utils.decode_params,
     [('a', ''), ('f*0', '"one"'), ('f*1', 'two')])
show('decode_params star', utils.decode_params, [('a', ''), ('f*', "utf-8''caf%C3%A9")])
for value in [('utf-8', 'en', 'caf\xc3\xa9'), (None, None, 'abc'), ('bogus-cs', '', '"x"'),
              '"plain"', ('utf-8', '', 'bad\xff')]:
    show('collapse', utils.collapse_rfc2231_value, value)

al = _parseaddr.AddressList('a@b.c, d@e.f')
bl = _parseaddr.AddressList('d@e.f, g@h.i')
print('AddressList', len(al), (al + bl).addresslist, (al - bl).addresslist, al[0])
al += bl
print('iadd', al.addresslist)
al -= bl
print('isub', al.addresslist)
