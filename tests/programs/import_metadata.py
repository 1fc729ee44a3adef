# importlib.metadata over a site folder made here: a wheel-style foo-1.2.dist-info (METADATA,
# RECORD, entry_points.txt, top_level.txt) and an egg-style bar_baz.egg-info.
import os
import sys
import importlib.metadata as md

base = '/tmp/ferrython_import_metadata'


def remove_tree(top):
    if not os.path.exists(top):
        return
    for folder, dirs, files in os.walk(top, topdown=False):
        for name in files:
            os.remove(os.path.join(folder, name))
        for name in dirs:
            os.rmdir(os.path.join(folder, name))
    os.rmdir(top)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)


remove_tree(base)
site = base + '/site'
write(site + '/foo/__init__.py', 'def main():\n    return "foo main"\nclass Tools:\n    def run():\n        return 1\n')
write(site + '/foo/data.txt', 'payload\n')
write(site + '/foo_helper.py', 'HELP = 1\n')
write(site + '/foo-1.2.dist-info/METADATA', '''Metadata-Version: 2.1
Name: Foo
Version: 1.2
Summary: A package for testing
Keywords: alpha,beta gamma
Author-email: Someone <someone@example.org>
Classifier: Programming Language :: Python
Classifier: License :: OSI Approved :: MIT License
Requires-Python: >=3.8
Requires-Dist: requests (>=2.0)
Requires-Dist: pytest ; extra == "test"
Provides-Extra: test
Description-Content-Type: text/plain

The long description
spans two lines.
''')
write(site + '/foo-1.2.dist-info/RECORD', '''foo/__init__.py,sha256=abc123,84
foo/data.txt,sha256=def456,8
foo_helper.py,,
"foo-1.2.dist-info/METADATA",,
foo-1.2.dist-info/RECORD,,
''')
write(site + '/foo-1.2.dist-info/entry_points.txt', '''[console_scripts]
foo = foo:main
foo-tools = foo:Tools.run [extra1, extra2]

[foo.plugins]
first = foo
''')
write(site + '/foo-1.2.dist-info/top_level.txt', 'foo\nfoo_helper\n')
write(site + '/bar_baz.egg-info/PKG-INFO', 'Metadata-Version: 1.1\nName: bar-baz\nVersion: 0.3.dev1\n')
write(site + '/bar_baz.egg-info/requires.txt', 'six\n\n[speed]\ncython\n\n[:python_version < "3"]\nenum34\n')
write(site + '/bar_baz.egg-info/SOURCES.txt', 'bar_baz/__init__.py\nsetup.py\n')
write(site + '/bar_baz/__init__.py', '')
write(site + '/bar_baz.egg-info/entry_points.txt', '[foo.plugins]\nsecond = bar_baz.plugin:thing\n')
sys.path.insert(0, site)

print(md.version('foo'), md.version('FOO'), md.version('bar-baz'), md.version('Bar_Baz'), md.version('bar.baz'))
dist = md.distribution('foo')
print(dist.name, dist.version, dist.metadata['Summary'], type(dist).__name__)
meta = md.metadata('foo')
print(meta['Name'], meta.get('Home-page'), meta.get('Home-page', 'none given'))
print(meta.get_all('Classifier'), meta.get_all('Platform'))
print('Summary' in meta, 'summary' in meta, len(meta))
data = meta.json
print(sorted(data), data['keywords'], data['requires_dist'], repr(data['description']))
print(md.requires('foo'), md.requires('bar-baz'))
paths = md.files('foo')
print([str(p) for p in paths])
print(paths[0].hash.mode, paths[0].hash.value, paths[0].size, paths[2].hash, paths[2].size)
print(paths[1].read_text(), paths[0].name, paths[0].suffix, paths[0].stem, paths[0].parts)
print(os.fspath(paths[1].locate()) == site + '/foo/data.txt', [str(p) for p in md.files('bar-baz')])

eps = md.entry_points(group='console_scripts')
print(sorted(ep.name for ep in eps))
tool = eps['foo-tools']
print(tool.name, tool.value, tool.group, tool.module, tool.attr, tool.extras)
print(tool.load()(), eps['foo'].load()(), tool.matches(group='console_scripts', name='foo-tools'), tool.matches(name='x'))
plugins = md.entry_points(group='foo.plugins')
print(sorted((ep.name, ep.value) for ep in plugins), plugins.names == {'first', 'second'})
print(next(iter(md.entry_points(group='foo.plugins', name='first'))).load().__name__)
print(md.entry_points(group='nothing'), 'foo.plugins' in md.entry_points().groups)
try:
    tool.name = 'other'
except AttributeError as e:
    print(type(e).__name__, e)
try:
    eps['absent']
except KeyError as e:
    print(type(e).__name__, e)

print({name: sorted(owners) for name, owners in md.packages_distributions().items() if 'foo' in name or 'bar' in name})
names = sorted(d.metadata['Name'] for d in md.distributions(path=[site]))
print(names, [d.version for d in md.distributions(name='foo', path=[site])])
for missing in ('nope', ''):
    try:
        md.version(missing)
    except md.PackageNotFoundError as e:
        print(type(e).__name__, e, e.name, isinstance(e, ModuleNotFoundError))
    except ValueError as e:
        print(type(e).__name__, e)
print(md.Distribution.at(site + '/foo-1.2.dist-info').version)
sys.path.remove(site)
remove_tree(base)
print(os.path.exists(base))
