//! An embedder that replaces `Interp.stdout` and `Interp.stderr` gets everything a program
//! writes, through whichever layer of the standard streams it writes to, in order.

use std::sync::Arc;

use ferrython_vm::objects::new_dict;
use ferrython_vm::{Interp, Thread, Value};

/// A writer that collects into a shared buffer.
#[derive(Clone, Default)]
struct Collect(Arc<parking_lot::Mutex<Vec<u8>>>);

impl std::io::Write for Collect {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.0.lock().extend_from_slice(data);
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn every_layer_writes_to_the_embedders_writers() {
    let interp = Interp::new();
    let (out, err) = (Collect::default(), Collect::default());
    *interp.stdout.lock() = Box::new(out.clone());
    *interp.stderr.lock() = Box::new(err.clone());
    let mut thread = Thread::new(interp);
    let source = "import sys\nprint('a')\nsys.stdout.write('b\\n')\nsys.stdout.buffer.write(b'c\\n')\n\
                  sys.stdout.buffer.raw.write(b'd\\n')\nprint('e', file=sys.stderr)\nsys.stderr.buffer.write(b'f\\n')\n\
                  sys.stdout.flush()\n";
    let code = ferrython_vm::compile::compile_source(&mut thread, source.as_bytes(), "<test>", "exec")
        .unwrap_or_else(|_| panic!("compiles"));
    let globals = new_dict();
    assert!(thread.run_code(code, globals.clone(), Value::Obj(globals)).is_ok());
    assert_eq!(String::from_utf8_lossy(&out.0.lock()), "a\nb\nc\nd\n");
    assert_eq!(String::from_utf8_lossy(&err.0.lock()), "e\nf\n");
}
