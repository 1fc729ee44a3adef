"""email.headerregistry and email.policy: header classes, their str values, defects and folding (default, max_line_length 40, SMTPUTF8)."""
from email import policy
from email.headerregistry import HeaderRegistry
reg = HeaderRegistry()
P = policy.default
cases = [
 ('Subject', 'A short subject'),
 ('Subject', 'This is a rather long subject line that will certainly need to be folded somewhere near the limit'),
 ('Subject', 'Föö bär and then some more words to make this line quite long indeed, longer than 78 chars'),
 ('Subject', 'Ünïcödé'),
 ('Subject', 'averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongwordthatcannotbebroken and more'),
 ('Subject', 'x ' * 50),
 ('Subject', 'ascii then ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé end'),
 ('To', 'Jörg Müller <jm@example.com>, "Smith, John" <js@example.com>, plain@example.com'),
 ('To', 'Group: a@example.com, b@example.com;, c@example.com'),
 ('To', 'A Very Long Display Name Indeed <averylongaddressindeed@subdomain.example.com>, Another Long Name <another@example.com>'),
 ('Content-Type', 'text/plain; charset="utf-8"; format=flowed'),
 ('Content-Type', 'multipart/mixed; boundary="===============1234567890123456789=="'),
 ('Content-Disposition', 'attachment; filename="a very long file name that goes on and on and on forever.txt"'),
 ('Content-Disposition', 'attachment; filename="fïlé.txt"'),
 ('Message-ID', '<abc.def@example.com>'),
 ('Date', 'Fri, 09 Nov 2001 01:08:47 -0000'),
 ('MIME-Version', '1.0'),
 ('Content-Transfer-Encoding', 'base64'),
]
for name, value in cases:
    h = reg(name, value)
    print(repr(str(h)), type(h).__name__, [type(d).__name__ for d in h.defects])
    print(h.fold(policy=P), end='')
    print(h.fold(policy=P.clone(max_line_length=40)), end='')
    print(h.fold(policy=policy.SMTPUTF8.clone(linesep='\n')), end='')
