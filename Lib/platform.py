"""What this machine, its operating system and this Python are: names and versions, as
strings. Everything comes from os.uname(), sys and a look at the interpreter's binary."""

import collections
import functools
import os
import re
import sys

__version__ = "1.0.8"

# sys.implementation.name -> the name python_implementation() gives.
_IMPLEMENTATION_NAMES = {
    "cpython": "CPython",
    "pypy": "PyPy",
    "ironpython": "IronPython",
    "jython": "Jython",
    "ferrython": "Ferrython",
}


# The operating system

@functools.cache
def _os_uname():
    try:
        return os.uname()
    except AttributeError:
        return None


class uname_result(collections.namedtuple("uname_result_base", "system node release version machine")):
    """The five fields of os.uname(), under friendlier names, and `processor` as a sixth
    item, found only when first asked for (it may start a process)."""

    _fields = ("system", "node", "release", "version", "machine", "processor")

    @functools.cached_property
    def processor(self):
        return _processor_of(tuple.__getitem__(self, 0))

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __len__(self):
        return 6

    def __getitem__(self, index):
        # The five fields' accessors come here: they must not look for the processor.
        if isinstance(index, int) and 0 <= index < 5:
            return tuple.__getitem__(self, index)
        return (*tuple.__iter__(self), self.processor)[index]

    def __reduce__(self):
        return uname_result, tuple(self)[:5]

    @classmethod
    def _make(cls, iterable):
        fields = tuple(iterable)
        if len(fields) not in (5, 6):
            raise TypeError("Expected 5 arguments, got %d" % len(fields))
        return cls(*fields[:5])


def _unknown_as_blank(value):
    return "" if value == "unknown" else value


def _processor_of(system):
    if system == "Windows":
        return os.environ.get("PROCESSOR_IDENTIFIER", "")
    try:
        import subprocess
        answer = subprocess.check_output(["uname", "-p"], stderr=subprocess.DEVNULL, text=True).strip()
    except (ImportError, OSError, ValueError):
        return ""
    return _unknown_as_blank(answer)


@functools.cache
def uname():
    """(system, node, release, version, machine, processor); '' where unknown."""
    names = _os_uname()
    if names is None:
        system = sys.platform.capitalize()
        return uname_result(system, "", "", "", "")
    return uname_result(names.sysname, names.nodename, names.release, names.version, names.machine)


def system():
    """The operating system's name: 'Linux', 'Darwin', 'Windows'."""
    return uname().system


def node():
    """The machine's network name."""
    return uname().node


def release():
    """The operating system's release: '6.1.0-18-amd64'."""
    return uname().release


def version():
    """The operating system's version string."""
    return uname().version


def machine():
    """The machine type: 'x86_64', 'arm64'."""
    return uname().machine


def processor():
    """The processor's name, often '' (on Linux, what `uname -p` says)."""
    return uname().processor


def system_alias(system, release, version):
    """(system, release, version) under their marketing names, where those differ."""
    if system == "SunOS" and release[:1] >= "5":
        major, _, rest = release.partition(".")
        return "Solaris", "%d.%s" % (int(major) - 3, rest) if rest else str(int(major) - 3), version
    if system in ("win32", "win16"):
        return "Windows", release, version
    return system, release, version


def _parse_os_release(lines):
    """The KEY=value assignments of os-release lines (values unquoted and unescaped), over
    the defaults the format specifies."""
    info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
    for line in lines:
        match = re.match(r"([A-Z][A-Z0-9_]*)=(.*)$", line.strip())
        if match is None:
            continue
        key, value = match.groups()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = re.sub(r"\\(.)", r"\1", value[1:-1])
        info[key] = value
    return info


_os_release_cache = None
_os_release_candidates = ("/etc/os-release", "/usr/lib/os-release")


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release) as a dict; read once."""
    global _os_release_cache
    if _os_release_cache is None:
        for path in _os_release_candidates:
            try:
                with open(path, encoding="utf-8") as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError:
                continue
        else:
            raise OSError(2, "Unable to read files %s" % ", ".join(_os_release_candidates))
    return _os_release_cache.copy()


def mac_ver(release="", versioninfo=("", "", ""), machine=""):
    return release, versioninfo, machine


def win32_ver(release="", version="", csd="", ptype=""):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release="", vendor="", vminfo=("", "", ""), osinfo=("", "", "")):
    return release, vendor, vminfo, osinfo


# The binary

def _binary_head(executable, size):
    try:
        with open(executable, "rb") as f:
            return f.read(size)
    except (OSError, TypeError):
        return b""


def architecture(executable=sys.executable, bits="", linkage=""):
    """(bits, linkage) of a binary: ('64bit', 'ELF') for this interpreter on Linux."""
    head = _binary_head(executable, 5)
    if not bits:
        import struct
        bits = "%dbit" % (struct.calcsize("P") * 8)
    if head[:4] == b"\x7fELF":
        bits = {1: "32bit", 2: "64bit"}.get(head[4], bits)
        linkage = linkage or "ELF"
    elif head[:2] == b"MZ":
        linkage = linkage or "WindowsPE"
    return bits, linkage


_GLIBC_SYMBOL = re.compile(rb"GLIBC_(\d+)\.(\d+)(?:\.(\d+))?")


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    """(library, version) of the C library the binary is linked with: the highest GLIBC_x.y
    symbol version named in it, or the system's own answer."""
    if executable is None:
        confstr = getattr(os, "confstr", None)
        if confstr is not None:
            try:
                name, _, number = confstr("CS_GNU_LIBC_VERSION").partition(" ")
                return name, number
            except (ValueError, OSError, AttributeError):
                pass
        executable = sys.executable
        if not executable:
            return lib, version
    best = None
    with open(executable, "rb") as f:
        tail = b""
        while True:
            chunk = f.read(chunksize)
            if not chunk:
                break
            data = tail + chunk
            for match in _GLIBC_SYMBOL.finditer(data):
                numbers = tuple(int(n) for n in match.groups() if n is not None)
                if best is None or numbers > best:
                    best = numbers
            # Keep enough to find a name cut between two chunks.
            tail = data[-32:]
    if best is None:
        return lib, version
    return "glibc", ".".join(map(str, best))


# This Python

def python_implementation():
    """'CPython', 'PyPy', 'Ferrython'..."""
    name = sys.implementation.name
    return _IMPLEMENTATION_NAMES.get(name, name.capitalize())


def python_version():
    """'major.minor.micro', with any release level left out."""
    return "%d.%d.%d" % sys.version_info[:3]


def python_version_tuple():
    """('major', 'minor', 'micro'), as strings."""
    return tuple(str(n) for n in sys.version_info[:3])


# sys.version strings parsed by _sys_version.
_sys_version_cache = {}


def _version_parts(text=None):
    # sys.version: "3.12.0 (main, Oct  2 2023, 12:00:00) [rustc 1.80]"
    text = sys.version if text is None else text
    match = re.match(r"([\w.+]+)\s*(?:\(#?([^,]+)(?:,\s*([\w ]*)(?:,\s*([\w :]*))?)?\))?\s*(?:\[([^\]]+)\]?)?",
                     text)
    if match is None:
        return "", "", "", "", ""
    return tuple(part or "" for part in match.groups())


def _sys_version(sys_version=None):
    """(implementation, version, branch, revision, build number, build date, compiler) of a
    sys.version string (this interpreter's by default)."""
    text = sys.version if sys_version is None else sys_version
    if text not in _sys_version_cache:
        version, build, date, clock, compiler = _version_parts(text)
        if not version:
            raise ValueError("failed to parse CPython sys.version: %r" % text)
        name = python_implementation() if sys_version is None else "CPython"
        branch, revision = (python_branch(), python_revision()) if sys_version is None else ("", "")
        _sys_version_cache[text] = (name, version, branch, revision, build, (date + " " + clock).strip(), compiler)
    return _sys_version_cache[text]


def python_build():
    """(build number, build date) of this interpreter."""
    _, build, date, clock, _ = _version_parts()
    return build, (date + " " + clock).strip()


def python_compiler():
    """What compiled this interpreter."""
    return _version_parts()[4]


def python_branch():
    return getattr(sys, "_git", ("", "", ""))[1]


def python_revision():
    return getattr(sys, "_git", ("", "", ""))[2]


# Everything at once

# (aliased, terse) -> the answer of platform().
_platform_cache = {}


def platform(aliased=False, terse=False):
    """One string naming the platform: 'Linux-6.1.0-x86_64-with-glibc2.36'."""
    key = (bool(aliased), bool(terse))
    if key not in _platform_cache:
        _platform_cache[key] = _describe_platform(aliased, terse)
    return _platform_cache[key]


def _describe_platform(aliased, terse):
    info = uname()
    system, release, version = info.system, info.release, info.version
    if aliased:
        system, release, version = system_alias(system, release, version)
    if system == "Darwin":
        system, release = "macOS", mac_ver()[0] or release
    if terse:
        parts = [system, release]
    elif system == "Linux":
        libname, libversion = libc_ver()
        parts = [system, release, info.machine, "with", libname + libversion]
    else:
        parts = [system, release, info.machine, info.processor]
    text = "-".join(part.strip() for part in parts if part)
    # Some characters make bad file names: as CPython does, they become '-'.
    text = re.sub(r"[ /\\:;\"()]+", "-", text)
    while "--" in text:
        text = text.replace("--", "-")
    return text.rstrip("-")


def _main():
    terse = "terse" in sys.argv or "--terse" in sys.argv
    aliased = "nonaliased" not in sys.argv and "--nonaliased" not in sys.argv
    print(platform(aliased, terse))


if __name__ == "__main__":
    _main()
