//! Text for a shell's text-to-speech: plain segments, each tagged with its language, so the
//! Dutch terms inside a Polish sentence are spoken as Dutch.

use serde::Serialize;

use super::{Guide, PhraseCard};
use crate::l10n::fold;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SpeechSegment {
    /// BCP 47 code of the segment's language.
    pub language: String,
    pub text: String,
}

/// What a speech engine reads as the end of a sentence, and so pauses after.
const PAUSES: [char; 5] = ['.', '!', '?', '…', '。'];

pub(super) fn guide_segments(guide: &Guide) -> Vec<SpeechSegment> {
    let mut out = Vec::new();
    let mut say = |text: &str| {
        for line in text.lines() {
            let line = line.trim().trim_start_matches("- ").trim();
            if !line.is_empty() {
                split_terms(line, &guide.locale, &guide.dutch_terms, &mut out);
                end_with_pause(&mut out);
            }
        }
    };
    say(&guide.title);
    say(&guide.summary);
    for section in &guide.sections {
        say(&section.heading);
        say(&section.body);
    }
    out
}

impl PhraseCard {
    /// The card as two segments: the user's language, then Dutch.
    pub fn speech(&self) -> Vec<SpeechSegment> {
        vec![
            SpeechSegment { language: self.user.locale.clone(), text: self.user.text.clone() },
            SpeechSegment { language: self.nl.locale.clone(), text: self.nl.text.clone() },
        ]
    }
}

/// Splits `line` around the Dutch terms it contains (matched without case or diacritics).
fn split_terms(line: &str, language: &str, terms: &[String], out: &mut Vec<SpeechSegment>) {
    let mut rest = line;
    while !rest.is_empty() {
        // The earliest term in what is left; the longest when two start at the same place.
        let found = terms
            .iter()
            .filter(|term| !term.is_empty())
            .filter_map(|term| find_folded(rest, term).map(|(start, end)| (start, std::cmp::Reverse(end), end)))
            .min();
        let Some((start, _, end)) = found else {
            push(out, language, rest);
            break;
        };
        push(out, language, &rest[..start]);
        push(out, "nl", &rest[start..end]);
        rest = &rest[end..];
    }
}

/// Byte range of `term` in `text` as a whole word, comparing folded forms.
fn find_folded(text: &str, term: &str) -> Option<(usize, usize)> {
    let wanted = fold(term);
    let starts = text.char_indices().filter(|(i, _)| *i == 0 || !text[..*i].ends_with(char::is_alphanumeric));
    for (start, _) in starts {
        for (offset, c) in text[start..].char_indices() {
            let end = start + offset + c.len_utf8();
            let candidate = fold(&text[start..end]);
            if candidate == wanted && !text[end..].starts_with(char::is_alphanumeric) {
                return Some((start, end));
            }
            if candidate.len() > wanted.len() + 4 {
                break;
            }
        }
    }
    None
}

/// A heading or a list item has no full stop of its own; without one, a speech engine runs it
/// into the next line ("Report sick Report sick to your agency…"). A line ending in a colon or a
/// semicolon (trimmed away in `push`) gets a full stop too.
fn end_with_pause(out: &mut [SpeechSegment]) {
    if let Some(last) = out.last_mut()
        && !last.text.ends_with(PAUSES)
    {
        last.text.push('.');
    }
}

fn push(out: &mut Vec<SpeechSegment>, language: &str, text: &str) {
    let text = text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | ':' | ';'));
    // Punctuation left between two terms says nothing aloud.
    if !text.chars().any(char::is_alphanumeric) {
        return;
    }
    match out.last_mut() {
        Some(last) if last.language == language => {
            last.text.push(' ');
            last.text.push_str(text.trim());
        }
        _ => out.push(SpeechSegment { language: language.to_owned(), text: text.trim().to_owned() }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_and_list_items_end_with_a_pause() {
        let guide = Guide {
            id: "g".into(),
            title: "Sickness".into(),
            summary: "How to report sick.".into(),
            locale: "en".into(),
            sections: vec![super::super::Section {
                heading: "Report sick".into(),
                body: "Do this:\n- call your agency;\n- stay at home\nAsk your huisarts".into(),
            }],
            sources: Vec::new(),
            verified_on: chrono::NaiveDate::default(),
            stale_facts: Vec::new(),
            facts: Vec::new(),
            dutch_terms: vec!["huisarts".into()],
        };
        let texts: Vec<_> = guide_segments(&guide).into_iter().map(|s| (s.language, s.text)).collect();
        assert_eq!(
            texts,
            [
                (
                    "en".to_owned(),
                    "Sickness. How to report sick. Report sick. Do this. call your agency. stay at home. Ask your"
                        .to_owned()
                ),
                ("nl".to_owned(), "huisarts.".to_owned())
            ]
        );
    }

    #[test]
    fn dutch_terms_become_dutch_segments() {
        let mut out = Vec::new();
        split_terms(
            "Zapisz się do lekarza rodzinnego (huisarts) i płać eigen risico.",
            "pl",
            &["huisarts".into(), "eigen risico".into()],
            &mut out,
        );
        let langs: Vec<_> = out.iter().map(|s| (s.language.as_str(), s.text.as_str())).collect();
        assert_eq!(
            langs,
            [("pl", "Zapisz się do lekarza rodzinnego"), ("nl", "huisarts"), ("pl", "i płać"), ("nl", "eigen risico")]
        );
    }
}
