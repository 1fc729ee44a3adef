# ipaddress: addresses of both versions, their properties, formats and parse errors.
import copy
import ipaddress as I
import pickle


def show(label, func, *args):
    try:
        print(label, repr(func(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


PROPS = ('is_private', 'is_global', 'is_multicast', 'is_reserved', 'is_unspecified',
         'is_loopback', 'is_link_local')
for text in ['0.0.0.0', '10.1.2.3', '127.0.0.1', '169.254.1.1', '172.16.5.4', '192.0.0.9',
             '192.0.2.1', '100.64.0.1', '224.0.0.1', '240.0.0.1', '255.255.255.255', '8.8.8.8']:
    a = I.ip_address(text)
    print(repr(a), [getattr(a, name) for name in PROPS], a.packed, int(a), a.reverse_pointer)
for text in ['::', '::1', 'fe80::1', 'fec0::1', 'ff02::1', '2001:db8::1', '2001::1',
             '2002:c000:204::1', '::ffff:127.0.0.1', '::ffff:8.8.8.8', '2606:4700::1111',
             '2001:0:4136:e378:8000:63bf:3fff:fdd2', '1:0:0:2:0:0:0:3', 'fe80::1%eth0']:
    a = I.ip_address(text)
    print(repr(a), [getattr(a, name) for name in PROPS], a.is_site_local)
    print('  ', a.compressed, a.packed.hex(), a.ipv4_mapped, a.sixtofour, a.teredo, a.scope_id)
    show('   exploded', lambda: (a.exploded, a.reverse_pointer[:20]))

for value in [0, 1, 2 ** 32 - 1, 2 ** 32, -1, b'\x01\x02\x03\x04', b'\x00' * 16, b'abc', 1.5, None]:
    show('ip_address %r' % (value,), I.ip_address, value)
for bad in ['', '1.2.3', '1.2.3.4.5', '1.2.3.04', '1.2.3.256', '1.2.3.1234', '1.2.3.x', '1.2..3',
            '1.2.3.\u0663', '1.2.3.4/8']:
    show('v4 ' + repr(bad), I.IPv4Address, bad)
for bad in ['', '1:2', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7:8:9:0', ':::', '1::2::3', ':1::2', '1::2:',
            '1:2:3:4:5:6:7::8', '1:2:3:4:5:6:7', ':2:3:4:5:6:7:8', '1:2:3:4:5:6:7:', '::1.2.3',
            '::g', '::12345', '::1%', '::1%a%b', '::1%a/3']:
    show('v6 ' + repr(bad), I.IPv6Address, bad)
show('v4 int', I.IPv4Address, -1)
show('v6 int', I.IPv6Address, 2 ** 128)
show('v4 packed', I.IPv4Address, b'123')

a, b = I.IPv4Address('1.2.3.4'), I.IPv4Address('1.2.3.5')
print(a < b, a <= b, a == b, a != b, b > a, a + 1 == b, b - 1, sorted([b, a]))
show('v4 < v6', lambda: a < I.IPv6Address('::1'))
show('v4 == v6', lambda: a == I.IPv6Address('::1'))
show('lt int', lambda: a < 1)
show('add float', lambda: a + 1.0)
show('overflow', lambda: I.IPv4Address('255.255.255.255') + 1)
show('scope eq', lambda: (I.IPv6Address('::1%x') == I.IPv6Address('::1'),
                          I.IPv6Address('::1%x') == I.IPv6Address('::1%x')))
show('hash', lambda: hash(a) == hash(I.IPv4Address(int(a))))
for fmt in ['', 's', 'b', 'x', 'X', '#x', '_b', '#_n', 'n', '>20s', '>20', 'd', '#_X', '_x']:
    show('format %r' % fmt, lambda: (format(a, fmt), format(I.IPv6Address('::1%e'), fmt)))
for x in [a, I.IPv6Address('2001:db8::%scope'), I.IPv4Interface('1.2.3.4/24'),
          I.IPv6Interface('::1/64'), I.IPv4Network('10.0.0.0/8')]:
    print('copy', pickle.loads(pickle.dumps(x)) == x, copy.copy(x) == x, copy.deepcopy(x) == x)
show('packers', lambda: (I.v4_int_to_packed(1), I.v6_int_to_packed(1)))
show('packer v4 range', I.v4_int_to_packed, -1)
show('packer v6 range', I.v6_int_to_packed, 2 ** 128)
show('version', lambda: (a.version, a.max_prefixlen, I.IPv6Address('::').version,
                         I.IPV4LENGTH, I.IPV6LENGTH))
show('errors', lambda: (issubclass(I.AddressValueError, ValueError),
                        issubclass(I.NetmaskValueError, ValueError)))
