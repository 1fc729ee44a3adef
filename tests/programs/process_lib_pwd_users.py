# What the library does with the account databases: pathlib's owner() and group(),
# getpass.getuser()'s fallback, shutil.chown by name, and tarfile's user and group names.
import getpass
import grp
import io
import os
import pathlib
import pwd
import shutil
import tarfile
import tempfile

uid, gid = os.getuid(), os.getgid()
user, group = pwd.getpwuid(uid).pw_name, grp.getgrgid(gid).gr_name
top = tempfile.mkdtemp()
path = pathlib.Path(top, "file")
path.write_text("data")
print(path.owner() == user, path.group() == group)
os.symlink(path, str(path) + "-link")
print(pathlib.Path(str(path) + "-link").owner() == user)
try:
    pathlib.Path(top, "missing").owner()
except FileNotFoundError as e:
    print("owner", type(e).__name__, e.errno)

for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
    os.environ.pop(variable, None)
print(getpass.getuser() == user)
os.environ["USER"] = "someone"
print(getpass.getuser())

shutil.chown(path, user, group)
shutil.chown(path, user=uid)
shutil.chown(path, group=gid)
st = path.stat()
print(st.st_uid == uid, st.st_gid == gid)
for kwargs in ({}, {"user": "no such user, really"}, {"group": "no such group, really"}):
    try:
        shutil.chown(path, **kwargs)
    except (ValueError, LookupError) as e:
        print(type(e).__name__, e)

buffer = io.BytesIO()
with tarfile.open(fileobj=buffer, mode="w") as archive:
    archive.add(path, "file")
buffer.seek(0)
with tarfile.open(fileobj=buffer) as archive:
    member = archive.getmember("file")
    print(member.uname == user, member.gname == group, member.uid == uid, member.gid == gid)
    archive.extractall(os.path.join(top, "out"), filter="data")
print(pathlib.Path(top, "out", "file").owner() == user)
shutil.rmtree(top)
