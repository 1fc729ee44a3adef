# locale in the C locale: setlocale, getlocale, localeconv, number formatting and parsing,
# currency's refusal, normalize, and format_string's grouping with overridden conventions.
import locale

print(issubclass(locale.Error, Exception), locale.Error.__mro__[1].__name__)
print(locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE,
      locale.LC_MONETARY, locale.LC_MESSAGES, locale.LC_ALL, locale.CHAR_MAX)
print(locale.setlocale(locale.LC_NUMERIC))
for name in ['C', 'POSIX']:
    print(name, '->', locale.setlocale(locale.LC_NUMERIC, name))
print(locale.setlocale(locale.LC_NUMERIC, (None, None)))
print(locale.getlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_ALL, 'C'), locale.getlocale(), locale.getlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_CTYPE, 'C.UTF-8'), locale.getlocale())
print(locale.getpreferredencoding(False), locale.getencoding())
locale.setlocale(locale.LC_ALL, 'C')
conv = locale.localeconv()
for key in sorted(conv):
    print(' ', key, repr(conv[key]))
conv['grouping'].append(3)
print(locale.localeconv()['grouping'])
for text, value in [('%d', 1234567), ('%.2f', 1234567.891), ('%s-%d', ('a', 7)),
                    ('%10.3f|', -42.5), ('%(n)d items', {'n': 12345}), ('%d%%', 50),
                    ('%*d|', (6, 42)), ('%e', 12345.678)]:
    print(repr(locale.format_string(text, value)),
          repr(locale.format_string(text, value, grouping=True)))
print(locale.str(3.14159265358979), locale.str(1e20), locale.str(-0.5))
print(locale.atof('3.5'), locale.atof('12', int), locale.atoi('42'))
print(locale.delocalize('1234.5'), locale.localize('1234.5', grouping=True))
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('x', 'x'))
print(locale.strxfrm('hello'))
for call in [lambda: locale.currency(1.5), lambda: locale.strcoll('a', 1),
             lambda: locale.atoi('1.5'), lambda: locale.setlocale(locale.LC_ALL, 42),
             lambda: locale.format_string('%d %d', (1,)),
             lambda: locale.format_string('%d', (1, 2))]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ':', e)
for name in ['c', 'POSIX', 'C.utf8', 'en', 'EN', 'en_us', 'en_US.utf8', 'en_US:UTF-8',
             'de_DE@euro', 'de_DE.utf8@euro', 'fr_FR.ISO8859-1', 'ja_jp.eucjp', 'ja_jp.euc',
             'ja.sjis', 'zh_CN.gb2312', 'english', 'pt_br.utf-8', 'sr_RS@latin',
             'sr_RS.UTF-8@latn', 'ca@valencia', 'ca_ES@valencia', 'ks', 'sd@devanagari',
             'az_AZ.iso88599e', 'cs_CZ.iso88592', 'en_US.US-ASCII', 'xx', '']:
    print(repr(name), '->', repr(locale.normalize(name)))
print(locale._parse_localename('en_US.UTF-8'), locale._parse_localename('C'),
      locale._parse_localename('de_DE@euro'))
try:
    locale._parse_localename('xx')
except ValueError as e:
    print('ValueError:', e)
print(locale._build_localename(('en_US', 'UTF-8')), locale._build_localename((None, None)))

# Grouping with conventions like en_US's, as the test suite does.
locale._override_localeconv = {'thousands_sep': ',', 'grouping': [3, 3, 0],
                               'decimal_point': '.', 'mon_thousands_sep': ',',
                               'mon_grouping': [3, 0], 'mon_decimal_point': '.',
                               'currency_symbol': '$', 'int_curr_symbol': 'USD ',
                               'frac_digits': 2, 'int_frac_digits': 2,
                               'p_cs_precedes': 1, 'n_cs_precedes': 1,
                               'p_sep_by_space': 0, 'n_sep_by_space': 0,
                               'p_sign_posn': 1, 'n_sign_posn': 1,
                               'positive_sign': '', 'negative_sign': '-'}
for text, value in [('%d', 1234567), ('%.2f', 1234567.891), ('%10d|', 1234),
                    ('%-10d|', 1234), ('%12.2f|', -1234.5), ('%d', 12)]:
    print(repr(locale.format_string(text, value, grouping=True)))
print(locale.currency(1234.5), locale.currency(-1234.5, grouping=True),
      locale.currency(9.99, international=True), locale.currency(5, symbol=False))
print(locale.atof('1,234.5'), locale.atoi('1,234,567'))
locale._override_localeconv = {}
print(locale.nl_langinfo(locale.DAY_1),
      locale.nl_langinfo(locale.ABMON_12), locale.nl_langinfo(locale.RADIXCHAR),
      locale.nl_langinfo(locale.YESEXPR))
