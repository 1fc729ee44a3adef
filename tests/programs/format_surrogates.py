# str.format, f-strings, format() and % with lone surrogates in templates, arguments and specs:
# the text is WTF-8 through and through.
s = "\ud800"
print(repr("%s|%5s|%-4s|%.1s|%c|%r" % (s, s, s, "\udc00x", s, s)))
print(repr("a\udfff%s" % 1), repr("%(\ud800)s" % {"\ud800": 2}))
print(repr("{}|{!s}|{x}|\ud801{{}}".format(s, s, x=s)), repr("{0}".format_map({})) if False else "")
print(repr(f"{s}{s!s}"), repr("{:>3}".format("é")), repr("%5.2s|" % "héllo"))
print(repr("{:*^7}|{:.1}|{:>4.2}".format("\ud800", "\udc00\ud800", "a\ud800b")), repr(f"{'\ud800':x>3}"), repr(format("\ud800", "<3")))
