//! The bytecode cache (PEP 3147, PEP 552): `__pycache__/NAME.ferrython-312.pyc` beside a source
//! file, holding its compiled code in Ferrython's own format.
//!
//! Layout: a 24-byte header, then `ferrython_bytecode::marshal::dumps` of the module's code.
//! The header is CPython's 16 bytes (magic, flags, source mtime, source size: the
//! timestamp-based form of PEP 552) and the FNV-1a checksum of the payload. A file whose magic,
//! flags, stamp or checksum differ, or whose payload does not decode, is ignored and rewritten.
//! Writing goes to a temporary file renamed into place, so a reader never sees half a file; a
//! folder that cannot be written just means no cache. A `.pyc` file standing where its source
//! would be loads without one (`sourceless_code`); `py_compile` writes such files (`compile_to`).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use ferrython_bytecode::marshal;
use ferrython_bytecode::{CodeObject, ConstValue};

use crate::objects::Code;
use crate::thread::Thread;
use crate::PyResult;

/// `sys.implementation.cache_tag`.
pub const CACHE_TAG: &str = "ferrython-312";

/// `importlib.util.MAGIC_NUMBER`: Ferrython's format number (little-endian) and `\r\n`.
pub const MAGIC: [u8; 4] = [0x46, 0x0f, b'\r', b'\n'];

const HEADER_LEN: usize = 24;

/// `importlib.util.cache_from_source` for a `.py` file: `dir/__pycache__/stem.TAG.pyc`, or
/// `stem.TAG.opt-N.pyc` for code compiled at optimization level N (`-O`, `-OO`).
pub fn cache_path(source: &Path, optimize: u8) -> Option<PathBuf> {
    let file = source.file_name()?.to_str()?;
    let stem = file.strip_suffix(".py").unwrap_or(file);
    let level = if optimize == 0 { String::new() } else { format!(".opt-{optimize}") };
    Some(source.parent()?.join("__pycache__").join(format!("{stem}.{CACHE_TAG}{level}.pyc")))
}

/// The source's mtime (whole seconds) and size, both cut to 32 bits as in CPython's header.
fn source_stamp(source: &Path) -> Option<(u32, u32)> {
    let meta = std::fs::metadata(source).ok()?;
    let mtime = meta.modified().ok()?.duration_since(std::time::UNIX_EPOCH).ok()?.as_secs();
    Some((mtime as u32, meta.len() as u32))
}

/// The code of a `.pyc` file's bytes, if its header is ours and (when given) matches the
/// source's stamp.
pub fn decode(bytes: &[u8], stamp: Option<(u32, u32)>) -> Option<CodeObject> {
    let header = bytes.get(..HEADER_LEN)?;
    let word = |i: usize| u32::from_le_bytes([header[i], header[i + 1], header[i + 2], header[i + 3]]);
    if header[..4] != MAGIC || word(4) != 0 {
        return None;
    }
    if stamp.is_some_and(|(mtime, size)| (word(8), word(12)) != (mtime, size)) {
        return None;
    }
    let mut checksum = [0u8; 8];
    checksum.copy_from_slice(&header[16..24]);
    let payload = &bytes[HEADER_LEN..];
    if marshal::fnv(0xcbf2_9ce4_8422_2325, payload) != u64::from_le_bytes(checksum) {
        return None;
    }
    match marshal::loads(payload) {
        Ok(ConstValue::Code(code)) => Some(*code),
        _ => None,
    }
}

/// A `.pyc` file's bytes for `code` compiled from a source of stamp `(mtime, size)`.
pub fn encode(code: CodeObject, (mtime, size): (u32, u32)) -> Vec<u8> {
    let payload = marshal::dumps(&ConstValue::Code(Box::new(code)));
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&mtime.to_le_bytes());
    out.extend_from_slice(&size.to_le_bytes());
    out.extend_from_slice(&marshal::fnv(0xcbf2_9ce4_8422_2325, &payload).to_le_bytes());
    out.extend_from_slice(&payload);
    out
}

/// Writes `bytes` to `path` through a temporary file in the same folder (made if missing).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder)?;
    }
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
    let unique = format!("{}.{nanos}.{}.tmp", path.display(), COUNTER.fetch_add(1, Ordering::Relaxed));
    let temp = PathBuf::from(unique);
    let written = std::fs::write(&temp, bytes).and_then(|()| std::fs::rename(&temp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written
}

/// Compiles a module's source with `filename` as its `co_filename`.
fn compile_bytes(thread: &mut Thread, source: &[u8], filename: &str) -> PyResult<CodeObject> {
    let parsed = crate::compile::parse_source_warning(
        thread,
        source,
        filename,
        crate::compile::parse_options("exec", false, 0),
    )?;
    crate::compile::compile_tree_object(thread, &parsed.module, filename, Some(&parsed.source))
}

/// `py_compile.compile`: compiles `source` and writes its bytecode file to `target`, naming
/// the code `shown` (the source's path unless the caller gives another).
pub fn compile_to(thread: &mut Thread, source: &Path, target: &Path, shown: &str) -> PyResult<()> {
    let stamp = source_stamp(source).unwrap_or((0, 0));
    let os_error = |err: std::io::Error| crate::modules::io::fileio::os_error(&err, None);
    let bytes = std::fs::read(source).map_err(os_error)?;
    let code = compile_bytes(thread, &bytes, shown)?;
    write_atomically(target, &encode(code, stamp)).map_err(os_error)
}

/// The code of the source file `path` (module `name`): from its cache when that is current,
/// else compiled and (unless `sys.dont_write_bytecode`) cached.
pub fn source_code(thread: &mut Thread, name: &str, path: &Path) -> PyResult<Arc<Code>> {
    let filename = path.display().to_string();
    let stamp = source_stamp(path);
    let cache = cache_path(path, crate::compile::interpreter_optimize(thread));
    if let (Some(stamp), Some(cache)) = (stamp, &cache) {
        if let Some(mut code) = std::fs::read(cache).ok().and_then(|bytes| decode(&bytes, Some(stamp))) {
            if code.filename != filename {
                // The file moved since: tracebacks name where it is now.
                set_filename(&mut code, &filename);
            }
            return Ok(Code::from_compiled(&code));
        }
    }
    let source = std::fs::read(path).map_err(|err| super::loader::unreadable(name, path, &err))?;
    let code = compile_bytes(thread, &source, &filename)?;
    let runtime = Code::from_compiled(&code);
    if let (Some(stamp), Some(cache)) = (stamp, cache) {
        if !dont_write_bytecode(thread) {
            // A folder that cannot be written just means no cache.
            let _ = write_atomically(&cache, &encode(code, stamp));
        }
    }
    Ok(runtime)
}

/// The code of a `.pyc` file loaded without its source (SourcelessFileLoader): any stamp is
/// accepted; a file that is not ours or is damaged is an ImportError naming it.
pub fn sourceless_code(thread: &mut Thread, name: &str, path: &Path) -> PyResult<Arc<Code>> {
    sourceless_code_object(thread, name, path).map(|code| Code::from_compiled(&code))
}

/// `sourceless_code` as the compiler's code object (what `ferrython -m` runs as `__main__`).
pub fn sourceless_code_object(thread: &mut Thread, name: &str, path: &Path) -> PyResult<CodeObject> {
    let bytes = std::fs::read(path).map_err(|err| super::loader::unreadable(name, path, &err))?;
    let filename = path.display().to_string();
    let Some(mut code) = decode(&bytes, None) else {
        let err = match bytes.get(..4) {
            Some(magic) if magic != MAGIC => {
                let shown = crate::protocols::repr(thread, &crate::builtins::new_bytes(magic.to_vec()))?;
                crate::objects::exception::import_error(format!("bad magic number in '{name}': {shown}"))
            }
            _ => crate::objects::exception::import_error(format!("bad or truncated bytecode in '{name}'")),
        };
        crate::objects::exception::set_attr(&err, "name", crate::objects::str::new_str(name));
        crate::objects::exception::set_attr(&err, "path", crate::objects::str::new_str(filename));
        return Err(err);
    };
    set_filename(&mut code, &filename);
    Ok(code)
}

fn dont_write_bytecode(thread: &Thread) -> bool {
    match crate::modules::sys::sys_attr(&thread.interp, "dont_write_bytecode") {
        Some(crate::value::Value::Bool(flag)) => flag,
        Some(crate::value::Value::Int(n)) => n != 0,
        Some(_) => true,
        None => false,
    }
}

/// Sets `co_filename` of a code object and of the code objects among its constants.
pub fn set_filename(code: &mut CodeObject, filename: &str) {
    code.filename = filename.to_string();
    for constant in &mut code.consts {
        if let ConstValue::Code(inner) = constant {
            set_filename(inner, filename);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compiled(source: &str) -> CodeObject {
        let parsed = ferrython_parser::parse(source.as_bytes(), "m.py", Default::default()).expect("parses");
        ferrython_compiler::compile(&parsed.module, "m.py", 0).map(|c| c.code).expect("compiles")
    }

    #[test]
    fn header_decides() {
        let code = compiled("def f(x):\n    return x + 1.5, 'é', 10**30\n");
        let bytes = encode(code.clone(), (7, 42));
        assert_eq!(decode(&bytes, Some((7, 42))), Some(code));
        assert_eq!(decode(&bytes, Some((8, 42))), None, "a stale stamp is ignored");
        let mut flipped = bytes.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        assert_eq!(decode(&flipped, Some((7, 42))), None, "a corrupt payload is ignored");
        assert_eq!(decode(&bytes[..bytes.len() / 2], None), None, "a truncated file is ignored");
    }
}
