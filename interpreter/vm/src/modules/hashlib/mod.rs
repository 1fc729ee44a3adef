//! The `_hashlib` module behind `Lib/hashlib.py`: the `HASH` type for MD5, SHA-1 (`legacy`,
//! written here) and the SHA-2 family (the sha2 crate), with `update`, `digest`, `hexdigest`,
//! `copy`, `name`, `digest_size` and `block_size` as CPython's objects have them.

mod legacy;

use sha2::Digest;

use crate::builtins::{add_methods, bytes_like, native_function};
use crate::method;
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::str::{as_pystr, intern, new_str};
use crate::objects::typeobj::{new_builtin_type, set_builtin_attr, type_name, types, BaseKind};
use crate::objects::{new_dict, OwnedPayload, Payload};
use crate::sync::Mutex;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// A running computation of one of the digests.
#[derive(Clone)]
enum State {
    Legacy(legacy::Legacy),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
}

/// The algorithms, by the names `hashlib.new` takes: (name, digest size, block size).
const ALGORITHMS: &[(&str, usize, usize)] = &[
    ("md5", 16, 64),
    ("sha1", 20, 64),
    ("sha224", 28, 64),
    ("sha256", 32, 64),
    ("sha384", 48, 128),
    ("sha512", 64, 128),
];

impl State {
    fn new(name: &str) -> Option<State> {
        Some(match name {
            "md5" => State::Legacy(legacy::Legacy::new(legacy::Kind::Md5)),
            "sha1" => State::Legacy(legacy::Legacy::new(legacy::Kind::Sha1)),
            "sha224" => State::Sha224(sha2::Sha224::new()),
            "sha256" => State::Sha256(sha2::Sha256::new()),
            "sha384" => State::Sha384(sha2::Sha384::new()),
            "sha512" => State::Sha512(sha2::Sha512::new()),
            _ => return None,
        })
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            State::Legacy(h) => h.update(data),
            State::Sha224(h) => h.update(data),
            State::Sha256(h) => h.update(data),
            State::Sha384(h) => h.update(data),
            State::Sha512(h) => h.update(data),
        }
    }

    fn digest(&self) -> Vec<u8> {
        match self {
            State::Legacy(h) => h.digest(),
            State::Sha224(h) => h.clone().finalize().to_vec(),
            State::Sha256(h) => h.clone().finalize().to_vec(),
            State::Sha384(h) => h.clone().finalize().to_vec(),
            State::Sha512(h) => h.clone().finalize().to_vec(),
        }
    }
}

/// A `HASH` object's data.
struct Hash {
    name: &'static str,
    state: Mutex<State>,
}

/// Holds no references.
impl crate::gc::traverse::NativeData for Hash {}

fn hash_class() -> &'static ObjRef {
    static CLASS: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();
    CLASS.get_or_init(|| {
        let t = types();
        let class = new_builtin_type(&t.type_, "HASH", std::slice::from_ref(&t.object), BaseKind::Object, false);
        set_builtin_attr(&class, "__module__", new_str("_hashlib"));
        add_methods(
            &class,
            &[
                method!("update", hash_update),
                method!("digest", hash_digest),
                method!("hexdigest", hash_hexdigest),
                method!("copy", hash_copy),
                method!("__repr__", hash_repr),
            ],
        );
        crate::builtins::add_getters(
            &class,
            &[("name", hash_name), ("digest_size", hash_digest_size), ("block_size", hash_block_size)],
        );
        class
    })
}

/// Makes the `_hashlib` module.
pub fn init(_thread: &mut Thread) -> PyResult<ObjRef> {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    ns.set_str(&intern("HASH"), Value::Obj(hash_class().clone()));
    ns.set_str(&intern("new"), native_function("new", new, BuiltinKind::Function, None));
    let names: Vec<Value> = ALGORITHMS.iter().map(|(name, _, _)| new_str(*name)).collect();
    ns.set_str(&intern("algorithms"), crate::objects::tuple(names));
    Ok(crate::objects::new_module("_hashlib", dict))
}

fn new_hash(name: &'static str, state: State) -> Value {
    let hash = Hash { name, state: Mutex::new(state) };
    Value::Obj(ObjRef::new(hash_class().clone(), None, OwnedPayload::Native(Box::new(hash))))
}

/// The bytes of a `data` argument: any bytes-like object, not a str.
fn data_arg(value: &Value) -> PyResult<Vec<u8>> {
    if as_pystr(value).is_some() {
        return Err(type_error("Strings must be encoded before hashing"));
    }
    bytes_like(value).ok_or_else(|| type_error("object supporting the buffer API required"))
}

/// `new(name, data=b'', *, usedforsecurity=True)`.
fn new(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = crate::modules::arguments::bind_keywords("new", &args, &["name", "data", "usedforsecurity"], 1)?;
    let name = crate::modules::arguments::req_str(&p[0], "new", "name")?.to_lowercase();
    let Some(&(name, _, _)) = ALGORITHMS.iter().find(|(known, _, _)| *known == name) else {
        return Err(value_error(format!("unsupported hash type {name}")));
    };
    let mut state = State::new(name).expect("listed in ALGORITHMS");
    if let Some(data) = p[1].as_ref() {
        state.update(&data_arg(data)?);
    }
    Ok(new_hash(name, state))
}

fn this<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a Hash> {
    let receiver = args.values.first();
    match receiver.and_then(Value::payload) {
        Some(Payload::Native(data)) => data.downcast_ref::<Hash>(),
        _ => None,
    }
    .ok_or_else(|| {
        let given = receiver.map_or_else(|| "NoneType".to_string(), type_name);
        type_error(format!("descriptor '{method}' for '_hashlib.HASH' objects doesn't apply to a '{given}' object"))
    })
}

fn hash_update(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let hash = this(&args, "update")?;
    let [_, data] = crate::modules::arguments::exactly("update", &args)?;
    let data = data_arg(data)?;
    hash.state.lock().update(&data);
    Ok(Value::None)
}

fn hash_digest(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let hash = this(&args, "digest")?;
    let digest = hash.state.lock().digest();
    Ok(crate::builtins::new_bytes(digest))
}

fn hash_hexdigest(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let hash = this(&args, "hexdigest")?;
    let digest = hash.state.lock().digest();
    Ok(new_str(digest.iter().map(|b| format!("{b:02x}")).collect::<String>()))
}

fn hash_copy(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let hash = this(&args, "copy")?;
    let state = hash.state.lock().clone();
    Ok(new_hash(hash.name, state))
}

fn hash_repr(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let hash = this(&args, "__repr__")?;
    let addr = args.values.first().and_then(Value::as_obj).map_or(0, ObjRef::addr);
    Ok(new_str(format!("<{} _hashlib.HASH object @ {addr:#x}>", hash.name)))
}

fn sizes(args: &Args<'_>, what: &str) -> PyResult<(&'static str, usize, usize)> {
    let hash = this(args, what)?;
    Ok(*ALGORITHMS.iter().find(|(name, _, _)| *name == hash.name).expect("made from ALGORITHMS"))
}

fn hash_name(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(new_str(sizes(&args, "name")?.0))
}

fn hash_digest_size(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(sizes(&args, "digest_size")?.1 as i64))
}

fn hash_block_size(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(sizes(&args, "block_size")?.2 as i64))
}
