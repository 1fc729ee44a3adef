# The shlex class: token-by-token reading in both modes, wordchars, punctuation_chars,
# whitespace_split, push_token/push_source, source files, lineno, error_leader, iteration.
import io
import shlex


def tokens(lexer):
    out = []
    while True:
        tok = lexer.get_token()
        if tok == lexer.eof:
            return out
        out.append(tok)


text = 'foo = bar; baz("qux", \'q\') # comment\nnext:line'
for posix in (False, True):
    lexer = shlex.shlex(text, posix=posix)
    print(posix, repr(lexer.eof), tokens(lexer), lexer.lineno)

# Defaults and attributes.
lexer = shlex.shlex('x')
for name in ('commenters', 'wordchars', 'whitespace', 'whitespace_split', 'quotes', 'escape',
             'escapedquotes', 'state', 'lineno', 'debug', 'token', 'source', 'infile', 'posix',
             'punctuation_chars'):
    print(name, repr(getattr(lexer, name)))
print(repr(shlex.shlex('x', posix=True).wordchars))
print(shlex.shlex('x', infile='f.txt').infile)

# punctuation_chars.
for punct in (True, '|&', '();<>|&', ''):
    for posix in (False, True):
        lexer = shlex.shlex('a && b || c; (d) > e.txt 2>&1 | f~/g-h*.py', posix=posix,
                            punctuation_chars=punct)
        print(repr(punct), posix, repr(lexer.punctuation_chars), list(lexer))
lexer = shlex.shlex('a|b', punctuation_chars='|')
print(repr(lexer.wordchars))
try:
    lexer.punctuation_chars = 'x'
except AttributeError as e:
    print(type(e).__name__)
lexer = shlex.shlex("ls -l|grep x>out;echo 'a b'&&true", punctuation_chars=True)
lexer.whitespace_split = True
print(list(lexer))
lexer = shlex.shlex('f >"abc" g>\\"h\\"', posix=True, punctuation_chars=True)
print(list(lexer))
for punct in (False, True):
    print(list(shlex.shlex("'')abc", posix=True, punctuation_chars=punct)))
print(list(shlex.shlex("'')abc", punctuation_chars=True)))
print(list(shlex.shlex("ab\u2602cd ef", punctuation_chars=True)))

# whitespace_split in both modes.
for posix in (False, True):
    lexer = shlex.shlex('a-b c=d "e f"g h;i', posix=posix)
    lexer.whitespace_split = True
    print(posix, list(lexer))
    lexer = shlex.shlex('a-b c=d "e f"g h;i', posix=posix)
    print(posix, list(lexer))

# Custom characters.
lexer = shlex.shlex('a:b|c:d', posix=True)
lexer.whitespace = '|'
lexer.wordchars += ':'
print(list(lexer))
lexer = shlex.shlex('%x y% z; a', posix=True)
lexer.quotes = '%'
lexer.commenters = ';'
print(list(lexer))
lexer = shlex.shlex('a^ b "c^"d" ^^', posix=True)
lexer.escape = '^'
print(list(lexer))
lexer = shlex.shlex("'a\\'b' \"c\\d\"", posix=True)
lexer.escapedquotes = '"\''
print(list(lexer))

# push_token and iteration.
lexer = shlex.shlex('one two three')
print(lexer.get_token())
lexer.push_token('pushed')
lexer.push_token('again')
print(lexer.get_token(), lexer.get_token(), lexer.get_token())
print(list(lexer), list(lexer))
print(iter(lexer) is lexer)

# push_source with strings and streams.
lexer = shlex.shlex('outer1 outer2', posix=True)
print(lexer.get_token())
lexer.push_source('inner1 inner2', 'inner.txt')
print(lexer.get_token(), lexer.infile, lexer.lineno)
lexer.push_source(io.StringIO('deep'))
print(lexer.get_token(), lexer.infile, len(lexer.filestack))
print(lexer.get_token(), lexer.infile, len(lexer.filestack))
print(lexer.get_token(), lexer.infile, len(lexer.filestack))
print(repr(lexer.get_token()))
lexer = shlex.shlex('a b')
lexer.push_source('c\nd\ne')
stream = lexer.instream
lexer.pop_source()
print(stream.closed, lexer.get_token())


# source keyword: the hook is overridden to read from memory.
class MemoryLexer(shlex.shlex):
    files = {'inc.txt': 'i1 i2\ni3', 'other': 'o1'}

    def sourcehook(self, newfile):
        print('hook', repr(newfile))
        if newfile.startswith('"'):
            newfile = newfile[1:-1]
        if newfile == 'skip':
            return None
        return (newfile, io.StringIO(self.files[newfile]))


lexer = MemoryLexer('before source inc.txt after source "other" end source skip last',
                    infile='main.txt')
lexer.source = 'source'
lexer.whitespace_split = True
while True:
    tok = lexer.get_token()
    if not tok:
        break
    print(repr(tok), lexer.infile, lexer.lineno)

# lineno and error_leader.
lexer = shlex.shlex('a\nb # c\n\nd "e\nf" g', infile='file.sh')
for tok in lexer:
    print(repr(tok), lexer.lineno, lexer.error_leader())
print(lexer.error_leader('other.sh', 42), lexer.error_leader(lineno=7))
print(shlex.shlex('x').error_leader())

# Errors while reading.
for text, posix in [('"open', True), ("'open", False), ('esc\\', True), ('"esc\\', True)]:
    lexer = shlex.shlex(text, posix=posix)
    try:
        print(list(lexer))
    except ValueError as e:
        print(type(e).__name__, e, repr(lexer.token), lexer.lineno)

# read_token ignores the pushback.
lexer = shlex.shlex('r s')
lexer.push_token('p')
print(lexer.read_token(), lexer.get_token(), lexer.get_token(), repr(lexer.read_token()))
lexer = shlex.shlex('"" x', posix=True)
print(repr(lexer.read_token()), repr(lexer.read_token()), repr(lexer.read_token()))

# Debug output.
lexer = shlex.shlex('d1 "d 2"', posix=True)
lexer.debug = 3
print(list(lexer))
lexer.debug = 1
lexer.push_token('t')
print(lexer.get_token())
