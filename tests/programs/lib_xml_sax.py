# xml.sax: parsing with a ContentHandler, namespaces, locators, errors, saxutils.
import io
import xml.sax
from xml.sax import handler, saxutils, xmlreader


class Recorder(handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.log = []

    def setDocumentLocator(self, locator):
        self.locator = locator

    def startDocument(self):
        self.log.append("startDocument")

    def endDocument(self):
        self.log.append("endDocument")

    def startElement(self, name, attrs):
        self.log.append(("start", name, sorted(attrs.items()), self.locator.getLineNumber(),
                         self.locator.getColumnNumber()))

    def endElement(self, name):
        self.log.append(("end", name))

    def characters(self, content):
        self.log.append(("chars", content))

    def processingInstruction(self, target, data):
        self.log.append(("pi", target, data))

    def startPrefixMapping(self, prefix, uri):
        self.log.append(("prefix", prefix, uri))

    def endPrefixMapping(self, prefix):
        self.log.append(("end prefix", prefix))

    def startElementNS(self, name, qname, attrs):
        self.log.append(("startNS", name, qname, sorted(attrs.items(), key=str),
                         sorted(attrs.getQNames())))

    def endElementNS(self, name, qname):
        self.log.append(("endNS", name, qname))


def show(log):
    for entry in log:
        print("  ", entry)


print("plain")
h = Recorder()
xml.sax.parseString(b'<r a="1" b="&lt;"><x>t\nu&amp;</x><?p d?><y/></r>', h)
show(h.log)
print("namespaces")
h = Recorder()
parser = xml.sax.make_parser()
parser.setFeature(handler.feature_namespaces, True)
parser.setContentHandler(h)
parser.parse(io.BytesIO(b'<r xmlns="u:d" xmlns:p="u:p" p:a="1" b="2"><p:x/></r>'))
show(h.log)
print("text stream")
h = Recorder()
xml.sax.parse(io.StringIO("<doc>\xe9</doc>"), h)
show(h.log)
print("errors")
for bad in [b"<a><b></a>", b"<a>", b"", b"<a/>x"]:
    try:
        xml.sax.parseString(bad, handler.ContentHandler())
    except xml.sax.SAXParseException as e:
        print("  ", type(e).__name__, str(e), e.getLineNumber(), e.getColumnNumber(),
              e.getMessage())
print("features")
parser = xml.sax.make_parser()
print(type(parser).__name__)
for name in [handler.feature_namespaces, handler.feature_validation,
             handler.feature_external_ges, handler.feature_namespace_prefixes, "bogus"]:
    try:
        print("  ", name, parser.getFeature(name))
    except xml.sax.SAXException as e:
        print("  ", type(e).__name__, e)
for action in [lambda: parser.setFeature(handler.feature_validation, True),
               lambda: parser.getProperty("bogus")]:
    try:
        action()
    except xml.sax.SAXException as e:
        print("  ", type(e).__name__, e)
print("saxutils")
print(saxutils.escape('a<b>&"c\''), saxutils.escape("abc", {"b": "B"}))
print(saxutils.unescape("&lt;&amp;gt;&gt;"), saxutils.unescape("x&y;", {"&y;": "Y"}))
for value in ['plain', 'has "dq"', "has 'sq'", 'both "\' x', 'nl\n\r\t<&>']:
    print("  ", saxutils.quoteattr(value))
out = io.StringIO()
gen = saxutils.XMLGenerator(out, short_empty_elements=True)
gen.startDocument()
gen.startElement("a", {"x": "1<"})
gen.characters("t&")
gen.startElement("b", {})
gen.endElement("b")
gen.ignorableWhitespace(" ")
gen.processingInstruction("p", "d")
gen.endElement("a")
gen.endDocument()
print(repr(out.getvalue()))
raw = io.BytesIO()
gen = saxutils.XMLGenerator(raw, "utf-8")
gen.startDocument()
gen.startPrefixMapping("p", "u:p")
gen.startElementNS(("u:p", "a"), "p:a", xmlreader.AttributesNSImpl({("u:p", "k"): "v"}, {}))
gen.characters("\xe9")
gen.endElementNS(("u:p", "a"), "p:a")
gen.endPrefixMapping("p")
gen.endDocument()
print(raw.getvalue())
print("round trip through a filter")
out = io.StringIO()
filtered = saxutils.XMLFilterBase(xml.sax.make_parser())
filtered.setContentHandler(saxutils.XMLGenerator(out, "utf-8"))
filtered.parse(io.BytesIO(b"<r><a k='v'>text</a><b/></r>"))
print(out.getvalue())
attrs = xmlreader.AttributesImpl({"a": "1"})
print(attrs.getLength(), attrs.getType("a"), attrs.getValue("a"), attrs.getNames(),
      attrs.get("z", 9), "a" in attrs)
e = xml.sax.SAXException("msg")
print(str(e), e.getMessage(), e.getException())
