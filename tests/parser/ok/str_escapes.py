# Every escape sequence of str literals.
simple = "\\ \' \" \a \b \f \n \r \t \v"
octal = "\0 \7 \07 \007 \101 \1010 \377 \18 \08"
hexa = "\x00 \x41 \xfF \x7f \xe9"
u16 = "\u0041 \u00e9 \u20AC \uffff \ud7ff \ue000"
u32 = "\U00000041 \U0001F600 \U0010ffff \U0001d518"
named = "\N{LATIN SMALL LETTER E WITH ACUTE} \N{EURO SIGN} \N{SNOWMAN} \N{space}"
aliases = "\N{LINE FEED} \N{LF} \N{NEL} \N{BYTE ORDER MARK} \N{NBSP} \N{ZWJ}"
case_insensitive = "\N{latin small letter a} \N{Greek Capital Letter Omega}"
algorithmic = "\N{CJK UNIFIED IDEOGRAPH-4E00} \N{HANGUL SYLLABLE GAG}"
continued = "one \
two"
continued_single = 'a\
b\
c'
triple_continued = """x\
y"""
quotes = 'it\'s' "say \"hi\"" '"' "'"
mixed = '\x41\u0042\U00000043\N{DIGIT ONE}\1012'
raw_keeps = r"\n \x41 \N{EURO SIGN} \' \""
raw_backslash_newline = r"a\
b"
surrogate_pair_escapes = "\ud83d\ude00"
lone_surrogate = "\udc80"
nul = "\x00\0"
