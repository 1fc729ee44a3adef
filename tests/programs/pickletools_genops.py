# pickletools.genops over pickles of every protocol, and the opcode table.
import pickle, pickletools
for proto in range(6):
    data = pickle.dumps([1, "a", (2.5, b"x"), {"k": None}, 2**70, True], proto)
    print(proto, [(op.name, arg, pos) for op, arg, pos in pickletools.genops(data)])
print(len(pickletools.opcodes), sorted(op.name for op in pickletools.opcodes)[:5])
try:
    list(pickletools.genops(b"N"))
except ValueError as e:
    print(e)
