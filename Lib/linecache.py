"""Lines of source files, read once and kept: what tracebacks and warnings show.

getline(filename, lineno) gives one line ('' when there is none); getlines(filename) all of
them. Modules whose source comes from a loader (a zip archive, the embedded library) are found
through the module globals' __loader__.get_source, as CPython's linecache does.
"""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname); a lazily loadable entry is a 1-tuple holding a
# function that returns the source text.
cache = {}


def clearcache():
    """Forget every file read so far."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (counting from 1) of `filename`, with its newline; '' when out of range."""
    every = getlines(filename, module_globals)
    return every[lineno - 1] if 0 < lineno <= len(every) else ''


def getlines(filename, module_globals=None):
    """All lines of `filename`, read now unless they are already known."""
    known = cache.get(filename, ())
    if len(known) > 1:
        return known[2]
    try:
        lines = updatecache(filename, module_globals)
    except MemoryError:
        # Make room by forgetting every file, and give up on this one.
        clearcache()
        lines = []
    return lines


def checkcache(filename=None):
    """Drop entries whose file changed on disk (all of them, or the one for `filename`)."""
    names = list(cache) if filename is None else [filename] if filename in cache else []
    for name in names:
        entry = cache[name]
        if len(entry) == 1:
            continue
        size, mtime = entry[0], entry[1]
        if mtime is None:
            continue
        try:
            stat = os.stat(entry[3])
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(name, None)


_EMBEDDED = "<ferrython>/Lib/"


def _embedded_source(filename):
    """The source of a module of the library built into the interpreter, by its file name
    (`<ferrython>/Lib/collections/__init__.py`), or None."""
    path = filename[len(_EMBEDDED):]
    if not path.endswith(".py"):
        return None
    parts = path[:-3].split("/")
    if parts[-1] == "__init__":
        parts.pop()
    name = ".".join(parts)
    if not name:
        return None
    try:
        import importlib.util

        spec = importlib.util.find_spec(name)
        get_source = getattr(getattr(spec, "loader", None), "get_source", None)
        return None if get_source is None or spec.origin != filename else get_source(name)
    except (ImportError, OSError, ValueError):
        return None


def _from_loader(filename, module_globals):
    """The source text a module's loader gives, or None."""
    if filename.startswith(_EMBEDDED):
        return _embedded_source(filename)
    if not module_globals:
        return None
    spec = module_globals.get('__spec__')
    loader = getattr(spec, 'loader', None) or module_globals.get('__loader__')
    name = getattr(spec, 'name', None) or module_globals.get('__name__')
    get_source = getattr(loader, 'get_source', None)
    if name is None or get_source is None:
        return None
    try:
        return get_source(name)
    except (ImportError, OSError):
        return None


def updatecache(filename, module_globals=None):
    """Read `filename` again (or ask its module's loader) and keep its lines."""
    entry = cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        if entry is not None and len(entry) == 1:
            return _keep(filename, entry[0](), None, None, filename)
        return []
    lazy = entry is not None and len(entry) == 1
    fullname = filename
    try:
        stat = os.stat(filename)
    except OSError:
        stat = None
        text = entry[0]() if lazy else _from_loader(filename, module_globals)
        if text is not None:
            return _keep(filename, text, None, None, filename)
        if lazy or os.path.isabs(filename):
            return []
        for folder in sys.path:
            try:
                candidate = os.path.join(folder, filename)
                stat = os.stat(candidate)
            except (OSError, TypeError, ValueError):
                continue
            fullname = candidate
            break
        else:
            return []
    try:
        with open(fullname, 'rb') as f:
            data = f.read()
        text = _decode_source(data)
    except (OSError, UnicodeDecodeError, SyntaxError, LookupError):
        return []
    return _keep(filename, text, stat.st_size, stat.st_mtime, fullname)


def _decode_source(data):
    """The text of a source file's bytes, in the encoding its BOM or coding cookie names."""
    import io
    import tokenize     # only when a file is read: it is a large import
    encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    return data.decode(encoding)


def _keep(filename, text, size, mtime, fullname):
    if text is None:
        return []
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (size, mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Remember how to get a module's source without reading it yet; True when it can."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if not module_globals or _from_loader(filename, module_globals) is None:
        return False
    cache[filename] = (lambda: _from_loader(filename, module_globals),)
    return True
