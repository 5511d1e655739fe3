//! Text folded for matching what people type against what is written: lowercase, without
//! diacritics, one apostrophe. Guide search, the care finder's place search and import, and the
//! checklist's option answers all compare folded text, so `zasilek` finds `zasiłek` everywhere.

use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};

/// Lowercase, without diacritics. `ł` has no decomposition in Unicode and is mapped by hand.
/// The Ukrainian apostrophe is typed three ways (U+02BC `ʼ`, U+2019 `’`, ASCII `'`); all become
/// `'`, so `мʼязів` and `м'язів` are the same word to search (U+02BC alone would be a letter).
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ł' => 'l',
            'ʼ' | '’' => '\'',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_case_and_diacritics_but_keeps_scripts() {
        assert_eq!(fold("Zasiłek"), "zasilek");
        assert_eq!(fold("ȘȚ şţ"), "st st");
        assert_eq!(fold("Лікарняний"), "лікарнянии");
        assert_eq!(fold("Őrző ÜGY"), "orzo ugy");
        assert_eq!(fold("Ąčęėįšųūž"), "aceeisuuz");
    }

    #[test]
    fn the_three_ukrainian_apostrophes_fold_to_one() {
        assert_eq!(fold("здоровʼя"), fold("здоров'я"));
        assert_eq!(fold("здоров’я"), fold("здоров'я"));
        assert_ne!(fold("здоровʼя"), fold("здоровя"), "the apostrophe stays a word boundary, it is not dropped");
    }
}
