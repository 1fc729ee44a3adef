//! Disassembly snapshots: each `tests/compiler/dis/NAME.py` compiles to the listing in
//! `NAME.dis` (Ferrython's own output, reviewed when it changes). `FERRYTHON_BLESS=1` rewrites
//! the listings from the current compiler.

use ferrython_test_support::workspace;

#[test]
fn disassembly_snapshots() {
    let dir = workspace().join("tests/compiler/dis");
    let bless = std::env::var("FERRYTHON_BLESS").as_deref() == Ok("1");
    let mut entries: Vec<_> =
        std::fs::read_dir(&dir).expect("tests/compiler/dis").flatten().map(|e| e.path()).collect();
    entries.sort();
    let mut failures = Vec::new();
    for path in entries.iter().filter(|p| p.extension().is_some_and(|e| e == "py")) {
        let source = std::fs::read(path).expect("source");
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let parsed =
            ferrython_parser::parse(&source, &name, ferrython_parser::ParseOptions::default()).expect("parses");
        let compiled = ferrython_compiler::compile(&parsed.module, &name, 0).map_err(|(e, _)| e.msg).expect("compiles");
        let listing = compiled.code.disassemble();
        let expected_path = path.with_extension("dis");
        if bless {
            std::fs::write(&expected_path, &listing).expect("write snapshot");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != listing {
            failures.push(format!("{name}: the listing differs from {}:\n{listing}", expected_path.display()));
        }
    }
    assert!(failures.is_empty(), "{}\n(FERRYTHON_BLESS=1 rewrites the snapshots)", failures.join("\n"));
}
