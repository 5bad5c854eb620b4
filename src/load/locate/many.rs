//! Placing every problem of a file in one pass: [`locate_all`] finds the values of many paths
//! in one walk of the text, and [`line_cols`] turns many offsets into lines and columns in one
//! sweep. Placing each problem on its own rescans the file from its start every time, which is
//! quadratic: 20,000 unknown fields in a 260 KB file took 18 s.

use std::collections::{HashMap, HashSet};

use super::super::problem::Seg;
use super::{read_string, scanned, skip_value, skip_ws, to_u32};

/// One open container of the walk. An object remembers its keys: as in [`super::locate`],
/// a duplicated key's first value is the one found.
enum Frame {
    Object(HashSet<String>),
    Array(usize),
}

/// What [`super::locate`] gives for each of `paths`, in one walk of `text` (valid JSON, as
/// every file is once it has parsed). Only containers on the way to a wanted path are entered;
/// everything else is skipped over, so the walk reads each byte a bounded number of times.
#[must_use]
pub fn locate_all(text: &[u8], paths: &[&[Seg]]) -> Vec<Option<usize>> {
    let mut out = vec![None; paths.len()];
    let mut wanted: HashMap<&[Seg], Vec<usize>> = HashMap::new();
    let mut on_the_way: HashSet<&[Seg]> = HashSet::new();
    for (i, p) in paths.iter().enumerate() {
        wanted.entry(p).or_default().push(i);
        on_the_way.extend((0..p.len()).map(|n| &p[..n]));
    }
    walk(text, &wanted, &on_the_way, &mut out);
    out
}

fn walk(
    text: &[u8],
    wanted: &HashMap<&[Seg], Vec<usize>>,
    on_the_way: &HashSet<&[Seg]>,
    out: &mut [Option<usize>],
) -> Option<()> {
    let mut path: Vec<Seg> = Vec::new();
    let mut frames: Vec<Frame> = Vec::new();
    let mut pos = skip_ws(text, 0);
    // Once every path is found the rest of the text cannot change an answer (a repeated key's
    // first value wins), so the walk stops: placing `as_of` near the top of a large snapshot
    // must not read the whole file.
    let mut left = out.iter().filter(|o| o.is_none()).count();
    'value: loop {
        if left == 0 {
            return Some(());
        }
        // `pos` is the start of the value at `path`.
        if pos >= text.len() {
            return None;
        }
        if let Some(ids) = wanted.get(path.as_slice()) {
            for &i in ids {
                if out[i].is_none() {
                    out[i] = Some(pos);
                    left -= 1;
                }
            }
            if left == 0 {
                return Some(());
            }
        }
        let open = match text[pos] {
            b'{' => Some(Frame::Object(HashSet::new())),
            b'[' => Some(Frame::Array(0)),
            _ => None,
        };
        match open.filter(|_| on_the_way.contains(path.as_slice())) {
            Some(frame) => {
                frames.push(frame);
                pos = skip_ws(text, pos + 1);
                if matches!(text.get(pos), Some(b'}' | b']')) {
                    frames.pop();
                    pos += 1;
                } else {
                    let (start, fresh) = member(text, &mut frames, &mut path, pos)?;
                    if fresh {
                        pos = start;
                        continue 'value;
                    }
                    pos = skip_value(text, start)?;
                }
            }
            None => pos = skip_value(text, pos)?,
        }
        // The value at `path` has ended: on to the next member, closing containers as they end.
        loop {
            if frames.is_empty() {
                return Some(());
            }
            path.pop();
            pos = skip_ws(text, pos);
            match text.get(pos)? {
                b',' => {
                    let (start, fresh) = member(text, &mut frames, &mut path, skip_ws(text, pos + 1))?;
                    if fresh {
                        pos = start;
                        continue 'value;
                    }
                    // A repeated key: skip its value, then on as after any other.
                    pos = skip_value(text, start)?;
                }
                b'}' | b']' => {
                    frames.pop();
                    pos += 1;
                }
                _ => return None,
            }
        }
    }
}

/// Starts the member at `pos` of the innermost container: pushes its step onto `path` and
/// returns where its value starts, and whether its key is new in its object.
fn member(text: &[u8], frames: &mut [Frame], path: &mut Vec<Seg>, pos: usize) -> Option<(usize, bool)> {
    match frames.last_mut()? {
        Frame::Array(next) => {
            path.push(Seg::Index(*next));
            *next += 1;
            Some((pos, true))
        }
        Frame::Object(seen) => {
            if text.get(pos)? != &b'"' {
                return None;
            }
            let (key, after) = read_string(text, pos)?;
            let colon = skip_ws(text, after);
            if text.get(colon)? != &b':' {
                return None;
            }
            let value = skip_ws(text, colon + 1);
            let fresh = seen.insert(key.clone());
            path.push(Seg::Key(key));
            Some((value, fresh))
        }
    }
}

/// [`super::line_col`] of each offset, in one sweep of the text however many there are.
#[must_use]
pub fn line_cols(text: &[u8], offsets: &[Option<usize>]) -> Vec<Option<(u32, u32)>> {
    let mut order: Vec<usize> = (0..offsets.len()).filter(|&i| offsets[i].is_some()).collect();
    order.sort_unstable_by_key(|&i| offsets[i]);
    let mut out = vec![None; offsets.len()];
    let (mut pos, mut line, mut col) = (0usize, 1usize, 1usize);
    for i in order {
        let Some(offset) = offsets[i] else { continue };
        let offset = offset.min(text.len());
        for &b in &text[pos..offset] {
            if b == b'\n' {
                line += 1;
                col = 1;
            } else if b & 0xC0 != 0x80 {
                // Characters, not bytes: UTF-8 continuation bytes are 0b10xx_xxxx.
                col += 1;
            }
        }
        scanned(offset - pos);
        pos = offset;
        out[i] = Some((to_u32(line), to_u32(col)));
    }
    out
}
