//! The lock's byte layout: what a locked record, spare copy or journal file holds must be
//! readable again with the passphrase alone, and a journal file cut short by a kill must
//! give back every whole write before the cut.

use kring::io::crypto::KdfParams;
use kring::io::locked::{
    base64, first_blob, frame, frames, from_base64, header, is_blob, is_framed, key_source, parts, HEADER_LEN,
};

const SALT: [u8; 16] = [7; 16];
const NONCE: [u8; 12] = [9; 12];
const PARAMS: KdfParams = KdfParams { memory_kib: 65_536, iterations: 3, parallelism: 1 };

fn blob(cipher: &[u8]) -> Vec<u8> {
    let mut out = header(&SALT, PARAMS, &NONCE).expect("a valid header");
    out.extend_from_slice(cipher);
    out
}

#[test]
fn a_blob_says_how_its_key_is_derived() {
    let b = blob(b"ciphertext and tag");
    assert!(is_blob(&b));
    let source = key_source(&b).expect("a blob");
    assert_eq!(source.salt, SALT.to_vec());
    assert_eq!(source.params, PARAMS);
    let p = parts(&b).expect("parts");
    assert_eq!(p.header.len(), HEADER_LEN);
    assert_eq!(p.nonce, &NONCE);
    assert_eq!(p.cipher, b"ciphertext and tag");
}

#[test]
fn a_header_needs_a_whole_salt_and_nonce() {
    assert!(header(&SALT[..15], PARAMS, &NONCE).is_none());
    assert!(header(&SALT, PARAMS, &NONCE[..11]).is_none());
}

#[test]
fn what_is_not_a_blob_is_not_taken_for_one() {
    assert!(key_source(b"{\"title\":\"Familie Bakker\"}").is_none());
    let short = blob(b"");
    assert!(key_source(&short[..HEADER_LEN - 1]).is_none());
    assert!(parts(&short[..HEADER_LEN - 1]).is_none());
    // Only the header: nothing to decrypt, but the key source can still be read.
    assert!(key_source(&short).is_some());
}

#[test]
fn a_framed_journal_gives_back_every_whole_write_before_a_cut() {
    let writes = [blob(b"first"), blob(b"second"), blob(b"third")];
    let mut file = Vec::new();
    for w in &writes {
        file.extend(frame(w).expect("a frame"));
    }
    assert!(is_framed(&file));
    assert_eq!(frames(&file), vec![&writes[0][..], &writes[1][..], &writes[2][..]]);
    assert_eq!(first_blob(&file), Some(&writes[0][..]));
    // A kill in the middle of the third write: the first two come back, whole.
    for cut in file.len() - frame(&writes[2]).expect("a frame").len() + 1..file.len() {
        assert_eq!(frames(&file[..cut]), vec![&writes[0][..], &writes[1][..]], "cut at {cut}");
    }
}

#[test]
fn a_frame_that_is_not_one_ends_the_reading() {
    let good = frame(&blob(b"kept")).expect("a frame");
    let mut file = good.clone();
    file.extend_from_slice(b"garbage that is not a frame");
    file.extend(frame(&blob(b"after the garbage")).expect("a frame"));
    assert_eq!(frames(&file).len(), 1);
    // A length that runs past the end (or past what memory can address) is a cut.
    let mut huge = b"KRE1".to_vec();
    huge.extend_from_slice(&u32::MAX.to_le_bytes());
    huge.extend_from_slice(b"short");
    assert!(frames(&huge).is_empty());
    assert!(frames(b"").is_empty());
    assert!(!is_framed(b"{\"op\":1}"));
}

#[test]
fn base64_gives_back_the_bytes_it_was_given() {
    assert_eq!(base64(b"Man"), "TWFu");
    assert_eq!(base64(b"Ma"), "TWE=");
    assert_eq!(base64(b"M"), "TQ==");
    assert_eq!(base64(b""), "");
    for length in 0..40u8 {
        let bytes: Vec<u8> = (0..length).map(|i| i.wrapping_mul(37).wrapping_add(200)).collect();
        assert_eq!(from_base64(&base64(&bytes)), Some(bytes), "length {length}");
    }
}

#[test]
fn changed_base64_is_refused_not_misread() {
    assert_eq!(from_base64("TWF*"), None);
    assert_eq!(from_base64("TWFuT"), None);
    assert_eq!(from_base64("é"), None);
}
