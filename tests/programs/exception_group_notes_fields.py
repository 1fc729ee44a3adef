# Exception groups: split/subgroup give each part its own copy of a sequence of notes (and
# none of other notes); message and exceptions are read-only.
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
eg.add_note("note1"); eg.add_note("note2")
match, rest = eg.split(TypeError)
print(match.__notes__, rest.__notes__, eg.__notes__ is match.__notes__, match.__notes__ is rest.__notes__)
match.add_note("m"); print(eg.__notes__, match.__notes__)
eg2 = ExceptionGroup("eg", [ValueError(1), TypeError(2)]); eg2.__notes__ = 123
m2, r2 = eg2.split(TypeError); print(hasattr(m2, "__notes__"), hasattr(r2, "__notes__"))
eg3 = ExceptionGroup("eg", [ValueError(1), TypeError(2)]); eg3.__notes__ = ("a",)
print(eg3.subgroup(ValueError).__notes__)
eg = ExceptionGroup("eg", [TypeError(1)])
for n in ("message", "exceptions"):
    try: setattr(eg, n, 1)
    except AttributeError as e: print(e)
    try: delattr(eg, n)
    except AttributeError as e: print(e)
print(eg.message, eg.exceptions)
