# os.chown, lchown and fchown (to the ids the process already has, which any user may give),
# -1 leaving an id unchanged, dir_fd and follow_symlinks; getgroups and getgrouplist.
import os
import pwd
import shutil
import tempfile


def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        filename = getattr(e, "filename", None)
        shown = os.path.basename(filename) if isinstance(filename, str) else filename
        print(label, type(e).__name__, getattr(e, "errno", None), shown if isinstance(e, OSError) else str(e))
    else:
        print(label, "ok", result)


uid, gid = os.getuid(), os.getgid()
top = tempfile.mkdtemp()
path = os.path.join(top, "file")
with open(path, "w"):
    pass
os.symlink(path, path + "-link")
print(os.chown in os.supports_dir_fd, os.chown in os.supports_fd, os.chown in os.supports_follow_symlinks)
print(os.lchown in os.supports_follow_symlinks, os.fchown in os.supports_fd)
attempt("chown", os.chown, path, uid, gid)
attempt("unchanged", os.chown, path, -1, -1)
attempt("keywords", os.chown, path=path, uid=-1, gid=gid)
st = os.stat(path)
print(st.st_uid == uid, st.st_gid == gid)
attempt("lchown", os.lchown, path + "-link", uid, -1)
attempt("no follow", os.chown, path + "-link", -1, gid, follow_symlinks=False)
fd = os.open(path, os.O_RDONLY)
attempt("fchown", os.fchown, fd, uid, gid)
attempt("chown fd", os.chown, fd, -1, -1)
attempt("fd and follow", os.chown, fd, -1, -1, follow_symlinks=False)
attempt("fd and dir_fd", os.chown, fd, -1, -1, dir_fd=fd)
os.close(fd)
folder = os.open(top, os.O_RDONLY)
attempt("dir_fd", os.chown, "file", uid, gid, dir_fd=folder)
attempt("dir_fd link", os.chown, "file-link", uid, gid, dir_fd=folder, follow_symlinks=False)
os.close(folder)
attempt("pathlike", os.chown, __import__("pathlib").Path(path), -1, -1)
attempt("bytes", os.chown, os.fsencode(path), -1, -1)

missing = os.path.join(top, "missing")
attempt("missing", os.chown, missing, -1, -1)
attempt("missing l", os.lchown, missing, -1, -1)
attempt("bad fd", os.fchown, 987654, -1, -1)
attempt("bad fd chown", os.chown, 987654, -1, -1)
attempt("uid str", os.chown, path, "0", -1)
attempt("gid float", os.chown, path, -1, 1.0)
attempt("uid -2", os.chown, path, -2, -1)
attempt("gid 2**64", os.chown, path, -1, 2**64)
attempt("gid 2**32", os.chown, path, -1, 2**32)
attempt("no gid", os.chown, path, -1)
attempt("path float", os.chown, 1.5, -1, -1)
attempt("lchown fd", os.lchown, 3, -1, -1)
attempt("lchown kw", os.lchown, path, -1, -1, dir_fd=None)
attempt("fchown str", os.fchown, "x", -1, -1)
shutil.rmtree(top)

groups = os.getgroups()
print(type(groups).__name__, all(type(g) is int for g in groups))
attempt("getgroups arg", os.getgroups, 1)
me = pwd.getpwuid(uid).pw_name
listed = os.getgrouplist(me, gid)
print(type(listed).__name__, gid in listed, all(type(g) is int for g in listed))
print(os.getgrouplist("no such user, really", 12345) == [12345])
attempt("grouplist bytes", os.getgrouplist, b"root", 0)
attempt("grouplist str gid", os.getgrouplist, "root", "0")
attempt("grouplist one", os.getgrouplist, "root")
attempt("grouplist -2", os.getgrouplist, "root", -2)
attempt("initgroups gid", os.initgroups, "root", "0")
attempt("initgroups name", os.initgroups, 1, 0)
attempt("initgroups nul", os.initgroups, "a\0", 0)
