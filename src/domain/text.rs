//! Text folding shared by matchers (directory headers, PDF text): French accents to their base
//! letter, lower case.

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
