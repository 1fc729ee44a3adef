# xml.dom.pulldom: the event stream, expandNode, and minidom built through a SAX parser.
import io, xml.sax
from xml.dom import pulldom, minidom
SRC = '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:x="u:x"><title a="1">T</title><x:p x:k="v">a<b/>c</x:p></html>'
stream = pulldom.parseString(SRC)
for event, node in stream:
    print(event, getattr(node, "tagName", None) or getattr(node, "data", None) or type(node).__name__,
          sorted(node.attributes.keys()) if getattr(node, "attributes", None) else "")
    if event == pulldom.START_ELEMENT and node.tagName == "x:p":
        stream.expandNode(node)
        print("expanded", node.toxml())
doc = minidom.parseString(SRC, parser=xml.sax.make_parser())
print(doc.toxml())
doc = minidom.parse(io.StringIO(SRC), parser=xml.sax.make_parser())
print(doc.documentElement.toxml())
