//! Deeply nested data and deep recursion through special methods raise RecursionError (as CPython
//! 3.12 does) instead of overflowing the Rust stack. CPython itself crashes on some of these
//! (hashing a deep tuple), so the expected output is written here rather than taken from it.

use std::process::Command;

#[test]
fn deep_data_and_dunder_recursion_raise_recursion_error() {
    let program = r#"
def nest(wrap, depth=100000):
    x = ()
    for _ in range(depth):
        x = wrap(x)
    return x
for name, make, op in [
    ("repr", lambda x: [x], repr),
    ("hash", lambda x: (x,), hash),
    ("eq", lambda x: [x], lambda v: v == nest(lambda x: [x])),
    ("dict", lambda x: {"k": x}, str),
]:
    value = nest(make)
    try:
        op(value)
        print(name, "no error")
    except RecursionError as e:
        print(name, e)
class R:
    def __repr__(self):
        return repr(self)
class G:
    def __getattr__(self, name):
        return getattr(self, name)
for name, op in [("__repr__", lambda: repr(R())), ("__getattr__", lambda: G().x)]:
    try:
        op()
    except RecursionError as e:
        print(name, e)
print("done")
"#;
    let output = Command::new(env!("CARGO_BIN_EXE_ferrython")).args(["-c", program]).output().expect("ferrython runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        stdout,
        "repr maximum recursion depth exceeded while getting the repr of an object\n\
         hash maximum recursion depth exceeded\n\
         eq maximum recursion depth exceeded in comparison\n\
         dict maximum recursion depth exceeded while getting the repr of an object\n\
         __repr__ maximum recursion depth exceeded\n\
         __getattr__ maximum recursion depth exceeded\n\
         done\n",
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(output.status.code(), Some(0));
}
