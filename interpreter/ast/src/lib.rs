//! The abstract syntax tree of Python 3.12, shaped like CPython's `ast` module.
//!
//! `nodes` defines the tree, `view` states each node's CPython class name and fields once, and
//! `dump` prints a tree as `ast.dump` does.

pub mod constant;
pub mod dump;
pub mod nodes;
pub mod repr;
pub mod unview;
pub mod validate;
pub mod view;
pub mod visit;

pub use constant::{Constant, Int, PyStr};
pub use dump::{dump, DumpOptions, TooDeep};
pub use nodes::*;
