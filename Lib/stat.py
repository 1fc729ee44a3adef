"""Names for the fields and bits of os.stat() results, tests of the file type held in st_mode,
and filemode(), which renders a mode the way `ls -l` does."""

# Positions of the fields in the tuple form of a stat result.
(ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID,
 ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME) = range(10)

# ---- File types: the values st_mode & 0o170000 can take ----

_TYPE_MASK = 0xF000
S_IFIFO = 0x1000
S_IFCHR = 0x2000
S_IFDIR = 0x4000
S_IFBLK = 0x6000
S_IFREG = 0x8000
S_IFLNK = 0xA000
S_IFSOCK = 0xC000
# Kinds found on other systems only (Solaris doors and event ports, BSD whiteouts): zero here.
S_IFDOOR = S_IFPORT = S_IFWHT = 0


def S_IMODE(mode):
    """The part of `mode` that chmod() sets: permissions plus the set-id and sticky bits."""
    return mode & 0xFFF


def S_IFMT(mode):
    """The part of `mode` that tells the type of the file."""
    return mode & _TYPE_MASK


def S_ISDIR(mode):
    """True for the mode of a directory."""
    return (mode & _TYPE_MASK) == S_IFDIR


def S_ISCHR(mode):
    """True for the mode of a character special device."""
    return (mode & _TYPE_MASK) == S_IFCHR


def S_ISBLK(mode):
    """True for the mode of a block special device."""
    return (mode & _TYPE_MASK) == S_IFBLK


def S_ISREG(mode):
    """True for the mode of a regular file."""
    return (mode & _TYPE_MASK) == S_IFREG


def S_ISFIFO(mode):
    """True for the mode of a FIFO (named pipe)."""
    return (mode & _TYPE_MASK) == S_IFIFO


def S_ISLNK(mode):
    """True for the mode of a symbolic link."""
    return (mode & _TYPE_MASK) == S_IFLNK


def S_ISSOCK(mode):
    """True for the mode of a socket."""
    return (mode & _TYPE_MASK) == S_IFSOCK


def S_ISDOOR(mode):
    """True for the mode of a door; this system has none, so always False."""
    return False


def S_ISPORT(mode):
    """True for the mode of an event port; this system has none, so always False."""
    return False


def S_ISWHT(mode):
    """True for the mode of a whiteout; this system has none, so always False."""
    return False


# ---- Permission bits ----

S_IXOTH, S_IWOTH, S_IROTH = 0x001, 0x002, 0x004      # others
S_IXGRP, S_IWGRP, S_IRGRP = 0x008, 0x010, 0x020      # group
S_IXUSR, S_IWUSR, S_IRUSR = 0x040, 0x080, 0x100      # owner
S_IRWXO = S_IROTH | S_IWOTH | S_IXOTH
S_IRWXG = S_IRGRP | S_IWGRP | S_IXGRP
S_IRWXU = S_IRUSR | S_IWUSR | S_IXUSR
S_ISVTX = 0x200                                      # sticky
S_ISGID = 0x400
S_ISUID = 0x800
# Old synonyms: mandatory locking shares the set-group-id bit; the V7 names of the owner's bits.
S_ENFMT = S_ISGID
S_IREAD, S_IWRITE, S_IEXEC = S_IRUSR, S_IWUSR, S_IXUSR

# ---- st_flags bits (chflags on BSD and macOS) ----

UF_NODUMP = 1 << 0
UF_IMMUTABLE = 1 << 1
UF_APPEND = 1 << 2
UF_OPAQUE = 1 << 3
UF_NOUNLINK = 1 << 4
UF_COMPRESSED = 1 << 5
UF_HIDDEN = 1 << 15
SF_ARCHIVED = 1 << 16
SF_IMMUTABLE = 1 << 17
SF_APPEND = 1 << 18
SF_NOUNLINK = 1 << 20
SF_SNAPSHOT = 1 << 21

# ---- Windows file attribute bits (st_file_attributes); defined on every platform ----

FILE_ATTRIBUTE_READONLY = 1 << 0
FILE_ATTRIBUTE_HIDDEN = 1 << 1
FILE_ATTRIBUTE_SYSTEM = 1 << 2
FILE_ATTRIBUTE_DIRECTORY = 1 << 4
FILE_ATTRIBUTE_ARCHIVE = 1 << 5
FILE_ATTRIBUTE_DEVICE = 1 << 6
FILE_ATTRIBUTE_NORMAL = 1 << 7
FILE_ATTRIBUTE_TEMPORARY = 1 << 8
FILE_ATTRIBUTE_SPARSE_FILE = 1 << 9
FILE_ATTRIBUTE_REPARSE_POINT = 1 << 10
FILE_ATTRIBUTE_COMPRESSED = 1 << 11
FILE_ATTRIBUTE_OFFLINE = 1 << 12
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 1 << 13
FILE_ATTRIBUTE_ENCRYPTED = 1 << 14
FILE_ATTRIBUTE_INTEGRITY_STREAM = 1 << 15
FILE_ATTRIBUTE_VIRTUAL = 1 << 16
FILE_ATTRIBUTE_NO_SCRUB_DATA = 1 << 17

# ---- filemode ----

# The first character of an `ls -l` line for each file type.
_KIND_CHARS = {S_IFREG: "-", S_IFDIR: "d", S_IFLNK: "l", S_IFCHR: "c",
               S_IFBLK: "b", S_IFIFO: "p", S_IFSOCK: "s"}

# Per class of users: its read, write and execute bits, its special bit (which shows in the
# execute column), and the letters for the special bit with and without execute permission.
_COLUMNS = (
    (S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, "sS"),
    (S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, "sS"),
    (S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, "tT"),
)


def filemode(mode):
    """Render a mode as a string like '-rwxr-xr-x'."""
    shown = [_KIND_CHARS.get(mode & _TYPE_MASK, "?")]
    for read, write, execute, special, special_chars in _COLUMNS:
        shown.append("r" if mode & read else "-")
        shown.append("w" if mode & write else "-")
        if mode & special:
            shown.append(special_chars[0] if mode & execute else special_chars[1])
        else:
            shown.append("x" if mode & execute else "-")
    return "".join(shown)
