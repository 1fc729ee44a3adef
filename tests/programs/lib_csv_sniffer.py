# csv.Sniffer: guessing quotechar, delimiter, doublequote and skipinitialspace
# from a sample, has_header, and the error when nothing fits.
import csv

SAMPLES = [
    'a,b,c\n1,2,3\n4,5,6\n',
    "'a';'b';'c'\n'1';'2';'3'\n",
    '"a", "b", "c"\n"1", "2", "3"\n',
    'name|age\n"Smith, J"|42\n"Doe"|7\n',
    '"alone"\n"quoted"\n',
    'a\tb\tc\n1\t2\t3\n',
    'a:b:c\n1:2:3\n4:5\n',
    'x y z\n1 2 3\n4 5 6\n',
    '"he said ""hi""",2\n"x",3\n',
    'abc\ndef\n',
    'a;b,c\n1;2,3\n4;5,6\n',
    ',"a",\n,"b",\n',
    "1/2/3\n4/5/6\n7/8/9\n",
    '\n'.join('%d,%d;%d' % (i, i * 2, i * 3) for i in range(25)),
    'a,b\n' + '1,2\n' * 12 + '1;2;3\n' * 3,
    "Harry's, Arlington Heights, IL, 2/1/03, Kimi Hayes\n"
    "Shark City, Glendale Heights, IL, 12/28/02, Prezence\n"
    "Tommy's Place, Blue Island, IL, 12/28/02, Blue Sunday/White Crow\n",
]


def describe(dialect):
    return "delimiter=%r quotechar=%r doublequote=%r skipinitialspace=%r" % (
        dialect.delimiter, dialect.quotechar, dialect.doublequote, dialect.skipinitialspace)


sniffer = csv.Sniffer()
print(sniffer.preferred)
for sample in SAMPLES:
    for delimiters in (None, ";:"):
        try:
            print(repr(sample[:30]), delimiters, describe(sniffer.sniff(sample, delimiters)))
        except csv.Error as e:
            print(repr(sample[:30]), delimiters, "Error", e)

d = sniffer.sniff('a,b\n1,2\n')
print(d.__name__, d._name, repr(d.lineterminator), d.quoting, issubclass(d, csv.Dialect))
print(list(csv.reader(['x,"y,z"'], d)))
for text in ("", "a\nb\n"):
    try:
        sniffer.sniff(text)
    except csv.Error as e:
        print("Error", e)

HEADERS = [
    'name,age\nAlice,30\nBob,4\n',
    '1,2\n3,4\n5,6\n',
    'title,year\n"Dune",1965\n"Emma",1815\n',
    'abc,xy\ndef,zw\nghi,uv\n',
    'abc,xy\ndefg,zw\nghi,uv\n',
    'h1,h2\n1,2,3\n',
    'id;value\n1;2.5\n2;3e4\n3;1j\n',
    'a,b\n' + ''.join('%d,%d\n' % (i, i) for i in range(30)) + 'x,y\n',
]
for sample in HEADERS:
    print(repr(sample[:24]), sniffer.has_header(sample))
