//! The interface language: `--lang vi|en`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, in
//! POSIX order of precedence), else English.

use clap::ValueEnum;

/// A language p06 speaks.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default, ValueEnum)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Vietnamese (tiếng Việt).
    Vi,
}

impl Lang {
    /// The ISO 639-1 tag, as used in the plan's bilingual text (spec section 2.1).
    #[must_use]
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Vi => "vi",
        }
    }

    /// `--lang` when given, else the environment's locale.
    #[must_use]
    pub fn choose(flag: Option<Lang>) -> Lang {
        flag.unwrap_or_else(|| Self::from_locale(|k| std::env::var(k).ok()))
    }

    /// The first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and non-empty decides: a `vi`
    /// locale (`vi`, `vi_VN`, `vi_VN.UTF-8`) is Vietnamese; anything else, `C`, `POSIX` or
    /// nothing at all is English.
    #[must_use]
    pub fn from_locale(var: impl Fn(&str) -> Option<String>) -> Lang {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(&var)
            .find(|v| !v.is_empty());
        match locale {
            Some(l) if l == "vi" || l.starts_with("vi_") || l.starts_with("vi.") || l.starts_with("vi@") => {
                Lang::Vi
            }
            _ => Lang::En,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        move |k| pairs.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone())
    }

    #[test]
    fn locale_precedence_and_values() {
        assert_eq!(Lang::from_locale(env(&[])), Lang::En);
        assert_eq!(Lang::from_locale(env(&[("LANG", "vi_VN.UTF-8")])), Lang::Vi);
        assert_eq!(Lang::from_locale(env(&[("LANG", "vi")])), Lang::Vi);
        assert_eq!(Lang::from_locale(env(&[("LANG", "C")])), Lang::En);
        assert_eq!(Lang::from_locale(env(&[("LANG", "POSIX")])), Lang::En);
        assert_eq!(Lang::from_locale(env(&[("LANG", "vie_XX")])), Lang::En);
        assert_eq!(
            Lang::from_locale(env(&[("LC_ALL", "C"), ("LANG", "vi_VN.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Lang::from_locale(env(&[("LC_ALL", ""), ("LC_MESSAGES", "vi_VN"), ("LANG", "C")])),
            Lang::Vi
        );
        assert_eq!(Lang::choose(Some(Lang::Vi)), Lang::Vi);
    }
}
