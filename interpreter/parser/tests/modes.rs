//! The `eval`, `single` and `func_type` modes on sources that hold no statement or too many, with
//! the facts CPython 3.12's `ast.parse(source, mode=...)` gives (`Class|msg|lineno|offset|...`).

use ferrython_parser::{Mode, ParseOptions};

fn facts(source: &str, mode: Mode) -> String {
    match ferrython_parser::parse(
        source.as_bytes(),
        "<unknown>",
        ParseOptions { mode, type_comments: false, barry_as_flufl: false },
    ) {
        Ok(_) => "ok".into(),
        Err(e) => e.facts(),
    }
}

#[test]
fn modes_match_cpython() {
    let no_token = "SyntaxError|invalid syntax|1|0|1|0";
    let cases = [
        (Mode::Single, "", "SyntaxError|invalid syntax|0|0|0|0"),
        (Mode::Single, "#", no_token),
        (Mode::Single, "\n", no_token),
        (Mode::Single, "# c\n", no_token),
        (Mode::Single, "x = 1", "ok"),
        (
            Mode::Single,
            "x = 1\ny = 2",
            "SyntaxError|multiple statements found while compiling a single statement|1|6|1|7",
        ),
        (Mode::Single, "if x:\n  pass\n", "ok"),
        (Mode::Single, "\n\nx", "ok"),
        (Mode::Single, "#\nx", "ok"),
        (Mode::Eval, "", "SyntaxError|invalid syntax|0|0|0|0"),
        (Mode::Eval, "#", no_token),
        (Mode::Eval, "# c\n", no_token),
        (Mode::Eval, "x = 1", "SyntaxError|invalid syntax|1|3|1|4"),
        (Mode::Eval, "if x:\n  pass\n", "SyntaxError|invalid syntax|1|1|1|3"),
        (Mode::Eval, "x\n\n", "ok"),
        (Mode::FuncType, "", "SyntaxError|invalid syntax|0|0|0|0"),
        (Mode::FuncType, "\n", no_token),
        (Mode::FuncType, "x = 1", "SyntaxError|invalid syntax|1|1|1|2"),
        (Mode::FuncType, "#\nx", "SyntaxError|invalid syntax|2|1|2|2"),
        (Mode::Exec, "", "ok"),
        (Mode::Exec, "#", "ok"),
    ];
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(mode, source, want)| {
            let got = facts(source, *mode);
            (got != *want).then(|| format!("{mode:?} {source:?}\n   want {want}\n   got  {got}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
