//! The byte layout of what the lock stores (the encryption itself is WebCrypto's, in
//! `storage::lock`): pure, so that the layout, its checks and the reading of a journal
//! file cut short by a kill are tested natively.
//!
//! An encrypted blob is `KRL2` | salt (16) | Argon2 memory KiB, iterations, parallelism
//! (u32 LE each) | 12-byte nonce | AES-GCM ciphertext with its tag. The whole header is the
//! AES-GCM associated data. Every blob says how its key is derived, so whatever survives a
//! killed browser can be opened with the passphrase alone.
//!
//! A journal file written with the lock open is a run of frames, one per write:
//! `KRE1` | length (u32 LE) | blob.

use super::crypto::KdfParams;

pub const MAGIC: &[u8; 4] = b"KRL2";
pub const NONCE_LEN: usize = 12;
pub const SALT_LEN: usize = 16;
pub const HEADER_LEN: usize = 4 + SALT_LEN + 12 + NONCE_LEN;
pub const FRAME_MAGIC: &[u8; 4] = b"KRE1";
const FRAME_HEADER_LEN: usize = 8;

/// How a blob's key is derived, read from its header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeySource {
    pub salt: Vec<u8>,
    pub params: KdfParams,
}

/// A blob taken apart: the header (the associated data), its nonce and the ciphertext.
#[derive(Debug, PartialEq, Eq)]
pub struct Parts<'a> {
    pub header: &'a [u8],
    pub nonce: &'a [u8],
    pub cipher: &'a [u8],
}

/// The header of a new blob; `None` when the salt or nonce has the wrong length.
pub fn header(salt: &[u8], params: KdfParams, nonce: &[u8]) -> Option<Vec<u8>> {
    if salt.len() != SALT_LEN || nonce.len() != NONCE_LEN {
        return None;
    }
    let mut out = Vec::with_capacity(HEADER_LEN);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(salt);
    out.extend_from_slice(&params.memory_kib.to_le_bytes());
    out.extend_from_slice(&params.iterations.to_le_bytes());
    out.extend_from_slice(&params.parallelism.to_le_bytes());
    out.extend_from_slice(nonce);
    Some(out)
}

/// Whether bytes are an encrypted blob (by their magic; opening them is the real check).
pub fn is_blob(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

/// A blob's parts; `None` when it is too short or not a blob. The ciphertext may be empty
/// here: AES-GCM refuses one without its tag.
pub fn parts(blob: &[u8]) -> Option<Parts<'_>> {
    if blob.len() < HEADER_LEN || !is_blob(blob) {
        return None;
    }
    Some(Parts {
        header: blob.get(..HEADER_LEN)?,
        nonce: blob.get(HEADER_LEN - NONCE_LEN..HEADER_LEN)?,
        cipher: blob.get(HEADER_LEN..)?,
    })
}

/// How the key of a blob is derived; `None` when it is not a blob.
pub fn key_source(blob: &[u8]) -> Option<KeySource> {
    parts(blob)?;
    let word = |at: usize| blob.get(at..at + 4).and_then(|b| b.try_into().ok()).map(u32::from_le_bytes);
    Some(KeySource {
        salt: blob.get(4..4 + SALT_LEN)?.to_vec(),
        params: KdfParams {
            memory_kib: word(4 + SALT_LEN)?,
            iterations: word(8 + SALT_LEN)?,
            parallelism: word(12 + SALT_LEN)?,
        },
    })
}

/// One journal frame around a blob; `None` when the blob is larger than a frame can say.
pub fn frame(blob: &[u8]) -> Option<Vec<u8>> {
    let length = u32::try_from(blob.len()).ok()?;
    let mut out = Vec::with_capacity(FRAME_HEADER_LEN + blob.len());
    out.extend_from_slice(FRAME_MAGIC);
    out.extend_from_slice(&length.to_le_bytes());
    out.extend_from_slice(blob);
    Some(out)
}

/// Whether a journal file was written with the lock open.
pub fn is_framed(file: &[u8]) -> bool {
    file.starts_with(FRAME_MAGIC)
}

/// The blobs of a framed journal file, in order, up to the first frame that is cut short
/// (a kill during the write) or does not start with the frame magic: what follows such a
/// frame cannot be trusted, as with plain records.
pub fn frames(file: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut at = 0usize;
    while let Some(head) = file.get(at..at + FRAME_HEADER_LEN) {
        if &head[..4] != FRAME_MAGIC {
            break;
        }
        let length = u32::from_le_bytes([head[4], head[5], head[6], head[7]]) as usize;
        let Some(end) = (at + FRAME_HEADER_LEN).checked_add(length) else { break };
        let Some(blob) = file.get(at + FRAME_HEADER_LEN..end) else { break };
        out.push(blob);
        at = end;
    }
    out
}

/// The first blob in a journal file (its key source says which lock wrote it).
pub fn first_blob(file: &[u8]) -> Option<&[u8]> {
    frames(file).into_iter().next()
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Base64 (standard alphabet, padded), for blobs kept in localStorage.
pub fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], chunk.get(1).copied().unwrap_or(0), chunk.get(2).copied().unwrap_or(0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The bytes of `base64`'s text; `None` for a character outside the alphabet or a length
/// no base64 text has (what localStorage holds may have been changed by anyone).
pub fn from_base64(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let bytes = text.trim_end_matches('=').as_bytes();
    if bytes.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for chunk in bytes.chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= value(*c)? << (18 - 6 * i);
        }
        for i in 0..chunk.len() * 6 / 8 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}
