//! Development aid: parses each file named on the command line and prints one line per file,
//! `ok` or the SyntaxError's facts as `Class|msg|lineno|offset|end_lineno|end_offset`, for
//! comparing with CPython's `SyntaxError` attributes.

fn show(value: Option<i64>) -> String {
    value.map_or("None".into(), |v| v.to_string())
}

#[allow(clippy::print_stdout)]
fn main() {
    for path in std::env::args().skip(1) {
        let source = std::fs::read(&path).unwrap_or_default();
        let options = ferrython_parser::ParseOptions::default();
        match ferrython_parser::parse(&source, &path, options) {
            Ok(_) => println!("ok"),
            Err(e) => println!(
                "{}|{}|{}|{}|{}|{}",
                e.class.name(),
                e.msg,
                show(e.lineno),
                show(e.offset),
                show(e.end_lineno),
                show(e.end_offset)
            ),
        }
    }
}
