"""Guessing a file's MIME type from its name or URL, and the extensions of a MIME type.

The module keeps one shared `MimeTypes` database, built on first use from the defaults below
plus the system's mime.types files that exist (`knownfiles`); `init()` rebuilds it. The
module-level functions use that database; `MimeTypes` objects are independent ones.

Names map to types in two tables: the strict one of types registered with IANA, and a second
one of common but non-standard types, consulted when `strict` is false.
"""

import os
import posixpath
import sys
import urllib.parse

try:
    import winreg as _winreg  # only on Windows
except ImportError:
    _winreg = None

__all__ = [
    'knownfiles', 'inited', 'MimeTypes', 'guess_type', 'guess_all_extensions',
    'guess_extension', 'add_type', 'init', 'read_mime_types', 'suffix_map', 'encodings_map',
    'types_map', 'common_types',
]

# Where Unix systems keep their mime.types file; init() reads each that exists.
knownfiles = [
    '/etc/mime.types',
    '/etc/httpd/mime.types',
    '/etc/httpd/conf/mime.types',
    '/etc/apache/mime.types',
    '/etc/apache2/mime.types',
    '/usr/local/etc/httpd/conf/mime.types',
    '/usr/local/lib/netscape/mime.types',
    '/usr/local/etc/httpd/conf/mime.types',  # listed twice, as in CPython
    '/usr/local/etc/mime.types',
]

inited = False  # whether init() has run
_db = None

# The default tables, in mime.types syntax: a type, then its extensions (without the dot). A
# type's first extension is the one guess_extension() gives.
_STRICT_DEFAULTS = """
    text/javascript                          js mjs
    application/json                         json
    application/manifest+json                webmanifest
    application/msword                       doc dot wiz
    application/n-quads                      nq
    application/n-triples                    nt
    application/octet-stream                 bin a dll exe o obj so
    application/oda                          oda
    application/pdf                          pdf
    application/pkcs7-mime                   p7c
    application/postscript                   ps ai eps
    application/trig                         trig
    application/vnd.apple.mpegurl            m3u m3u8
    application/vnd.ms-excel                 xls xlb
    application/vnd.ms-powerpoint            ppt pot ppa pps pwz
    application/wasm                         wasm
    application/x-bcpio                      bcpio
    application/x-cpio                       cpio
    application/x-csh                        csh
    application/x-dvi                        dvi
    application/x-gtar                       gtar
    application/x-hdf                        hdf
    application/x-hdf5                       h5
    application/x-latex                      latex
    application/x-mif                        mif
    application/x-netcdf                     cdf nc
    application/x-pkcs12                     p12 pfx
    application/x-pn-realaudio               ram
    application/x-python-code                pyc pyo
    application/x-sh                         sh
    application/x-shar                       shar
    application/x-shockwave-flash            swf
    application/x-sv4cpio                    sv4cpio
    application/x-sv4crc                     sv4crc
    application/x-tar                        tar
    application/x-tcl                        tcl
    application/x-tex                        tex
    application/x-texinfo                    texi texinfo
    application/x-troff                      roff t tr
    application/x-troff-man                  man
    application/x-troff-me                   me
    application/x-troff-ms                   ms
    application/x-ustar                      ustar
    application/x-wais-source                src
    application/xml                          xsl rdf wsdl xpdl
    application/zip                          zip
    audio/3gpp                               3gp 3gpp
    audio/3gpp2                              3g2 3gpp2
    audio/aac                                aac adts loas ass
    audio/basic                              au snd
    audio/mpeg                               mp3 mp2
    audio/opus                               opus
    audio/x-aiff                             aif aifc aiff
    audio/x-pn-realaudio                     ra
    audio/x-wav                              wav
    image/avif                               avif
    image/bmp                                bmp
    image/gif                                gif
    image/ief                                ief
    image/jpeg                               jpg jpe jpeg
    image/heic                               heic
    image/heif                               heif
    image/png                                png
    image/svg+xml                            svg
    image/tiff                               tiff tif
    image/vnd.microsoft.icon                 ico
    image/x-cmu-raster                       ras
    image/x-portable-anymap                  pnm
    image/x-portable-bitmap                  pbm
    image/x-portable-graymap                 pgm
    image/x-portable-pixmap                  ppm
    image/x-rgb                              rgb
    image/x-xbitmap                          xbm
    image/x-xpixmap                          xpm
    image/x-xwindowdump                      xwd
    message/rfc822                           eml mht mhtml nws
    text/css                                 css
    text/csv                                 csv
    text/html                                html htm
    text/markdown                            md markdown
    text/n3                                  n3
    text/plain                               txt bat c h ksh pl srt
    text/richtext                            rtx
    text/tab-separated-values                tsv
    text/vtt                                 vtt
    text/x-python                            py
    text/x-setext                            etx
    text/x-sgml                              sgm sgml
    text/x-vcard                             vcf
    text/xml                                 xml
    video/mp4                                mp4
    video/mpeg                               mpeg m1v mpa mpe mpg
    video/quicktime                          mov qt
    video/webm                               webm
    video/x-msvideo                          avi
    video/x-sgi-movie                        movie
"""

_NON_STANDARD_DEFAULTS = """
    application/rtf                          rtf
    audio/midi                               midi mid
    image/jpg                                jpg
    image/pict                               pict pct pic
    image/webp                               webp
    text/xul                                 xul
"""


def _parse_table(text):
    """{'.ext': 'type'} from lines of mime.types syntax, in their order."""
    table = {}
    for line in text.splitlines():
        mime_type, *extensions = line.split()
        for extension in extensions:
            table['.' + extension] = mime_type
    return table


class MimeTypes:
    """A MIME-type database: the defaults, plus the mime.types files named in `filenames`."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.suffix_map = _suffix_map_default.copy()
        self.encodings_map = _encodings_map_default.copy()
        # Index 1 (True) is the strict table, 0 (False) the non-standard one.
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for extension, mime_type in _types_map_default.items():
            self.add_type(mime_type, extension, True)
        for extension, mime_type in _common_types_default.items():
            self.add_type(mime_type, extension, False)
        for filename in filenames:
            self.read(filename, strict)

    def add_type(self, type, ext, strict=True):
        """Maps extension `ext` (with its dot) to MIME `type`, in the strict table or the
        non-standard one. A type's extensions are remembered in the order they are added."""
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        """The (type, encoding) of a file name, path or URL; either may be None.

        Of a URL only the path is used. The encoding is that of a compression suffix ('.gz'
        gives 'gzip'), taken off before the type is looked up; suffixes such as '.tgz' are first
        expanded ('.tar.gz'). A 'data:' URL gives the type it declares. Extensions match case-insensitively, except encoding
        suffixes. With `strict` false, non-standard types are accepted too.
        """
        url = os.fspath(url)
        parts = urllib.parse.urlparse(url)
        # A one-letter "scheme" is a Windows drive: the whole string is then a path.
        if len(parts.scheme) > 1:
            if parts.scheme == 'data':
                return _data_url_type(parts.path), None
            # Of a URL only the path counts: not the host, query, fragment or parameters.
            url = parts.path
        base, ext = posixpath.splitext(url)
        while ext.lower() in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext.lower()])
        encoding = self.encodings_map.get(ext)  # case-sensitive: '.Z' is not '.z'
        if encoding is not None:
            base, ext = posixpath.splitext(base)
        ext = ext.lower()
        for table in (self.types_map[True], None if strict else self.types_map[False]):
            if table is not None and ext in table:
                return table[ext], encoding
        return None, encoding

    def guess_all_extensions(self, type, strict=True):
        """The extensions (with their dots) known for MIME `type`, the preferred one first.

        With `strict` false the non-standard table adds its own after those of the strict one.
        """
        type = type.lower()
        extensions = list(self.types_map_inv[True].get(type, ()))
        if not strict:
            extensions += [ext for ext in self.types_map_inv[False].get(type, ())
                           if ext not in extensions]
        return extensions

    def guess_extension(self, type, strict=True):
        """The preferred extension of MIME `type` (such as '.html'), or None."""
        extensions = self.guess_all_extensions(type, strict)
        return extensions[0] if extensions else None

    def read(self, filename, strict=True):
        """Adds the types of the mime.types file `filename`."""
        with open(filename, encoding='utf-8') as file:
            self.readfp(file, strict)

    def readfp(self, fp, strict=True):
        """Adds the types of an open mime.types file: lines of a type followed by extensions
        without their dots; '#' starts a comment."""
        for line in iter(fp.readline, ''):
            words = line.split()
            for index, word in enumerate(words):
                if word.startswith('#'):
                    del words[index:]
                    break
            if words:
                for suffix in words[1:]:
                    self.add_type(words[0], '.' + suffix, strict)

    def read_windows_registry(self, strict=True):
        """Adds the types the Windows registry knows (does nothing elsewhere)."""
        if _winreg is None:
            return
        with _winreg.OpenKey(_winreg.HKEY_CLASSES_ROOT, '') as root:
            index = 0
            while True:
                try:
                    name = _winreg.EnumKey(root, index)
                except OSError:
                    break
                index += 1
                if not name.startswith('.'):
                    continue
                try:
                    with _winreg.OpenKey(root, name) as key:
                        mime_type, kind = _winreg.QueryValueEx(key, 'Content Type')
                except OSError:
                    continue
                if kind == _winreg.REG_SZ:
                    self.add_type(mime_type, name, strict)


def _data_url_type(rest):
    # 'data:[<type>][;param...],<data>': the declared type, text/plain if none is usable.
    comma = rest.find(',')
    if comma < 0:
        return None
    declared = rest[:comma].partition(';')[0]
    if '=' in declared or '/' not in declared:
        return 'text/plain'
    return declared


def _database():
    if _db is None:
        init()
    return _db


def guess_type(url, strict=True):
    """The (type, encoding) of a file name or URL, by the shared database (see
    MimeTypes.guess_type)."""
    return _database().guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    """The extensions known for MIME `type`, preferred first (see
    MimeTypes.guess_all_extensions)."""
    return _database().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """The preferred extension of MIME `type`, or None."""
    return _database().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Maps extension `ext` to MIME `type` in the shared database."""
    _database().add_type(type, ext, strict)


def init(files=None):
    """(Re)builds the shared database.

    Without `files`: the defaults, the Windows registry and every file of `knownfiles` that
    exists. With `files`, those are read too, into a new database if there is none yet, else
    into the current one. The module's table variables are then those of the database.
    """
    global inited, _db, suffix_map, encodings_map, types_map, common_types
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        db.read_windows_registry()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    suffix_map = db.suffix_map
    encodings_map = db.encodings_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    # Published last, so that no caller sees a half-built database.
    _db = db


def read_mime_types(file):
    """The {'.ext': 'type'} table of mime.types file `file`, or None if it cannot be opened."""
    try:
        stream = open(file, encoding='utf-8')
    except OSError:
        return None
    with stream:
        db = MimeTypes()
        db.readfp(stream, True)
        return db.types_map[True]


def _default_mime_types():
    """Resets the module's tables to the built-in defaults."""
    global suffix_map, _suffix_map_default, encodings_map, _encodings_map_default
    global types_map, _types_map_default, common_types, _common_types_default
    # Suffixes that stand for two: expanded before the type is looked up.
    suffix_map = _suffix_map_default = {
        '.svgz': '.svg.gz', '.tgz': '.tar.gz', '.taz': '.tar.gz', '.tz': '.tar.gz',
        '.tbz2': '.tar.bz2', '.txz': '.tar.xz',
    }
    encodings_map = _encodings_map_default = {
        '.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2', '.xz': 'xz', '.br': 'br',
    }
    types_map = _types_map_default = _parse_table(_STRICT_DEFAULTS.strip())
    common_types = _common_types_default = _parse_table(_NON_STANDARD_DEFAULTS.strip())


_default_mime_types()

# The command line's help, printed as CPython prints it.
_OPTION_HELP = (
    ('--help / -h', 'print this message and exit'),
    ('--lenient / -l', 'additionally search of some common, but non-standard\n'
                       + ' ' * 25 + 'types.'),
    ('--extension / -e', 'guess extension instead of type'),
)
_USAGE = ('Usage: mimetypes.py [options] type\n\nOptions:\n'
          + ''.join(f'    {flags:<18}-- {text}\n' for flags, text in _OPTION_HELP)
          + '\nMore than one type argument may be given.\n')


def _main():
    """The command line: python -m mimetypes [-e] [-l] type-or-name ..."""
    import getopt

    def usage(code, message=''):
        print(_USAGE)
        if message:
            print(message)
        sys.exit(code)

    try:
        options, arguments = getopt.getopt(sys.argv[1:], 'hle', ['help', 'lenient', 'extension'])
    except getopt.error as error:
        usage(1, error)
    strict = True
    want_extension = False
    for option, _ in options:
        if option in ('-h', '--help'):
            usage(0)
        elif option in ('-l', '--lenient'):
            strict = False
        elif option in ('-e', '--extension'):
            want_extension = True
    for argument in arguments:
        if want_extension:
            answer = guess_extension(argument, strict)
            if answer:
                print(answer)
                continue
        else:
            answer, encoding = guess_type(argument, strict)
            if answer:
                print('type:', answer, 'encoding:', encoding)
                continue
        print("I don't know anything about type", argument)


if __name__ == '__main__':
    _main()
