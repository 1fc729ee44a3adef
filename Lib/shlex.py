"""A lexical analyzer class for simple shell-like syntaxes.

`split()` breaks a command line into words the way a POSIX shell would, `quote()` makes a
string safe to paste into one, and `join()` does the reverse of `split()`.  The `shlex`
class underneath is a configurable tokenizer: it can work in the old non-POSIX mode, split on
whitespace only, return runs of punctuation such as `&&` or `|` as tokens of their own, and
read nested source files.
"""

from collections import deque
from io import StringIO
import os
import re
import sys

# The word characters of every mode.  (The odd 'dfe' order is the historical value, which
# programs may print.)
_ASCII_WORDCHARS = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
# POSIX mode also counts the Latin-1 letters as word characters.
_LATIN1_WORDCHARS = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                     'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
# With punctuation_chars, these may appear in file names and arguments, so they join words.
_FILENAME_WORDCHARS = '~-./*?='
# What punctuation_chars=True stands for: the shell's control characters.
_SHELL_PUNCTUATION = '();<>|&'

# States of the tokenizer besides "inside this quote" and "after this escape character".
_BETWEEN = ' '      # skipping whitespace before a token
_WORD = 'a'         # inside a word
_PUNCT = 'c'        # inside a run of punctuation characters

__all__ = ["shlex", "split", "quote", "join"]


class shlex:
    "A lexical analyzer class for simple shell-like syntaxes."

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            instream, infile = sys.stdin, None
        self.instream = instream
        self.infile = infile
        self.posix = posix
        # What get_token() returns at the end of the input.
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORDCHARS + (_LATIN1_WORDCHARS if posix else '')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes, self.escape, self.escapedquotes = '\'"', '\\', '"'
        self.state = _BETWEEN
        self.pushback = deque()     # whole tokens, read before the input
        self.lineno = 1
        self.debug = 0
        self.token = ''             # the token being read
        self.filestack = deque()    # (infile, instream, lineno) of the sources pushed aside
        self.source = None          # the keyword that includes a file, when set
        if punctuation_chars is True:
            punctuation_chars = _SHELL_PUNCTUATION
        self._punctuation_chars = punctuation_chars or ''
        if punctuation_chars:
            # Characters read one too far while looking for the end of a punctuation run.
            self._pushback_chars = deque()
            self.wordchars = ''.join(ch for ch in self.wordchars + _FILENAME_WORDCHARS
                                     if ch not in punctuation_chars)

    @property
    def punctuation_chars(self):
        """The characters that form tokens of their own ('' when that is off)."""
        return self._punctuation_chars

    def _say(self, level, message):
        # The `debug` attribute asks for a trace of the tokenizer's work on stdout.
        if self.debug >= level:
            print("shlex: " + message)

    # -- the token stream ------------------------------------------------------------------

    def push_token(self, tok):
        "Push a token onto the stack popped by the get_token method"
        self._say(1, "pushing token %r" % (tok,))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        "Push an input source onto the lexer's input source stack."
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.infile, self.instream, self.lineno = newfile, newstream, 1
        if newfile is None:
            self._say(1, 'pushing to stream %s' % (newstream,))
        else:
            self._say(1, 'pushing to file %s' % (newfile,))

    def pop_source(self):
        "Pop the input source stack."
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        self._say(1, 'popping to %s, line %d' % (self.instream, self.lineno))
        self.state = _BETWEEN

    def get_token(self):
        "Get a token from the input stream (or from stack if it's nonempty)"
        if self.pushback:
            token = self.pushback.popleft()
            self._say(1, "popping token %r" % (token,))
            return token
        token = self.read_token()
        # The `source` keyword, when set, names a file whose tokens come next.
        while self.source is not None and token == self.source:
            included = self.sourcehook(self.read_token())
            if included:
                self.push_source(included[1], included[0])
            token = self.get_token()
        # The end of an included source goes back to the one that included it.
        while token == self.eof and self.filestack:
            self.pop_source()
            token = self.get_token()
        if token != self.eof:
            self._say(1, "token=%r" % (token,))
        return token

    # -- the tokenizer ---------------------------------------------------------------------

    def read_token(self):
        """Read one raw token from the input, ignoring the pushback and source stacks.

        A state machine reads one character at a time; the handler of the current state
        consumes the character and answers whether the token is complete.
        """
        self._quoted = False
        # The state an escape character returns to once it has escaped its character.
        self._after_escape = _BETWEEN
        while True:
            char = self._read_char()
            if self.state is None:
                # The input ended with the previous token.
                self.token = ''
                break
            if self._consume(char):
                break
        found = self.token
        self.token = ''
        if found == '' and self.posix and not self._quoted:
            found = None
        self._say(2, "raw token=%s" % (repr(found) if found else "EOF"))
        return found

    def _read_char(self):
        if self.punctuation_chars and self._pushback_chars:
            char = self._pushback_chars.pop()
        else:
            char = self.instream.read(1)
        if char == '\n':
            self.lineno += 1
        self._say(3, "in state %r I see character: %r" % (self.state, char))
        return char

    def _consume(self, char):
        state = self.state
        if state == _BETWEEN:
            return self._between_tokens(char)
        if state in self.quotes:
            return self._in_quotes(char)
        if state in self.escape:
            return self._after_escape_char(char)
        if state in (_WORD, _PUNCT):
            return self._in_word(char)
        return False

    def _token_done(self):
        # An empty pair of quotes is a token of its own in POSIX mode.
        return bool(self.token) or (self.posix and self._quoted)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _between_tokens(self, char):
        if not char:
            self.state = None
            return True
        if char in self.whitespace:
            self._say(2, "I see whitespace in whitespace state")
            return self._token_done()
        if char in self.commenters:
            self._skip_comment()
        elif self.posix and char in self.escape:
            self._after_escape = _WORD
            self.state = char
        elif char in self.wordchars:
            self.token = char
            self.state = _WORD
        elif char in self.punctuation_chars:
            self.token = char
            self.state = _PUNCT
        elif char in self.quotes:
            # Outside POSIX mode the quotes stay part of the token.
            if not self.posix:
                self.token = char
            self.state = char
        elif self.whitespace_split:
            self.token = char
            self.state = _WORD
        else:
            # Any other character is a token by itself.
            self.token = char
            return True
        return False

    def _in_quotes(self, char):
        self._quoted = True
        if not char:
            self._say(2, "I see EOF in quotes state")
            raise ValueError("No closing quotation")
        if char == self.state:
            if self.posix:
                # The closing quote does not end the word: `a"b c"d` is one word.
                self.state = _WORD
                return False
            self.token += char
            self.state = _BETWEEN
            return True
        if self.posix and char in self.escape and self.state in self.escapedquotes:
            self._after_escape = self.state
            self.state = char
            return False
        self.token += char
        return False

    def _after_escape_char(self, char):
        if not char:
            self._say(2, "I see EOF in escape state")
            raise ValueError("No escaped character")
        # Within quotes, the escape character escapes only the quote and itself; before any
        # other character it stands for itself.
        resume = self._after_escape
        if resume in self.quotes and char != self.state and char != resume:
            self.token += self.state
        self.token += char
        self.state = resume
        return False

    def _in_word(self, char):
        if not char:
            self.state = None
            return True
        if char in self.whitespace:
            self._say(2, "I see whitespace in word state")
            self.state = _BETWEEN
            return self._token_done()
        if char in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = _BETWEEN
                return self._token_done()
            return False
        if self.state == _PUNCT:
            if char in self.punctuation_chars:
                self.token += char
                return False
            # The run of punctuation is over; the character starts the next token.
            self._pushback_chars.append(char)
            self.state = _BETWEEN
            return True
        if self.posix and char in self.quotes:
            self.state = char
            return False
        if self.posix and char in self.escape:
            self._after_escape = _WORD
            self.state = char
            return False
        if (char in self.wordchars or char in self.quotes
                or (self.whitespace_split and char not in self.punctuation_chars)):
            self.token += char
            return False
        # The character ends the word and will be read again for the next token.
        self._say(2, "I see punctuation in word state")
        if self.punctuation_chars:
            self._pushback_chars.append(char)
        else:
            self.pushback.appendleft(char)
        self.state = _BETWEEN
        return self._token_done()

    # -- helpers for users -----------------------------------------------------------------

    def sourcehook(self, newfile):
        "Hook called on a filename to be sourced."
        if newfile.startswith('"'):
            newfile = newfile[1:-1]
        # A relative name is taken from the folder of the file that sources it.
        base = self.infile
        if isinstance(base, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(base), newfile)
        return newfile, open(newfile, "r")

    def error_leader(self, infile=None, lineno=None):
        "Emit a C-compiler-like, Emacs-friendly error-message leader."
        name = self.infile if infile is None else infile
        line = self.lineno if lineno is None else lineno
        return '"%s", line %d: ' % (name, line)

    # Iterating over a lexer gives its tokens up to the end of the input.

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token != self.eof:
            return token
        raise StopIteration


def split(s, comments=False, posix=True):
    """Split the string *s* using shell-like syntax."""
    if s is None:
        raise ValueError("s argument must not be None")
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    # Comments are kept as words unless asked for.
    lexer.commenters = lexer.commenters if comments else ''
    return [word for word in lexer]


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return ' '.join(map(quote, split_command))


# Finds a character that a POSIX shell would treat specially.
_find_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if s and _find_unsafe(s) is None:
        return s
    # Single quotes protect everything but a single quote, which is closed, written in
    # double quotes, and reopened: ' -> '"'"'
    return "'%s'" % s.replace("'", "'\"'\"'")


def _print_tokens(lexer):
    token = lexer.get_token()
    while token:
        print("Token: " + repr(token))
        token = lexer.get_token()


if __name__ == '__main__':
    if len(sys.argv) > 1:
        with open(sys.argv[1]) as source_file:
            _print_tokens(shlex(source_file, sys.argv[1]))
    else:
        _print_tokens(shlex())
