//! Native modules, one file each. Only `sys` so far; the import system and the rest of the
//! standard library come with the launcher's issue.

pub mod sys;
