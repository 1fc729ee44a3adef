"""Locale services for the C (POSIX) locale.

Ferrython carries the data of one locale only: "C" (also spelled "POSIX"), and its UTF-8
variant "C.UTF-8" for LC_CTYPE. setlocale() switches between those per category and
refuses any other name with locale.Error, as a C library does for a locale that is not
installed. Everything built on the current settings (localeconv, nl_langinfo, number
formatting with format_string/str/currency, parsing with atof/atoi, collation with
strcoll/strxfrm) gives the C locale's answers, as CPython does in that locale.

Name handling (normalize, getlocale's parsing, getdefaultlocale) works on any name."""

import sys
import os as _os
import re as _re
import encodings as _encodings
from collections.abc import Mapping as _Mapping

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "localize", "delocalize",
           "nl_langinfo", "LC_MESSAGES"]

_text = str          # `str` is redefined below, as the locale-aware float formatter


class Error(Exception):
    """Raised by setlocale() for a locale or category it cannot set."""


# Category numbers (those of glibc) and the "no value" marker of localeconv().
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

_CATEGORIES = (LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES)
# How glibc names the categories in the composite answer of setlocale(LC_ALL); the
# last six exist in the C library only and always hold "C" here.
_COMPOSITE_NAMES = ("LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY",
                    "LC_MESSAGES", "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE",
                    "LC_MEASUREMENT", "LC_IDENTIFICATION")


# ---------------------------------------------------------------------------------------
# The current settings

def _supported(name):
    """The canonical spelling of a locale name this module can set, or None."""
    folded = name.lower().replace('-', '').replace('_', '')
    if folded in ('c', 'posix'):
        return 'C'
    if folded in ('c.utf8', 'posix.utf8'):
        return 'C.UTF-8'
    return None


def _from_environment(category):
    """The locale the environment asks for in `category` (what setlocale(cat, '') picks),
    limited to the ones this module has."""
    label = _COMPOSITE_NAMES[category]
    for variable in ('LC_ALL', label, 'LANG'):
        wanted = _os.environ.get(variable)
        if wanted:
            break
    else:
        wanted = 'C'
    chosen = _supported(wanted)
    if chosen is None:
        # Like CPython's start-up (PEP 538), the text encoding stays UTF-8.
        chosen = 'C.UTF-8' if category == LC_CTYPE else 'C'
    return chosen


# At start-up CPython takes LC_CTYPE from the environment and leaves the rest at "C".
_current = {cat: 'C' for cat in _CATEGORIES}
_current[LC_CTYPE] = 'C.UTF-8' if _from_environment(LC_CTYPE) == 'C' else \
    _from_environment(LC_CTYPE)


def _check_category(category):
    if not isinstance(category, int):
        raise TypeError(f"'{type(category).__name__}' object cannot be interpreted "
                        "as an integer")
    if category != LC_ALL and category not in _current:
        raise Error("invalid locale category")


def _query(category):
    if category != LC_ALL:
        return _current[category]
    names = [_current[cat] for cat in _CATEGORIES]
    if all(n == names[0] for n in names):
        return names[0]
    names += ['C'] * (len(_COMPOSITE_NAMES) - len(names))
    return ';'.join(f'{label}={n}' for label, n in zip(_COMPOSITE_NAMES, names))


def _set_composite(text):
    """setlocale(LC_ALL, 'LC_CTYPE=...;LC_NUMERIC=...'): what a query of LC_ALL gave."""
    wanted = {}
    for part in text.split(';'):
        label, sep, name = part.partition('=')
        if not sep or label not in _COMPOSITE_NAMES:
            raise Error("unsupported locale setting")
        chosen = _supported(name)
        if chosen is None:
            raise Error("unsupported locale setting")
        index = _COMPOSITE_NAMES.index(label)
        if index < len(_CATEGORIES):
            wanted[_CATEGORIES[index]] = chosen
    _current.update(wanted)


def setlocale(category, locale=None):
    """Set the locale of `category` and return its new name; with `locale` None, only
    return the current name. `locale` may be a name, '' (from the environment) or a
    (language, encoding) pair. Names other than the C locale's raise Error."""
    _check_category(category)
    if locale is not None and not isinstance(locale, _text):
        locale = normalize(_build_localename(locale))
    if locale is None:
        return _query(category)
    if locale == '':
        targets = _CATEGORIES if category == LC_ALL else (category,)
        for cat in targets:
            _current[cat] = _from_environment(cat)
        return _query(category)
    if '\0' in locale:
        raise ValueError("embedded null character")
    if category == LC_ALL and ';' in locale:
        _set_composite(locale)
        return _query(category)
    chosen = _supported(locale)
    if chosen is None:
        raise Error("unsupported locale setting")
    if category == LC_ALL:
        for cat in _CATEGORIES:
            _current[cat] = chosen
    else:
        _current[category] = chosen
    return _query(category)


def resetlocale(category=LC_ALL):
    """Deprecated: set `category` to the default locale of the environment."""
    import warnings
    warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead',
                  DeprecationWarning, stacklevel=2)
    setlocale(category, '')


# ---------------------------------------------------------------------------------------
# What the C locale says

_override_localeconv = {}


def localeconv():
    """The numeric and monetary conventions of the current locale, as a new dict."""
    conventions = {
        'decimal_point': '.', 'thousands_sep': '', 'grouping': [],
        'int_curr_symbol': '', 'currency_symbol': '',
        'mon_decimal_point': '', 'mon_thousands_sep': '', 'mon_grouping': [],
        'positive_sign': '', 'negative_sign': '',
    }
    for key in ('int_frac_digits', 'frac_digits', 'p_cs_precedes', 'p_sep_by_space',
                'n_cs_precedes', 'n_sep_by_space', 'p_sign_posn', 'n_sign_posn'):
        conventions[key] = CHAR_MAX
    if _override_localeconv:
        conventions.update(_override_localeconv)
    return conventions


def strcoll(os1, os2, /):
    """Compare two strings by the collation of LC_COLLATE (code points in C)."""
    for number, value in enumerate((os1, os2), 1):
        if not isinstance(value, _text):
            raise TypeError(f"strcoll() argument {number} must be str, "
                            f"not {type(value).__name__}")
        if '\0' in value:
            raise ValueError("embedded null character")
    return (os1 > os2) - (os1 < os2)


def strxfrm(string, /):
    """A key that compares like strcoll() does: the string itself in C."""
    if not isinstance(string, _text):
        raise TypeError(f"strxfrm() argument must be str, not {type(string).__name__}")
    if '\0' in string:
        raise ValueError("embedded null character")
    return string


# nl_langinfo() keys, with glibc's numbers.
CODESET = 14
RADIXCHAR, THOUSEP = 0x10000, 0x10001
ABDAY_1, ABDAY_2, ABDAY_3, ABDAY_4, ABDAY_5, ABDAY_6, ABDAY_7 = range(0x20000, 0x20007)
DAY_1, DAY_2, DAY_3, DAY_4, DAY_5, DAY_6, DAY_7 = range(0x20007, 0x2000E)
(ABMON_1, ABMON_2, ABMON_3, ABMON_4, ABMON_5, ABMON_6, ABMON_7, ABMON_8, ABMON_9,
 ABMON_10, ABMON_11, ABMON_12) = range(0x2000E, 0x2001A)
(MON_1, MON_2, MON_3, MON_4, MON_5, MON_6, MON_7, MON_8, MON_9, MON_10, MON_11,
 MON_12) = range(0x2001A, 0x20026)
AM_STR, PM_STR, D_T_FMT, D_FMT, T_FMT, T_FMT_AMPM, ERA = range(0x20026, 0x2002D)
ERA_D_FMT, ALT_DIGITS, ERA_D_T_FMT, ERA_T_FMT = range(0x2002E, 0x20032)
CRNCYSTR = 0x4000F
YESEXPR, NOEXPR = 0x50000, 0x50001


def _langinfo_table():
    weekdays = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split()
    months = ('January February March April May June July August September October '
              'November December').split()
    table = {RADIXCHAR: '.', THOUSEP: '', AM_STR: 'AM', PM_STR: 'PM',
             D_T_FMT: '%a %b %e %H:%M:%S %Y', D_FMT: '%m/%d/%y', T_FMT: '%H:%M:%S',
             T_FMT_AMPM: '%I:%M:%S %p', ERA: '', ERA_D_FMT: '', ALT_DIGITS: '',
             ERA_D_T_FMT: '', ERA_T_FMT: '', CRNCYSTR: '-',
             YESEXPR: '^[yY]', NOEXPR: '^[nN]'}
    for number, day in enumerate(weekdays):
        table[DAY_1 + number] = day
        table[ABDAY_1 + number] = day[:3]
    for number, month in enumerate(months):
        table[MON_1 + number] = month
        table[ABMON_1 + number] = month[:3]
    return table


_LANGINFO = _langinfo_table()


def nl_langinfo(key, /):
    """One item of the current locale's information (CODESET, D_T_FMT, DAY_1, ...)."""
    if key == CODESET:
        return getencoding()
    try:
        return _LANGINFO[key]
    except (KeyError, TypeError):
        if not isinstance(key, int):
            raise TypeError(f"'{type(key).__name__}' object cannot be interpreted "
                            "as an integer") from None
        raise ValueError("unsupported langinfo constant") from None


def getencoding():
    """The encoding of the current LC_CTYPE locale, ignoring UTF-8 mode."""
    return 'UTF-8' if _current[LC_CTYPE] == 'C.UTF-8' else 'ANSI_X3.4-1968'


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use by default: 'utf-8' in UTF-8 mode, else the locale's."""
    if sys.flags.utf8_mode:
        return 'utf-8'
    return getencoding()


# gettext's C entry points: without message catalogs, messages come back unchanged.
def gettext(msg, /):
    return msg


def dgettext(domain, msg, /):
    return msg


def dcgettext(domain, msg, category, /):
    return msg


def textdomain(domain, /):
    return 'messages' if domain is None else domain


def bindtextdomain(domain, dir, /):
    return dir if dir is not None else '/usr/share/locale'


def bind_textdomain_codeset(domain, codeset, /):
    return codeset


# ---------------------------------------------------------------------------------------
# Numbers in the locale's conventions

def _group_sizes(grouping):
    """The sizes of the digit groups, from the right: a 0 entry repeats the previous size
    for ever, and CHAR_MAX ends the grouping."""
    previous = None
    for size in grouping:
        if size == CHAR_MAX:
            return
        if size == 0:
            if previous is None:
                raise ValueError("invalid grouping")
            while True:
                yield previous
        yield size
        previous = size


def _group(text, monetary=False):
    """Insert the thousands separator into `text` (a formatted number, maybe with a sign
    and padding). Returns the new text and how many characters were added.

    Groups are cut from the right while a digit ends what is left; what remains once the
    sizes run out is one more group, sign and all (CPython's locale does the same, which
    gives "-'42" for a grouping of [2])."""
    conv = localeconv()
    separator = conv['mon_thousands_sep' if monetary else 'thousands_sep']
    grouping = conv['mon_grouping' if monetary else 'grouping']
    if not grouping:
        return text, 0
    body = text.rstrip(' ') if text.endswith(' ') else text
    trailing = text[len(body):]
    leading = ''
    chunks = []
    for size in _group_sizes(grouping):
        if not body or body[-1] not in '0123456789':
            leading, body = body, ''
            break
        chunks.append(body[-size:])
        body = body[:-size]
    if body:
        chunks.append(body)
    chunks.reverse()
    return (leading + separator.join(chunks) + trailing,
            len(separator) * (len(chunks) - 1))


def _trim_padding(text, extra):
    """Take back `extra` padding spaces (leading first, then trailing) so that a grouped
    number keeps the width it was formatted to."""
    lead = len(text) - len(text.lstrip(' '))
    cut = min(lead, extra)
    text = text[cut:]
    extra -= cut
    if extra:
        tail = len(text) - len(text.rstrip(' '))
        cut = min(tail, extra)
        text = text[:len(text) - cut]
    return text


def _localize(text, grouping=False, monetary=False):
    whole, point, fraction = text.partition('.')
    added = 0
    if grouping:
        whole, added = _group(whole, monetary)
    if point:
        conv = localeconv()
        mark = conv['mon_decimal_point' if monetary else 'decimal_point']
        whole = whole + mark + fraction
    if added:
        whole = _trim_padding(whole, added)
    return whole


def localize(string, grouping=False, monetary=False):
    """Turn a number written the C way ('1234.5') into the locale's way."""
    return _localize(string, grouping, monetary)


def delocalize(string):
    """Turn a number written the locale's way back into the C way."""
    conv = localeconv()
    separator = conv['thousands_sep']
    if separator:
        string = string.replace(separator, '')
    point = conv['decimal_point']
    if point:
        string = string.replace(point, '.')
    return string


# One %-conversion: optional (key), flags/width/precision (possibly '*'), length
# modifier, type letter.
_CONVERSION = _re.compile(r'%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)'
                          r'(?P<kind>[eEfFgGdiucrsaxXo%])')
_NUMERIC_KINDS = 'eEfFgGdiu'


def _format_one(spec, value, grouping, monetary, extra=()):
    """Format one value with one %-conversion, in the locale's conventions when it is a
    numeric conversion."""
    formatted = spec % ((value,) + tuple(extra)) if extra else spec % value
    if spec[-1] in _NUMERIC_KINDS:
        formatted = _localize(formatted, grouping, monetary)
    return formatted


def format_string(f, val, grouping=False, monetary=False):
    """`f % val`, with the numeric conversions written in the locale's conventions
    (decimal point, and thousands separators when `grouping` is true)."""
    matches = list(_CONVERSION.finditer(f))
    if isinstance(val, _Mapping):
        values = None
    else:
        values = val if isinstance(val, tuple) else (val,)
    pieces = []
    position = 0
    taken = 0
    for match in matches:
        pieces.append(f[position:match.start()].replace('%', '%%'))
        position = match.end()
        spec = match.group()
        if match.group('kind') == '%':
            pieces.append('%%')
            continue
        if values is None:
            text = _format_one(spec, val, grouping, monetary)
        else:
            stars = match.group('modifiers').count('*')
            text = _format_one(spec, values[taken], grouping, monetary,
                               values[taken + 1:taken + 1 + stars])
            taken += 1 + stars
        pieces.append(text.replace('%', '%%'))
    pieces.append(f[position:].replace('%', '%%'))
    # Extra values are ignored, as CPython's locale does.
    return ''.join(pieces) % ()


def currency(val, symbol=True, grouping=False, international=False):
    """Format a number as an amount of money in the locale's conventions."""
    conv = localeconv()
    digits = conv['int_frac_digits' if international else 'frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    negative = val < 0
    amount = _localize(f'{abs(val):.{digits}f}', grouping, monetary=True)
    # '<' and '>' mark where a sign may go: before or after the amount alone.
    amount = '<' + amount + '>'
    if symbol:
        mark = conv['int_curr_symbol' if international else 'currency_symbol']
        precedes = conv['n_cs_precedes' if negative else 'p_cs_precedes']
        spaced = conv['n_sep_by_space' if negative else 'p_sep_by_space']
        gap = ' ' if spaced else ''
        if precedes:
            amount = mark + gap + amount
        else:
            if international and mark.endswith(' '):
                # The international symbol carries its own separator, for before.
                mark = mark[:-1]
            amount = amount + gap + mark
    position = conv['n_sign_posn' if negative else 'p_sign_posn']
    sign = conv['negative_sign' if negative else 'positive_sign']
    if position == 0:
        amount = '(' + amount + ')'
    elif position == 2:
        amount = amount + sign
    elif position == 3:
        amount = amount.replace('<', sign)
    elif position == 4:
        amount = amount.replace('>', sign)
    else:
        amount = sign + amount
    return amount.replace('<', '').replace('>', '')


def str(val):
    """A float as text with 12 significant digits, in the locale's conventions."""
    return format_string('%.12g', val)


def atof(string, func=float):
    """Parse a number written in the locale's conventions (with `func`, float by
    default)."""
    return func(delocalize(string))


def atoi(string):
    """Parse an integer written in the locale's conventions."""
    return int(delocalize(string))


# ---------------------------------------------------------------------------------------
# Locale names

# Default territory and encoding of each language code ("ll" or "ll_TT"), as the X11
# locale.alias tables map them; also spelled-out language names.
_LANGUAGE_DEFAULTS = """
af af_ZA.ISO8859-1      am am_ET.UTF-8          ar ar_AA.ISO8859-6
as as_IN.UTF-8          az az_AZ.ISO8859-9E     be be_BY.CP1251
bg bg_BG.CP1251         bn_in bn_IN.UTF-8       bo bo_IN.UTF-8
br br_FR.ISO8859-1      bs bs_BA.ISO8859-2      ca ca_ES.ISO8859-1
cs cs_CZ.ISO8859-2      cy cy_GB.ISO8859-1      da da_DK.ISO8859-1
de de_DE.ISO8859-1      el el_GR.ISO8859-7      en en_US.ISO8859-1
eo eo_XX.ISO8859-3      es es_ES.ISO8859-1      et et_EE.ISO8859-15
eu eu_ES.ISO8859-1      fa fa_IR.UTF-8          fi fi_FI.ISO8859-15
fo fo_FO.ISO8859-1      fr fr_FR.ISO8859-1      ga ga_IE.ISO8859-1
gd gd_GB.ISO8859-1      gl gl_ES.ISO8859-1      gv gv_GB.ISO8859-1
he he_IL.ISO8859-8      hi hi_IN.ISCII-DEV      hr hr_HR.ISO8859-2
hu hu_HU.ISO8859-2      hy hy_AM.UTF-8          id id_ID.ISO8859-1
is is_IS.ISO8859-1      it it_IT.ISO8859-1      iw iw_IL.ISO8859-8
ja ja_JP.eucJP          ka ka_GE.GEORGIAN-ACADEMY kk kk_KZ.ptcp154
kl kl_GL.ISO8859-1      km_kh km_KH.UTF-8       kn kn_IN.UTF-8
ko ko_KR.eucKR          ks ks_IN.UTF-8          kw kw_GB.ISO8859-1
ky ky_KG.UTF-8          lo lo_LA.MULELAO-1      lt lt_LT.ISO8859-13
lv lv_LV.ISO8859-13     mi mi_NZ.ISO8859-1      mk mk_MK.ISO8859-5
ml ml_IN.UTF-8          mr mr_IN.UTF-8          ms ms_MY.ISO8859-1
mt mt_MT.ISO8859-3      nb nb_NO.ISO8859-1      nl nl_NL.ISO8859-1
nn nn_NO.ISO8859-1      no no_NO.ISO8859-1      oc oc_FR.ISO8859-1
pa_in pa_IN.UTF-8       pl pl_PL.ISO8859-2      pt pt_PT.ISO8859-1
ro ro_RO.ISO8859-2      ru ru_RU.UTF-8          rw rw_RW.ISO8859-1
se_no se_NO.UTF-8       si si_LK.UTF-8          sk sk_SK.ISO8859-2
sl sl_SI.ISO8859-2      sq sq_AL.ISO8859-2      sr sr_RS.UTF-8
sv sv_SE.ISO8859-1      ta ta_IN.TSCII-0        te te_IN.UTF-8
tg tg_TJ.KOI8-C         th th_TH.ISO8859-11     tl tl_PH.ISO8859-1
tr tr_TR.ISO8859-9      tt tt_RU.TATAR-CYR      uk uk_UA.KOI8-U
ur ur_PK.CP1256         uz uz_UZ.UTF-8          vi vi_VN.TCVN
wa wa_BE.ISO8859-1      xh xh_ZA.ISO8859-1      yi yi_US.CP1255
zh_cn zh_CN.gb2312      zh_tw zh_TW.big5        zu zu_ZA.ISO8859-1
c C                     posix C                 c.ascii C
c.en C                  c.iso88591 en_US.ISO8859-1  c.utf8 C.UTF-8
en_us en_US.ISO8859-1   en_gb en_GB.ISO8859-1   de_at de_AT.ISO8859-1
de_ch de_CH.ISO8859-1   fr_be fr_BE.ISO8859-1   fr_ca fr_CA.ISO8859-1
fr_ch fr_CH.ISO8859-1   pt_br pt_BR.ISO8859-1   es_mx es_MX.ISO8859-1
ja_jp ja_JP.eucJP       ko_kr ko_KR.eucKR       ru_ru ru_RU.UTF-8
english en_EN.ISO8859-1 german de_DE.ISO8859-1  french fr_FR.ISO8859-1
spanish es_ES.ISO8859-1 italian it_IT.ISO8859-1 dutch nl_NL.ISO8859-1
danish da_DK.ISO8859-1  swedish sv_SE.ISO8859-1 finnish fi_FI.ISO8859-1
norwegian no_NO.ISO8859-1 portuguese pt_PT.ISO8859-1 greek el_GR.ISO8859-7
polish pl_PL.ISO8859-2  russian ru_RU.UTF-8     japanese ja_JP.eucJP
korean ko_KR.eucKR      hebrew he_IL.ISO8859-8  turkish tr_TR.ISO8859-9
japan ja_JP.eucJP       jp_jp ja_JP.eucJP
     japanese-euc ja_JP.eucJP english_uk en_GB.ISO8859-1
english_us en_US.ISO8859-1 ks_in ks_IN.UTF-8   sd sd_IN.UTF-8
sd_in sd_IN.UTF-8       ks_in@devanagari ks_IN.UTF-8@devanagari
sd_in@devanagari sd_IN.UTF-8@devanagari         be_by@latin be_BY.UTF-8@latin
sr_rs@latin sr_RS.UTF-8@latin                   ca_es@valencia ca_ES.UTF-8@valencia
"""

locale_alias = {}
_words = _LANGUAGE_DEFAULTS.split()
for _key, _value in zip(_words[::2], _words[1::2]):
    locale_alias[_key] = _value
del _words, _key, _value

# Encoding names as the C library spells them, by their normalized Python spelling.
locale_encoding_alias = {}
for _line in """
    UTF-8       utf8 utf utf8ucs2 utf8ucs4
    ISO8859-1   latin1 ascii usascii ansix341968 646 iso646us
    ISO8859-15  latin9
    eucJP       eucjp ujis ajec
    eucKR       euckr
    eucTW       euctw
    eucCN       euccn
    JIS7        jis jis7 iso2022jp
    SJIS        sjis mscode pck shiftjis
    KOI8-R      koi8r
    KOI8-U      koi8u
    KOI8-T      koi8t
    KOI8-C      koi8c
    CP1251      cp1251 microsoftcp1251
    CP1255      cp1255 microsoftcp1255
    CP1256      cp1256 microsoftcp1256
    IBM-CP1133  cp1133 ibmcp1133
    GEORGIAN-ACADEMY georgianacademy
    GEORGIAN-PS georgianps
    gb2312      gb2312
    GBK         gbk
    gb18030     gb18030
    big5        big5
    big5hkscs   big5hkscs
    TIS620      tis620 tis6200 tis62025291
    ptcp154     ptcp154
    TCVN        tcvn tcvn57121
    ISCII-DEV   isciidev
    TSCII-0     tscii0
    TATAR-CYR   tatarcyr
    MULELAO-1   mulelao1
""".strip().splitlines():
    _target, *_spellings = _line.split()
    for _spelling in _spellings:
        locale_encoding_alias[_spelling] = _target
del _line, _target, _spellings, _spelling

# Windows language identifiers (LCIDs) of the most used locales.
windows_locale = {
    0x0401: 'ar_SA', 0x0402: 'bg_BG', 0x0403: 'ca_ES', 0x0404: 'zh_TW', 0x0405: 'cs_CZ',
    0x0406: 'da_DK', 0x0407: 'de_DE', 0x0408: 'el_GR', 0x0409: 'en_US', 0x040a: 'es_ES',
    0x040b: 'fi_FI', 0x040c: 'fr_FR', 0x040d: 'he_IL', 0x040e: 'hu_HU', 0x040f: 'is_IS',
    0x0410: 'it_IT', 0x0411: 'ja_JP', 0x0412: 'ko_KR', 0x0413: 'nl_NL', 0x0414: 'nb_NO',
    0x0415: 'pl_PL', 0x0416: 'pt_BR', 0x0418: 'ro_RO', 0x0419: 'ru_RU', 0x041a: 'hr_HR',
    0x041b: 'sk_SK', 0x041c: 'sq_AL', 0x041d: 'sv_SE', 0x041e: 'th_TH', 0x041f: 'tr_TR',
    0x0422: 'uk_UA', 0x0424: 'sl_SI', 0x0425: 'et_EE', 0x0426: 'lv_LV', 0x0427: 'lt_LT',
    0x042a: 'vi_VN', 0x0804: 'zh_CN', 0x0807: 'de_CH', 0x0809: 'en_GB', 0x080a: 'es_MX',
    0x080c: 'fr_BE', 0x0816: 'pt_PT', 0x0c07: 'de_AT', 0x0c09: 'en_AU', 0x0c0c: 'fr_CA',
    0x1009: 'en_CA', 0x100c: 'fr_CH',
}


_EUC_BY_LANGUAGE = {'ja': 'eucJP', 'ko': 'eucKR', 'zh_cn': 'eucCN', 'zh_tw': 'eucTW'}
_ISO8859 = _re.compile(r'(?:iso)?8859(\d+)(e?)')


def _c_encoding(encoding, language=''):
    """The C library's spelling of an encoding name (as written after the '.')."""
    key = ''.join(ch for ch in encoding.lower() if ch.isalnum())
    if key == 'euc':
        return _EUC_BY_LANGUAGE.get(language, _EUC_BY_LANGUAGE.get(language[:2], 'euc'))
    if key in locale_encoding_alias:
        return locale_encoding_alias[key]
    numbered = _ISO8859.fullmatch(key)
    if numbered:
        return 'ISO8859-' + numbered.group(1) + numbered.group(2).upper()
    key = _encodings.normalize_encoding(encoding).lower()
    return locale_encoding_alias.get(key, encoding)


def normalize(localename):
    """The C library's spelling of a locale name: 'en_us.utf8' -> 'en_US.UTF-8',
    'de' -> 'de_DE.ISO8859-1', 'de_DE@euro' -> 'de_DE.ISO8859-15'. Unknown names come
    back unchanged."""
    code = localename.lower()
    if ':' in code:
        # A LANGUAGE list: the first entry counts.
        code = code.replace(':', '.')
    if '@' in code:
        code, modifier = code.split('@', 1)
        modifier = _MODIFIER_SPELLINGS.get(modifier, modifier)
    else:
        modifier = ''
    if '.' in code:
        language, encoding = code.split('.')[:2]
    else:
        language, encoding = code, ''
    if modifier == 'euro' and encoding:
        # The encoding says it all already.
        modifier = ''
    # Try the most specific form first: with encoding and modifier, then without.
    wanted_encoding = _c_encoding(encoding, language) if encoding else ''
    candidates = []
    if modifier:
        candidates.append(language + ('.' + encoding if encoding else '') + '@' + modifier)
    if encoding:
        candidates.append(language + '.' + encoding)
    candidates.append(language)
    for candidate in candidates:
        found = locale_alias.get(candidate)
        if found is None:
            continue
        if candidate == language:
            if modifier == 'euro' and not encoding:
                found = found.split('.')[0] + '.ISO8859-15'
                modifier = ''
            elif encoding:
                found = found.split('.')[0] + '.' + wanted_encoding
            elif modifier and '_' in language and '.' in found:
                # A territory with a modifier (sr_RS@latin) defaults to UTF-8.
                found = found.split('.')[0] + '.UTF-8'
        elif '@' in candidate:
            modifier = ''
        return _append_modifier(found, modifier)
    # Not in the table: a known language lends its encoding to any of its territories.
    base = locale_alias.get(language.split('_')[0], '')
    if encoding:
        suffix = wanted_encoding
    elif modifier == 'euro':
        suffix, modifier = 'ISO8859-15', ''
    elif '.' in base and not modifier:
        suffix = base.split('.', 1)[1]
    elif modifier and '_' in language:
        suffix = 'UTF-8'
    else:
        return localename
    return _append_modifier(_fix_territory(language) + '.' + suffix, modifier)


_MODIFIER_SPELLINGS = {'latn': 'latin'}


def _fix_territory(language):
    """'en_us' -> 'en_US': a territory code is written in capitals."""
    head, sep, territory = language.partition('_')
    return head + sep + territory.upper() if sep else language


def _append_modifier(code, modifier):
    if not modifier:
        return code
    if modifier == 'euro' and '.' not in code:
        return code + '.ISO8859-15'
    return code + '@' + modifier


def _parse_localename(localename):
    """Split a locale name into (language code, encoding); the C locale gives
    (None, None). ValueError for a name it cannot read."""
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError(f'unknown locale: {localename}')


def _build_localename(localetuple):
    """(language, encoding) -> 'language.encoding'; a None language is 'C'."""
    try:
        language, encoding = localetuple
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None
    if language is None:
        language = 'C'
    if encoding is None:
        return language
    return language + '.' + encoding


def getlocale(category=LC_CTYPE):
    """The current setting of `category` as (language code, encoding); (None, None)
    for the C locale. LC_ALL is refused when the categories differ."""
    name = setlocale(category)
    if category == LC_ALL and ';' in name:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(name)


def _getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    for variable in envvars:
        name = _os.environ.get(variable)
        if name:
            if variable == 'LANGUAGE':
                name = name.split(':')[0]
            break
    else:
        name = 'C'
    return _parse_localename(name)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """Deprecated: the (language code, encoding) the environment asks for."""
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in "
                  "Python 3.15. Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    return _getdefaultlocale(envvars)
