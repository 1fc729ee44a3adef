//! `FERRYTHON_LIB` makes the importer read the standard-library modules written in Python from a
//! folder instead of the copy embedded in the binary.

use std::process::Command;

#[test]
fn ferrython_lib_replaces_the_embedded_modules() {
    let folder = std::env::temp_dir().join(format!("ferrython-lib-{}", std::process::id()));
    let package = folder.join("libpkg");
    std::fs::create_dir_all(&package).expect("create the scratch Lib");
    std::fs::write(folder.join("ast.py"), "WHERE = 'disk'\n").expect("write ast.py");
    std::fs::write(package.join("__init__.py"), "").expect("write libpkg/__init__.py");
    std::fs::write(package.join("mod.py"), "from . import __name__ as parent\n").expect("write libpkg/mod.py");
    let run = |lib: Option<&std::path::Path>, code: &str| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_ferrython"));
        command.args(["-c", code]).current_dir(std::env::temp_dir());
        match lib {
            Some(lib) => command.env("FERRYTHON_LIB", lib),
            None => command.env_remove("FERRYTHON_LIB"),
        };
        let output = command.output().expect("run ferrython");
        (String::from_utf8_lossy(&output.stdout).into_owned(), String::from_utf8_lossy(&output.stderr).into_owned())
    };
    let (out, err) = run(Some(&folder), "import ast, libpkg.mod\nprint(ast.WHERE, libpkg.mod.parent)");
    assert_eq!((out.as_str(), err.as_str()), ("disk libpkg\n", ""));
    let (out, err) = run(None, "import ast\nprint(hasattr(ast, 'WHERE'), ast.__file__)");
    assert_eq!((out.as_str(), err.as_str()), ("False <ferrython>/Lib/ast.py\n", ""));
    let _ = std::fs::remove_dir_all(&folder);
}
