def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
ints = [0, 5, -5, 255, -255, 1234567, -1234567, 2**70, True, 65]
ispecs = ['', 'd', ',', '_', ',d', '_d', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', '_b', '_x', '_o', ',b', 'c', 'n', '+', '-', ' ', '+d', ' d', '10', '<10', '>10', '^10', '=10', '010', '+010', '#010x', '0=+10', '*^12,', 'e', 'f', 'g', '%', '.2f', '.3e', 'E', 'G', 'F', '.0%', '10.2', 's', '.2', '#', '#d', 'z', 'zd', '_,', ',_', '+#x', '-#o', '=', '0', '00', '020,', '020_x', '#_x', ',x', '10c', '+c', 'z.2f', '#.0f', '08.3e', '#g', 'n,']
for spec in ispecs:
    print(spec, end=' ')
    for v in ints:
        try:
            print(repr(format(v, spec)), end=' ')
        except Exception as e:
            print(type(e).__name__, e, end=' | ')
    print()
floats = [0.0, -0.0, 1.5, -1.5, 1234567.891, 1e-7, 1e16, 123456789.0, float('inf'), float('-inf'), float('nan'), 0.000123456, 2.5, 3.5, 1e100, 100.0, 0.1, -1e-300]
fspecs = ['', 'f', 'F', 'e', 'E', 'g', 'G', '%', 'n', '.0f', '.1f', '.2e', '.3g', '.0g', '.0e', '#.0f', '#.0e', '#g', '#.3g', '#', ',', '_', ',.2f', '_.3f', '+', ' ', '+.1f', '10', '<12', '>12', '^12', '=12', '012', '+012.2f', '*^15.3e', 'z', 'z.1f', 'z.0f', 'z.2e', 'z,.1f', '.10', '.17', '.20f', '.0%', '.1%', '.50e', 'r', 'd', 'x', 'c', 's', ',g', '012,.1f', '.3n', 'g,', '.1', '.0', '#.0', '.2G', '-.1e', '=+10.1f', '0>8.1f', '.2%', '#x', ',e', '_g']
for spec in fspecs:
    print(spec, end=' ')
    for v in floats:
        try:
            print(repr(format(v, spec)), end=' ')
        except Exception as e:
            print(type(e).__name__, e, end=' | ')
    print()
t('pct', lambda: ('%d' % 3.7, '%i' % -2.5, '%x' % 255, '%o' % 8, '%e' % 1.5, '%g' % 1e-5, '%.3f' % 2.0005, '%5.1f|' % 3.14159, '%-8d|' % 5, '%+d' % 5, '% d' % 5, '%#x' % 255, '%#o' % 8, '%05d' % -3, '%c' % 65, '%.0f' % 2.5, '%.0f' % 3.5, '%r' % 1.0, '%s' % 1e16, '%a' % 2.0, '%10.3e' % 12345.678, '%G' % 1e-10, '%#g' % 1.0, '%x' % -255, '%X' % 2**70, '%d' % True, '%.2f' % True, '%f' % float('nan'), '%F' % float('inf'), '%e' % -0.0))
t('pct bad', lambda: '%d' % 'x')
t('pct x float', lambda: '%x' % 1.5)
t('pct c big', lambda: '%c' % 0x110000)
t('int fmt err', lambda: format(5, ',c'))
t('int fmt err2', lambda: format(5, '.2d'))
t('int fmt err3', lambda: format(5, 'q'))
t('int fmt err4', lambda: format(5, '#c'))
t('c range', lambda: format(-1, 'c'))
t('c range2', lambda: format(0x110000, 'c'))
t('float fmt err', lambda: format(1.5, ',n'))
t('int str sign', lambda: format(5, '=+'))
t('big', lambda: (format(10**30, ','), format(-(10**30), '_x'), format(2**100, 'e'), format(2**100, '.3g'), format(10**30, 'f'), format(-(2**1023), '%') [:10]))
t('int huge float spec', lambda: format(10**400, 'e'))
t('str.format', lambda: ('{:,}'.format(1234), '{0:>{1}}'.format(5, 4), '{:{}{}}'.format(3.14159, '.', '2f')))
t('round-trip repr', lambda: [repr(float(repr(x))) == repr(x) for x in [0.1, 1/3, 2.0**-1074, 1.7976931348623157e308]])
t('fmt width huge', lambda: format(5, '99999999999999999999'))
t('fmt prec huge', lambda: format(5.0, '.99999999999999999999f'))
