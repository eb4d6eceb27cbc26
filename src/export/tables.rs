//! The lists people hand around, read from the store and laid out as [`Sheet`]s in the
//! UI language: the report queue (with its filter and order), the unit registry, the
//! contacts, the terms list and the season summary (the answer table, the progress per
//! region, the portfolio figures). Reading only; `sheet` writes them as XLSX or CSV.

use chrono::NaiveDate;

use crate::domain::{Answer, Code, Region, SeasonSummary};
use crate::export::sheet::{Cell, Sheet};
use crate::i18n::{DocMsg, Lang, Msg, label};
use crate::store::{ListFilter, ListKind, Result, Row, Store, TermItem};

/// A sheet's frame: its name, its title ("… · skrevet 06.12.2026"), its header.
fn frame(lang: Lang, name: String, today: NaiveDate, header: &[&str]) -> Sheet {
    Sheet {
        title: lang.docf(DocMsg::SheetTitle, &[&name, &lang.date(today)]),
        name,
        header: header.iter().map(|h| (*h).to_string()).collect(),
        rows: Vec::new(),
        empty_note: lang.pick(DocMsg::SheetEmpty.pair()).to_string(),
    }
}

fn col(lang: Lang, msg: Msg) -> &'static str {
    lang.t(msg)
}

fn doc(lang: Lang, msg: DocMsg) -> &'static str {
    lang.pick(msg.pair())
}

/// Every row of a list under `filter`, in its order.
fn all_rows(store: &Store, kind: ListKind, filter: &ListFilter) -> Result<Vec<Row>> {
    store.list_window(kind, filter, 0, usize::MAX >> 1)
}

/// The season's report queue as the list shows it under `filter` (text, narrowing,
/// order).
pub fn queue_sheet(
    store: &Store,
    filter: &ListFilter,
    lang: Lang,
    today: NaiveDate,
) -> Result<Sheet> {
    let name = lang.docf(DocMsg::SheetQueue, &[&filter.year]);
    let header = [
        col(lang, Msg::ColUnit),
        col(lang, Msg::ColKind),
        col(lang, Msg::ColRegion),
        col(lang, Msg::ColStatus),
        col(lang, Msg::ColReviewer),
        col(lang, Msg::ColReceived),
        col(lang, Msg::ColStatement),
        col(lang, Msg::ColFollowUps),
    ];
    let mut sheet = frame(lang, name, today, &header);
    for row in all_rows(store, ListKind::Reports, filter)? {
        if let Row::Report(r) = row {
            sheet.rows.push(vec![
                Cell::text(r.unit),
                Cell::text(label(lang, r.kind)),
                Cell::text(r.region.code()),
                Cell::text(label(lang, r.status)),
                Cell::text(r.reviewer.map(Code::code).unwrap_or_default()),
                Cell::date(r.received_on),
                Cell::text(if r.statement {
                    label(lang, Answer::Ja)
                } else {
                    ""
                }),
                Cell::int(r.open_follow_ups),
            ]);
        }
    }
    Ok(sheet)
}

/// The unit registry as the list shows it under `filter` (by name); only `region`'s
/// when given.
pub fn units_sheet(
    store: &Store,
    filter: &ListFilter,
    region: Option<Region>,
    lang: Lang,
    today: NaiveDate,
) -> Result<Sheet> {
    let header = [
        col(lang, Msg::ColName),
        col(lang, Msg::ColKind),
        col(lang, Msg::ColRegion),
        col(lang, Msg::ColHf),
        col(lang, Msg::ColApproved),
        col(lang, Msg::ColFunction),
        col(lang, Msg::ColTermEnd),
        col(lang, Msg::ColFte),
        col(lang, Msg::ColStatus),
    ];
    let name = doc(lang, DocMsg::SheetUnits).to_string();
    let mut sheet = frame(lang, name, today, &header);
    for row in all_rows(store, ListKind::Units, filter)? {
        if let Row::Unit(u) = row
            && region.is_none_or(|r| r == u.region)
        {
            sheet.rows.push(vec![
                Cell::text(u.name),
                Cell::text(label(lang, u.kind)),
                Cell::text(u.region.code()),
                Cell::text(u.hf.unwrap_or_default()),
                Cell::date(u.approved_on),
                Cell::text(u.function.map(|f| label(lang, f)).unwrap_or_default()),
                Cell::date(u.term_ends_on),
                Cell::number(u.fte, 1),
                Cell::text(label(lang, u.status)),
            ]);
        }
    }
    Ok(sheet)
}

/// The contacts by region and name; only `region`'s when given.
pub fn contacts_sheet(
    store: &Store,
    region: Option<Region>,
    lang: Lang,
    today: NaiveDate,
) -> Result<Sheet> {
    let header = [
        col(lang, Msg::ColName),
        col(lang, Msg::ColOrganisation),
        col(lang, Msg::ColRegion),
        col(lang, Msg::ColRoles),
        col(lang, Msg::ColEmail),
        col(lang, Msg::ColPhone),
    ];
    let name = doc(lang, DocMsg::SheetContacts).to_string();
    let mut sheet = frame(lang, name, today, &header);
    let filter = ListFilter {
        today,
        ..ListFilter::default()
    };
    for row in all_rows(store, ListKind::Contacts, &filter)? {
        if let Row::Contact(c) = row
            && (region.is_none() || c.region == region)
        {
            sheet.rows.push(vec![
                Cell::text(c.name),
                Cell::text(c.organisation),
                Cell::text(c.region.map(Code::code).unwrap_or_default()),
                Cell::text(c.roles),
                Cell::text(c.email),
                Cell::text(c.phone),
            ]);
        }
    }
    Ok(sheet)
}

/// The terms list: what falls due in the next `months` (and what is overdue).
pub fn terms_sheet(
    store: &Store,
    months: u32,
    kind_label: impl Fn(&TermItem) -> String,
    lang: Lang,
    today: NaiveDate,
) -> Result<Sheet> {
    let header = [
        col(lang, Msg::ColDate),
        col(lang, Msg::ColWhat),
        col(lang, Msg::ColUnit),
        col(lang, Msg::ColKind),
        col(lang, Msg::ColRegion),
        col(lang, Msg::ColYearInPeriod),
    ];
    let name = doc(lang, DocMsg::SheetTerms).to_string();
    let mut sheet = frame(lang, name, today, &header);
    for t in store.terms(today, months)? {
        sheet.rows.push(vec![
            Cell::Date(t.date),
            Cell::text(kind_label(&t)),
            Cell::text(t.unit.clone()),
            Cell::text(label(lang, t.unit_kind)),
            Cell::text(t.region.code()),
            t.year_in_period.map_or(Cell::Empty, Cell::int),
        ]);
    }
    Ok(sheet)
}

/// The money table of `year`: each region's earmarked grant, rare diagnoses and the
/// rest, the service environment's 2–4 % share, the networks' frames and the services'
/// grants (MNOK, rounded as the documents print them), then the total.
pub fn money_sheet(store: &Store, year: i32, lang: Lang, today: NaiveDate) -> Result<Sheet> {
    let header = [
        col(lang, Msg::ColRegion),
        col(lang, Msg::MoneyGrant),
        col(lang, Msg::MoneyRare),
        col(lang, Msg::MoneyOther),
        col(lang, Msg::MoneyShareLow),
        col(lang, Msg::MoneyShareHigh),
        col(lang, Msg::MoneyNetworks),
        lang.pick(crate::i18n::RenewalMsg::MoneyServices.pair()),
    ];
    let name = format!("{} {year}", doc(lang, DocMsg::SheetMoney));
    let mut sheet = frame(lang, name, today, &header);
    let filter = ListFilter {
        year,
        today,
        ..ListFilter::default()
    };
    let mnok = |v: f64| Cell::Number(crate::domain::round_mnok(v), 1);
    for row in all_rows(store, ListKind::Money, &filter)? {
        if let Row::Money(r) = row {
            let l = &r.line;
            sheet.rows.push(vec![
                Cell::text(r.region.map_or_else(
                    || lang.t(Msg::MoneyTotal).to_string(),
                    |g| g.name().to_string(),
                )),
                mnok(l.grant_mnok),
                mnok(l.rare_mnok),
                mnok(l.other_mnok),
                mnok(l.share_low_mnok),
                mnok(l.share_high_mnok),
                mnok(l.network_frames_mnok),
                mnok(l.service_grants_mnok),
            ]);
        }
    }
    Ok(sheet)
}

/// The season summary as three sheets: the answer table, the progress per region and
/// the portfolio figures.
pub fn summary_sheets(summary: &SeasonSummary, lang: Lang, today: NaiveDate) -> Vec<Sheet> {
    let year = summary.year;
    let answers = [
        Answer::Ja,
        Answer::Nei,
        Answer::Delvis,
        Answer::IkkeRelevant,
    ];
    let mut header = vec![doc(lang, DocMsg::ColItem), doc(lang, DocMsg::ColText)];
    header.extend(answers.iter().map(|a| label(lang, *a)));
    header.push(doc(lang, DocMsg::ColUnanswered));
    let mut table = frame(
        lang,
        lang.docf(DocMsg::SheetAnswers, &[&year]),
        today,
        &header,
    );
    for item in &summary.items {
        let text = match lang {
            Lang::Nb => &item.item.text_nb,
            Lang::En => &item.item.text_en,
        };
        let mut row = vec![Cell::text(item.item.code.clone()), Cell::text(text.clone())];
        row.extend(item.counts.iter().map(|n| count(*n)));
        row.push(count(item.unanswered));
        table.rows.push(row);
    }
    let header = [
        col(lang, Msg::ColRegion),
        doc(lang, DocMsg::ColReviewed),
        doc(lang, DocMsg::ColTotal),
    ];
    let mut progress = frame(
        lang,
        lang.docf(DocMsg::SheetProgress, &[&year]),
        today,
        &header,
    );
    for p in &summary.progress {
        progress.rows.push(vec![
            Cell::text(p.region.name()),
            count(p.reviewed),
            count(p.total),
        ]);
    }
    let header = [doc(lang, DocMsg::ColFigure), doc(lang, DocMsg::ColValue)];
    let mut figures = frame(
        lang,
        lang.docf(DocMsg::SheetPortfolio, &[&year]),
        today,
        &header,
    );
    let p = &summary.portfolio;
    let figure = |msg: DocMsg, value: Cell| vec![Cell::text(doc(lang, msg)), value];
    figures.rows = vec![
        figure(DocMsg::FigUnits, count(p.units)),
        figure(DocMsg::FigAgeMedian, Cell::number(p.age.median, 1)),
        figure(DocMsg::FigAgeMean, Cell::number(p.age.mean, 1)),
        figure(DocMsg::FigFteMedian, Cell::number(p.fte.median, 1)),
        figure(DocMsg::FigFteMean, Cell::number(p.fte.mean, 1)),
        figure(
            DocMsg::FigFteMeanWithout,
            Cell::number(p.fte_mean_without_largest, 1),
        ),
    ];
    vec![table, progress, figures]
}

fn count(n: usize) -> Cell {
    Cell::int(i64::try_from(n).unwrap_or(i64::MAX))
}
