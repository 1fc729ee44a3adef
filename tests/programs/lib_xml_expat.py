# xml.parsers.expat: handler events, positions, errors, entities, namespaces, encodings.
from xml.parsers import expat


def events(text, sep=None, **settings):
    p = expat.ParserCreate(namespace_separator=sep)
    for key, value in settings.items():
        setattr(p, key, value)
    log = []
    for name in ["StartElementHandler", "EndElementHandler", "CharacterDataHandler",
                 "ProcessingInstructionHandler", "CommentHandler", "StartNamespaceDeclHandler",
                 "EndNamespaceDeclHandler", "XmlDeclHandler", "StartDoctypeDeclHandler",
                 "EndDoctypeDeclHandler", "EntityDeclHandler", "StartCdataSectionHandler",
                 "EndCdataSectionHandler", "ElementDeclHandler", "AttlistDeclHandler"]:
        setattr(p, name, (lambda n: lambda *a: log.append(
            (n[:-7],) + a + (p.CurrentLineNumber, p.CurrentColumnNumber)))(name))
    try:
        p.Parse(text, True)
    except expat.ExpatError as e:
        log.append(("error", e.code, e.lineno, e.offset, str(e)))
    for entry in log:
        print("  ", entry)


print("basic")
events('<?xml version="1.0"?>\n<r a="1" b=\'x&amp;y\'>t&lt;<!--c--><?pi d?><e/>\n</r>')
print("cdata and buffer_text")
events("<r>a\nb<![CDATA[<x>]]>c&#65;&#x42;</r>")
events("<r>a\nb<![CDATA[<x>]]>c&#65;&#x42;</r>", buffer_text=True)
print("ordered and specified attributes")
events('<!DOCTYPE r [<!ATTLIST r d CDATA "dv" t NMTOKENS #IMPLIED>]><r t=" a  b " z="1"/>',
       ordered_attributes=True)
events('<!DOCTYPE r [<!ATTLIST r d CDATA "dv">]><r z="1"/>', specified_attributes=True)
print("internal entities")
events('<!DOCTYPE r [<!ENTITY e "<b>x&amp;</b>y"><!ELEMENT r (b|c)*>]><r>&e;&e;</r>',
       buffer_text=True)
print("namespaces")
events('<r xmlns="u:d" xmlns:p="u:p"><p:a p:x="1" y="2"/><b xmlns=""/></r>', sep="}")
events('<r xmlns:p="u:p"><p:a/></r>', sep=" ", namespace_prefixes=True)
print("errors")
for bad in ["", "<a", "<a b>", "<a></b>", "<a/><b/>", "<a>&x;</a>", "<a>&#1;</a>",
            '<a b="1" b="2"/>', "<a>\n <b>\n</c></a>", " <?xml version='1.0'?><a/>",
            "<a>]]></a>", "<a><!-- -- --></a>", "<a>x", '<a x="<"/>', "<p:a/>",
            '<!DOCTYPE a [<!ENTITY e "&e;">]><a>&e;</a>', "<a><![CDATA[x</a>"]:
    print(repr(bad))
    events(bad, sep=":" if bad == "<p:a/>" else None)
print("incremental")
p = expat.ParserCreate()
out = []
p.StartElementHandler = lambda n, a: out.append(("start", n))
p.CharacterDataHandler = out.append
for chunk in ["<r>ab", "c</", "r>"]:
    p.Parse(chunk, False)
    print("  ", chunk, out)
p.Parse("", True)
try:
    p.Parse("<x/>", True)
except expat.ExpatError as e:
    print("  ", e.code, e)
print("encodings")
for data in ['<?xml version="1.0" encoding="iso-8859-1"?><r a="\xe9"/>'.encode("latin-1"),
             '<r a="\xe9\u20ac"/>'.encode("utf-16"), '<r a="\xe9"/>'.encode("utf-8"),
             b"<r>\xff</r>"]:
    events(data)
print("module")
print(expat.errors.codes[expat.errors.XML_ERROR_SYNTAX], expat.errors.messages[7])
print(expat.ErrorString(3), expat.model.XML_CTYPE_SEQ, expat.model.XML_CQUANT_PLUS)
try:
    expat.ParserCreate(namespace_separator="ab")
except ValueError as e:
    print(type(e).__name__, e)
print("entity expansion limits")
LAUGHS = "".join('<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1)) * 10 if i else "lol")
                 for i in range(10))
for text in ["<!DOCTYPE lolz [%s]><lolz>&lol9;</lolz>" % LAUGHS,
             '<!DOCTYPE lolz [%s]><lolz a="&lol9;"/>' % LAUGHS,
             '<!DOCTYPE lolz [%s]><lolz a="&lol5;"/>' % LAUGHS,
             '<!DOCTYPE r [<!ENTITY a "&b;"><!ENTITY b "&a;">]><r>&a;</r>',
             '<!DOCTYPE r [<!ENTITY a "x&a;">]><r a="&a;"/>',
             '<!DOCTYPE r [<!ENTITY e "<b>">]><r>&e;</r>']:
    p = expat.ParserCreate()
    p.StartElementHandler = lambda name, attrs: print("  ", name, {k: len(v) for k, v in attrs.items()})
    try:
        p.Parse(text, True)
    except expat.ExpatError as e:
        print("  ", e.code, e)
