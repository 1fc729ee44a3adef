"""JSON (RFC 8259) encoding and decoding.

dumps()/dump() turn Python objects into JSON text, loads()/load() parse it;
JSONEncoder and JSONDecoder can be subclassed and passed as cls.
"""

__all__ = ['dump', 'dumps', 'load', 'loads',
           'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

__version__ = '2.0.9'

import codecs

from .decoder import JSONDecodeError, JSONDecoder
from .encoder import JSONEncoder

_plain_encoder = JSONEncoder()
_plain_decoder = JSONDecoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True,
          check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None,
          sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    kw.update(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
              check_circular=check_circular, allow_nan=allow_nan,
              indent=indent, separators=separators, default=default,
              sort_keys=sort_keys)
    return _encoder_for(cls, kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True,
         check_circular=True, allow_nan=True, cls=None,
         indent=None, separators=None, default=None,
         sort_keys=False, **kw):
    """Serialize obj as JSON to fp, a file-like object with .write()."""
    kw.update(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
              check_circular=check_circular, allow_nan=allow_nan,
              indent=indent, separators=separators, default=default,
              sort_keys=sort_keys)
    write = fp.write
    for piece in _encoder_for(cls, kw).iterencode(obj, _one_shot=True):
        write(piece)


def _encoder_for(cls, options):
    # The shared encoder serves every call that leaves all options alone.
    if (cls is None and len(options) == 8 and options['ensure_ascii'] is True
            and options['check_circular'] is True
            and options['allow_nan'] is True and not options['skipkeys']
            and not options['sort_keys'] and options['indent'] is None
            and options['separators'] is None and options['default'] is None):
        return _plain_encoder
    return (cls or JSONEncoder)(**options)


_BOMS = ((codecs.BOM_UTF32_BE, 'utf-32'), (codecs.BOM_UTF32_LE, 'utf-32'),
         (codecs.BOM_UTF16_BE, 'utf-16'), (codecs.BOM_UTF16_LE, 'utf-16'),
         (codecs.BOM_UTF8, 'utf-8-sig'))


def detect_encoding(b):
    """The codec of a JSON document given as bytes (UTF-8, -16 or -32)."""
    for bom, codec in _BOMS:
        if b.startswith(bom):
            return codec
    # Without a BOM the zero bytes around the first (ASCII) character tell.
    head = bytes(b[:4])
    if len(head) in (2, 4):
        wide = len(head) == 4
        if head[0] == 0:
            return 'utf-32-be' if wide and head[1] == 0 else 'utf-16-be'
        if head[1] == 0:
            return 'utf-32-le' if wide and head[2:] == b'\0\0' else 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding JSON) to a Python
    object."""
    if isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s), 'surrogatepass')
    elif not isinstance(s, str):
        kind = type(s).__name__
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        'not ' + kind)
    elif s[:1] == '\ufeff':
        raise JSONDecodeError(
            'Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    hooks = dict(object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook)
    if cls is None and not kw and not any(h is not None
                                          for h in hooks.values()):
        return _plain_decoder.decode(s)
    for name, hook in hooks.items():
        if hook is not None:
            kw[name] = hook
    return (cls or JSONDecoder)(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize the JSON document read from fp (with .read())."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 object_pairs_hook=object_pairs_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, **kw)
