//! The combinatoric iterators: `product`, `permutations`, `combinations` and
//! `combinations_with_replacement`. Each reads its input into a pool first, then walks index
//! vectors in lexicographic order; no Python code runs while one advances.

use parking_lot::Mutex;

use super::{exhausted, instance, new_class, pool_of, receiver, ssize_arg};
use crate::builtins::Method;
use crate::method;
use crate::modules::arguments::{parse, Signature};
use crate::objects::exception::{memory_error, overflow_error, type_error, value_error};
use crate::objects::function::Args;
use crate::objects::int::is_int;
use crate::objects::str::as_pystr;
use crate::objects::tuple;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

pub(super) const PRODUCT: &[Method] =
    &[method!("__new__", product_new, StaticMethod), method!("__next__", product_next)];
pub(super) const PERMUTATIONS: &[Method] =
    &[method!("__new__", permutations_new, StaticMethod), method!("__next__", permutations_next)];
pub(super) const COMBINATIONS: &[Method] =
    &[method!("__new__", combinations_new, StaticMethod), method!("__next__", combinations_next)];
pub(super) const COMBINATIONS_WITH_REPLACEMENT: &[Method] = &[
    method!("__new__", combinations_with_replacement_new, StaticMethod),
    method!("__next__", combinations_with_replacement_next),
];

/// Where an index walk is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// The first tuple is still to come.
    Start,
    Running,
    Done,
}

/// An index walk over one or more pools.
struct Walk {
    pools: Vec<Vec<Value>>,
    indices: Vec<usize>,
    stage: Stage,
}

impl Walk {
    /// The tuple the indices select (index `i` in pool `i`, or in the single pool).
    fn current(&self) -> Value {
        let items = self
            .indices
            .iter()
            .enumerate()
            .map(|(i, &index)| {
                let pool = self.pools.get(i).or(self.pools.first());
                pool.and_then(|pool| pool.get(index)).cloned().unwrap_or_default()
            })
            .collect();
        tuple(items)
    }
}

/// The shared `__next__`: the first tuple as set up, then one `advance` per call.
fn walk_next(walk: &Mutex<Walk>, advance: fn(&mut Walk) -> bool) -> PyResult<Value> {
    let mut walk = walk.lock();
    match walk.stage {
        Stage::Done => return Err(exhausted()),
        Stage::Start => walk.stage = Stage::Running,
        Stage::Running => {
            if !advance(&mut walk) {
                walk.stage = Stage::Done;
                // The pools are no longer needed.
                walk.pools.clear();
                return Err(exhausted());
            }
        }
    }
    Ok(walk.current())
}

struct Product(Mutex<Walk>);
struct Permutations(Mutex<Walk>);
struct Combinations(Mutex<Walk>);
struct CombinationsWithReplacement(Mutex<Walk>);

// ---------------------------------------------------------------------------------------------
// product

/// `product(*iterables, repeat=1)`.
fn product_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (class, args) = new_class(&args, "product")?;
    let mut repeat = 1;
    if args.kwnames.len() > 1 {
        let given = args.kwnames.len();
        return Err(type_error(format!("product() takes at most 1 keyword argument ({given} given)")));
    }
    for (name, value) in args.keywords() {
        let name = as_pystr(name).map(|s| s.as_str().into_owned()).unwrap_or_default();
        if name != "repeat" {
            return Err(type_error(format!("'{name}' is an invalid keyword argument for product()")));
        }
        repeat = ssize_arg(thread, value)?;
        if repeat < 0 {
            return Err(value_error("repeat argument cannot be negative"));
        }
    }
    let count =
        args.pos().len().checked_mul(repeat as usize).ok_or_else(|| overflow_error("repeat argument too large"))?;
    if count > 1 << 28 {
        return Err(memory_error(""));
    }
    let mut distinct = Vec::with_capacity(args.pos().len());
    for iterable in args.pos() {
        distinct.push(pool_of(thread, iterable)?);
    }
    let pools: Vec<Vec<Value>> = (0..repeat).flat_map(|_| distinct.iter().cloned()).collect();
    let stage = if pools.iter().any(Vec::is_empty) { Stage::Done } else { Stage::Start };
    let walk = Walk { indices: vec![0; pools.len()], pools, stage };
    Ok(instance(class, Product(Mutex::new(walk))))
}

/// Like an odometer: the last index turns fastest.
fn product_advance(walk: &mut Walk) -> bool {
    for i in (0..walk.indices.len()).rev() {
        walk.indices[i] += 1;
        if walk.indices[i] < walk.pools[i].len() {
            return true;
        }
        walk.indices[i] = 0;
    }
    false
}

fn product_next(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let product = receiver::<Product>(&args, "__next__", "product")?;
    walk_next(&product.0, product_advance)
}

// ---------------------------------------------------------------------------------------------
// combinations and combinations_with_replacement

/// The pool and `r` of `combinations` and `combinations_with_replacement`.
fn pool_and_r(thread: &mut Thread, args: &Args<'_>, name: &str) -> PyResult<(Vec<Value>, usize)> {
    let sig = Signature { name, params: &["iterable", "r"], posonly: 0, maxpos: 2, required: 2 };
    let bound = parse(&sig, args)?;
    let r = ssize_arg(thread, bound[1].as_ref().unwrap_or(&Value::None))?;
    let pool = pool_of(thread, bound[0].as_ref().unwrap_or(&Value::None))?;
    if r < 0 {
        return Err(value_error("r must be non-negative"));
    }
    Ok((pool, r as usize))
}

/// `combinations(iterable, r)`.
fn combinations_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (class, args) = new_class(&args, "combinations")?;
    let (pool, r) = pool_and_r(thread, &args, "combinations")?;
    let stage = if r > pool.len() { Stage::Done } else { Stage::Start };
    let walk = Walk { indices: (0..r.min(pool.len())).collect(), pools: vec![pool], stage };
    Ok(instance(class, Combinations(Mutex::new(walk))))
}

/// The next increasing index sequence: raise the rightmost index that can still rise, and
/// put its successors right after it.
fn combinations_advance(walk: &mut Walk) -> bool {
    let n = walk.pools[0].len();
    let r = walk.indices.len();
    let Some(i) = (0..r).rev().find(|&i| walk.indices[i] != i + n - r) else { return false };
    walk.indices[i] += 1;
    for j in i + 1..r {
        walk.indices[j] = walk.indices[j - 1] + 1;
    }
    true
}

fn combinations_next(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let combinations = receiver::<Combinations>(&args, "__next__", "combinations")?;
    walk_next(&combinations.0, combinations_advance)
}

/// `combinations_with_replacement(iterable, r)`.
fn combinations_with_replacement_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (class, args) = new_class(&args, "combinations_with_replacement")?;
    let (pool, r) = pool_and_r(thread, &args, "combinations_with_replacement")?;
    let stage = if pool.is_empty() && r > 0 { Stage::Done } else { Stage::Start };
    let walk = Walk { indices: vec![0; if stage == Stage::Done { 0 } else { r }], pools: vec![pool], stage };
    Ok(instance(class, CombinationsWithReplacement(Mutex::new(walk))))
}

/// The next non-decreasing index sequence: raise the rightmost index below the last one, and
/// set the rest equal to it.
fn combinations_with_replacement_advance(walk: &mut Walk) -> bool {
    let n = walk.pools[0].len();
    let Some(i) = walk.indices.iter().rposition(|&index| index != n - 1) else { return false };
    let raised = walk.indices[i] + 1;
    walk.indices[i..].fill(raised);
    true
}

fn combinations_with_replacement_next(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let walk = receiver::<CombinationsWithReplacement>(&args, "__next__", "combinations_with_replacement")?;
    walk_next(&walk.0, combinations_with_replacement_advance)
}

// ---------------------------------------------------------------------------------------------
// permutations

/// `permutations(iterable, r=None)`: `r` must be an int itself (no `__index__`).
fn permutations_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (class, args) = new_class(&args, "permutations")?;
    let sig = Signature { name: "permutations", params: &["iterable", "r"], posonly: 0, maxpos: 2, required: 1 };
    let bound = parse(&sig, &args)?;
    let pool = pool_of(thread, bound[0].as_ref().unwrap_or(&Value::None))?;
    let r = match &bound[1] {
        None | Some(Value::None) => pool.len() as i64,
        Some(r) if is_int(r) => ssize_arg(thread, r)?,
        Some(_) => return Err(type_error("Expected int as r")),
    };
    if r < 0 {
        return Err(value_error("r must be non-negative"));
    }
    let r = r as usize;
    let stage = if r > pool.len() { Stage::Done } else { Stage::Start };
    let walk = Walk { indices: (0..r.min(pool.len())).collect(), pools: vec![pool], stage };
    Ok(instance(class, Permutations(Mutex::new(walk))))
}

/// The next sequence of distinct indices in lexicographic order: from the right, find the first
/// position whose index can be replaced by a larger unused one, take the smallest such, and
/// fill the positions after it with the smallest unused indices in increasing order.
fn permutations_advance(walk: &mut Walk) -> bool {
    let n = walk.pools[0].len();
    let r = walk.indices.len();
    let mut used = vec![false; n];
    for &index in &walk.indices {
        used[index] = true;
    }
    for i in (0..r).rev() {
        let old = walk.indices[i];
        used[old] = false;
        if let Some(larger) = (old + 1..n).find(|&candidate| !used[candidate]) {
            walk.indices[i] = larger;
            used[larger] = true;
            let mut free = (0..n).filter(|&candidate| !used[candidate]);
            for slot in &mut walk.indices[i + 1..] {
                *slot = free.next().unwrap_or(0);
            }
            return true;
        }
    }
    false
}

fn permutations_next(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let permutations = receiver::<Permutations>(&args, "__next__", "permutations")?;
    walk_next(&permutations.0, permutations_advance)
}

// ---------------------------------------------------------------------------------------------
// What the cycle collector sees

impl Walk {
    fn visit(walk: &Mutex<Walk>, visit: &mut dyn FnMut(&Value)) {
        if let Some(walk) = walk.try_lock() {
            walk.pools.iter().flatten().for_each(visit);
        }
    }

    fn take(walk: &Mutex<Walk>) -> Vec<Value> {
        walk.try_lock().map(|mut w| std::mem::take(&mut w.pools).into_iter().flatten().collect()).unwrap_or_default()
    }
}

macro_rules! walk_refs {
    ($($name:ident),*) => { $(
        impl crate::gc::traverse::NativeData for $name {
            fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
                Walk::visit(&self.0, visit);
            }

            fn clear(&self) -> Vec<Value> {
                Walk::take(&self.0)
            }
        }
    )* };
}

walk_refs!(Product, Permutations, Combinations, CombinationsWithReplacement);
