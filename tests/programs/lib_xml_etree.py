# xml.etree.ElementTree: building, parsing, searching, serializing, pull parsing.
import io
import xml.etree.ElementTree as ET


def show(label, value):
    print(label, repr(value))


root = ET.Element("a", {"x": 'q"<&>\n\t'}, b="1")
root.text = "t<&>"
child = ET.SubElement(root, "b")
child.tail = "tail"
ET.SubElement(root, "c").text = "\xe9\u20ac"
root.append(ET.Comment(" note "))
root.append(ET.PI("target", "data"))
show("ascii", ET.tostring(root))
show("unicode", ET.tostring(root, encoding="unicode"))
show("utf-8 decl", ET.tostring(root, encoding="utf-8", xml_declaration=True))
show("latin-1", ET.tostring(root, encoding="iso-8859-1"))
show("long empty", ET.tostring(root, encoding="unicode", short_empty_elements=False))
show("text", ET.tostring(root, encoding="unicode", method="text"))
show("pieces", ET.tostringlist(ET.fromstring("<p><q/></p>"), encoding="unicode"))
html = ET.fromstring('<html><br/><p/><script>a &lt; b</script><img src="a&amp;b"/></html>')
show("html", ET.tostring(html, method="html", encoding="unicode"))

doc = ET.fromstring('<r xmlns="u:d" xmlns:p="u:p" p:a="1"><p:c>x</p:c><d/></r>')
show("ns tags", [e.tag for e in doc.iter()])
show("ns out", ET.tostring(doc, encoding="unicode"))
show("default ns", ET.tostring(doc, encoding="unicode", default_namespace="u:d"))
try:
    ET.tostring(ET.Element("plain"), default_namespace="u:d")
except ValueError as e:
    print(type(e).__name__, e)
ET.register_namespace("pp", "u:p")
show("registered", ET.tostring(doc, encoding="unicode"))
show("qname", (str(ET.QName("u:v", "t")), ET.tostring(ET.Element(ET.QName("u:v", "t")))))

tree = ET.fromstring("""<lib>
  <book id="1" lang="en"><title>A</title><year>1999</year></book>
  <book id="2"><title>B</title><year>2005</year></book>
  <mag id="3"><title>C</title></mag>
</lib>""")
for path in ["book", "*/title", ".//title", "book[@lang]", "book[@id='2']/title",
             "*[title='C']", "book[2]", "book[last()]", "book/..", ".", "./book[year]",
             "{*}book", ".//*[@id!='1']"]:
    show(path, [(e.tag, e.get("id"), e.findtext("title")) for e in tree.findall(path)])
show("findtext", (tree.findtext("book/year"), tree.findtext("nope", "dflt")))
show("find none", tree.find("zzz"))
show("namespaced find", [e.tag for e in doc.findall("p:c", {"p": "u:p"})])
for bad in ["/abs", "book[0]", "book[last()+1]"]:
    try:
        tree.findall(bad)
    except SyntaxError as e:
        print("SyntaxError", bad, e)

show("itertext", list(ET.fromstring("<a>1<b>2</b>3<c/>4</a>").itertext()))
show("len/keys", (len(tree), tree[0].keys(), tree[0].items(), tree[0].get("lang")))
pretty = ET.fromstring("<r><a>1<b/>2</a><a><c/></a></r>")
ET.indent(pretty)
print(ET.tostring(pretty, encoding="unicode"))

for bad in ["<a", "<a></b>", "", "<a>&foo;</a>", "<a/><b/>", "text"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print("ParseError", repr(bad), e, e.code, e.position)

parser = ET.XMLPullParser(["start", "end", "start-ns", "end-ns", "comment", "pi"])
parser.feed("<r xmlns:p='u'><p:a>t</p:a><!--c-->")
show("pull 1", [(ev, el if ev.endswith("ns") else el.tag if ev in ("start", "end") else el.text)
                for ev, el in parser.read_events()])
parser.feed("<?pi x?></r>")
parser.close()
show("pull 2", [(ev, el if ev.endswith("ns") else el.tag if ev in ("start", "end") else el.text)
                for ev, el in parser.read_events()])
it = ET.iterparse(io.BytesIO(b"<r><a/><b>t</b></r>"), events=("start", "end"))
show("iterparse", [(ev, el.tag) for ev, el in it])
show("iterparse root", it.root.tag)

builder = ET.TreeBuilder(insert_comments=True, insert_pis=True)
builder.start("top", {})
builder.data("x")
builder.comment("c")
builder.pi("p", "d")
builder.end("top")
show("builder", ET.tostring(builder.close(), encoding="unicode"))

out = io.BytesIO()
ET.ElementTree(ET.fromstring("<a><b/></a>")).write(out, encoding="utf-8", xml_declaration=True)
show("write", out.getvalue())
show("c14n", ET.canonicalize('<r xmlns:b="u:b" z="1" a="2"><b:x/>  t&amp;<!--c--></r>'))
show("c14n opts", ET.canonicalize('<r z="1" a="2"><x/>  t <!--c--></r>',
                                  with_comments=True, strip_text=True))
show("XMLID", sorted(ET.XMLID('<r><a id="k"/><b id="m"/></r>')[1]))

# C14N 2.0 options and XInclude
NS_DOC = ('<a:foo xmlns:a="http://z3" xmlns:b="http://z2" b:att1="val1" c:att3="val3" '
          'xmlns:c="http://z1"><c:bar/><bar xmlns="http://z0" c:k="v"/></a:foo>')
show("c14n rewrite", ET.canonicalize(NS_DOC, rewrite_prefixes=True))
show("c14n exclude", ET.canonicalize(NS_DOC, exclude_attrs=["{http://z1}att3"],
                                     exclude_tags=["{http://z1}bar"]))
QNAME_DOC = ('<r xmlns:x="http://x" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
             '<v xsi:type="x:int">x:name</v></r>')
show("c14n qname", ET.canonicalize(
    QNAME_DOC, qname_aware_tags=["v"],
    qname_aware_attrs=["{http://www.w3.org/2001/XMLSchema-instance}type"]))
show("c14n qname rewrite", ET.canonicalize(
    QNAME_DOC, rewrite_prefixes=True, qname_aware_tags=["v"],
    qname_aware_attrs=["{http://www.w3.org/2001/XMLSchema-instance}type"]))

from xml.etree import ElementInclude

FILES = {
    "main.xml": '<doc xmlns:xi="http://www.w3.org/2001/XInclude"><p>a</p>'
                '<xi:include href="part.xml"/>tail<q><xi:include href="n.txt" parse="text"/></q></doc>',
    "part.xml": "<part>included</part>",
    "n.txt": "42",
    "loop.xml": '<l xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="loop.xml"/></l>',
}


def loader(href, parse, encoding=None):
    data = FILES.get(href)
    return ET.fromstring(data) if parse == "xml" and data else data


main = ET.fromstring(FILES["main.xml"])
ElementInclude.include(main, loader)
show("xinclude", ET.tostring(main, encoding="unicode"))
for doc, options in [(FILES["loop.xml"], {}), (FILES["main.xml"], {"max_depth": 0}),
                     ('<d xmlns:xi="http://www.w3.org/2001/XInclude">'
                      '<xi:include href="gone.xml"/></d>', {})]:
    try:
        ElementInclude.include(ET.fromstring(doc), loader, **options)
    except ElementInclude.FatalIncludeError as e:
        print(type(e).__name__, e)
