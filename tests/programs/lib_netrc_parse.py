# netrc: parsing (quotes, escapes, comments, macros, default), authenticators, repr, errors.
import netrc
import os
import tempfile

SAMPLES = {
    'basic': 'machine host1 login alice password secret\nmachine host2 user bob account acc password "p w"\n',
    'default': 'machine h login a password p\ndefault login anon password mail@\n',
    'comments': '# a comment line\nmachine h login a # trailing\n password p\n#nospace machine\n',
    'escapes': 'machine "quoted host" login we\\ ird password pa\\"ss\\\\\n',
    'hash values': 'machine h login #user password pa#ss account #acct\n',
    'macros': 'macdef init\ncd /pub\nls\n\nmachine h login a password p\nmacdef second\nget x\n\n',
    'empty': '',
    'bad toplevel': 'machine h login a password p\nbogus token\n',
    'bad toplevel 2': 'login a machine h\n',
    'bad follower': 'machine h\n  login a\n  port 21\n',
    'missing name': 'machine',
    'unterminated macro': 'macdef m\nline one\n',
    'line count': '# c\n# c\nmachine h login a\n\nfoo\n',
}

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'netrc')
    for title, text in SAMPLES.items():
        with open(path, 'w') as f:
            f.write(text)
        print('---', title)
        try:
            n = netrc.netrc(path)
        except netrc.NetrcParseError as e:
            print('NetrcParseError', str(e).replace(tmp, '<tmp>'), '| msg', e.msg, '| lineno', e.lineno,
                  '| filename', e.filename == path)
            continue
        print('hosts', n.hosts)
        print('macros', n.macros)
        for host in ('host1', 'h', 'quoted host', 'nowhere'):
            print('authenticators', host, n.authenticators(host))
        print(repr(repr(n)))

    e = netrc.NetrcParseError('oops')
    print(str(e), e.args, e.filename, e.lineno)
    e = netrc.NetrcParseError('oops', 'f', 3)
    print(str(e), e.args)
    try:
        netrc.netrc(os.path.join(tmp, 'missing'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.filename == os.path.join(tmp, 'missing'))
    print(netrc.__all__)

    # The default file (~/.netrc) must be private, unless it only has anonymous logins.
    os.environ['HOME'] = tmp
    default = os.path.join(tmp, '.netrc')
    for mode, text in ((0o644, 'machine h login a password p\n'),
                       (0o644, 'machine h login anonymous password p\n'),
                       (0o600, 'machine h login a password p\n'),
                       (0o604, 'macdef m\nx\n\n')):
        with open(default, 'w') as f:
            f.write(text)
        os.chmod(default, mode)
        try:
            print(oct(mode), 'default file:', netrc.netrc().hosts)
        except netrc.NetrcParseError as e:
            print(oct(mode), 'NetrcParseError', e.msg, e.filename, e.lineno)
        print(oct(mode), 'named file:', netrc.netrc(default).hosts)
