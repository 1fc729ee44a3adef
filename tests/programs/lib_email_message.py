# email.message.Message (compat32): headers as a mapping, parameters, payloads and charsets.
from email.message import Message
from email import message_from_string


def show(label, func, *args, **kw):
    try:
        print(label, repr(func(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


m = Message()
m['From'] = 'a@example.com'
m['To'] = 'b@example.com'
m['to'] = 'c@example.com'
print(len(m), m.keys(), m.values(), m.items())
print(m['TO'], m.get('missing'), m.get('missing', 'dflt'), 'from' in m, 'x' in m, list(m))
print(m.get_all('to'), m.get_all('nope'), m.get_all('nope', []))
del m['to']
print(m.keys())
del m['nothing']
m.replace_header('from', 'z@example.com')
print(m.items())
show('replace missing', m.replace_header, 'X-None', 'v')
m.add_header('Content-Disposition', 'attachment', filename='report.pdf', size=None, creation_date='x y')
m.add_header('X-Unicode', 'v', title='naïve')
m.add_header('X-Tuple', 'v', title=('iso-8859-1', 'fr', 'été'))
m.add_header('X-Empty', None, flag=None)
print(m['Content-Disposition'], '|', m['X-Unicode'], '|', m['X-Tuple'], '|', m['X-Empty'])
print(m.get_filename(), m.get_content_disposition(), m.get_params(header='x-tuple'))
print(m.get_param('title', header='x-tuple'), m.get_param('title', header='x-unicode'))

print('default type', m.get_content_type(), m.get_content_maintype(), m.get_content_subtype(),
      m.get_default_type())
m.set_default_type('message/rfc822')
print('after default', m.get_content_type())
m['Content-Type'] = 'TEXT/HTML; charset="UTF-8"; format=flowed'
print(m.get_content_type(), m.get_content_charset(), m.get_params(), m.get_params(unquote=False))
print(m.get_param('format'), m.get_param('FORMAT'), m.get_param('none', 'fb'),
      m.get_param('charset', unquote=False))
m.set_param('charset', 'iso-8859-1')
print(m['content-type'])
m.set_param('newparam', 'has space')
print(m['content-type'])
m.set_param('title', 'été', charset='utf-8', language='fr')
print(m['content-type'])
print(m.get_param('title'))
m.set_param('format', 'fixed', replace=True)
print(m.keys()[-1], m['content-type'])
m.del_param('newparam')
m.del_param('title')
print(m['content-type'])
m.del_param('charset', header='x-missing')
m.set_type('text/plain')
print(m['content-type'], m['mime-version'])
show('set_type bad', m.set_type, 'bogus')
m.set_param('x', 'y', header='X-Other')
print(m['x-other'])
bad = Message()
bad['Content-Type'] = 'invalid'
print('invalid ctype', bad.get_content_type())
bad.replace_header('content-type', 'a/b/c')
print('invalid ctype 2', bad.get_content_type())

b = Message()
show('set_boundary none', b.set_boundary, 'x')
b['Content-Type'] = 'multipart/mixed; boundary="old"; x=1'
b['Subject'] = 's'
b.set_boundary('new one')
print(b.items(), b.get_boundary())
b2 = Message()
b2['Content-Type'] = 'multipart/alternative'
b2.set_boundary('added')
print(b2['content-type'], b2.get_boundary(), Message().get_boundary('fb'))

c = message_from_string('Content-Type: text/plain; charset*=us-ascii\'en\'UTF%2D8\n\nx')
print('rfc2231 charset', c.get_content_charset(), c.get_param('charset'))
c2 = message_from_string('Content-Type: text/plain; charset="b\xe4d"\n\nx')
print('non-ascii charset', c2.get_content_charset('fb'))
c3 = message_from_string('Content-Disposition: attachment;\n filename*0*=utf-8\'\'caf%C3%A9;\n filename*1=".txt"\n\nx')
print('continued filename', repr(c3.get_filename()), c3.get_params(header='content-disposition'))
c4 = message_from_string('Content-Type: application/x-foo; name="  spaced.bin  "\n\nx')
print('name fallback', repr(c4.get_filename()))
c5 = message_from_string('Content-Type: text/plain; title="a;b"; x="q\\"t;"; y=z\n\n')
print('quoted semicolons', c5.get_params())

p = Message()
print('payload none', p.get_payload(), p.get_payload(decode=True), p.is_multipart())
p.set_payload('hello\n')
print(repr(p.get_payload()), repr(p.get_payload(decode=True)), p.get_charset())
show('index on str', p.get_payload, 0)
show('attach to str', p.attach, Message())
for cte, body in [('quoted-printable', 'caf=C3=A9=\nsoft\n'), ('base64', 'aGVsbG8g\nd29ybGQ=\n'),
                  ('base64', 'aGVsbG8'), ('base64', 'aGV!sbG8='), ('base64', 'a'),
                  ('x-uuencode', 'begin 644 f\n%:&5L;&\\`\n`\nend\n'), ('uue', 'garbage'),
                  ('7bit', 'plain\n'), ('BASE64', 'eA==')]:
    q = Message()
    q['Content-Transfer-Encoding'] = cte
    q.set_payload(body)
    print('decode', cte, repr(q.get_payload(decode=True)), q.defects)
u = Message()
u.set_payload('unicode é', 'utf-8')
print('charset utf-8', u.items(), repr(u.get_payload()), u.get_payload(decode=True), str(u.get_charset()))
l = Message()
l.set_payload('déjà vu', 'iso-8859-1')
print('charset latin1', l.items(), repr(l.get_payload()), l.get_payload(decode=True))
a = Message()
a.set_payload('plain ascii', 'us-ascii')
print('charset ascii', a.items())
a.set_charset(None)
print('charset none', a.items(), a.get_charset())
bb = Message()
bb.set_payload(b'raw \xff bytes')
print('bytes payload', repr(bb.get_payload()), bb.get_payload(decode=True))
bb['Content-Type'] = 'text/plain; charset=latin-1'
print('bytes payload latin', repr(bb.get_payload()))

mp = Message()
mp['Content-Type'] = 'multipart/mixed'
mp.attach(Message())
part2 = Message()
part2['Content-Type'] = 'text/html; charset=KOI8-R'
mp.attach(part2)
print(mp.is_multipart(), len(mp.get_payload()), mp.get_payload(1) is part2, mp.get_payload(decode=True))
print('charsets', mp.get_charsets(), mp.get_charsets('none'))
print('walk', [x.get_content_type() for x in mp.walk()])
mp.set_boundary('fixed')
print('str', repr(str(mp)))
m.set_unixfrom('From someone')
print(m.get_unixfrom())
