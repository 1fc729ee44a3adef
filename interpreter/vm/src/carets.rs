//! PEP 657 carets under a traceback's source line, as CPython 3.12 draws them: `^` under the
//! failing expression, or `~` with `^` under the operator of a binary operation and the brackets
//! of a subscript.

use ferrython_ast::{ExprKind, Mod, StmtKind};
use ferrython_bytecode::Position;

/// The text after the four-space margin, or None when no carets are shown (no position, or
/// a segment that spans the whole stripped line without anchors).
pub fn caret_line(
    line: &str,
    indent: usize,
    stripped_len: usize,
    lineno: i64,
    position: Option<Position>,
) -> Option<String> {
    let position = position?;
    let (Some(start_line), Some(col), Some(end_col)) = (position.lineno, position.col_offset, position.end_col_offset)
    else {
        return None;
    };
    if i64::from(start_line) != lineno {
        return None;
    }
    let chars: Vec<char> = line.chars().collect();
    let start = char_offset(line, col as usize);
    let end = if position.end_lineno == Some(start_line) {
        char_offset(line, end_col as usize)
    } else {
        line.trim_end().chars().count()
    };
    if end <= start {
        return None;
    }
    let segment: String = chars[start..end.min(chars.len())].iter().collect();
    // Anchors (`~` around `^`) only for an expression on one line.
    let anchors = if position.end_lineno == Some(start_line) { anchors(&segment) } else { None };
    let stripped_chars = chars.len() - line[indent..].chars().count();
    let stripped_len_chars = line[indent..indent + stripped_len].chars().count();
    let covers_line = end - start >= stripped_len_chars;
    let anchored = anchors.is_some_and(|(l, r)| r > l);
    if covers_line && !anchored {
        return None;
    }
    let mut out = " ".repeat(start.saturating_sub(stripped_chars));
    for i in 0..end - start {
        let caret = match anchors {
            Some((left, right)) if i < left || i >= right => '~',
            _ => '^',
        };
        out.push(caret);
    }
    Some(out)
}

fn char_offset(line: &str, byte: usize) -> usize {
    line.get(..byte.min(line.len())).map_or(byte, |prefix| prefix.chars().count())
}

/// The anchors (in chars within the segment) of a binary operator or subscript.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let options = crate::compile::parse_options("exec", false, 0);
    let parsed = ferrython_parser::parse(segment.as_bytes(), "<segment>", options).ok()?;
    let Mod::Module { body, .. } = &parsed.module else { return None };
    if body.len() != 1 {
        return None;
    }
    let StmtKind::Expr { value } = &body[0].kind else { return None };
    let chars: Vec<char> = segment.chars().collect();
    // Offsets in the tree are in UTF-8 bytes of the first line; the segment is one line here.
    let norm = |byte: u32| char_offset(segment, byte as usize);
    match &value.kind {
        ExprKind::BinOp { left, right, .. } => {
            let operator_start = norm(left.loc.end_col_offset);
            let operator_end = norm(right.loc.col_offset);
            let operator: Vec<char> = chars.get(operator_start..operator_end)?.to_vec();
            let offset = operator.iter().take_while(|c| c.is_whitespace()).count();
            let mut left_anchor = operator_start + offset;
            let mut right_anchor = left_anchor + 1;
            if offset + 1 < operator.len() && !operator[offset + 1].is_whitespace() {
                right_anchor += 1;
            }
            while left_anchor < chars.len()
                && (chars[left_anchor].is_whitespace() || matches!(chars[left_anchor], ')' | '#'))
            {
                left_anchor += 1;
                right_anchor += 1;
            }
            Some((left_anchor, right_anchor))
        }
        ExprKind::Subscript { value: target, slice, .. } => {
            let mut left_anchor = norm(target.loc.end_col_offset);
            let mut right_anchor = norm(slice.loc.end_col_offset) + 1;
            while left_anchor < chars.len() && (chars[left_anchor].is_whitespace() || chars[left_anchor] != '[') {
                left_anchor += 1;
            }
            while right_anchor < chars.len() && (chars[right_anchor].is_whitespace() || chars[right_anchor] != ']') {
                right_anchor += 1;
            }
            if right_anchor < chars.len() {
                right_anchor += 1;
            }
            Some((left_anchor, right_anchor))
        }
        _ => None,
    }
}
