use super::*;
use crate::shared::l10n::Lang;

/// A refusal as an English reader sees it.
fn english(m: &Msg) -> String {
    crate::server::l10n::for_lang(Lang::En, "UTC").msg(m)
}

const SPEC: Spec = Spec {
    required: &["company", "amount"],
    optional: &["note"],
    max_rows: 3,
    rows_are: "allocations",
};
// (`rows_are` is a key; "allocations" is none, so it reads as itself.)

fn rows(text: &str) -> Vec<(usize, String, String, String)> {
    read(text, &SPEC)
        .unwrap()
        .into_iter()
        .map(|r| {
            let (c, a, n) = (
                r.get("company").into(),
                r.get("amount").into(),
                r.get("note").into(),
            );
            (r.line, c, a, n)
        })
        .collect()
}

#[test]
fn quoted_fields_hold_commas_quotes_and_line_breaks() {
    let text = "Amount,Company,Note\r\n10,\"Contoso, Ltd\",\"say \"\"hi\"\"\"\r\n\r\n20,\"Multi\nline\",x\n";
    assert_eq!(
        rows(text),
        vec![
            (2, "Contoso, Ltd".into(), "10".into(), "say \"hi\"".into()),
            (4, "Multi\nline".into(), "20".into(), "x".into()),
        ]
    );
}

#[test]
fn semicolons_a_byte_order_mark_and_a_missing_optional_column() {
    let text = "\u{feff}company;amount\n Contoso ; 1,50 \n";
    assert_eq!(
        rows(text),
        vec![(2, "Contoso".into(), "1,50".into(), "".into())]
    );
}

#[test]
fn short_lines_read_as_empty_cells() {
    assert_eq!(
        rows("company,amount,note\nContoso\n"),
        vec![(2, "Contoso".into(), "".into(), "".into())]
    );
}

#[test]
fn a_bad_file_gets_one_sentence() {
    let err = |text: &str| english(&read(text, &SPEC).unwrap_err());
    assert_eq!(
        err(""),
        "The file is empty. The first line names the columns: company,amount,note."
    );
    assert_eq!(
        err("\n \n"),
        "The file is empty. The first line names the columns: company,amount,note."
    );
    assert_eq!(
        err("name,amount\nx,1"),
        "The first line must name the columns company and amount (note is optional)."
    );
    assert_eq!(
        err("company,amount\n"),
        "The file has a header but no allocations."
    );
    assert_eq!(
        err("company,amount\na,1\nb,2\nc,3\nd,4\ne,5\n"),
        "At most 3 allocations per upload; this file has more."
    );
    assert!(
        err("company,amount\na,1\n\"open,2\n").starts_with("Line 3: a quoted field is not closed")
    );
}

#[test]
fn lists_read_as_sentences() {
    assert_eq!(list_parts(&["a"]), ("".into(), "a".into()));
    assert_eq!(list_parts(&["a", "b", "c"]), ("a, b".into(), "c".into()));
    let spec = Spec {
        required: &["a", "b"],
        optional: &["c", "d"],
        max_rows: 1,
        rows_are: "rows",
    };
    let err = |spec: &Spec| english(&read("x\n1", spec).unwrap_err());
    assert_eq!(
        err(&spec),
        "The first line must name the columns a and b (c and d are optional)."
    );
    let one = Spec {
        required: &["a", "b", "c"],
        optional: &[],
        ..spec
    };
    assert_eq!(
        err(&one),
        "The first line must name the columns a, b and c."
    );
    let single = Spec {
        required: &["a"],
        optional: &["x"],
        ..spec
    };
    assert_eq!(
        err(&single),
        "The first line must name the columns a (x is optional)."
    );
}
