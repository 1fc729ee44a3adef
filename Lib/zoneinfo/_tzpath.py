"""Where zoneinfo looks for zone files: the TZPATH search list, turning a key
into a file on it, and listing the keys it offers."""

import os
import sysconfig


class InvalidTZPathWarning(RuntimeWarning):
    """A relative path in PYTHONTZPATH, which is left out of TZPATH."""


TZPATH = ()


def _relative_paths_text(paths):
    return ("Paths should be absolute but found the following relative paths:"
            + "".join("\n    " + str(path) for path in paths))


def _paths_from_string(text, stacklevel):
    """The absolute entries of an os.pathsep-separated list; the others are
    dropped with a warning (an empty entry counts as relative)."""
    entries = text.split(os.pathsep)
    relative = [entry for entry in entries if not os.path.isabs(entry)]
    if relative:
        import warnings
        warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. "
                      + _relative_paths_text(relative),
                      InvalidTZPathWarning, stacklevel=stacklevel + 1)
    return tuple(entry for entry in entries if os.path.isabs(entry))


def _default_paths(stacklevel):
    env = os.environ.get("PYTHONTZPATH")
    if env is not None:
        return _paths_from_string(env, stacklevel + 1)
    # The list CPython was configured with (--with-tzpath).
    compiled_in = sysconfig.get_config_var("TZPATH")
    return _paths_from_string(compiled_in, stacklevel + 1) if compiled_in else ()


def reset_tzpath(to=None):
    """Set TZPATH to the sequence of absolute paths `to`, or, when `to` is
    None, to PYTHONTZPATH if it is set, else the compiled-in default."""
    global TZPATH
    if to is None:
        # Warnings about the variable point at the caller of reset_tzpath.
        TZPATH = _default_paths(stacklevel=2)
        return
    if isinstance(to, (str, bytes)):
        raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
    paths = tuple(to)
    relative = [path for path in paths if not os.path.isabs(path)]
    if relative:
        raise ValueError(_relative_paths_text(relative))
    TZPATH = paths


def _check_key(key):
    """Raise ValueError unless `key` is a normalized relative path that stays
    below the folder it is looked up in."""
    if os.path.isabs(key):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    if os.path.normpath(key) != key:
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")
    # A normalized key can still climb out ("..", "../x") or name the folder
    # itself ("."): resolve it under a stand-in root to see where it lands.
    root = os.path.join(os.sep, "zoneinfo-root")
    if not os.path.normpath(os.path.join(root, key)).startswith(root + os.sep):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


def find_tzfile(key):
    """The path of the first file named `key` under a TZPATH entry, or None."""
    _check_key(key)
    for root in TZPATH:
        path = os.path.join(root, key)
        if os.path.isfile(path):
            return path
    return None


def _is_tzif(path):
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"TZif"
    except OSError:
        return False


def _keys_under(root):
    """Keys of the TZif files below `root`, leaving out the "posix" and
    "right" copies of the database and the "posixrules" file."""
    keys = set()
    for folder, subfolders, files in os.walk(root):
        if folder == root:
            subfolders[:] = [name for name in subfolders if name not in ("posix", "right")]
        relative = os.path.relpath(folder, root)
        for name in files:
            key = name if relative == os.curdir else os.path.join(relative, name)
            if key != "posixrules" and _is_tzif(os.path.join(folder, name)):
                keys.add(key.replace(os.sep, "/"))
    return keys


def _tzdata_keys():
    """The keys the `tzdata` package lists, if it is installed."""
    try:
        from importlib import resources
        with resources.files("tzdata").joinpath("zones").open("r") as f:
            return {line.strip() for line in f if line.strip()}
    except (ImportError, FileNotFoundError):
        return set()


def available_timezones():
    """The set of every key that ZoneInfo can find on TZPATH or in tzdata.

    This walks the file system on each call; a lookup of one key is cheaper."""
    keys = _tzdata_keys()
    for root in TZPATH:
        keys |= _keys_under(root)
    return keys


reset_tzpath()
