# ipaddress: networks and interfaces, and the module functions working on them.
import ipaddress as I


def show(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
        if type(result).__name__ in ('generator', 'map'):
            result = (type(result).__name__, list(result))
        print(label, repr(result))
    except Exception as e:
        print(label, type(e).__name__, e)


PROPS = ('is_private', 'is_global', 'is_multicast', 'is_reserved', 'is_unspecified',
         'is_loopback', 'is_link_local')
for text in ['10.0.0.0/8', '192.168.1.0/255.255.255.0', '192.168.1.0/0.0.0.255', '1.2.3.4',
             '100.64.0.0/10', '0.0.0.0/0', '192.0.0.8/29', '2001:db8::/32', '::1/128',
             'fe80::/10', 'fec0::/10', '::ffff:0:0/96', 'ff00::/8', 'fe80::%eth0/64']:
    n = I.ip_network(text)
    print(repr(n), [getattr(n, name) for name in PROPS])
    print('  ', n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen,
          n.num_addresses, n.with_prefixlen, n.with_netmask, n.with_hostmask)
    show('   exploded', lambda: (n.exploded, n.compressed))
show('site local', lambda: I.ip_network('fec0::/16').is_site_local)

for arg in ['1.2.3.4/24', ('1.2.3.4', 24), ('1.2.3.4', '255.255.0.0'), 16909060, b'\x01\x02\x03\x04',
            ('1.2.3.4',), '1.2.3.4/24/2', ('1.2.3.4', 33), '1.2.3.4/255.0.255.0', '1.2.3.4/ 3',
            '1.2.3.4/-1', '1.2.3.4/', ('1.2.3.4', '255.255.0.0', 1), 'x', '::/ffff::', ('::', 129)]:
    show('network %r' % (arg,), I.ip_network, arg)
    show('  loose', I.ip_network, arg, False)

n = I.ip_network('192.0.2.0/29')
show('hosts', n.hosts)
show('iter', list, n)
show('hosts /31', I.ip_network('192.0.2.0/31').hosts)
show('hosts /32', I.ip_network('192.0.2.1/32').hosts)
show('hosts v6', I.ip_network('2001:db8::/126').hosts)
show('hosts /127', I.ip_network('::/127').hosts)
show('index', lambda: (n[0], n[-1], n[7], n[-8]))
show('index out', lambda: n[8])
show('index out neg', lambda: n[-9])
show('contains', lambda: (I.ip_address('192.0.2.3') in n, I.ip_address('192.0.3.3') in n,
                          I.ip_address('::1') in n, n in n))
show('contains str', lambda: '192.0.2.1' in n)
show('subnets', n.subnets)
show('subnets 2', n.subnets, 2)
show('subnets new', n.subnets, new_prefix=31)
show('subnets shorter', lambda: list(n.subnets(new_prefix=28)))
show('subnets too far', lambda: list(n.subnets(4)))
show('subnets neg', lambda: list(n.subnets(-1)))
show('subnets both', lambda: list(n.subnets(2, 31)))
show('subnets /32', I.ip_network('1.0.0.0/32').subnets, 5)
show('supernet', n.supernet)
show('supernet 5', n.supernet, 5)
show('supernet new', n.supernet, new_prefix=24)
show('supernet longer', n.supernet, new_prefix=30)
show('supernet too far', n.supernet, 30)
show('supernet both', n.supernet, 2, 20)
show('supernet /0', I.ip_network('0.0.0.0/0').supernet, 5)
big = I.ip_network('10.0.0.0/8')
show('exclude', big.address_exclude, I.ip_network('10.1.0.0/16'))
show('exclude self', big.address_exclude, big)
show('exclude outside', lambda: list(big.address_exclude(I.ip_network('11.0.0.0/16'))))
show('exclude address', lambda: list(big.address_exclude(I.ip_address('10.0.0.0'))))
show('exclude v6', lambda: list(big.address_exclude(I.ip_network('::/0'))))
small = I.ip_network('10.1.0.0/16')
show('relations', lambda: (small.subnet_of(big), big.supernet_of(small), big.subnet_of(small),
                           big.overlaps(small), small.overlaps(I.ip_network('11.0.0.0/8'))))
show('subnet_of address', big.subnet_of, I.ip_address('10.0.0.1'))
show('subnet_of v6', big.subnet_of, I.ip_network('::/0'))
show('compare', lambda: (big.compare_networks(small), small.compare_networks(big),
                         big.compare_networks(big)))
show('compare v6', big.compare_networks, I.ip_network('::/0'))
show('order', lambda: (big < small, big == small, sorted([small, big]),
                       big == I.ip_network('10.0.0.0/8'), hash(big) == hash(I.ip_network('10.0.0.0/8'))))
show('order v6', lambda: big < I.ip_network('::/0'))
show('eq address', lambda: big == I.ip_address('10.0.0.0'))
show('keys', lambda: sorted([I.ip_network('::/0'), big, I.ip_address('1.1.1.1'),
                             I.ip_address('::2')], key=I.get_mixed_type_key))
show('key other', I.get_mixed_type_key, 1)

for text in ['192.0.2.5/24', '10.0.0.1/255.0.0.0', '2001:db8::5/64', 'fe80::1%eth0/64',
             '::ffff:127.0.0.1/128', '0.0.0.0/8', '::/64', '127.0.0.1/8']:
    i = I.ip_interface(text)
    print(repr(i), i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen, i.with_netmask,
          i.with_hostmask, [getattr(i, name) for name in PROPS])
    show('   exploded', lambda: (i.exploded, i.compressed))
a, b = I.IPv4Interface('1.2.3.4/24'), I.IPv4Interface('1.2.3.4/16')
show('iface cmp', lambda: (a == b, a < b, b < a, a == I.IPv4Address('1.2.3.4'),
                           a < I.IPv4Address('1.2.3.5'), I.IPv4Address('1.2.3.4') < a))
show('iface hash', lambda: hash(a) == hash(I.IPv4Interface('1.2.3.4/24')))
show('ip_interface bad', I.ip_interface, -1)

show('summarize', I.summarize_address_range, I.ip_address('1.1.1.3'), I.ip_address('1.1.1.17'))
show('summarize all', I.summarize_address_range, I.ip_address('0.0.0.0'),
     I.ip_address('255.255.255.255'))
show('summarize v6', I.summarize_address_range, I.ip_address('::1'), I.ip_address('::10'))
show('summarize reversed', lambda: list(I.summarize_address_range(I.ip_address('1.1.1.1'),
                                                                  I.ip_address('1.1.1.0'))))
show('summarize network', lambda: list(I.summarize_address_range(I.ip_network('1.1.1.1'),
                                                                 I.ip_address('1.1.1.2'))))
show('summarize mixed', lambda: list(I.summarize_address_range(I.ip_address('1.1.1.1'),
                                                               I.ip_address('::1'))))
show('collapse', I.collapse_addresses, [I.ip_network('192.0.2.0/25'), I.ip_network('192.0.2.128/25'),
                                        I.ip_address('192.0.3.0'), I.ip_address('192.0.3.1'),
                                        I.ip_network('192.0.3.2/32'), I.ip_network('192.0.2.64/26')])
show('collapse ifaces', I.collapse_addresses, [I.ip_interface('1.1.1.1/24'),
                                               I.ip_interface('1.1.1.2/24')])
show('collapse mixed addrs', lambda: list(I.collapse_addresses([I.ip_address('1.1.1.1'),
                                                                I.ip_address('::1')])))
show('collapse mixed nets', lambda: list(I.collapse_addresses([I.ip_network('1.0.0.0/8'),
                                                               I.ip_network('::/64')])))
show('collapse mixed kinds', lambda: list(I.collapse_addresses([I.ip_address('1.1.1.1'),
                                                                I.ip_network('::/64')])))
show('collapse scoped', I.collapse_addresses, [I.ip_network('::1%e/128'), I.ip_network('::/128')])
show('collapse bad', lambda: list(I.collapse_addresses([1])))
show('collapse empty', I.collapse_addresses, [])
