"""UUID objects and the generators of RFC 4122 (the `uuid` module).

A UUID is a 128-bit number; the `UUID` class gives its views (hex string,
big- and little-endian bytes, the six RFC fields, the variant and version).
`uuid1()` builds one from the time and the host's node (MAC) number,
`uuid3()`/`uuid5()` from a namespace and a name through MD5/SHA-1, and
`uuid4()` from random bytes.  `python -m uuid` prints a new one.

Ferrython has no C `_uuid` helper, so everything here is pure Python.
"""

from enum import Enum, _simple_enum
import os
import sys

_AIX = sys.platform.startswith('aix')
_LINUX = sys.platform in ('linux', 'android')

# How MAC addresses are printed by the platform's tools: AIX separates the
# bytes with dots and drops leading zeros ("fe.ad.c.1.23.4").
_MAC_DELIM = b'.' if _AIX else b':'
_MAC_OMITS_LEADING_ZEROES = _AIX

RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

int_ = int      # the builtins, shadowed by UUID's parameters of the same name
bytes_ = bytes


@_simple_enum(Enum)
class SafeUUID:
    """Whether the platform generated a UUID in a multiprocessing-safe way."""
    safe = 0
    # The generator could not guarantee it.
    unsafe = -1
    unknown = None


# Bit positions inside the 128-bit integer (bit 0 is the last bit of the node).
_VARIANT_SHIFT = 48     # the variant is the top bits of the clock sequence
_VERSION_SHIFT = 76     # the version is the top nibble of time_hi_version

# (name, width in bits) of the six fields, most significant first.
_FIELDS = (('time_low', 32), ('time_mid', 16), ('time_hi_version', 16),
           ('clock_seq_hi_variant', 8), ('clock_seq_low', 8), ('node', 48))


def _swap_leading_fields(data):
    """Convert between the big-endian layout and Microsoft's mixed one, in
    which the first three fields are stored little-endian."""
    return data[3::-1] + data[5:3:-1] + data[7:5:-1] + data[8:]


def _value_from_hex(text):
    for prefix in ('urn:', 'uuid:'):
        text = text.replace(prefix, '')
    digits = text.strip('{}').replace('-', '')
    if len(digits) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return int_(digits, 16)


def _value_from_bytes(data, what):
    if len(data) != 16:
        raise ValueError('%s is not a 16-char string' % what)
    assert isinstance(data, bytes_), repr(data)
    return data


def _value_from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    value = 0
    for number, ((_, width), field) in enumerate(zip(_FIELDS, fields), 1):
        if not 0 <= field < 1 << width:
            article = 'an' if width == 8 else 'a'
            raise ValueError('field %d out of range (need %s %d-bit value)'
                             % (number, article, width))
        value = (value << width) | field
    return value


def _with_version(value, version):
    """`value` turned into an RFC 4122 UUID of the given version."""
    if not 1 <= version <= 5:
        raise ValueError('illegal version number')
    # Variant bits 10, then the version nibble.
    value &= ~(0xc000 << _VARIANT_SHIFT)
    value |= 0x8000 << _VARIANT_SHIFT
    value &= ~(0xf << _VERSION_SHIFT)
    return value | (version << _VERSION_SHIFT)


def _comparison(compare):
    """A rich comparison method comparing the integer values."""
    def method(self, other):
        if isinstance(other, UUID):
            return compare(self.int, other.int)
        return NotImplemented
    method.__name__ = '__%s__' % compare.__name__
    return method


def _field(name, shift, width):
    mask = (1 << width) - 1
    return property(lambda self: (self.int >> shift) & mask,
                    doc='The %s field (%d bits).' % (name, width))


class UUID:
    """An immutable UUID.

    Build one from exactly one of: a hex string (`hex`, dashes, braces and
    a "urn:uuid:" prefix allowed), 16 big-endian `bytes`, 16 `bytes_le`
    (first three fields little-endian), the six integer `fields`, or a
    128-bit `int`.  Giving `version` (1 to 5) overwrites the variant and
    version bits so that the result is an RFC 4122 UUID of that version.
    `is_safe` records whether the generator was multiprocessing-safe.

    Views: int, hex, bytes, bytes_le, urn, fields and each field by name
    (time_low, time_mid, time_hi_version, clock_seq_hi_variant,
    clock_seq_low, node), time, clock_seq, variant, version.
    """

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        given = [hex, bytes, bytes_le, fields, int]
        if len(given) - given.count(None) != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            value = _value_from_hex(hex)
        elif bytes_le is not None:
            raw = _swap_leading_fields(_value_from_bytes(bytes_le, 'bytes_le'))
            value = int_.from_bytes(raw, 'big')
        elif bytes is not None:
            value = int_.from_bytes(_value_from_bytes(bytes, 'bytes'), 'big')
        elif fields is not None:
            value = _value_from_fields(fields)
        else:
            value = int
            if not 0 <= value < 1 << 128:
                raise ValueError('int is out of range (need a 128-bit value)')

        if version is not None:
            value = _with_version(value, version)
        object.__setattr__(self, 'int', value)
        object.__setattr__(self, 'is_safe', is_safe)

    # Pickles hold the integer, plus the safety when it is known.

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        object.__setattr__(self, 'is_safe',
                           SafeUUID(state['is_safe']) if 'is_safe' in state
                           else SafeUUID.unknown)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    # Comparisons and hashing go through the integer value.
    import operator
    __eq__ = _comparison(operator.eq)
    __lt__ = _comparison(operator.lt)
    __gt__ = _comparison(operator.gt)
    __le__ = _comparison(operator.le)
    __ge__ = _comparison(operator.ge)
    del operator

    def __int__(self):
        return self.int

    def __hash__(self):
        return hash(self.int)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def __str__(self):
        digits = self.hex
        return '-'.join((digits[:8], digits[8:12], digits[12:16],
                         digits[16:20], digits[20:]))

    # The byte and text views.

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _swap_leading_fields(self.bytes)

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def hex(self):
        return '%032x' % self.int

    # The six fields of RFC 4122, from the most significant bits down.

    time_low = _field('time_low', 96, 32)
    time_mid = _field('time_mid', 80, 16)
    time_hi_version = _field('time_hi_version', 64, 16)
    clock_seq_hi_variant = _field('clock_seq_hi_variant', 56, 8)
    clock_seq_low = _field('clock_seq_low', 48, 8)
    node = _field('node', 0, 48)

    @property
    def fields(self):
        return tuple(getattr(self, name) for name, _ in _FIELDS)

    # Values assembled from the fields (meaningful for version 1).

    @property
    def time(self):
        """The 60-bit timestamp: 100 ns intervals since 1582-10-15."""
        high = self.time_hi_version & 0x0fff
        return (high << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        """The 14-bit clock sequence."""
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def variant(self):
        # The variant is told by the leading bits of clock_seq_hi_variant:
        # 0xx, 10x, 110 or 111.
        top = (self.int >> _VARIANT_SHIFT) & 0xe000
        if not top & 0x8000:
            return RESERVED_NCS
        if not top & 0x4000:
            return RFC_4122
        if not top & 0x2000:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        """The version number, or None when the variant is not RFC 4122."""
        if self.variant == RFC_4122:
            return (self.int >> _VERSION_SHIFT) & 0xf
        return None


# ---------------------------------------------------------------------------
# Finding the node: the hardware (MAC) address of a network interface.

def _get_command_stdout(command, *args):
    """Run a system tool (also looked for in /sbin and /usr/sbin) in the C
    locale; return its output as a binary file object, or None."""
    import io
    import shutil
    import subprocess
    try:
        search = os.environ.get('PATH', os.defpath).split(os.pathsep)
        search += ['/sbin', '/usr/sbin']
        executable = shutil.which(command, path=os.pathsep.join(search))
        if executable is None:
            return None
        env = dict(os.environ, LC_ALL='C')
        argv = [executable] + [arg for arg in args if arg]
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, env=env)
        output, _ = proc.communicate()
        return io.BytesIO(output)
    except (OSError, subprocess.SubprocessError):
        return None


def _is_universal(mac):
    """False for a locally administered address (bit 1 of the first byte):
    those may be made up, so a universally administered one is preferred."""
    return not mac & (1 << 41)


def _parse_mac(word):
    """The MAC address written in `word` (bytes) as an int, or None."""
    parts = word.split(_MAC_DELIM)
    if len(parts) != 6:
        return None
    if _MAC_OMITS_LEADING_ZEROES:
        if not all(1 <= len(part) <= 2 for part in parts):
            return None
        parts = [part.rjust(2, b'0') for part in parts]
    elif not all(len(part) == 2 for part in parts):
        return None
    try:
        return int_(b''.join(parts), 16)
    except ValueError:
        return None


def _pick_mac(candidates):
    """The first universal address among `candidates` (ints or None), else
    the first local one, else None."""
    local = None
    for mac in candidates:
        if mac is not None and _is_universal(mac):
            return mac
        local = local or mac
    return local


def _find_mac_near_keyword(command, args, keywords, get_word_index):
    """Look in a tool's output for a MAC address placed next to one of the
    `keywords`: get_word_index(i) gives its position from the keyword's."""
    stdout = _get_command_stdout(command, args)
    if stdout is None:
        return None

    def candidates():
        for line in stdout:
            words = line.lower().rstrip().split()
            for i, word in enumerate(words):
                if word in keywords:
                    try:
                        yield _parse_mac(words[get_word_index(i)])
                    except (ValueError, IndexError):
                        pass
    return _pick_mac(candidates())


def _find_mac_under_heading(command, args, heading):
    """Look in a tool's table output for a MAC address in the column whose
    header is `heading`."""
    stdout = _get_command_stdout(command, args)
    if stdout is None:
        return None
    titles = stdout.readline().rstrip().split()
    if heading not in titles:
        return None
    column = titles.index(heading)

    def candidates():
        for line in stdout:
            words = line.rstrip().split()
            if column < len(words):
                yield _parse_mac(words[column])
    return _pick_mac(candidates())


def _ifconfig_getnode():
    """The MAC address that ifconfig reports."""
    for args in ('', '-a', '-av'):
        mac = _find_mac_near_keyword(
            'ifconfig', args, [b'hwaddr', b'ether', b'address:', b'lladdr'],
            lambda i: i + 1)
        if mac:
            break
    return mac or None


def _ip_getnode():
    """The MAC address that `ip link` reports."""
    mac = _find_mac_near_keyword('ip', 'link', [b'link/ether'],
                                 lambda i: i + 1)
    return mac or None


def _arp_getnode():
    """The MAC address that arp lists for this host's IP address."""
    import socket
    if not hasattr(socket, 'gethostbyname'):
        return None
    try:
        address = os.fsencode(socket.gethostbyname(socket.gethostname()))
    except OSError:
        return None
    # "? (1.2.3.4) at 00:11:... [ether] on eth0": the address follows "at".
    mac = _find_mac_near_keyword('arp', '-an', [b'(' + address + b')'],
                                 lambda i: i + 2)
    if mac:
        return mac
    # Some systems print the address and the MAC side by side.
    mac = _find_mac_near_keyword('arp', '-an', [address], lambda i: i + 1)
    return mac or None


def _lanscan_getnode():
    """The MAC address that HP-UX's lanscan reports."""
    return _find_mac_near_keyword('lanscan', '-ai', [b'lan0'], lambda i: 0)


def _netstat_getnode():
    """The MAC address in the Address column of `netstat -ian`."""
    return _find_mac_under_heading('netstat', '-ian', b'Address')


def _ipconfig_getnode():
    """Windows' way, through the C helper: unavailable here."""
    return None


_netbios_getnode = _ipconfig_getnode


def _sysfs_getnode():
    """The MAC address of a network interface as Linux lists them under
    /sys/class/net (no tool needs to run)."""
    root = '/sys/class/net'
    try:
        names = sorted(os.listdir(root))
    except OSError:
        return None

    def candidates():
        for name in names:
            try:
                with open(os.path.join(root, name, 'address'), 'rb') as f:
                    mac = _parse_mac(f.read().strip())
            except OSError:
                continue
            if mac:     # the loopback device's address is all zeros
                yield mac
    return _pick_mac(candidates())


def _unix_getnode():
    """The node of a uuid1 made by the system's libuuid: unavailable here."""
    return None


def _windll_getnode():
    """The node of a UUID made by Windows' UuidCreate: unavailable here."""
    return None


def _random_getnode():
    """A random 48-bit node with the multicast bit set, which no real
    network card has (RFC 4122, section 4.5)."""
    import random
    return random.getrandbits(48) | (1 << 40)


# The C helper's functions: Ferrython has none.
_uuid = None
_generate_time_safe = _UuidCreate = None
_has_uuid_generate_time_safe = False


def _load_system_functions():
    """Kept for compatibility: there are no system functions to load."""


# The ways of finding the node worth trying on each platform, best first.
if _LINUX:
    _OS_GETTERS = [_sysfs_getnode, _ip_getnode, _ifconfig_getnode]
elif _AIX:
    _OS_GETTERS = [_netstat_getnode]
else:
    _OS_GETTERS = {
        'darwin': [_ifconfig_getnode, _arp_getnode, _netstat_getnode],
        'win32': [],
    }.get(sys.platform) or [_ifconfig_getnode, _ip_getnode, _arp_getnode,
                            _netstat_getnode, _lanscan_getnode]
_GETTERS = _OS_GETTERS + [_random_getnode]

_node = None    # the node found by the first getnode()


def getnode():
    """Return the hardware address as a 48-bit positive integer.

    The first call asks the system (possibly running a tool such as `ip`);
    when no address is found it settles for a random number with the
    multicast bit set, as RFC 4122 recommends.  Later calls return the same
    value.
    """
    global _node
    if _node is None:
        # A getter may fail, or find a longer (EUI-64) address: skip those.
        for getter in _GETTERS + [_random_getnode]:
            try:
                found = getter()
            except Exception:
                continue
            if found is not None and 0 <= found < 1 << 48:
                _node = found
                break
    return _node


# ---------------------------------------------------------------------------
# The generators.

_last_timestamp = None  # so that uuid1() timestamps always increase

# 100 ns intervals between the Gregorian reform (1582-10-15) and 1970-01-01.
_GREGORIAN_OFFSET = 0x01b21dd213814000


def uuid1(node=None, clock_seq=None):
    """A UUID from the host node, a clock sequence and the current time.

    `node` defaults to getnode(); `clock_seq` (14 bits) to a random one."""
    global _last_timestamp
    import time
    timestamp = time.time_ns() // 100 + _GREGORIAN_OFFSET
    if _last_timestamp is not None:
        timestamp = max(timestamp, _last_timestamp + 1)
    _last_timestamp = timestamp
    if clock_seq is None:
        import random
        clock_seq = random.getrandbits(14)
    if node is None:
        node = getnode()
    fields = (timestamp & 0xffffffff,
              (timestamp >> 32) & 0xffff,
              (timestamp >> 48) & 0x0fff,
              (clock_seq >> 8) & 0x3f,
              clock_seq & 0xff,
              node)
    return UUID(fields=fields, version=1)


def _name_digest(algorithm, namespace, name):
    from hashlib import md5, sha1
    if isinstance(name, str):
        name = bytes_(name, 'utf-8')
    hasher = md5 if algorithm == 'md5' else sha1
    return hasher(namespace.bytes + name, usedforsecurity=False).digest()[:16]


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    return UUID(bytes=_name_digest('md5', namespace, name), version=3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    return UUID(bytes=_name_digest('sha1', namespace, name), version=5)


# The namespaces of RFC 4122, appendix C: 6ba7b81X-9dad-11d1-80b4-00c04fd430c8
# where X is 0 for domain names, 1 for URLs, 2 for ISO OIDs, 4 for X.500 DNs.
_NAMESPACE_BASE = 0x6ba7b8109dad11d180b400c04fd430c8
NAMESPACE_DNS = UUID(int=_NAMESPACE_BASE)
NAMESPACE_URL = UUID(int=_NAMESPACE_BASE + (1 << 96))
NAMESPACE_OID = UUID(int=_NAMESPACE_BASE + (2 << 96))
NAMESPACE_X500 = UUID(int=_NAMESPACE_BASE + (4 << 96))


def main():
    """The command line: print a UUID made by the function chosen with -u
    (uuid4 by default); uuid3 and uuid5 also need -n and -N."""
    import argparse
    generators = {'uuid1': uuid1, 'uuid3': uuid3, 'uuid4': uuid4,
                  'uuid5': uuid5}
    named = {'@dns': NAMESPACE_DNS, '@url': NAMESPACE_URL,
             '@oid': NAMESPACE_OID, '@x500': NAMESPACE_X500}

    parser = argparse.ArgumentParser(
        description='Generates a uuid using the selected uuid function.')
    parser.add_argument(
        '-u', '--uuid', choices=generators.keys(), default='uuid4',
        help='The function to use to generate the uuid. '
             'By default uuid4 function is used.')
    parser.add_argument(
        '-n', '--namespace',
        help="The namespace is a UUID, or '@ns' where 'ns' is a "
             "well-known predefined UUID addressed by namespace name. "
             "Such as @dns, @url, @oid, and @x500. "
             "Only required for uuid3/uuid5 functions.")
    parser.add_argument(
        '-N', '--name',
        help='The name used as part of generating the uuid. '
             'Only required for uuid3/uuid5 functions.')
    options = parser.parse_args()

    make = generators[options.uuid]
    if options.uuid in ('uuid3', 'uuid5'):
        if not options.namespace or not options.name:
            parser.error(
                'Incorrect number of arguments. %s requires a namespace and '
                "a name. Run 'python -m uuid -h' for more information."
                % options.uuid)
        namespace = named.get(options.namespace)
        if namespace is None:
            namespace = UUID(options.namespace)
        print(make(namespace, options.name))
    else:
        print(make())


if __name__ == '__main__':
    main()
