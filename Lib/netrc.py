"""Reading netrc files, the per-user store of FTP and other login credentials.

A netrc file is a sequence of whitespace-separated tokens: `machine NAME` (or `default`)
followed by `login`/`user`, `account` and `password` values, and `macdef NAME` followed by the
lines of a macro, up to an empty line. Tokens may be quoted with double quotes, a backslash
makes the next character literal, and `#` starts a comment.
"""

import os
import stat

__all__ = ['netrc', 'NetrcParseError']

_WHITESPACE = '\n\t\r '
_ENTRY_STARTS = {'', 'machine', 'default', 'macdef'}


class NetrcParseError(Exception):
    """A syntax error in a netrc file; `filename` and `lineno` say where."""

    def __init__(self, msg, filename=None, lineno=None):
        self.filename = filename
        self.lineno = lineno
        self.msg = msg
        super().__init__(msg)

    def __str__(self):
        return f'{self.msg} ({self.filename}, line {self.lineno})'


class _Scanner:
    """Splits a netrc file's text into tokens and counts lines as it goes.

    Only newlines the tokenizer itself steps over are counted: text skipped with rest_of_line()
    (comments, macro bodies) is not, which is what the line numbers of CPython's errors reflect.
    """

    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.lineno = 1
        self.pending = []

    def _next_char(self):
        # '' at the end of the text.
        char = self.text[self.pos:self.pos + 1]
        self.pos += len(char)
        if char == '\n':
            self.lineno += 1
        return char

    def token(self):
        """The next token, '' at the end. The whitespace ending an unquoted token is consumed."""
        if self.pending:
            return self.pending.pop(0)
        char = self._next_char()
        while char and char in _WHITESPACE:
            char = self._next_char()
        if not char:
            return ''
        quoted = char == '"'
        if quoted:
            char = self._next_char()
        pieces = []
        while char:
            if quoted and char == '"':
                break
            if not quoted and char in _WHITESPACE:
                break
            if char == '\\':
                char = self._next_char()
            pieces.append(char)
            char = self._next_char()
        return ''.join(pieces)

    def push_back(self, token):
        self.pending.append(token)

    def rest_of_line(self):
        """Returns the text up to and including the next newline, without counting it."""
        end = self.text.find('\n', self.pos)
        end = len(self.text) if end < 0 else end + 1
        line = self.text[self.pos:end]
        self.pos = end
        return line


class netrc:
    """The contents of a netrc file (by default ~/.netrc).

    `hosts` maps each machine name (and 'default') to a (login, account, password) tuple;
    `macros` maps each macro name to its list of lines.
    """

    def __init__(self, file=None):
        is_default_file = file is None
        if is_default_file:
            file = os.path.join(os.path.expanduser('~'), '.netrc')
        self.hosts = {}
        self.macros = {}
        try:
            self._read(file, 'utf-8', is_default_file)
        except UnicodeDecodeError:
            self._read(file, 'locale', is_default_file)

    def _read(self, file, encoding, is_default_file):
        with open(file, encoding=encoding) as stream:
            text = stream.read()
            # The permissions are checked on the open file, not on a path that could change.
            info = os.fstat(stream.fileno())
        self._parse(file, _Scanner(text), lambda login: _check_private(info, is_default_file, login))

    def _parse(self, file, scanner, check):
        while True:
            start_line = scanner.lineno
            keyword = scanner.token()
            if not keyword:
                return
            if keyword.startswith('#'):
                # A lone '#' followed by more text on its line comments out that text.
                if len(keyword) == 1 and scanner.lineno == start_line:
                    scanner.rest_of_line()
                continue
            if keyword == 'macdef':
                self._read_macro(file, scanner)
                continue
            if keyword == 'machine':
                name = scanner.token()
            elif keyword == 'default':
                name = 'default'
            else:
                raise NetrcParseError(f'bad toplevel token {keyword!r}', file, scanner.lineno)
            if not name:
                raise NetrcParseError(f'missing {keyword!r} name', file, scanner.lineno)
            self.hosts[name] = self._read_entry(file, scanner)
            check(self.hosts[name][0])

    def _read_entry(self, file, scanner):
        values = {'login': '', 'account': '', 'password': ''}
        while True:
            start_line = scanner.lineno
            keyword = scanner.token()
            if keyword.startswith('#'):
                if scanner.lineno == start_line:
                    scanner.rest_of_line()
                continue
            if keyword in _ENTRY_STARTS:
                scanner.push_back(keyword)
                return values['login'], values['account'], values['password']
            if keyword == 'user':
                keyword = 'login'
            if keyword not in values:
                raise NetrcParseError(f'bad follower token {keyword!r}', file, scanner.lineno)
            values[keyword] = scanner.token()

    def _read_macro(self, file, scanner):
        name = scanner.token()
        lines = self.macros[name] = []
        # The body runs to the first empty line; the end of the file before it is an error.
        while True:
            line = scanner.rest_of_line()
            if not line:
                raise NetrcParseError('Macro definition missing null line terminator.', file,
                                      scanner.lineno)
            if line == '\n':
                return
            lines.append(line)

    def authenticators(self, host):
        """The (login, account, password) of `host`, else of 'default', else None."""
        entry = self.hosts.get(host)
        if entry is None:
            entry = self.hosts.get('default')
        return entry

    def __repr__(self):
        """The data in netrc syntax."""
        parts = []
        for host, (login, account, password) in self.hosts.items():
            parts.append(f'machine {host}\n\tlogin {login}\n')
            if account:
                parts.append(f'\taccount {account}\n')
            parts.append(f'\tpassword {password}\n')
        for name, lines in self.macros.items():
            parts.append(f'macdef {name}\n')
            parts.extend(lines)
            parts.append('\n')
        return ''.join(parts)


def _check_private(info, is_default_file, login):
    """Refuses a ~/.netrc holding a password that others could read or that someone else owns.

    Only the default file is checked, on POSIX systems, and not for anonymous logins.
    """
    if os.name != 'posix' or not is_default_file or login == 'anonymous':
        return
    if info.st_uid != os.getuid():
        raise NetrcParseError(f'~/.netrc file owner ({_user_name(info.st_uid)}, '
                              f'{_user_name(os.getuid())}) does not match current user')
    if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise NetrcParseError('~/.netrc access too permissive: access permissions must restrict '
                              'access to only the owner')


def _user_name(uid):
    try:
        import pwd
        return pwd.getpwuid(uid)[0]
    except (ImportError, KeyError):
        return f'uid {uid}'


if __name__ == '__main__':
    print(netrc())
