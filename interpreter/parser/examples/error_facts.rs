//! Development aid: parses each file named on the command line and prints one line per file,
//! `ok` or the SyntaxError's facts (`Class|msg|lineno|offset|end_lineno|end_offset`), for
//! comparing with CPython's `SyntaxError` attributes.

#[allow(clippy::print_stdout)]
fn main() {
    for path in std::env::args().skip(1) {
        let source = std::fs::read(&path).unwrap_or_default();
        match ferrython_parser::parse(&source, &path, ferrython_parser::ParseOptions::default()) {
            Ok(_) => println!("ok"),
            Err(e) => println!("{}", e.facts()),
        }
    }
}
