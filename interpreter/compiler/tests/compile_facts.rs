//! Each source in tests/parser/compile_facts.json must give what CPython 3.12's
//! `compile(source, 'f.py', 'exec')` gives after parsing: the same SyntaxError (class, message,
//! lineno, offset, end_lineno, end_offset) or none, and the same SyntaxWarnings before it, in the
//! same order (tests/parser/compile_facts.expected, written by tests/tools/gen_compile_facts.py
//! under CPython 3.12).
//!
//! `FERRYTHON_COMPILE_FACTS=CASES.json:EXPECTED` runs the same comparison on other files (see
//! tests/tools/random_compile_cases.py).

use std::path::PathBuf;

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/parser")
}

/// Reads a JSON array of strings (the only JSON this test needs).
fn parse_string_array(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut s = String::new();
        while let Some(c) = chars.next() {
            match c {
                '"' => break,
                '\\' => match chars.next() {
                    Some('n') => s.push('\n'),
                    Some('t') => s.push('\t'),
                    Some('r') => s.push('\r'),
                    Some('b') => s.push('\u{8}'),
                    Some('f') => s.push('\u{c}'),
                    Some('u') => {
                        let hex: String = chars.by_ref().take(4).collect();
                        let mut code = u32::from_str_radix(&hex, 16).expect("hex escape");
                        if (0xD800..0xDC00).contains(&code) {
                            // A surrogate pair: \uD83D\uDE00.
                            let low: String = chars.by_ref().skip(2).take(4).collect();
                            let low = u32::from_str_radix(&low, 16).expect("hex escape");
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                        }
                        s.push(char::from_u32(code).expect("valid char"));
                    }
                    Some(other) => s.push(other),
                    None => break,
                },
                other => s.push(other),
            }
        }
        out.push(s);
    }
    out
}

/// The facts line of one source, in the format of compile_facts.expected.
fn facts(source: &str) -> String {
    let parsed = match ferrython_parser::parse(source.as_bytes(), "f.py", ferrython_parser::ParseOptions::default()) {
        Ok(parsed) => parsed,
        Err(e) => return format!("parse error: {}", e.msg),
    };
    let (result, warnings) = ferrython_compiler::check_module(&parsed.module);
    let mut fields = vec![match result {
        Ok(()) => "ok".to_string(),
        Err(e) => {
            let end_offset = e.end_offset.map_or("None".to_string(), |o| o.to_string());
            format!("SyntaxError|{}|{}|{}|{}|{}", e.msg, e.lineno, e.offset, e.end_lineno, end_offset)
        }
    }];
    fields.extend(warnings.iter().map(|w| format!("W|{}|{}", w.lineno, w.msg)));
    fields.join("\t")
}

#[test]
fn compile_facts_match_cpython() {
    let (cases_path, expected_path) = match std::env::var("FERRYTHON_COMPILE_FACTS") {
        Ok(paths) => {
            let (cases, expected) = paths.split_once(':').expect("FERRYTHON_COMPILE_FACTS=CASES.json:EXPECTED");
            (PathBuf::from(cases), PathBuf::from(expected))
        }
        Err(_) => (data_dir().join("compile_facts.json"), data_dir().join("compile_facts.expected")),
    };
    let cases = parse_string_array(&std::fs::read_to_string(cases_path).expect("cases"));
    let expected = std::fs::read_to_string(expected_path).expect("expected");
    let expected: Vec<&str> = expected.lines().collect();
    assert_eq!(cases.len(), expected.len(), "cases and expected lines differ in number");
    let mut failures = Vec::new();
    for (source, want) in cases.iter().zip(&expected) {
        let got = facts(source);
        if got != *want {
            failures.push(format!("{source:?}\n   want {want}\n   got  {got}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
}
