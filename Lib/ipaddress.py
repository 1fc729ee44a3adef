"""A fast, lightweight IPv4/IPv6 manipulation library in Python.

This library is used to create/poke/manipulate IPv4 and IPv6 addresses
and networks.

Three kinds of objects, each for both versions:

- addresses (IPv4Address, IPv6Address): one address, held as an int;
- networks (IPv4Network, IPv6Network): a network address and a prefix length;
- interfaces (IPv4Interface, IPv6Interface): an address (they are address subclasses)
  together with the network it sits in.

ip_address(), ip_network() and ip_interface() pick the version from their argument: an
int, packed bytes (4 or 16 of them) or text. Helper functions summarize address ranges
into networks, collapse lists of networks, and pack ints.
"""

import functools

__version__ = '1.0'



class AddressValueError(ValueError):
    """A Value Error related to the address."""


class NetmaskValueError(ValueError):
    """A Value Error related to the netmask."""


# The number of bits of an address.
IPV4LENGTH = 32
IPV6LENGTH = 128


def _either_version(make_v4, make_v6, value, what):
    # Try IPv4 first: its text form never parses as IPv6, and an int small enough for
    # IPv4 is taken as IPv4.
    for make in (make_v4, make_v6):
        try:
            return make(value)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{value!r} does not appear to be an IPv4 or IPv6 {what}')


def ip_address(address):
    """An IPv4Address or IPv6Address from an int, packed bytes or a string."""
    return _either_version(IPv4Address, IPv6Address, address, 'address')


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network; with strict, host bits set are a ValueError."""
    return _either_version(lambda value: IPv4Network(value, strict),
                           lambda value: IPv6Network(value, strict), address, 'network')


def ip_interface(address):
    """An IPv4Interface or IPv6Interface (an address with its network)."""
    return _either_version(IPv4Interface, IPv6Interface, address, 'interface')


def v4_int_to_packed(address):
    """The 4 big-endian bytes of an IPv4 address given as an int."""
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4")


def v6_int_to_packed(address):
    """The 16 big-endian bytes of an IPv6 address given as an int."""
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6")


def _find_address_range(addresses):
    """Yield (first, last) for each run of consecutive addresses of a sorted sequence."""
    addresses = list(addresses)
    start = 0
    for i in range(1, len(addresses) + 1):
        if i == len(addresses) or addresses[i]._ip != addresses[i - 1]._ip + 1:
            yield addresses[start], addresses[i - 1]
            start = i


def _count_righthand_zero_bits(number, bits):
    """How many of the low `bits` bits of number are zero, from the right."""
    if number == 0:
        return bits
    return min(bits, (number & -number).bit_length() - 1)


def summarize_address_range(first, last):
    """Yield the fewest networks that together cover exactly first..last (two addresses
    of one version, first <= last), in order.

    >>> list(summarize_address_range(IPv4Address('192.0.2.0'), IPv4Address('192.0.2.130')))
    [IPv4Network('192.0.2.0/25'), IPv4Network('192.0.2.128/31'), IPv4Network('192.0.2.130/32')]
    """
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first.version != last.version:
        raise TypeError("%s and %s are not of the same version" % (first, last))
    if first > last:
        raise ValueError('last IP address must be greater than first')
    if first.version == 4:
        network_class = IPv4Network
    elif first.version == 6:
        network_class = IPv6Network
    else:
        raise ValueError('unknown IP version')
    width = first._max_prefixlen
    start, stop = first._ip, last._ip
    while start <= stop:
        # The biggest block that is aligned at start and does not go past stop.
        block_bits = min(_count_righthand_zero_bits(start, width),
                         (stop - start + 1).bit_length() - 1)
        yield network_class((start, width - block_bits))
        start += 1 << block_bits


def _collapse_networks(networks):
    """Yield the fewest networks covering the same addresses, in order."""
    # Sorted in the order CPython compares them, so that a mix of versions fails with
    # the same TypeError message.
    ordered = sorted(reversed(networks))
    if not ordered:
        return
    # Merge into ranges of ints (overlapping or touching), then cut each range into
    # aligned blocks again. A range that is just one of the given networks (the others
    # inside it) gives that network itself, scope id included.
    address_class = ordered[0]._address_class
    ranges = []     # [low, high, the network spanning exactly low..high or None]
    for net in ordered:
        low, high = int(net.network_address), int(net.broadcast_address)
        if not ranges or low > ranges[-1][1] + 1:
            ranges.append([low, high, net])
        elif high > ranges[-1][1]:
            ranges[-1][1:] = [high, None]
    for low, high, whole in ranges:
        if whole is not None:
            yield whole
        else:
            yield from summarize_address_range(address_class(low), address_class(high))


def collapse_addresses(addresses):
    """An iterator over the fewest networks that cover the given addresses and networks
    (all of one version).

    >>> list(collapse_addresses([IPv4Network('192.0.2.0/25'), IPv4Network('192.0.2.128/25')]))
    [IPv4Network('192.0.2.0/24')]
    """
    singles = []
    networks = []
    for item in addresses:
        if isinstance(item, _BaseAddress):
            bucket, value = singles, item
        elif item._prefixlen == item._max_prefixlen:
            # A one-address network counts as its address.
            bucket, value = singles, item.network_address
        else:
            bucket, value = networks, item
        if bucket and bucket[-1]._version != item._version:
            raise TypeError("%s and %s are not of the same version" % (item, bucket[-1]))
        bucket.append(value)
    blocks = []
    for first, last in _find_address_range(sorted(set(singles))):
        blocks.extend(summarize_address_range(first, last))
    return _collapse_networks(blocks + networks)


def get_mixed_type_key(obj):
    """A sort key that orders addresses and networks of both versions together:
    sorted(mixed, key=get_mixed_type_key). (They do not compare with each other.)"""
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    if isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


class _IPAddressBase:
    """What addresses, networks and interfaces of both versions share."""

    __slots__ = ()

    @property
    def version(self):
        try:
            return self._version
        except AttributeError:
            raise NotImplementedError('%200s has no version specified' % (type(self),))

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    # The text forms: compressed is str(); exploded and the DNS name depend on the version.
    exploded = property(lambda self: self._explode_shorthand_ip_string(),
                        doc="The long form of the address (IPv6: 8 hextets of 4 digits).")
    compressed = property(lambda self: str(self), doc="The short form of the address.")
    reverse_pointer = property(lambda self: self._reverse_pointer(),
                               doc="The name of the address's DNS PTR record, such as "
                                   "'1.2.0.192.in-addr.arpa' for 192.0.2.1.")

    def _check_int_address(self, address):
        if address < 0:
            problem = '%d (< 0)' % address
        elif address > self._ALL_ONES:
            problem = '%d (>= 2**%d)' % (address, self._max_prefixlen)
        else:
            return
        raise AddressValueError('%s is not permitted as an IPv%d address'
                                % (problem, self._version))

    def _check_packed_address(self, address, expected_len):
        size = len(address)
        if size != expected_len:
            raise AddressValueError('%r (len %d != %d) is not permitted as an IPv%d address'
                                    % (address, size, expected_len, self._version))

    @classmethod
    def _ip_int_from_prefix(cls, prefixlen):
        """The netmask of a prefix length, as an int."""
        host_bits = cls._max_prefixlen - prefixlen
        return cls._ALL_ONES >> host_bits << host_bits

    @classmethod
    def _prefix_of_netmask(cls, mask):
        """The prefix length of a netmask given as an int, or None when its bits are not
        ones followed by zeros."""
        host_bits = _count_righthand_zero_bits(mask, cls._max_prefixlen)
        prefixlen = cls._max_prefixlen - host_bits
        return prefixlen if mask >> host_bits == (1 << prefixlen) - 1 else None

    @classmethod
    def _report_invalid_netmask(cls, netmask_str):
        raise NetmaskValueError('%r is not a valid netmask' % netmask_str) from None

    @classmethod
    def _prefix_from_prefix_string(cls, prefixlen_str):
        """The int of a prefix length written in decimal, in 0..max_prefixlen."""
        if prefixlen_str.isascii() and prefixlen_str.isdigit():
            prefixlen = int(prefixlen_str)
            if prefixlen <= cls._max_prefixlen:
                return prefixlen
        cls._report_invalid_netmask(prefixlen_str)

    @classmethod
    def _prefix_from_ip_string(cls, ip_str):
        """The prefix length of a netmask ('255.255.0.0') or hostmask ('0.0.255.255')."""
        try:
            mask = cls._ip_int_from_string(ip_str)
        except AddressValueError:
            cls._report_invalid_netmask(ip_str)
        for candidate in (mask, mask ^ cls._ALL_ONES):
            prefixlen = cls._prefix_of_netmask(candidate)
            if prefixlen is not None:
                return prefixlen
        cls._report_invalid_netmask(ip_str)

    @classmethod
    def _split_addr_prefix(cls, address):
        """(address, netmask or prefix length) from what a network or interface
        constructor takes: an int, packed bytes, a tuple, or 'address[/mask]'."""
        if isinstance(address, (bytes, int)):
            return address, cls._max_prefixlen
        if isinstance(address, tuple):
            return address if len(address) > 1 else (address[0], cls._max_prefixlen)
        pieces = str(address).split('/')
        if len(pieces) > 2:
            raise AddressValueError(f"Only one '/' permitted in {address!r}")
        return pieces[0], (pieces[1] if len(pieces) == 2 else cls._max_prefixlen)

    def __reduce__(self):
        return self.__class__, (str(self),)


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    """What IPv4 and IPv6 addresses share: they are ints underneath."""

    __slots__ = ()

    def __init__(self, address):
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, self._max_prefixlen // 8)
            self._ip = int.from_bytes(address, 'big')
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        self._ip = self._int_from_address_text(text)

    def _int_from_address_text(self, text):
        return self._ip_int_from_string(text)

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    def __str__(self):
        return self._string_from_ip_int(self._ip)

    def __format__(self, fmt):
        """Besides the str formats ('' and those ending in 's'): 'b' (binary), 'x'/'X'
        (hex) and 'n' (binary for IPv4, hex for IPv6), zero-padded to the full width,
        after an optional '#' (0b/0x prefix) and '_' (groups of 4 digits)."""
        if not fmt or fmt.endswith('s'):
            return format(str(self), fmt)
        flags, kind = fmt[:-1], fmt[-1]
        if kind not in 'bnxX' or flags not in ('', '#', '_', '#_'):
            return super().__format__(fmt)
        if kind == 'n':
            kind = 'b' if self._version == 4 else 'x'
        width = self._max_prefixlen if kind == 'b' else self._max_prefixlen // 4
        alternate = '#' if '#' in flags else ''
        grouping = '_' if '_' in flags else ''
        if grouping:
            width += width // 4 - 1
        if alternate:
            width += 2      # for the 0b / 0x
        return format(int(self), f'{alternate}0{width}{grouping}{kind}')

    def __int__(self):
        return self._ip

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def __eq__(self, other):
        try:
            same = self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented
        return same

    def __lt__(self, other):
        if isinstance(other, _BaseAddress):
            if self._version == other._version:
                return self._ip < other._ip
            raise TypeError('%s and %s are not of the same version' % (self, other))
        return NotImplemented

    # Adding or subtracting an int moves the address.
    def __add__(self, other):
        if isinstance(other, int):
            return self.__class__(int(self) + other)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, int):
            return self.__class__(int(self) - other)
        return NotImplemented

    def __reduce__(self):
        return self.__class__, (self._ip,)

    def _get_address_key(self):
        return self._version, self


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):
    """What IPv4 and IPv6 networks share."""

    def __init__(self, address, strict=True):
        addr, mask = self._split_addr_prefix(address)
        self.network_address = self._address_class(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        start = int(self.network_address)
        masked = start & int(self.netmask)
        if masked != start:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = self._address_class(masked)

    @classmethod
    def _make_netmask(cls, arg):
        """(netmask address, prefix length) of a prefix length (an int, or decimal
        text), or (IPv4) of a netmask or hostmask; cached."""
        known = cls._netmask_cache.get(arg)
        if known is None:
            if isinstance(arg, int):
                if not 0 <= arg <= cls._max_prefixlen:
                    cls._report_invalid_netmask(arg)
                prefixlen = arg
            else:
                prefixlen = cls._prefix_from_mask_text(arg)
            known = cls._address_class(cls._ip_int_from_prefix(prefixlen)), prefixlen
            cls._netmask_cache[arg] = known
        return known

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    def __str__(self):
        return f'{self.network_address}/{self._prefixlen}'

    # The three text forms of the network (address with prefix, netmask or hostmask).
    with_prefixlen = property(lambda self: f'{self.network_address}/{self._prefixlen}')
    with_netmask = property(lambda self: f'{self.network_address}/{self.netmask}')
    with_hostmask = property(lambda self: f'{self.network_address}/{self.hostmask}')
    prefixlen = property(lambda self: self._prefixlen)

    @functools.cached_property
    def broadcast_address(self):
        return self._address_class(int(self.network_address) | int(self.hostmask))

    @functools.cached_property
    def hostmask(self):
        return self._address_class(self._ALL_ONES ^ int(self.netmask))

    @property
    def num_addresses(self):
        """Number of addresses in the network (hosts and the others)."""
        return 1 << (self._max_prefixlen - self._prefixlen)

    def __iter__(self):
        for value in range(int(self.network_address), int(self.broadcast_address) + 1):
            yield self._address_class(value)

    def hosts(self):
        """The usable host addresses of the network: all but the network address and
        (IPv4) the broadcast address; every address of a /31 or /127 network; the one
        address (in a list) of a single-address network."""
        leftover = self._max_prefixlen - self._prefixlen
        if leftover == 0:
            return [self.network_address]
        if leftover == 1:
            return iter(self)
        first = int(self.network_address) + 1
        last = int(self.broadcast_address) - (1 if self._version == 4 else 0)
        return (self._address_class(value) for value in range(first, last + 1))

    def __getitem__(self, n):
        first, last = int(self.network_address), int(self.broadcast_address)
        value = first + n if n >= 0 else last + n + 1
        if not first <= value <= last:
            raise IndexError('address out of range')
        return self._address_class(value)

    def __contains__(self, other):
        # Addresses are in a network; networks (and other versions) never are.
        if self._version != other._version or isinstance(other, _BaseNetwork):
            return False
        return other._ip & self.netmask._ip == self.network_address._ip

    def __eq__(self, other):
        try:
            return (self._version == other._version
                    and self.network_address == other.network_address
                    and int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if isinstance(other, _BaseNetwork):
            if self._version == other._version:
                return self._get_networks_key() < other._get_networks_key()
            raise TypeError('%s and %s are not of the same version' % (self, other))
        return NotImplemented

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def _get_networks_key(self):
        return self._version, self.network_address, self.netmask

    def compare_networks(self, other):
        """-1, 0 or 1 as self sorts before, with or after other: by network address,
        then by netmask (unlike <, which also looks at the version)."""
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same type' % (self, other))
        mine, theirs = self._get_networks_key(), other._get_networks_key()
        return (mine > theirs) - (mine < theirs)

    def overlaps(self, other):
        """Whether the two networks share an address."""
        return any(address in network for address, network in (
            (self.network_address, other), (self.broadcast_address, other),
            (other.network_address, self), (other.broadcast_address, self)))

    @staticmethod
    def _is_subnet_of(a, b):
        try:
            if a._version != b._version:
                raise TypeError(f"{a} and {b} are not of the same version")
            return (b.network_address <= a.network_address
                    and a.broadcast_address <= b.broadcast_address)
        except AttributeError:
            raise TypeError(f"Unable to test subnet containment between {a} and {b}")

    def subnet_of(self, other):
        """Whether this network is inside other (or equal to it)."""
        return self._is_subnet_of(self, other)

    def supernet_of(self, other):
        """Whether other is inside this network (or equal to it)."""
        return self._is_subnet_of(other, self)

    def _prefix_step(self, prefixlen_diff, new_prefix, longer):
        """How many bits subnets() (longer) or supernet() moves the prefix."""
        if new_prefix is None:
            return prefixlen_diff
        if (new_prefix < self._prefixlen) if longer else (new_prefix > self._prefixlen):
            raise ValueError('new prefix must be ' + ('longer' if longer else 'shorter'))
        if prefixlen_diff != 1:
            raise ValueError('cannot set prefixlen_diff and new_prefix')
        return abs(new_prefix - self._prefixlen)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """Yield the subnets prefixlen_diff bits longer (or with prefix new_prefix)
        that make up the network; a single-address network yields itself."""
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        step = self._prefix_step(prefixlen_diff, new_prefix, longer=True)
        if step < 0:
            raise ValueError('prefix length diff must be > 0')
        longer = self._prefixlen + step
        if longer > self._max_prefixlen:
            raise ValueError('prefix length diff %d is invalid for netblock %s'
                             % (longer, self))
        size = 1 << (self._max_prefixlen - longer)
        for start in range(int(self.network_address), int(self.broadcast_address) + 1, size):
            yield self.__class__((start, longer))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network prefixlen_diff bits shorter (or with prefix new_prefix) that
        holds this one; a /0 network is its own supernet."""
        if self._prefixlen == 0:
            return self
        step = self._prefix_step(prefixlen_diff, new_prefix, longer=False)
        shorter = self._prefixlen - step
        if shorter < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d'
                             % (self._prefixlen, step))
        start = int(self.network_address) & self._ip_int_from_prefix(shorter)
        return self.__class__((start, shorter))

    def address_exclude(self, other):
        """Yield the networks that make up self without other (a subnet of it), from the
        largest down.

        >>> list(ip_network('192.0.2.0/28').address_exclude(ip_network('192.0.2.1/32')))
        [IPv4Network('192.0.2.8/29'), IPv4Network('192.0.2.4/30'), IPv4Network('192.0.2.2/31'), IPv4Network('192.0.2.0/32')]
        """
        if self._version != other._version:
            raise TypeError("%s and %s are not of the same version" % (self, other))
        if not isinstance(other, _BaseNetwork):
            raise TypeError("%s is not a network object" % other)
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        # Halve self down to other: at each step the half without other is left over.
        target = other.__class__('%s/%s' % (other.network_address, other.prefixlen))
        current = self
        while current != target:
            lower, upper = current.subnets()
            if target.subnet_of(lower):
                yield upper
                current = lower
            else:
                yield lower
                current = upper

    # A property of a network holds when it holds for its first and last addresses.
    def _both_ends(name):
        def check(self):
            return (getattr(self.network_address, name)
                    and getattr(self.broadcast_address, name))
        check.__name__ = name
        return property(check)

    is_multicast = _both_ends('is_multicast')
    is_reserved = _both_ends('is_reserved')
    is_link_local = _both_ends('is_link_local')
    is_unspecified = _both_ends('is_unspecified')
    is_loopback = _both_ends('is_loopback')
    del _both_ends

    @property
    def is_private(self):
        """Whether the whole network lies in ranges that the IANA registries mark as
        not globally reachable (minus their exceptions)."""
        first, last = self.network_address, self.broadcast_address
        constants = self._constants
        return (any(first in net and last in net for net in constants._private_networks)
                and not any(first in net or last in net
                            for net in constants._private_networks_exceptions))

    @property
    def is_global(self):
        return not self.is_private


class _BaseInterface:
    """What IPv4Interface and IPv6Interface add to their address class: the network
    (self.network), its netmask and prefix length."""

    def __init__(self, address):
        addr, mask = self._split_addr_prefix(address)
        super().__init__(addr)
        self.network = self._network_class((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def ip(self):
        # The plain address (without an IPv6 scope id).
        return self._address_class(self._ip)

    @functools.cached_property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return f'{super().__str__()}/{self._prefixlen}'

    # Unlike str(), these leave out an IPv6 scope id.
    with_prefixlen = property(
        lambda self: f'{self._string_from_ip_int(self._ip)}/{self._prefixlen}')
    with_netmask = property(
        lambda self: f'{self._string_from_ip_int(self._ip)}/{self.netmask}')
    with_hostmask = property(
        lambda self: f'{self._string_from_ip_int(self._ip)}/{self.hostmask}')

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    def __eq__(self, other):
        same_address = self._address_class.__eq__(self, other)
        if same_address is NotImplemented or not same_address:
            return same_address
        # An interface never equals a plain address of the same value.
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        address_less = self._address_class.__lt__(self, other)
        if address_less is NotImplemented:
            return NotImplemented
        # Ordered by network first, then by address.
        try:
            if self.network == other.network:
                return address_less
            return self.network < other.network
        except AttributeError:
            return False

    __reduce__ = _IPAddressBase.__reduce__


# --- IPv4 --------------------------------------------------------------------------------

def _octet_problem(octet):
    """Why octet is not a valid decimal octet, or None."""
    if not octet:
        return "Empty octet not permitted"
    if not (octet.isascii() and octet.isdigit()):
        return "Only decimal digits permitted in %r" % octet
    if len(octet) > 3:
        return "At most 3 characters permitted in %r" % octet
    if len(octet) > 1 and octet[0] == '0':
        return "Leading zeros are not permitted in %r" % octet
    if int(octet) > 255:
        return "Octet %d (> 255) not permitted" % int(octet)
    return None


class _BaseV4:
    """The IPv4 specifics of addresses, networks and interfaces."""

    __slots__ = ()
    _version = 4
    _max_prefixlen = IPV4LENGTH
    _ALL_ONES = (1 << IPV4LENGTH) - 1
    _netmask_cache = {}

    @classmethod
    def _prefix_from_mask_text(cls, text):
        # A prefix length, else a netmask or a hostmask.
        try:
            return cls._prefix_from_prefix_string(text)
        except NetmaskValueError:
            return cls._prefix_from_ip_string(text)

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        """The int of dotted-decimal text; AddressValueError says what is wrong."""
        octets = ip_str.split('.') if ip_str else []
        if not octets:
            raise AddressValueError('Address cannot be empty')
        if len(octets) != 4:
            raise AddressValueError("Expected 4 octets in %r" % ip_str)
        value = 0
        for octet in octets:
            problem = _octet_problem(octet)
            if problem is not None:
                raise AddressValueError("%s in %r" % (problem, ip_str))
            value = (value << 8) | int(octet)
        return value

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        return '.'.join(map(str, ip_int.to_bytes(4, 'big')))

    def _explode_shorthand_ip_string(self):
        return str(self)

    def _reverse_pointer(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'


class IPv4Address(_BaseV4, _BaseAddress):
    """Represent and manipulate single IPv4 Addresses.

    IPv4Address(address): address is an int, 4 packed bytes, or dotted-decimal text such
    as '192.0.2.1'; AddressValueError if it is not a valid IPv4 address.
    """

    __slots__ = ('_ip', '__weakref__')

    packed = property(lambda self: v4_int_to_packed(self._ip),
                      doc="The binary representation of this address.")

    # The special ranges are tested on the int directly (the top bits of the address).
    @property
    def is_loopback(self):
        """Whether the address is a loopback address (127.0.0.0/8)."""
        return self._ip >> 24 == 127

    @property
    def is_link_local(self):
        """Whether the address is link-local (169.254.0.0/16)."""
        return self._ip >> 16 == 0xA9FE

    @property
    def is_multicast(self):
        """Whether the address is reserved for multicast (224.0.0.0/4)."""
        return self._ip >> 28 == 0xE

    @property
    def is_reserved(self):
        """Whether the address is in the IETF's reserved range 240.0.0.0/4."""
        return self._ip >> 28 == 0xF

    @property
    def is_unspecified(self):
        """Whether this is 0.0.0.0 (never true of an interface, as in CPython)."""
        return self == self._constants._unspecified_address

    @property
    def is_private(self):
        """Whether the IANA IPv4 Special-Purpose Address Registry marks the address as
        not globally reachable (the exceptions 192.0.0.9 and 192.0.0.10 are global)."""
        constants = self._constants
        return (any(self in net for net in constants._private_networks)
                and not any(self in net for net in constants._private_networks_exceptions))

    @property
    def is_global(self):
        """Whether the address is globally reachable: not private, and not in the
        shared address space 100.64.0.0/10."""
        return not self.is_private and self not in self._constants._public_network


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network: IPv4Network('192.0.2.0/24').

    IPv4Network(address, strict=True): address is 'address/prefix', 'address/netmask',
    'address/hostmask', a plain address (a /32 network), an int or packed bytes (/32
    too), or a tuple (address, prefix length or netmask). With strict, host bits set in
    the address are a ValueError; otherwise they are cleared. Bad parts raise
    AddressValueError or NetmaskValueError.
    """

    _address_class = IPv4Address

    @property
    def is_global(self):
        """Whether the network is globally reachable: not private, and not inside the
        shared address space 100.64.0.0/10."""
        shared = self._constants._public_network
        inside_shared = self.network_address in shared and self.broadcast_address in shared
        return not inside_shared and not self.is_private


class IPv4Interface(_BaseInterface, IPv4Address):
    """An IPv4 address together with its network: IPv4Interface('192.0.2.5/24')."""

    _address_class = IPv4Address
    _network_class = IPv4Network


def _v4_networks(*texts):
    return [IPv4Network(text) for text in texts]


class _IPv4Constants:
    # From the IANA IPv4 Special-Purpose Address Registry: not globally reachable ...
    _private_networks = _v4_networks(
        '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
        '192.0.0.0/24', '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16',
        '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4',
        '255.255.255.255/32')
    # ... except for these.
    _private_networks_exceptions = _v4_networks('192.0.0.9/32', '192.0.0.10/32')
    # Shared address space (RFC 6598): neither private nor global.
    _public_network = IPv4Network('100.64.0.0/10')
    _linklocal_network, _loopback_network, _multicast_network, _reserved_network = \
        _v4_networks('169.254.0.0/16', '127.0.0.0/8', '224.0.0.0/4', '240.0.0.0/4')
    _unspecified_address = IPv4Address(0)


IPv4Address._constants = IPv4Network._constants = _IPv4Constants


# --- IPv6 --------------------------------------------------------------------------------

def _longest_zero_run(hextets):
    """(start, length) of the first longest run of '0' hextets, length 0 if none."""
    best_start, best_length = 0, 0
    run_start = None
    for i, hextet in enumerate(hextets + ['end']):
        if hextet == '0':
            if run_start is None:
                run_start = i
        elif run_start is not None:
            if i - run_start > best_length:
                best_start, best_length = run_start, i - run_start
            run_start = None
    return best_start, best_length


class _BaseV6:
    """The IPv6 specifics of addresses, networks and interfaces."""

    __slots__ = ()
    _version = 6
    _max_prefixlen = IPV6LENGTH
    _ALL_ONES = (1 << IPV6LENGTH) - 1
    _HEXTET_COUNT = 8
    _HEX_DIGITS = frozenset('0123456789abcdefABCDEF')
    _netmask_cache = {}

    @classmethod
    def _prefix_from_mask_text(cls, text):
        # IPv6 has no netmask notation: only a prefix length.
        return cls._prefix_from_prefix_string(text)

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        """The int of IPv6 text (hextets, at most one '::', optionally ending in dotted
        IPv4); AddressValueError says what is wrong."""
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        parts = ip_str.split(':')
        if len(parts) < 3:
            raise AddressValueError("At least 3 parts expected in %r" % ip_str)
        if '.' in parts[-1]:
            # An embedded IPv4 address stands for the last two hextets.
            try:
                low32 = IPv4Address(parts.pop())._ip
            except AddressValueError as exc:
                raise AddressValueError("%s in %r" % (exc, ip_str)) from None
            parts += ['%x' % (low32 >> 16), '%x' % (low32 & 0xFFFF)]
        if len(parts) > cls._HEXTET_COUNT + 1:
            raise AddressValueError("At most %d colons permitted in %r"
                                    % (cls._HEXTET_COUNT, ip_str))
        # An empty part other than the first or last is where '::' stands.
        gaps = [i for i in range(1, len(parts) - 1) if not parts[i]]
        if len(gaps) > 1:
            raise AddressValueError("At most one '::' permitted in %r" % ip_str)
        leading = "Leading ':' only permitted as part of '::' in %r" % ip_str
        trailing = "Trailing ':' only permitted as part of '::' in %r" % ip_str
        if gaps:
            head, tail = parts[:gaps[0]], parts[gaps[0] + 1:]
            # An empty first (last) part is only allowed as the other half of '::'.
            if not head[0]:
                if len(head) > 1:
                    raise AddressValueError(leading)
                head = []
            if not tail[-1]:
                if len(tail) > 1:
                    raise AddressValueError(trailing)
                tail = []
            skipped = cls._HEXTET_COUNT - len(head) - len(tail)
            if skipped < 1:
                raise AddressValueError("Expected at most %d other parts with '::' in %r"
                                        % (cls._HEXTET_COUNT - 1, ip_str))
        else:
            if len(parts) != cls._HEXTET_COUNT:
                raise AddressValueError("Exactly %d parts expected without '::' in %r"
                                        % (cls._HEXTET_COUNT, ip_str))
            if not parts[0]:
                raise AddressValueError(leading)
            if not parts[-1]:
                raise AddressValueError(trailing)
            head, tail, skipped = parts, [], 0
        try:
            hextets = [cls._parse_hextet(part) for part in head]
            hextets += [0] * skipped
            hextets += [cls._parse_hextet(part) for part in tail]
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None
        value = 0
        for hextet in hextets:
            value = (value << 16) | hextet
        return value

    @classmethod
    def _parse_hextet(cls, hextet_str):
        if not cls._HEX_DIGITS.issuperset(hextet_str):
            raise ValueError("Only hex digits permitted in %r" % hextet_str)
        if len(hextet_str) > 4:
            raise ValueError("At most 4 characters permitted in %r" % hextet_str)
        return int(hextet_str, 16)

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        """The compressed text of an int: hextets without leading zeros, the first
        longest run of two or more zero hextets written as '::'."""
        if ip_int > cls._ALL_ONES:
            raise ValueError('IPv6 address is too large')
        hextets = ['%x' % ((ip_int >> shift) & 0xFFFF) for shift in range(112, -16, -16)]
        start, length = _longest_zero_run(hextets)
        if length < 2:
            return ':'.join(hextets)
        before = ':'.join(hextets[:start])
        after = ':'.join(hextets[start + length:])
        return before + '::' + after

    def _explode_shorthand_ip_string(self):
        # Computed from the text form, as CPython does (so a scoped address fails).
        if isinstance(self, IPv6Network):
            text = str(self.network_address)
        elif isinstance(self, IPv6Interface):
            text = str(self.ip)
        else:
            text = str(self)
        digits = '%032x' % self._ip_int_from_string(text)
        exploded = ':'.join(digits[i:i + 4] for i in range(0, 32, 4))
        if isinstance(self, (_BaseNetwork, IPv6Interface)):
            return '%s/%d' % (exploded, self._prefixlen)
        return exploded

    def _reverse_pointer(self):
        nibbles = self.exploded[::-1].replace(':', '')
        return '.'.join(nibbles) + '.ip6.arpa'

    @staticmethod
    def _split_scope_id(ip_str):
        """(address, scope id or None) of 'address%scope_id'."""
        addr, percent, scope_id = ip_str.partition('%')
        if not percent:
            return addr, None
        if not scope_id or '%' in scope_id:
            raise AddressValueError('Invalid IPv6 address: "%r"' % ip_str)
        return addr, scope_id


def _as_ipv4_if_mapped(check):
    """A property of IPv6Address that an IPv4-mapped address (::ffff:a.b.c.d) takes
    from its IPv4 address."""
    name = check.__name__

    def mapped_or_own(self):
        mapped = self.ipv4_mapped
        return check(self) if mapped is None else getattr(mapped, name)
    mapped_or_own.__name__ = name
    mapped_or_own.__doc__ = check.__doc__
    return property(mapped_or_own)


class IPv6Address(_BaseV6, _BaseAddress):
    """Represent and manipulate single IPv6 Addresses.

    IPv6Address(address): address is an int, 16 packed bytes, or text such as
    '2001:db8::1', possibly with a scope id ('fe80::1%eth0'); AddressValueError if it
    is not a valid IPv6 address.
    """

    __slots__ = ('_ip', '_scope_id', '__weakref__')

    def __init__(self, address):
        self._scope_id = None
        super().__init__(address)

    def _int_from_address_text(self, text):
        text, self._scope_id = self._split_scope_id(text)
        return self._ip_int_from_string(text)

    scope_id = property(lambda self: self._scope_id,
                        doc="The scope id ('eth0' of 'fe80::1%eth0'), or None.")
    packed = property(lambda self: v6_int_to_packed(self._ip),
                      doc="The binary representation of this address.")

    def __str__(self):
        text = super().__str__()
        if self._scope_id:
            text += '%' + self._scope_id
        return text

    def __eq__(self, other):
        same_address = super().__eq__(other)
        if same_address is NotImplemented:
            return same_address
        return bool(same_address) and self._scope_id == getattr(other, '_scope_id', None)

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __reduce__(self):
        # The text keeps the scope id.
        return self.__class__, (str(self),)

    @_as_ipv4_if_mapped
    def is_loopback(self):
        """Whether this is ::1."""
        return self._ip == 1

    @_as_ipv4_if_mapped
    def is_unspecified(self):
        """Whether this is ::."""
        return self._ip == 0

    @_as_ipv4_if_mapped
    def is_multicast(self):
        """Whether the address is reserved for multicast (ff00::/8)."""
        return self._ip >> 120 == 0xFF

    @_as_ipv4_if_mapped
    def is_link_local(self):
        """Whether the address is link-local (fe80::/10)."""
        return self._ip >> 118 == 0xFE80 >> 6

    @property
    def is_site_local(self):
        """Whether the address is in the deprecated site-local range fec0::/10."""
        return self._ip >> 118 == 0xFEC0 >> 6

    @_as_ipv4_if_mapped
    def is_reserved(self):
        """Whether the address is in one of the IETF's reserved ranges."""
        return any(self in net for net in self._constants._reserved_networks)

    @_as_ipv4_if_mapped
    def is_private(self):
        """Whether the IANA IPv6 Special-Purpose Address Registry marks the address as
        not globally reachable (with that registry's exceptions)."""
        constants = self._constants
        return (any(self in net for net in constants._private_networks)
                and not any(self in net for net in constants._private_networks_exceptions))

    @_as_ipv4_if_mapped
    def is_global(self):
        """Whether the address is globally reachable (not private)."""
        return not self.is_private

    # Addresses with an IPv4 address inside.
    @property
    def ipv4_mapped(self):
        """The IPv4 address of an IPv4-mapped address (::ffff:a.b.c.d), else None."""
        if self._ip >> 32 == 0xFFFF:
            return IPv4Address(self._ip & 0xFFFFFFFF)
        return None

    @property
    def sixtofour(self):
        """The IPv4 address embedded in a 6to4 address (2002::/16), else None."""
        if self._ip >> 112 == 0x2002:
            return IPv4Address(self._ip >> 80 & 0xFFFFFFFF)
        return None

    @property
    def teredo(self):
        """(server, client) IPv4 addresses of a Teredo address (2001::/32), else None."""
        if self._ip >> 96 != 0x20010000:
            return None
        server = self._ip >> 64 & 0xFFFFFFFF
        client = ~self._ip & 0xFFFFFFFF     # stored inverted
        return IPv4Address(server), IPv4Address(client)


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network: IPv6Network('2001:db8::/32').

    IPv6Network(address, strict=True): address is 'address/prefix', a plain address (a
    /128 network), an int or packed bytes (/128 too), or a tuple (address, prefix
    length). With strict, host bits set in the address are a ValueError; otherwise they
    are cleared. Bad parts raise AddressValueError or NetmaskValueError.
    """

    _address_class = IPv6Address

    @property
    def is_site_local(self):
        """Whether the whole network is in the deprecated site-local range fec0::/10."""
        return self.network_address.is_site_local and self.broadcast_address.is_site_local


class IPv6Interface(_BaseInterface, IPv6Address):
    """An IPv6 address together with its network: IPv6Interface('2001:db8::5/64')."""

    _address_class = IPv6Address
    _network_class = IPv6Network

    # These two also look at the network (and, unlike the address, do not defer
    # is_unspecified to an IPv4-mapped address).
    @property
    def is_loopback(self):
        return IPv6Address.is_loopback.fget(self) and self.network.is_loopback

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified


def _v6_networks(*texts):
    return [IPv6Network(text) for text in texts]


class _IPv6Constants:
    # From the IANA IPv6 Special-Purpose Address Registry: not globally reachable ...
    _private_networks = _v6_networks(
        '::1/128', '::/128', '::ffff:0:0/96', '64:ff9b:1::/48', '100::/64', '2001::/23',
        '2001:db8::/32', '2002::/16', '3fff::/20', 'fc00::/7', 'fe80::/10')
    # ... except for these.
    _private_networks_exceptions = _v6_networks(
        '2001:1::1/128', '2001:1::2/128', '2001:3::/32', '2001:4:112::/48',
        '2001:20::/28', '2001:30::/28')
    # The IETF's reserved ranges.
    _reserved_networks = _v6_networks(
        '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3',
        '6000::/3', '8000::/3', 'a000::/3', 'c000::/3', 'e000::/4', 'f000::/5',
        'f800::/6', 'fe00::/9')
    _linklocal_network, _multicast_network, _sitelocal_network = \
        _v6_networks('fe80::/10', 'ff00::/8', 'fec0::/10')


IPv6Address._constants = IPv6Network._constants = _IPv6Constants
