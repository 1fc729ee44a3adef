# stat: S_IS* tests, S_IMODE/S_IFMT, filemode, the constants.
import stat

modes = [0o100644, 0o40755, 0o120777, 0o104755, 0o102644, 0o41777, 0o41776, 0o170000, 0, 0o160000,
         0o10600, 0o20600, 0o60600, 0o140755, 0o6000, 0o1000, 0o107777, 0o100000]
tests = ['S_ISDIR', 'S_ISCHR', 'S_ISBLK', 'S_ISREG', 'S_ISFIFO', 'S_ISLNK', 'S_ISSOCK', 'S_ISDOOR', 'S_ISPORT',
         'S_ISWHT']
for mode in modes:
    flags = [name for name in tests if getattr(stat, name)(mode)]
    print(oct(mode), stat.filemode(mode), oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)), flags)
for name in ['ST_MODE', 'ST_CTIME', 'S_IFDIR', 'S_IFREG', 'S_IFLNK', 'S_IFSOCK', 'S_IFIFO', 'S_IFBLK', 'S_IFCHR',
             'S_ISUID', 'S_ISGID', 'S_ISVTX', 'S_ENFMT', 'S_IREAD', 'S_IWRITE', 'S_IEXEC', 'S_IRWXU', 'S_IRWXG',
             'S_IRWXO', 'S_IRUSR', 'S_IXOTH', 'UF_HIDDEN', 'SF_SNAPSHOT', 'FILE_ATTRIBUTE_DIRECTORY',
             'S_IFDOOR', 'S_IFPORT', 'S_IFWHT']:
    print(name, getattr(stat, name))
