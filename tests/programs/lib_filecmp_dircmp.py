# filecmp: cmp (shallow and deep, the cache), cmpfiles, dircmp's lazy attributes and reports.
import filecmp
import os
import tempfile


def write(path, data):
    with open(path, 'w') as f:
        f.write(data)


home = os.getcwd()
with tempfile.TemporaryDirectory() as root:
    os.chdir(root)
    for d in ('a', 'b', 'a/sub', 'b/sub', 'a/sub/deep', 'b/sub/deep', 'a/onlydir', 'a/.git'):
        os.mkdir(d)
    write('a/same', 'hello')
    write('b/same', 'hello')
    write('a/diff', 'abc')
    write('b/diff', 'abd')
    write('a/size', 'abc')
    write('b/size', 'abcd')
    write('a/left', '1')
    write('b/right', '2')
    write('a/kind', 'file')
    os.mkdir('b/kind')
    write('a/sub/x', 'x')
    write('b/sub/x', 'y')
    write('a/sub/deep/z', 'z')
    write('b/sub/deep/z', 'z')
    os.utime('a/diff', (1000, 1000))
    os.utime('b/diff', (1000, 1000))

    print('shallow equal sigs:', filecmp.cmp('a/diff', 'b/diff'))
    print('deep:', filecmp.cmp('a/diff', 'b/diff', shallow=False))
    print('size:', filecmp.cmp('a/size', 'b/size', shallow=False))
    print('same:', filecmp.cmp('a/same', 'b/same', shallow=False))
    print('dir:', filecmp.cmp('a/sub', 'b/sub'))
    filecmp.clear_cache()
    print('cache after clear:', len(filecmp._cache))
    filecmp.cmp('a/same', 'b/same', shallow=False)
    print('cache entries:', len(filecmp._cache))
    try:
        filecmp.cmp('a/missing', 'b/same')
    except OSError as e:
        print(type(e).__name__)
    print('cmpfiles:', filecmp.cmpfiles('a', 'b', ['same', 'diff', 'size', 'missing'], shallow=False))
    print('DEFAULT_IGNORES:', filecmp.DEFAULT_IGNORES)

    d = filecmp.dircmp('a', 'b')
    print('before:', sorted(k for k in vars(d)))
    print('common_files:', d.common_files)
    print('after:', sorted(k for k in vars(d)))
    for attr in ('left_list', 'right_list', 'common', 'left_only', 'right_only', 'common_dirs',
                 'common_files', 'common_funny', 'same_files', 'diff_files', 'funny_files'):
        print(attr, getattr(d, attr))
    print('subdirs:', sorted(d.subdirs), type(d.subdirs['sub']).__name__)
    try:
        d.nothing
    except AttributeError as e:
        print('AttributeError', e)
    print('--- report')
    d.report()
    print('--- partial')
    filecmp.dircmp('a', 'b').report_partial_closure()
    print('--- full')
    filecmp.dircmp('a', 'b', ignore=[], hide=[]).report_full_closure()
    print(filecmp.dircmp[int])
    os.chdir(home)
