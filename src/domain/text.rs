//! Text folding shared by matchers (directory headers, PDF text): French accents to their base
//! letter, lower case; and the characters that steer how text shows.

/// The bidirectional overrides, embeddings, isolates and marks: they make text read differently
/// from its bytes (`invoice` U+202E `fdp.exe` shows as `invoiceexe.pdf`).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `c` in lower case without its accent (é → e, Ç → c); other characters unchanged.
pub fn unaccent(c: char) -> char {
    match c.to_lowercase().next().unwrap_or(c) {
        'à' | 'â' | 'ä' | 'á' | 'ã' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' | 'í' => 'i',
        'ô' | 'ö' | 'ó' => 'o',
        'ù' | 'û' | 'ü' | 'ú' => 'u',
        'ç' => 'c',
        'ÿ' => 'y',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn accents_and_case_go() {
        let s: String = "Côte-d'Ivoire ÉÇà".chars().map(super::unaccent).collect();
        assert_eq!(s, "cote-d'ivoire eca");
    }
}
