"""The two path syntaxes pathlib knows: POSIX (`/` only, case significant) and Windows (`\\`
or `/`, drives and UNC shares, case folded). Each splits a path string into drive, root and
the rest, and joins path strings as os.path.join of that system does."""

import posixpath

# Names Windows gives to devices, in any folder and with any extension.
_WINDOWS_DEVICE_NAMES = (
    {'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'}
    | {'COM' + digit for digit in '123456789\xb9\xb2\xb3'}
    | {'LPT' + digit for digit in '123456789\xb9\xb2\xb3'}
)


class PosixSyntax:
    """Paths of POSIX systems: `//` at the start is kept as a root of its own."""

    sep = '/'
    altsep = None
    case_sensitive = True

    def splitroot(self, path):
        return posixpath.splitroot(path)

    def join(self, first, *others):
        return posixpath.join(first, *others)

    def fold_case(self, text):
        return text

    def is_reserved(self, drive, tail):
        return False


class WindowsSyntax:
    """Paths of Windows: drive letters (`c:`), UNC shares (`\\\\host\\share`) and device paths
    (`\\\\?\\...`, `\\\\.\\...`)."""

    sep = '\\'
    altsep = '/'
    case_sensitive = False

    def splitroot(self, path):
        """(drive, root, rest) of `path`, whose separators may be either slash."""
        flat = path.replace('/', '\\')
        if flat[:1] == '\\':
            if flat[1:2] != '\\':
                return '', path[:1], path[1:]
            # \\server\share, \\?\UNC\server\share or a device: the drive ends before the
            # separator after its second component.
            first_end = 8 if flat[:8].upper() == '\\\\?\\UNC\\' else 2
            first_end = flat.find('\\', first_end)
            if first_end < 0:
                return path, '', ''
            second_end = flat.find('\\', first_end + 1)
            if second_end < 0:
                return path, '', ''
            return path[:second_end], path[second_end:second_end + 1], path[second_end + 1:]
        if flat[1:2] == ':':
            if flat[2:3] == '\\':
                return path[:2], path[2:3], path[3:]
            return path[:2], '', path[2:]
        return '', '', path

    def join(self, first, *others):
        """Joins as ntpath.join: a rooted part restarts the path (keeping the drive), a part
        on another drive replaces everything."""
        drive, root, rest = self.splitroot(first)
        for piece in others:
            piece_drive, piece_root, piece_rest = self.splitroot(piece)
            if piece_root:
                if piece_drive or not drive:
                    drive = piece_drive
                root, rest = piece_root, piece_rest
                continue
            if piece_drive and piece_drive != drive:
                if piece_drive.lower() != drive.lower():
                    drive, root, rest = piece_drive, piece_root, piece_rest
                    continue
                drive = piece_drive
            if rest and rest[-1] not in '\\/':
                rest += '\\'
            rest += piece_rest
        if rest and not root and drive and drive[-1:] not in ':\\/':
            # A share needs a separator before a relative path.
            return drive + '\\' + rest
        return drive + root + rest

    def fold_case(self, text):
        return text.lower()

    def is_reserved(self, drive, tail):
        # Names on shares are never devices; elsewhere the name before any dot or colon,
        # trailing spaces dropped, decides.
        if not tail or drive.startswith('\\\\'):
            return False
        name = tail[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in _WINDOWS_DEVICE_NAMES


POSIX = PosixSyntax()
WINDOWS = WindowsSyntax()


def parse(syntax, raw):
    """(drive, root, tail) of the path string `raw`: tail is the list of names, without
    empty names and `.`."""
    if not raw:
        return '', '', []
    sep = syntax.sep
    if syntax.altsep:
        raw = raw.replace(syntax.altsep, sep)
    drive, root, rest = syntax.splitroot(raw)
    if not root and drive.startswith(sep) and not drive.endswith(sep):
        # A whole share (\\server\share) or \\?\UNC\server\share is always rooted.
        pieces = drive.split(sep)
        if (len(pieces) == 4 and pieces[2] not in ('', '?', '.', '?.')) or len(pieces) == 6:
            root = sep
    return drive, root, [name for name in rest.split(sep) if name and name != '.']


def format_parts(syntax, drive, root, tail):
    """The path string of the parts ('' for an empty path)."""
    sep = syntax.sep
    if drive or root:
        return drive + root + sep.join(tail)
    if tail and syntax.splitroot(tail[0])[0]:
        # A first name that reads as a drive ('c:') is written after './'.
        return '.' + sep + sep.join(tail)
    return sep.join(tail)
