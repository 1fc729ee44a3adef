# xml.dom.minidom: parsing, navigation, editing and exact toxml()/toprettyxml() output.
import xml.dom
from xml.dom import minidom

SOURCE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE r PUBLIC "pub" "sys.dtd" [<!ENTITY e "ent"><!-- c -->]>
<!--top-->
<r xmlns:p="u:p" a="1&amp;&lt;&quot;x" p:b="2"><x>t&e;<![CDATA[c<d]]>u</x><y/>
  <p:z q="3">one<w/>two</p:z><?pi data?><!-- com --></r>"""

doc = minidom.parseString(SOURCE)
print(repr(doc.toxml()))
print(repr(doc.toprettyxml()))
print(repr(doc.toprettyxml(indent="  ", encoding="utf-8")))
print(repr(doc.toxml(standalone=True)))
root = doc.documentElement
print(root.tagName, root.localName, root.prefix, root.namespaceURI, root.nodeType)
print([(c.nodeType, c.nodeName) for c in root.childNodes])
z = root.getElementsByTagName("p:z")[0]
print(z.tagName, z.localName, z.prefix, z.namespaceURI, z.getAttribute("q"),
      repr(z.getAttribute("missing")))
print(repr(root.getAttribute("a")), root.getAttributeNS("u:p", "b"), root.attributes.length,
      list(root.attributes.keys()))
print(doc.doctype.name, doc.doctype.publicId, doc.doctype.systemId,
      repr(doc.doctype.internalSubset), doc.doctype.entities.length)
print([(c.nodeType, c.nodeName, c.nodeValue) for c in root.firstChild.childNodes])
print(len(doc.getElementsByTagNameNS("u:p", "*")), root.firstChild.nextSibling.tagName,
      root.lastChild.previousSibling.nodeName)

new = doc.createElement("new")
new.setAttribute("k", 'v<>"&')
new.appendChild(doc.createTextNode('a<b>&"c'))
root.appendChild(new)
print(new.toxml(), repr(new.toprettyxml()))
root.insertBefore(doc.createComment("first"), root.firstChild)
print(root.firstChild.toxml(), root.childNodes.length)
old = root.replaceChild(doc.createElement("swapped"), root.childNodes[1])
print(old.tagName, root.childNodes[1].tagName)
print(root.removeChild(new).tagName, new.parentNode)
clone = root.cloneNode(True)
print(clone.toxml() == root.toxml(), clone.parentNode)

for call in [lambda: doc.createComment("a--b").toxml(),
             lambda: root.removeChild(doc.createElement("q")),
             lambda: doc.appendChild(doc.createElement("second")),
             lambda: doc.createTextNode("t").appendChild(doc.createTextNode("u")),
             lambda: minidom.parseString("<a>"),
             lambda: root.removeAttribute("nope")]:
    try:
        call()
    except (xml.dom.DOMException, ValueError, Exception) as e:
        print(type(e).__name__, e, getattr(e, "code", None))

print(minidom.parseString("<a><b>x</b><c/><d>y<e/></d>  </a>").toprettyxml())
print(repr(minidom.parseString("<a>\n  <b>x</b>\n</a>").toprettyxml(indent=" ")))
impl = minidom.getDOMImplementation()
doctype = impl.createDocumentType("html", "-//W3C//DTD XHTML 1.0 Strict//EN",
                                  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd")
made = impl.createDocument("http://www.w3.org/1999/xhtml", "html", doctype)
print(repr(made.toxml()))
print(repr(made.toprettyxml()))
text = minidom.parseString("<a>abc</a>").documentElement.firstChild
print(text.data, text.length, text.splitText(1).data, text.data, text.wholeText)
frag = doc.createDocumentFragment()
frag.appendChild(doc.createElement("f1"))
frag.appendChild(doc.createElement("f2"))
holder = doc.createElement("holder")
holder.appendChild(frag)
print(holder.toxml(), frag.childNodes.length)
joined = doc.createElement("j")
joined.appendChild(doc.createTextNode("a"))
joined.appendChild(doc.createTextNode(""))
joined.appendChild(doc.createTextNode("b"))
joined.normalize()
print([c.data for c in joined.childNodes])
print(xml.dom.Node.ELEMENT_NODE, xml.dom.NotFoundErr.code, xml.dom.HIERARCHY_REQUEST_ERR)
