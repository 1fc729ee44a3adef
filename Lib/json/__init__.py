r"""JSON (JavaScript Object Notation, RFC 7159 / ECMA-404) for Python.

dumps() and dump() turn Python objects into JSON text, loads() and load()
parse JSON text into Python objects; JSONEncoder and JSONDecoder do the
work and can be subclassed (and passed as cls) to change it.

    >>> import json
    >>> json.dumps({'spam': [1, 2.5, None, True]}, sort_keys=True)
    '{"spam": [1, 2.5, null, true]}'
    >>> json.dumps('\u20ac'), json.dumps('\u20ac', ensure_ascii=False)
    ('"\\u20ac"', '"\u20ac"')
    >>> print(json.dumps({'b': 1, 'a': [2]}, indent=2, sort_keys=True))
    {
      "a": [
        2
      ],
      "b": 1
    }
    >>> json.loads('{"x": [1, 2.0, "three", false]}')
    {'x': [1, 2.0, 'three', False]}
    >>> json.loads('[1.1]', parse_float=lambda text: 'float:' + text)
    ['float:1.1']

The module json.tool is a command line front end: python -m json.tool.
"""

__author__ = 'Bob Ippolito <bob@redivo.com>'
__version__ = '2.0.9'
__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError',
           'JSONEncoder']

import codecs

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

# The instances that serve the calls which change no setting.
_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
             indent, separators, default, sort_keys, kw):
    """The encoder for a dump()/dumps() call."""
    if (cls is None and not kw and not skipkeys and ensure_ascii
            and check_circular and allow_nan and indent is None
            and separators is None and default is None and not sort_keys):
        return _default_encoder
    return (JSONEncoder if cls is None else cls)(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, sort_keys=sort_keys, **kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True,
         check_circular=True, allow_nan=True, cls=None, indent=None,
         separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (anything with a
    .write() method taking str), piece by piece.

    The options are those of dumps().
    """
    encoder = _encoder(cls, skipkeys, ensure_ascii, check_circular,
                       allow_nan, indent, separators, default, sort_keys, kw)
    write = fp.write
    for chunk in encoder.iterencode(obj):
        write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True,
          check_circular=True, allow_nan=True, cls=None, indent=None,
          separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str.

    skipkeys leaves out dict items with keys of no JSON-compatible type
    (str, int, float, bool, None) instead of raising TypeError;
    ensure_ascii=False keeps non-ASCII characters instead of escaping them;
    check_circular=False skips the check for self-containing containers
    (which then end in RecursionError); allow_nan=False makes NaN and the
    infinities a ValueError instead of writing NaN/Infinity/-Infinity;
    indent (an int or a str) puts nested items on lines of their own;
    separators is an (item_separator, key_separator) pair; default is
    called for objects of other types and returns a serializable stand-in;
    sort_keys orders dict items by key.  cls is the JSONEncoder subclass to
    use, and further keywords are passed to it.
    """
    return _encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                    indent, separators, default, sort_keys, kw).encode(obj)


# A byte order mark names its codec (UTF-32 first: its little-endian mark
# begins with UTF-16's).
_BOMS = ((codecs.BOM_UTF32_BE, 'utf-32'), (codecs.BOM_UTF32_LE, 'utf-32'),
         (codecs.BOM_UTF16_BE, 'utf-16'), (codecs.BOM_UTF16_LE, 'utf-16'),
         (codecs.BOM_UTF8, 'utf-8-sig'))


def detect_encoding(b):
    """The codec of a JSON document given as bytes: UTF-8, UTF-16 or
    UTF-32, told by a byte order mark or by where the zero bytes are."""
    for bom, codec in _BOMS:
        if b.startswith(bom):
            return codec
    # A document starts with an ASCII character; in UTF-16 and UTF-32 the
    # rest of its code unit is zero bytes, before or after it.
    head = bytes(b[:4])
    if len(head) in (2, 4):
        wide = len(head) == 4
        if head[0] == 0:
            return 'utf-32-be' if wide and head[1] == 0 else 'utf-16-be'
        if head[1] == 0:
            return 'utf-32-le' if wide and head[2:] == b'\0\0' else 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize the JSON document read from fp (anything with a .read()
    method returning str or bytes) to a Python object.

    The options are those of loads().
    """
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding a JSON document) to
    a Python object.

    object_hook is called with every decoded object (a dict) and its result
    used instead; object_pairs_hook likewise with the object's list of
    (key, value) pairs, and wins over object_hook.  parse_float, parse_int
    and parse_constant are called with the text of real numbers, of
    integers, and of -Infinity, Infinity and NaN.  cls is the JSONDecoder
    subclass to use, and further keywords (such as strict) are passed to it.
    """
    if isinstance(s, str):
        # A str was decoded already: a BOM left in it is a mistake.
        if s.startswith('\ufeff'):
            raise JSONDecodeError(
                'Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s), 'surrogatepass')
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    hooks = {'object_hook': object_hook,
             'object_pairs_hook': object_pairs_hook,
             'parse_float': parse_float, 'parse_int': parse_int,
             'parse_constant': parse_constant}
    for name, hook in hooks.items():
        if hook is not None:
            kw[name] = hook
    if cls is None:
        if not kw:
            return _default_decoder.decode(s)
        cls = JSONDecoder
    return cls(**kw).decode(s)
