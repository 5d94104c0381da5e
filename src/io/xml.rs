//! A small, strict XML reader for GraphML import, written for hostile input.
//!
//! Why not a general XML crate: GraphML needs elements, attributes, text and CDATA only.
//! This reader refuses everything that makes XML dangerous (a DOCTYPE, entity
//! declarations, so no entity expansion and no external files), limits nesting depth,
//! never recurses (so a deep file cannot overflow the stack) and never panics.

use std::cell::Cell;

/// Deeper than this is refused: GraphML from any tool nests fewer than 15 levels.
pub const MAX_DEPTH: usize = 64;
/// More attributes on one element are refused: yEd's busiest elements have about 20, and
/// checking each new attribute against the others must stay cheap.
pub const MAX_ATTRIBUTES: usize = 256;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum XmlError {
    /// Nothing but whitespace, comments or a declaration.
    Empty,
    /// The text ends inside a tag, comment or element.
    Truncated,
    /// A DOCTYPE or ENTITY declaration: refused, never expanded.
    Doctype,
    TooDeep,
    /// Not well-formed; `line` is 1-based.
    Malformed {
        line: usize,
        detail: String,
    },
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Element {
    /// The name as written, prefix included (`y:NodeLabel`).
    pub name: String,
    pub attributes: Vec<(String, String)>,
    pub children: Vec<Node>,
    /// 1-based line of the start tag, for error messages.
    pub line: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Element(Element),
    Text(String),
}

impl Element {
    /// The name without its namespace prefix: GraphML files bind prefixes differently,
    /// and `y:NodeLabel` means the same whatever `y` is bound to.
    pub fn local_name(&self) -> &str {
        local(&self.name)
    }

    /// An attribute by its local name (`yfiles.foldertype`, `source`).
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes.iter().find(|(key, _)| local(key) == name).map(|(_, value)| value.as_str())
    }

    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|node| match node {
            Node::Element(element) => Some(element),
            Node::Text(_) => None,
        })
    }

    pub fn elements_named<'a>(&'a self, local_name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.elements().filter(move |e| e.local_name() == local_name)
    }

    /// The element's own text (not that of its children), exactly as written.
    pub fn text(&self) -> String {
        let mut text = String::new();
        for node in &self.children {
            if let Node::Text(part) = node {
                text.push_str(part);
            }
        }
        text
    }

    /// The first element with this local name anywhere below, depth first.
    pub fn find(&self, local_name: &str) -> Option<&Element> {
        let mut pending: Vec<&Element> = self.elements().collect();
        pending.reverse();
        while let Some(element) = pending.pop() {
            if element.local_name() == local_name {
                return Some(element);
            }
            let before = pending.len();
            pending.extend(element.elements());
            pending[before..].reverse();
        }
        None
    }
}

fn local(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

/// Reads a whole document and returns its root element.
pub fn parse(text: &str) -> Result<Element, XmlError> {
    Reader { src: text, pos: 0, line_count: Cell::new((0, 1)) }.document()
}

struct Reader<'a> {
    src: &'a str,
    pos: usize,
    /// Up to which byte lines have been counted, and the line there. Every start tag
    /// records its line; counting from the start each time would make reading quadratic.
    line_count: Cell<(usize, usize)>,
}

impl Reader<'_> {
    fn document(mut self) -> Result<Element, XmlError> {
        // Open elements, innermost last. A stack instead of recursion: no input can
        // overflow the call stack.
        let mut open: Vec<Element> = Vec::new();
        let mut root: Option<Element> = None;
        while self.pos < self.src.len() {
            let rest = &self.src[self.pos..];
            if !rest.starts_with('<') {
                let end = rest.find('<').map_or(self.src.len(), |i| self.pos + i);
                let raw = &self.src[self.pos..end];
                match open.last_mut() {
                    Some(parent) => {
                        let text = self.decode(raw, false)?;
                        parent.children.push(Node::Text(text));
                    }
                    None if raw.trim().is_empty() => {}
                    None => return Err(self.malformed("text outside the root element")),
                }
                self.pos = end;
            } else if rest.starts_with("<?") {
                self.pos += 2;
                self.skip_past("?>")?;
            } else if rest.starts_with("<!--") {
                self.pos += 4;
                self.skip_past("-->")?;
            } else if rest.starts_with("<![CDATA[") {
                self.pos += "<![CDATA[".len();
                let start = self.pos;
                self.skip_past("]]>")?;
                let raw = &self.src[start..self.pos - "]]>".len()];
                let Some(parent) = open.last_mut() else {
                    return Err(self.malformed("CDATA outside the root element"));
                };
                parent.children.push(Node::Text(normalise_newlines(raw)));
            } else if let Some(declaration) = rest.strip_prefix("<!") {
                let word: String = declaration.chars().take(7).collect::<String>().to_ascii_uppercase();
                if word.starts_with("DOCTYPE") || word.starts_with("ENTITY") {
                    return Err(XmlError::Doctype);
                }
                return Err(self.malformed("unknown declaration"));
            } else if rest.starts_with("</") {
                self.pos += 2;
                let name = self.name()?;
                self.skip_whitespace();
                self.require('>')?;
                let Some(element) = open.pop() else {
                    return Err(self.malformed("end tag without start tag"));
                };
                if element.name != name {
                    return Err(self.malformed(&format!("</{name}> closes <{}>", element.name)));
                }
                attach(element, &mut open, &mut root);
            } else {
                if root.is_some() {
                    return Err(self.malformed("a second root element"));
                }
                if open.len() >= MAX_DEPTH {
                    return Err(XmlError::TooDeep);
                }
                let (element, self_closing) = self.start_tag()?;
                if self_closing {
                    attach(element, &mut open, &mut root);
                } else {
                    open.push(element);
                }
            }
        }
        if !open.is_empty() {
            return Err(XmlError::Truncated);
        }
        root.ok_or(XmlError::Empty)
    }

    /// Reads `<name attr="value" ...>` or `.../>`, starting at `<`.
    fn start_tag(&mut self) -> Result<(Element, bool), XmlError> {
        let line = self.line();
        self.pos += 1;
        let name = self.name()?;
        let mut element = Element { name, line, ..Element::default() };
        loop {
            let had_space = self.skip_whitespace();
            match self.peek() {
                None => return Err(XmlError::Truncated),
                Some('>') => {
                    self.pos += 1;
                    return Ok((element, false));
                }
                Some('/') => {
                    self.pos += 1;
                    self.require('>')?;
                    return Ok((element, true));
                }
                Some(_) if !had_space => return Err(self.malformed("attributes need a space between them")),
                Some(_) => {
                    let key = self.name()?;
                    self.skip_whitespace();
                    self.require('=')?;
                    self.skip_whitespace();
                    let value = self.quoted()?;
                    if element.attributes.len() >= MAX_ATTRIBUTES {
                        return Err(self.malformed("too many attributes on one element"));
                    }
                    if element.attributes.iter().any(|(k, _)| *k == key) {
                        return Err(self.malformed(&format!("attribute {key} appears twice")));
                    }
                    element.attributes.push((key, value));
                }
            }
        }
    }

    fn quoted(&mut self) -> Result<String, XmlError> {
        let quote = match self.peek() {
            None => return Err(XmlError::Truncated),
            Some(q @ ('"' | '\'')) => q,
            Some(_) => return Err(self.malformed("attribute value without quotes")),
        };
        self.pos += 1;
        let rest = &self.src[self.pos..];
        let Some(len) = rest.find(quote) else { return Err(XmlError::Truncated) };
        let raw = &rest[..len];
        if raw.contains('<') {
            return Err(self.malformed("< inside an attribute value"));
        }
        let value = self.decode(raw, true)?;
        self.pos += len + 1;
        Ok(value)
    }

    fn name(&mut self) -> Result<String, XmlError> {
        let rest = &self.src[self.pos..];
        let len = rest
            .find(|c: char| c.is_whitespace() || matches!(c, '/' | '>' | '=' | '<' | '"' | '\'' | '&'))
            .unwrap_or(rest.len());
        if len == rest.len() {
            return Err(XmlError::Truncated);
        }
        let name = &rest[..len];
        if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '.') {
            return Err(self.malformed("a tag or attribute without a proper name"));
        }
        self.pos += len;
        Ok(name.to_owned())
    }

    /// Turns character data into text: entity and character references resolved,
    /// line ends normalised as XML prescribes (and, in attributes, white space too).
    fn decode(&self, raw: &str, attribute: bool) -> Result<String, XmlError> {
        let raw = normalise_newlines(raw);
        let mut out = String::with_capacity(raw.len());
        let mut rest = raw.as_str();
        while let Some(amp) = rest.find('&') {
            push_literal(&mut out, &rest[..amp], attribute);
            let after = &rest[amp + 1..];
            // The longest reference is `&#x10FFFF;`; anything longer is not one.
            let Some(semi) = after.char_indices().take(12).find(|(_, c)| *c == ';').map(|(i, _)| i) else {
                return Err(self.malformed("& that does not start a reference (write &amp;)"));
            };
            let reference = &after[..semi];
            let Some(c) = resolve(reference) else {
                return Err(self.malformed(&format!("unknown reference &{reference};")));
            };
            out.push(c);
            rest = &after[semi + 1..];
        }
        push_literal(&mut out, rest, attribute);
        Ok(out)
    }

    fn skip_past(&mut self, end: &str) -> Result<(), XmlError> {
        match self.src[self.pos..].find(end) {
            Some(i) => {
                self.pos += i + end.len();
                Ok(())
            }
            None => Err(XmlError::Truncated),
        }
    }

    /// Skips white space; says whether there was any.
    fn skip_whitespace(&mut self) -> bool {
        let rest = &self.src[self.pos..];
        let trimmed = rest.trim_start_matches([' ', '\t', '\r', '\n']);
        self.pos += rest.len() - trimmed.len();
        rest.len() != trimmed.len()
    }

    fn peek(&self) -> Option<char> {
        self.src[self.pos..].chars().next()
    }

    fn require(&mut self, wanted: char) -> Result<(), XmlError> {
        match self.peek() {
            None => Err(XmlError::Truncated),
            Some(c) if c == wanted => {
                self.pos += c.len_utf8();
                Ok(())
            }
            Some(c) => Err(self.malformed(&format!("expected {wanted} but found {c}"))),
        }
    }

    fn line(&self) -> usize {
        let (counted, line) = self.line_count.get();
        // `pos` only moves forward, so counting goes on from where it stopped.
        let from = counted.min(self.pos);
        let line = line + self.src.as_bytes()[from..self.pos].iter().filter(|b| **b == b'\n').count();
        self.line_count.set((self.pos, line));
        line
    }

    fn malformed(&self, detail: &str) -> XmlError {
        XmlError::Malformed { line: self.line(), detail: detail.to_owned() }
    }
}

fn attach(element: Element, open: &mut [Element], root: &mut Option<Element>) {
    match open.last_mut() {
        Some(parent) => parent.children.push(Node::Element(element)),
        None => *root = Some(element),
    }
}

/// XML reads CR LF and a lone CR as LF; a CR that must survive is written as `&#13;`.
fn normalise_newlines(raw: &str) -> String {
    if raw.contains('\r') {
        raw.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        raw.to_owned()
    }
}

/// In attribute values, literal tabs and line ends become spaces (references do not).
fn push_literal(out: &mut String, literal: &str, attribute: bool) {
    if attribute {
        out.extend(literal.chars().map(|c| if matches!(c, '\t' | '\n' | '\r') { ' ' } else { c }));
    } else {
        out.push_str(literal);
    }
}

/// The five predefined entities and numeric character references; nothing else, because
/// without a DOCTYPE no other entity can exist.
fn resolve(reference: &str) -> Option<char> {
    let code = match reference {
        "lt" => return Some('<'),
        "gt" => return Some('>'),
        "amp" => return Some('&'),
        "quot" => return Some('"'),
        "apos" => return Some('\''),
        _ => {
            let number = reference.strip_prefix('#')?;
            match number.strip_prefix('x') {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse::<u32>().ok()?,
            }
        }
    };
    char::from_u32(code).filter(|c| is_xml_char(*c))
}

/// Escapes text for XML, in element text and in attribute values alike. Tabs and line
/// ends become character references so they survive attribute normalisation; characters
/// XML cannot hold at all (most control characters) are left out.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if is_xml_char(c) => out.push(c),
            _ => {}
        }
    }
    out
}

/// Characters XML 1.0 allows at all; the others cannot be written, not even as references.
pub(crate) fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_elements_attributes_text_and_references() {
        let root = parse("<?xml version=\"1.0\"?>\n<!-- c --><a x='1 &amp; 2'><b>A&lt;B &#233;&#x1F600;</b><c/><![CDATA[<raw>]]></a>")
            .unwrap();
        assert_eq!(root.name, "a");
        assert_eq!(root.attribute("x"), Some("1 & 2"));
        assert_eq!(root.elements_named("b").next().unwrap().text(), "A<B é😀");
        assert_eq!(root.text(), "<raw>");
        assert!(root.find("c").is_some());
    }

    #[test]
    fn refuses_what_makes_xml_dangerous() {
        assert_eq!(parse("<!DOCTYPE a [<!ENTITY x 'y'>]><a>&x;</a>"), Err(XmlError::Doctype));
        assert_eq!(parse("<a><!ENTITY x 'y'></a>"), Err(XmlError::Doctype));
        assert!(matches!(parse("<a>&x;</a>"), Err(XmlError::Malformed { .. })));
        let deep = "<a>".repeat(10_000);
        assert_eq!(parse(&deep), Err(XmlError::TooDeep));
        assert_eq!(parse(&"<a>".repeat(MAX_DEPTH)), Err(XmlError::Truncated));
        let crowded: String = (0..=MAX_ATTRIBUTES).map(|i| format!(" a{i}=''")).collect();
        assert!(matches!(parse(&format!("<a{crowded}/>")), Err(XmlError::Malformed { .. })));
    }

    #[test]
    fn line_ends_are_normalised_but_references_are_kept() {
        let root = parse("<a v='x\ny&#10;z'>1\r\n2&#13;3</a>").unwrap();
        assert_eq!(root.attribute("v"), Some("x y\nz"));
        assert_eq!(root.text(), "1\n2\r3");
    }

    #[test]
    fn broken_documents_are_errors_not_panics() {
        for text in [
            "",
            "   ",
            "<",
            "<a",
            "<a b",
            "<a b=",
            "<a b='",
            "<a></b>",
            "<a>é",
            "</a>",
            "<a/><b/>",
            "x<a/>",
            "<a b='1'c='2'/>",
            "<a>&#0;</a>",
            "<a>&#xD800;</a>",
            "<1a/>",
            "<a b='1' b='2'/>",
            "<a><!-- </a>",
            "<a><!--></a>",
            "<a><![CDATA[x</a>",
            "<?xml",
        ] {
            assert!(parse(text).is_err(), "{text:?} should be refused");
        }
    }
}
