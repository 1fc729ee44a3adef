//! Two interpreters in one process keep their own modules: importing in one leaves the other's
//! `sys.modules` alone, and each has its own `ast` node classes.

use ferrython_vm::objects::str::intern;
use ferrython_vm::objects::{dict_of, new_dict};
use ferrython_vm::{Interp, Thread, Value};

/// Runs `source` in a fresh namespace of `thread`'s interpreter; returns the value of `result`.
fn run(thread: &mut Thread, source: &str) -> Value {
    let code = ferrython_vm::compile::compile_source(thread, source.as_bytes(), "<test>", "exec")
        .unwrap_or_else(|_| panic!("compile {source:?}"));
    let globals = new_dict();
    if thread.run_code(code, globals.clone(), Value::Obj(globals.clone())).is_err() {
        panic!("running {source:?} raised");
    }
    dict_of(&globals).and_then(|d| d.get_str(&intern("result"))).unwrap_or(Value::None)
}

fn is_true(value: Value) -> bool {
    matches!(value, Value::Bool(true))
}

#[test]
fn interpreters_have_their_own_modules() {
    let mut first = Thread::new(Interp::new());
    let mut second = Thread::new(Interp::new());
    assert!(!is_true(run(&mut first, "import sys\nresult = 'ast' in sys.modules")));
    run(&mut first, "import ast\nast.marker = 1");
    assert!(is_true(run(&mut first, "import sys\nresult = 'ast' in sys.modules")));
    assert!(!is_true(run(&mut second, "import sys\nresult = 'ast' in sys.modules")));
    assert!(!is_true(run(&mut second, "import ast\nresult = hasattr(ast, 'marker')")));
    let first_class = run(&mut first, "import _ast\nresult = _ast.Name");
    let second_class = run(&mut second, "import _ast\nresult = _ast.Name");
    assert!(!first_class.is(&second_class), "each interpreter makes its own node classes");
}
