"""email.message.EmailMessage with the default policy: set_content, add_alternative,
add_attachment, get_body, iter_attachments, header objects (fixed boundaries)."""
from email.message import EmailMessage
from email.headerregistry import Address

m = EmailMessage()
m['Subject'] = 'Hello wörld'
m['From'] = Address('Jane Doe', 'jane', 'example.com')
m['To'] = 'a@example.com, Bob <bob@example.com>'
m.set_content('Hi there\n')
m.make_alternative(boundary='ALT')
m.add_alternative('<p>Hi</p>\n', subtype='html')
m.make_mixed(boundary='MIX')
m.add_attachment(b'\x00\x01data', maintype='application', subtype='octet-stream',
                 filename='d.bin')
print(m.as_string())
print(m['To'].addresses, m['From'].addresses[0].username, m['subject'])
print(repr(m.get_body(('plain',)).get_content()))
print(repr(m.get_body().get_content()))
print([p.get_content_type() for p in m.iter_attachments()])
print([p.get_content_type() for p in m.iter_parts()])
print(m['content-type'].content_type, sorted(m['content-type'].params))
att = next(m.iter_attachments())
print(att.is_attachment(), att.get_filename(), att.get_content())
try:
    m.set_content('x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    m.make_alternative()
except ValueError as e:
    print(type(e).__name__, e)
m.clear_content()
print(list(m.keys()), m.get_payload())
