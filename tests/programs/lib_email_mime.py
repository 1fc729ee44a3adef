# email.mime.*: building MIME messages, and the encoders.
from email.mime.base import MIMEBase
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.audio import MIMEAudio
from email.mime.message import MIMEMessage
from email import encoders, message_from_string


def show(label, func, *args, **kw):
    try:
        result = func(*args, **kw)
        print(label, type(result).__name__, result.items())
        return result
    except Exception as e:
        print(label, type(e).__name__, e)


for text, cs in [('ascii text\n', None), ('naïve\n', None), ('naïve\n', 'iso-8859-1'),
                 ('plain', 'utf-8'), ('中文', 'gb2312'), ('x' * 100, 'us-ascii')]:
    t = show('MIMEText %r' % cs, MIMEText, text, 'plain', cs)
    print('  ', repr(t.get_payload()), t.get_payload(decode=True))
show('html', MIMEText, '<b>x</b>', 'html')
show('bad ascii', MIMEText, 'é', 'plain', 'us-ascii')
show('MIMEBase', MIMEBase, 'application', 'x-thing', name='a.b', flag=None)
show('nonmultipart', MIMENonMultipart, 'text', 'plain')
try:
    MIMENonMultipart('text', 'plain').attach(MIMEText('x'))
except Exception as e:
    print(type(e).__name__, e, isinstance(e, TypeError))

app = show('app', MIMEApplication, b'\x00\x01binary\xff' * 10)
print(repr(app.get_payload()))
show('app qp', MIMEApplication, b'text = data\n', 'x-text', encoders.encode_quopri)
show('app 7or8', MIMEApplication, b'ascii', 'x-a', encoders.encode_7or8bit)
show('app 8bit', MIMEApplication, b'\xe9', 'x-a', encoders.encode_7or8bit)
show('app noop', MIMEApplication, b'raw', 'x-a', encoders.encode_noop, name='r.bin')
show('app none', MIMEApplication, b'x', None)

images = {'png': b'\x89PNG\r\n\x1a\n' + b'\0' * 20, 'gif': b'GIF89a' + b'\0' * 20,
          'jpeg': b'\xff\xd8\xff\xe0\x00\x10JFIF\x00', 'jpeg2': b'\xff\xd8\xff\xdb\x00',
          'exif': b'\xff\xd8\xff\xe1\x00\x10Exif\x00', 'tiff': b'II*\x00', 'bmp': b'BM\x00\x00',
          'webp': b'RIFF\x00\x00\x00\x00WEBPVP8 ', 'pbm': b'P1 1 1 0', 'pgm': b'P5\n1',
          'ppm': b'P6\t', 'xbm': b'#define x', 'rgb': b'\x01\xda\x00', 'rast': b'\x59\xa6\x6a\x95',
          'exr': b'\x76\x2f\x31\x01', 'unknown': b'nothing'}
for name, data in images.items():
    img = show('image ' + name, MIMEImage, data)
show('image given', MIMEImage, b'nothing', 'x-custom')
audio = {'aiff': b'FORM\0\0\0\0AIFF', 'aifc': b'FORM\0\0\0\0AIFC', 'au': b'.snd\0\0',
         'wav': b'RIFF\0\0\0\0WAVEfmt \0', 'wav-bad': b'RIFF\0\0\0\0WAVEdata', 'none': b'xx'}
for name, data in audio.items():
    show('audio ' + name, MIMEAudio, data)
show('audio given', MIMEAudio, b'xx', 'mpeg')

inner = MIMEText('inner body')
inner['Subject'] = 'inner'
mm = show('message', MIMEMessage, inner)
print(mm.is_multipart(), mm.get_payload(0) is inner, mm.get_default_type())
show('message bad', MIMEMessage, 'not a message')
show('message sub', MIMEMessage, inner, 'delivery-status')

outer = MIMEMultipart('alternative', boundary='BOUND', _subparts=[MIMEText('one'), MIMEText('<p>two</p>', 'html')])
outer['Subject'] = 'multi'
outer.attach(MIMEApplication(b'data', Name='file.dat'))
outer.preamble = 'preamble'
outer.epilogue = 'epilogue\n'
print(outer.as_string())
print(outer.as_bytes())
empty = MIMEMultipart(boundary='E')
print(repr(empty.as_string()))
reparsed = message_from_string(outer.as_string())
print([p.get_content_type() for p in reparsed.walk()], repr(reparsed.preamble), repr(reparsed.epilogue))
print(reparsed.get_payload(2).get_payload(decode=True))
withparams = MIMEMultipart('related', type='text/html', start='<x>')
print(withparams['content-type'])
