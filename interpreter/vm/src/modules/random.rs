//! The `_random` module: `Random`, the Mersenne Twister (MT19937) generator that `Lib/random.py`
//! builds on, seeded, stepped and saved exactly as CPython's, so that a seeded sequence is the
//! same number for number. Also `_sha512`, the digest `random.seed` hashes str and bytes seeds
//! with (there is no `hashlib` yet).

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{ToPrimitive, Zero};
use parking_lot::Mutex;
use sha2::{Digest, Sha512};

use crate::builtins::{add_methods, bytes_like, native_function, new_bytes};
use crate::method;
use crate::modules::arguments::{no_keywords, single};
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::int::{int_from_big, is_int, to_big};
use crate::objects::str::{intern, new_str};
use crate::objects::typeobj::{new_builtin_type, set_builtin_attr, type_data, type_name, types, BaseKind};
use crate::objects::{as_tuple, new_dict, tuple, OwnedPayload, Payload};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

// ---------------------------------------------------------------------------------------------
// MT19937

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator's state: 624 words and the index of the next one to use.
#[derive(Clone)]
struct Twister {
    words: [u32; N],
    index: usize,
}

impl Twister {
    fn from_seed(seed: u32) -> Twister {
        let mut words = [0u32; N];
        words[0] = seed;
        for i in 1..N {
            let previous = words[i - 1];
            words[i] = 1_812_433_253u32.wrapping_mul(previous ^ (previous >> 30)).wrapping_add(i as u32);
        }
        Twister { words, index: N }
    }

    /// The state for a key of 32-bit words (the reference `init_by_array`).
    fn from_key(key: &[u32]) -> Twister {
        let mut t = Twister::from_seed(19_650_218);
        let mt = &mut t.words;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let previous = mt[i - 1];
            mt[i] = (mt[i] ^ (previous ^ (previous >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let previous = mt[i - 1];
            mt[i] = (mt[i] ^ (previous ^ (previous >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        t
    }

    /// Makes the next 624 words.
    fn regenerate(&mut self) {
        let mt = &mut self.words;
        let twist = |upper: u32, lower: u32| {
            let y = (upper & UPPER_MASK) | (lower & LOWER_MASK);
            (y >> 1) ^ if y & 1 == 1 { MATRIX_A } else { 0 }
        };
        for k in 0..N {
            mt[k] = mt[(k + M) % N] ^ twist(mt[k], mt[(k + 1) % N]);
        }
        self.index = 0;
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.regenerate();
        }
        let mut y = self.words[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits.
    fn next_f64(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// A nonnegative int of `k` random bits, filled from its low words up.
    fn bits(&mut self, k: u64) -> BigUint {
        if k <= 32 {
            return BigUint::from(self.next_u32() >> (32 - k));
        }
        let words = k.div_ceil(32) as usize;
        let mut digits = Vec::with_capacity(words);
        let mut left = k;
        for _ in 0..words {
            let mut word = self.next_u32();
            if left < 32 {
                word >>= 32 - left;
            }
            digits.push(word);
            left = left.saturating_sub(32);
        }
        BigUint::new(digits)
    }
}

// ---------------------------------------------------------------------------------------------
// The Random type

struct Generator {
    twister: Mutex<Twister>,
}

fn random_class() -> &'static ObjRef {
    static CLASS: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();
    CLASS.get_or_init(|| {
        let t = types();
        let class = new_builtin_type(&t.type_, "Random", std::slice::from_ref(&t.object), BaseKind::Object, true);
        set_builtin_attr(&class, "__module__", new_str("_random"));
        add_methods(
            &class,
            &[
                method!("__new__", random_new, StaticMethod),
                method!("__init__", random_init),
                method!("random", random_random),
                method!("seed", random_seed),
                method!("getstate", random_getstate),
                method!("setstate", random_setstate),
                method!("getrandbits", random_getrandbits),
            ],
        );
        class
    })
}

/// Makes the `_random` module.
pub fn init(_thread: &mut Thread) -> PyResult<ObjRef> {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    ns.set_str(&intern("Random"), Value::Obj(random_class().clone()));
    ns.set_str(&intern("_sha512"), native_function("_sha512", sha512, BuiltinKind::Function, None));
    Ok(crate::objects::new_module("_random", dict))
}

fn generator<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a Generator> {
    let this = args.values.first();
    match this.and_then(Value::payload) {
        Some(Payload::Native(state)) => state.downcast_ref::<Generator>(),
        _ => None,
    }
    .ok_or_else(|| {
        let given = this.map_or_else(|| "NoneType".to_string(), type_name);
        type_error(format!("descriptor '{method}' for '_random.Random' objects doesn't apply to a '{given}' object"))
    })
}

/// The arguments after `self`.
fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args { values: args.values.get(1..).unwrap_or_default(), kwnames: args.kwnames }
}

/// Words of entropy from the system, for a seed of None.
fn entropy_key() -> Vec<u32> {
    use std::io::Read;
    let mut bytes = [0u8; N * 4];
    let from_system = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes)).is_ok();
    if !from_system {
        // No system source: the time and the process's hash keys, mixed.
        use std::hash::{BuildHasher, Hasher};
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        hasher.write_u128(nanos);
        hasher.write_u32(std::process::id());
        return vec![hasher.finish() as u32, (hasher.finish() >> 32) as u32, nanos as u32];
    }
    bytes.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect()
}

/// The key CPython seeds with for `seed(arg)`: system entropy for None, the absolute value of
/// an int, and the hash (as an unsigned word) of anything else.
fn seed_key(thread: &mut Thread, arg: &Value) -> PyResult<Vec<u32>> {
    let n: BigUint = if arg.is_none() {
        return Ok(entropy_key());
    } else if is_int(arg) {
        to_big(arg).unwrap_or_default().magnitude().clone()
    } else {
        let hash = crate::protocols::hash_value(thread, arg)?;
        BigUint::from(hash as u64)
    };
    if n.is_zero() {
        return Ok(vec![0]);
    }
    Ok(n.to_u32_digits())
}

fn random_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Obj(class)) = args.values.first() else {
        return Err(type_error("Random.__new__(X): X is not a type object"));
    };
    if !type_data(class).heap {
        no_keywords(&rest(&args), "Random")?;
    }
    let pos = rest(&args).pos();
    if ObjRef::ptr_eq(class, random_class()) && pos.len() > 1 {
        return Err(type_error(format!("Random() takes at most 1 argument ({} given)", pos.len())));
    }
    // `_random.Random(x)` is seeded with x here; a Python subclass seeds in its `__init__`
    // (whose argument need not be a valid seed for this type: `random.Random` hashes str).
    let seed = if type_data(class).heap { &Value::None } else { pos.first().unwrap_or(&Value::None) };
    let key = seed_key(thread, seed)?;
    let state = Generator { twister: Mutex::new(Twister::from_key(&key)) };
    let dict = type_data(class).heap.then(new_dict);
    Ok(Value::Obj(ObjRef::new(class.clone(), dict, OwnedPayload::Native(Box::new(state)))))
}

/// `Random.__init__`: the seeding was done by `__new__` (a subclass's `__init__` seeds again).
fn random_init(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    generator(&args, "__init__")?;
    Ok(Value::None)
}

fn random_random(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let generator = generator(&args, "random")?;
    let given = rest(&args).values.len();
    if given > 0 {
        return Err(type_error(format!("Random.random() takes no arguments ({given} given)")));
    }
    Ok(Value::Float(generator.twister.lock().next_f64()))
}

/// `seed(n=None)`.
fn random_seed(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let generator = generator(&args, "seed")?;
    let rest = rest(&args);
    no_keywords(&rest, "seed")?;
    let pos = crate::modules::arguments::between("seed", &rest, 0, 1)?;
    let key = seed_key(thread, pos.first().unwrap_or(&Value::None))?;
    *generator.twister.lock() = Twister::from_key(&key);
    Ok(Value::None)
}

/// `getstate()`: the 624 words and the index, as a tuple of 625 ints.
fn random_getstate(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let generator = generator(&args, "getstate")?;
    let twister = generator.twister.lock().clone();
    let mut items: Vec<Value> = twister.words.iter().map(|w| Value::Int(i64::from(*w))).collect();
    items.push(Value::Int(twister.index as i64));
    Ok(tuple(items))
}

/// `setstate(state)`: a tuple as `getstate` makes.
fn random_setstate(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let generator = generator(&args, "setstate")?;
    let state = single("setstate", &rest(&args))?;
    let Some(items) = as_tuple(state) else { return Err(type_error("state vector must be a tuple")) };
    if items.len() != N + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (word, item) in words.iter_mut().zip(items) {
        *word = unsigned_long(item)? as u32;
    }
    let index = match to_big(&items[N]) {
        Some(index) => index.to_i64().unwrap_or(-1),
        None => {
            return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&items[N]))))
        }
    };
    if !(0..=N as i64).contains(&index) {
        return Err(value_error("invalid state"));
    }
    *generator.twister.lock() = Twister { words, index: index as usize };
    Ok(Value::None)
}

/// An item of a state vector, as C's `unsigned long`.
fn unsigned_long(value: &Value) -> PyResult<u64> {
    let Some(n) = to_big(value) else {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(value))));
    };
    if n.sign() == Sign::Minus {
        return Err(crate::objects::exception::overflow_error("can't convert negative value to unsigned int"));
    }
    n.to_u64()
        .ok_or_else(|| crate::objects::exception::overflow_error("Python int too large to convert to C unsigned long"))
}

/// `getrandbits(k)`.
fn random_getrandbits(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let generator = generator(&args, "getrandbits")?;
    let k = single("getrandbits", &rest(&args))?;
    let k = crate::protocols::number::index_of(thread, k)?;
    if k < 0 {
        return Err(value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(Value::Int(0));
    }
    if k > 1 << 40 {
        return Err(crate::objects::exception::memory_error(""));
    }
    let bits = generator.twister.lock().bits(k as u64);
    Ok(int_from_big(BigInt::from(bits)))
}

/// `_sha512(data)`: the SHA-512 digest of a bytes-like object.
fn sha512(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let data = single("_sha512", &args)?;
    let Some(bytes) = bytes_like(data) else {
        return Err(type_error(format!("a bytes-like object is required, not '{}'", type_name(data))));
    };
    Ok(new_bytes(Sha512::digest(&bytes).to_vec()))
}

/// Holds no references the cycle collector must follow.
impl crate::gc::traverse::NativeData for Generator {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_outputs() {
        // The reference implementation's first outputs for init_by_array({0x123, 0x234, 0x345, 0x456}).
        let mut t = Twister::from_key(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| t.next_u32()).collect();
        assert_eq!(first, [1067595299, 955945823, 477289528, 4107218783, 4228976476]);
    }
}
