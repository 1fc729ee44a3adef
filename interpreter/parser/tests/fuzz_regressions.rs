//! Inputs found by the `parse` fuzz target (interpreter/parser/fuzz) that once panicked or
//! overflowed the stack. Each file is a raw fuzz input: its first byte is the target's flag byte
//! (mode and type comments) and the rest is the source. Every file is parsed, whole and without the
//! flag byte, in every mode with type comments on and off, and dumped with attributes on success,
//! as the target does. Each case must return `Ok` or `Err`; a panic fails the test. Each runs on a
//! thread with an 8 MiB stack, the size of a main thread's, so deep-nesting cases behave as they
//! would in `ferrython`.

use std::path::Path;

use ferrython_ast::{dump, DumpOptions};
use ferrython_parser::{parse, Mode, ParseOptions};

const STACK: usize = 8 << 20;

fn exercise(data: &[u8]) {
    let sources = [data, data.get(1..).unwrap_or_default()];
    for source in sources {
        for mode in [Mode::Exec, Mode::Eval, Mode::Single, Mode::FuncType] {
            for type_comments in [false, true] {
                let options = ParseOptions { mode, type_comments, barry_as_flufl: false };
                if let Ok(parsed) = parse(source, "<fuzz>", options) {
                    // A tree too deep for CPython's recursion limit is a RecursionError, not a bug.
                    if let Ok(text) = dump(&parsed.module, DumpOptions { include_attributes: true, indent: None }) {
                        assert!(!text.is_empty());
                    }
                }
            }
        }
    }
}

#[test]
fn fuzz_regressions_parse_without_panicking() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fuzz_regressions exists")
        .map(|entry| entry.expect("readable directory entry").path())
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no regression inputs in {}", dir.display());
    let mut failed = Vec::new();
    for path in &paths {
        let data = std::fs::read(path).expect("readable regression input");
        let result = std::thread::Builder::new()
            .name(path.file_name().unwrap().to_string_lossy().into_owned())
            .stack_size(STACK)
            .spawn(move || exercise(&data))
            .expect("spawn a parser thread")
            .join();
        if result.is_err() {
            failed.push(path.file_name().unwrap().to_string_lossy().into_owned());
        }
    }
    assert!(failed.is_empty(), "inputs that panicked: {failed:?}");
}
