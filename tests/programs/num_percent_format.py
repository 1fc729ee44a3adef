def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
vals = [0, -0.0, 1.5, -2.5, 1e100, 123456.789, 2**70, -(2**65), True, float('nan'), float('-inf'), 1e-10]
for spec in ['%d', '%i', '%u', '%x', '%X', '%o', '%#x', '%#o', '%#X', '%e', '%E', '%f', '%F', '%g', '%G', '%r', '%s', '%a', '%10.3f', '%-10.3e|', '%+.2g', '% d', '%05d', '%-05d|', '%+05.1f', '%.0e', '%#.0f', '%#.3g', '%.30f', '%.0g', '%c', '%.3d', '%+x', '%#10.4x|', '%010.2e', '%.1%' if False else '%%']:
    out = []
    for v in vals:
        try:
            out.append(spec % v if spec != '%%' else spec % ())
        except Exception as e:
            out.append('%s: %s' % (type(e).__name__, e))
    print(spec, out)
t('%*d', lambda: '%*d|%-*d|%.*f' % (5, 3, 5, 3, 2, 3.14159))
t('%d str', lambda: '%d' % '5')
t('%x float', lambda: '%x' % 5.0)
t('%c float', lambda: '%c' % 65.0)
t('%c neg', lambda: '%c' % -1)
t('%d obj', lambda: '%d' % type('I', (), {'__index__': lambda s: 7})())
t('%d int-like', lambda: '%d' % type('I', (), {'__int__': lambda s: 7})())
t('%f int-like', lambda: '%f' % type('F', (), {'__float__': lambda s: 7.5})())
t('%f str', lambda: '%f' % 'x')
t('%d complex', lambda: '%d' % 1j)
t('%f big int', lambda: '%f' % 10**400)
t('%d big float', lambda: '%d' % 1e300)
t('%d nan', lambda: '%d' % float('nan'))
t('%d inf', lambda: '%d' % float('inf'))
t('%e huge prec', lambda: len('%.200e' % 1.0))
t('%g sub', lambda: ('%g' % 100000, '%g' % 1000000, '%g' % 1e-4, '%g' % 1e-5, '%#g' % 0.0, '%g' % -0.0))
t('bytes %', lambda: (b'%d %x %f %e %g' % (5, 255, 1.5, 1e10, 1e-10), b'%c' % 65, b'%5.2f' % 2.345))
t('format complex', lambda: [format(v, s) for v in (1+2j, -1.5-0j, complex(0, -0.0), 1e20j, complex(1e-10, 1e10)) for s in ('', 'g', '.3', '>20', '+.2e', ' ', 'z.1f', '#.0f', '.0e', 'n', ',.2f', '_g')])
t('format complex pct', lambda: format(1j, '%'))
t('format complex c', lambda: format(1j, 'c'))
t('format float big prec', lambda: (format(1e300, '.0f')[:20], len(format(1e300, 'f')), format(5e-324, '.1e'), format(5e-324, 'g'), format(2**-1074, '.1000g')[-10:]))
t('format g edges', lambda: [format(v, 'g') for v in (1e16, 1e15, 123456, 1234567, 0.0001, 0.00001, 1.0, 10.0, 1e-5, 1.5e300)])
t('format .Ng', lambda: [format(0.000123456, '.%dg' % n) for n in range(0, 8)])
t('format #g', lambda: [format(v, '#.3g') for v in (1.0, 100.0, 1e5, 0.5, 1e-10)])
t('format %', lambda: [format(v, '.1%') for v in (0.5, 1.0, -0.001, 1e10, float('nan'))])
t('format n float', lambda: [format(v, 'n') for v in (1234567.0, 1e20, 0.5, -1.25)])
t('format n int', lambda: [format(v, 'n') for v in (1234567, -5, 2**70)])
t('format fill unicode', lambda: (format(5, '€^9'), format(2.5, '★>8.2f'), format(-3, '0=8'), format(-3.5, '0=10.2f')))
t('format z', lambda: (format(-0.0, 'z'), format(-0.0, 'zf'), format(-0.001, 'z.1f'), format(-0.001, 'z.1e'), format(-0.001, 'z.1%'), format(-1e-20, 'z.0g'), format(-0.0, 'z.2')))
t('format width grouping zero', lambda: (format(1234, '010,'), format(-1234, '010,'), format(1234.5, '012,.2f'), format(255, '012_x'), format(255, '#012_x'), format(1234567, '0=+15,')))
t('int format big', lambda: (format(2**200, ','), format(-(2**200), '_x'), format(2**200, 'o')[:10]))
t('round-trip', lambda: all(float(repr(x)) == x for x in (0.1, 2/3, 1e-300, 12345.6789, 5e-324, 1.7976931348623157e308)))
